//! Inline suppressions, configuration files and baselines, end to end.
//!
//! `tests/fixtures/suppress/` marks active findings with `expect: RULE:COL`
//! and suppressed ones with `suppressed: RULE:COL` (sidecar `FILE.expect`
//! lines: `expect|suppressed RULE LINE:COL`).

mod common;

use std::path::{Path, PathBuf};

use common::sglint;
use predicates::prelude::*;
use sglint::scan::{ScanOptions, scan};

type Mark = (String, PathBuf, String, usize, usize);

fn marks(dir: &Path, out: &mut Vec<Mark>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            marks(&path, out);
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        if let Some(target) = path.to_str().and_then(|p| p.strip_suffix(".expect")) {
            for line in text.lines() {
                let parts: Vec<&str> = line.split_whitespace().collect();
                let (l, c) = parts[2].split_once(':').unwrap();
                out.push((
                    parts[0].into(),
                    target.into(),
                    parts[1].into(),
                    l.parse().unwrap(),
                    c.parse().unwrap(),
                ));
            }
            continue;
        }
        for (index, line) in text.lines().enumerate() {
            for kind in ["expect", "suppressed"] {
                for (position, _) in line.match_indices(&format!("{kind}: ")) {
                    let marker = line[position + kind.len() + 2..]
                        .split_whitespace()
                        .next()
                        .unwrap();
                    let (rule, column) = marker.split_once(':').unwrap();
                    out.push((
                        kind.into(),
                        path.clone(),
                        rule.into(),
                        index + 1,
                        column.parse().unwrap(),
                    ));
                }
            }
        }
    }
}

#[test]
fn suppressions_cover_exactly_what_they_mark() {
    let dir = Path::new("tests/fixtures/suppress");
    let mut expected = Vec::new();
    marks(dir, &mut expected);
    expected.sort();
    let result = scan(&ScanOptions {
        paths: vec![dir.into()],
        today: Some((2026, 11, 26)),
        ..ScanOptions::default()
    })
    .unwrap();
    let mut actual: Vec<Mark> = Vec::new();
    for (kind, findings) in [
        ("expect", &result.findings),
        ("suppressed", &result.suppressed),
    ] {
        for finding in findings {
            let start = finding.location.region().start;
            actual.push((
                kind.into(),
                finding.location.file.path().to_path_buf(),
                finding.rule.id.into(),
                start.line,
                start.column,
            ));
        }
    }
    actual.sort();
    assert_eq!(actual, expected);
    let justification = result
        .suppressed
        .iter()
        .find(|f| f.rule.id == "SG002" && f.location.file.path().ends_with("template.yaml"));
    assert_eq!(
        justification
            .unwrap()
            .suppression
            .as_ref()
            .unwrap()
            .justification,
        "jump host, MFA enforced"
    );
}

#[test]
fn no_inline_ignores_shows_everything() {
    let dir = Path::new("tests/fixtures/suppress");
    let result = scan(&ScanOptions {
        paths: vec![dir.into()],
        no_inline_ignores: true,
        ..ScanOptions::default()
    })
    .unwrap();
    assert!(result.suppressed.is_empty());
    assert!(
        result
            .findings
            .iter()
            .all(|finding| finding.rule.id != "SG901")
    );
    assert_eq!(
        result
            .findings
            .iter()
            .filter(|f| f.rule.id == "SG001")
            .count(),
        8
    );
}

#[test]
fn sarif_keeps_suppressed_results_as_dismissed() {
    let output = sglint()
        .args(["--format", "sarif", "tests/fixtures/suppress/template.yaml"])
        .output()
        .unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let suppressed: Vec<&serde_json::Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 3);
    assert_eq!(suppressed[0]["suppressions"][0]["kind"], "inSource");
    assert_eq!(
        suppressed[0]["suppressions"][0]["justification"],
        "public API"
    );
    // The text summary counts them; they do not fail the run on their own.
    sglint()
        .args(["tests/fixtures/suppress/template.yaml"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "2 findings (1 critical, 1 high) in 1 file; 3 suppressed",
        ));
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

const PUBLIC: &str = r#"resource "aws_security_group" "web" {
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#;

