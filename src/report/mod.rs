//! Reporters: the same findings as rustc-style text, concise lines, JSON or
//! SARIF 2.1.0.

use std::io::{self, Write};
use std::path::Path;

use crate::rules::{Finding, Severity};

pub mod concise;
pub mod github;
pub mod json;
pub mod sarif;
pub mod text;

/// What reporters need besides the findings.
#[derive(Debug, Clone, Default)]
pub struct ReportContext {
    pub files_scanned: usize,
    pub color: bool,
    /// Findings inline suppressions cover (SARIF keeps them as dismissed).
    pub suppressed: Vec<Finding>,
    /// How many findings the baseline covered.
    pub baselined: usize,
    /// What the scan could see.
    pub coverage: crate::scan::Coverage,
    /// The terminal's width, when the text report goes to one.
    pub width: Option<usize>,
    /// The run's warnings and notes (stderr), for SARIF's
    /// `toolExecutionNotifications`: `(level, text)`.
    pub notices: Vec<(&'static str, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-style diagnostics with code frames and a summary
    Text,
    /// `path:line:col: RULE message`, one per line
    Concise,
    /// a stable JSON document (see docs/json-format.md)
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other viewers
    Sarif,
    /// GitHub workflow commands: pull-request annotations and a job summary
    Github,
}

impl Format {
    pub fn parse(text: &str) -> Option<Format> {
        <Format as clap::ValueEnum>::from_str(text, true).ok()
    }
}

pub fn write_report(
    format: Format,
    findings: &[Finding],
    context: &ReportContext,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => text::write(findings, context, out),
        Format::Concise => concise::write(findings, out),
        Format::Json => json::write(findings, context, out),
        Format::Sarif => sarif::write(findings, context, out),
        Format::Github => github::write(findings, context, out),
    }
}

pub use crate::paths::display_path;

/// The root that SARIF URIs and annotations are relative to:
/// `GITHUB_WORKSPACE` when set, else the enclosing git repository, else the
/// current directory.
pub fn repository_root() -> std::path::PathBuf {
    if let Some(workspace) = std::env::var_os("GITHUB_WORKSPACE").filter(|value| !value.is_empty())
    {
        return crate::paths::absolute(Path::new(&workspace));
    }
    let current = crate::paths::absolute(Path::new("."));
    current
        .ancestors()
        .find(|dir| dir.join(".git").exists())
        .map(Path::to_path_buf)
        .unwrap_or(current)
}

/// A path relative to the repository root (absolute when outside it), with
/// `/` separators, whatever directory sglint runs in and however the path
/// was given.
pub fn repository_path(path: &Path) -> String {
    let root = repository_root();
    let absolute = crate::paths::absolute(path);
    match absolute.strip_prefix(&root) {
        Ok(relative) => display_path(relative),
        Err(_) => display_path(&absolute),
    }
}

/// Makes text taken from a scanned file safe to print on a terminal: control
/// characters become visible symbols and bidirectional overrides are
/// replaced, so a file cannot inject escape sequences or reorder the output.
pub fn sanitize(text: &str) -> String {
    text.chars().map(sanitize_char).collect()
}

pub fn sanitize_char(c: char) -> char {
    match c {
        '\t' => ' ',
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        // C1 controls, bidirectional overrides and invisible characters
        // could hide or reorder what a reader sees.
        '\u{80}'..='\u{9f}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2069}'
        | '\u{feff}' => '\u{fffd}',
        _ => c,
    }
}

/// Counts by severity, most severe first, for summaries.
pub fn severity_counts(findings: &[Finding]) -> Vec<(Severity, usize)> {
    let order = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Note,
    ];
    order
        .iter()
        .map(|severity| {
            (
                *severity,
                findings
                    .iter()
                    .filter(|f| f.severity() == *severity)
                    .count(),
            )
        })
        .filter(|(_, count)| *count > 0)
        .collect()
}

/// `3 findings (2 critical, 1 high) in 12 files; 1 suppressed`.
pub fn summary(findings: &[Finding], context: &ReportContext) -> String {
    let mut line = summary_line(findings, context.files_scanned);
    let mut extra = Vec::new();
    if !context.suppressed.is_empty() {
        extra.push(format!("{} suppressed", context.suppressed.len()));
    }
    if context.baselined > 0 {
        extra.push(format!("{} in the baseline", context.baselined));
    }
    if !extra.is_empty() {
        line.push_str("; ");
        line.push_str(&extra.join(", "));
    }
    if context.files_scanned > 0 || !findings.is_empty() {
        line.push_str(&coverage_text(&context.coverage));
    }
    line
}

