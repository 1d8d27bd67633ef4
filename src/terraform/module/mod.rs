//! Terraform modules: a directory's files evaluated together, with their
//! inputs (defaults, tfvars, `--var`, `--var-file`, `TF_VAR_*`), `count` and
//! `for_each` instances, and calls of local modules evaluated recursively
//! with their arguments.
//!
//! A module directory is read only when it lies inside the scanned paths or
//! the current directory; a remote module is read from
//! `.terraform/modules/modules.json` when `terraform init` left it there,
//! otherwise its resources are out of reach and a note says so.

mod embedded;
mod expansion;
mod inputs;
mod outputs;
mod sources;

pub use embedded::EmbeddedTemplate;
use embedded::embedded_templates;
use expansion::{Budget, budgeted_instances};
pub use inputs::{CliAssignment, RootInputs};
use inputs::{call_variables, label_location, root_variables};
pub use outputs::ModuleCalls;
use sources::{CallProblem, called_module};
pub use sources::{Loader, parse_directory};

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::model::{IngressRule, Location};
use crate::rules::{Finding, UncheckedModule};
use crate::terraform::eval::{LocalDefinition, ModuleScope, Scope, VariableValue};
use crate::terraform::extract::extract_resource;
pub use crate::terraform::load::{
    ParsedModule, VarsFile, parse_configuration, parse_configuration_source, parse_module,
    parse_vars_file,
};
use crate::terraform::syntax::Block;

/// Instances of one `count` / `for_each` beyond this are not expanded: the
/// index becomes unknown, with the reason.
pub const MAX_INSTANCES: usize = 1024;
/// Module calls nested deeper than this are not followed.
const MAX_MODULE_DEPTH: usize = 16;
/// Module and resource instances one root module may expand to: nested
/// `count` and `for_each` multiply, and 1,000 × 1,000 × 1,000 instances
/// must end with a note, not exhaust the machine.
pub const MAX_EXPANSION: usize = 20_000;

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
