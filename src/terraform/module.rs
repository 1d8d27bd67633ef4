//! Terraform modules: a directory's files evaluated together, with their
//! inputs (defaults, tfvars, `--var`, `--var-file`, `TF_VAR_*`), `count` and
//! `for_each` instances, and calls of local modules evaluated recursively
//! with their arguments.
//!
//! A module directory is read only when it lies inside the scanned paths or
//! the current directory; a remote module is read from
//! `.terraform/modules/modules.json` when `terraform init` left it there,
//! otherwise its resources are out of reach and a note says so.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use crate::model::{Assumption, Assumptions, Holds, IngressRule, Location, Subject};
use crate::parse::{hcl, json};
use crate::paths::normalize_path;
use crate::rules::{Finding, UncheckedModule};
use crate::source::SourceFile;
use crate::terraform::eval::{LocalDefinition, MAX_FUEL, ModuleScope, Place, Scope, VariableValue};
use crate::terraform::extract::extract_resource;
pub use crate::terraform::load::{
    ParsedModule, VarsFile, parse_configuration, parse_configuration_source, parse_module,
    parse_vars_file,
};
use crate::terraform::models;
use crate::terraform::syntax::Block;
use crate::terraform::types;
use crate::terraform::values::{failure_at, plain, relocate, runtime_at, unknown_at};
use crate::value::{Value, ValueKind};

/// Instances of one `count` / `for_each` beyond this are not expanded: the
/// index becomes unknown, with the reason.
pub const MAX_INSTANCES: usize = 1024;
/// Module calls nested deeper than this are not followed.
const MAX_MODULE_DEPTH: usize = 16;
/// Module and resource instances one root module may expand to: nested
/// `count` and `for_each` multiply, and 1,000 × 1,000 × 1,000 instances
/// must end with a note, not exhaust the machine.
pub const MAX_EXPANSION: usize = 20_000;

/// What is left of [`MAX_EXPANSION`] in one root module's evaluation.
struct Budget {
    left: Cell<usize>,
    noted: Cell<bool>,
    /// The evaluator's fuel (see `MAX_FUEL`), shared by every instance.
    fuel: Rc<Cell<usize>>,
    /// `module` blocks evaluated once past the budget (file, offset): the
    /// same block under another parent instance would find the same
    /// places, and fan-out must stay linear.
    spent_calls: RefCell<HashSet<(PathBuf, usize)>>,
}

impl Budget {
    fn new() -> Self {
        Budget {
            left: Cell::new(MAX_EXPANSION),
            noted: Cell::new(false),
            fuel: Rc::new(Cell::new(MAX_FUEL)),
            spent_calls: RefCell::new(HashSet::new()),
        }
    }

    /// Whether a `module` block past the budget still needs evaluating
    /// (the first time only).
    fn first_call_past_budget(&self, at: &Location) -> bool {
        self.spent_calls
            .borrow_mut()
            .insert((at.file.path().to_path_buf(), at.span.start))
    }

    fn spent(&self) -> bool {
        self.left.get() == 0
    }

    /// Takes one instance; false once the budget is spent.
    fn take(&self) -> bool {
        let left = self.left.get();
        self.left.set(left.saturating_sub(1));
        left > 0
    }

    /// The note, the first time the budget runs out.
    fn note(&self, at: &Location, evaluation: &mut Evaluation) {
        if !self.noted.replace(true) {
            let position = at.file.position(at.span.start);
            evaluation.notes.push(format!(
                "{}:{}:{}: {}",
                crate::paths::display_path(at.file.path()),
                position.line,
                position.column,
                spent_reason()
            ));
        }
    }
}

fn spent_reason() -> String {
    format!(
        "the configuration expands to more than {MAX_EXPANSION} module and resource instances (nested `count`/`for_each`); the rest are not evaluated"
    )
}

