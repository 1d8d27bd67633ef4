//! GitHub workflow commands: one `::error`/`::warning`/`::notice` annotation
//! per finding, then a summary. GitHub shows at most 10 errors and 10
//! warnings per step, so the summary says how many there are in all, and
//! when `GITHUB_STEP_SUMMARY` is set a Markdown table of every finding is
//! appended to the job summary.

use std::io::{self, Write};

use super::{ReportContext, repository_path, sanitize, summary};
use crate::rules::{Finding, Severity};

/// How many annotations of one level GitHub displays per step.
pub const GITHUB_LIMIT: usize = 10;

/// Escapes a workflow-command message.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow-command property value (also `:` and `,`).
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Note => "notice",
    }
}

pub fn write(findings: &[Finding], context: &ReportContext, out: &mut dyn Write) -> io::Result<()> {
    // GitHub shows only the first annotations of a step: the most severe go
    // first (stable, so the order within a severity stays the path order).
    let mut ordered: Vec<&Finding> = findings.iter().collect();
    ordered.sort_by_key(|finding| std::cmp::Reverse(finding.severity()));
    for group in same_line_groups(&ordered) {
        let finding = group[0];
        let region = finding.location.region();
        let title = format!("{} {}", finding.rule.id, finding.rule.name);
        // Control characters and bidirectional overrides in names and paths
        // must not reach the workflow-command channel raw.
        let mut message = sanitize(&merged_message(&group));
        if let Some(help) = &finding.help {
            // A merged annotation's help names no single service.
            let help = match help.split_once("; never expose ") {
                Some((general, _)) if group.len() > 1 => general,
                _ => help.as_str(),
            };
            message.push_str("\nhelp: ");
            message.push_str(&sanitize(help));
        }
        writeln!(
            out,
            "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            command(finding.severity()),
            escape_property(&sanitize(&repository_path(finding.location.file.path()))),
            region.start.line,
            region.start.column,
            region.end.line,
            region.end.column,
            escape_property(&title),
            escape_data(&message)
        )?;
    }
    let errors = findings
        .iter()
        .filter(|f| command(f.severity()) == "error")
        .count();
    let warnings = findings
        .iter()
        .filter(|f| command(f.severity()) == "warning")
        .count();
    writeln!(out, "sglint: {}", summary(findings, context))?;
    if errors > GITHUB_LIMIT || warnings > GITHUB_LIMIT {
        writeln!(
            out,
            "sglint: GitHub shows at most {GITHUB_LIMIT} errors and {GITHUB_LIMIT} warnings per step as annotations; all {} findings are in the job summary and the SARIF report",
            findings.len()
        )?;
    }
    if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|path| !path.is_empty()) {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        file.write_all(step_summary(findings, context).as_bytes())?;
    }
    Ok(())
}

/// Findings of one rule, resource and public source on one line, in order:
/// one annotation lists their ports (GitHub shows only ten per step).
fn same_line_groups<'a>(ordered: &[&'a Finding]) -> Vec<Vec<&'a Finding>> {
    type Key<'k> = (&'static str, &'k std::path::Path, usize, Option<&'k str>);
    let key = |finding: &'a Finding| -> Key<'a> {
        (
            finding.rule.id,
            finding.location.file.path(),
            finding.location.region().start.line,
            finding
                .exposure
                .as_ref()
                .map(|exposure| exposure.source.as_str()),
        )
    };
    let mut groups: Vec<Vec<&Finding>> = Vec::new();
    let mut index: std::collections::HashMap<Key, usize> = std::collections::HashMap::new();
    for &finding in ordered {
        // Only exposures merge: other findings say different things.
        if finding.exposure.is_none() {
            groups.push(vec![finding]);
            continue;
        }
        match index.get(&key(finding)) {
            Some(&position) if same_tail(groups[position][0], finding) => {
                groups[position].push(finding)
            }
            _ => {
                index.insert(key(finding), groups.len());
                groups.push(vec![finding]);
            }
        }
    }
    groups
}

