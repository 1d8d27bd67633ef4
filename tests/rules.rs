//! Every fixture under `tests/fixtures/<RULE>/` is scanned on its own and its
//! findings compared with the expectations written in it: a trailing
//! `# expect: RULE:COLUMN` marker on the line a finding points at, or, for
//! files that cannot hold comments (JSON, binary), a `FILE.expect` sidecar
//! with `RULE LINE:COLUMN` lines. Files named `negative*` must produce
//! nothing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use sglint::exposure::AllowedPort;
use sglint::rules::Settings;
use sglint::scan::{ScanOptions, scan};

type Expectation = (String, usize, usize);

fn fixture_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for rule_dir in std::fs::read_dir("tests/fixtures").unwrap() {
        let rule_dir = rule_dir.unwrap().path();
        let is_rule_dir = rule_dir
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("SG");
        if !rule_dir.is_dir() || !is_rule_dir {
            continue;
        }
        for entry in std::fs::read_dir(&rule_dir).unwrap() {
            let path = entry.unwrap().path();
            if path
                .extension()
                .is_some_and(|ext| ext == "expect" || ext == "snap")
                || path.is_dir()
            {
                continue;
            }
            files.push(path);
        }
    }
    files.sort();
    files
}

fn expectations(path: &Path) -> BTreeSet<Expectation> {
    let sidecar = PathBuf::from(format!("{}.expect", path.display()));
    let mut expected = BTreeSet::new();
    if let Ok(text) = std::fs::read_to_string(&sidecar) {
        for line in text.lines().filter(|line| !line.trim().is_empty()) {
            let (rule, position) = line.split_once(' ').expect("RULE LINE:COLUMN");
            let (line_number, column) = position.split_once(':').expect("LINE:COLUMN");
            expected.insert((
                rule.to_string(),
                line_number.parse().unwrap(),
                column.parse().unwrap(),
            ));
        }
        return expected;
    }
    let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
    for (index, line) in text.lines().enumerate() {
        let Some((_, markers)) = line.split_once("expect: ") else {
            continue;
        };
        for marker in markers.split_whitespace() {
            let (rule, column) = marker.split_once(':').expect("RULE:COLUMN marker");
            expected.insert((rule.to_string(), index + 1, column.parse().unwrap()));
        }
    }
    expected
}

fn actual(path: &Path, settings: Settings) -> BTreeSet<Expectation> {
    let result = scan(&ScanOptions {
        paths: vec![path.to_path_buf()],
        settings,
        ..ScanOptions::default()
    })
    .expect("scan");
    result
        .findings
        .iter()
        .map(|finding| {
            let start = finding.location.region().start;
            (finding.rule.id.to_string(), start.line, start.column)
        })
        .collect()
}

#[test]
fn fixtures_report_exactly_what_they_expect() {
    let files = fixture_files();
    assert!(files.len() >= 10, "fixtures missing: {files:?}");
    let mut failures = Vec::new();
    for path in &files {
        let expected = expectations(path);
        let name = path.file_name().unwrap().to_string_lossy();
        if name.starts_with("negative") {
            assert!(
                expected.is_empty(),
                "{}: a negative fixture has expectations",
                path.display()
            );
        } else if name.starts_with("positive") {
            // A positive fixture must expect its own rule at least once.
            let rule = path
                .parent()
                .unwrap()
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            assert!(
                expected.iter().any(|(id, _, _)| *id == rule),
                "{}: expects no {rule} finding",
                path.display()
            );
        }
        let found = actual(path, Settings::default());
        if found != expected {
            failures.push(format!(
                "{}:\n  missing: {:?}\n  unexpected: {:?}",
                path.display(),
                expected.difference(&found).collect::<Vec<_>>(),
                found.difference(&expected).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn allowed_ports_are_subtracted() {
    let path = Path::new("tests/fixtures/SG001/positive.tf");
    let all = actual(path, Settings::default());
    let allowed: Vec<AllowedPort> = [
        "tcp:8080",
        "tcp:443",
        "tcp:9000-9001",
        "udp:5000-5010",
        "tcp:50051",
        "icmp",
        "tcp:9100",
    ]
    .iter()
    .map(|text| text.parse().unwrap())
    .collect();
    let remaining = actual(
        path,
        Settings {
            allowed_ports: allowed,
            ..Settings::default()
        },
    );
    assert_eq!(all.len(), 7);
    assert!(remaining.is_empty(), "{remaining:?}");

    // Allowing part of a range leaves the rest reported.
    let partial = vec!["udp:5000-5004".parse().unwrap()];
    let remaining = actual(
        path,
        Settings {
            allowed_ports: partial,
            ..Settings::default()
        },
    );
    assert!(
        remaining.contains(&("SG001".to_string(), 41, 24)),
        "{remaining:?}"
    );
}

#[test]
fn allowed_ports_do_not_hide_all_traffic() {
    let path = Path::new("tests/fixtures/SG003/positive.tf");
    let allowed = vec![
        "tcp:0-65535".parse().unwrap(),
        "udp:0-65535".parse().unwrap(),
    ];
    let remaining = actual(
        path,
        Settings {
            allowed_ports: allowed,
            ..Settings::default()
        },
    );
    // Only protocol -1 / all rules remain: every protocol is more than tcp and udp.
    let rules: Vec<_> = remaining
        .iter()
        .map(|(rule, line, _)| (rule.as_str(), *line))
        .collect();
    assert_eq!(rules, vec![("SG003", 10), ("SG003", 36), ("SG003", 42)]);
}

#[test]
fn broken_files_do_not_hide_valid_ones() {
    let result = scan(&ScanOptions {
        paths: vec![PathBuf::from("tests/fixtures/SG900")],
        settings: Settings::default(),
        ..ScanOptions::default()
    })
    .expect("scan");
    let ids: Vec<&str> = result
        .findings
        .iter()
        .map(|finding| finding.rule.id)
        .collect();
    // alias-bomb.yaml, binary.tf, broken.cfn.yaml, broken.tf, broken.tf.json, latin1.tf, valid.tf
    assert_eq!(
        ids,
        vec![
            "SG900", "SG900", "SG900", "SG900", "SG900", "SG900", "SG002"
        ]
    );
    assert_eq!(result.files_scanned, 7);
}

#[test]
fn sensitive_message_names_the_services() {
    let result = scan(&ScanOptions {
        paths: vec![PathBuf::from("tests/fixtures/SG002/positive.tf")],
        settings: Settings::default(),
        ..ScanOptions::default()
    })
    .expect("scan");
    let range = result
        .findings
        .iter()
        .find(|finding| finding.location.region().start.line == 26)
        .unwrap();
    assert_eq!(
        range.message,
        "ingress tcp/20-25 (ftp, ssh, telnet, smtp) open to `0.0.0.0/0` on `aws_security_group.bastion`"
    );
}
