//! Baselines: adopt sglint on an existing tree and fail only on new
//! exposure.
//!
//! `--write-baseline FILE` records the current findings; `--baseline FILE`
//! reports only findings that are not recorded. A finding is recognised by a
//! fingerprint of its file (relative to the baseline's directory), rule,
//! resource address, traffic (protocol and ports) and public source, never
//! by line or column, so it survives unrelated edits, moved lines and
//! reformatting. Equal fingerprints are counted: a second identical
//! exposure is new. The format is documented in docs/baseline.md.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::paths::display_path;
use crate::rules::Finding;

#[derive(Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    tool: String,
    findings: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    fingerprint: String,
    rule: String,
    path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    resource: Option<String>,
    message: String,
}

/// A loaded baseline: how many times each fingerprint was recorded.
pub struct Baseline {
    dir: PathBuf,
    counts: HashMap<String, usize>,
}

/// The file path as recorded: relative to the baseline's directory when
/// the finding lies below it, with `/` separators.
fn recorded_path(finding: &Finding, dir: &Path) -> String {
    let absolute = crate::paths::absolute(finding.location.file.path());
    match absolute.strip_prefix(dir) {
        Ok(relative) => display_path(relative),
        Err(_) => display_path(&absolute),
    }
}

/// The fingerprint, with the path relative to the baseline's directory.
pub fn fingerprint(finding: &Finding, dir: &Path) -> String {
    crate::report::fingerprint_with_path(finding, &recorded_path(finding, dir))
}

fn directory_of(path: &Path) -> PathBuf {
    let absolute = crate::paths::absolute(path);
    absolute.parent().map(Path::to_path_buf).unwrap_or(absolute)
}

pub fn write(path: &Path, findings: &[Finding]) -> io::Result<()> {
    let dir = directory_of(path);
    let file = BaselineFile {
        version: 1,
        tool: "sglint".to_string(),
        findings: findings
            .iter()
            .map(|finding| Entry {
                fingerprint: fingerprint(finding, &dir),
                rule: finding.rule.id.to_string(),
                path: recorded_path(finding, &dir),
                resource: finding.resource.clone(),
                message: finding.message.clone(),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&file).map_err(io::Error::other)?;
    text.push('\n');
    std::fs::write(path, text)
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|error| format!("{}: {error}", path.display()))?;
        let file: BaselineFile = serde_json::from_str(&text).map_err(|error| {
            format!(
                "{}:{}:{}: not a baseline file: {error}",
                path.display(),
                error.line(),
                error.column()
            )
        })?;
        if file.version != 1 {
            return Err(format!(
                "{}: unsupported baseline version {}",
                path.display(),
                file.version
            ));
        }
        let mut counts = HashMap::new();
        for entry in file.findings {
            *counts.entry(entry.fingerprint).or_insert(0) += 1;
        }
        Ok(Baseline {
            dir: directory_of(path),
            counts,
        })
    }

    /// Splits findings into new ones and how many the baseline covers.
    pub fn filter(&self, findings: Vec<Finding>) -> (Vec<Finding>, usize) {
        let mut remaining = self.counts.clone();
        let mut known = 0;
        let mut new = Vec::new();
        for finding in findings {
            match remaining.get_mut(&fingerprint(&finding, &self.dir)) {
                Some(count) if *count > 0 => {
                    *count -= 1;
                    known += 1;
                }
                _ => new.push(finding),
            }
        }
        (new, known)
    }
}
