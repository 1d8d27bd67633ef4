//! Helpers shared by the end-to-end test binaries (each uses some of them).
#![allow(dead_code)]

use std::path::Path;

/// The `sglint` binary of this build, ready for arguments.
pub fn sglint() -> assert_cmd::Command {
    assert_cmd::Command::new(assert_cmd::cargo::cargo_bin!("sglint"))
}

/// Copies the tree at `from` into `to` (created if missing).
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A git repository initialised in `root`, as a function running git there;
/// `None` when git is missing (allowed only outside CI, where the tests that
/// need it then stop early).
pub fn git_repository(
    root: &Path,
) -> Option<impl Fn(&[&str]) -> std::io::Result<std::process::Output> + '_> {
    let git = move |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(root)
            .output()
    };
    if git(&["init", "-q"]).is_err() {
        assert!(std::env::var_os("CI").is_none(), "git is needed under CI");
        return None;
    }
    Some(git)
}