/// Values given for the root module from outside its directory, in the
/// order given (later wins).
#[derive(Debug, Clone, Default)]
pub struct RootInputs {
    pub assignments: Vec<CliAssignment>,
    /// `--workspace`: the value of `terraform.workspace` (unknown without).
    pub workspace: Option<String>,
    /// `TF_VAR_name` environment variables.
    pub environment: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub enum CliAssignment {
    /// `--var-file FILE`, already parsed.
    File(Arc<VarsFile>),
    /// `--var NAME=VALUE`.
    Value(String, String),
}

/// Reads module directories once, however often they are called.
pub struct Loader {
    cache: Mutex<HashMap<PathBuf, Arc<ParsedModule>>>,
    allowed: Vec<PathBuf>,
    /// `--workspace`: the value of `terraform.workspace`.
    workspace: Option<String>,
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
    fn place(&self, module_dir: &Path, root_dir: &Path) -> Option<Rc<Place>> {
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

    fn load(&self, dir: &Path) -> Result<Arc<ParsedModule>, String> {
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
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok())
                .map(|entry| entry.path())
                .collect()
        })
        .unwrap_or_default();
    paths.retain(|path| std::fs::symlink_metadata(path).is_ok_and(|meta| meta.is_file()));
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

/// An ingress rule and whether it was reached through a module call.
pub struct EvaluatedRule {
    pub rule: IngressRule,
    pub via_call: bool,
}

/// What evaluating one root module produced.
#[derive(Default)]
pub struct Evaluation {
    pub rules: Vec<EvaluatedRule>,
    /// SG005 for module calls whose source cannot be read.
    pub findings: Vec<Finding>,
    /// Things sglint could not reach (a remote module not downloaded).
    pub notes: Vec<String>,
    /// Module directories entered through calls (canonical paths).
    pub called: HashSet<PathBuf>,
    /// CloudFormation templates deployed by `aws_cloudformation_stack`.
    pub templates: Vec<EmbeddedTemplate>,
}

/// A CloudFormation template that a Terraform resource deploys inline
/// (`aws_cloudformation_stack.template_body`), for the CloudFormation front
/// end to check with the `parameters` given.
#[derive(Debug)]
pub struct EmbeddedTemplate {
    /// The resource's address, e.g. `aws_cloudformation_stack.network`.
    pub address: String,
    /// The `template_body` attribute.
    pub attribute: Location,
    /// Where the template's text stands verbatim in the file (a heredoc
    /// without interpolation): findings then point at its lines.
    pub verbatim: Option<crate::source::Span>,
    /// The evaluated body: a string when it is known.
    pub body: Value,
    /// The evaluated `parameters` map, when written.
    pub parameters: Option<Value>,
    pub via_call: bool,
}

/// Evaluates `module` as a root module with its own tfvars and `inputs`.
pub fn evaluate_root(module: &ParsedModule, inputs: &RootInputs, loader: &Loader) -> Evaluation {
    let mut evaluation = Evaluation::default();
    evaluation.notes.extend(module.notes.iter().cloned());
    evaluation
        .notes
        .extend(module.auto_vars.iter().filter_map(|vars| {
            vars.encrypted
                .as_ref()
                .map(|why| format!("{why}; the variables it may set are unknown"))
        }));
    let variables = root_variables(module, inputs);
    let mut stack = vec![std::fs::canonicalize(&module.dir).unwrap_or_else(|_| module.dir.clone())];
    let budget = Budget::new();
    let call = CallContext {
        root_dir: &module.dir,
        budget: &budget,
        key: String::new(),
        via_call: false,
    };
    evaluate_instance(
        module,
        variables,
        String::new(),
        &call,
        loader,
        &mut stack,
        &mut evaluation,
    );
    evaluation
}

struct CallContext<'r> {
    root_dir: &'r Path,
    budget: &'r Budget,
    /// The module's key in `modules.json`: `""`, `web`, `web.subnets`.
    key: String,
    via_call: bool,
}

fn variable_blocks(module: &ParsedModule) -> Vec<(&Arc<SourceFile>, &Block)> {
    module
        .files
        .iter()
        .flat_map(|parsed| {
            parsed
                .body
                .blocks("variable")
                .map(move |block| (&parsed.file, block))
        })
        .collect()
}

/// Defaults, then environment, tfvars files and command-line values, in
/// Terraform's precedence order (later wins).
fn root_variables(module: &ParsedModule, inputs: &RootInputs) -> HashMap<String, VariableValue> {
    let empty = ModuleScope::new(HashMap::new(), HashMap::new(), String::new());
    let mut values = HashMap::new();
    let declared: BTreeMap<String, (&Arc<SourceFile>, &Block)> = variable_blocks(module)
        .into_iter()
        .filter_map(|(file, block)| Some((block.label(0)?.to_string(), (file, block))))
        .collect();
    for (name, (file, block)) in &declared {
        let value = match block.body.attribute("default") {
            Some(default) => VariableValue {
                value: Scope::new(&empty, file).eval(&default.value),
                how: format!("is the default of `var.{name}`"),
                defaulted: true,
            },
            None => VariableValue {
                value: runtime_at(
                    label_location(file, block),
                    format!("var.{name}"),
                    format!("`var.{name}` has no default and no tfvars value"),
                ),
                how: "is declared here without a default".to_string(),
                defaulted: false,
            },
        };
        values.insert(name.clone(), value);
    }
    let set =
        |values: &mut HashMap<String, VariableValue>, name: &str, value: Value, how: String| {
            if declared.contains_key(name) {
                values.insert(
                    name.to_string(),
                    VariableValue {
                        value,
                        how,
                        defaulted: false,
                    },
                );
            }
        };
    for (name, text) in &inputs.environment {
        if let Some((file, block)) = declared.get(name) {
            let value = text_value(text, label_location(file, block));
            set(
                &mut values,
                name,
                value,
                format!("is set for `var.{name}` by TF_VAR_{name}"),
            );
        }
    }
    for vars in &module.auto_vars {
        if let Some(why) = &vars.encrypted {
            for (name, (file, block)) in &declared {
                if let Some(current) = values.get_mut(name) {
                    *current = maybe_set_by_encrypted(current, name, why, file, block);
                }
            }
            continue;
        }
        for (name, value) in vars_values(vars, &empty) {
            let how = format!("is set for `var.{name}` in {}", file_name(&vars.file));
            set(&mut values, &name, value, how);
        }
    }
    for assignment in &inputs.assignments {
        match assignment {
            CliAssignment::File(vars) => {
                if let Some(why) = &vars.encrypted {
                    for (name, (file, block)) in &declared {
                        if let Some(current) = values.get_mut(name) {
                            *current = maybe_set_by_encrypted(current, name, why, file, block);
                        }
                    }
                    continue;
                }
                for (name, value) in vars_values(vars, &empty) {
                    let how = format!(
                        "is set for `var.{name}` in {}",
                        crate::paths::display_path(vars.file.path())
                    );
                    set(&mut values, &name, value, how);
                }
            }
            CliAssignment::Value(name, text) => {
                if let Some((file, block)) = declared.get(name.as_str()) {
                    let value = text_value(text, label_location(file, block));
                    set(
                        &mut values,
                        name,
                        value,
                        format!("is set for `var.{name}` by --var"),
                    );
                }
            }
        }
    }
    for (name, (file, block)) in &declared {
        if let Some(variable) = values.get_mut(name) {
            apply_declaration(variable, file, block);
        }
    }
    values
}