fn concise_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = sglint()
        .current_dir(dir)
        .args(["--format", "concise"])
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn configuration_is_found_walking_up_and_nearest_wins() {
    let root = tempfile::tempdir().unwrap();
    let root = root.path();
    write(root, ".sglint.toml", "allowed-ports = [\"tcp:443\"]\n");
    write(root, "infra/web/main.tf", PUBLIC);
    write(root, "infra/legacy/main.tf", PUBLIC);
    write(
        root,
        "infra/legacy/.sglint.toml",
        "ignore = [\"public-sensitive-port\"]\n",
    );

    // From a subdirectory, the root's file applies: 443 is allowed.
    let (code, out, _) = concise_in(&root.join("infra/web"), &["."]);
    assert_eq!(code, 1);
    assert!(!out.contains("tcp/443") && out.contains("SG002"), "{out}");

    // The nearest file wins, whole: legacy ignores SG002 but does not allow 443.
    let (_, out, _) = concise_in(root, &["."]);
    assert!(out.contains("infra/legacy/main.tf:6:20: SG001"), "{out}");
    assert!(!out.contains("infra/legacy/main.tf:12:20"), "{out}");
    assert!(out.contains("infra/web/main.tf:12:20: SG002"), "{out}");
    assert!(!out.contains("infra/web/main.tf:6:20"), "{out}");

    // Flags override the file; --isolated ignores all files; --config replaces them.
    let (_, out, _) = concise_in(root, &["--allow-port", "tcp:22", "infra/web"]);
    assert!(out.contains("tcp/443") && !out.contains("SG002"), "{out}");
    let (_, out, _) = concise_in(root, &["--isolated", "infra/web"]);
    assert!(out.contains("tcp/443") && out.contains("SG002"), "{out}");
    let other = write(root, "other.toml", "select = [\"SG002\"]\n");
    let (_, out, _) = concise_in(root, &["--config", other.to_str().unwrap(), "infra/legacy"]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("SG002"), "{out}");
}

#[test]
fn configuration_keys_take_effect() {
    let root = tempfile::tempdir().unwrap();
    let root = root.path();
    write(
        root,
        ".sglint.toml",
        "fail-on = \"critical\"\nexclude = [\"generated/**\"]\n\n[[per-path]]\npaths = [\"public/**\"]\nignore = [\"SG001\"]\nallowed-ports = [\"tcp:22\"]\n\n[terraform]\nvar-files = [\"prod.tfvars\"]\n",
    );
    write(root, "generated/main.tf", PUBLIC);
    write(root, "public/main.tf", PUBLIC);
    write(
        root,
        "vars/main.tf",
        "variable \"cidr\" {\n  default = \"10.0.0.0/8\"\n}\nresource \"aws_security_group\" \"v\" {\n  ingress {\n    from_port   = 8080\n    to_port     = 8080\n    protocol    = \"tcp\"\n    cidr_blocks = [var.cidr]\n  }\n}\n",
    );
    write(root, "prod.tfvars", "cidr = \"0.0.0.0/0\"\n");
    let (code, out, _) = concise_in(root, &["."]);
    // Only high findings remain: fail-on critical exits 0.
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("generated/"), "excluded: {out}");
    assert!(
        !out.contains("public/"),
        "per-path ignore and allowed ports: {out}"
    );
    // Reported where the public value is written: the var-file's line.
    assert!(out.contains("prod.tfvars:1:8: SG001"), "var-files: {out}");
    // --fail-on on the command line wins over the file.
    let (code, _, _) = concise_in(root, &["--fail-on", "high", "."]);
    assert_eq!(code, 1);
}

