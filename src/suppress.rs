//! Inline suppressions: a reviewed exception written where it stands.
//!
//! - HCL and YAML: `# sglint:ignore SG001[,SG002] [until=YYYY-MM-DD] [reason]`
//!   (also `//` in HCL) on the line above a resource, block, attribute or
//!   list entry, or at the end of its first line; it covers that construct.
//!   On a `module` block it covers the findings reached through that call.
//! - CloudFormation (JSON and YAML): the resource's
//!   `Metadata: {"sglint": {"ignore": [{"id": "SG001", "reason": "...", "until": "..."}]}}`.
//! - Terraform JSON: a `"//": "sglint:ignore SG001 reason"` property of the
//!   object it covers.
//!
//! A suppression past its `until` date no longer suppresses and says so; one
//! that matches nothing, or names an unknown rule, is reported (SG901).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::model::Location;
use crate::parse::tree::{Node, Value as NodeValue};
use crate::rules::{self, Finding, RuleMeta, Suppression, UnusedSuppression};
use crate::source::{SourceFile, Span};
use crate::terraform::syntax::{Body, Expr, ExprKind};

const MARKER: &str = "sglint:ignore";

/// One inline suppression.
#[derive(Debug, Clone)]
pub struct InlineSuppression {
    pub rules: Vec<&'static RuleMeta>,
    /// Names that are not rules (reported).
    pub unknown: Vec<String>,
    pub reason: Option<String>,
    /// `(year, month, day)`; `None` when there is no date.
    pub until: Option<(i32, u32, u32)>,
    /// A date that could not be read (reported).
    pub bad_date: Option<String>,
    /// Where it is written.
    pub location: Location,
    /// What it covers, in the same file; `None` when it precedes nothing.
    pub scope: Option<Span>,
}

/// Parses the text after `sglint:ignore`.
fn parse_directive(text: &str, location: Location, scope: Option<Span>) -> InlineSuppression {
    let mut words = text.split_whitespace().peekable();
    let mut rules = Vec::new();
    let mut unknown = Vec::new();
    if let Some(list) = words.next() {
        for name in list.split(',').filter(|name| !name.is_empty()) {
            match rules::find_rule(name) {
                Some(rule) => rules.push(rule),
                None => unknown.push(name.to_string()),
            }
        }
    }
    let mut until = None;
    let mut bad_date = None;
    if let Some(date) = words.peek().and_then(|word| word.strip_prefix("until=")) {
        match parse_date(date) {
            Some(parsed) => until = Some(parsed),
            None => bad_date = Some(date.to_string()),
        }
        words.next();
    }
    let reason: Vec<&str> = words.collect();
    let reason = reason.join(" ");
    let reason = reason.trim_start_matches("--").trim();
    InlineSuppression {
        rules,
        unknown,
        reason: (!reason.is_empty()).then(|| reason.to_string()),
        until,
        bad_date,
        location,
        scope,
    }
}

fn parse_date(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day) && text.len() == 10)
        .then_some((year, month, day))
}

/// Today's date in UTC, from the system clock.
pub fn today() -> (i32, u32, u32) {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_from_days((seconds / 86_400) as i64)
}

/// Days since 1970-01-01 to a civil date (proleptic Gregorian).
fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// The comments of a file that hold the marker: `(span of the directive,
/// directive text after the marker, whether the comment has its own line)`.
/// A small lexer skips strings, so `"# sglint:ignore"` inside a string is
/// not a comment.
fn marker_comments(text: &str, slash_comments: bool) -> Vec<(Span, String, bool)> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.contains(MARKER)
            && let Some(start) = comment_start(line, slash_comments)
        {
            let comment = &line[start..];
            if let Some(position) = comment.find(MARKER) {
                let directive_start = start + position;
                let directive =
                    line[directive_start + MARKER.len()..].trim_end_matches(['\n', '\r']);
                let own_line = line[..start].trim().is_empty();
                let span = Span::new(
                    offset + directive_start,
                    offset + directive_start + MARKER.len() + directive.len(),
                );
                found.push((span, directive.to_string(), own_line));
            }
        }
        offset += line.len();
    }
    found
}

