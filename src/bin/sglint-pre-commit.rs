//! The pre-commit hook's entry point: runs `sglint` on the staged files it
//! is given, and tells it which files the commit deletes
//! (`git diff --cached --diff-filter=D`), so that deleting the tfvars that
//! kept a rule private fails the commit like adding the rule would. sglint
//! itself never runs git; this wrapper does, once, and then runs the
//! `sglint` installed beside it.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let deleted = staged_deletions();
    let mut command = Command::new(sglint_binary());
    for path in &deleted {
        command.arg("--deleted").arg(path);
    }
    // Nothing staged that sglint reads and nothing deleted: nothing to check
    // (without paths, sglint would scan the whole tree).
    // (pre-commit appends the file names to the hook's own `args`.)
    let has_paths = args.iter().any(|arg| std::path::Path::new(arg).is_file());
    if !has_paths && deleted.is_empty() {
        return ExitCode::SUCCESS;
    }
    command.args(&args);
    match command.status() {
        Ok(status) => match status.code() {
            Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(2)),
            None => ExitCode::from(2),
        },
        Err(error) => {
            eprintln!("sglint-pre-commit: cannot run sglint: {error}");
            ExitCode::from(2)
        }
    }
}

/// Paths the index deletes, relative to the repository root (where
/// pre-commit runs hooks). Empty when git is not available.
fn staged_deletions() -> Vec<PathBuf> {
    let output = Command::new("git")
        .args(["diff", "--cached", "--name-only", "--diff-filter=D", "-z"])
        .output();
    let Ok(output) = output else {
        return Vec::new();
    };
    if !output.status.success() {
        return Vec::new();
    }
    output
        .stdout
        .split(|&byte| byte == 0)
        .filter(|path| !path.is_empty())
        .filter_map(|path| std::str::from_utf8(path).ok())
        .map(PathBuf::from)
        .collect()
}

/// The `sglint` installed beside this program, else the one on `PATH`.
fn sglint_binary() -> PathBuf {
    let name = format!("sglint{}", std::env::consts::EXE_SUFFIX);
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(&name)))
        .filter(|path| path.is_file())
        .unwrap_or_else(|| PathBuf::from(name))
}