/// `; 12 security groups checked, 3 module calls not checked`.
pub fn coverage_text(coverage: &crate::scan::Coverage) -> String {
    let groups = match coverage.security_groups {
        1 => "1 security group checked".to_string(),
        n => format!("{n} security groups checked"),
    };
    match coverage.unchecked_module_calls {
        0 => format!("; {groups}"),
        1 => format!("; {groups}, 1 module call not checked"),
        n => format!("; {groups}, {n} module calls not checked"),
    }
}

/// `3 findings (2 critical, 1 high) in 2 files (12 scanned)`.
pub fn summary_line(findings: &[Finding], files: usize) -> String {
    let plural = |count: usize| {
        if count == 1 {
            "1 file".to_string()
        } else {
            format!("{count} files")
        }
    };
    if files == 0 && findings.is_empty() {
        return "no Terraform, CloudFormation or CDK files found".to_string();
    }
    if findings.is_empty() {
        return format!("no findings in {}", plural(files));
    }
    let with_findings: std::collections::HashSet<&std::path::Path> = findings
        .iter()
        .map(|finding| finding.location.file.path())
        .collect();
    // A finding may point into a file that was not itself scanned (a
    // module's default read through a call): never fewer scanned than found.
    let scanned = files.max(with_findings.len());
    let files_text = if scanned == with_findings.len() {
        plural(scanned)
    } else {
        format!("{} ({scanned} scanned)", plural(with_findings.len()))
    };
    let counts: Vec<String> = severity_counts(findings)
        .iter()
        .map(|(severity, count)| {
            if *severity == Severity::Note && *count > 1 {
                format!("{count} notes")
            } else {
                format!("{count} {severity}")
            }
        })
        .collect();
    let noun = if findings.len() == 1 {
        "finding"
    } else {
        "findings"
    };
    format!(
        "{} {noun} ({}) in {files_text}",
        findings.len(),
        counts.join(", ")
    )
}

/// A fingerprint that survives unrelated edits: it keys on the file, the
/// resource, the rule, the traffic and the public source, never on lines.
pub fn fingerprint(finding: &Finding) -> String {
    fingerprint_with_path(finding, &display_path(finding.location.file.path()))
}

/// The fingerprints of a run's findings, unique within it: a fingerprint
/// already given gets the number of its repeat mixed in, in output order.
pub fn fingerprints(findings: &[Finding]) -> Vec<String> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    findings
        .iter()
        .map(|finding| {
            let base = fingerprint(finding);
            let repeat = seen.entry(base.clone()).or_insert(0);
            *repeat += 1;
            if *repeat == 1 {
                base
            } else {
                fnv1a(&[&base, &repeat.to_string()])
            }
        })
        .collect()
}

fn fnv1a(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0xff)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The fingerprint with the file path as the caller records it: FNV-1a over
/// path, rule, resource, and traffic and source (or the message).
pub fn fingerprint_with_path(finding: &Finding, path: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |text: &str| {
        for byte in text.bytes().chain(std::iter::once(0xff)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    feed(path);
    feed(finding.rule.id);
    feed(finding.resource.as_deref().unwrap_or(""));
    match &finding.exposure {
        Some(exposure) => {
            feed(&exposure.traffic);
            feed(&exposure.source);
        }
        None => feed(&finding.message),
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_shown_relative_with_slashes() {
        assert_eq!(display_path(Path::new("./infra/main.tf")), "infra/main.tf");
        assert_eq!(display_path(Path::new("main.tf")), "main.tf");
        assert_eq!(display_path(Path::new("/abs/x.tf")), "/abs/x.tf");
    }

    #[test]
    fn control_characters_are_made_visible() {
        assert_eq!(sanitize("a\u{1b}[31mb"), "a\u{241b}[31mb");
        assert_eq!(sanitize("x\u{202e}y"), "x\u{fffd}y");
        assert_eq!(sanitize("tab\there"), "tab here");
    }
}
