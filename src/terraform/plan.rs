//! Terraform plan JSON (`terraform show -json tfplan > plan.json`),
//! recognised by content. Values under `planned_values` are already
//! resolved; the same extraction and rules apply. A value the plan marks as
//! known only after apply (`resource_changes[].change.after_unknown`) is an
//! unknown source, not an absent one. Findings point into the plan and name
//! the resource address; when the configuration's `.tf` files are beside the
//! plan, the resource block there is shown too.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use crate::model::{IngressRule, Location, Origin, UnknownKind, Unresolved};
use crate::parse::tree::{Node, Value as NodeValue};
use crate::source::SourceFile;
use crate::terraform::extract::extract_values;
use crate::terraform::module;
use crate::value::{Value, ValueKind};

/// Cheap test on the text: plans name these two keys.
pub fn looks_like_plan(text: &str) -> bool {
    text.contains("\"planned_values\"") && text.contains("\"format_version\"")
}

pub fn is_plan(root: &Node) -> bool {
    root.get("planned_values").is_some() && root.get("format_version").is_some()
}

pub fn extract_plan(file: &Arc<SourceFile>, root: &Node) -> Vec<IngressRule> {
    let unknown_after_apply: HashMap<String, &Node> = root
        .get("resource_changes")
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .filter_map(|change| {
            let address = change.get("address")?.as_text()?;
            let after_unknown = change.get("change")?.get("after_unknown")?;
            Some((address, after_unknown))
        })
        .collect();
    let declarations = configuration_blocks(file.path());
    let mut rules = Vec::new();
    // A worklist, not recursion: nesting is bounded by the JSON parser, and
    // a child module at any depth is checked.
    let mut modules: Vec<&Node> = root
        .get("planned_values")
        .and_then(|values| values.get("root_module"))
        .into_iter()
        .collect();
    while let Some(module) = modules.pop() {
        for resource in module.get("resources").map(Node::items).unwrap_or_default() {
            let field = |key: &str| resource.get(key).and_then(Node::as_text);
            let (Some(address), Some(kind), Some(values)) =
                (field("address"), field("type"), resource.get("values"))
            else {
                continue;
            };
            if field("mode").is_some_and(|mode| mode != "managed") {
                continue;
            }
            let mut value = to_value(values, file);
            if let Some(after_unknown) = unknown_after_apply.get(&address) {
                overlay_unknown(&mut value, after_unknown, &address);
            }
            let before = rules.len();
            extract_values(&kind, &address, &value, &mut rules);
            let declared =
                field("name").and_then(|name| declarations.get(&(kind.clone(), name)).cloned());
            if let Some(location) = declared.filter(|_| !address.starts_with("module.")) {
                for rule in &mut rules[before..] {
                    rule.notes.push(Origin {
                        message: format!("`{address}` is declared here"),
                        location: Some(location.clone()),
                    });
                }
            }
        }
        modules.extend(
            module
                .get("child_modules")
                .map(Node::items)
                .unwrap_or_default(),
        );
    }
    rules
}

/// Resource blocks of the `.tf` files beside the plan, by type and name.
fn configuration_blocks(plan: &Path) -> HashMap<(String, String), Location> {
    let mut blocks = HashMap::new();
    let dir = plan
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let parsed = module::parse_directory(dir);
    for file in &parsed.files {
        for block in file.body.blocks("resource") {
            if let (Some(kind), Some(name)) = (block.label(0), block.label(1)) {
                blocks.insert(
                    (kind.to_string(), name.to_string()),
                    Location::new(&file.file, block.span),
                );
            }
        }
    }
    blocks
}

/// A JSON node as a value located in the plan file.
fn to_value(node: &Node, file: &Arc<SourceFile>) -> Value {
    let kind = match &node.value {
        NodeValue::Null => ValueKind::Null,
        NodeValue::Bool(value) => ValueKind::Bool(*value),
        NodeValue::Number(text) => ValueKind::Number(text.parse().unwrap_or(f64::NAN)),
        NodeValue::String(text) => ValueKind::String(text.clone()),
        NodeValue::Array(items) => {
            ValueKind::List(items.iter().map(|item| to_value(item, file)).collect())
        }
        NodeValue::Object(entries) => ValueKind::Object(
            entries
                .iter()
                .map(|entry| (entry.key.clone(), to_value(&entry.value, file)))
                .collect(),
        ),
    };
    Value {
        kind,
        location: Location::new(file, node.span),
        origins: Vec::new(),
    }
}

/// Marks what the plan says is known only after apply as unknown, so an
/// attribute missing from `planned_values` is never taken as empty.
fn overlay_unknown(value: &mut Value, after_unknown: &Node, path: &str) {
    match &after_unknown.value {
        NodeValue::Bool(true) => {
            value.kind = ValueKind::Unknown(Box::new(Unresolved {
                expression: path.to_string(),
                reason: format!("`{path}` is only known after apply"),
                location: value.location.clone(),
                kind: UnknownKind::Unevaluated,
                address: None,
            }));
        }
        NodeValue::Object(entries) => {
            let ValueKind::Object(fields) = &mut value.kind else {
                return;
            };
            for entry in entries {
                let field_path = format!("{path}.{}", entry.key);
                match fields.iter_mut().find(|(key, _)| *key == entry.key) {
                    Some((_, field)) => overlay_unknown(field, &entry.value, &field_path),
                    None if matches!(entry.value.value, NodeValue::Bool(true)) => {
                        let mut field = Value {
                            kind: ValueKind::Null,
                            location: value.location.clone(),
                            origins: Vec::new(),
                        };
                        overlay_unknown(&mut field, &entry.value, &field_path);
                        fields.push((entry.key.clone(), field));
                    }
                    None => {}
                }
            }
        }
        NodeValue::Array(items) => {
            let ValueKind::List(elements) = &mut value.kind else {
                return;
            };
            for (index, (element, unknown)) in elements.iter_mut().zip(items).enumerate() {
                overlay_unknown(element, unknown, &format!("{path}[{index}]"));
            }
        }
        _ => {}
    }
}
