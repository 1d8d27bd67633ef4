//! sglint's HCL parser against the oracle (hcl-edit, converted as sglint
//! did before it had its own parser): every `.tf` file of the fixtures, the
//! fuzz regressions, the generated corpora and a set of hand-written forms
//! must give the same syntax tree, spans included. Where hcl-edit refuses a
//! file (a repeated attribute, a syntax error), sglint must refuse it too,
//! except for what Terraform accepts and hcl-edit does not (repeated object
//! keys, which the oracle renames and reads back).

#[path = "oracle/differential.rs"]
mod differential;
#[path = "oracle/hcl_edit.rs"]
mod oracle;

use std::path::Path;

use sglint::parse::hcl;

/// The two parsers agree on `text`; the difference otherwise.
fn compare(text: &str) -> Result<(), String> {
    if oracle::may_backtrack(text) {
        return Ok(());
    }
    let ours = hcl::parse_body(text);
    match (oracle::parse_body(text), ours) {
        (Ok(expected), Ok(actual)) => differential::same_tree(
            &format!("{expected:#?}"),
            &format!("{actual:#?}"),
            "hcl-edit",
        ),
        (Ok(_), Err(error)) => Err(format!(
            "hcl-edit reads it, sglint refuses it: {} at {}",
            error.message, error.offset
        )),
        (Err(_), Ok(_)) => Err("hcl-edit refuses it, sglint reads it".into()),
        (Err(_), Err(_)) => Ok(()),
    }
}

#[test]
fn every_tf_file_in_the_repository_parses_the_same() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "fixtures",
        "tests/fixtures",
        "fuzz/regressions",
        "src/terraform/models",
    ] {
        differential::files_with(&root.join(dir), &["tf", "tofu"], &mut files);
    }
    assert!(files.len() > 50, "only {} files found", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        if let Err(difference) = compare(&text) {
            failures.push(format!("{}: {difference}", path.display()));
        }
    }
    differential::assert_same(&failures, files.len());
}

#[test]
fn the_generated_corpus_parses_the_same() {
    let dir = tempfile::tempdir().unwrap();
    differential::generate_corpus(dir.path());
    let mut files = Vec::new();
    differential::files_with(dir.path(), &["tf", "tofu"], &mut files);
    assert!(files.len() > 10, "only {} files generated", files.len());
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        if let Err(difference) = compare(&text) {
            panic!("{}: {difference}", path.display());
        }
    }
}

/// Forms the files above may not hold, one per line of the grammar.
#[test]
fn hand_written_forms_parse_the_same() {
    let forms = [
        "a = 1\nb = 1.5\nc = 1e3\nd = 1.5E-2\ne = -1\nf = - 2\ng = -0\nh = -0.0\n",
        "a = \"x\"\nb = \"\"\nc = \"\\n\\t\\r\\\\\\\"\\u00e9\\U0001F600\"\nd = \"$${x} %%{y}\"\n",
        "a = \"${x}\"\nb = \"a${x}b${y}c\"\nc = \"${~ x ~}  y \"\nd = \"${\"n ${b}\"}\"\n",
        "a = \"%{ if x }y%{ else }z%{ endif }\"\nb = \"%{~ for k, v in m ~}${k}%{ endfor }\"\n",
        "a = <<EOT\nhello ${x}\n  world\nEOT\nb = <<-EOT\n    a\n      b ${c}\n    d\n    EOT\n",
        "a = <<EOT\nEOT\nb = <<-X\n  %{ if y }z%{ endif }\n  X\n",
        "a = x.y[0].*.z[*].w.0\nb = x[\"k\"]\nc = x [ 1 ]\nd = a.\n  b\n",
        "a = a + b * c - d / e % f\nb = a == b && c != d || !e\nc = a < b\nd = a >= b\ne = -a + b\n",
        "a = x ? y : z\nb = x ? y ? 1 : 2 : 3\nc = a && b ? [1] : {}\n",
        "a = f()\nb = f(1, 2)\nc = f(1, 2,)\nd = f([1]...)\ne = provider::aws::arn_parse(x)\nf = f (1)\n",
        "a = [\n  1,\n  2, # c\n  3 // c\n  /* c */\n]\nb = [for x in y : x]\nc = [for i, x in y : x if i > 0]\n",
        "a = {for k, v in m : k => v}\nb = {for k, v in m : k => v... if v}\nc = {\n  for k in m :\n  k => 1\n}\n",
        "a = { x = 1, y = 2 }\nb = {\n  x = 1\n  \"y\" = 2\n  (z) = 3\n  w : 4, # c\n}\nc = {}\nd = { a = 1, a = 2 }\n",
        "a = (1 + 2) * 3\nb = (\n  a\n  + b\n)\nc = !x.y\nd = null\ne = true\nf = false\n",
        "resource \"aws_security_group\" \"web\" {\n  ingress {\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n",
        "b {}\nb { a = 1 }\nb \"x\" y {\n}\nb {\n  # only a comment\n}\nb { }\n",
        "a = 1 # c\nb = 2 // c\n/* c\n c */ c = 3\n\n\n",
        "a = [1]\n + 2\nb = f(1)\n  .x\n",
        "a = x.0.1\nb = 1.x\nc = \"s\"[0]\nd = [1][0]\n",
        "a = 1\r\nb {\r\n  c = \"d\"\r\n}\r\n",
        "a = éé\nb-c = d-e.f-g\n_x = _y\n",
        "a = 99999999999999999999999\nb = 1e999\n",
        "a = <<-EOT\n  x\nb\n  ${y}\n  EOT\n",
        "a = \"${x\n + y}\"\nb = \"line\nbreak\"\n",
    ];
    let mut failures = Vec::new();
    for form in forms {
        if let Err(difference) = compare(form) {
            failures.push(format!("{form:?}: {difference}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// What hcl-edit refuses, sglint refuses too (Terraform refuses all of these).
#[test]
fn invalid_forms_are_refused_by_both() {
    let forms = [
        "a = \n",
        "a = 1 +\n 2\n",
        "a = x ?\n y : z\n",
        "a = 1\na = 2\n",
        "b { a = 1\n}\n",
        "a = {a = 1 b = 2}\n",
        "a = \"${}\"\n",
        "a = 1e\n",
        "a = \"x\n",
        "a = <<EOT\nno end\n",
        "a = f(,)\n",
        "a = [1 2]\n",
        "a = \"\\q\"\n",
        "b { c { } }\n",
        "a = x\n.y\n",
    ];
    for form in forms {
        assert!(oracle::parse_body(form).is_err(), "hcl-edit reads {form:?}");
        assert!(hcl::parse_body(form).is_err(), "sglint reads {form:?}");
    }
}

#[test]
fn json_templates_parse_the_same() {
    let templates = [
        "plain",
        "${var.x}",
        "a ${b} c",
        "%{ if x }y%{ endif }",
        "$${not} %%{this}",
        "${\"nested ${x}\"}",
    ];
    let span = sglint::source::Span::new(10, 40);
    for template in templates {
        for exact in [true, false] {
            let expected = format!("{:?}", oracle::parse_template(template, span, exact));
            let actual = format!("{:?}", hcl::parse_template(template, span, exact));
            assert_eq!(expected, actual, "{template:?} exact={exact}");
        }
    }
}
