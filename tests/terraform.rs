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
        // A sidecar `FILE.expect` speaks for a file that cannot hold comments:
        // `RULE LINE:COLUMN [@PATH:LINE:COLUMN]` per line.
        if let Some(target) = file.to_str().and_then(|name| name.strip_suffix(".expect")) {
            for line in text.lines().filter(|line| !line.trim().is_empty()) {
                let mut parts = line.split_whitespace();
                let rule = parts.next().unwrap();
                let (line_number, column) = parts.next().unwrap().split_once(':').unwrap();
                let origin = parts
                    .next()
                    .map(|origin| parse_origin(&file, origin.trim_start_matches('@')));
                expected.push(Expected {
                    path: normalize(Path::new(target)),
                    rule: rule.to_string(),
                    line: line_number.parse().unwrap(),
                    column: column.parse().unwrap(),
                    origin,
                });
            }
            continue;
        }
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
                let origin = origin.map(|origin| parse_origin(&file, origin));
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

/// `PATH:LINE:COLUMN`, the path relative to the marking file.
fn parse_origin(file: &Path, origin: &str) -> (PathBuf, usize, usize) {
    let mut parts = origin.rsplitn(3, ':');
    let column: usize = parts.next().unwrap().parse().unwrap();
    let line: usize = parts.next().unwrap().parse().unwrap();
    let path = normalize(&file.parent().unwrap().join(parts.next().unwrap()));
    (path, line, column)
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
        })
        .expect("scan");
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

mod command_line {
    use assert_cmd::Command;

    fn sglint() -> Command {
        Command::new(assert_cmd::cargo::cargo_bin!("sglint"))
    }

    fn concise(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
        let mut command = sglint();
        command.args(["--format", "concise"]).args(args);
        for (key, value) in env {
            command.env(key, value);
        }
        let output = command.output().unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    }

    const CASE: &str = "tests/fixtures/terraform/variables";

    #[test]
    fn var_overrides_tfvars_and_later_wins() {
        // tfvars made admin_cidrs public; --var makes it private again.
        let (_, out, _) = concise(&["--var", "admin_cidrs=[\"10.0.0.0/8\"]", CASE], &[]);
        assert!(!out.contains("SG002"), "{out}");
        // Later wins: a --var-file after the --var makes it public again.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("public.tfvars");
        std::fs::write(&file, "admin_cidrs = [\"0.0.0.0/0\"]\n").unwrap();
        let (_, out, _) = concise(
            &[
                "--var",
                "admin_cidrs=[\"10.0.0.0/8\"]",
                "--var-file",
                file.to_str().unwrap(),
                CASE,
            ],
            &[],
        );
        assert!(out.contains("main.tf:8:23: SG002"), "{out}");
        let (_, out, _) = concise(
            &[
                "--var-file",
                file.to_str().unwrap(),
                "--var",
                "admin_cidrs=[\"10.0.0.0/8\"]",
                CASE,
            ],
            &[],
        );
        assert!(!out.contains("main.tf:8:23"), "{out}");
    }

    #[test]
    fn environment_is_weakest() {
        // TF_VAR_ is overridden by terraform.tfvars ...
        let (_, out, _) = concise(&[CASE], &[("TF_VAR_admin_cidrs", "[\"10.0.0.0/8\"]")]);
        assert!(out.contains("terraform.tfvars:2:30: SG002"), "{out}");
        // ... but beats a default.
        let (_, out, _) = concise(&[CASE], &[("TF_VAR_app_cidr", "10.0.0.0/8")]);
        assert!(!out.contains("SG001"), "{out}");
    }

