//! Evaluation of Terraform expressions: literals, `var.*`, `local.*`,
//! templates, conditionals, `for` expressions, splats, indexing, `count`,
//! `each`, dynamic-block iterators and the functions that appear in
//! security-group code (see `functions`).
//!
//! What cannot be known statically (a data source, a resource attribute, a
//! variable without a value) is an unknown value carrying the expression and
//! the reason, never an error and never a silent pass. A conditional whose
//! condition is unknown yields both results, each labelled with the
//! assumption it needs.
//!
//! Every value remembers where it is used and, through its origins, where it
//! was written: a `var.x` at a use site points back at the tfvars line or the
//! default that set it.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use crate::model::{Assumption, Assumptions, Location, UnknownKind};
use crate::source::SourceFile;
use crate::terraform::functions;
use crate::terraform::syntax::{Expr, ExprKind, ForExpr, TemplatePart, TraversalOperator};
use crate::terraform::values::*;
use crate::value::{Alternative, Value, ValueKind};

const MAX_DEPTH: usize = 256;
/// Most weight (see [`weight_within`]) one value may have: doubling a local
/// into the next (`a1 = "${local.a0}${local.a0}"`) would otherwise reach
/// 2^64 bytes in 64 lines.
const MAX_VALUE_WEIGHT: usize = 50_000;
/// Total weight of the values one root module's evaluation may produce (its
/// module instances share it): bounds memory and time however the values
/// are combined. About 150 bytes per unit at most.
pub const MAX_FUEL: usize = 1_000_000;

/// A variable's value in one module instance, and how it was set, for the
/// provenance chain ("the default of `var.x`", "`var.x` in prod.tfvars").
#[derive(Debug, Clone)]
pub struct VariableValue {
    pub value: Value,
    pub how: String,
    /// The value is the declared default: nothing set it explicitly (a
    /// tfvars file, `--var`, a module argument), so it may be set otherwise.
    pub defaulted: bool,
}

/// A `locals` entry: the expression and the file it is written in.
#[derive(Debug, Clone, Copy)]
pub struct LocalDefinition<'m> {
    pub file: &'m Arc<SourceFile>,
    pub expr: &'m Expr,
}

impl functions::CallSite for Scope<'_, '_> {
    fn location(&self, expr: &Expr) -> Location {
        Scope::location(self, expr)
    }

    fn text(&self, expr: &Expr) -> String {
        Scope::text(self, expr)
    }

    fn place(&self) -> Option<&Place> {
        self.module.place.as_deref()
    }

    fn render_template(
        &self,
        file: &Arc<SourceFile>,
        bindings: Vec<(String, Value)>,
        template: &Expr,
    ) -> Value {
        self.for_template(file, bindings).eval(template)
    }
}

/// Whether `expr` is made of literals only (strings without
/// interpolation, numbers, booleans, null, lists and objects of them).
fn is_literal(expr: &Expr, depth: usize) -> bool {
    if depth > 32 {
        return false;
    }
    match &expr.kind {
        ExprKind::Null | ExprKind::Bool(_) | ExprKind::Number(_) | ExprKind::String(_) => true,
        ExprKind::Tuple(items) => items.iter().all(|item| is_literal(item, depth + 1)),
        ExprKind::Object(fields) => fields.iter().all(|(key, value)| {
            matches!(key, crate::terraform::syntax::ObjectKey::Ident(..))
                && is_literal(value, depth + 1)
        }),
        ExprKind::Parenthesis(inner) => is_literal(inner, depth + 1),
        _ => false,
    }
}

/// What an expression reads from the rest of its module instance: the
/// outputs of the modules it calls and its own resources. Implemented by the
/// module evaluator (`module.rs`), so that expressions do not depend on it.
pub trait ModuleReader {
    /// The value of `module.NAME`: an object of its outputs; a list of them
    /// for a `count`, a map by key for a `for_each`.
    fn value(&self, caller: &Scope, name: &str, use_site: &Location) -> Value;
    /// The instance keys (`[0]`, `["a"]`, or `""` for a single instance)
    /// of a resource of this module, when its `count` or `for_each` is known.
    fn resource_instances(&self, caller: &Scope, kind: &str, name: &str) -> Option<Vec<String>>;
    /// The CIDR entries of this module's managed prefix list `name`.
    fn prefix_list_entries(&self, caller: &Scope, name: &str) -> Vec<Value>;
}

/// The values visible in one instance of a module: its variables and locals.
pub struct ModuleScope<'m> {
    pub variables: HashMap<String, VariableValue>,
    pub locals: HashMap<String, LocalDefinition<'m>>,
    /// Where a reference to the module's own resources reads from, e.g.
    /// `module.web.` (for messages).
    pub address_prefix: String,
    /// The `module` blocks of this instance, for `module.NAME.OUTPUT`.
    calls: Option<Box<dyn ModuleReader + 'm>>,
    /// What is left of [`MAX_FUEL`], shared by the instances of one root.
    fuel: Rc<Cell<usize>>,
    local_values: RefCell<HashMap<String, Value>>,
    resolving: RefCell<Vec<String>>,
    /// Where the module is on disk, for `path.*` and the file functions;
    /// `None` for a built-in model or a tfvars file.
    pub place: Option<Rc<Place>>,
}

