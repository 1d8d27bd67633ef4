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

use crate::model::Location;
use crate::source::SourceFile;
use crate::terraform::functions;
use crate::terraform::syntax::{Expr, ExprKind};
use crate::terraform::values::*;
use crate::value::{Value, ValueKind};

mod operators;
mod references;

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
/// module evaluator (`module/outputs.rs`), so that expressions do not depend on it.
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
    local_values: RefCell<HashMap<String, Rc<Value>>>,
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
    /// caller sets them (see `module::expansion`).
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
}
