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

use super::{ReportContext, display_path, fingerprints};
use crate::model::Location;
use crate::rules::{Finding, RULES, RuleMeta, UnparseableFile};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Most results GitHub code scanning accepts in one run; past it the rest
/// are left out (the most severe are kept) with a notification.
pub const MAX_RESULTS: usize = 25_000;

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
    invocations: Vec<Value>,
    /// Coverage: what the run could check.
    properties: Value,
}

pub fn write(findings: &[Finding], context: &ReportContext, out: &mut dyn Write) -> io::Result<()> {
    let coverage = &context.coverage;
    let mut notifications = Vec::new();
    // Code scanning takes paths inside the repository only: a finding in a
    // file outside it (a --var-file in /tmp) stays in the other reports.
    let mut all: Vec<Finding> = Vec::new();
    let mut outside = 0usize;
    for finding in findings.iter().chain(&context.suppressed) {
        if inside_repository(&finding.location) {
            all.push(finding.clone());
        } else {
            outside += 1;
        }
    }
    if outside > 0 {
        notifications.push(notification(
            "warning",
            format!(
                "{outside} result{} in files outside the repository root left out (code scanning takes repository paths only); the text and JSON reports list them",
                if outside == 1 { "" } else { "s" }
            ),
        ));
    }
    if all.len() > MAX_RESULTS {
        let left_out = all.len() - MAX_RESULTS;
        all.sort_by_key(|finding| std::cmp::Reverse(finding.severity()));
        all.truncate(MAX_RESULTS);
        notifications.push(notification(
            "warning",
            format!(
                "{left_out} results left out: GitHub code scanning accepts at most {MAX_RESULTS} per run (the most severe are kept); the JSON report lists all"
            ),
        ));
    }
    for finding in findings
        .iter()
        .filter(|f| f.rule.id == UnparseableFile::META.id)
    {
        let mut entry = notification(
            "error",
            format!(
                "{}: {}",
                display_path(finding.location.file.path()),
                finding.message
            ),
        );
        if inside_repository(&finding.location) {
            entry["locations"] = json!([physical_location(&finding.location)]);
        }
        notifications.push(entry);
    }
    if coverage.unchecked_module_calls > 0 {
        notifications.push(notification(
            "note",
            format!(
                "{} module calls not checked: not downloaded and not modelled (SG005); run `terraform init -backend=false` first",
                coverage.unchecked_module_calls
            ),
        ));
    }
    notifications.extend(
        context
            .notices
            .iter()
            .map(|(level, text)| notification(level, text.clone())),
    );
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: json!({
                "driver": {
                    "name": "sglint",
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": RULES.iter().map(|rule| rule_descriptor(rule)).collect::<Vec<_>>(),
                }
            }),
            original_uri_base_ids: source_root(),
            column_kind: "unicodeCodePoints",
            results: all
                .iter()
                .zip(fingerprints(&all))
                .map(|(finding, fingerprint)| result(finding, fingerprint))
                .collect(),
            invocations: vec![json!({
                "executionSuccessful": true,
                "toolExecutionNotifications": notifications,
            })],
            properties: json!({
                "securityGroupsChecked": coverage.security_groups,
                "moduleCallsUnchecked": coverage.unchecked_module_calls,
            }),
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

fn notification(level: &str, text: String) -> Value {
    json!({ "level": level, "message": { "text": text } })
}

/// Whether a location's file is under the repository root (a relative URI).
fn inside_repository(location: &Location) -> bool {
    !super::repository_path(location.file.path()).starts_with('/')
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
        "helpUri": crate::rules::help_uri(rule),
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
    // Related places outside the repository are named in the text only.
    let related: Vec<Value> = finding
        .notes
        .iter()
        .filter_map(|note| Some((note, note.location.as_ref()?)))
        .filter(|(_, at)| inside_repository(at))
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
        if inside_repository(&suppression.location) {
            entry["location"] = physical_location(&suppression.location);
        }
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
    use crate::rules::PublicSensitivePort;
    use crate::source::{SourceFile, Span};

    fn findings(count: usize, path: &str) -> Vec<Finding> {
        let file = SourceFile::new(path, "x = 1\n".to_string());
        (0..count)
            .map(|index| {
                Finding::new(
                    &PublicSensitivePort::META,
                    Location::new(&file, Span::new(0, 1)),
                    format!("finding {index}"),
                )
            })
            .collect()
    }

    fn sarif(findings: &[Finding], context: &ReportContext) -> Value {
        let mut out = Vec::new();
        write(findings, context, &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn results_are_capped_with_a_notification() {
        let many = findings(MAX_RESULTS + 3, "main.tf");
        let log = sarif(&many, &ReportContext::default());
        let run = &log["runs"][0];
        assert_eq!(run["results"].as_array().unwrap().len(), MAX_RESULTS);
        let notes = run["invocations"][0]["toolExecutionNotifications"].to_string();
        assert!(notes.contains("3 results left out"), "{notes}");
    }

    #[test]
    fn files_outside_the_repository_are_left_out_and_said() {
        let outside = findings(1, "/definitely/outside/the/repository/main.tf");
        let log = sarif(&outside, &ReportContext::default());
        let run = &log["runs"][0];
        assert!(run["results"].as_array().unwrap().is_empty());
        assert!(!log.to_string().contains("file:///definitely"));
        let notes = run["invocations"][0]["toolExecutionNotifications"].to_string();
        assert!(
            notes.contains("1 result in files outside the repository root"),
            "{notes}"
        );
    }

    #[test]
    fn rules_link_their_documentation() {
        let log = sarif(&[], &ReportContext::default());
        let driver = &log["runs"][0]["tool"]["driver"];
        assert!(
            driver["informationUri"]
                .as_str()
                .unwrap()
                .starts_with("https://")
        );
        assert!(
            driver["rules"][1]["helpUri"]
                .as_str()
                .unwrap()
                .ends_with("docs/rules.md#sg002")
        );
    }

    #[test]
    fn uris_are_encoded() {
        assert_eq!(
            encode_path("infra/my stack/a%b.tf"),
            "infra/my%20stack/a%25b.tf"
        );
        assert_eq!(encode_path("ü.tf"), "%C3%BC.tf");
    }
}