/// What the `variable` block declares about its value: `nullable = false`
/// turns a null into the default, and the value is converted to `type`
/// (`"true"` is a bool for a `bool`, a missing optional attribute is its
/// default or null).
fn apply_declaration(variable: &mut VariableValue, file: &Arc<SourceFile>, block: &Block) {
    let empty = ModuleScope::new(HashMap::new(), HashMap::new(), String::new());
    let scope = Scope::new(&empty, file);
    let not_nullable = block
        .body
        .attribute("nullable")
        .is_some_and(|nullable| matches!(scope.eval(&nullable.value).kind, ValueKind::Bool(false)));
    if not_nullable
        && matches!(variable.value.kind, ValueKind::Null)
        && let Some(default) = block.body.attribute("default")
    {
        variable.value = scope.eval(&default.value);
        variable.how = format!(
            "is the default of `var.{}` (it is not nullable)",
            block.label(0).unwrap_or_default()
        );
    }
    let Some(declared) = block.body.attribute("type") else {
        return;
    };
    // Terraform JSON writes the type as a string.
    let parsed_text;
    let type_expr = match &declared.value.kind {
        crate::terraform::syntax::ExprKind::String(text) => {
            parsed_text = hcl::parse_body(&format!("t = {text}")).ok();
            match parsed_text
                .as_ref()
                .and_then(|body| body.attributes.first())
            {
                Some(attribute) => &attribute.value,
                None => return,
            }
        }
        _ => &declared.value,
    };
    if let Some(kind) = types::parse(type_expr, &|expr| scope.eval(expr)) {
        let value = std::mem::replace(
            &mut variable.value,
            plain(label_location(file, block), ValueKind::Null),
        );
        variable.value = types::convert(value, &kind);
    }
}

/// A variable an encrypted tfvars file may set: what it was before, if the
/// file does not set it, or unknown with the reason, if it does. Both are
/// checked, so a public default is still reported.
fn maybe_set_by_encrypted(
    current: &VariableValue,
    name: &str,
    why: &str,
    file: &Arc<SourceFile>,
    block: &Block,
) -> VariableValue {
    let location = label_location(file, block);
    let unknown = runtime_at(
        location.clone(),
        format!("var.{name}"),
        format!("`var.{name}` may be set in a file sglint cannot read: {why}"),
    );
    let kept = relocate(
        &current.value,
        &current.value.location.clone(),
        Some(&current.how),
    );
    VariableValue {
        value: plain(
            location,
            ValueKind::OneOf(vec![
                crate::value::Alternative {
                    assumption: Assumptions::one(Assumption::new(
                        Subject::EncryptedVariable(name.to_string()),
                        Holds::False,
                    )),
                    value: kept,
                },
                crate::value::Alternative {
                    assumption: Assumptions::one(Assumption::new(
                        Subject::EncryptedVariable(name.to_string()),
                        Holds::True,
                    )),
                    value: unknown,
                },
            ]),
        ),
        how: format!("may be set in an encrypted file ({why})"),
        defaulted: false,
    }
}

