//! Where a called module is read from: a local directory inside the scanned
//! paths, an installed module from `.terraform/modules/modules.json`, a
//! built-in model, or nowhere (the call is reported as unchecked).

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use crate::parse::json;
use crate::paths::normalize_path;
use crate::terraform::eval::{Place, Scope};
use crate::terraform::load::{ParsedModule, parse_module};
use crate::terraform::models;
use crate::terraform::syntax::Block;

use super::MAX_MODULE_DEPTH;

/// Reads module directories once, however often they are called.
pub struct Loader {
    pub(super) cache: Mutex<HashMap<PathBuf, Arc<ParsedModule>>>,
    pub(super) allowed: Vec<PathBuf>,
    /// `--workspace`: the value of `terraform.workspace`.
    pub(super) workspace: Option<String>,
}

impl Loader {
    /// `allowed`: directories whose contents may be read (the scanned paths
    /// and the current directory).
    pub fn new(allowed: Vec<PathBuf>) -> Self {
        let allowed = allowed
            .iter()
            .filter_map(|path| std::fs::canonicalize(path).ok())
            .collect();
        Loader {
            cache: Mutex::new(HashMap::new()),
            allowed,
            workspace: None,
        }
    }

    /// The same loader, with `terraform.workspace` known.
    pub fn with_workspace(mut self, workspace: Option<String>) -> Self {
        self.workspace = workspace;
        self
    }

    /// Where a module instance in `module_dir` under the root `root_dir` is;
    /// `None` for a built-in model, which has no files.
    pub(super) fn place(&self, module_dir: &Path, root_dir: &Path) -> Option<Rc<Place>> {
        if crate::paths::is_model_path(module_dir) {
            return None;
        }
        Some(Rc::new(Place {
            module_dir: module_dir.to_path_buf(),
            root_dir: root_dir.to_path_buf(),
            allowed: Rc::new(self.allowed.clone()),
            workspace: self.workspace.clone(),
        }))
    }

    pub fn insert(&self, module: Arc<ParsedModule>) {
        let key = std::fs::canonicalize(&module.dir).unwrap_or_else(|_| module.dir.clone());
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(key, module);
        }
    }

    pub(super) fn load(&self, dir: &Path) -> Result<Arc<ParsedModule>, String> {
        let canonical = std::fs::canonicalize(dir)
            .map_err(|_| format!("`{}` does not exist", dir.display()))?;
        if !self.allowed.iter().any(|root| canonical.starts_with(root)) {
            return Err(format!(
                "`{}` is outside the scanned paths; it was not read",
                dir.display()
            ));
        }
        if let Some(module) = self
            .cache
            .lock()
            .ok()
            .and_then(|cache| cache.get(&canonical).cloned())
        {
            return Ok(module);
        }
        let module = Arc::new(parse_directory(dir));
        if let Ok(mut cache) = self.cache.lock() {
            cache
                .entry(canonical)
                .or_insert_with(|| Arc::clone(&module));
        }
        Ok(module)
    }

    /// Every module read, for their SG900 findings.
    pub fn modules(&self) -> Vec<Arc<ParsedModule>> {
        self.cache
            .lock()
            .map(|cache| cache.values().cloned().collect())
            .unwrap_or_default()
    }
}

/// Parses the `.tf` and `.tf.json` files and the auto-loaded tfvars of one
/// directory (not its subdirectories).
pub fn parse_directory(dir: &Path) -> ParsedModule {
    let mut paths = crate::read::directory_entries(dir);
    paths.retain(|path| crate::read::is_regular_file(path));
    paths.sort();
    let configuration: Vec<PathBuf> = paths
        .iter()
        .filter(|path| {
            matches!(
                crate::discover::FileKind::of(path),
                Some(
                    crate::discover::FileKind::Terraform | crate::discover::FileKind::TerraformJson
                )
            )
        })
        .cloned()
        .collect();
    parse_module(dir, &configuration, &paths)
}

/// Why a `module` block's source cannot be followed.
pub(super) enum CallProblem {
    /// The source cannot be read at all: SG005 at the call.
    Unchecked { problem: String, help: String },
    /// Anything else (a cycle, too deep, outside the scanned paths): a note.
    Other(String),
}