    #[test]
    fn origin_is_shown_as_a_note() {
        let output = sglint().args([CASE]).output().unwrap();
        let out = String::from_utf8(output.stdout).unwrap();
        // The finding is at the tfvars line that wrote the value; the rule
        // that applies it and the chain are notes.
        assert!(
            out.contains("--> tests/fixtures/terraform/variables/terraform.tfvars:2:30"),
            "{out}"
        );
        assert!(
            out.contains(
                "= note: applied by `cidr_blocks` (tests/fixtures/terraform/variables/main.tf:8:23)"
            ),
            "{out}"
        );
        assert!(
            out.contains("= note: `0.0.0.0/0` is set for `var.admin_cidrs` in terraform.tfvars\n"),
            "{out}"
        );
    }

    #[test]
    fn values_from_outside_are_converted_to_the_declared_type() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("main.tf"),
            "variable \"public\" {\n  type = bool\n}\n\nvariable \"port\" {\n  type = number\n}\n\nresource \"aws_security_group\" \"x\" {\n  ingress {\n    from_port   = var.port == 8443 ? 8443 : 1\n    to_port     = 8443\n    protocol    = \"tcp\"\n    cidr_blocks = var.public == true ? [\"0.0.0.0/0\"] : [\"10.0.0.0/8\"]\n  }\n}\n",
        )
        .unwrap();
        let root = dir.path().to_str().unwrap();
        let (_, out, _) = concise(&["--var", "public=true", "--var", "port=8443", root], &[]);
        assert!(
            out.contains("main.tf:14:41: SG001 ingress tcp/8443"),
            "{out}"
        );
        let (_, out, _) = concise(
            &[root],
            &[("TF_VAR_public", "false"), ("TF_VAR_port", "8443")],
        );
        assert!(!out.contains("SG00"), "{out}");
        std::fs::write(
            dir.path().join("terraform.tfvars.json"),
            r#"{"public": "true", "port": "8443"}"#,
        )
        .unwrap();
        let (_, out, _) = concise(&[root], &[]);
        assert!(out.contains("SG001 ingress tcp/8443"), "{out}");
    }

    #[test]
    fn the_workspace_is_unknown_unless_given() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("main.tf"),
            "resource \"aws_security_group\" \"x\" {\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = \"tcp\"\n    cidr_blocks = terraform.workspace == \"prod\" ? [\"10.0.0.0/8\"] : [\"0.0.0.0/0\"]\n  }\n}\n",
        )
        .unwrap();
        let root = dir.path().to_str().unwrap();
        let (_, out, _) = concise(&[root], &[]);
        assert!(
            out.contains("main.tf:6:69: SG001 ingress tcp/443 open to `0.0.0.0/0` on `aws_security_group.x` when `terraform.workspace == \"prod\"` is false"),
            "{out}"
        );
        let (code, out, _) = concise(&["--workspace", "prod", root], &[]);
        assert_eq!(code, 0, "{out}");
        let (_, out, _) = concise(&["--workspace", "dev", root], &[]);
        assert!(
            out.contains("main.tf:6:69: SG001 ingress tcp/443 open to `0.0.0.0/0` on `aws_security_group.x`\n"),
            "{out}"
        );
    }

    #[test]
    fn bad_var_file_is_a_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("broken.tfvars");
        std::fs::write(&file, "a = [\n").unwrap();
        sglint()
            .args(["--var-file", file.to_str().unwrap(), CASE])
            .assert()
            .code(2);
        sglint().args(["--var", "novalue", CASE]).assert().code(2);
    }

    #[test]
    fn unreached_modules_are_reported_once_at_the_call() {
        let (code, out, _) = concise(&["tests/fixtures/terraform/remote-module"], &[]);
        assert_eq!(
            out.matches("main.tf:3:8: SG005 `module.db` is not checked: `terraform-aws-modules/rds/aws` is not downloaded")
                .count(),
            1,
            "{out}"
        );
        // The downloaded module's finding fails the run; the note alone would not.
        assert_eq!(code, 1);
    }
}

mod registry_modules {
    use std::path::Path;

    use sglint::scan::{ScanOptions, scan};

