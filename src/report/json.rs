//! A stable JSON document: `version` changes only on breaking changes. The
//! schema is documented in docs/json-format.md.

use std::io::{self, Write};

use serde::Serialize;

use super::{ReportContext, display_path, fingerprints, severity_counts};
use crate::model::Location;
use crate::rules::Finding;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    tool: Tool,
    summary: Summary,
    findings: Vec<JsonFinding<'a>>,
    suppressed: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    findings: usize,
    suppressed: usize,
    baselined: usize,
    by_severity: serde_json::Map<String, serde_json::Value>,
    /// Security groups whose ingress rules were checked.
    security_groups: usize,
    /// Module calls whose source could not be read (SG005).
    unchecked_module_calls: usize,
}

#[derive(Serialize)]
struct Position {
    line: usize,
    column: usize,
    offset: usize,
}

#[derive(Serialize)]
struct JsonLocation {
    path: String,
    start: Position,
    end: Position,
}

#[derive(Serialize)]
struct Related<'a> {
    message: &'a str,
    #[serde(flatten)]
    location: Option<JsonLocation>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'static str,
    name: &'static str,
    severity: &'static str,
    message: &'a str,
    #[serde(flatten)]
    location: JsonLocation,
    resource: Option<&'a str>,
    /// Every resource the finding reaches, `resource` first.
    resources: Vec<&'a str>,
    construct_path: Option<&'a str>,
    traffic: Option<&'a str>,
    source: Option<&'a str>,
    help: Option<&'a str>,
    related: Vec<Related<'a>>,
    fingerprint: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    justification: Option<&'a str>,
}

fn location(location: &Location) -> JsonLocation {
    let region = location.region();
    JsonLocation {
        path: display_path(location.file.path()),
        start: Position {
            line: region.start.line,
            column: region.start.column,
            offset: location.span.start,
        },
        end: Position {
            line: region.end.line,
            column: region.end.column,
            offset: location.span.end,
        },
    }
}

fn json_finding(finding: &Finding, fingerprint: String) -> JsonFinding<'_> {
    JsonFinding {
        rule: finding.rule.id,
        name: finding.rule.name,
        severity: finding.severity().as_str(),
        message: &finding.message,
        location: location(&finding.location),
        resource: finding.resource.as_deref(),
        resources: finding
            .resource
            .iter()
            .chain(&finding.also_reaches)
            .map(String::as_str)
            .collect(),
        construct_path: finding.construct_path.as_deref(),
        traffic: finding.exposure.as_ref().map(|e| e.traffic.as_str()),
        source: finding.exposure.as_ref().map(|e| e.source.as_str()),
        help: finding.help.as_deref(),
        related: finding
            .notes
            .iter()
            .map(|note| Related {
                message: &note.message,
                location: note.location.as_ref().map(location),
            })
            .collect(),
        fingerprint,
        justification: finding
            .suppression
            .as_ref()
            .map(|suppression| suppression.justification.as_str()),
    }
}

pub fn write(findings: &[Finding], context: &ReportContext, out: &mut dyn Write) -> io::Result<()> {
    let mut by_severity = serde_json::Map::new();
    for (severity, count) in severity_counts(findings) {
        by_severity.insert(severity.as_str().to_string(), count.into());
    }
    let document = Document {
        version: 1,
        tool: Tool {
            name: "sglint",
            version: env!("CARGO_PKG_VERSION"),
        },
        summary: Summary {
            files: context.files_scanned,
            findings: findings.len(),
            suppressed: context.suppressed.len(),
            baselined: context.baselined,
            by_severity,
            security_groups: context.coverage.security_groups,
            unchecked_module_calls: context.coverage.unchecked_module_calls,
        },
        findings: findings
            .iter()
            .zip(fingerprints(findings))
            .map(|(finding, fingerprint)| json_finding(finding, fingerprint))
            .collect(),
        suppressed: context
            .suppressed
            .iter()
            .zip(fingerprints(&context.suppressed))
            .map(|(finding, fingerprint)| json_finding(finding, fingerprint))
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}
