//! What the differential tests share: finding the files to compare, and
//! showing where two syntax trees first differ.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// Every file under `root` whose extension is one of `extensions`, in path
/// order.
pub fn files_with(root: &Path, extensions: &[&str], found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|entry| entry.path());
    for entry in entries {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            files_with(&path, extensions, found);
        } else if kind.is_file()
            && path
                .extension()
                .and_then(|extension| extension.to_str())
                .is_some_and(|extension| extensions.contains(&extension))
        {
            found.push(path);
        }
    }
}

/// `Ok` when the two pretty-printed trees are equal; otherwise the lines
/// around their first difference, `oracle` naming the expected side.
pub fn same_tree(expected: &str, actual: &str, oracle: &str) -> Result<(), String> {
    if expected == actual {
        return Ok(());
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(0);
    let window = |tree: &str| {
        tree.lines()
            .skip(line.saturating_sub(8))
            .take(12)
            .collect::<Vec<_>>()
            .join("\n")
    };
    Err(format!(
        "trees differ\n--- {oracle}\n{}\n--- sglint\n{}",
        window(expected),
        window(actual)
    ))
}

/// Runs the corpus generator into `dir` (scale `small`, seed 1).
pub fn generate_corpus(dir: &Path) {
    let status = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "gen_corpus", "--"])
        .arg(dir)
        .args(["small", "1"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status();
    assert!(
        status.is_ok_and(|status| status.success()),
        "the corpus generator did not run"
    );
}

/// The files of `../shared/corpus` with one of `extensions` (none when it
/// is missing, which CI does not allow).
pub fn shared_corpus_files(extensions: &[&str]) -> Vec<PathBuf> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files = Vec::new();
    if shared.is_dir() {
        files_with(&shared, extensions, &mut files);
    } else {
        assert!(
            std::env::var_os("CI").is_none(),
            "../shared/corpus is missing in CI"
        );
    }
    files
}

/// Fails with every difference found among `total` files.
pub fn assert_same(failures: &[String], total: usize) {
    assert!(
        failures.is_empty(),
        "{} of {} files differ:\n{}",
        failures.len(),
        total,
        failures.join("\n\n")
    );
}