pub use crate::terraform::functions::Place;

impl<'m> ModuleScope<'m> {
    pub fn new(
        variables: HashMap<String, VariableValue>,
        locals: HashMap<String, LocalDefinition<'m>>,
        address_prefix: String,
    ) -> Self {
        ModuleScope {
            variables,
            locals,
            address_prefix,
            calls: None,
            fuel: Rc::new(Cell::new(MAX_FUEL)),
            local_values: RefCell::new(HashMap::new()),
            resolving: RefCell::new(Vec::new()),
            place: None,
        }
    }

    /// The same scope, knowing where its module is.
    pub fn with_place(mut self, place: Option<Rc<Place>>) -> Self {
        self.place = place;
        self
    }

    /// The same scope, drawing on a fuel shared with other instances.
    pub fn with_fuel(mut self, fuel: Rc<Cell<usize>>) -> Self {
        self.fuel = fuel;
        self
    }

    /// The module this scope evaluates, for what reads its other blocks.
    pub fn calls(&self) -> Option<&(dyn ModuleReader + 'm)> {
        self.calls.as_deref()
    }

    /// The same scope, able to read the outputs of the modules it calls.
    pub fn with_calls(mut self, calls: impl ModuleReader + 'm) -> Self {
        self.calls = Some(Box::new(calls));
        self
    }
}

/// Evaluates expressions of one file of one module instance, with the names
/// bound around them (`count`, `each`, iterators, `for` variables).
#[derive(Clone)]
pub struct Scope<'a, 'm> {
    pub module: &'a ModuleScope<'m>,
    pub file: &'a Arc<SourceFile>,
    bindings: Vec<(String, Value)>,
    depth: usize,
    /// Variables that keep their default are unknown: what exists once a
    /// caller sets them (see `module::instances`).
    latent: bool,
}

impl<'a, 'm> Scope<'a, 'm> {
    pub fn new(module: &'a ModuleScope<'m>, file: &'a Arc<SourceFile>) -> Self {
        Scope {
            module,
            file,
            bindings: Vec::new(),
            depth: 0,
            latent: false,
        }
    }

    /// The same scope with defaulted variables unknown.
    pub fn latent(&self) -> Self {
        let mut scope = self.clone();
        scope.latent = true;
        scope
    }

    /// The same scope with variables as they stand again.
    pub fn settled(&self) -> Self {
        let mut scope = self.clone();
        scope.latent = false;
        scope
    }

    /// A scope for another file or module instance, as deep as this one:
    /// a chain of locals or module outputs counts toward the nesting limit
    /// like nested expressions do (each link is a stack frame).
    pub fn nested<'b, 'n>(
        &self,
        module: &'b ModuleScope<'n>,
        file: &'b Arc<SourceFile>,
    ) -> Scope<'b, 'n> {
        let mut scope = Scope::new(module, file);
        scope.depth = self.depth;
        scope.latent = self.latent;
        scope
    }

    /// The same scope with `name` bound to `value` (innermost wins).
    pub fn bind(&self, name: &str, value: Value) -> Self {
        let mut scope = self.clone();
        scope.bindings.push((name.to_string(), value));
        scope
    }

    pub fn in_file(&self, file: &'a Arc<SourceFile>) -> Self {
        let mut scope = self.clone();
        scope.file = file;
        scope
    }

    /// What `name` is bound to around this scope (`count`, `each`, ...).
    pub fn bound(&self, name: &str) -> Option<&Value> {
        self.lookup(name)
    }

    fn lookup(&self, name: &str) -> Option<&Value> {
        self.bindings
            .iter()
            .rev()
            .find(|(bound, _)| bound == name)
            .map(|(_, value)| value)
    }

    pub fn location(&self, expr: &Expr) -> Location {
        match &expr.kind {
            ExprKind::InFile(file, inner) => Location::new(file, inner.span),
            _ => Location::new(self.file, expr.span),
        }
    }

    pub fn text(&self, expr: &Expr) -> String {
        match &expr.kind {
            ExprKind::InFile(file, inner) => file.slice(inner.span).to_string(),
            _ => self.file.slice(expr.span).to_string(),
        }
    }

    pub fn unknown(&self, expr: &Expr, reason: impl Into<String>) -> Value {
        unknown_at(self.location(expr), self.text(expr), reason)
    }

    fn failure(&self, expr: &Expr, reason: impl Into<String>) -> Value {
        failure_at(self.location(expr), self.text(expr), reason)
    }

    fn runtime(&self, expr: &Expr, reason: impl Into<String>) -> Value {
        runtime_at(self.location(expr), self.text(expr), reason)
    }

