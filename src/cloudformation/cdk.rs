//! CDK cloud assemblies (`cdk.out`): `manifest.json` lists the stack
//! templates (`aws:cloudformation:stack` artifacts, `templateFile`) and the
//! nested assemblies of stages (`cdk:cloud-assembly` artifacts, an
//! `assembly-*` directory with its own manifest). Asset folders are never
//! read.

use std::path::{Path, PathBuf};

use crate::parse::json;
use crate::parse::tree::Node;

/// Nested assemblies deeper than this are not followed.
const MAX_ASSEMBLY_DEPTH: usize = 16;

/// Whether `dir` is a cloud assembly (has a `manifest.json`).
pub fn is_assembly(dir: &Path) -> bool {
    dir.join("manifest.json").is_file()
}

/// The stack templates of the assembly in `dir` and its nested assemblies,
/// and problems met on the way (an unreadable manifest).
pub fn templates(dir: &Path) -> (Vec<PathBuf>, Vec<String>) {
    let mut found = Vec::new();
    let mut warnings = Vec::new();
    collect(dir, 0, &mut found, &mut warnings);
    (found, warnings)
}

/// The output directory a CDK app's `cdk.json` names (`"output"`), when it
/// is not the default `cdk.out`.
pub fn configured_output(app_dir: &Path) -> Option<PathBuf> {
    let text = std::fs::read_to_string(app_dir.join("cdk.json")).ok()?;
    let config = json::parse(&text).ok()?;
    let output = config.get("output")?.as_str()?;
    // Only a directory of the app: `..` or an absolute path leads outside.
    let relative = Path::new(output);
    if relative.is_absolute()
        || relative
            .components()
            .any(|part| !matches!(part, std::path::Component::Normal(_)))
    {
        return None;
    }
    Some(app_dir.join(relative))
}

fn collect(dir: &Path, depth: usize, found: &mut Vec<PathBuf>, warnings: &mut Vec<String>) {
    // Nested stacks' templates sit in the assembly without a manifest entry.
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut nested: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.path())
            .filter(|path| {
                path.file_name()
                    .and_then(|name| name.to_str())
                    .is_some_and(|name| name.ends_with(".nested.template.json"))
            })
            .collect();
        nested.sort();
        found.extend(nested);
    }
    if depth > MAX_ASSEMBLY_DEPTH {
        warnings.push(format!(
            "{}: cloud assemblies nested too deeply",
            dir.display()
        ));
        return;
    }
    let manifest_path = dir.join("manifest.json");
    let text = match std::fs::read_to_string(&manifest_path) {
        Ok(text) => text,
        Err(error) => {
            warnings.push(format!("{}: {error}", manifest_path.display()));
            return;
        }
    };
    let manifest = match json::parse(&text) {
        Ok(manifest) => manifest,
        Err(error) => {
            warnings.push(format!(
                "{}: invalid JSON: {error}",
                manifest_path.display()
            ));
            return;
        }
    };
    let Some(artifacts) = manifest.get("artifacts") else {
        return;
    };
    for artifact in artifacts.entries() {
        let properties = artifact.value.get("properties");
        let property = |key: &str| properties.and_then(|p| p.get(key)).and_then(Node::as_str);
        match artifact.value.get("type").and_then(Node::as_str) {
            Some("aws:cloudformation:stack") => {
                if let Some(template) = property("templateFile").and_then(|file| inside(dir, file))
                {
                    found.push(template);
                }
            }
            Some("cdk:cloud-assembly") => {
                if let Some(nested) = property("directoryName").and_then(|name| inside(dir, name)) {
                    collect(&nested, depth + 1, found, warnings);
                }
            }
            _ => {}
        }
    }
}

/// `dir/relative`, refused when `relative` would leave `dir` (an absolute
/// path or `..`): a manifest must not send the scan outside the tree.
fn inside(dir: &Path, relative: &str) -> Option<PathBuf> {
    let relative = Path::new(relative);
    let escapes = relative.components().any(|component| {
        !matches!(
            component,
            std::path::Component::Normal(_) | std::path::Component::CurDir
        )
    });
    (!escapes).then(|| dir.join(relative))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_paths_stay_inside() {
        assert_eq!(
            inside(Path::new("cdk.out"), "A.template.json"),
            Some(PathBuf::from("cdk.out/A.template.json"))
        );
        assert_eq!(inside(Path::new("cdk.out"), "../secret.json"), None);
        assert_eq!(inside(Path::new("cdk.out"), "/etc/passwd"), None);
    }
}
