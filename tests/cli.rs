//! End-to-end tests of the `sglint` binary: exit codes, formats, options.

mod common;

use std::path::{Path, PathBuf};

use common::sglint;
use predicates::prelude::*;

#[test]
fn exit_0_when_nothing_is_public() {
    sglint()
        .args([
            "tests/fixtures/SG001/negative.tf",
            "tests/fixtures/SG003/negative.tf",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("no findings in 2 files"));
}

#[test]
fn unresolved_ports_say_why() {
    // The message names only the expression; the note gives the reason and
    // where the unknown value is written.
    sglint()
        .arg("tests/fixtures/terraform/conditions")
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "= note: the ports `local.high` cannot be resolved: the rule's protocol and ports make more than 32 combinations of unknown conditions (tests/fixtures/terraform/conditions/main.tf:63:23)",
        ));
}

#[test]
fn exit_1_on_findings() {
    sglint()
        .arg("tests/fixtures/SG002/positive.tf")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("critical[SG002]"))
        .stdout(predicate::str::contains(
            "6 findings (6 critical) in 1 file",
        ));
}

#[test]
fn exit_2_on_a_missing_path() {
    sglint()
        .args(["tests/fixtures/SG001", "does/not/exist"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "sglint: does/not/exist: no such file or directory",
        ));
}

#[test]
fn exit_2_on_a_bad_allowed_port() {
    sglint()
        .args(["--allow-port", "tcp:http", "tests/fixtures/SG001"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "invalid port range `http` in `tcp:http`",
        ));
    sglint()
        .args(["--allow-port", "tcp", "tests/fixtures/SG001"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`tcp` has no port"));
}

#[test]
fn exit_2_on_an_unknown_format_or_rule() {
    sglint().args(["--format", "xml", "."]).assert().code(2);
    sglint()
        .args(["explain", "SG999"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown rule `SG999`"));
}

#[test]
fn notes_do_not_fail_the_run() {
    sglint()
        .arg("tests/fixtures/SG004/positive.tf")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("note[SG004]"));
}

#[test]
fn unparseable_files_fail_the_run() {
    sglint()
        .args(["--format", "concise", "tests/fixtures/SG900/broken.tf"])
        .assert()
        .code(1)
        .stdout("tests/fixtures/SG900/broken.tf:7:3: SG900 invalid HCL: expected `]`\n");
}

#[test]
fn fail_on_sets_the_threshold() {
    // SG001 is high: not enough for --fail-on critical.
    sglint()
        .args(["--fail-on", "critical", "tests/fixtures/SG001/positive.tf"])
        .assert()
        .code(0);
    sglint()
        .args(["--fail-on", "high", "tests/fixtures/SG001/positive.tf"])
        .assert()
        .code(1);
    sglint()
        .args(["--fail-on", "never", "tests/fixtures/SG002/positive.tf"])
        .assert()
        .code(0);
}

#[test]
fn allow_port_removes_findings() {
    sglint()
        .args([
            "--format",
            "concise",
            "--allow-port",
            "tcp:8080",
            "tests/fixtures/SG001/positive.tf",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(":14:20:").not())
        .stdout(predicate::str::contains(":22:25: SG001"));
    // The form sglint prints (`tcp/443`) and comma-separated lists.
    sglint()
        .args([
            "--format",
            "concise",
            "--allow-port",
            "tcp/8080,tcp:443",
            "tests/fixtures/SG001/positive.tf",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(":14:20:").not())
        .stdout(predicate::str::contains(":22:25:").not());
}

#[test]
fn output_file_receives_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.sarif");
    sglint()
        .args(["--format", "sarif", "--output"])
        .arg(&out)
        .arg("tests/fixtures/SG002/positive.tf")
        .assert()
        .code(1)
        .stdout("");
    let sarif: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 6);
}

#[test]
fn default_path_is_the_current_directory() {
    sglint()
        .current_dir("tests/fixtures/SG003")
        .args(["--format", "concise"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "positive.cfn.yaml:10:19: SG003",
        ))
        .stdout(predicate::str::contains("\npositive.tf:10:20: SG003"));
}

#[test]
fn color_is_off_when_piped_and_on_when_forced() {
    sglint()
        .arg("tests/fixtures/SG002/positive.tf")
        .assert()
        .stdout(predicate::str::contains("\x1b[").not());
    sglint()
        .args(["--color", "always", "tests/fixtures/SG002/positive.tf"])
        .assert()
        .stdout(predicate::str::contains("\x1b[1;97;41mcritical[SG002]"));
}

#[test]
fn json_output_is_documented_shape() {
    let output = sglint()
        .args(["--format", "json", "tests/fixtures/SG001/positive.tf"])
        .output()
        .unwrap();
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(document["version"], 1);
    assert_eq!(document["summary"]["findings"], 7);
    let first = &document["findings"][0];
    assert_eq!(first["rule"], "SG001");
    assert_eq!(first["path"], "tests/fixtures/SG001/positive.tf");
    assert_eq!(first["start"]["line"], 14);
    assert_eq!(first["start"]["column"], 20);
    assert_eq!(first["end"]["column"], 31);
    assert_eq!(first["resource"], "aws_security_group.api");
    assert_eq!(first["traffic"], "tcp/8080");
    assert_eq!(first["source"], "0.0.0.0/0");
    assert_eq!(first["fingerprint"].as_str().unwrap().len(), 16);
}

#[test]
fn rules_and_explain() {
    sglint()
        .arg("rules")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("SG002  public-sensitive-port"))
        .stdout(predicate::str::contains("SG900  unparseable-file"));
    for key in ["SG001", "sg002", "public-all-traffic", "SG004", "SG900"] {
        sglint()
            .args(["explain", key])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("## What it does"))
            .stdout(predicate::str::contains("## Example"));
    }
}

#[test]
fn bundled_fixtures_scan() {
    sglint()
        .arg("fixtures")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("aws_security_group.bastion"));
}