    pub fn eval(&self, expr: &Expr) -> Value {
        if self.depth > MAX_DEPTH {
            return self.unknown(
                expr,
                format!("expressions, locals and module outputs refer through more than {MAX_DEPTH} levels"),
            );
        }
        let fuel = &self.module.fuel;
        // Past the budget, a literal is still read: its cost is its text, and
        // a public CIDR written as a literal must never become a note.
        if fuel.get() == 0 && !is_literal(expr, 0) {
            return self.unknown(
                expr,
                format!(
                    "the configuration produces more than {MAX_FUEL} values; evaluation stopped"
                ),
            );
        }
        let mut inner = self.clone();
        inner.depth += 1;
        let value = inner.eval_inner(expr);
        match weight_within(&value, MAX_VALUE_WEIGHT) {
            Some(weight) => {
                fuel.set(fuel.get().saturating_sub(weight));
                value
            }
            None => {
                fuel.set(fuel.get().saturating_sub(MAX_VALUE_WEIGHT));
                self.unknown(
                    expr,
                    format!("the value is larger than sglint evaluates (a weight over {MAX_VALUE_WEIGHT} elements)"),
                )
            }
        }
    }

    fn eval_inner(&self, expr: &Expr) -> Value {
        let location = self.location(expr);
        let kind = match &expr.kind {
            ExprKind::Null => ValueKind::Null,
            ExprKind::Bool(value) => ValueKind::Bool(*value),
            ExprKind::Number(number) => ValueKind::Number(*number),
            ExprKind::String(text) => ValueKind::String(text.clone()),
            ExprKind::Tuple(items) => {
                ValueKind::List(items.iter().map(|item| self.eval(item)).collect())
            }
            ExprKind::Object(entries) => {
                let mut fields = Vec::new();
                for (key, value) in entries {
                    let name = match key.name() {
                        Some(name) => name.to_string(),
                        None => match key {
                            crate::terraform::syntax::ObjectKey::Expr(key_expr) => {
                                match self.eval(key_expr).as_text() {
                                    Some(text) => text,
                                    None => {
                                        return self.unknown(
                                            expr,
                                            "an object key is not known statically",
                                        );
                                    }
                                }
                            }
                            crate::terraform::syntax::ObjectKey::Ident(name, _) => name.clone(),
                        },
                    };
                    fields.push((name, self.eval(value)));
                }
                ValueKind::Object(fields)
            }
            ExprKind::Parenthesis(inner) => return self.eval(inner),
            ExprKind::InFile(file, inner) => {
                let scope = Scope {
                    module: self.module,
                    file,
                    bindings: self.bindings.clone(),
                    depth: self.depth,
                    latent: self.latent,
                };
                return scope.eval(inner);
            }
            ExprKind::Template(parts) => return self.template(expr, parts),
            ExprKind::Variable(name) => match self.lookup(name) {
                Some(value) => return relocate(value, &location, None),
                None => return self.unknown(expr, format!("`{name}` is not a value sglint knows")),
            },
            ExprKind::Traversal { base, operators } => {
                return self.traversal(expr, base, operators);
            }
            ExprKind::FuncCall {
                name,
                args,
                expand_final,
            } => {
                let mut values: Vec<Value> = args.iter().map(|arg| self.eval(arg)).collect();
                if *expand_final {
                    match values.pop().map(|last| last.kind) {
                        Some(ValueKind::List(items)) => values.extend(items),
                        _ => {
                            return self.unknown(expr, "the expanded argument is not a known list");
                        }
                    }
                }
                return functions::call(name, values, self, expr);
            }
            ExprKind::Conditional {
                condition,
                then,
                otherwise,
            } => return self.conditional(expr, condition, then, otherwise),
            ExprKind::Unary { operator, operand } => {
                let operand = self.eval(operand);
                return lift(vec![operand], &location, |values| {
                    match (*operator, &values[0].kind) {
                        ("-", ValueKind::Number(n)) => Some(ValueKind::Number(-n)),
                        ("!", ValueKind::Bool(b)) => Some(ValueKind::Bool(!b)),
                        _ => None,
                    }
                })
                .unwrap_or_else(|| self.unknown(expr, "the operand is not known statically"));
            }
            ExprKind::Binary { operator, lhs, rhs } => {
                return self.binary(expr, operator, lhs, rhs);
            }
            ExprKind::For(for_expr) => return self.for_expr(expr, for_expr),
        };
        Value {
            kind,
            location,
            origins: Vec::new(),
        }
    }

