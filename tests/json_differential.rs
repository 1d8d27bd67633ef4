//! sglint's JSON parser against the oracle (jsonc-parser in strict mode,
//! converted as sglint did before it had its own parser): every JSON file of
//! the fixtures, `../shared/corpus` and a generated corpus, and hand-written
//! forms, give the same tree with the same spans, and what one refuses the
//! other refuses.

#[path = "oracle/differential.rs"]
mod differential;
#[path = "oracle/jsonc.rs"]
mod oracle;

use std::path::{Path, PathBuf};

use sglint::parse::json;

/// The extensions of the JSON files compared.
const JSON: &[&str] = &["json", "template"];

fn compare(text: &str) -> Result<(), String> {
    match (oracle::parse(text), json::parse(text)) {
        (Ok(expected), Ok(actual)) => differential::same_tree(
            &format!("{expected:#?}"),
            &format!("{actual:#?}"),
            "jsonc-parser",
        ),
        // JSON5 escapes: refused on purpose (Terraform and CloudFormation do).
        (Ok(_), Err(_)) if oracle::has_extended_escape(text) => Ok(()),
        (Ok(_), Err(error)) => Err(format!(
            "jsonc-parser reads it, sglint refuses it: {} at {}",
            error.message, error.offset
        )),
        (Err(error), Ok(_)) => Err(format!(
            "jsonc-parser refuses it ({} at {}), sglint reads it",
            error.message, error.offset
        )),
        (Err(_), Err(_)) => Ok(()),
    }
}

fn compare_files(files: &[PathBuf]) {
    let mut failures = Vec::new();
    for path in files {
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
fn every_json_file_of_the_fixtures_and_the_corpus_parses_the_same() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["fixtures", "tests/fixtures", "fuzz/regressions"] {
        differential::files_with(&root.join(dir), JSON, &mut files);
    }
    files.extend(differential::shared_corpus_files(JSON));
    assert!(files.len() > 50, "only {} files found", files.len());
    compare_files(&files);
}

#[test]
fn the_generated_corpus_parses_the_same() {
    let dir = tempfile::tempdir().unwrap();
    differential::generate_corpus(dir.path());
    let mut files = Vec::new();
    differential::files_with(dir.path(), JSON, &mut files);
    assert!(files.len() > 10, "only {} files generated", files.len());
    compare_files(&files);
}

#[test]
fn escapes_json_does_not_have_are_refused() {
    for form in ["\"\\L\"", "\"\\x41\"", "\"\\v\"", "\"\\'\"", "\"a\\\nb\""] {
        assert!(oracle::parse(form).is_ok(), "jsonc-parser refuses {form:?}");
        assert!(json::parse(form).is_err(), "sglint reads {form:?}");
    }
}

#[test]
fn hand_written_forms_parse_the_same() {
    let forms = [
        "{}",
        "[]",
        "null",
        "true",
        "false",
        "0",
        "-0",
        "1.5",
        "-1.5e10",
        "1E+2",
        "1e-2",
        "\"\"",
        "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"",
        "\"\\u00e9\\ud83d\\ude00\"",
        "\"é😀\"",
        " \t\r\n{ \"a\" : [ 1 , { } , [ ] ] }\n",
        "{\"a\": 1, \"a\": 2}",
        "[[[[[1]]]]]",
        "1\u{0b}",
        "\u{a0}[1,\u{2028}2]\u{0c}",
        "{\"a\"\u{3000}:1}",
        "{\"k\": \"v\"}   ",
        // Refused by both:
        "",
        "   ",
        "[1,]",
        "{\"a\":1,}",
        "{a: 1}",
        "'a'",
        "01",
        "1.",
        ".5",
        "+1",
        "-",
        "1e",
        "NaN",
        "tru",
        "nul",
        "[1 2]",
        "{\"a\" 1}",
        "\"a",
        "\"\\x\"",
        "\"a\nb\"",
        "\"a\tb\"",
        "[1] [2]",
        "// c\n{}",
        "/* c */ {}",
        "\u{feff}{}",
        "\"\\ud800\"",
        "\"\\udc00x\"",
        "\"\\ud800\\u0041\"",
        "\"\\u12\"",
        "{\"a\":1}}",
        "[\"\\u0000\"]",
    ];
    let mut failures = Vec::new();
    for form in forms {
        if let Err(difference) = compare(form) {
            failures.push(format!("{form:?}: {difference}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
