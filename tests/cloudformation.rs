//! CloudFormation and CDK end to end: parameters, CDK assemblies, ignore
//! rules, duplicate keys, positions in unusual encodings, the real-world
//! corpus.

mod common;

use std::path::Path;

use common::{copy_tree, sglint};
use predicates::prelude::*;

fn concise(args: &[&str]) -> (i32, String, String) {
    let output = sglint()
        .args(["--format", "concise"])
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn parameter_values_override_defaults() {
    let template = "tests/fixtures/SG004/positive.cfn.yaml";
    let (code, out, _) = concise(&[template]);
    assert_eq!(code, 0, "only notes without a value");
    assert!(out.contains(":14:24: SG004"), "{out}");

    let (code, out, _) = concise(&["--parameter", "AdminCidr=0.0.0.0/0", template]);
    assert_eq!(code, 1);
    assert!(
        out.contains(":14:24: SG002 ingress tcp/22 (ssh) open to `0.0.0.0/0`"),
        "{out}"
    );

    // And the reverse: a public default made private on the command line.
    let (code, out, _) = concise(&[
        "--parameter",
        "SshLocation=10.0.0.0/8",
        "tests/fixtures/SG002/positive.cfn.json",
    ]);
    assert_eq!(code, 1);
    assert!(!out.contains(":24:32:"), "{out}");
}

#[test]
fn parameters_files_in_every_shape() {
    for file in [
        "parameters-create-stack.json",
        "parameters-codepipeline.json",
        "parameters-overrides.json",
    ] {
        let path = format!("tests/fixtures/cfn/{file}");
        let (code, out, err) = concise(&[
            "--parameters",
            &path,
            "tests/fixtures/SG004/positive.cfn.yaml",
        ]);
        assert_eq!(code, 1, "{file}: {err}");
        // Reported where the value was written: the parameters file.
        assert!(
            out.contains(&format!("{path}:")) && out.contains(": SG002"),
            "{file}: {out}"
        );
    }
    // The finding points into the parameters file; the template's
    // attribute that applies the value is the first related location.
    let output = sglint()
        .args([
            "--format",
            "json",
            "--parameters",
            "tests/fixtures/cfn/parameters-create-stack.json",
        ])
        .arg("tests/fixtures/SG004/positive.cfn.yaml")
        .output()
        .unwrap();
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let finding = document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["rule"] == "SG002")
        .unwrap();
    assert_eq!(
        finding["path"],
        "tests/fixtures/cfn/parameters-create-stack.json"
    );
    assert_eq!(finding["start"]["line"], 2);
    let related = &finding["related"][0];
    assert_eq!(related["path"], "tests/fixtures/SG004/positive.cfn.yaml");
    assert_eq!(related["start"]["line"], 14);
}

#[test]
fn bad_parameters_are_usage_errors() {
    sglint()
        .args(["--parameter", "novalue", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("NAME=VALUE"));
    sglint()
        .args([
            "--parameters",
            "tests/fixtures/cfn/duplicate-keys.yaml",
            ".",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "duplicate-keys.yaml:1:1: invalid JSON",
        ));
}

#[test]
fn duplicate_keys_are_reported_and_the_last_wins() {
    let (code, out, err) = concise(&["tests/fixtures/cfn/duplicate-keys.yaml"]);
    assert_eq!(code, 1);
    assert!(out.contains("duplicate-keys.yaml:12:19: SG002"), "{out}");
    assert!(
        err.contains("duplicate-keys.yaml:12:11: duplicate key `CidrIp`"),
        "{err}"
    );
}

#[test]
fn cdk_assemblies_with_stages_and_construct_paths() {
    let (code, out, _) = concise(&["tests/fixtures/cdk/cdk.out"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].starts_with("tests/fixtures/cdk/cdk.out/ApiStack.template.json:16:17: SG001"));
    assert!(lines[0].ends_with("on `ApiStack/Service/SecurityGroup`"));
    assert!(lines[2].starts_with(
        "tests/fixtures/cdk/cdk.out/assembly-Prod/ProdDbStack.template.json:16:15: SG002"
    ));
    assert!(lines[2].ends_with("on `Prod/DbStack/Database/SecurityGroup`"));
    assert!(
        !out.contains("asset."),
        "asset folders are not templates: {out}"
    );

    let output = sglint()
        .args(["--format", "json", "tests/fixtures/cdk/cdk.out"])
        .output()
        .unwrap();
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        document["findings"][0]["construct_path"],
        "ApiStack/Service/SecurityGroup"
    );
    let output = sglint()
        .args(["--format", "sarif", "tests/fixtures/cdk/cdk.out"])
        .output()
        .unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let result = &sarif["runs"][0]["results"][2];
    assert_eq!(
        result["properties"]["constructPath"],
        "Prod/DbStack/Database/SecurityGroup/from 0.0.0.0_0:5432"
    );
}