/// `(traffic, "`0.0.0.0/0` on `group`", via)` of an exposure message:
/// `ingress tcp/22 (ssh) open to `0.0.0.0/0` on `g` via `r["22"]``.
fn message_parts(message: &str) -> Option<(&str, &str, Option<&str>)> {
    let (traffic, rest) = message.split_once(" open to ")?;
    Some(match rest.split_once(" via `") {
        Some((target, via)) => (traffic, target, Some(via)),
        None => (traffic, rest, None),
    })
}

/// Whether two messages name the same source and group (the traffic and
/// the rule resource of each may differ).
fn same_tail(a: &Finding, b: &Finding) -> bool {
    match (message_parts(&a.message), message_parts(&b.message)) {
        (Some((_, x, _)), Some((_, y, _))) => x == y,
        _ => false,
    }
}

/// `ingress tcp/22 (ssh), tcp/3389 (rdp) open to ...` for a group.
fn merged_message(group: &[&Finding]) -> String {
    let first = group[0];
    if group.len() == 1 {
        return first.message.clone();
    }
    let Some((head, target, via)) = message_parts(&first.message) else {
        return first.message.clone();
    };
    let mut traffic = vec![head.to_string()];
    let mut same_via = true;
    for finding in &group[1..] {
        if let Some((other, _, other_via)) = message_parts(&finding.message) {
            traffic.push(other.strip_prefix("ingress ").unwrap_or(other).to_string());
            same_via &= other_via == via;
        }
    }
    let via = match via {
        Some(via) if same_via => format!(" via `{via}"),
        _ => String::new(),
    };
    format!("{} open to {target}{via}", traffic.join(", "))
}

/// A Markdown table of every finding, for the job summary.
pub fn step_summary(findings: &[Finding], context: &ReportContext) -> String {
    let mut text = format!("## sglint\n\n{}\n\n", summary(findings, context));
    if findings.is_empty() {
        return text;
    }
    text.push_str("| severity | rule | location | message |\n|---|---|---|---|\n");
    let blob = blob_base();
    for finding in findings {
        let start = finding.location.region().start;
        let path = repository_path(finding.location.file.path());
        let place = format!(
            "`{}:{}:{}`",
            sanitize(&path).replace('|', "\\|"),
            start.line,
            start.column
        );
        // A link to the line in the commit, when the workflow says which.
        let place = match &blob {
            Some(base) => format!("[{place}]({base}/{}#L{})", url_path(&path), start.line),
            None => place,
        };
        text.push_str(&format!(
            "| {} | {} `{}` | {} | {} |\n",
            finding.severity(),
            finding.rule.id,
            finding.rule.name,
            place,
            sanitize(&finding.message).replace('|', "\\|")
        ));
    }
    text.push('\n');
    text
}

/// `https://github.com/OWNER/REPO/blob/SHA` from the workflow's
/// environment, when all of it is set.
fn blob_base() -> Option<String> {
    let var = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    let server = var("GITHUB_SERVER_URL")?;
    let repository = var("GITHUB_REPOSITORY")?;
    let sha = var("GITHUB_SHA")?;
    let safe = |text: &str| {
        text.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._/:".contains(c))
    };
    (safe(&server) && safe(&repository) && safe(&sha))
        .then(|| format!("{}/{repository}/blob/{sha}", server.trim_end_matches('/')))
}

/// A repository path percent-encoded for a URL (segments kept).
fn url_path(path: &str) -> String {
    let mut encoded = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_data("50% of\r\nit"), "50%25 of%0D%0Ait");
        assert_eq!(escape_property("a:b,c%d"), "a%3Ab%2Cc%25d");
    }

    #[test]
    fn url_paths_keep_segments_and_encode_the_rest() {
        assert_eq!(url_path("infra/main.tf"), "infra/main.tf");
        assert_eq!(url_path("a b/(x)#.tf"), "a%20b/%28x%29%23.tf");
    }
}