    fn template(&self, expr: &Expr, parts: &[TemplatePart]) -> Value {
        // A template of exactly one interpolation keeps the value's type.
        if let [TemplatePart::Interpolation(inner)] = parts {
            let value = self.eval(inner);
            return match value.kind {
                ValueKind::String(_) | ValueKind::Number(_) | ValueKind::Bool(_) => {
                    let text = value.as_text().unwrap_or_default();
                    Value {
                        kind: ValueKind::String(text),
                        location: self.location(expr),
                        origins: value.origins,
                    }
                }
                _ => relocate(&value, &self.location(expr), None),
            };
        }
        let mut values = Vec::new();
        for part in parts {
            match part {
                TemplatePart::Literal(text) => values.push(Value {
                    kind: ValueKind::String(text.clone()),
                    location: self.location(expr),
                    origins: Vec::new(),
                }),
                TemplatePart::Interpolation(inner) => values.push(self.eval(inner)),
                TemplatePart::Directive(_) => {
                    return self.unknown(expr, "template directives (`%{ }`) are not evaluated");
                }
            }
        }
        let location = self.location(expr);
        lift(values, &location, |parts| {
            let mut text = String::new();
            for part in parts {
                text.push_str(&part.as_text()?);
            }
            Some(ValueKind::String(text))
        })
        .unwrap_or_else(|| self.unknown(expr, "an interpolated value is not a string"))
    }

    fn conditional(&self, expr: &Expr, condition: &Expr, then: &Expr, otherwise: &Expr) -> Value {
        let value = self.eval(condition);
        match &value.kind {
            ValueKind::Bool(true) => self.eval(then),
            ValueKind::Bool(false) => self.eval(otherwise),
            ValueKind::String(text) if text == "true" => self.eval(then),
            ValueKind::String(text) if text == "false" => self.eval(otherwise),
            _ => {
                let when = |holds| Assumptions::one(self.condition(condition, holds));
                Value {
                    kind: ValueKind::OneOf(vec![
                        Alternative {
                            assumption: when(true),
                            value: self.eval(then),
                        },
                        Alternative {
                            assumption: when(false),
                            value: self.eval(otherwise),
                        },
                    ]),
                    location: self.location(expr),
                    origins: Vec::new(),
                }
            }
        }
    }

    fn binary(&self, expr: &Expr, operator: &str, lhs: &Expr, rhs: &Expr) -> Value {
        let left = self.eval(lhs);
        // Short-circuit on a known left side, as Terraform does not, but the
        // result is the same for known values and more often known.
        match (operator, &left.kind) {
            ("&&", ValueKind::Bool(false)) => {
                return plain(self.location(expr), ValueKind::Bool(false));
            }
            ("||", ValueKind::Bool(true)) => {
                return plain(self.location(expr), ValueKind::Bool(true));
            }
            _ => {}
        }
        let right = self.eval(rhs);
        let location = self.location(expr);
        lift(vec![left, right], &location, |values| {
            let (a, b) = (&values[0].kind, &values[1].kind);
            Some(match operator {
                "==" => ValueKind::Bool(values_equal(&values[0], &values[1])?),
                "!=" => ValueKind::Bool(!values_equal(&values[0], &values[1])?),
                "&&" | "||" => {
                    let (ValueKind::Bool(a), ValueKind::Bool(b)) = (a, b) else {
                        return None;
                    };
                    ValueKind::Bool(if operator == "&&" { *a && *b } else { *a || *b })
                }
                _ => {
                    let a = values[0].as_number()?;
                    let b = values[1].as_number()?;
                    match operator {
                        "+" => ValueKind::Number(a + b),
                        "-" => ValueKind::Number(a - b),
                        "*" => ValueKind::Number(a * b),
                        "/" if b != 0.0 => ValueKind::Number(a / b),
                        "%" if b != 0.0 => ValueKind::Number(a % b),
                        "<" => ValueKind::Bool(a < b),
                        ">" => ValueKind::Bool(a > b),
                        "<=" => ValueKind::Bool(a <= b),
                        ">=" => ValueKind::Bool(a >= b),
                        _ => return None,
                    }
                }
            })
        })
        .unwrap_or_else(|| self.unknown(expr, "an operand is not known statically"))
    }

