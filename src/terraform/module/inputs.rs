//! A module instance's inputs: variable declarations and their types,
//! defaults, tfvars files, `--var`/`--var-file`, `TF_VAR_*`, encrypted
//! variable files, and the arguments of a module call.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::model::{Assumption, Assumptions, Holds, Location, Subject};
use crate::parse::hcl;
use crate::source::SourceFile;
use crate::terraform::eval::{ModuleScope, Scope, VariableValue};
use crate::terraform::load::{ParsedModule, VarsFile};
use crate::terraform::syntax::Block;
use crate::terraform::types;
use crate::terraform::values::{plain, relocate, runtime_at};
use crate::value::{Value, ValueKind};

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

pub(super) fn variable_blocks(module: &ParsedModule) -> Vec<(&Arc<SourceFile>, &Block)> {
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
pub(super) fn root_variables(
    module: &ParsedModule,
    inputs: &RootInputs,
) -> HashMap<String, VariableValue> {
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
pub(super) fn apply_declaration(
    variable: &mut VariableValue,
    file: &Arc<SourceFile>,
    block: &Block,
) {
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
pub(super) fn maybe_set_by_encrypted(
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

pub(super) fn file_name(file: &SourceFile) -> String {
    file.path()
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub(super) fn vars_values(vars: &VarsFile, empty: &ModuleScope) -> Vec<(String, Value)> {
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
pub(super) fn sops_unknown(value: Value, name: &str) -> Value {
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
pub(super) fn text_value(text: &str, location: Location) -> Value {
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
pub(super) fn relocate_all(value: Value, location: &Location) -> Value {
    crate::terraform::values::relocate(&value, location, None)
}

pub(super) fn label_location(file: &Arc<SourceFile>, block: &Block) -> Location {
    let span = block
        .labels
        .first()
        .map(|label| label.span)
        .unwrap_or(block.ident_span);
    Location::new(file, span)
}

/// The child's variables: the call's arguments, else the child's defaults.
pub(super) fn call_variables(
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
