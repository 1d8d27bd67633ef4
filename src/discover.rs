//! Discovery: which files to scan. Paths given on the command line are
//! walked with ripgrep's walker (`.gitignore`, `.ignore` and git exclude
//! rules apply even outside a git repository); `.git/` and `.terraform/` are
//! skipped; symbolic links are not followed, so a scan never leaves the tree
//! it was given. A file named on the command line is always scanned.
//!
//! The result is sorted, so every run reports in the same order.

use std::path::{Path, PathBuf};

use ignore::WalkBuilder;

use crate::cloudformation::cdk;

mod git_index;

/// What a file is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    /// `.tf`: native Terraform syntax.
    Terraform,
    /// `.tf.json`: Terraform JSON syntax.
    TerraformJson,
    /// `.tfvars` and `.tfvars.json`: variable values (read with their module).
    TerraformVars,
    /// `.yaml`, `.yml`, `.json`, `.template`: a CloudFormation template if
    /// its content says so.
    Template,
}

impl FileKind {
    /// By extension, in any case (`.TF` is Terraform on a case-insensitive
    /// file system, and Terraform reads it there). `.tofu` and `.tofu.json`
    /// are OpenTofu's names for the same syntax.
    pub fn of(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".tf.json") || name.ends_with(".tofu.json") {
            Some(FileKind::TerraformJson)
        } else if name.ends_with(".tf") || name.ends_with(".tofu") {
            Some(FileKind::Terraform)
        } else if name.ends_with(".tfvars") || name.ends_with(".tfvars.json") {
            Some(FileKind::TerraformVars)
        } else if [".yaml", ".yml", ".json", ".template"]
            .iter()
            .any(|ext| name.ends_with(ext))
        {
            Some(FileKind::Template)
        } else {
            None
        }
    }
}

