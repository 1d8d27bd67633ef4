//! Loading a Terraform module directory: its configuration files (HCL or
//! JSON, with override files merged) and its auto-loaded tfvars, each read
//! with the limits of `read.rs`. What cannot be parsed is an SG900 finding.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::model::Location;
use crate::parse::{hcl, json};
use crate::rules::{Finding, UnparseableFile};
use crate::source::{SourceFile, Span};
use crate::suppress;
use crate::terraform::extract::ParsedFile;
use crate::terraform::json as terraform_json;
use crate::terraform::syntax::{Attribute, Body};

/// A tfvars file: its assignments.
#[derive(Debug)]
pub struct VarsFile {
    pub file: Arc<SourceFile>,
    pub body: Body,
    /// Set when the file cannot be read because it is encrypted (git-crypt):
    /// any variable may be set in it, so none of them is known.
    pub encrypted: Option<String>,
}

/// One module directory, parsed.
pub struct ParsedModule {
    pub dir: PathBuf,
    pub files: Vec<ParsedFile>,
    /// Auto-loaded tfvars of this directory, in Terraform's order.
    pub auto_vars: Vec<VarsFile>,
    /// SG900 for files of this directory that could not be parsed.
    pub findings: Vec<Finding>,
    /// Files that could not be read for another reason (encrypted).
    pub notes: Vec<String>,
}

impl ParsedModule {
    /// A module of `dir` with nothing read yet.
    pub fn empty(dir: &Path) -> Self {
        ParsedModule {
            dir: dir.to_path_buf(),
            files: Vec::new(),
            auto_vars: Vec::new(),
            findings: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// Parses a module from its configuration files; `siblings` are all files of
/// the directory, where auto-loaded tfvars are looked for.
pub fn parse_module(dir: &Path, configuration: &[PathBuf], siblings: &[PathBuf]) -> ParsedModule {
    let mut configuration = configuration.to_vec();
    crate::discover::prefer_tofu(&mut configuration);
    let mut module = ParsedModule::empty(dir);
    for path in &configuration {
        match parse_configuration(path) {
            Ok(parsed) => module.files.push(parsed),
            Err(finding) if crate::read::is_encrypted(&finding) => module.notes.push(format!(
                "{}: encrypted with git-crypt; its resources are not checked",
                crate::paths::display_path(path)
            )),
            Err(finding) => module.findings.push(*finding),
        }
    }
    crate::terraform::overrides::apply(&mut module.files);
    for path in auto_vars_files(siblings) {
        match parse_vars_file(&path) {
            Ok(vars) => module.auto_vars.push(vars),
            Err(finding) => module.findings.push(*finding),
        }
    }
    module
}

/// `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars(.json)`
/// in lexical order: Terraform's loading order (later wins).
fn auto_vars_files(siblings: &[PathBuf]) -> Vec<PathBuf> {
    let name = |path: &PathBuf| {
        path.file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default()
            .to_string()
    };
    let mut ordered: Vec<PathBuf> = Vec::new();
    for wanted in ["terraform.tfvars", "terraform.tfvars.json"] {
        ordered.extend(siblings.iter().filter(|path| name(path) == wanted).cloned());
    }
    let mut auto: Vec<PathBuf> = siblings
        .iter()
        .filter(|path| {
            let name = name(path);
            name.ends_with(".auto.tfvars") || name.ends_with(".auto.tfvars.json")
        })
        .cloned()
        .collect();
    auto.sort_by_key(name);
    ordered.extend(auto);
    ordered
}

pub fn parse_configuration(path: &Path) -> Result<ParsedFile, Box<Finding>> {
    parse_configuration_source(crate::read::read_source(path)?)
}

/// Parses a configuration file already read (or built in: see `models`).
pub fn parse_configuration_source(source: Arc<SourceFile>) -> Result<ParsedFile, Box<Finding>> {
    if source
        .path()
        .to_string_lossy()
        .to_ascii_lowercase()
        .ends_with(".json")
    {
        let root = json::parse(&source.text).map_err(|error| {
            unparseable(&source, error.offset, &format!("invalid JSON: {error}"))
        })?;
        let suppressions = suppress::json_suppressions(&source, &root);
        let start = root.span.start;
        let body = terraform_json::convert(root, &source.text)
            .map_err(|problem| unparseable(&source, start, &problem))?;
        Ok(ParsedFile {
            file: source,
            body,
            suppressions,
        })
    } else {
        let body = hcl::parse_body(&source.text).map_err(|error| {
            unparseable(&source, error.offset, &format!("invalid HCL: {error}"))
        })?;
        let suppressions = suppress::hcl_suppressions(&source, &body);
        Ok(ParsedFile {
            file: source,
            body,
            suppressions,
        })
    }
}

/// A tfvars file: HCL attributes, or a JSON object of values.
pub fn parse_vars_file(path: &Path) -> Result<VarsFile, Box<Finding>> {
    let source = match crate::read::read_source(path) {
        Ok(source) => source,
        Err(finding) if crate::read::is_encrypted(&finding) => {
            return Ok(VarsFile {
                file: SourceFile::new(path, String::new()),
                body: Body::default(),
                encrypted: Some(format!(
                    "`{}` is encrypted with git-crypt",
                    crate::paths::display_path(path)
                )),
            });
        }
        Err(finding) => return Err(finding),
    };
    let body = if path.to_string_lossy().ends_with(".json") {
        let root = json::parse(&source.text).map_err(|error| {
            unparseable(&source, error.offset, &format!("invalid JSON: {error}"))
        })?;
        let mut body = Body::default();
        let entries = match root.value {
            crate::parse::tree::Value::Object(entries) => entries,
            _ => Vec::new(),
        };
        for entry in entries {
            let span = Span::new(entry.key_span.start, entry.value.span.end);
            body.attributes.push(Attribute {
                key: entry.key,
                key_span: entry.key_span,
                value: terraform_json::value_expr(entry.value, &source.text),
                span,
            });
        }
        body
    } else {
        hcl::parse_body(&source.text)
            .map_err(|error| unparseable(&source, error.offset, &format!("invalid HCL: {error}")))?
    };
    Ok(VarsFile {
        file: source,
        body,
        encrypted: None,
    })
}

fn unparseable(source: &Arc<SourceFile>, offset: usize, problem: &str) -> Box<Finding> {
    Box::new(UnparseableFile::finding(
        Location::new(source, Span::new(offset, offset)),
        problem,
    ))
}