/// The SARIF output validates against the SARIF 2.1.0 schema in
/// `../shared/schemas` (present in CI; elsewhere set `SGLINT_SARIF_SCHEMA`).
#[test]
fn sarif_validates_against_the_schema() {
    let schema_path = std::env::var_os("SGLINT_SARIF_SCHEMA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/schemas/sarif-2.1.0.json"));
    if !schema_path.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "SARIF schema missing in CI: {}",
            schema_path.display()
        );
        eprintln!("skipping: no SARIF schema at {}", schema_path.display());
        return;
    }
    let schema: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for target in [
        "tests/fixtures",
        "fixtures",
        "tests/fixtures/SG001/negative.tf",
    ] {
        let output = sglint()
            .args(["--format", "sarif", target])
            .output()
            .unwrap();
        let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{target}: {errors:#?}");
    }
    // The validator itself rejects an invalid level, so the check is real.
    let mut broken = serde_json::from_slice::<serde_json::Value>(
        &sglint()
            .args(["--format", "sarif", "tests/fixtures/SG002/positive.tf"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&broken));
}

#[test]
fn sarif_carries_what_code_scanning_shows() {
    let output = sglint()
        .args(["--format", "sarif", "tests/fixtures/SG001/positive.tf"])
        .output()
        .unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let sg002 = rules.iter().find(|rule| rule["id"] == "SG002").unwrap();
    assert_eq!(sg002["properties"]["security-severity"], "9.5");
    assert!(
        sg002["properties"]["tags"]
            .as_array()
            .unwrap()
            .contains(&"security".into())
    );
    assert!(
        sg002["help"]["markdown"]
            .as_str()
            .unwrap()
            .contains("Use instead")
    );
    let result = &run["results"][0];
    assert_eq!(result["level"], "error");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        "tests/fixtures/SG001/positive.tf"
    );
    assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    assert_eq!(location["region"]["startLine"], 14);
    assert!(
        result["partialFingerprints"]
            .get("primaryLocationLineHash")
            .is_none()
    );
    // The union of two halves lists the second half as a related location.
    let halves = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["locations"][0]["physicalLocation"]["region"]["startLine"] == 41)
        .unwrap();
    assert_eq!(
        halves["relatedLocations"][0]["physicalLocation"]["region"]["startColumn"],
        37
    );
}