/// Where a comment starts on a line, outside quoted strings.
fn comment_start(line: &str, slash_comments: bool) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut quote: Option<u8> = None;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        match quote {
            Some(open) => {
                if byte == b'\\' && open == b'"' {
                    index += 1;
                } else if byte == open {
                    quote = None;
                }
            }
            None => match byte {
                b'"' | b'\'' => quote = Some(byte),
                b'#' if index == 0 || bytes[index - 1].is_ascii_whitespace() || slash_comments => {
                    return Some(index);
                }
                b'/' if slash_comments && bytes.get(index + 1) == Some(&b'/') => {
                    return Some(index);
                }
                _ => {}
            },
        }
        index += 1;
    }
    None
}

/// The construct a comment covers: for a comment on its own line, the
/// outermost construct starting at the first code of the next code line;
/// for a trailing comment, the outermost one starting on its own line.
fn scope_for(
    file: &SourceFile,
    comment: Span,
    own_line: bool,
    constructs: &[Span],
    yaml: bool,
) -> Option<Span> {
    let text = &file.text;
    let comment_line = file.position(comment.start).line;
    let mut line = comment_line;
    if own_line {
        loop {
            line += 1;
            if line > file.lines().line_count() {
                return None;
            }
            let range = file.lines().line_range(text, line);
            let content = text[range].trim();
            if !(content.is_empty() || content.starts_with('#') || content.starts_with("//")) {
                break;
            }
        }
    }
    let range = file.lines().line_range(text, line);
    let line_text = &text[range.clone()];
    let mut code_start = range.start + (line_text.len() - line_text.trim_start().len());
    if yaml {
        // `- key: value`: the list item starts after the dash.
        let rest = &text[code_start..range.end];
        if let Some(after) = rest.strip_prefix("- ") {
            code_start += rest.len() - after.trim_start().len();
        }
    }
    constructs
        .iter()
        .filter(|span| span.start == code_start)
        .max_by_key(|span| span.end - span.start)
        .copied()
}

/// Suppressions of a Terraform file (native syntax).
pub fn hcl_suppressions(file: &Arc<SourceFile>, body: &Body) -> Vec<InlineSuppression> {
    let comments = marker_comments(&file.text, true);
    if comments.is_empty() {
        return Vec::new();
    }
    let mut constructs = Vec::new();
    body_constructs(body, &mut constructs);
    comments
        .into_iter()
        .map(|(span, directive, own_line)| {
            let scope = scope_for(file, span, own_line, &constructs, false);
            parse_directive(&directive, Location::new(file, span), scope)
        })
        .collect()
}

fn body_constructs(body: &Body, out: &mut Vec<Span>) {
    for attribute in &body.attributes {
        out.push(attribute.span);
        expr_constructs(&attribute.value, out);
    }
    for block in &body.blocks {
        out.push(block.span);
        body_constructs(&block.body, out);
    }
}

fn expr_constructs(expr: &Expr, out: &mut Vec<Span>) {
    match &expr.kind {
        ExprKind::Tuple(items) => {
            for item in items {
                out.push(item.span);
                expr_constructs(item, out);
            }
        }
        ExprKind::Object(entries) => {
            for (_, value) in entries {
                expr_constructs(value, out);
            }
        }
        _ => {}
    }
}

/// Suppressions of a YAML template: comments, and `Metadata.sglint.ignore`.
pub fn yaml_suppressions(file: &Arc<SourceFile>, root: &Node) -> Vec<InlineSuppression> {
    let mut suppressions = metadata_suppressions(file, root);
    let mut comments = marker_comments(&file.text, false);
    if !comments.is_empty() {
        // A `#` inside a scalar (a block scalar's text, a quoted string) is
        // text, not a comment: it suppresses nothing.
        let mut scalars = Vec::new();
        scalar_spans(root, &mut scalars);
        scalars.sort_by_key(|span| span.start);
        comments.retain(|(span, _, _)| !inside_any(&scalars, span.start));
    }
    if !comments.is_empty() {
        let mut constructs = Vec::new();
        node_constructs(root, &mut constructs);
        for (span, directive, own_line) in comments {
            let scope = scope_for(file, span, own_line, &constructs, true);
            suppressions.push(parse_directive(
                &directive,
                Location::new(file, span),
                scope,
            ));
        }
    }
    suppressions
}

