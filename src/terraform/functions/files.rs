//! File functions: `file`, `fileexists`, `fileset`, `filebase64`,
//! `templatefile`. A relative path resolves against the root module's
//! directory (Terraform's working directory). Only regular files inside the
//! scanned paths or the current directory are read, never more than
//! [`MAX_FILE`] bytes, never a device or a FIFO; anything else is unknown
//! with the reason.

use std::path::{Path, PathBuf};

use super::CallSite;
use crate::source::{SourceFile, Span};
use crate::terraform::syntax::Expr;
use crate::terraform::values::{plain, unknown_at};
use crate::value::{Value, ValueKind};

/// The largest file a file function reads.
const MAX_FILE: u64 = 4 << 20;
/// Files `fileset` lists at most, and directories it walks at most.
const MAX_LISTED: usize = 10_000;

pub const NAMES: &[&str] = &[
    "file",
    "fileexists",
    "fileset",
    "filebase64",
    "templatefile",
    "abspath",
    "filemd5",
    "filesha1",
    "filesha256",
    "filesha512",
    "filebase64sha256",
    "filebase64sha512",
];

/// The value of a file function, or `None` when `name` is not one.
pub fn call(name: &str, args: &[Value], scope: &dyn CallSite, expr: &Expr) -> Option<Value> {
    if !NAMES.contains(&name) {
        return None;
    }
    let location = scope.location(expr);
    let unknown = |reason: String| Some(unknown_at(location.clone(), scope.text(expr), reason));
    let Some(place) = scope.place() else {
        return unknown(format!(
            "`{name}` reads files, and this module has none on disk"
        ));
    };
    let Some(path_text) = args.first().and_then(Value::as_text) else {
        return unknown(format!(
            "the path given to `{name}` is not known statically"
        ));
    };
    let path = resolve(&place.root_dir, &path_text);
    if name == "abspath" {
        let text = crate::paths::absolute(&path).to_string_lossy().into_owned();
        return Some(plain(location, ValueKind::String(text)));
    }
    let inside = |path: &Path| {
        std::fs::canonicalize(path)
            .is_ok_and(|canonical| place.allowed.iter().any(|root| canonical.starts_with(root)))
    };
    if name == "fileset" {
        let Some(pattern) = args.get(1).and_then(Value::as_text) else {
            return unknown("the pattern given to `fileset` is not known statically".into());
        };
        if !inside(&path) {
            return unknown(format!(
                "`{path_text}` is outside the scanned paths; sglint does not read it"
            ));
        }
        return match fileset(&path, &pattern) {
            Some(found) => Some(plain(
                location.clone(),
                ValueKind::List(
                    found
                        .into_iter()
                        .map(|entry| plain(location.clone(), ValueKind::String(entry)))
                        .collect(),
                ),
            )),
            None => unknown(format!(
                "`fileset` pattern `{pattern}` is not valid or matches too much"
            )),
        };
    }
    let regular = std::fs::metadata(&path).is_ok_and(|meta| meta.is_file());
    if name == "fileexists" {
        if regular && !inside(&path) {
            return unknown(format!(
                "`{path_text}` is outside the scanned paths; sglint does not look at it"
            ));
        }
        return Some(plain(location, ValueKind::Bool(regular)));
    }
    if !regular {
        return unknown(format!(
            "`{path_text}` is not a regular file sglint can read"
        ));
    }
    if !inside(&path) {
        return unknown(format!(
            "`{path_text}` is outside the scanned paths; sglint does not read it"
        ));
    }
    let bytes = match read_bounded(&path) {
        Ok(bytes) => bytes,
        Err(reason) => return unknown(format!("`{path_text}`: {reason}")),
    };
    if let Some(hash) = name
        .strip_prefix("file")
        .filter(|hash| !hash.is_empty() && *hash != "base64")
    {
        // filemd5, filesha256, ...: the hash functions over the file's bytes.
        return super::hash::of_bytes(hash, &bytes)
            .map(|digest| plain(location.clone(), ValueKind::String(digest)))
            .or_else(|| unknown(format!("`{name}` is not a hash sglint computes")));
    }
    match name {
        "filebase64" => {
            let encoded = super::encoding::base64(&bytes);
            Some(plain(location, ValueKind::String(encoded)))
        }
        _ => {
            let Ok(text) = String::from_utf8(bytes) else {
                return unknown(format!("`{path_text}` is not UTF-8 text"));
            };
            if name == "file" {
                return Some(plain(location, ValueKind::String(text)));
            }
            templatefile(&path, text, args.get(1), scope, expr)
        }
    }
}

fn resolve(root: &Path, text: &str) -> PathBuf {
    let path = Path::new(text);
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        root.join(path)
    };
    crate::paths::normalize_path(&joined)
}

fn read_bounded(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|error| error.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| error.to_string())?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(format!("larger than {MAX_FILE} bytes; not read"));
    }
    Ok(bytes)
}

/// Renders a template file with the variables given: its expressions see
/// only them, and a value written in it points into it.
fn templatefile(
    path: &Path,
    text: String,
    variables: Option<&Value>,
    scope: &dyn CallSite,
    expr: &Expr,
) -> Option<Value> {
    let location = scope.location(expr);
    let bindings: Vec<(String, Value)> = match variables.map(|value| &value.kind) {
        Some(ValueKind::Object(fields)) => fields.clone(),
        None => Vec::new(),
        Some(_) => {
            return Some(unknown_at(
                location,
                scope.text(expr),
                "the variables given to `templatefile` are not known statically",
            ));
        }
    };
    let length = text.len();
    let source = SourceFile::new(path, text);
    let Some(template) =
        crate::parse::hcl::parse_template(&source.text, Span::new(0, length), true)
    else {
        return Some(unknown_at(
            location,
            scope.text(expr),
            format!("`{}` is not a valid template", path.display()),
        ));
    };
    let rendered = scope.render_template(&source, bindings, &template);
    Some(rendered)
}

/// The files under `dir` matching a glob, relative to it, sorted.
fn fileset(dir: &Path, pattern: &str) -> Option<Vec<String>> {
    let matcher = globset::GlobBuilder::new(pattern)
        .literal_separator(true)
        .build()
        .ok()?
        .compile_matcher();
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    let mut walked = 0;
    while let Some(current) = pending.pop() {
        walked += 1;
        if walked > MAX_LISTED {
            return None;
        }
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let path = entry.path();
            // Links are not followed: the walk stays inside `dir`.
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file() {
                let Ok(relative) = path.strip_prefix(dir) else {
                    continue;
                };
                let relative = relative.to_string_lossy().replace('\\', "/");
                if matcher.is_match(&relative) {
                    found.push(relative);
                    if found.len() > MAX_LISTED {
                        return None;
                    }
                }
            }
        }
    }
    found.sort();
    Some(found)
}