/// OpenTofu reads `x.tofu` instead of `x.tf` (and `x.tofu.json` instead of
/// `x.tf.json`) when both are in one directory; so does sglint.
pub fn prefer_tofu(paths: &mut Vec<PathBuf>) {
    let tofu: std::collections::HashSet<PathBuf> = paths
        .iter()
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?;
            let lower = name.to_ascii_lowercase();
            let base = if lower.ends_with(".tofu.json") {
                format!("{}.tf.json", &name[..name.len() - ".tofu.json".len()])
            } else if lower.ends_with(".tofu") {
                format!("{}.tf", &name[..name.len() - ".tofu".len()])
            } else {
                return None;
            };
            Some(path.with_file_name(base))
        })
        .collect();
    if !tofu.is_empty() {
        paths.retain(|path| !tofu.contains(path));
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct DiscoveredFile {
    pub path: PathBuf,
    pub kind: FileKind,
    /// Its size when it was found (0 if unknown): the scan orders its work
    /// by it and `--stats` sums it. Read on the walker's threads.
    pub size: u64,
}

/// Files found, and problems met on the way (unreadable directories, broken
/// walks), which are reported but do not stop the scan.
#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<DiscoveredFile>,
    pub warnings: Vec<String>,
    /// Paths passed over, with why (shown with `--verbose`).
    pub skipped: Vec<(PathBuf, &'static str)>,
    /// `.sglint.toml` files met in the tree.
    pub configs: Vec<PathBuf>,
}

/// Directories never entered: VCS data and Terraform's provider/module cache.
const SKIPPED_DIRECTORIES: &[&str] = &[".git", ".terraform"];

pub fn discover(roots: &[PathBuf]) -> Discovery {
    discover_with(roots, false, None)
}

/// Like `discover`; `follow_links` follows symbolic links (`--follow-links`),
/// with the walker's loop detection; `threads` walks on that many threads
/// (default: one per core).
pub fn discover_with(roots: &[PathBuf], follow_links: bool, threads: Option<usize>) -> Discovery {
    let mut discovery = Discovery::default();
    for root in roots {
        // A path named on the command line is followed even if it is a link.
        if std::fs::metadata(root).is_ok_and(|meta| !meta.is_file() && !meta.is_dir()) {
            discovery.warnings.push(format!(
                "{}: not a regular file or directory (a FIFO, socket or device); not read",
                root.display()
            ));
            continue;
        }
        if root.is_file() {
            match FileKind::of(root) {
                Some(kind) => discovery.files.push(DiscoveredFile {
                    path: root.clone(),
                    kind,
                    size: std::fs::metadata(root).map_or(0, |meta| meta.len()),
                }),
                // Named on the command line: said, not skipped silently.
                None => discovery.warnings.push(format!(
                    "{}: not a Terraform, CloudFormation or CDK file (by its name); not checked",
                    root.display()
                )),
            }
            continue;
        }
        if cdk::is_assembly(root) {
            add_assembly(root, &mut discovery);
        }
        walk(root, follow_links, threads, &mut discovery);
        add_tracked(root, &mut discovery);
    }
    discovery.files.sort();
    discovery.files.dedup();
    discovery
}

/// Walks one root on every core (ripgrep's parallel walker); each thread
/// collects into its own `Discovery`, merged at the end.
fn walk(root: &Path, follow_links: bool, threads: Option<usize>, discovery: &mut Discovery) {
    // Only the repository's own `.gitignore` files apply: the user's global
    // excludes, `.git/info/exclude` and ripgrep's `.ignore` are local to
    // one machine, and a local run must find what CI finds (`exclude` in
    // `.sglint.toml` is for deliberate exclusions).
    let canonical_root = std::fs::canonicalize(root).ok();
    let walker = WalkBuilder::new(root)
        .hidden(false)
        .require_git(false)
        .git_global(false)
        .git_exclude(false)
        .ignore(false)
        .follow_links(follow_links)
        // Its own threads, not rayon's: asking rayon would start the scan's
        // workers before they have work (see scan/workers.rs).
        .threads(threads.unwrap_or(0))
        .filter_entry(|entry| {
            let is_dir = entry.file_type().is_some_and(|kind| kind.is_dir());
            let name = entry.file_name().to_str().unwrap_or_default();
            let skipped = SKIPPED_DIRECTORIES.contains(&name)
                || (name.starts_with("asset.")
                    && entry.path().parent().is_some_and(cdk::is_assembly));
            !(is_dir && entry.depth() > 0 && skipped)
        })
        .build_parallel();
    let collected: std::sync::Mutex<Vec<Discovery>> = std::sync::Mutex::new(Vec::new());
    walker.run(|| {
        let mut local = Collector {
            discovery: Discovery::default(),
            sink: &collected,
            root: canonical_root.clone(),
        };
        Box::new(move |entry| {
            local.visit(entry);
            ignore::WalkState::Continue
        })
    });
    for part in collected.into_inner().unwrap_or_default() {
        discovery.files.extend(part.files);
        discovery.warnings.extend(part.warnings);
        discovery.skipped.extend(part.skipped);
        discovery.configs.extend(part.configs);
    }
    discovery.warnings.sort();
    discovery.skipped.sort();
    discovery.configs.sort();
}

/// One walker thread's findings, handed over when the thread is done.
struct Collector<'a> {
    discovery: Discovery,
    sink: &'a std::sync::Mutex<Vec<Discovery>>,
    /// The walked root, canonical: links may lead only inside it.
    root: Option<PathBuf>,
}

impl Drop for Collector<'_> {
    fn drop(&mut self) {
        if let Ok(mut sink) = self.sink.lock() {
            sink.push(std::mem::take(&mut self.discovery));
        }
    }
}

impl Collector<'_> {
    fn visit(&mut self, entry: Result<ignore::DirEntry, ignore::Error>) {
        let discovery = &mut self.discovery;
        let root = self.root.as_deref();
        let inside = |path: &Path| inside(root, path);
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                discovery.warnings.push(error.to_string());
                return;
            }
        };
        let Some(file_type) = entry.file_type() else {
            return;
        };
        if file_type.is_dir() {
            // A cdk.out (or the directory cdk.json names) beside any scanned
            // directory is read even when ignored, but not through a link
            // that leads outside the scanned tree.
            let outputs = std::iter::once(entry.path().join("cdk.out"))
                .chain(cdk::configured_output(entry.path()));
            for cdk_out in outputs {
                if cdk::is_assembly(&cdk_out) && inside(&cdk_out) {
                    add_assembly(&cdk_out, discovery);
                }
            }
            return;
        }
        if file_type.is_symlink() {
            // A link to a regular file of the same tree is read as that file
            // would be; anything else is not followed.
            let path = entry.path();
            let target = std::fs::metadata(path).ok().filter(|meta| meta.is_file());
            if let Some(target) = target.filter(|_| inside(path)) {
                if let Some(kind) = FileKind::of(path) {
                    discovery.files.push(DiscoveredFile {
                        path: entry.into_path(),
                        kind,
                        size: target.len(),
                    });
                }
                return;
            }
            discovery
                .skipped
                .push((entry.into_path(), "symbolic link (not followed)"));
            return;
        }
        if !file_type.is_file() {
            // Opening a FIFO blocks and a device may never end.
            discovery.skipped.push((
                entry.into_path(),
                "not a regular file (a FIFO, socket or device)",
            ));
            return;
        }
        if entry.file_name() == crate::paths::CONFIG_FILE_NAME {
            discovery.configs.push(entry.path().to_path_buf());
            return;
        }
        if let Some(kind) = FileKind::of(entry.path()) {
            let size = entry.metadata().map_or(0, |meta| meta.len());
            discovery.files.push(DiscoveredFile {
                path: entry.into_path(),
                kind,
                size,
            });
        }
    }
}