#[test]
fn paths_are_relative_as_given() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    sglint()
        .current_dir(here.join("tests"))
        .args(["--format", "concise", "./fixtures/SG003/positive.tf"])
        .assert()
        .stdout(predicate::str::starts_with(
            "fixtures/SG003/positive.tf:10:20:",
        ));
}

const PUBLIC_SSH: &str = r#"resource "aws_security_group" "x" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#;

#[test]
fn discovery_respects_ignores_and_stays_in_the_tree() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("outside.tf"), PUBLIC_SSH).unwrap();
    let root = tempfile::tempdir().unwrap();
    let root = root.path();
    std::fs::write(root.join("main.tf"), PUBLIC_SSH).unwrap();
    std::fs::write(root.join("notes.txt"), PUBLIC_SSH).unwrap();
    std::fs::create_dir_all(root.join(".terraform/modules/vpc")).unwrap();
    std::fs::write(root.join(".terraform/modules/vpc/main.tf"), PUBLIC_SSH).unwrap();
    std::fs::create_dir_all(root.join("build")).unwrap();
    std::fs::write(root.join("build/generated.tf"), PUBLIC_SSH).unwrap();
    std::fs::write(root.join(".gitignore"), "build/\n").unwrap();
    std::fs::create_dir_all(root.join(".hidden")).unwrap();
    std::fs::write(root.join(".hidden/hidden.tf"), PUBLIC_SSH).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(outside.path(), root.join("linked-dir")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("outside.tf"), root.join("linked.tf"))
            .unwrap();
        std::os::unix::fs::symlink(root, root.join("loop")).unwrap();
    }
    let output = sglint()
        .current_dir(root)
        .args(["--format", "concise", "."])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let files: Vec<&str> = stdout
        .lines()
        .map(|line| line.split(':').next().unwrap())
        .collect();
    assert_eq!(files, vec![".hidden/hidden.tf", "main.tf"], "{stdout}");

    // A file named on the command line is scanned even when ignored.
    sglint()
        .current_dir(root)
        .args(["--format", "concise", "build/generated.tf"])
        .assert()
        .code(1);
}

#[test]
fn runs_are_deterministic() {
    let first = sglint()
        .args(["--format", "json", "tests/fixtures", "fixtures"])
        .output()
        .unwrap();
    let second = sglint()
        .args(["--format", "json", "fixtures", "tests/fixtures"])
        .output()
        .unwrap();
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn github_format_escapes_and_summarises() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    let name = "odd,name:100%.tf";
    std::fs::write(dir.path().join(name), PUBLIC_SSH).unwrap();
    let output = sglint()
        .current_dir(dir.path())
        .env("GITHUB_WORKSPACE", dir.path())
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(["--format", "github", "."])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = String::from_utf8(output.stdout).unwrap();
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with("::error file=odd%2Cname%3A100%25.tf,line=6,col=20,endLine=6,endColumn=31,title=SG002 public-sensitive-port::ingress tcp/22 (ssh)"),
        "{first}"
    );
    // The help goes on a second line of the message, escaped.
    assert!(first.contains("%0Ahelp: restrict"), "{first}");
    assert!(
        out.contains("\nsglint: 1 finding (1 critical) in 1 file; 1 security group checked\n"),
        "{out}"
    );
}