    fn for_expr(&self, expr: &Expr, for_expr: &ForExpr) -> Value {
        let collection = self.eval(&for_expr.collection);
        let entries: Vec<(Value, Value)> = match &collection.kind {
            ValueKind::List(_) | ValueKind::Object(_) => key_value_pairs(&collection),
            ValueKind::Null => {
                return self.unknown(expr, "the collection of the `for` expression is null");
            }
            ValueKind::Unknown(_) => {
                let mut unknown = collection.clone();
                unknown.location = self.location(expr);
                return unknown;
            }
            _ => {
                return self.unknown(
                    expr,
                    "the collection of the `for` expression is not known statically",
                );
            }
        };
        if entries.len() > MAX_ELEMENTS {
            return self.unknown(
                expr,
                format!("the `for` expression has more than {MAX_ELEMENTS} elements"),
            );
        }
        let mut list = Vec::new();
        let mut object: Vec<(String, Value)> = Vec::new();
        for (key, value) in entries {
            let mut scope = self.bind(&for_expr.value_var, value);
            if let Some(key_var) = &for_expr.key_var {
                scope = scope.bind(key_var, key);
            }
            if let Some(condition) = &for_expr.condition {
                match scope.eval(condition).kind {
                    ValueKind::Bool(true) => {}
                    ValueKind::Bool(false) => continue,
                    // An unknown filter keeps the element: dropping it could hide a source.
                    _ => {}
                }
            }
            let item = scope.eval(&for_expr.value);
            match &for_expr.key {
                Some(key_expr) => {
                    let Some(key) = scope.eval(key_expr).as_text() else {
                        return self.unknown(
                            expr,
                            "a key of the `for` expression is not known statically",
                        );
                    };
                    if for_expr.grouping {
                        match object.iter_mut().find(|(existing, _)| *existing == key) {
                            Some((
                                _,
                                Value {
                                    kind: ValueKind::List(group),
                                    ..
                                },
                            )) => group.push(item),
                            _ => object.push((
                                key,
                                plain(item.location.clone(), ValueKind::List(vec![item])),
                            )),
                        }
                    } else {
                        object.retain(|(existing, _)| *existing != key);
                        object.push((key, item));
                    }
                }
                None => list.push(item),
            }
        }
        let kind = if for_expr.key.is_some() {
            ValueKind::Object(object)
        } else {
            ValueKind::List(list)
        };
        plain(self.location(expr), kind)
    }

    fn traversal(&self, expr: &Expr, base: &Expr, operators: &[TraversalOperator]) -> Value {
        let location = self.location(expr);
        if let ExprKind::Variable(root) = &base.kind
            && self.lookup(root).is_none()
        {
            let attr = |index: usize| match operators.get(index) {
                Some(TraversalOperator::Attr(name, _)) => Some(name.as_str()),
                _ => None,
            };
            match root.as_str() {
                "var" => {
                    let Some(name) = attr(0) else {
                        return self.unknown(expr, "`var` needs a name");
                    };
                    let value = self.variable(name, &location);
                    return self.apply(expr, value, &operators[1..]);
                }
                "local" => {
                    let Some(name) = attr(0) else {
                        return self.unknown(expr, "`local` needs a name");
                    };
                    let value = self.local(name, &location);
                    return self.apply(expr, value, &operators[1..]);
                }
                "data" => {
                    let name = [attr(0), attr(1)]
                        .iter()
                        .flatten()
                        .copied()
                        .collect::<Vec<_>>()
                        .join(".");
                    let value =
                        self.runtime(expr, format!("`data.{name}` is only known after apply"));
                    return match attr(0) {
                        Some(kind) if is_network_cidr(kind, operators.get(2..).unwrap_or(&[])) => {
                            never_public(value)
                        }
                        _ => value,
                    };
                }
                "module" => {
                    let Some(name) = attr(0) else {
                        return self.unknown(expr, "`module` needs a name");
                    };
                    let value = match &self.module.calls {
                        Some(calls) => {
                            relocate(&calls.value(self, name, &location), &location, None)
                        }
                        None => self.unknown(
                            expr,
                            format!("outputs of `module.{name}` are not evaluated here"),
                        ),
                    };
                    return self.apply(expr, value, &operators[1..]);
                }
                "path" => return self.path_value(expr, attr(0).unwrap_or_default()),
                "terraform" if attr(0) == Some("workspace") => {
                    let value = match self.module.place.as_ref().and_then(|place| place.workspace.clone()) {
                        Some(workspace) => plain(location.clone(), ValueKind::String(workspace)),
                        None => self.runtime(
                            expr,
                            "`terraform.workspace` is known when Terraform runs (give --workspace NAME to check one)",
                        ),
                    };
                    return self.apply(expr, value, &operators[1..]);
                }
                "terraform" | "self" => {
                    return self
                        .runtime(expr, format!("`{root}` is only known when Terraform runs"));
                }
                _ => {
                    let name = attr(0).unwrap_or_default();
                    if let Some(instances) = self.resource_splat(expr, root, operators) {
                        return instances;
                    }
                    let mut value = self.runtime(expr, format!("`{root}.{name}` is a resource; its attributes are only known after apply"));
                    if let ValueKind::Unknown(unresolved) = &mut value.kind {
                        unresolved.address = self.resource_address(root, operators);
                    }
                    if is_network_cidr(root, operators.get(1..).unwrap_or(&[])) {
                        return never_public(value);
                    }
                    return value;
                }
            }
        }
        let value = self.eval(base);
        self.apply(expr, value, operators)
    }

