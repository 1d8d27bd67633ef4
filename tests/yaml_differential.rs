//! sglint's direct YAML reader against the complete path (granit-parser's
//! events and the loader over them): wherever the direct reader accepts a
//! text, both build the same tree with the same spans. Every YAML file of
//! the fixtures, `../shared/corpus` and a generated corpus, and hand-written
//! forms. The direct reader must also accept most real templates, or it
//! would not be worth having.

#[path = "oracle/differential.rs"]
mod differential;

use std::path::{Path, PathBuf};

use sglint::parse::yaml;

const YAML: &[&str] = &["yaml", "yml", "template"];

/// `Ok(true)` when the direct reader accepted the text and agrees.
fn compare(text: &str) -> Result<bool, String> {
    let Some(direct) = yaml::parse_direct(text) else {
        return Ok(false);
    };
    match yaml::parse_events(text) {
        Ok(expected) => differential::same_tree(
            &format!("{expected:#?}"),
            &format!("{direct:#?}"),
            "granit-parser",
        )
        .map(|()| true),
        Err(error) => Err(format!(
            "granit-parser refuses it ({} at {}), the direct reader reads it",
            error.message, error.offset
        )),
    }
}

/// Compares every file; returns how many the direct reader accepted.
fn compare_files(files: &[PathBuf]) -> usize {
    let mut failures = Vec::new();
    let mut accepted = 0;
    for path in files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        match compare(&text) {
            Ok(true) => accepted += 1,
            Ok(false) => {}
            Err(difference) => failures.push(format!("{}: {difference}", path.display())),
        }
    }
    differential::assert_same(&failures, files.len());
    accepted
}

#[test]
fn every_yaml_file_of_the_fixtures_and_the_corpus_parses_the_same() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["fixtures", "tests/fixtures", "fuzz/regressions"] {
        differential::files_with(&root.join(dir), YAML, &mut files);
    }
    let corpus = differential::shared_corpus_files(YAML);
    assert!(files.len() > 20, "only {} files found", files.len());
    compare_files(&files);
    let accepted = compare_files(&corpus);
    eprintln!(
        "the direct reader read {accepted} of {} corpus templates",
        corpus.len()
    );
    assert!(
        corpus.is_empty() || accepted * 10 >= corpus.len() * 8,
        "the direct reader read only {accepted} of {} corpus templates",
        corpus.len()
    );
}

#[test]
fn the_generated_corpus_parses_the_same() {
    let dir = tempfile::tempdir().unwrap();
    differential::generate_corpus(dir.path());
    let mut files = Vec::new();
    differential::files_with(dir.path(), YAML, &mut files);
    assert!(files.len() > 10, "only {} files generated", files.len());
    let accepted = compare_files(&files);
    assert!(
        accepted * 10 >= files.len() * 9,
        "the direct reader read only {accepted} of {} generated templates",
        files.len()
    );
}

