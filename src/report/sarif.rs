//! SARIF 2.1.0, one run, as GitHub code scanning reads it: rule metadata with
//! help and `security-severity`, results with one location each and
//! provenance as `relatedLocations`, URIs relative to `%SRCROOT%`.
//!
//! GitHub computes `primaryLocationLineHash` itself; sglint's own
//! line-independent fingerprint goes under `partialFingerprints` with its own
//! key.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::{display_path, fingerprints};
use crate::model::Location;
use crate::rules::{Finding, RULES, RuleMeta};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    original_uri_base_ids: Option<Value>,
    column_kind: &'static str,
    results: Vec<Value>,
    /// Coverage: what the run could check.
    properties: Value,
}

pub fn write(
    findings: &[Finding],
    suppressed: &[Finding],
    coverage: &crate::scan::Coverage,
    out: &mut dyn Write,
) -> io::Result<()> {
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: json!({
                "driver": {
                    "name": "sglint",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": RULES.iter().map(|rule| rule_descriptor(rule)).collect::<Vec<_>>(),
                }
            }),
            original_uri_base_ids: source_root(),
            column_kind: "unicodeCodePoints",
            results: {
                let all: Vec<Finding> = findings.iter().chain(suppressed).cloned().collect();
                all.iter()
                    .zip(fingerprints(&all))
                    .map(|(finding, fingerprint)| result(finding, fingerprint))
                    .collect()
            },
            properties: json!({
                "securityGroupsChecked": coverage.security_groups,
                "moduleCallsUnchecked": coverage.unchecked_module_calls,
            }),
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

/// `%SRCROOT%` is the repository root, where relative paths start.
fn source_root() -> Option<Value> {
    let root = super::repository_root();
    let mut uri = format!("file://{}", encode_path(&display_path(&root)));
    if !uri.ends_with('/') {
        uri.push('/');
    }
    Some(json!({ "%SRCROOT%": { "uri": uri } }))
}

fn rule_descriptor(rule: &RuleMeta) -> Value {
    let documentation = rule.documentation();
    let mut properties = Map::new();
    properties.insert("tags".into(), json!(rule.tags));
    properties.insert("precision".into(), json!("very-high"));
    // Only security rules get a score; SG900 is about the scan, not the code.
    if let Some(score) = rule
        .severity
        .security_severity()
        .filter(|_| rule.tags.contains(&"security"))
    {
        properties.insert("security-severity".into(), json!(score));
    }
    properties.insert("severity".into(), json!(rule.severity.as_str()));
    json!({
        "id": rule.id,
        "name": rule.name,
        "shortDescription": { "text": rule.summary },
        "fullDescription": { "text": first_paragraph(&documentation) },
        "help": { "text": documentation, "markdown": documentation },
        "defaultConfiguration": { "level": rule.severity.sarif_level() },
        "properties": properties,
    })
}

/// The "What it does" paragraph, as plain text.
fn first_paragraph(documentation: &str) -> String {
    documentation
        .lines()
        .skip_while(|line| line.starts_with('#') || line.trim().is_empty())
        .take_while(|line| !line.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn result(finding: &Finding, fingerprint: String) -> Value {
    let rule_index = RULES
        .iter()
        .position(|rule| rule.id == finding.rule.id)
        .unwrap_or(0);
    let mut location = physical_location(&finding.location);
    if let Some(resource) = &finding.resource {
        let mut logical = json!({ "fullyQualifiedName": resource, "kind": "resource" });
        if let Some(construct) = &finding.construct_path {
            logical["properties"] = json!({ "constructPath": construct });
        }
        let mut logicals = vec![logical];
        logicals.extend(
            finding
                .also_reaches
                .iter()
                .map(|other| json!({ "fullyQualifiedName": other, "kind": "resource" })),
        );
        location["logicalLocations"] = Value::Array(logicals);
    }
    let related: Vec<Value> = finding
        .notes
        .iter()
        .filter_map(|note| Some((note, note.location.as_ref()?)))
        .enumerate()
        .map(|(index, (note, at))| {
            let mut related = physical_location(at);
            related["id"] = json!(index + 1);
            related["message"] = json!({ "text": note.message });
            related
        })
        .collect();
    // Embedded links (`[text](id)`) make GitHub show the related places.
    let mut message = finding.message.clone();
    if !related.is_empty() {
        let links: Vec<String> = related
            .iter()
            .map(|related| {
                let region = &related["physicalLocation"]["region"];
                let uri = related["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap_or_default();
                let name = uri.rsplit('/').next().unwrap_or(uri);
                format!(
                    "[{}:{}]({})",
                    escape_link_text(name),
                    region["startLine"],
                    related["id"]
                )
            })
            .collect();
        message.push_str(&format!(" (see {})", links.join(", ")));
    }
    let mut properties = Map::new();
    properties.insert("severity".into(), json!(finding.severity().as_str()));
    if let Some(construct) = &finding.construct_path {
        properties.insert("constructPath".into(), json!(construct));
    }
    let mut result = json!({
        "ruleId": finding.rule.id,
        "ruleIndex": rule_index,
        "level": finding.severity().sarif_level(),
        "message": { "text": message },
        "locations": [location],
        "partialFingerprints": { "sglintFingerprint/v1": fingerprint },
        "properties": properties,
    });
    if !related.is_empty() {
        result["relatedLocations"] = Value::Array(related);
    }
    // Code scanning shows a suppressed result as dismissed, with the reason.
    if let Some(suppression) = &finding.suppression {
        let mut entry = json!({ "kind": "inSource", "justification": suppression.justification });
        entry["location"] = physical_location(&suppression.location);
        result["suppressions"] = json!([entry]);
    }
    result
}

fn physical_location(location: &Location) -> Value {
    let region = location.region();
    let path = super::repository_path(location.file.path());
    let artifact = if path.starts_with('/') {
        json!({ "uri": format!("file://{}", encode_path(&path)) })
    } else {
        json!({ "uri": encode_path(&path), "uriBaseId": "%SRCROOT%" })
    };
    json!({
        "physicalLocation": {
            "artifactLocation": artifact,
            "region": {
                "startLine": region.start.line,
                "startColumn": region.start.column,
                "endLine": region.end.line,
                "endColumn": region.end.column,
            }
        }
    })
}

/// Brackets and backslashes in a link's text are escaped (SARIF §3.11.6).
fn escape_link_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        if matches!(character, '[' | ']' | '\\') {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

/// Percent-encodes a path for a URI, keeping `/` and unreserved characters.
pub fn encode_path(path: &str) -> String {
    let mut encoded = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                encoded.push(byte as char)
            }
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded() {
        assert_eq!(
            encode_path("infra/my stack/a%b.tf"),
            "infra/my%20stack/a%25b.tf"
        );
        assert_eq!(encode_path("ü.tf"), "%C3%BC.tf");
    }
}