    const ROOT: &str = r#"module "web_sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.0"
  name    = "web"

  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["https-443-tcp", "ssh-tcp", "mysql-tcp"]
  ingress_with_cidr_blocks = [
    { rule = "mysql-tcp", cidr_blocks = "10.0.0.0/8,0.0.0.0/0" },
    { from_port = 8080, to_port = 8080, protocol = "tcp", cidr_blocks = "0.0.0.0/0" },
    { rule = "ssh-tcp", cidr_blocks = "10.1.0.0/16" },
    { rule = "all-all" },
  ]
}
"#;

    /// Rule, line, column and message of every finding, in order.
    fn findings(root: &Path) -> Vec<(String, usize, usize, String)> {
        let result = scan(&ScanOptions {
            paths: vec![root.to_path_buf()],
            ..ScanOptions::default()
        })
        .expect("scan");
        result
            .findings
            .iter()
            .map(|finding| {
                let start = finding.location.region().start;
                assert!(
                    finding.location.file.path().ends_with("main.tf")
                        && !finding
                            .location
                            .file
                            .path()
                            .to_string_lossy()
                            .contains(".terraform"),
                    "{}",
                    finding.location.file.path().display()
                );
                (
                    finding.rule.id.to_string(),
                    start.line,
                    start.column,
                    finding.message.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn the_model_and_the_downloaded_module_give_the_same_findings() {
        let dir = tempfile::tempdir().unwrap();
        let modelled = dir.path().join("modelled");
        let installed = dir.path().join("installed");
        let module_dir = installed.join(".terraform/modules/web_sg");
        std::fs::create_dir_all(&modelled).unwrap();
        std::fs::create_dir_all(&module_dir).unwrap();
        std::fs::write(modelled.join("main.tf"), ROOT).unwrap();
        std::fs::write(installed.join("main.tf"), ROOT).unwrap();
        std::fs::copy(
            "tests/fixtures/module-stand-in/main.tf",
            module_dir.join("main.tf"),
        )
        .unwrap();
        std::fs::write(
            installed.join(".terraform/modules/modules.json"),
            r#"{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"web_sg","Source":"registry.terraform.io/terraform-aws-modules/security-group/aws","Version":"5.1.0","Dir":".terraform/modules/web_sg"}]}"#,
        )
        .unwrap();
        let from_model = findings(&modelled);
        let from_download = findings(&installed);
        // ssh, https, mysql from ingress_rules (one place, three ports), mysql
        // and 8080 from ingress_with_cidr_blocks, all-all falling back to
        // ingress_cidr_blocks.
        assert_eq!(from_model.len(), 6, "{from_model:#?}");
        assert_eq!(from_model, from_download);
        // The group is named by address, through `concat(...*.id...)[0]`.
        assert!(
            from_download.iter().all(|(_, _, _, message)| message
                .contains("on `module.web_sg.aws_security_group.this_name_prefix[0]`")),
            "{from_download:#?}"
        );
    }

    #[test]
    fn every_preset_opens_its_rules_at_the_callers_line() {
        let table =
            std::fs::read_to_string("src/terraform/models/security-group/presets.txt").unwrap();
        let presets: Vec<(String, usize)> = table
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('='))
            .map(|(name, rules)| (name.trim().to_string(), rules.split_whitespace().count()))
            .collect();
        assert!(presets.len() > 50, "{presets:?}");
        let dir = tempfile::tempdir().unwrap();
        let mut root = String::new();
        for (name, _) in &presets {
            root.push_str(&format!(
                "module \"{}\" {{\n  source              = \"terraform-aws-modules/security-group/aws//modules/{name}\"\n  ingress_cidr_blocks = [\"0.0.0.0/0\"]\n}}\n\n",
                name.replace('-', "_")
            ));
        }
        std::fs::write(dir.path().join("main.tf"), &root).unwrap();
        let result = scan(&ScanOptions {
            paths: vec![dir.path().to_path_buf()],
            ..ScanOptions::default()
        })
        .expect("scan");
        for (name, rules) in &presets {
            let prefix = format!("module.{}.", name.replace('-', "_"));
            let found: Vec<_> = result
                .findings
                .iter()
                .filter(|finding| {
                    finding
                        .resource
                        .iter()
                        .chain(&finding.also_reaches)
                        .any(|r| r.starts_with(&prefix))
                })
                .collect();
            // Rules of one preset may share a port (then one finding says it).
            assert!(
                !found.is_empty() && found.len() <= *rules,
                "{name}: {found:#?}"
            );
            for finding in found {
                assert!(
                    finding.location.file.path().ends_with("main.tf")
                        && !finding.message.contains("unresolved"),
                    "{name}: {}",
                    finding.message
                );
            }
        }
    }

    #[test]
    fn a_module_literal_reached_from_several_roots_is_one_finding() {
        let result = scan(&ScanOptions {
            paths: vec!["tests/fixtures/terraform/shared-module".into()],
            ..ScanOptions::default()
        })
        .expect("scan");
        let public: Vec<_> = result
            .findings
            .iter()
            .filter(|finding| finding.rule.id == "SG002")
            .collect();
        assert_eq!(public.len(), 1, "{:#?}", result.findings);
        let mut reached: Vec<&str> = public[0]
            .resource
            .iter()
            .chain(&public[0].also_reaches)
            .map(String::as_str)
            .collect();
        reached.sort();
        assert_eq!(
            reached,
            [
                "module.bastion.aws_security_group.this",
                "module.ops.aws_security_group.this",
                "module.support.aws_security_group.this",
            ]
        );
    }
}

mod unchecked_modules {
    fn run(args: &[&str]) -> (i32, String) {
        let output = assert_cmd::Command::new(assert_cmd::cargo::cargo_bin!("sglint"))
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8(output.stdout).unwrap(),
        )
    }

    const CASE: &str = "tests/fixtures/terraform/registry-modules";

    #[test]
    fn an_unknown_registry_module_is_an_sg005_note_in_every_format() {
        let (_, json) = run(&["--format", "json", "--select", "SG005", CASE]);
        let document: serde_json::Value = serde_json::from_str(&json).unwrap();
        let findings = document["findings"].as_array().unwrap();
        assert_eq!(findings.len(), 1, "{json}");
        assert_eq!(findings[0]["rule"], "SG005");
        assert_eq!(findings[0]["severity"], "note");
        assert_eq!(findings[0]["start"]["line"], 128);

        let (code, sarif) = run(&["--format", "sarif", "--select", "SG005", CASE]);
        // A note never fails the run.
        assert_eq!(code, 0);
        let log: serde_json::Value = serde_json::from_str(&sarif).unwrap();
        let result = &log["runs"][0]["results"][0];
        assert_eq!(result["ruleId"], "SG005");
        assert_eq!(result["level"], "note");
        assert_eq!(
            result["locations"][0]["physicalLocation"]["region"]["startLine"],
            128
        );

        let (_, github) = run(&["--format", "github", "--select", "SG005", CASE]);
        assert!(
            github.contains(
                "::notice file=tests/fixtures/terraform/registry-modules/main.tf,line=128,col=8"
            ),
            "{github}"
        );
    }

    #[test]
    fn a_source_terraform_rejects_says_so() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("modules/sg")).unwrap();
        std::fs::write(
            dir.path().join("modules/sg/main.tf"),
            "resource \"aws_security_group\" \"x\" {}\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("main.tf"),
            "module \"sg\" {\n  source = \"modules/sg\"\n}\n",
        )
        .unwrap();
        let (_, out) = run(&["--format", "concise", dir.path().to_str().unwrap()]);
        assert!(
            out.contains("main.tf:1:8: SG005 `module.sg` is not checked: `modules/sg` is not a local path to Terraform"),
            "{out}"
        );
    }
}
