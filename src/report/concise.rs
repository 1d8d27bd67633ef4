//! `path:line:col: RULE message`, one finding per line, for editors and hooks.

use std::io::{self, Write};

use super::{display_path, sanitize};
use crate::rules::Finding;

pub fn write(findings: &[Finding], out: &mut dyn Write) -> io::Result<()> {
    for finding in findings {
        let start = finding.location.region().start;
        writeln!(
            out,
            "{}:{}:{}: {} {}",
            sanitize(&display_path(finding.location.file.path())),
            start.line,
            start.column,
            finding.rule.id,
            sanitize(&finding.message)
        )?;
    }
    Ok(())
}