impl CallProblem {
    pub(super) fn text(&self) -> String {
        match self {
            CallProblem::Unchecked { problem, .. } => format!("is not checked: {problem}"),
            CallProblem::Other(problem) => problem.clone(),
        }
    }
}

/// The module a `module` block calls, read through the loader (or a
/// built-in model), and its canonical directory; or why it cannot be followed.
pub(super) fn called_module(
    module: &ParsedModule,
    block: &Block,
    scope: &Scope,
    root_dir: &Path,
    key: &str,
    stack: &[PathBuf],
    loader: &Loader,
) -> Result<(Arc<ParsedModule>, PathBuf), CallProblem> {
    let source = block
        .body
        .attribute("source")
        .and_then(|attribute| scope.eval(&attribute.value).as_text())
        .ok_or_else(|| {
            CallProblem::Other("has no literal `source`; its resources are not checked".into())
        })?;
    if stack.len() >= MAX_MODULE_DEPTH {
        return Err(CallProblem::Other(format!(
            "is nested more than {MAX_MODULE_DEPTH} modules deep; not followed"
        )));
    }
    let dir = if is_local_source(&source) {
        normalize_path(&module.dir.join(&source))
    } else if let Some(dir) = installed_module_dir(root_dir, key) {
        dir
    } else if let Some(dir) = models::dir_for_source(&source) {
        dir
    } else {
        return Err(unchecked_source(module, &source));
    };
    if crate::paths::is_model_path(&dir) {
        let child = models::load(&dir).ok_or_else(|| {
            CallProblem::Other(format!("calls `{source}`, which sglint does not model"))
        })?;
        if stack.contains(&dir) {
            return Err(CallProblem::Other(
                "calls a module that is already being evaluated (a cycle); not followed".into(),
            ));
        }
        return Ok((child, dir));
    }
    let child = loader
        .load(&dir)
        .map_err(|problem| CallProblem::Other(format!("cannot be read: {problem}")))?;
    let canonical = std::fs::canonicalize(&dir).unwrap_or(dir);
    if stack.contains(&canonical) {
        return Err(CallProblem::Other(
            "calls a module that is already being evaluated (a cycle); not followed".into(),
        ));
    }
    Ok((child, canonical))
}

/// Why a source that is neither local, downloaded nor modelled is unchecked.
pub(super) fn unchecked_source(module: &ParsedModule, source: &str) -> CallProblem {
    let looks_local = !source.contains("::")
        && !source.contains("://")
        && !source.starts_with('/')
        && module.dir.join(source).is_dir();
    if looks_local {
        return CallProblem::Unchecked {
            problem: format!(
                "`{source}` is not a local path to Terraform (local paths start with `./` or `../`), so Terraform rejects it"
            ),
            help: format!("write `source = \"./{source}\"`"),
        };
    }
    CallProblem::Unchecked {
        problem: format!("`{source}` is not downloaded and sglint has no model of it"),
        help: "run `terraform init -backend=false` before sglint so the module is under `.terraform/modules` and its security groups are checked".to_string(),
    }
}

/// `./x`, `../x`: a directory of the same repository.
pub(super) fn is_local_source(source: &str) -> bool {
    source.starts_with("./") || source.starts_with("../") || source == "." || source == ".."
}

/// A remote module installed by `terraform init`, from
/// `.terraform/modules/modules.json` of the root module.
pub(super) fn installed_module_dir(root_dir: &Path, key: &str) -> Option<PathBuf> {
    let manifest = root_dir.join(".terraform/modules/modules.json");
    let text = std::fs::read_to_string(manifest).ok()?;
    let document = json::parse(&text).ok()?;
    let entry = document
        .get("Modules")?
        .items()
        .iter()
        .find(|entry| entry.get("Key").and_then(|k| k.as_str()) == Some(key))?;
    let dir = entry.get("Dir")?.as_str()?;
    let relative = Path::new(dir);
    // The manifest must not send the scan outside the root module.
    if relative
        .components()
        .any(|component| !matches!(component, Component::Normal(_) | Component::CurDir))
    {
        return None;
    }
    Some(root_dir.join(relative))
}