#[test]
fn github_format_says_when_annotations_are_cut_and_writes_the_job_summary() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::new();
    for index in 0..12 {
        text.push_str(&PUBLIC_SSH.replace("\"x\"", &format!("\"x{index}\"")));
    }
    std::fs::write(dir.path().join("main.tf"), text).unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "previous step\n").unwrap();
    let output = sglint()
        .current_dir(dir.path())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["--format", "github", "."])
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        out.lines()
            .filter(|line| line.starts_with("::error "))
            .count(),
        12
    );
    assert!(
        out.contains("GitHub shows at most 10 errors and 10 warnings per step"),
        "{out}"
    );
    let written = std::fs::read_to_string(&summary).unwrap();
    assert!(
        written.starts_with("previous step\n## sglint\n"),
        "{written}"
    );
    assert_eq!(
        written
            .lines()
            .filter(|line| line.starts_with("| critical | SG002"))
            .count(),
        12
    );
}

#[test]
fn several_outputs_from_one_scan() {
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("a.sarif");
    let json = dir.path().join("a.json");
    let output = sglint()
        .args(["--format", "concise", "--sarif-output"])
        .arg(&sarif)
        .arg("--output")
        .arg(format!("json={}", json.display()))
        .arg("tests/fixtures/SG002/positive.tf")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 6);
    let sarif: serde_json::Value = serde_json::from_slice(&std::fs::read(&sarif).unwrap()).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 6);
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(json["summary"]["findings"], 6);
    sglint()
        .args(["--output", "a.txt", "--output", "b.txt", "."])
        .assert()
        .code(2);
}

#[test]
fn sarif_paths_are_relative_to_the_repository_root() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let absolute = here.join("tests/fixtures/SG003/positive.tf");
    let output = sglint()
        .current_dir(here.join("tests"))
        .env_remove("GITHUB_WORKSPACE")
        .args(["--format", "sarif"])
        .arg(&absolute)
        .output()
        .unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let uri = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        ["uri"];
    assert_eq!(uri, "tests/fixtures/SG003/positive.tf");
}

#[test]
fn readme_workflow_is_the_validated_one() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let workflow = std::fs::read_to_string("docs/github-workflow.yml").unwrap();
    assert!(
        readme.contains(&workflow),
        "README's workflow differs from docs/github-workflow.yml"
    );
}

#[test]
fn git_crypt_encrypted_files_are_notes_not_sg900() {
    let dir = tempfile::tempdir().unwrap();
    let encrypted = b"\0GITCRYPT\0\x01\x02ciphertext\x00";
    std::fs::write(dir.path().join("secret.tf"), encrypted).unwrap();
    std::fs::write(dir.path().join("stack.template"), encrypted).unwrap();
    std::fs::write(dir.path().join("visible.tf"), PUBLIC_SSH).unwrap();
    let output = sglint()
        .args(["--format", "concise"])
        .arg(dir.path())
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(!out.contains("SG900"), "{out}");
    // The readable file next to them is still checked.
    assert!(out.contains("visible.tf:6:20: SG002"), "{out}");
    assert!(
        err.contains("secret.tf: encrypted with git-crypt; its resources are not checked"),
        "{err}"
    );
    assert!(
        err.contains("stack.template: encrypted with git-crypt; not checked"),
        "{err}"
    );
    // Any other binary file that claims to be Terraform is still SG900.
    std::fs::write(dir.path().join("broken.tf"), b"\x00\x01binary").unwrap();
    let output = sglint()
        .args(["--format", "concise"])
        .arg(dir.path())
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.contains("broken.tf:1:1: SG900"), "{out}");
}