fn file_name(file: &SourceFile) -> String {
    file.path()
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn vars_values(vars: &VarsFile, empty: &ModuleScope) -> Vec<(String, Value)> {
    let scope = Scope::new(empty, &vars.file);
    // SOPS keeps its metadata under `sops` and writes each value as
    // `ENC[AES256_GCM,...]`: such a value is unknown, not a string.
    let sops = vars.body.attribute("sops").is_some();
    vars.body
        .attributes
        .iter()
        .filter(|attribute| !(sops && attribute.key == "sops"))
        .map(|attribute| {
            let value = scope.eval(&attribute.value);
            let value = if sops {
                sops_unknown(value, &attribute.key)
            } else {
                value
            };
            (attribute.key.clone(), value)
        })
        .collect()
}

/// Values SOPS encrypted (`ENC[...]`), anywhere inside `value`, as unknown.
fn sops_unknown(value: Value, name: &str) -> Value {
    match value.kind {
        ValueKind::String(ref text) if text.starts_with("ENC[") => runtime_at(
            value.location.clone(),
            format!("var.{name}"),
            format!("`var.{name}` is encrypted with SOPS in its tfvars file"),
        ),
        ValueKind::List(items) => Value {
            kind: ValueKind::List(
                items
                    .into_iter()
                    .map(|item| sops_unknown(item, name))
                    .collect(),
            ),
            ..value
        },
        ValueKind::Object(fields) => Value {
            kind: ValueKind::Object(
                fields
                    .into_iter()
                    .map(|(key, field)| (key, sops_unknown(field, name)))
                    .collect(),
            ),
            ..value
        },
        _ => value,
    }
}

/// A value given as text (`--var`, `TF_VAR_`): a list or object literal is
/// parsed as HCL, anything else is a string.
fn text_value(text: &str, location: Location) -> Value {
    let trimmed = text.trim_start();
    if (trimmed.starts_with('[') || trimmed.starts_with('{'))
        && let Ok(body) = hcl::parse_body(&format!("v = {text}"))
        && let Some(attribute) = body.attributes.first()
    {
        let source = SourceFile::new(location.file.path(), format!("v = {text}"));
        let empty = ModuleScope::new(HashMap::new(), HashMap::new(), String::new());
        let value = Scope::new(&empty, &source).eval(&attribute.value);
        return relocate_all(value, &location);
    }
    plain(location, ValueKind::String(text.to_string()))
}

/// Points every nested value at `location` (values from the command line
/// have no file of their own).
fn relocate_all(value: Value, location: &Location) -> Value {
    crate::terraform::values::relocate(&value, location, None)
}

fn label_location(file: &Arc<SourceFile>, block: &Block) -> Location {
    let span = block
        .labels
        .first()
        .map(|label| label.span)
        .unwrap_or(block.ident_span);
    Location::new(file, span)
}

fn evaluate_instance(
    module: &ParsedModule,
    variables: HashMap<String, VariableValue>,
    prefix: String,
    call: &CallContext,
    loader: &Loader,
    stack: &mut Vec<PathBuf>,
    evaluation: &mut Evaluation,
) {
    let calls = ModuleCalls {
        module,
        loader,
        budget: call.budget,
        root_dir: call.root_dir.to_path_buf(),
        key: call.key.clone(),
        prefix: prefix.clone(),
        stack: stack.clone(),
        values: RefCell::default(),
        resolving: RefCell::default(),
    };
    let module_scope = ModuleScope::new(variables, locals_of(module), prefix.clone())
        .with_place(loader.place(&module.dir, call.root_dir))
        .with_calls(calls)
        .with_fuel(Rc::clone(&call.budget.fuel));
    for parsed in &module.files {
        let scope = Scope::new(&module_scope, &parsed.file);
        for block in parsed.body.blocks("resource") {
            let (Some(kind), Some(name)) = (block.label(0), block.label(1)) else {
                continue;
            };
            if kind == "aws_cloudformation_stack" {
                embedded_templates(
                    block,
                    &scope,
                    &format!("{prefix}{kind}.{name}"),
                    call,
                    evaluation,
                );
                continue;
            }
            if !is_security_group_resource(kind) {
                continue;
            }
            let base = format!("{prefix}{kind}.{name}");
            let location = Location::new(&parsed.file, block.span);
            for (instance_scope, address, conditions) in
                budgeted_instances(block, &scope, &base, call.budget, &location, evaluation)
            {
                let mut rules = Vec::new();
                extract_resource(block, &instance_scope, &address, &mut rules);
                for mut rule in rules {
                    // A rule whose own choices contradict the instance's never exists.
                    let Some(all) = rule.conditions.after(&conditions) else {
                        continue;
                    };
                    rule.conditions = all;
                    evaluation.rules.push(EvaluatedRule {
                        rule,
                        via_call: call.via_call,
                    });
                }
            }
        }
        for block in parsed.body.blocks("module") {
            evaluate_call(
                module, block, &scope, &prefix, call, loader, stack, evaluation,
            );
        }
    }
}

fn locals_of(module: &ParsedModule) -> HashMap<String, LocalDefinition<'_>> {
    let mut locals = HashMap::new();
    for parsed in &module.files {
        for block in parsed.body.blocks("locals") {
            for attribute in &block.body.attributes {
                locals.insert(
                    attribute.key.clone(),
                    LocalDefinition {
                        file: &parsed.file,
                        expr: &attribute.value,
                    },
                );
            }
        }
    }
    locals
}

/// The templates an `aws_cloudformation_stack` block deploys, one per
/// instance (a `template_url` is remote and not read).
fn embedded_templates(
    block: &Block,
    scope: &Scope,
    base: &str,
    call: &CallContext,
    evaluation: &mut Evaluation,
) {
    let Some(body) = block.body.attribute("template_body") else {
        return;
    };
    let location = Location::new(scope.file, block.span);
    let verbatim = verbatim_heredoc(scope.file, &body.value);
    for (instance_scope, address, _) in
        budgeted_instances(block, scope, base, call.budget, &location, evaluation)
    {
        evaluation.templates.push(EmbeddedTemplate {
            address,
            attribute: Location::new(scope.file, body.value.span),
            verbatim,
            body: instance_scope.eval(&body.value),
            parameters: block
                .body
                .attribute("parameters")
                .map(|parameters| instance_scope.eval(&parameters.value)),
            via_call: call.via_call,
        });
    }
}

/// The content of a heredoc without interpolation (`<<EOT` or `<<-EOT`),
/// as written in the file.
fn verbatim_heredoc(
    file: &Arc<SourceFile>,
    expr: &crate::terraform::syntax::Expr,
) -> Option<crate::source::Span> {
    if !matches!(expr.kind, crate::terraform::syntax::ExprKind::String(_)) {
        return None;
    }
    let text = file.text.get(expr.span.start..expr.span.end)?;
    if !text.starts_with("<<") {
        return None;
    }
    let first_line = text.find('\n')? + 1;
    let last_line = text.trim_end().rfind('\n')?;
    (first_line <= last_line).then(|| {
        crate::source::Span::new(expr.span.start + first_line, expr.span.start + last_line)
    })
}

fn is_security_group_resource(kind: &str) -> bool {
    matches!(
        kind,
        "aws_security_group"
            | "aws_default_security_group"
            | "aws_security_group_rule"
            | "aws_vpc_security_group_ingress_rule"
            | "awscc_ec2_security_group"
            | "awscc_ec2_security_group_ingress"
    )
}

