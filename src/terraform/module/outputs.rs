//! What an instance reads from the modules it calls and from its own
//! resources: `module.NAME.OUTPUT`, resource instance keys, and managed
//! prefix list entries (the `ModuleReader` the expression evaluator uses).

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

use crate::model::Location;
use crate::source::SourceFile;
use crate::terraform::eval::{ModuleScope, Scope};
use crate::terraform::load::ParsedModule;
use crate::terraform::syntax::Block;
use crate::terraform::values::{failure_at, plain, relocate, runtime_at, unknown_at};
use crate::value::{Value, ValueKind};

use super::expansion::{Budget, instances, spent_reason};
use super::inputs::{call_variables, label_location};
use super::sources::called_module;
use super::{Loader, MAX_INSTANCES, locals_of};

/// The `module` blocks of one module instance and how to reach what they
/// call, so that `module.NAME.OUTPUT` evaluates to the called module's
/// `output` value, with the caller's arguments.
pub struct ModuleCalls<'m> {
    pub(super) module: &'m ParsedModule,
    pub(super) loader: &'m Loader,
    pub(super) budget: &'m Budget,
    pub(super) root_dir: PathBuf,
    /// This instance's key in `modules.json`.
    pub(super) key: String,
    /// This instance's address prefix, e.g. `module.web.`.
    pub(super) prefix: String,
    /// Canonical directories of the modules being evaluated, this one last.
    pub(super) stack: Vec<PathBuf>,
    pub(super) values: RefCell<HashMap<String, Value>>,
    pub(super) resolving: RefCell<Vec<String>>,
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

    pub(super) fn block(&self, name: &str) -> Option<(&Arc<SourceFile>, &Block)> {
        self.module.files.iter().find_map(|parsed| {
            parsed
                .body
                .blocks("module")
                .find(|block| block.label(0) == Some(name))
                .map(|block| (&parsed.file, block))
        })
    }

    pub(super) fn evaluate(
        &self,
        caller: &Scope,
        name: &str,
        file: &Arc<SourceFile>,
        block: &Block,
    ) -> Value {
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
pub(super) fn output_values(
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
pub(super) fn collect_instances(
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