    /// The assumption that `condition` holds (or not). Two conditions are
    /// one only when they are the same expression in the same module
    /// instance: the instance is part of the subject (`var.x` of `module.a`
    /// is not `var.x` of `module.b`), and a condition shortened for messages
    /// keeps a digest of its whole text, so two long ones never merge.
    fn condition(&self, condition: &Expr, holds: bool) -> Assumption {
        let full = self.text(condition);
        let short = crate::model::short_expression(&full);
        let mut name = short.clone();
        if short != full.split_whitespace().collect::<Vec<_>>().join(" ") {
            let mut hash: u32 = 0x811c_9dc5;
            for byte in full.bytes() {
                hash ^= u32::from(byte);
                hash = hash.wrapping_mul(0x0100_0193);
            }
            name.push_str(&format!(" #{:04x}", hash & 0xffff));
        }
        let instance = self.module.address_prefix.trim_end_matches('.').to_string();
        Assumption::expression(name, instance, holds)
    }

    /// `path.module`, `path.root`, `path.cwd`, with Terraform's working
    /// directory taken to be the root module's directory.
    fn path_value(&self, expr: &Expr, name: &str) -> Value {
        let Some(place) = self.module.place.as_ref() else {
            return self.unknown(expr, "this module has no directory on disk");
        };
        let text = match name {
            "root" => ".".to_string(),
            "cwd" => crate::paths::absolute(&place.root_dir)
                .to_string_lossy()
                .into_owned(),
            "module" => relative_path(&place.root_dir, &place.module_dir),
            _ => return self.failure(expr, format!("`path.{name}` does not exist")),
        };
        plain(self.location(expr), ValueKind::String(text))
    }