#[test]
fn github_annotations_carry_no_raw_control_characters_and_come_most_severe_first() {
    let dir = tempfile::tempdir().unwrap();
    // A resource name with an escape sequence and a bidi override, and a
    // high finding in a file that sorts before the critical one.
    std::fs::write(
        dir.path().join("a.tf.json"),
        "{\"resource\": {\"aws_security_group\": {\"x\\u001b[31m\\u202egnp\": {\"ingress\": [{\"from_port\": 8080, \"to_port\": 8080, \"protocol\": \"tcp\", \"cidr_blocks\": [\"0.0.0.0/0\"]}]}}}}",
    )
    .unwrap();
    std::fs::write(dir.path().join("b.tf"), PUBLIC_SSH).unwrap();
    let output = sglint()
        .current_dir(dir.path())
        .env("GITHUB_WORKSPACE", dir.path())
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(["--format", "github", "."])
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(
        !out.contains('\u{1b}') && !out.contains('\u{202e}'),
        "{out:?}"
    );
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].contains("title=SG002"), "{out}");
    assert!(
        lines[1].contains("title=SG001") && lines[1].contains("file=a.tf.json"),
        "{out}"
    );
}

/// A minimal cloud assembly in `dir` with one public template, `name`.
fn write_assembly(dir: &std::path::Path, name: &str, nested: bool) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(
        dir.join("manifest.json"),
        format!("{{\"version\": \"36.0.0\", \"artifacts\": {{\"{name}\": {{\"type\": \"aws:cloudformation:stack\", \"properties\": {{\"templateFile\": \"{name}.template.json\"}}}}}}}}"),
    )
    .unwrap();
    let template = |port: u16| {
        format!(
            "{{\"Resources\": {{\"Sg\": {{\"Type\": \"AWS::EC2::SecurityGroup\", \"Properties\": {{\"GroupDescription\": \"x\", \"SecurityGroupIngress\": [{{\"IpProtocol\": \"tcp\", \"FromPort\": {port}, \"ToPort\": {port}, \"CidrIp\": \"0.0.0.0/0\"}}]}}}}}}}}"
        )
    };
    std::fs::write(dir.join(format!("{name}.template.json")), template(22)).unwrap();
    if nested {
        std::fs::write(
            dir.join(format!("{name}Db.nested.template.json")),
            template(5432),
        )
        .unwrap();
    }
}

#[test]
fn discovery_reads_what_ci_reads() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("repo");
    std::fs::create_dir_all(root.join("infra")).unwrap();
    // ripgrep's .ignore is local to a machine: it does not hide files.
    std::fs::write(root.join(".ignore"), "infra/\n").unwrap();
    std::fs::write(root.join("infra/main.tf"), PUBLIC_SSH).unwrap();
    // A link to a file of the tree is read; one leading outside is not.
    std::fs::create_dir_all(dir.path().join("outside")).unwrap();
    std::fs::write(dir.path().join("outside/other.tf"), PUBLIC_SSH).unwrap();
    std::fs::create_dir_all(root.join("linked")).unwrap();
    std::os::unix::fs::symlink("../infra/main.tf", root.join("linked/main.tf")).unwrap();
    std::os::unix::fs::symlink("../../outside/other.tf", root.join("linked/other.tf")).unwrap();
    // A CDK app whose cdk.json sets another output directory, ignored by
    // git, with a nested stack's template.
    std::fs::create_dir_all(root.join("app")).unwrap();
    std::fs::write(
        root.join("app/cdk.json"),
        "{\"app\": \"npx ts-node bin/app.ts\", \"output\": \"build/assembly\"}",
    )
    .unwrap();
    std::fs::write(root.join("app/.gitignore"), "build/\n").unwrap();
    write_assembly(&root.join("app/build/assembly"), "AppStack", true);
    // A cdk.out that links outside the scanned tree is not followed.
    write_assembly(&dir.path().join("outside/cdk.out"), "Outside", false);
    std::fs::create_dir_all(root.join("other-app")).unwrap();
    std::os::unix::fs::symlink("../../outside/cdk.out", root.join("other-app/cdk.out")).unwrap();

    let output = sglint()
        .current_dir(&root)
        .args(["--format", "concise", "."])
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.contains("infra/main.tf:6:20: SG002"), "{out}");
    assert!(out.contains("linked/main.tf:6:20: SG002"), "{out}");
    assert!(!out.contains("other.tf"), "{out}");
    assert!(
        out.contains("app/build/assembly/AppStack.template.json"),
        "{out}"
    );
    assert!(out.contains("AppStackDb.nested.template.json"), "{out}");
    assert!(!out.contains("Outside"), "{out}");
}

