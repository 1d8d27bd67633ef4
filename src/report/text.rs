//! rustc-style diagnostics: a header with severity and rule, the location, a
//! code frame with the span underlined, notes and help, then a summary.
//!
//! Only the line a finding points at is read from the file, so rendering
//! cost does not grow with the file's size.

use std::io::{self, Write};

use unicode_width::UnicodeWidthChar;

use super::{ReportContext, display_path, sanitize, sanitize_char, summary};
use crate::model::Location;
use crate::rules::{Finding, Severity};

struct Style {
    color: bool,
    /// The terminal's width, when writing to one: note and help lines wrap.
    width: Option<usize>,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(&self, severity: Severity, text: &str) -> String {
        let code = match severity {
            // Critical on a red background stands apart from high (red).
            Severity::Critical => "1;97;41",
            Severity::High => "1;31",
            Severity::Medium => "1;33",
            Severity::Low | Severity::Note => "1;36",
        };
        self.paint(code, text)
    }

    fn gutter(&self, text: &str) -> String {
        self.paint("1;34", text)
    }

    fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }
}

pub fn write(findings: &[Finding], context: &ReportContext, out: &mut dyn Write) -> io::Result<()> {
    let style = Style {
        color: context.color,
        width: context.width,
    };
    for finding in findings {
        write_finding(finding, &style, out)?;
        writeln!(out)?;
    }
    writeln!(out, "{}", style.bold(&summary(findings, context)))
}

fn write_finding(finding: &Finding, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let severity = finding.severity();
    writeln!(
        out,
        "{}{} {}",
        style.severity(severity, &format!("{severity}[{}]", finding.rule.id)),
        style.bold(":"),
        style.bold(&sanitize(&finding.message))
    )?;
    let location = &finding.location;
    let start = location.region().start;
    let line_number = start.line.to_string();
    let pad = " ".repeat(line_number.len());
    writeln!(
        out,
        "{pad}{} {}:{}:{}",
        style.gutter("-->"),
        sanitize(&display_path(location.file.path())),
        start.line,
        start.column
    )?;
    if let Some(construct) = &finding.construct_path {
        writeln!(
            out,
            "{pad} {} construct `{}`",
            style.gutter("="),
            sanitize(construct)
        )?;
    }
    if !location.file.text.is_empty() {
        let (code, underline) = frame(location);
        let label = label_for(finding);
        writeln!(out, "{pad} {}", style.gutter("|"))?;
        writeln!(
            out,
            "{} {} {code}",
            style.gutter(&line_number),
            style.gutter("|")
        )?;
        writeln!(
            out,
            "{pad} {} {}",
            style.gutter("|"),
            style.severity(severity, &format!("{underline} {label}"))
        )?;
        writeln!(out, "{pad} {}", style.gutter("|"))?;
    }
    for note in &finding.notes {
        let body = match &note.location {
            Some(at) => {
                let position = at.region().start;
                format!(
                    "{} ({}:{}:{})",
                    sanitize(&note.message),
                    sanitize(&display_path(at.file.path())),
                    position.line,
                    position.column
                )
            }
            None => sanitize(&note.message),
        };
        write_labelled(out, style, &pad, "note", &body)?;
    }
    if let Some(help) = &finding.help {
        write_labelled(out, style, &pad, "help", &sanitize(help))?;
    }
    Ok(())
}

/// `= note: text`, wrapped at the terminal's width when there is one; the
/// continuation lines align with the text.
fn write_labelled(
    out: &mut dyn Write,
    style: &Style,
    pad: &str,
    label: &str,
    body: &str,
) -> io::Result<()> {
    let indent = pad.len() + 3 + label.len() + 2;
    let lines = match style.width {
        Some(width) => wrap(body, width.saturating_sub(indent).max(20)),
        None => vec![body.to_string()],
    };
    for (index, line) in lines.iter().enumerate() {
        if index == 0 {
            writeln!(
                out,
                "{pad} {} {}: {line}",
                style.gutter("="),
                style.bold(label)
            )?;
        } else {
            writeln!(out, "{}{line}", " ".repeat(indent))?;
        }
    }
    Ok(())
}

/// `text` in lines of at most `width` columns, broken only at spaces: a word
/// (a `file:line:col` reference, a long address) is never split, and one
/// wider than the line stands alone.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(' ') {
        let word_width: usize = word.chars().map(|c| c.width().unwrap_or(0)).sum();
        if !line.is_empty() && used + 1 + word_width > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if !line.is_empty() {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += word_width;
    }
    lines.push(line);
    lines
}

fn label_for(finding: &Finding) -> &'static str {
    match finding.rule.id {
        "SG004" => "not known statically",
        "SG005" => "not checked",
        "SG900" | "SG901" => "here",
        _ => "open to the internet",
    }
}

/// Longest stretch of a line shown in a code frame; a longer line shows a
/// window around the span, so a 50 MB line renders like any other.
const MAX_SHOWN: usize = 160;

/// The line of the span's start, sanitised, and the matching underline
/// (display columns, so wide characters and tabs line up).
fn frame(location: &Location) -> (String, String) {
    let file = &location.file;
    let start = location.region().start;
    let range = file.lines().line_range(&file.text, start.line);
    let span_start = location.span.start.clamp(range.start, range.end);
    let span_end = location.span.end.clamp(span_start, range.end);
    // A window of at most MAX_SHOWN bytes around the span, on char boundaries.
    let mut from = range.start;
    let mut to = range.end;
    let mut prefix = "";
    let mut suffix = "";
    if to - from > MAX_SHOWN {
        from = floor_boundary(
            &file.text,
            span_start.saturating_sub(MAX_SHOWN / 4).max(range.start),
        );
        to = floor_boundary(
            &file.text,
            (from + MAX_SHOWN)
                .max(span_end.min(from + 4 * MAX_SHOWN))
                .min(range.end),
        );
        if from > range.start {
            prefix = "…";
        }
        if to < range.end {
            suffix = "…";
        }
    }
    let line = &file.text[from..to];
    let mut code = String::from(prefix);
    let mut before = prefix.chars().count();
    let mut width = 0;
    for (offset, c) in line.char_indices() {
        let offset = from + offset;
        let shown: Vec<char> = if c == '\t' {
            vec![' '; 4]
        } else {
            vec![sanitize_char(c)]
        };
        let columns: usize = shown.iter().map(|c| c.width().unwrap_or(0)).sum();
        if offset < span_start {
            before += columns;
        } else if offset < span_end {
            width += columns;
        }
        code.extend(shown);
    }
    code.push_str(suffix);
    let underline = " ".repeat(before) + &"^".repeat(width.max(1));
    (code, underline)
}

fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_lines_wrap_at_spaces_and_keep_references_whole() {
        let text =
            "restrict `cidr_blocks` to known networks (see modules/network/main.tf:12:5) now";
        let lines = wrap(text, 24);
        assert!(
            lines
                .iter()
                .all(|line| line.chars().count() <= 24 || !line.contains(' ')),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|line| line == "modules/network/main.tf:12:5)"),
            "{lines:?}"
        );
        assert_eq!(lines.join(" "), text);
        assert_eq!(wrap("short", 80), vec!["short"]);
    }
}