    /// A scope for a template file rendered by `templatefile`: only the
    /// variables passed to it are bound.
    pub fn for_template<'b>(
        &'b self,
        file: &'b Arc<SourceFile>,
        bindings: Vec<(String, Value)>,
    ) -> Scope<'b, 'm> {
        Scope {
            module: self.module,
            file,
            bindings,
            depth: self.depth + 1,
            latent: self.latent,
        }
    }

    /// `aws_security_group.web.*.id` (or `[*]`) for a resource of this
    /// module whose instances are known: a list of each instance's
    /// attribute, unknown but with its address, so that
    /// `concat(aws_security_group.a.*.id, aws_security_group.b.*.id)[0]`
    /// names the group that exists.
    fn resource_splat(
        &self,
        expr: &Expr,
        root: &str,
        operators: &[TraversalOperator],
    ) -> Option<Value> {
        let [TraversalOperator::Attr(name, _), splat, rest @ ..] = operators else {
            return None;
        };
        if !matches!(
            splat,
            TraversalOperator::AttrSplat | TraversalOperator::FullSplat
        ) {
            return None;
        }
        let mut attributes = String::new();
        for operator in rest {
            let TraversalOperator::Attr(attribute, _) = operator else {
                return None;
            };
            attributes.push('.');
            attributes.push_str(attribute);
        }
        let suffixes = self
            .module
            .calls
            .as_ref()?
            .resource_instances(self, root, name)?;
        let items = suffixes
            .iter()
            .map(|suffix| {
                let address = format!("{}{root}.{name}{suffix}", self.module.address_prefix);
                let mut value = self.runtime(
                    expr,
                    format!("`{address}` is a resource; its attributes are only known after apply"),
                );
                if let ValueKind::Unknown(unresolved) = &mut value.kind {
                    unresolved.expression = format!("{root}.{name}{suffix}{attributes}");
                    unresolved.address = Some(format!("{address}{attributes}"));
                }
                if is_network_cidr(root, rest) {
                    return never_public(value);
                }
                value
            })
            .collect();
        Some(plain(self.location(expr), ValueKind::List(items)))
    }

    /// `module.sg.aws_security_group.web[0].id` for `aws_security_group.web[0].id`
    /// read in `module.sg`: the address with literal or evaluated indexes,
    /// `None` when an index is not known or the form is another.
    fn resource_address(&self, root: &str, operators: &[TraversalOperator]) -> Option<String> {
        let mut address = format!("{}{root}", self.module.address_prefix);
        for operator in operators {
            match operator {
                TraversalOperator::Attr(name, _) => {
                    address.push('.');
                    address.push_str(name);
                }
                TraversalOperator::Index(index) => match &self.eval(index).kind {
                    ValueKind::Number(n) => address.push_str(&format!("[{}]", number_text(*n))),
                    ValueKind::String(key) => address.push_str(&format!("[{key:?}]")),
                    _ => return None,
                },
                _ => return None,
            }
        }
        Some(address)
    }

    /// Applies attribute access, indexing and splats to a value.
    fn apply(&self, expr: &Expr, value: Value, operators: &[TraversalOperator]) -> Value {
        let Some((operator, rest)) = operators.split_first() else {
            return value;
        };
        if let ValueKind::OneOf(choices) = &value.kind {
            let choices = choices
                .iter()
                .map(|choice| Alternative {
                    assumption: choice.assumption.clone(),
                    value: self.apply(expr, choice.value.clone(), operators),
                })
                .collect();
            return Value {
                kind: ValueKind::OneOf(choices),
                location: value.location,
                origins: value.origins,
            };
        }
        if let ValueKind::Unknown(_) = value.kind {
            // A set variable always exists; what is inside it may not.
            return with_kind(value, UnknownKind::Unevaluated);
        }
        match operator {
            TraversalOperator::Attr(name, _) => match value.field(name) {
                Some(field) => self.apply(expr, inherit(field, &value), rest),
                None => self.failure(expr, format!("the value has no attribute `{name}`")),
            },
            TraversalOperator::Index(index_expr) => {
                let index = self.eval(index_expr);
                if let ValueKind::Unknown(_) = index.kind {
                    return self.unknown(expr, "the index is not known statically");
                }
                let element = match (&value.kind, &index.kind) {
                    (ValueKind::List(items), _) => {
                        index.as_number().and_then(|n| items.get(n as usize))
                    }
                    (ValueKind::Object(_), _) => index.as_text().and_then(|key| value.field(&key)),
                    _ => None,
                };
                match element {
                    Some(element) => self.apply(expr, inherit(element, &value), rest),
                    None => self.failure(expr, "the index is out of range"),
                }
            }
            TraversalOperator::AttrSplat | TraversalOperator::FullSplat => {
                let items = match &value.kind {
                    ValueKind::List(items) => items.clone(),
                    ValueKind::Null => Vec::new(),
                    _ => vec![value.clone()],
                };
                let mapped = items
                    .into_iter()
                    .map(|item| self.apply(expr, item, rest))
                    .collect();
                plain(value.location.clone(), ValueKind::List(mapped))
            }
        }
    }

    fn variable(&self, name: &str, use_site: &Location) -> Value {
        match self.module.variables.get(name) {
            Some(variable) if self.latent && variable.defaulted => runtime_at(
                use_site.clone(),
                format!("var.{name}"),
                format!("`var.{name}` keeps its default here, but may be set"),
            ),
            Some(variable) => relocate(&variable.value, use_site, Some(&variable.how)),
            None => unknown_at(
                use_site.clone(),
                format!("var.{name}"),
                format!("`var.{name}` is not declared"),
            ),
        }
    }

    fn local(&self, name: &str, use_site: &Location) -> Value {
        // A latent evaluation sees other values than the cached ones.
        let cached = if self.latent {
            None
        } else {
            self.module.local_values.borrow().get(name).cloned()
        };
        let value = match cached {
            Some(value) => value,
            None => {
                let Some(definition) = self.module.locals.get(name).copied() else {
                    return unknown_at(
                        use_site.clone(),
                        format!("local.{name}"),
                        format!("`local.{name}` is not defined"),
                    );
                };
                if self
                    .module
                    .resolving
                    .borrow()
                    .iter()
                    .any(|resolving| resolving == name)
                {
                    let chain = self.module.resolving.borrow().join("` → `local.");
                    return unknown_at(
                        use_site.clone(),
                        format!("local.{name}"),
                        format!(
                            "`local.{name}` refers to itself (`local.{chain}` → `local.{name}`)"
                        ),
                    );
                }
                self.module.resolving.borrow_mut().push(name.to_string());
                let value = self
                    .nested(self.module, definition.file)
                    .eval(definition.expr);
                self.module.resolving.borrow_mut().pop();
                if !self.latent {
                    self.module
                        .local_values
                        .borrow_mut()
                        .insert(name.to_string(), value.clone());
                }
                value
            }
        };
        relocate(
            &value,
            use_site,
            Some(&format!("comes from `local.{name}`")),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_the_value_budget_literals_are_still_read() {
        let text = "a = [\"0.0.0.0/0\", { port = 22 }]\nb = upper(\"x\")\nc = \"${var.x}\"\n";
        let body = crate::parse::hcl::parse_body(text).expect("valid HCL");
        let file = SourceFile::new("budget.tf", text);
        let module = ModuleScope::new(HashMap::new(), HashMap::new(), String::new())
            .with_fuel(Rc::new(Cell::new(0)));
        let scope = Scope::new(&module, &file);
        let literal = scope.eval(&body.attributes[0].value);
        let ValueKind::List(items) = &literal.kind else {
            panic!("a literal list stays known: {:?}", literal.kind);
        };
        assert_eq!(items[0].as_text().as_deref(), Some("0.0.0.0/0"));
        for computed in &body.attributes[1..] {
            let value = scope.eval(&computed.value);
            assert!(
                matches!(value.kind, ValueKind::Unknown(_)),
                "{:?}",
                value.kind
            );
        }
    }

    #[test]
    fn weight_counts_nodes_origins_and_text_and_stops_at_the_limit() {
        let file = SourceFile::new("x", "");
        let location = Location::new(&file, crate::source::Span::default());
        let text = |length: usize| plain(location.clone(), ValueKind::String("a".repeat(length)));
        assert_eq!(weight_within(&text(10), 100), Some(1));
        assert_eq!(weight_within(&text(640), 100), Some(11));
        let list = plain(location.clone(), ValueKind::List(vec![text(1); 50]));
        assert_eq!(weight_within(&list, 100), Some(51));
        assert_eq!(weight_within(&list, 50), None);
        let relocated = relocate(&list, &location, Some("comes from `local.x`"));
        assert_eq!(weight_within(&relocated, 1000), Some(102));
        let nested = plain(location.clone(), ValueKind::List(vec![list.clone(), list]));
        assert_eq!(weight_within(&nested, 100), None);
    }

    /// `cond ? a : b` over numbers, as the evaluator builds it.
    fn choice(location: &Location, condition: &str, a: f64, b: f64) -> Value {
        let number = |n| plain(location.clone(), ValueKind::Number(n));
        plain(
            location.clone(),
            ValueKind::OneOf(vec![
                Alternative {
                    assumption: Assumptions::one(Assumption::expression(
                        condition.into(),
                        String::new(),
                        true,
                    )),
                    value: number(a),
                },
                Alternative {
                    assumption: Assumptions::one(Assumption::expression(
                        condition.into(),
                        String::new(),
                        false,
                    )),
                    value: number(b),
                },
            ]),
        )
    }

    fn sum(parts: &[Value]) -> Option<ValueKind> {
        let mut total = 0.0;
        for part in parts {
            total += part.as_number()?;
        }
        Some(ValueKind::Number(total))
    }

    /// The (assumption, number) pairs of a lifted value.
    fn outcomes(value: &Value) -> Vec<(String, f64)> {
        let ValueKind::OneOf(choices) = &value.kind else {
            panic!("expected alternatives, got {:?}", value.kind);
        };
        choices
            .iter()
            .map(|choice| {
                (
                    choice.assumption.to_string(),
                    choice.value.as_number().unwrap_or(f64::NAN),
                )
            })
            .collect()
    }

    #[test]
    fn lift_combines_alternatives_and_drops_contradictions() {
        let file = SourceFile::new("x", "");
        let location = Location::new(&file, crate::source::Span::default());
        let same = lift(
            vec![
                choice(&location, "c", 1.0, 2.0),
                choice(&location, "c", 10.0, 20.0),
            ],
            &location,
            sum,
        )
        .unwrap();
        assert_eq!(
            outcomes(&same),
            vec![
                ("`c` is true".to_string(), 11.0),
                ("`c` is false".to_string(), 22.0)
            ]
        );
        let independent = lift(
            vec![
                choice(&location, "c", 1.0, 2.0),
                choice(&location, "d", 10.0, 20.0),
            ],
            &location,
            sum,
        )
        .unwrap();
        let mut totals: Vec<f64> = outcomes(&independent).iter().map(|(_, n)| *n).collect();
        totals.sort_by(f64::total_cmp);
        assert_eq!(totals, vec![11.0, 12.0, 21.0, 22.0]);
    }

    /// Every combination contradicting itself leaves no alternative; a
    /// later step over that value has nothing to combine (it used to index
    /// an empty list).
    #[test]
    fn lift_over_a_value_without_alternatives_is_empty() {
        let file = SourceFile::new("x", "");
        let location = Location::new(&file, crate::source::Span::default());
        let empty = plain(location.clone(), ValueKind::OneOf(Vec::new()));
        let value = lift(
            vec![empty, choice(&location, "c", 1.0, 2.0)],
            &location,
            sum,
        )
        .unwrap();
        assert!(outcomes(&value).is_empty());
    }

    /// Past MAX_ALTERNATIVES results the value is unknown (truncating could
    /// drop the public alternative), and the work stops there: a chain of
    /// such steps once cost 32 x 32 evaluations each.
    #[test]
    fn lift_gives_up_after_too_many_alternatives_without_computing_them_all() {
        let file = SourceFile::new("x", "");
        let location = Location::new(&file, crate::source::Span::default());
        // 2^5 = 32 alternatives on each side, all combinations consistent.
        let wide = |prefix: &str| {
            (0..5).fold(
                plain(location.clone(), ValueKind::Number(0.0)),
                |value, bit| {
                    lift(
                        vec![
                            value,
                            choice(
                                &location,
                                &format!("{prefix}{bit}"),
                                0.0,
                                f64::from(1 << bit),
                            ),
                        ],
                        &location,
                        sum,
                    )
                    .unwrap()
                },
            )
        };
        let (left, right) = (wide("a"), wide("b"));
        assert_eq!(outcomes(&left).len(), MAX_ALTERNATIVES);
        let calls = Cell::new(0);
        let counted = |parts: &[Value]| {
            calls.set(calls.get() + 1);
            sum(parts)
        };
        let value = lift(vec![left, right], &location, counted).unwrap();
        let ValueKind::Unknown(unresolved) = &value.kind else {
            panic!("expected unknown, got {:?}", value.kind);
        };
        assert!(unresolved.reason.contains("too many unknown conditions"));
        assert_eq!(calls.get(), MAX_ALTERNATIVES + 1);
    }
}