#[test]
fn configuration_errors_name_file_line_and_column() {
    let root = tempfile::tempdir().unwrap();
    let root = root.path();
    write(root, "main.tf", PUBLIC);
    let cases = [
        (
            "allowed-ports = [\"tcp:443\"]\nallowed_ports = 1\n",
            "2:1",
            "unknown field `allowed_ports`",
        ),
        (
            "allowed-ports = [\"tcp:99999\"]\n",
            "1:18",
            "invalid port range `99999`",
        ),
        (
            "select = [\"SG001\", \"nope\"]\n",
            "1:20",
            "unknown rule `nope`",
        ),
        ("fail-on = \"always\"\n", "1:11", "invalid fail-on `always`"),
        (
            "[[per-path]]\nignore = [\"SG001\"]\n",
            "1:1",
            "missing field `paths`",
        ),
        (
            "[terraform]\nvar_files = []\n",
            "2:1",
            "unknown field `var_files`",
        ),
    ];
    for (text, position, message) in cases {
        std::fs::write(root.join(".sglint.toml"), text).unwrap();
        let (code, out, err) = concise_in(root, &["."]);
        assert_eq!(code, 2, "{text}: {out}{err}");
        assert!(
            err.contains(&format!(".sglint.toml:{position}: ")),
            "{text}: {err}"
        );
        assert!(err.contains(message), "{text}: {err}");
    }
}

#[test]
fn baseline_survives_edits_and_reports_only_new_findings() {
    let root = tempfile::tempdir().unwrap();
    let root = root.path();
    write(root, "main.tf", PUBLIC);
    let (code, _, err) = concise_in(root, &["--write-baseline", ".sglint-baseline.json", "."]);
    // Recording succeeds, and says what it recorded.
    assert_eq!(code, 0);
    assert!(
        err.contains("recorded 2 findings in .sglint-baseline.json"),
        "{err}"
    );
    let baseline: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join(".sglint-baseline.json")).unwrap())
            .unwrap();
    assert_eq!(baseline["version"], 1);
    assert_eq!(baseline["findings"].as_array().unwrap().len(), 2);
    assert_eq!(baseline["findings"][0]["path"], "main.tf");

    // Lines inserted above, the file reformatted, a new exposure added.
    let edited = format!(
        "# Web tier\n\n\n{}\nresource \"aws_security_group\" \"new\" {{\n  ingress {{\n    from_port = 5432\n    to_port = 5432\n    protocol = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }}\n}}\n",
        PUBLIC.replace("  ", "    ")
    );
    std::fs::write(root.join("main.tf"), edited).unwrap();
    let (code, out, _) = concise_in(root, &["--baseline", ".sglint-baseline.json", "."]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("postgres"), "{out}");
    let output = sglint()
        .current_dir(root)
        .args(["--baseline", ".sglint-baseline.json", "."])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .contains("2 in the baseline")
    );

    // From another directory the same baseline still matches.
    std::fs::create_dir_all(root.join("sub")).unwrap();
    let (_, out, _) = concise_in(
        &root.join("sub"),
        &["--baseline", "../.sglint-baseline.json", ".."],
    );
    assert_eq!(out.lines().count(), 1, "{out}");

    // A broken baseline is a usage error.
    std::fs::write(root.join("bad.json"), "{").unwrap();
    let (code, _, err) = concise_in(root, &["--baseline", "bad.json", "."]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn exit_zero_and_select_ignore_flags() {
    sglint()
        .args(["--exit-zero", "tests/fixtures/SG002/positive.tf"])
        .assert()
        .code(0);
    let output = sglint()
        .args([
            "--format",
            "concise",
            "--select",
            "SG003",
            "tests/fixtures/SG003/positive.tf",
            "tests/fixtures/SG002/positive.tf",
        ])
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.lines().all(|line| line.contains(" SG003 ")), "{out}");
    let output = sglint()
        .args([
            "--format",
            "concise",
            "--ignore",
            "public-sensitive-port,SG001",
            "tests/fixtures/SG002/positive.tf",
        ])
        .output()
        .unwrap();
    assert_eq!(output.stdout, b"");
    sglint().args(["--select", "SG777", "."]).assert().code(2);
}

#[test]
fn rules_reference_is_current() {
    let output = sglint().args(["rules", "--markdown"]).output().unwrap();
    let generated = String::from_utf8(output.stdout).unwrap();
    let committed = std::fs::read_to_string("docs/rules.md").unwrap();
    assert!(
        generated == committed,
        "docs/rules.md is stale: run `cargo run -- rules --markdown > docs/rules.md`"
    );
    for rule in sglint::rules::RULES {
        sglint()
            .args(["explain", rule.id])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("## Why is this bad?"));
        assert!(generated.contains(&format!("## {}", rule.id)));
    }
}