#[allow(clippy::too_many_arguments)]
fn evaluate_call(
    module: &ParsedModule,
    block: &Block,
    scope: &Scope,
    prefix: &str,
    call: &CallContext,
    loader: &Loader,
    stack: &mut Vec<PathBuf>,
    evaluation: &mut Evaluation,
) {
    let Some(name) = block.label(0) else { return };
    let key = if call.key.is_empty() {
        name.to_string()
    } else {
        format!("{}.{name}", call.key)
    };
    let at = |text: String| {
        let position = scope.file.position(block.span.start);
        format!(
            "{}:{}:{}: {text}",
            crate::paths::display_path(scope.file.path()),
            position.line,
            position.column
        )
    };
    let (child, canonical) =
        match called_module(module, block, scope, call.root_dir, &key, stack, loader) {
            Ok(called) => called,
            Err(CallProblem::Unchecked { problem, help }) => {
                let location = label_location(scope.file, block);
                evaluation
                    .findings
                    .push(UncheckedModule::finding(location, name, &problem, &help));
                return;
            }
            Err(CallProblem::Other(problem)) => {
                evaluation
                    .notes
                    .push(at(format!("`module.{name}` {problem}")));
                return;
            }
        };
    evaluation.called.insert(canonical.clone());
    let base = format!("{prefix}module.{name}");
    let location = Location::new(scope.file, block.span);
    if call.budget.spent() && !call.budget.first_call_past_budget(&location) {
        return;
    }
    for (instance_scope, address, conditions) in
        budgeted_instances(block, scope, &base, call.budget, &location, evaluation)
    {
        let variables = call_variables(&child, block, &instance_scope, &address);
        let child_call = CallContext {
            root_dir: call.root_dir,
            budget: call.budget,
            key: key.clone(),
            via_call: true,
        };
        stack.push(canonical.clone());
        let before = evaluation.rules.len();
        evaluate_instance(
            &child,
            variables,
            format!("{address}."),
            &child_call,
            loader,
            stack,
            evaluation,
        );
        stack.pop();
        let call_site = Location::new(scope.file, block.span);
        // A rule whose own choices contradict the call's never exists.
        let inner = evaluation.rules.split_off(before);
        evaluation
            .rules
            .extend(inner.into_iter().filter_map(|mut evaluated| {
                evaluated.rule.conditions = evaluated.rule.conditions.after(&conditions)?;
                evaluated.rule.call_sites.insert(0, call_site.clone());
                Some(evaluated)
            }));
    }
}

/// The `module` blocks of one module instance and how to reach what they
/// call, so that `module.NAME.OUTPUT` evaluates to the called module's
/// `output` value, with the caller's arguments.
pub struct ModuleCalls<'m> {
    module: &'m ParsedModule,
    loader: &'m Loader,
    budget: &'m Budget,
    root_dir: PathBuf,
    /// This instance's key in `modules.json`.
    key: String,
    /// This instance's address prefix, e.g. `module.web.`.
    prefix: String,
    /// Canonical directories of the modules being evaluated, this one last.
    stack: Vec<PathBuf>,
    values: RefCell<HashMap<String, Value>>,
    resolving: RefCell<Vec<String>>,
}

impl crate::terraform::eval::ModuleReader for ModuleCalls<'_> {
    fn value(&self, caller: &Scope, name: &str, use_site: &Location) -> Value {
        ModuleCalls::value(self, caller, name, use_site)
    }

    fn resource_instances(&self, caller: &Scope, kind: &str, name: &str) -> Option<Vec<String>> {
        ModuleCalls::resource_instances(self, caller, kind, name)
    }

    fn prefix_list_entries(&self, caller: &Scope, name: &str) -> Vec<Value> {
        ModuleCalls::prefix_list_entries(self, caller, name)
    }
}