/// Forms the direct reader must read, each compared with the complete path.
const READ: &[&str] = &[
    "A: 1\n",
    "A: 1",
    "A: 1\n\n\n   ",
    "# head\n\nA: 1 # tail\n# end",
    "---\nA: 1\n",
    "--- # c\n- a\n- b\n",
    "  A: 1\n  B: 2\n",
    "A:\nB:   \nC: # c\n",
    "A:\n  B:\n    C: x\n  D: y\nE: z\n",
    "A:\n- x\n- y\nB: 1\n",
    "A:\n- k: v\n  j: w\n- l: m\nB: 1\n",
    "A:\n  - x\n  -\n  - - a\n    - b\n  -   - c\n  - - - d\n",
    "- a\n-\n- c\n",
    "- # c\n-   \n- x\n-\n  # c\n-",
    "- k: v\n  n:\n  - x\n- m\n",
    "A: !Ref X\nB: !GetAtt Sg.GroupId\nC: !Sub '${X}'\nD: !GetAZs\nE: !GetAZs   # c\n",
    "A: !If\n  - c\n  - !Ref B\n  - !Ref AWS::NoValue\nB:\n  - !GetAZs\n  - x\n",
    "A: !Rain::Module ./m.yml\nB: !Select [0, !GetAZs '']\n",
    "A: !Join\n  - ''\n  - - 'arn:aws:s3:::'\n    - !Ref Bucket\n",
    "A: [a, b c, 'd', \"e\", [f, [g]], {h: i, 'j': k}]\nB: []\nC: {}\nD: [ ]\n",
    "A: {Ref: X}\nB: [!Ref X, !Sub 'y']\n",
    "A: 'it''s'\nB: \"tab\\there \\\"q\\\" \\u00e9 \\x41 \\U0001F600 \\\\ \\/ \\N\\_\"\nC: ''\nD: \"\"\n",
    "A: arn:aws:iam::aws:policy/x\nB: a#b\nC: a # b\nD: -1\nE: :x\nF: ?x\nG: 10.0.0.0/8\n",
    "A: x:y\nB: http://example.com\nC: a, b]\nD: a}b\n",
    "yes: 1\n~: 2\nnull: 3\n'yes': 4\nA B: 5\nC : 6\n\"D\" : 7\n",
    "A: yes\nB: No\nC: ~\nD: null\nE: TRUE\nF: 'true'\nG: off\n",
    "A: é—日本\nB: \"😀\"\n",
    "A: |\n  line1\n  line2\nB: x\n",
    "A: |\n  l1\n\n   \n  # not a comment\n# comment\n  \nB: x\n",
    "A:\n  B: |-\n    t\n  C: >+\n    a\n    b\n\n    c\n\n\n  D: x\n",
    "A: >\n  folded\n  text\n\n\n  more\nB: |+\n  kept\n\n",
    "A: >-\n  x\n # c\nB: y\n",
    "A: |\n    deep\n      deeper\n    back\n",
    "A: !Sub |\n  #!/bin/bash\n  echo ${X}\nB:\n  - |\n    item\n  - x\n",
    "- |\n  a\n- >\n  b\n",
    "A:\n  B: 1\n\n  # c\n\n  C: 2\n",
    "A: \"x\"   # c\nB: 'y'\n",
    "A:\n- !Ref x\nB:\n- \"q\"\nC:\n- [a]\nD:\n- - x\nE:\n- |\n  x\nF: 1\n",
    "k:\n- a: !Ref\n  b: 1\n- c: !Ref\n    D: 1\n",
    "A: [a:b, c]\nB: {a: b:c}\n",
    "A: |+\n  x\n\n",
    "A: |\n  x\n  \n   \nB: 1",
];

/// Forms the direct reader leaves to the complete path.
const DECLINED: &[&str] = &[
    "",
    "# only a comment\n",
    "plain root\n",
    "[1, 2]\n",
    "A: &a 1\nB: *a\n",
    "A: {x: 1}\nB:\n  <<: {y: 2}\n",
    "? complex\n: key\n",
    "%YAML 1.2\n---\nA: 1\n",
    "A: 1\n---\nB: 2\n",
    "A: 1\n...\n",
    "A: multi\n  line\n",
    "A: 'multi\n  line'\n",
    "A: [1,\n  2]\n",
    "A:\tx\n",
    "A: 1\r\nB: 2\r\n",
    "\u{feff}A: 1\n",
    "A: !!str 1\n",
    "A: !<tag:x> 1\n",
    "A: |2\n   x\n",
    "A: |\n\n  x\n",
    "A: >\n  x\n    more\n  y\n",
    "A: |\n  no final break",
    "A: >-\n  x\n      ",
    "A: |\n  x\n  ",
    "A: [1, 2,]\n",
    "A: [a: b]\n",
    "A: b: c\n",
    "A: \"\\q\"\n",
    "A:\n  - x\n  y: 1\n",
    "A: 1\n B: 2\n",
    "A: !Ref\n- x\n",
    "A: !Ref !Sub x\n",
];

#[test]
fn hand_written_forms_parse_the_same() {
    for form in READ {
        match compare(form) {
            Ok(true) => {}
            Ok(false) => panic!("the direct reader declines {form:?}"),
            Err(difference) => panic!("{form:?}: {difference}"),
        }
    }
    for form in DECLINED {
        assert!(
            yaml::parse_direct(form).is_none(),
            "the direct reader reads {form:?}"
        );
        // Whatever the complete path makes of it is what `parse` returns.
        assert_eq!(
            format!("{:?}", yaml::parse(form)),
            format!("{:?}", yaml::parse_events(form))
        );
    }
}