#[test]
fn files_git_tracks_are_scanned_even_when_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let Some(git) = common::git_repository(root) else {
        return;
    };
    std::fs::write(root.join(".gitignore"), "generated/\nscratch/\n").unwrap();
    std::fs::create_dir_all(root.join("generated")).unwrap();
    std::fs::write(root.join("generated/main.tf"), PUBLIC_SSH).unwrap();
    std::fs::create_dir_all(root.join("scratch")).unwrap();
    std::fs::write(root.join("scratch/main.tf"), PUBLIC_SSH).unwrap();
    // Force-added: deployed, so scanned; the untracked ignored file is not.
    let added = git(&["add", "-f", "generated/main.tf"]).unwrap();
    assert!(added.status.success());
    let output = sglint()
        .current_dir(root)
        .args(["--format", "concise", "."])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let files: Vec<&str> = stdout
        .lines()
        .map(|line| line.split(':').next().unwrap())
        .collect();
    assert_eq!(files, vec!["generated/main.tf"], "{stdout}");
}

/// A module whose SSH rule is private only through its tfvars.
fn module_kept_private_by_tfvars(root: &Path) {
    std::fs::create_dir_all(root.join("infra")).unwrap();
    std::fs::write(
        root.join("infra/main.tf"),
        "variable \"admin_cidr\" {\n  default = \"0.0.0.0/0\"\n}\n\nresource \"aws_security_group_rule\" \"ssh\" {\n  type              = \"ingress\"\n  security_group_id = \"sg-123\"\n  protocol          = \"tcp\"\n  from_port         = 22\n  to_port           = 22\n  cidr_blocks       = [var.admin_cidr]\n}\n",
    )
    .unwrap();
    std::fs::write(
        root.join("infra/terraform.tfvars"),
        "admin_cidr = \"10.0.0.0/8\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(root.join("other")).unwrap();
    std::fs::write(root.join("other/main.tf"), PUBLIC_SSH).unwrap();
}

#[test]
fn a_deleted_file_puts_its_module_in_focus() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    module_kept_private_by_tfvars(root);
    sglint()
        .current_dir(root)
        .args(["--format", "concise", "infra/main.tf"])
        .assert()
        .code(0);
    std::fs::remove_file(root.join("infra/terraform.tfvars")).unwrap();
    // Only the deletion: its module is checked, not the whole tree.
    let output = sglint()
        .current_dir(root)
        .args(["--format", "concise", "--deleted", "infra/terraform.tfvars"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("infra/main.tf:2:13: SG002"), "{stdout}");
    assert!(!stdout.contains("other/"), "{stdout}");
    // A deleted template, or a directory that is gone, puts nothing in focus.
    sglint()
        .current_dir(root)
        .args([
            "--format",
            "concise",
            "--deleted",
            "gone/stack.yaml",
            "--deleted",
            "gone/main.tf",
        ])
        .assert()
        .code(0);
}

#[test]
fn the_pre_commit_wrapper_passes_staged_deletions() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let Some(git) = common::git_repository(root) else {
        return;
    };
    module_kept_private_by_tfvars(root);
    std::fs::remove_file(root.join("other/main.tf")).unwrap();
    assert!(git(&["add", "."]).unwrap().status.success());
    let commit = git(&[
        "-c",
        "user.email=ci@example.com",
        "-c",
        "user.name=CI",
        "-c",
        "commit.gpgsign=false",
        "commit",
        "-q",
        "-m",
        "private by tfvars",
    ])
    .unwrap();
    assert!(commit.status.success(), "{commit:?}");
    let wrapper = env!("CARGO_BIN_EXE_sglint-pre-commit");
    // Nothing staged: nothing to check, at once.
    let quiet = std::process::Command::new(wrapper)
        .current_dir(root)
        .output()
        .unwrap();
    assert_eq!(quiet.status.code(), Some(0));
    // The tfvars deleted, an unrelated file staged: the commit must fail.
    assert!(
        git(&["rm", "-q", "infra/terraform.tfvars"])
            .unwrap()
            .status
            .success()
    );
    std::fs::write(root.join("README.md"), "notes\n").unwrap();
    assert!(git(&["add", "README.md"]).unwrap().status.success());
    let run = std::process::Command::new(wrapper)
        .current_dir(root)
        .args(["--format", "concise"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("infra/main.tf:2:13: SG002"), "{stdout}");
}

#[test]
fn github_annotations_merge_the_ports_of_one_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.tf"),
        "resource \"aws_security_group\" \"admin\" {}\n\nresource \"aws_security_group_rule\" \"a\" {\n  for_each          = toset([\"22\", \"3389\"])\n  type              = \"ingress\"\n  security_group_id = aws_security_group.admin.id\n  protocol          = \"tcp\"\n  from_port         = each.value\n  to_port           = each.value\n  cidr_blocks       = [\"0.0.0.0/0\"]\n}\n",
    )
    .unwrap();
    let output = sglint()
        .current_dir(dir.path())
        .env("GITHUB_WORKSPACE", dir.path())
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(["--format", "github", "."])
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    let annotations: Vec<&str> = out.lines().filter(|line| line.starts_with("::")).collect();
    assert_eq!(annotations.len(), 1, "{out}");
    assert!(
        annotations[0].contains("::ingress tcp/22 (ssh), tcp/3389 (rdp) open to `0.0.0.0/0` on `aws_security_group.admin`%0Ahelp:"),
        "{out}"
    );
}