/// Files git tracks under `root`, even when an ignore file matches them: a
/// tracked file is deployed (a generated `.tf.json` that was force-added).
/// Only regular files are added, never under `.git/` or `.terraform/`.
fn add_tracked(root: &Path, discovery: &mut Discovery) {
    let Ok(canonical_root) = std::fs::canonicalize(root) else {
        return;
    };
    let Some((worktree, index)) = git_index::repository_of(&canonical_root) else {
        return;
    };
    let Some(tracked) = git_index::tracked_paths(&index, git_index::hash_len(&index)) else {
        return;
    };
    for relative in tracked {
        let Some(kind) = FileKind::of(Path::new(&relative)) else {
            continue;
        };
        let absolute = worktree.join(&relative);
        let Ok(below_root) = absolute.strip_prefix(&canonical_root) else {
            continue;
        };
        // The walker's own skips hold: `.git/`, `.terraform/`, and the
        // asset directories of a CDK assembly (build inputs, not stacks).
        let skipped = absolute
            .ancestors()
            .skip(1)
            .take_while(|dir| dir.starts_with(&canonical_root) && *dir != canonical_root)
            .any(|dir| {
                let name = dir
                    .file_name()
                    .and_then(|name| name.to_str())
                    .unwrap_or_default();
                SKIPPED_DIRECTORIES.contains(&name)
                    || (name.starts_with("asset.") && dir.parent().is_some_and(cdk::is_assembly))
            });
        let Some(meta) = std::fs::symlink_metadata(&absolute)
            .ok()
            .filter(|meta| meta.is_file() && !skipped)
        else {
            continue;
        };
        discovery.files.push(DiscoveredFile {
            path: root.join(below_root),
            kind,
            size: meta.len(),
        });
    }
}

/// Whether `path`, links resolved, is inside `root` (canonical).
fn inside(root: Option<&Path>, path: &Path) -> bool {
    match (root, std::fs::canonicalize(path)) {
        (Some(root), Ok(canonical)) => canonical.starts_with(root),
        _ => false,
    }
}

/// The stack templates a cloud assembly's manifest lists.
fn add_assembly(dir: &Path, discovery: &mut Discovery) {
    let (templates, warnings) = cdk::templates(dir);
    discovery.warnings.extend(warnings);
    for path in templates {
        // Not followed through a symbolic link: the manifest must not lead outside.
        if let Some(meta) = std::fs::symlink_metadata(&path)
            .ok()
            .filter(|meta| meta.is_file())
        {
            discovery.files.push(DiscoveredFile {
                path,
                kind: FileKind::Template,
                size: meta.len(),
            });
        } else {
            discovery.warnings.push(format!(
                "{}: listed in the CDK manifest but missing",
                path.display()
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_name() {
        assert_eq!(
            FileKind::of(Path::new("a/main.tf")),
            Some(FileKind::Terraform)
        );
        assert_eq!(
            FileKind::of(Path::new("main.tf.json")),
            Some(FileKind::TerraformJson)
        );
        assert_eq!(
            FileKind::of(Path::new("prod.auto.tfvars")),
            Some(FileKind::TerraformVars)
        );
        assert_eq!(
            FileKind::of(Path::new("x.tfvars.json")),
            Some(FileKind::TerraformVars)
        );
        assert_eq!(FileKind::of(Path::new("main.tf.bak")), None);
        assert_eq!(
            FileKind::of(Path::new("stack.template")),
            Some(FileKind::Template)
        );
        assert_eq!(FileKind::of(Path::new("a.yml")), Some(FileKind::Template));
        assert_eq!(FileKind::of(Path::new("tf")), None);
    }
}