impl ModuleCalls<'_> {
    /// See [`crate::terraform::eval::ModuleReader::value`].
    pub fn value(&self, caller: &Scope, name: &str, use_site: &Location) -> Value {
        if let Some(value) = self.values.borrow().get(name) {
            return value.clone();
        }
        let expression = format!("module.{name}");
        let Some((file, block)) = self.block(name) else {
            return failure_at(
                use_site.clone(),
                expression,
                format!("there is no `module \"{name}\"` block"),
            );
        };
        let location = label_location(file, block);
        if self
            .resolving
            .borrow()
            .iter()
            .any(|resolving| resolving == name)
        {
            return unknown_at(
                location,
                expression,
                format!("`module.{name}` depends on its own outputs"),
            );
        }
        self.resolving.borrow_mut().push(name.to_string());
        let value = self.evaluate(caller, name, file, block);
        self.resolving.borrow_mut().pop();
        self.values
            .borrow_mut()
            .insert(name.to_string(), value.clone());
        value
    }

    /// The instance keys (`[0]`, `["a"]`, or `""` for a single instance)
    /// of a resource of this module, when its `count` or `for_each` is known.
    pub fn resource_instances(
        &self,
        caller: &Scope,
        kind: &str,
        name: &str,
    ) -> Option<Vec<String>> {
        let (file, block) = self.module.files.iter().find_map(|parsed| {
            parsed
                .body
                .blocks("resource")
                .find(|block| block.label(0) == Some(kind) && block.label(1) == Some(name))
                .map(|block| (&parsed.file, block))
        })?;
        let scope = caller.nested(caller.module, file);
        if let Some(count) = block.body.attribute("count") {
            let count = scope.eval(&count.value).as_number()?;
            if !(0.0..=MAX_INSTANCES as f64).contains(&count) {
                return None;
            }
            return Some(
                (0..count as usize)
                    .map(|index| format!("[{index}]"))
                    .collect(),
            );
        }
        if let Some(for_each) = block.body.attribute("for_each") {
            return match scope.eval(&for_each.value).kind {
                ValueKind::Object(fields) if fields.len() <= MAX_INSTANCES => {
                    Some(fields.iter().map(|(key, _)| format!("[{key:?}]")).collect())
                }
                ValueKind::List(items) if items.len() <= MAX_INSTANCES => items
                    .iter()
                    .map(|item| item.as_text().map(|key| format!("[{key:?}]")))
                    .collect(),
                _ => None,
            };
        }
        Some(vec![String::new()])
    }

    /// The CIDR blocks of the managed prefix list `name` of this module:
    /// its `entry` blocks, and `aws_ec2_managed_prefix_list_entry`
    /// resources that join it. A prefix list written in the scanned code is
    /// no safer than the CIDRs it holds.
    pub fn prefix_list_entries(&self, caller: &Scope, name: &str) -> Vec<Value> {
        let mut cidrs = Vec::new();
        for parsed in &self.module.files {
            let scope = caller.nested(caller.module, &parsed.file).settled();
            for block in parsed.body.blocks("resource") {
                match (block.label(0), block.label(1)) {
                    (Some("aws_ec2_managed_prefix_list"), Some(label)) if label == name => {
                        for entry in block.body.blocks("entry") {
                            if let Some(cidr) = entry.body.attribute("cidr") {
                                cidrs.push(scope.eval(&cidr.value));
                            }
                        }
                    }
                    (Some("aws_ec2_managed_prefix_list_entry"), Some(_)) => {
                        let joins = block.body.attribute("prefix_list_id").is_some_and(|id| {
                            matches!(&scope.eval(&id.value).kind, ValueKind::Unknown(unresolved)
                            if unresolved.address.as_deref().is_some_and(|address| {
                                address.ends_with(&format!("aws_ec2_managed_prefix_list.{name}.id"))
                            }))
                        });
                        if joins && let Some(cidr) = block.body.attribute("cidr") {
                            cidrs.push(scope.eval(&cidr.value));
                        }
                    }
                    _ => {}
                }
            }
        }
        cidrs
    }

    fn block(&self, name: &str) -> Option<(&Arc<SourceFile>, &Block)> {
        self.module.files.iter().find_map(|parsed| {
            parsed
                .body
                .blocks("module")
                .find(|block| block.label(0) == Some(name))
                .map(|block| (&parsed.file, block))
        })
    }

    fn evaluate(&self, caller: &Scope, name: &str, file: &Arc<SourceFile>, block: &Block) -> Value {
        let location = label_location(file, block);
        let scope = caller.nested(caller.module, file);
        let key = if self.key.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.key)
        };
        let called = called_module(
            self.module,
            block,
            &scope,
            &self.root_dir,
            &key,
            &self.stack,
            self.loader,
        );
        let (child, canonical) = match called {
            Ok(called) => called,
            Err(problem) => {
                return unknown_at(
                    location,
                    format!("module.{name}"),
                    format!("`module.{name}` {}", problem.text()),
                );
            }
        };
        let mut stack = self.stack.clone();
        stack.push(canonical);
        let base = format!("{}module.{name}", self.prefix);
        if self.budget.spent() {
            return runtime_at(location, format!("module.{name}"), spent_reason());
        }
        let mut outputs = Vec::new();
        for (instance_scope, address, _) in instances(block, &scope, &base) {
            if !self.budget.take() {
                return runtime_at(location, format!("module.{name}"), spent_reason());
            }
            let calls = ModuleCalls {
                module: &child,
                prefix: format!("{address}."),
                key: key.clone(),
                stack: stack.clone(),
                root_dir: self.root_dir.clone(),
                values: RefCell::default(),
                resolving: RefCell::default(),
                ..*self
            };
            let variables = call_variables(&child, block, &instance_scope, &address);
            let child_scope = ModuleScope::new(variables, locals_of(&child), format!("{address}."))
                .with_place(self.loader.place(&child.dir, &self.root_dir))
                .with_calls(calls)
                .with_fuel(Rc::clone(&self.budget.fuel));
            let instance = plain(
                location.clone(),
                ValueKind::Object(output_values(&child, &scope, &child_scope, &address)),
            );
            outputs.push((instance_scope, instance));
        }
        collect_instances(block, outputs, location, name)
    }
}

/// The `output` values of one module instance, each remembering that it
/// passed through the output.
fn output_values(
    module: &ParsedModule,
    caller: &Scope,
    scope: &ModuleScope,
    address: &str,
) -> Vec<(String, Value)> {
    let mut outputs = Vec::new();
    for parsed in &module.files {
        for block in parsed.body.blocks("output") {
            let (Some(name), Some(value)) = (block.label(0), block.body.attribute("value")) else {
                continue;
            };
            let value = caller.nested(scope, &parsed.file).eval(&value.value);
            let how = format!("is output `{name}` of `{address}`");
            outputs.push((
                name.to_string(),
                relocate(&value, &value.location.clone(), Some(&how)),
            ));
        }
    }
    outputs
}

/// A called module's value from its instances: the object itself, a list
/// by `count.index`, or a map by `each.key`.
fn collect_instances(
    block: &Block,
    outputs: Vec<(Scope, Value)>,
    location: Location,
    name: &str,
) -> Value {
    let unknown = || {
        runtime_at(
            location.clone(),
            format!("module.{name}"),
            format!("the instances of `module.{name}` are not known statically"),
        )
    };
    let bound = |scope: &Scope, path: [&str; 2]| {
        scope
            .bound(path[0])
            .and_then(|value| value.field(path[1]))
            .cloned()
    };
    if block.body.attribute("count").is_some() {
        let mut items = Vec::new();
        for (scope, value) in outputs {
            match bound(&scope, ["count", "index"]).map(|index| index.kind) {
                Some(ValueKind::Number(_)) => items.push(value),
                _ => return unknown(),
            }
        }
        return plain(location, ValueKind::List(items));
    }
    if block.body.attribute("for_each").is_some() {
        let mut entries = Vec::new();
        for (scope, value) in outputs {
            match bound(&scope, ["each", "key"]).and_then(|key| key.as_text()) {
                Some(key) => entries.push((key, value)),
                None => return unknown(),
            }
        }
        return plain(location, ValueKind::Object(entries));
    }
    outputs
        .into_iter()
        .next()
        .map(|(_, value)| value)
        .unwrap_or_else(unknown)
}

