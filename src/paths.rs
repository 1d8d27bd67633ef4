//! Paths as sglint shows and compares them: lexical normalisation, absolute
//! forms for matching, the display form, and the virtual directory of the
//! built-in module models. The bottom layer: it imports nothing of the crate.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, OnceLock};

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

/// An absolute, normalised path with symbolic links resolved (what
/// `fs::canonicalize` gives; the normalised path when it does not exist),
/// so globs and comparisons match however the path was given.
///
/// A scan asks this of every file, and resolving a whole path costs a
/// `readlink` per component (40,000 system calls for 1,700 files): a file
/// that is not a link is its directory's canonical form, cached once per
/// directory, plus its name. The working directory is read once (sglint
/// never changes it).
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        match working_dir() {
            Some(cwd) => cwd.join(path),
            None => path.to_path_buf(),
        }
    };
    let normalized = normalize_path(&joined);
    let is_link = match std::fs::symlink_metadata(&normalized) {
        Ok(metadata) => metadata.file_type().is_symlink(),
        Err(_) => return normalized,
    };
    if !is_link
        && let (Some(parent), Some(name)) = (normalized.parent(), normalized.file_name())
        && let Some(directory) = canonical_dir(parent)
    {
        return directory.join(name);
    }
    std::fs::canonicalize(&normalized).unwrap_or(normalized)
}

fn working_dir() -> Option<&'static Path> {
    static WORKING_DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    WORKING_DIR
        .get_or_init(|| std::env::current_dir().ok())
        .as_deref()
}

/// `dir` with links resolved, from a cache of the directories seen.
fn canonical_dir(dir: &Path) -> Option<PathBuf> {
    static CANONICAL: OnceLock<Mutex<HashMap<PathBuf, Option<PathBuf>>>> = OnceLock::new();
    let cache = CANONICAL.get_or_init(Mutex::default);
    if let Ok(known) = cache.lock()
        && let Some(canonical) = known.get(dir)
    {
        return canonical.clone();
    }
    let canonical = std::fs::canonicalize(dir).ok();
    if let Ok(mut known) = cache.lock() {
        known.insert(dir.to_path_buf(), canonical.clone());
    }
    canonical
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