#[test]
fn quiet_prints_findings_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.tf"), PUBLIC_SSH).unwrap();
    std::fs::write(
        dir.path().join("modules.tf"),
        "module \"x\" {\n  source = \"example-corp/thing/aws\"\n}\n",
    )
    .unwrap();
    let loud = sglint()
        .args(["--format", "concise"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&loud.stderr).contains("1 module call to 1 source is not checked"),
        "{loud:?}"
    );
    // In text output, one line for the unchecked call; its SG005 diagnostic
    // only with --verbose.
    let text = sglint().arg(dir.path()).output().unwrap();
    let text_err = String::from_utf8_lossy(&text.stderr);
    assert!(text_err.contains("--verbose lists them"), "{text:?}");
    assert!(
        !String::from_utf8_lossy(&text.stdout).contains("SG005"),
        "{text:?}"
    );
    let verbose = sglint().arg("--verbose").arg(dir.path()).output().unwrap();
    assert!(
        String::from_utf8_lossy(&verbose.stdout).contains("note[SG005]"),
        "{verbose:?}"
    );
    let quiet = sglint()
        .args(["--format", "concise", "-q"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(quiet.status.code(), Some(1));
    assert!(
        quiet.stderr.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&quiet.stderr)
    );
    assert!(String::from_utf8_lossy(&quiet.stdout).contains("main.tf:6:20: SG002"));
}