/// Why a `module` block's source cannot be followed.
enum CallProblem {
    /// The source cannot be read at all: SG005 at the call.
    Unchecked { problem: String, help: String },
    /// Anything else (a cycle, too deep, outside the scanned paths): a note.
    Other(String),
}

impl CallProblem {
    fn text(&self) -> String {
        match self {
            CallProblem::Unchecked { problem, .. } => format!("is not checked: {problem}"),
            CallProblem::Other(problem) => problem.clone(),
        }
    }
}

/// The module a `module` block calls, read through the loader (or a
/// built-in model), and its canonical directory; or why it cannot be followed.
fn called_module(
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
fn unchecked_source(module: &ParsedModule, source: &str) -> CallProblem {
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
fn is_local_source(source: &str) -> bool {
    source.starts_with("./") || source.starts_with("../") || source == "." || source == ".."
}

/// A remote module installed by `terraform init`, from
/// `.terraform/modules/modules.json` of the root module.
fn installed_module_dir(root_dir: &Path, key: &str) -> Option<PathBuf> {
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

/// The child's variables: the call's arguments, else the child's defaults.
fn call_variables(
    child: &ParsedModule,
    block: &Block,
    scope: &Scope,
    address: &str,
) -> HashMap<String, VariableValue> {
    let empty = ModuleScope::new(HashMap::new(), HashMap::new(), String::new());
    let mut values = HashMap::new();
    for (file, variable) in variable_blocks(child) {
        let Some(name) = variable.label(0) else {
            continue;
        };
        let value = match block.body.attribute(name) {
            Some(argument) => VariableValue {
                value: scope.eval(&argument.value),
                how: format!("is passed to `{address}` as `{name}`"),
                defaulted: false,
            },
            None => match variable.body.attribute("default") {
                Some(default) => VariableValue {
                    value: Scope::new(&empty, file).eval(&default.value),
                    how: format!("is the default of `var.{name}` in `{address}`"),
                    defaulted: true,
                },
                None => VariableValue {
                    value: runtime_at(
                        label_location(file, variable),
                        format!("var.{name}"),
                        format!("`var.{name}` has no default and `{address}` does not set it"),
                    ),
                    how: format!("is declared here; `{address}` does not set it"),
                    defaulted: false,
                },
            },
        };
        let mut value = value;
        apply_declaration(&mut value, file, variable);
        values.insert(name.to_string(), value);
    }
    values
}

/// The instances of a block within the expansion budget. A block without
/// `count` or `for_each` needs no expansion and is always evaluated; past
/// the budget, the instances not expanded are evaluated as one instance
/// whose index is unknown, with the reason, so nothing is dropped unseen.
fn budgeted_instances<'a, 'm>(
    block: &Block,
    scope: &Scope<'a, 'm>,
    base: &str,
    budget: &Budget,
    location: &Location,
    evaluation: &mut Evaluation,
) -> Vec<(Scope<'a, 'm>, String, Assumptions)> {
    let meta = match (
        block.body.attribute("count"),
        block.body.attribute("for_each"),
    ) {
        (Some(_), _) => Meta::Count,
        (None, Some(_)) => Meta::ForEach,
        (None, None) => return instances(block, scope, base),
    };
    // Spent already: not even the `count` or `for_each` is evaluated again.
    if budget.spent() {
        budget.note(location, evaluation);
        return unknown_instance(scope, base, location, meta, spent_reason())
            .into_iter()
            .map(|(scope, address)| (scope, address, Assumptions::new()))
            .collect();
    }
    let expanded = instances(block, scope, base);
    let mut kept = Vec::with_capacity(expanded.len());
    for instance in expanded {
        if !budget.take() {
            budget.note(location, evaluation);
            kept.extend(
                unknown_instance(scope, base, location, meta, spent_reason())
                    .into_iter()
                    .map(|(scope, address)| (scope, address, instance.2.clone())),
            );
            break;
        }
        kept.push(instance);
    }
    kept
}

/// The instances of a resource or module block: `count`, `for_each`, or
/// one. Each comes with its scope (binding `count` or `each`), its address
/// and what must hold for it to exist.
fn instances<'a, 'm>(
    block: &Block,
    scope: &Scope<'a, 'm>,
    base: &str,
) -> Vec<(Scope<'a, 'm>, String, Assumptions)> {
    let location = Location::new(scope.file, block.span);
    let (attribute, meta) = match (
        block.body.attribute("count"),
        block.body.attribute("for_each"),
    ) {
        (Some(count), _) => (count, Meta::Count),
        (None, Some(for_each)) => (for_each, Meta::ForEach),
        (None, None) => return vec![(scope.clone(), base.to_string(), Assumptions::new())],
    };
    let expanded = expand(scope.eval(&attribute.value), scope, base, &location, meta);
    if !expanded.is_empty() {
        return expanded;
    }
    // No instance with the inputs as they stand. If that is only because a
    // variable keeps its default (`count = var.enable_x ? 1 : 0`), the
    // instances that exist once it is set are checked, under that assumption.
    let latent = scope.latent();
    expand(
        latent.eval(&attribute.value),
        &latent,
        base,
        &location,
        meta,
    )
    .into_iter()
    .filter(|(_, address, conditions)| !conditions.is_empty() && !address.ends_with("[*]"))
    .map(|(instance, address, conditions)| (instance.settled(), address, conditions))
    .collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Meta {
    Count,
    ForEach,
}

fn expand<'a, 'm>(
    value: Value,
    scope: &Scope<'a, 'm>,
    base: &str,
    location: &Location,
    meta: Meta,
) -> Vec<(Scope<'a, 'm>, String, Assumptions)> {
    let mut result: Vec<(Scope<'a, 'm>, String, Assumptions)> = Vec::new();
    let alternatives = value.alternatives();
    let all_alternatives = alternatives.len();
    // Per address, how many alternatives give it, and whether they all bind
    // the same `each`/`count` value (the same key may carry another value
    // under another condition: both must be checked).
    let mut seen: HashMap<String, (usize, bool)> = HashMap::new();
    let bound = |instance: &Scope<'a, 'm>| {
        let name = if meta == Meta::Count { "count" } else { "each" };
        instance.bound(name).cloned()
    };
    let mut first_at: HashMap<String, usize> = HashMap::new();
    for (conditions, alternative) in alternatives {
        for (instance_scope, address) in expand_one(alternative, scope, base, location, meta) {
            let first = first_at.get(&address).map(|&index| bound(&result[index].0));
            match first {
                Some(first_bound) => {
                    let same = match (&first_bound, &bound(&instance_scope)) {
                        (Some(a), Some(b)) => {
                            crate::terraform::values::values_equal(a, b) == Some(true)
                        }
                        _ => false,
                    };
                    let entry = seen.entry(address.clone()).or_insert((1, true));
                    entry.0 += 1;
                    entry.1 &= same;
                    if !same {
                        result.push((instance_scope, address, conditions.clone()));
                    }
                }
                None => {
                    seen.insert(address.clone(), (1, true));
                    first_at.insert(address.clone(), result.len());
                    result.push((instance_scope, address, conditions.clone()));
                }
            }
        }
    }
    // An instance present, and the same, whatever the condition needs no
    // condition.
    for (_, address, conditions) in &mut result {
        if seen.get(address) == Some(&(all_alternatives, true)) {
            conditions.clear();
        }
    }
    result
}

/// One instance standing for instances that are not expanded: its index
/// (or key and value) is unknown, with the reason.
fn unknown_instance<'a, 'm>(
    scope: &Scope<'a, 'm>,
    base: &str,
    location: &Location,
    meta: Meta,
    reason: String,
) -> Vec<(Scope<'a, 'm>, String)> {
    // Named after what the block's arguments refer to.
    let name = if meta == Meta::Count {
        "count.index"
    } else {
        "each.value"
    };
    let unknown = unknown_at(location.clone(), name.to_string(), reason);
    let bound = match meta {
        Meta::Count => plain(
            location.clone(),
            ValueKind::Object(vec![("index".into(), unknown)]),
        ),
        Meta::ForEach => plain(
            location.clone(),
            ValueKind::Object(vec![
                ("key".into(), unknown.clone()),
                ("value".into(), unknown),
            ]),
        ),
    };
    let name = if meta == Meta::Count { "count" } else { "each" };
    vec![(scope.bind(name, bound), format!("{base}[*]"))]
}

fn expand_one<'a, 'm>(
    value: &Value,
    scope: &Scope<'a, 'm>,
    base: &str,
    location: &Location,
    meta: Meta,
) -> Vec<(Scope<'a, 'm>, String)> {
    let unknown_instance = |reason: String| unknown_instance(scope, base, location, meta, reason);
    match (meta, &value.kind) {
        (_, ValueKind::Unknown(unresolved)) => unknown_instance(unresolved.reason.clone()),
        (Meta::Count, _) => {
            let Some(count) = value.as_number() else {
                return unknown_instance("`count` is not a number".into());
            };
            if count < 0.0 {
                return Vec::new();
            }
            if count > MAX_INSTANCES as f64 {
                return unknown_instance(format!(
                    "`count` is {}, more instances than sglint expands ({MAX_INSTANCES})",
                    crate::terraform::values::number_text(count)
                ));
            }
            (0..count as usize)
                .map(|index| {
                    let bound = plain(
                        location.clone(),
                        ValueKind::Object(vec![(
                            "index".into(),
                            plain(location.clone(), ValueKind::Number(index as f64)),
                        )]),
                    );
                    (scope.bind("count", bound), format!("{base}[{index}]"))
                })
                .collect()
        }
        (Meta::ForEach, ValueKind::Object(fields)) => {
            if fields.len() > MAX_INSTANCES {
                return unknown_instance(format!(
                    "`for_each` has more than {MAX_INSTANCES} elements"
                ));
            }
            fields
                .iter()
                .map(|(key, item)| {
                    let key_value = plain(item.location.clone(), ValueKind::String(key.clone()));
                    let bound = plain(
                        location.clone(),
                        ValueKind::Object(vec![
                            ("key".into(), key_value),
                            ("value".into(), item.clone()),
                        ]),
                    );
                    (scope.bind("each", bound), format!("{base}[{key:?}]"))
                })
                .collect()
        }
        (Meta::ForEach, ValueKind::List(items)) => {
            if items.len() > MAX_INSTANCES {
                return unknown_instance(format!(
                    "`for_each` has more than {MAX_INSTANCES} elements"
                ));
            }
            let mut instances = Vec::new();
            for item in items {
                let Some(key) = item.as_text() else {
                    return unknown_instance("a `for_each` element is not known statically".into());
                };
                let bound = plain(
                    location.clone(),
                    ValueKind::Object(vec![
                        ("key".into(), item.clone()),
                        ("value".into(), item.clone()),
                    ]),
                );
                instances.push((scope.bind("each", bound), format!("{base}[{key:?}]")));
            }
            instances
        }
        (Meta::ForEach, ValueKind::Null) => Vec::new(),
        (Meta::ForEach, _) => unknown_instance("`for_each` is not a map or set".into()),
    }
}
