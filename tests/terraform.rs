//! Terraform evaluation end to end. Each directory under
//! `tests/fixtures/terraform/` is scanned as a whole; every file in it
//! (including `.terraform/`) marks the findings it expects at the end of the
//! line they point at: `# expect: RULE:COLUMN`, optionally followed by
//! `@PATH:LINE:COLUMN`, a related location (the origin of the public value)
//! that the finding must list, `PATH` relative to the marking file.

use std::path::{Component, Path, PathBuf};

use sglint::rules::Finding;
use sglint::scan::{ScanOptions, scan};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Expected {
    path: PathBuf,
    rule: String,
    line: usize,
    column: usize,
    origin: Option<(PathBuf, usize, usize)>,
}

fn normalize(path: &Path) -> PathBuf {
    let mut normalized = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                normalized.pop();
            }
            other => normalized.push(other.as_os_str()),
        }
    }
    normalized
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn expectations(case: &Path) -> Vec<Expected> {
    let mut files = Vec::new();
    files_under(case, &mut files);
    let mut expected = Vec::new();
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        for (index, line) in text.lines().enumerate() {
            let Some((_, markers)) = line.split_once("expect: ") else {
                continue;
            };
            for marker in markers.split_whitespace() {
                let (finding, origin) = match marker.split_once('@') {
                    Some((finding, origin)) => (finding, Some(origin)),
                    None => (marker, None),
                };
                let (rule, column) = finding.split_once(':').expect("RULE:COLUMN");
                let origin = origin.map(|origin| {
                    let mut parts = origin.rsplitn(3, ':');
                    let column: usize = parts.next().unwrap().parse().unwrap();
                    let line: usize = parts.next().unwrap().parse().unwrap();
                    let path = normalize(&file.parent().unwrap().join(parts.next().unwrap()));
                    (path, line, column)
                });
                expected.push(Expected {
                    path: normalize(&file),
                    rule: rule.to_string(),
                    line: index + 1,
                    column: column.parse().unwrap(),
                    origin,
                });
            }
        }
    }
    expected.sort();
    expected
}

fn position(finding: &Finding) -> (PathBuf, String, usize, usize) {
    let start = finding.location.region().start;
    (
        normalize(finding.location.file.path()),
        finding.rule.id.to_string(),
        start.line,
        start.column,
    )
}

#[test]
fn terraform_cases_report_exactly_what_they_expect() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir("tests/fixtures/terraform")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 8, "{cases:?}");
    let mut failures = Vec::new();
    for case in &cases {
        let expected = expectations(case);
        let result = scan(&ScanOptions {
            paths: vec![case.clone()],
            ..ScanOptions::default()
        });
        let mut actual: Vec<(PathBuf, String, usize, usize)> =
            result.findings.iter().map(position).collect();
        actual.sort();
        let mut wanted: Vec<(PathBuf, String, usize, usize)> = expected
            .iter()
            .map(|e| (e.path.clone(), e.rule.clone(), e.line, e.column))
            .collect();
        wanted.sort();
        if actual != wanted {
            failures.push(format!(
                "{}:\n  expected {wanted:#?}\n  actual {actual:#?}",
                case.display()
            ));
            continue;
        }
        for expectation in expected.iter().filter(|e| e.origin.is_some()) {
            let origin = expectation.origin.as_ref().unwrap();
            let found = result.findings.iter().any(|finding| {
                position(finding)
                    == (
                        expectation.path.clone(),
                        expectation.rule.clone(),
                        expectation.line,
                        expectation.column,
                    )
                    && finding.notes.iter().any(|note| {
                        note.location.as_ref().is_some_and(|at| {
                            let start = at.region().start;
                            (normalize(at.file.path()), start.line, start.column) == *origin
                        })
                    })
            });
            if !found {
                let notes: Vec<String> = result
                    .findings
                    .iter()
                    .filter(|f| position(f).2 == expectation.line)
                    .flat_map(|f| {
                        f.notes.iter().map(|n| {
                            format!(
                                "{} {:?}",
                                n.message,
                                n.location
                                    .as_ref()
                                    .map(|l| (l.file.path().to_path_buf(), l.region().start))
                            )
                        })
                    })
                    .collect();
                failures.push(format!(
                    "{}: no origin {origin:?} for {expectation:?}; notes: {notes:#?}",
                    case.display()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