/// The spans of every scalar value and key.
fn scalar_spans(node: &Node, out: &mut Vec<Span>) {
    match &node.value {
        NodeValue::Object(entries) => {
            for entry in entries {
                out.push(entry.key_span);
                scalar_spans(&entry.value, out);
            }
        }
        NodeValue::Array(items) => {
            for item in items {
                scalar_spans(item, out);
            }
        }
        _ => out.push(node.span),
    }
}

/// Whether `offset` falls inside one of `spans` (sorted by start).
fn inside_any(spans: &[Span], offset: usize) -> bool {
    let candidates = spans.partition_point(|span| span.start < offset);
    spans[..candidates].iter().any(|span| offset < span.end)
}

/// Mapping entries (key to end of value) and list items.
fn node_constructs(node: &Node, out: &mut Vec<Span>) {
    match &node.value {
        NodeValue::Object(entries) => {
            for entry in entries {
                out.push(Span::new(
                    entry.key_span.start,
                    entry.value.span.end.max(entry.key_span.end),
                ));
                node_constructs(&entry.value, out);
            }
        }
        NodeValue::Array(items) => {
            for item in items {
                out.push(item.span);
                node_constructs(item, out);
            }
        }
        _ => {}
    }
}

/// Suppressions of a JSON file: `Metadata.sglint.ignore` of template
/// resources and `"//"` directives of Terraform JSON objects.
pub fn json_suppressions(file: &Arc<SourceFile>, root: &Node) -> Vec<InlineSuppression> {
    let mut suppressions = metadata_suppressions(file, root);
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match &node.value {
            NodeValue::Object(entries) => {
                for entry in entries {
                    if entry.key == "//"
                        && let Some(text) = entry.value.as_str()
                        && let Some(directive) = text.trim().strip_prefix(MARKER)
                    {
                        let location = Location::new(file, entry.value.span);
                        suppressions.push(parse_directive(directive, location, Some(node.span)));
                    }
                    stack.push(&entry.value);
                }
            }
            NodeValue::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    suppressions
}

/// `Resources.X.Metadata.sglint.ignore: [{id, reason, until}]`, covering resource X.
fn metadata_suppressions(file: &Arc<SourceFile>, root: &Node) -> Vec<InlineSuppression> {
    let mut suppressions = Vec::new();
    let Some(resources) = root.get("Resources") else {
        return suppressions;
    };
    for entry in resources.entries() {
        let Some(ignores) = entry
            .value
            .get("Metadata")
            .and_then(|m| m.get("sglint"))
            .and_then(|s| s.get("ignore"))
        else {
            continue;
        };
        let scope = Span::new(entry.key_span.start, entry.value.span.end);
        for item in ignores.items() {
            let id = item.get("id").and_then(Node::as_text).unwrap_or_default();
            let mut directive = id;
            if let Some(until) = item.get("until").and_then(Node::as_text) {
                directive.push_str(&format!(" until={until}"));
            }
            if let Some(reason) = item.get("reason").and_then(Node::as_text) {
                directive.push(' ');
                directive.push_str(&reason);
            }
            suppressions.push(parse_directive(
                &directive,
                Location::new(file, item.span),
                Some(scope),
            ));
        }
    }
    suppressions
}

/// Every suppression of a scan, by file.
#[derive(Debug, Default)]
pub struct Suppressions {
    by_file: HashMap<PathBuf, Vec<InlineSuppression>>,
}

impl Suppressions {
    pub fn add(&mut self, path: &Path, suppressions: Vec<InlineSuppression>) {
        if !suppressions.is_empty() {
            self.by_file
                .entry(path.to_path_buf())
                .or_insert(suppressions);
        }
    }

    /// Marks suppressed findings and returns the SG901 findings: unused,
    /// expired, malformed or unknown-rule suppressions.
    pub fn apply(&self, findings: &mut [Finding], today: (i32, u32, u32)) -> Vec<Finding> {
        let mut used: HashMap<(PathBuf, usize), bool> = HashMap::new();
        for finding in findings.iter_mut() {
            let places = std::iter::once(&finding.location)
                .chain(finding.applied_at.iter())
                .chain(finding.call_sites.iter())
                .map(|at| (at.file.path().to_path_buf(), at.span.start));
            let mut matched = None;
            for (path, offset) in places {
                let Some(candidates) = self.by_file.get(&path) else {
                    continue;
                };
                matched = candidates.iter().find(|suppression| {
                    suppression.scope.is_some_and(|scope| {
                        scope.start <= offset && offset < scope.end.max(scope.start + 1)
                    }) && suppression
                        .rules
                        .iter()
                        .any(|rule| rule.id == finding.rule.id)
                });
                if matched.is_some() {
                    break;
                }
            }
            let Some(suppression) = matched else { continue };
            used.insert(
                (
                    suppression.location.file.path().to_path_buf(),
                    suppression.location.span.start,
                ),
                true,
            );
            if suppression.until.is_some_and(|until| until < today)
                || suppression.bad_date.is_some()
            {
                continue;
            }
            finding.suppression = Some(Suppression {
                justification: suppression
                    .reason
                    .clone()
                    .unwrap_or_else(|| "suppressed inline".to_string()),
                location: suppression.location.clone(),
            });
        }
        let mut reports = Vec::new();
        for suppression in self.by_file.values().flatten() {
            let at = suppression.location.clone();
            let key = (at.file.path().to_path_buf(), at.span.start);
            for name in &suppression.unknown {
                reports.push(UnusedSuppression::finding(
                    at.clone(),
                    format!("suppression names unknown rule `{name}`"),
                ));
            }
            if let Some(date) = &suppression.bad_date {
                reports.push(UnusedSuppression::finding(
                    at.clone(),
                    format!("invalid date `{date}` in suppression: expected until=YYYY-MM-DD"),
                ));
            } else if let Some((year, month, day)) =
                suppression.until.filter(|until| *until < today)
            {
                reports.push(UnusedSuppression::finding(
                    at.clone(),
                    format!(
                        "suppression expired on {year:04}-{month:02}-{day:02} and no longer applies"
                    ),
                ));
            } else if suppression.rules.is_empty() && suppression.unknown.is_empty() {
                reports.push(UnusedSuppression::finding(
                    at.clone(),
                    "suppression names no rule".to_string(),
                ));
            } else if !suppression.rules.is_empty() && !used.contains_key(&key) {
                let names: Vec<&str> = suppression.rules.iter().map(|rule| rule.id).collect();
                reports.push(UnusedSuppression::finding(
                    at,
                    format!(
                        "unused suppression of {}: no finding here",
                        names.join(", ")
                    ),
                ));
            }
        }
        reports
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives() {
        let file = SourceFile::new("x.tf", "");
        let location = Location::new(&file, Span::default());
        let parsed = parse_directive(
            " SG001,public-all-traffic until=2027-01-31 public web, reviewed",
            location.clone(),
            None,
        );
        assert_eq!(parsed.rules.len(), 2);
        assert_eq!(parsed.until, Some((2027, 1, 31)));
        assert_eq!(parsed.reason.as_deref(), Some("public web, reviewed"));
        let parsed = parse_directive(" SG999 -- why", location.clone(), None);
        assert_eq!(parsed.unknown, vec!["SG999"]);
        assert_eq!(parsed.reason.as_deref(), Some("why"));
        assert!(
            parse_directive(" SG001 until=2027-13-01", location, None)
                .bad_date
                .is_some()
        );
    }

    #[test]
    fn comments_outside_strings() {
        let text = "a = \"# sglint:ignore SG001\"\nb = 1 # sglint:ignore SG002 ok\n  // sglint:ignore SG003\n";
        let found = marker_comments(text, true);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].1.trim(), "SG002 ok");
        assert!(!found[0].2);
        assert!(found[1].2);
    }

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_454), (2026, 1, 1));
        assert_eq!(civil_from_days(19_417), (2023, 3, 1));
    }
}