#[test]
fn command_line_conventions() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("main.tf"), PUBLIC_SSH).unwrap();
    std::fs::create_dir_all(root.join("legacy")).unwrap();
    std::fs::write(root.join("legacy/old.tf"), PUBLIC_SSH).unwrap();
    std::fs::write(root.join("notes.txt"), "not infrastructure\n").unwrap();

    // `--output json` is a file named json: refused with the hint.
    let refused = sglint()
        .current_dir(root)
        .args(["--output", "json", "."])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("use `--format json`"));
    assert!(!root.join("json").exists());

    // --exclude on the command line, relative to the current directory.
    let excluded = sglint()
        .current_dir(root)
        .args(["--format", "concise", "--exclude", "legacy/**", "."])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&excluded.stdout);
    assert!(
        out.contains("main.tf:6:20") && !out.contains("legacy"),
        "{out}"
    );

    // FORCE_COLOR colours a pipe; critical and high look different.
    let colored = sglint()
        .current_dir(root)
        .env("FORCE_COLOR", "1")
        .env_remove("NO_COLOR")
        .arg("main.tf")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&colored.stdout);
    assert!(text.contains("\u{1b}[1;97;41mcritical"), "{text}");
    let plain = sglint().current_dir(root).arg("main.tf").output().unwrap();
    assert!(!String::from_utf8_lossy(&plain.stdout).contains('\u{1b}'));

    // A file named on the command line that sglint does not read is said.
    let named = sglint()
        .current_dir(root)
        .arg("notes.txt")
        .output()
        .unwrap();
    assert_eq!(named.status.code(), Some(0));
    let err = String::from_utf8_lossy(&named.stderr);
    assert!(
        err.contains("notes.txt: not a Terraform, CloudFormation or CDK file"),
        "{err}"
    );
    assert!(
        String::from_utf8_lossy(&named.stdout)
            .contains("no Terraform, CloudFormation or CDK files found")
    );

    // Shell completions.
    let completions = sglint().args(["completions", "bash"]).output().unwrap();
    assert!(String::from_utf8_lossy(&completions.stdout).contains("_sglint()"));
}

#[test]
fn rules_as_json_and_a_rules_directory_is_not_shadowed() {
    let listed = sglint()
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(listed.status.code(), Some(0));
    let rules: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let rules = rules.as_array().unwrap();
    assert!(rules.len() >= 7);
    assert_eq!(rules[1]["id"], "SG002");
    assert!(
        rules[1]["help_uri"]
            .as_str()
            .unwrap()
            .ends_with("docs/rules.md#sg002")
    );

    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("rules")).unwrap();
    std::fs::write(dir.path().join("rules/main.tf"), PUBLIC_SSH).unwrap();
    let shadowed = sglint()
        .current_dir(dir.path())
        .arg("rules")
        .output()
        .unwrap();
    assert_eq!(shadowed.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&shadowed.stderr).contains("`sglint ./rules`"));
    sglint()
        .current_dir(dir.path())
        .arg("./rules")
        .assert()
        .code(1);
    sglint()
        .current_dir(dir.path())
        .args(["rules", "--list"])
        .assert()
        .code(0);
}

#[test]
fn sensitive_ports_are_configurable() {
    let dir = tempfile::tempdir().unwrap();
    let rule = |name: &str, port: u16| {
        format!(
            "resource \"aws_security_group_rule\" \"{name}\" {{\n  type              = \"ingress\"\n  security_group_id = \"sg-1\"\n  protocol          = \"tcp\"\n  from_port         = {port}\n  to_port           = {port}\n  cidr_blocks       = [\"0.0.0.0/0\"]\n}}\n"
        )
    };
    std::fs::write(
        dir.path().join("main.tf"),
        [rule("admin", 9999), rule("ftp", 21), rule("ssh", 22)].concat(),
    )
    .unwrap();
    std::fs::write(
        dir.path().join(".sglint.toml"),
        "[sensitive-ports]\nadd = [\"tcp:9999 admin-ui\"]\nremove = [\"ftp\"]\n",
    )
    .unwrap();
    let output = sglint()
        .current_dir(dir.path())
        .args(["--format", "concise", "."])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        out.contains("SG002 ingress tcp/9999 (admin-ui) open"),
        "{out}"
    );
    assert!(out.contains("SG001 ingress tcp/21 open"), "{out}");
    assert!(out.contains("SG002 ingress tcp/22 (ssh) open"), "{out}");
    // A service sglint does not know is a configuration error with its place.
    std::fs::write(
        dir.path().join(".sglint.toml"),
        "[sensitive-ports]\nremove = [\"gopher\"]\n",
    )
    .unwrap();
    let bad = sglint().current_dir(dir.path()).arg(".").output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains(".sglint.toml:2:"),
        "{bad:?}"
    );
}