#[test]
fn ignored_cdk_out_is_still_scanned() {
    let project = tempfile::tempdir().unwrap();
    copy_tree(Path::new("tests/fixtures/cdk"), project.path());
    // As in every CDK project: the synthesized output is not committed.
    std::fs::write(project.path().join(".gitignore"), "cdk.out\n").unwrap();
    let output = sglint()
        .current_dir(project.path())
        .args(["--format", "concise", "."])
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(
        out.contains("cdk.out/assembly-Prod/ProdDbStack.template.json:16:15: SG002"),
        "{out}"
    );
}

#[test]
fn positions_survive_bom_crlf_and_tabs() {
    let dir = tempfile::tempdir().unwrap();
    let text = "\u{feff}AWSTemplateFormatVersion: \"2010-09-09\"\r\nResources:\r\n  Sg:\r\n    Type: AWS::EC2::SecurityGroup\r\n    Properties:\r\n      GroupDescription: \"caf\u{e9}\"\r\n      SecurityGroupIngress:\r\n        - {IpProtocol: tcp,\tFromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}\r\n";
    std::fs::write(dir.path().join("t.yaml"), text).unwrap();
    let output = sglint()
        .current_dir(dir.path())
        .args(["--format", "concise", "t.yaml"])
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    // The tab counts as one column; the BOM is not a column.
    assert!(out.starts_with("t.yaml:8:63: SG002"), "{out}");
}

#[test]
fn non_templates_are_skipped_silently_unless_named() {
    // Met while walking a directory: skipped without a word (-v lists them).
    let dir = tempfile::tempdir().unwrap();
    for name in ["negative-kubernetes.yaml", "negative-settings.json"] {
        std::fs::copy(
            format!("tests/fixtures/SG001/{name}"),
            dir.path().join(name),
        )
        .unwrap();
    }
    let walked = sglint()
        .args(["--format", "concise"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(walked.status.code(), Some(0));
    assert!(
        walked.stdout.is_empty() && walked.stderr.is_empty(),
        "{walked:?}"
    );
    sglint()
        .args(["-v"])
        .arg(dir.path())
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "negative-kubernetes.yaml: not a CloudFormation template",
        ));
    // Named on the command line: a warning, so a typo is not a silent pass.
    let (code, out, err) = concise(&[
        "tests/fixtures/SG001/negative-kubernetes.yaml",
        "tests/fixtures/SG001/negative-settings.json",
    ]);
    assert_eq!((code, out.as_str()), (0, ""));
    assert!(
        err.contains("negative-kubernetes.yaml: not a CloudFormation template; not checked")
            && err.contains("negative-settings.json: not a CloudFormation template; not checked"),
        "{err}"
    );
}

/// Every template of the real-world corpus scans without a crash and
/// without SG900.
#[test]
fn corpus_scans_without_unparseable_files() {
    let corpus = Path::new("../shared/corpus");
    if !corpus.exists() {
        assert!(std::env::var_os("CI").is_none(), "corpus missing in CI");
        eprintln!("skipping: no corpus at {}", corpus.display());
        return;
    }
    let output = sglint()
        .args(["--format", "json"])
        .arg(corpus)
        .output()
        .unwrap();
    assert!(matches!(output.status.code(), Some(0 | 1)), "{output:?}");
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let findings = document["findings"].as_array().unwrap();
    let unparseable: Vec<_> = findings
        .iter()
        .filter(|f| f["rule"] == "SG900")
        .map(|f| f["path"].clone())
        .collect();
    assert!(unparseable.is_empty(), "{unparseable:#?}");
    assert!(document["summary"]["files"].as_u64().unwrap() >= 290);
    assert!(findings.len() > 50);
}

#[test]
fn a_parameter_given_explicitly_decides_a_latent_condition() {
    let template = "tests/fixtures/SG001/positive-latent.cfn.yaml";
    // Left at their defaults, the conditions may still become true.
    let (code, out, _) = concise(&[template]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(":32:15: SG001 ingress tcp/443 open to `0.0.0.0/0` on `LoadBalancerSecurityGroup` via `HttpsIngress` when condition `HasCertificate` is true (parameter `LoadBalancerCertificateArn` not left at its default)"),
        "{out}"
    );
    // Given explicitly, the given values decide.
    let (code, out, _) = concise(&[
        "--parameter",
        "EnableDebug=false",
        "--parameter",
        "LoadBalancerCertificateArn=",
        template,
    ]);
    assert_eq!(code, 0, "{out}");
    let (_, out, _) = concise(&[
        "--parameter",
        "LoadBalancerCertificateArn=arn:aws:acm:us-east-1:123456789012:certificate/x",
        template,
    ]);
    assert!(
        out.contains(":32:15: SG001 ingress tcp/443 open to `0.0.0.0/0` on `LoadBalancerSecurityGroup` via `HttpsIngress`\n"),
        "{out}"
    );
}
