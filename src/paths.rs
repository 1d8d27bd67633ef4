//! Paths as sglint shows and compares them: lexical normalisation, absolute
//! forms for matching, the display form, and the virtual directory of the
//! built-in module models. The bottom layer: it imports nothing of the crate.

use std::path::{Component, Path, PathBuf};

/// The virtual directory the built-in Terraform module models live under;
/// never a directory on disk.
pub const MODEL_ROOT: &str = "<sglint-model>";

/// The name of sglint's configuration file.
pub const CONFIG_FILE_NAME: &str = ".sglint.toml";

/// Removes `.` and resolves `..` without touching the filesystem, so paths
/// in reports read `modules/sg/main.tf`, not `envs/prod/../../modules/sg`.
pub fn normalize_path(path: &Path) -> PathBuf {
    let mut normalized = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                let last = normalized.components().next_back();
                if matches!(last, Some(Component::Normal(_))) {
                    normalized.pop();
                } else {
                    normalized.push("..");
                }
            }
            other => normalized.push(other.as_os_str()),
        }
    }
    if normalized.as_os_str().is_empty() {
        normalized.push(".");
    }
    normalized
}

/// An absolute, lexically normalised path (no filesystem access beyond the
/// current directory), so globs match however the path was given.
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    };
    let normalized = normalize_path(&joined);
    std::fs::canonicalize(&normalized).unwrap_or(normalized)
}

/// A path as shown to users: relative as given, without a leading `./`,
/// with `/` separators.
pub fn display_path(path: &Path) -> String {
    let mut parts = Vec::new();
    let mut absolute = false;
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::RootDir => absolute = true,
            Component::Prefix(prefix) => {
                parts.push(prefix.as_os_str().to_string_lossy().into_owned())
            }
            Component::ParentDir => parts.push("..".to_string()),
            Component::Normal(name) => parts.push(name.to_string_lossy().into_owned()),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

/// Whether `path` is inside a model (not a file on disk).
pub fn is_model_path(path: &Path) -> bool {
    path.starts_with(MODEL_ROOT)
}
