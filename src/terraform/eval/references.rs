//! Named references: `var.*`, `local.*`, `module.*`, `data.*`, `path.*`,
//! `terraform.workspace`, a module's own resources (with their splats and
//! addresses), and attribute access, indexing and splats over a value.

use std::rc::Rc;

use crate::model::{Location, UnknownKind};
use crate::terraform::syntax::{Expr, ExprKind, TraversalOperator};
use crate::terraform::values::*;
use crate::value::{Alternative, Value, ValueKind};

use super::Scope;

impl Scope<'_, '_> {
    pub(super) fn traversal(
        &self,
        expr: &Expr,
        base: &Expr,
        operators: &[TraversalOperator],
    ) -> Value {
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
                    if let Some(variable) = self.module.variables.get(name)
                        && !(self.latent && variable.defaulted)
                    {
                        let how = variable.how.as_str();
                        return self.select_relocated(
                            expr,
                            &variable.value,
                            &operators[1..],
                            &location,
                            how,
                        );
                    }
                    let value = self.variable(name, &location);
                    return self.apply(expr, value, &operators[1..]);
                }
                "local" => {
                    let Some(name) = attr(0) else {
                        return self.unknown(expr, "`local` needs a name");
                    };
                    return match self.local_value(name, &location) {
                        Ok(value) => {
                            let how = format!("comes from `local.{name}`");
                            self.select_relocated(expr, &value, &operators[1..], &location, &how)
                        }
                        Err(unknown) => self.apply(expr, unknown, &operators[1..]),
                    };
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

    /// `path.module`, `path.root`, `path.cwd`, with Terraform's working
    /// directory taken to be the root module's directory.
    pub(super) fn path_value(&self, expr: &Expr, name: &str) -> Value {
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

    /// `aws_security_group.web.*.id` (or `[*]`) for a resource of this
    /// module whose instances are known: a list of each instance's
    /// attribute, unknown but with its address, so that
    /// `concat(aws_security_group.a.*.id, aws_security_group.b.*.id)[0]`
    /// names the group that exists.
    pub(super) fn resource_splat(
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
    pub(super) fn resource_address(
        &self,
        root: &str,
        operators: &[TraversalOperator],
    ) -> Option<String> {
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
    /// `apply(relocate(value))`, copying only what is selected: a
    /// `local.table[key].port` over a large table relocated the whole table
    /// at every use. Selecting a field or an element commutes with
    /// relocation: `relocate` treats each nested value alike, whatever its
    /// parent, and with a `how` leaves none without an origin, so the
    /// `inherit` of `apply` adds nothing. Anything but a plain object or
    /// list (a choice, an unknown, a splat) is relocated and applied as
    /// before.
    fn select_relocated(
        &self,
        expr: &Expr,
        value: &Value,
        operators: &[TraversalOperator],
        use_site: &Location,
        how: &str,
    ) -> Value {
        let selected = match (operators.first(), &value.kind) {
            (Some(TraversalOperator::Attr(name, _)), ValueKind::Object(_)) => {
                match value.field(name) {
                    Some(field) => field,
                    None => {
                        return self.failure(expr, format!("the value has no attribute `{name}`"));
                    }
                }
            }
            (
                Some(TraversalOperator::Index(index_expr)),
                ValueKind::Object(_) | ValueKind::List(_),
            ) => {
                let index = self.eval(index_expr);
                if let ValueKind::Unknown(_) = index.kind {
                    return self.unknown(expr, "the index is not known statically");
                }
                let element = match &value.kind {
                    ValueKind::List(items) => index.as_number().and_then(|n| items.get(n as usize)),
                    _ => index.as_text().and_then(|key| value.field(&key)),
                };
                match element {
                    Some(element) => element,
                    None => return self.failure(expr, "the index is out of range"),
                }
            }
            _ => return self.apply(expr, relocate(value, use_site, Some(how)), operators),
        };
        self.select_relocated(expr, selected, &operators[1..], use_site, how)
    }

    pub(super) fn apply(
        &self,
        expr: &Expr,
        value: Value,
        operators: &[TraversalOperator],
    ) -> Value {
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

    pub(super) fn variable(&self, name: &str, use_site: &Location) -> Value {
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

    /// `local.NAME` as defined (evaluated once per module instance), to be
    /// relocated to its use; `Err` with an unknown already at the use site
    /// when it is undefined or refers to itself.
    fn local_value(&self, name: &str, use_site: &Location) -> Result<Rc<Value>, Value> {
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
                    return Err(unknown_at(
                        use_site.clone(),
                        format!("local.{name}"),
                        format!("`local.{name}` is not defined"),
                    ));
                };
                if self
                    .module
                    .resolving
                    .borrow()
                    .iter()
                    .any(|resolving| resolving == name)
                {
                    let chain = self.module.resolving.borrow().join("` → `local.");
                    return Err(unknown_at(
                        use_site.clone(),
                        format!("local.{name}"),
                        format!(
                            "`local.{name}` refers to itself (`local.{chain}` → `local.{name}`)"
                        ),
                    ));
                }
                self.module.resolving.borrow_mut().push(name.to_string());
                let value = Rc::new(
                    self.nested(self.module, definition.file)
                        .eval(definition.expr),
                );
                self.module.resolving.borrow_mut().pop();
                if !self.latent {
                    self.module
                        .local_values
                        .borrow_mut()
                        .insert(name.to_string(), Rc::clone(&value));
                }
                value
            }
        };
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::source::SourceFile;
    use crate::terraform::eval::{LocalDefinition, ModuleScope, VariableValue};

    /// `select_relocated` gives exactly what relocating the whole value and
    /// then selecting gave, provenance included, for fields, elements,
    /// missing keys, splats and unknown indexes.
    #[test]
    fn selecting_before_relocating_changes_nothing() {
        let text = r#"table = { a = { port = 22, cidrs = ["0.0.0.0/0"] }, b = { port = 80, cidrs = ["10.0.0.0/8"] } }
key  = "b"
rules = [{ port = 1 }, { port = 2, cidrs = ["::/0"] }]
t1 = local.table["b"].port
t2 = local.table[local.key].cidrs[0]
t3 = local.table.a
t4 = local.table.missing
t5 = local.table["a"].cidrs[5]
t6 = var.rules[1].cidrs
t7 = var.rules[*].port
t8 = local.table[var.nothing]
t9 = local.key
t10 = var.rules
t11 = local.table.a.port.deeper
"#;
        let body = crate::parse::hcl::parse_body(text).expect("valid HCL");
        let file = SourceFile::new("select.tf", text);
        let empty = ModuleScope::new(HashMap::new(), HashMap::new(), String::new());
        let rules = Scope::new(&empty, &file).eval(&body.attributes[2].value);
        let variables = HashMap::from([(
            "rules".to_string(),
            VariableValue {
                value: rules,
                how: "is set in a test".to_string(),
                defaulted: false,
            },
        )]);
        let locals = body.attributes[..2]
            .iter()
            .map(|attribute| {
                let definition = LocalDefinition {
                    file: &file,
                    expr: &attribute.value,
                };
                (attribute.key.clone(), definition)
            })
            .collect();
        let module = ModuleScope::new(variables, locals, String::new());
        let scope = Scope::new(&module, &file);
        for attribute in &body.attributes[3..] {
            let expr = &attribute.value;
            let ExprKind::Traversal { base, operators } = &expr.kind else {
                panic!("{} is not a traversal", attribute.key);
            };
            let ExprKind::Variable(root) = &base.kind else {
                panic!("{} has no root", attribute.key);
            };
            let Some(TraversalOperator::Attr(name, _)) = operators.first() else {
                panic!("{} has no name", attribute.key);
            };
            let location = scope.location(expr);
            let whole = match root.as_str() {
                "local" => scope.local_value(name, &location).map(|value| {
                    relocate(
                        &value,
                        &location,
                        Some(&format!("comes from `local.{name}`")),
                    )
                }),
                _ => Ok(scope.variable(name, &location)),
            }
            .unwrap_or_else(|unknown| unknown);
            let before = scope.apply(expr, whole, &operators[1..]);
            let now = scope.eval(expr);
            assert_eq!(
                format!("{now:?}"),
                format!("{before:?}"),
                "{} differs",
                attribute.key
            );
        }
    }
}
