//! Entry points for the fuzz targets in `fuzz/` and their regression tests
//! (`tests/fuzz_regressions.rs`): each takes arbitrary bytes and runs one
//! front end, then extraction, rules and rendering, the way a scan would.
//! None may panic, hang or allocate without bound.

#![doc(hidden)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::cloudformation::{extract::extract_template, is_template};
use crate::model::IngressRule;
use crate::parse::{hcl, json, yaml};
use crate::report::{self, Format, ReportContext};
use crate::rules::{self, Settings};
use crate::source::SourceFile;
use crate::suppress;
use crate::terraform::eval::{ModuleScope, Scope};
use crate::terraform::extract::ParsedFile;
use crate::terraform::module::{self, Loader, ParsedModule, RootInputs};
use crate::terraform::{json as terraform_json, plan};

fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// Rules, suppressions and every report format on extracted rules.
fn finish(rules: Vec<IngressRule>) {
    let allowed = vec!["tcp:443".parse().expect("valid")];
    let mut findings = rules::check_all(
        rules,
        &Settings {
            allowed_ports: allowed,
            ..Settings::default()
        },
    );
    let suppressions = suppress::Suppressions::default();
    let _ = suppressions.apply(&mut findings, (2026, 1, 1));
    let context = ReportContext {
        files_scanned: 1,
        ..ReportContext::default()
    };
    for format in [Format::Text, Format::Concise, Format::Json, Format::Sarif] {
        let _ = report::write_report(format, &findings, &context, &mut std::io::sink());
    }
}

fn evaluate_files(files: Vec<ParsedFile>) {
    let parsed = ParsedModule {
        dir: PathBuf::from("/nonexistent-fuzz"),
        files,
        auto_vars: Vec::new(),
        findings: Vec::new(),
        notes: Vec::new(),
    };
    // Nothing may be read from disk: no directory is allowed to the loader.
    let loader = Loader::new(Vec::new());
    let evaluation = module::evaluate_root(&parsed, &RootInputs::default(), &loader);
    finish(evaluation.rules.into_iter().map(|rule| rule.rule).collect());
}

pub fn hcl(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let file = SourceFile::new("fuzz.tf", text);
    if let Ok(body) = hcl::parse_body(&file.text) {
        let suppressions = suppress::hcl_suppressions(&file, &body);
        evaluate_files(vec![ParsedFile {
            file,
            body,
            suppressions,
        }]);
    }
}

pub fn terraform_json(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let file = SourceFile::new("fuzz.tf.json", text);
    let Ok(root) = json::parse(&file.text) else {
        return;
    };
    let suppressions = suppress::json_suppressions(&file, &root);
    if let Ok(body) = terraform_json::convert(root, &file.text) {
        evaluate_files(vec![ParsedFile {
            file,
            body,
            suppressions,
        }]);
    }
}

pub fn tfvars(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let file = SourceFile::new("fuzz.tfvars", text);
    if let Ok(body) = hcl::parse_body(&file.text) {
        let empty = ModuleScope::new(HashMap::new(), HashMap::new(), String::new());
        let scope = Scope::new(&empty, &file);
        for attribute in &body.attributes {
            let _ = scope.eval(&attribute.value);
        }
    }
}

fn template(file: Arc<SourceFile>, root: crate::parse::tree::Node) {
    let _ = crate::parse::tree::duplicate_keys(&root);
    if is_template(&root) {
        let _ = suppress::yaml_suppressions(&file, &root);
        finish(extract_template(&file, &root, &[]));
    }
}

pub fn cloudformation_yaml(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let file = SourceFile::new("fuzz.yaml", text);
    if let Ok(root) = yaml::parse(&file.text) {
        template(file, root);
    }
}

pub fn cloudformation_json(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let file = SourceFile::new("fuzz.json", text);
    if let Ok(root) = json::parse(&file.text) {
        template(file, root);
    }
}

pub fn plan_json(data: &[u8]) {
    let Some(text) = text(data) else { return };
    // A directory that does not exist: no configuration is read beside it.
    let file = SourceFile::new("/nonexistent-fuzz/plan.json", text);
    if let Ok(root) = json::parse(&file.text)
        && plan::is_plan(&root)
    {
        finish(plan::extract_plan(&file, &root));
    }
}

pub fn config(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let _ = crate::config::Config::parse(Path::new("/nonexistent-fuzz/.sglint.toml"), text);
}

/// The whole pipeline on one file: its kind is picked by the first byte.
pub fn pipeline(data: &[u8]) {
    let Some((kind, body)) = data.split_first() else {
        return;
    };
    let name = [
        "main.tf",
        "main.tf.json",
        "template.yaml",
        "template.json",
        "terraform.tfvars",
        "x.template",
    ][*kind as usize % 6];
    let Ok(dir) = tempfile_dir() else { return };
    let path = dir.join(name);
    if std::fs::write(&path, body).is_ok() {
        let options = crate::scan::ScanOptions {
            paths: vec![path],
            ..crate::scan::ScanOptions::default()
        };
        if let Ok(result) = crate::scan::scan(&options) {
            let context = ReportContext {
                files_scanned: result.files_scanned,
                ..ReportContext::default()
            };
            let _ = report::write_report(
                Format::Text,
                &result.findings,
                &context,
                &mut std::io::sink(),
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Where the parts of a `terraform_modules` input go: a root module and
/// three modules it (and they) may call by these relative paths.
pub const MODULE_FILES: [&str; 4] = ["main.tf", "a/main.tf", "b/main.tf", "a/c/main.tf"];
/// What separates the parts of a `terraform_modules` input.
pub const MODULE_SEPARATOR: &str = "\n#---\n";

/// A tree of Terraform modules (calls, outputs, `count`/`for_each`, cycles)
/// scanned as a whole: the input is split at [`MODULE_SEPARATOR`] into the
/// files of [`MODULE_FILES`].
pub fn terraform_modules(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let Ok(dir) = tempfile_dir() else { return };
    for (part, name) in text.split(MODULE_SEPARATOR).zip(MODULE_FILES) {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = std::fs::write(path, part);
    }
    let options = crate::scan::ScanOptions {
        paths: vec![dir.clone()],
        ..crate::scan::ScanOptions::default()
    };
    if let Ok(result) = crate::scan::scan(&options) {
        let context = ReportContext {
            files_scanned: result.files_scanned,
            ..ReportContext::default()
        };
        for format in [Format::Text, Format::Sarif] {
            let _ = report::write_report(format, &result.findings, &context, &mut std::io::sink());
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn tempfile_dir() -> std::io::Result<PathBuf> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "sglint-fuzz-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// A fuzz target: arbitrary bytes in, nothing out, never a panic.
pub type Target = fn(&[u8]);

/// Every target by name, for the regression test.
pub const TARGETS: &[(&str, Target)] = &[
    ("hcl", hcl),
    ("terraform_json", terraform_json),
    ("tfvars", tfvars),
    ("cloudformation_yaml", cloudformation_yaml),
    ("cloudformation_json", cloudformation_json),
    ("plan_json", plan_json),
    ("config", config),
    ("pipeline", pipeline),
    ("terraform_modules", terraform_modules),
];
