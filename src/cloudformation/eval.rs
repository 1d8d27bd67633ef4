//! Static evaluation of CloudFormation intrinsic functions, as far as the
//! template and the given parameters allow.
//!
//! Resolved: `Ref` to parameters (given value, `Default`, or each of
//! `AllowedValues`), `Fn::If` (the condition when it can be decided, else
//! both branches, each labelled with its assumption), `Fn::FindInMap` (an
//! unknown key considers every key of that level), `Fn::Select`, `Fn::Join`,
//! `Fn::Split`, `Fn::Sub`, `AWS::NoValue`. Unknown, with the reason:
//! pseudo-parameters, resource references, `Fn::GetAtt`, `Fn::ImportValue`
//! and the rest.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::model::{
    Assumption, Assumptions, Holds, Location, Origin, Subject, UnknownKind, Unresolved,
};
use crate::parse::tree::{Node, Value as NodeValue};
use crate::source::SourceFile;
use crate::value::{Alternative, Value, ValueKind};

/// A parameter value given on the command line or in a parameters file.
#[derive(Debug, Clone)]
pub struct GivenParameter {
    pub name: String,
    pub value: String,
    /// Where it was given (a parameters file, a parent stack), or `None`
    /// for `--parameter`.
    pub location: Option<Location>,
    /// What gave it, when not the user: "the parent stack `x.yaml`" (see
    /// `nested.rs`), "`aws_cloudformation_stack.net`".
    pub given_by: Option<String>,
}

/// Bounds that keep evaluation linear on hostile templates.
const MAX_ALTERNATIVES: usize = 64;
const MAX_DEPTH: usize = 64;

pub struct Evaluator<'a> {
    file: &'a Arc<SourceFile>,
    parameters: HashMap<&'a str, &'a Node>,
    given: &'a [GivenParameter],
    mappings: Option<&'a Node>,
    conditions: HashMap<&'a str, &'a Node>,
    resources: HashSet<&'a str>,
    /// Parameters that keep their default are unknown (see
    /// [`Evaluator::latent_condition`]); their names are collected.
    latent: std::cell::RefCell<Option<Vec<String>>>,
}

impl<'a> Evaluator<'a> {
    pub fn new(file: &'a Arc<SourceFile>, root: &'a Node, given: &'a [GivenParameter]) -> Self {
        let section = |name: &str| -> HashMap<&'a str, &'a Node> {
            root.get(name)
                .map(|node| {
                    node.entries()
                        .iter()
                        .map(|entry| (entry.key.as_str(), &entry.value))
                        .collect()
                })
                .unwrap_or_default()
        };
        let resources = section("Resources").into_keys().collect();
        Evaluator {
            file,
            parameters: section("Parameters"),
            given,
            mappings: root.get("Mappings"),
            conditions: section("Conditions"),
            resources,
            latent: std::cell::RefCell::new(None),
        }
    }

    /// For a condition that is false only because parameters keep their
    /// defaults: the parameters that would have to change (it is undecided
    /// once they are unknown). `None` when it is false whatever they are.
    pub fn latent_condition(&self, name: &str) -> Option<Vec<String>> {
        *self.latent.borrow_mut() = Some(Vec::new());
        let decided = self.condition(name, &mut Vec::new());
        let mut used = self.latent.borrow_mut().take().unwrap_or_default();
        used.sort();
        used.dedup();
        (decided.is_none() && !used.is_empty()).then_some(used)
    }

    fn location(&self, node: &Node) -> Location {
        Location::new(self.file, node.span)
    }

    fn unknown(&self, node: &Node, expression: String, reason: String) -> Value {
        let location = self.location(node);
        Value {
            kind: ValueKind::Unknown(Box::new(Unresolved {
                expression,
                reason,
                location: location.clone(),
                kind: UnknownKind::Unevaluated,
                address: None,
            })),
            location,
            origins: Vec::new(),
        }
    }

    fn plain(&self, node: &Node, kind: ValueKind) -> Value {
        Value {
            kind,
            location: self.location(node),
            origins: Vec::new(),
        }
    }

    pub fn eval(&self, node: &Node) -> Value {
        self.eval_at(node, 0)
    }

    fn eval_at(&self, node: &Node, depth: usize) -> Value {
        if depth > MAX_DEPTH {
            return self.unknown(
                node,
                "...".into(),
                "intrinsic functions nested too deeply".into(),
            );
        }
        match &node.value {
            NodeValue::Null => self.plain(node, ValueKind::Null),
            NodeValue::Bool(value) => self.plain(node, ValueKind::Bool(*value)),
            NodeValue::Number(text) | NodeValue::String(text) => {
                self.plain(node, ValueKind::String(text.clone()))
            }
            NodeValue::Array(items) => {
                let values = items
                    .iter()
                    .map(|item| self.eval_at(item, depth + 1))
                    .filter(|value| !matches!(value.kind, ValueKind::Null))
                    .collect();
                self.plain(node, ValueKind::List(values))
            }
            NodeValue::Object(entries) => {
                if let [entry] = entries.as_slice()
                    && is_intrinsic(&entry.key)
                {
                    return self.intrinsic(node, &entry.key, &entry.value, depth + 1);
                }
                let fields = entries
                    .iter()
                    .map(|entry| (entry.key.clone(), self.eval_at(&entry.value, depth + 1)))
                    .collect();
                self.plain(node, ValueKind::Object(fields))
            }
        }
    }

    fn intrinsic(&self, node: &Node, name: &str, argument: &Node, depth: usize) -> Value {
        match name {
            "Ref" => self.reference(argument),
            "Fn::If" => self.fn_if(node, argument, depth),
            "Fn::FindInMap" => self.find_in_map(node, argument, depth),
            "Fn::Select" => self.select(node, argument, depth),
            "Fn::Join" => self.join(node, argument, depth),
            "Fn::Split" => self.split(node, argument, depth),
            "Fn::Length" => self.length(node, argument, depth),
            "Fn::ToJsonString" => self.to_json_string(node, argument, depth),
            "Fn::Sub" => self.sub(node, argument, depth),
            "Fn::GetAtt" => {
                let target = argument
                    .items()
                    .iter()
                    .filter_map(Node::as_text)
                    .collect::<Vec<_>>()
                    .join(".");
                let target = if target.is_empty() {
                    argument.as_text().unwrap_or_default()
                } else {
                    target
                };
                self.unknown(
                    node,
                    format!("Fn::GetAtt {target}"),
                    "a resource attribute is known only after deployment".into(),
                )
            }
            "Fn::ImportValue" => {
                let name = self.eval_at(argument, depth).as_text().unwrap_or_default();
                self.unknown(
                    node,
                    format!("Fn::ImportValue {name}").trim_end().to_string(),
                    "the value is exported by another stack".into(),
                )
            }
            other => self.unknown(
                node,
                other.to_string(),
                format!("`{other}` is not evaluated statically"),
            ),
        }
    }

    fn reference(&self, argument: &Node) -> Value {
        let Some(name) = argument.as_text() else {
            return self.unknown(argument, "Ref".into(), "`Ref` needs a name".into());
        };
        let expression = format!("Ref {name}");
        if name == "AWS::NoValue" {
            return self.plain(argument, ValueKind::Null);
        }
        if name.starts_with("AWS::") {
            return self.unknown(
                argument,
                expression,
                format!("pseudo parameter `{name}` is known only at deployment"),
            );
        }
        if let Some(given) = self.given.iter().rev().find(|given| given.name == name) {
            let origin = Origin {
                message: match &given.location {
                    Some(_) if given.given_by.is_some() => format!(
                        "parameter `{name}` is `{}` as given by {}",
                        given.value,
                        given.given_by.as_deref().unwrap_or_default()
                    ),
                    Some(_) => format!(
                        "parameter `{name}` is `{}` in the parameters file",
                        given.value
                    ),
                    None => format!("parameter `{name}` is `{}` from --parameter", given.value),
                },
                location: given.location.clone(),
            };
            return self.parameter_value(argument, name.as_str(), &given.value, origin);
        }
        if let Some(parameter) = self.parameters.get(name.as_str()) {
            if let Some(default) = parameter
                .get("Default")
                .filter(|node| !matches!(node.value, NodeValue::Null))
            {
                if let Some(used) = self.latent.borrow_mut().as_mut() {
                    used.push(name.clone());
                    return self.unknown(
                        argument,
                        expression,
                        format!("parameter `{name}` keeps its default here, but may be given"),
                    );
                }
                let text = default.as_text().unwrap_or_default();
                let origin = Origin {
                    message: format!("parameter `{name}` defaults to `{text}`"),
                    location: Some(self.location(default)),
                };
                return self.parameter_value(argument, &name, &text, origin);
            }
            let allowed = parameter
                .get("AllowedValues")
                .map(Node::items)
                .unwrap_or_default();
            if !allowed.is_empty() {
                let mut choices: Vec<Alternative> = allowed
                    .iter()
                    .take(MAX_ALTERNATIVES)
                    .filter_map(|choice| {
                        let text = choice.as_text()?;
                        let origin = Origin {
                            message: format!(
                                "`{text}` is one of the allowed values of parameter `{name}`"
                            ),
                            location: Some(self.location(choice)),
                        };
                        Some(Alternative {
                            assumption: Assumptions::one(Assumption::new(
                                Subject::Parameter(name.clone()),
                                Holds::Is(text.clone()),
                            )),
                            value: self.parameter_value(argument, &name, &text, origin),
                        })
                    })
                    .collect();
                if allowed.len() > MAX_ALTERNATIVES {
                    // The rest stay in the result as unknown: dropped, a
                    // public one among them would go unreported.
                    choices.push(Alternative {
                        assumption: Assumptions::one(Assumption::new(
                            Subject::Parameter(name.clone()),
                            Holds::OneOfOthers(allowed.len() - MAX_ALTERNATIVES),
                        )),
                        value: self.unknown(
                            argument,
                            format!("Ref {name}"),
                            format!(
                                "parameter `{name}` has more than {MAX_ALTERNATIVES} allowed values; sglint checks the first {MAX_ALTERNATIVES}"
                            ),
                        ),
                    });
                }
                return self.plain(argument, ValueKind::OneOf(choices));
            }
            return self.unknown(
                argument,
                expression,
                format!("parameter `{name}` has no default and no value was given (use --parameter {name}=VALUE)"),
            );
        }
        if self.resources.contains(name.as_str()) {
            return self.unknown(
                argument,
                expression,
                format!("`{name}` is a resource; its id is known only after deployment"),
            );
        }
        self.unknown(
            argument,
            expression,
            format!("`{name}` is not a parameter or resource of this template"),
        )
    }

    /// A parameter's text; list-typed parameters split on commas.
    fn parameter_value(&self, argument: &Node, name: &str, text: &str, origin: Origin) -> Value {
        let is_list = self
            .parameters
            .get(name)
            .and_then(|parameter| parameter.get("Type"))
            .and_then(Node::as_text)
            .is_some_and(|kind| kind.starts_with("List<") || kind == "CommaDelimitedList");
        let location = self.location(argument);
        let kind = if is_list {
            ValueKind::List(
                text.split(',')
                    .map(|part| Value {
                        kind: ValueKind::String(part.trim().to_string()),
                        location: location.clone(),
                        origins: vec![origin.clone()],
                    })
                    .collect(),
            )
        } else {
            ValueKind::String(text.to_string())
        };
        Value {
            kind,
            location,
            origins: vec![origin],
        }
    }

    fn fn_if(&self, node: &Node, argument: &Node, depth: usize) -> Value {
        let [condition, then, otherwise] = argument.items() else {
            return self.unknown(
                node,
                "Fn::If".into(),
                "`Fn::If` needs a condition and two values".into(),
            );
        };
        let name = condition.as_text().unwrap_or_default();
        match self.condition(&name, &mut Vec::new()) {
            Some(true) => self.eval_at(then, depth),
            Some(false) => self.eval_at(otherwise, depth),
            None => self.plain(
                node,
                ValueKind::OneOf(vec![
                    Alternative {
                        assumption: Assumptions::one(Assumption::condition(&name, true)),
                        value: self.eval_at(then, depth),
                    },
                    Alternative {
                        assumption: Assumptions::one(Assumption::condition(&name, false)),
                        value: self.eval_at(otherwise, depth),
                    },
                ]),
            ),
        }
    }

    /// Evaluates a named condition: `Some` when it can be decided statically.
    /// `visiting` catches cycles, which are undecidable rather than a hang.
    pub fn condition(&self, name: &str, visiting: &mut Vec<String>) -> Option<bool> {
        if visiting.iter().any(|seen| seen == name) || visiting.len() > MAX_DEPTH {
            return None;
        }
        let body = self.conditions.get(name)?;
        visiting.push(name.to_string());
        let result = self.condition_body(body, visiting);
        visiting.pop();
        result
    }

    fn condition_body(&self, node: &Node, visiting: &mut Vec<String>) -> Option<bool> {
        let [entry] = node.entries() else {
            return match &node.value {
                NodeValue::Bool(value) => Some(*value),
                _ => None,
            };
        };
        let arguments = entry.value.items();
        match entry.key.as_str() {
            "Condition" => self.condition(&entry.value.as_text()?, visiting),
            "Fn::Not" => Some(!self.condition_body(arguments.first()?, visiting)?),
            "Fn::And" => {
                let values: Vec<Option<bool>> = arguments
                    .iter()
                    .map(|a| self.condition_body(a, visiting))
                    .collect();
                if values.contains(&Some(false)) {
                    Some(false)
                } else if values.iter().all(Option::is_some) {
                    Some(true)
                } else {
                    None
                }
            }
            "Fn::Or" => {
                let values: Vec<Option<bool>> = arguments
                    .iter()
                    .map(|a| self.condition_body(a, visiting))
                    .collect();
                if values.contains(&Some(true)) {
                    Some(true)
                } else if values.iter().all(Option::is_some) {
                    Some(false)
                } else {
                    None
                }
            }
            "Fn::Equals" => {
                let [left, right] = arguments else {
                    return None;
                };
                let left = self.eval(left);
                let right = self.eval(right);
                // Over the alternatives (a mapping looked up by
                // `AWS::Region`): decided when every one agrees, so a
                // condition false in every region is false.
                let mut outcomes = Vec::new();
                for (_, left) in left.alternatives() {
                    for (_, right) in right.alternatives() {
                        outcomes.push(left.as_text()? == right.as_text()?);
                    }
                }
                let first = *outcomes.first()?;
                outcomes
                    .iter()
                    .all(|outcome| *outcome == first)
                    .then_some(first)
            }
            _ => None,
        }
    }

    fn find_in_map(&self, node: &Node, argument: &Node, depth: usize) -> Value {
        let items = argument.items();
        if items.len() < 3 {
            return self.unknown(
                node,
                "Fn::FindInMap".into(),
                "`Fn::FindInMap` needs a map and two keys".into(),
            );
        }
        let map_name = self.eval_at(&items[0], depth).as_text();
        let Some(map) = map_name
            .as_deref()
            .and_then(|name| self.mappings?.get(name))
        else {
            return self.unknown(
                node,
                "Fn::FindInMap".into(),
                "the mapping is not in this template".into(),
            );
        };
        let map_name = map_name.unwrap_or_default();
        // `AWS::LanguageExtensions`' fourth argument: what a lookup that
        // finds no entry gives.
        let default = items
            .get(3)
            .and_then(|options| options.get("DefaultValue"))
            .map(|default| {
                let mut value = self.eval_at(default, depth);
                value.origins.insert(
                    0,
                    Origin {
                        message: format!("the `DefaultValue` of a lookup in mapping `{map_name}`"),
                        location: Some(self.location(default)),
                    },
                );
                value.location = self.location(node);
                value
            });
        let mut keys_unknown = false;
        let mut choices = Vec::new();
        'entries: for (top, top_assumption) in self.keys(map, &items[1], depth) {
            let Some(level) = map.get(&top) else { continue };
            for (second, second_assumption) in self.keys(level, &items[2], depth) {
                let Some(entry) = level.get(&second) else {
                    continue;
                };
                let mut value = self.eval_at(entry, depth);
                value.origins.insert(
                    0,
                    Origin {
                        message: format!("from mapping `{map_name}` at `{top}` / `{second}`"),
                        location: Some(self.location(entry)),
                    },
                );
                value.location = self.location(node);
                let Some(assumptions) = top_assumption.and(&second_assumption) else {
                    continue;
                };
                keys_unknown |= !assumptions.is_empty();
                if choices.len() == MAX_ALTERNATIVES {
                    // The rest stay in the result as unknown (see above).
                    choices.push((
                        Assumptions::one(Assumption::new(
                            Subject::MappingEntry(map_name.clone()),
                            Holds::AnotherEntry,
                        )),
                        self.unknown(
                            node,
                            "Fn::FindInMap".into(),
                            format!(
                                "the keys match more than {MAX_ALTERNATIVES} entries of mapping `{map_name}`; sglint checks the first {MAX_ALTERNATIVES}"
                            ),
                        ),
                    ));
                    break 'entries;
                }
                choices.push((assumptions, value));
            }
        }
        if let Some(default) = default {
            if choices.is_empty() {
                return default;
            }
            if keys_unknown {
                choices.push((
                    Assumptions::one(Assumption::new(
                        Subject::MappingEntry(map_name.clone()),
                        Holds::NoEntry,
                    )),
                    default,
                ));
            }
        }
        match choices.len() {
            0 => self.unknown(
                node,
                "Fn::FindInMap".into(),
                "no mapping entry matches the keys".into(),
            ),
            1 if choices[0].0.is_empty() => choices.remove(0).1,
            _ => self.plain(
                node,
                ValueKind::OneOf(
                    choices
                        .into_iter()
                        .map(|(assumption, value)| Alternative { assumption, value })
                        .collect(),
                ),
            ),
        }
    }

    /// The key of one `Fn::FindInMap` level: the known key, or every key of
    /// the level with the assumption that names it.
    fn keys(&self, level: &Node, key: &Node, depth: usize) -> Vec<(String, Assumptions)> {
        let value = self.eval_at(key, depth);
        if let Some(text) = value.as_text() {
            return vec![(text, Assumptions::new())];
        }
        // A `Ref` is the same value wherever it is written (one region, one
        // parameter value per deployment); any other unknown key is its own.
        let subject = match key.get("Ref").and_then(Node::as_text) {
            Some(name) => Subject::Reference(name),
            None => Subject::Unknown {
                shown: match &value.kind {
                    ValueKind::Unknown(unresolved) => unresolved.expression.clone(),
                    _ => "the key".to_string(),
                },
                file: self.file.path().display().to_string(),
                at: self.location(key).span.start,
            },
        };
        level
            .entries()
            .iter()
            .map(|entry| {
                let holds = Holds::Is(entry.key.clone());
                (
                    entry.key.clone(),
                    Assumptions::one(Assumption::new(subject.clone(), holds)),
                )
            })
            .collect()
    }

    /// `Fn::Length` (`AWS::LanguageExtensions`): the number of elements of a
    /// list, for each alternative of it.
    fn length(&self, node: &Node, argument: &Node, depth: usize) -> Value {
        let list = self.eval_at(argument, depth);
        self.map_alternatives(node, &list, &|value: &Value| match &value.kind {
            ValueKind::List(items) => Some(ValueKind::String(items.len().to_string())),
            _ => None,
        })
        .unwrap_or_else(|| {
            self.unknown(
                node,
                "Fn::Length".into(),
                "the list is not known statically".into(),
            )
        })
    }

    /// `Fn::ToJsonString` (`AWS::LanguageExtensions`): a known object or list
    /// as compact JSON text.
    fn to_json_string(&self, node: &Node, argument: &Node, depth: usize) -> Value {
        let value = self.eval_at(argument, depth);
        self.map_alternatives(node, &value, &|value: &Value| {
            json_text(value).map(ValueKind::String)
        })
        .unwrap_or_else(|| {
            self.unknown(
                node,
                "Fn::ToJsonString".into(),
                "the value is not known statically".into(),
            )
        })
    }

    /// `compute` over each alternative of `value`; `None` when it fails on one.
    fn map_alternatives(
        &self,
        node: &Node,
        value: &Value,
        compute: &dyn Fn(&Value) -> Option<ValueKind>,
    ) -> Option<Value> {
        match &value.kind {
            ValueKind::OneOf(choices) => {
                let mut mapped = Vec::with_capacity(choices.len());
                for choice in choices {
                    mapped.push(Alternative {
                        assumption: choice.assumption.clone(),
                        value: self.map_alternatives(node, &choice.value, compute)?,
                    });
                }
                Some(self.plain(node, ValueKind::OneOf(mapped)))
            }
            _ => Some(self.plain(node, compute(value)?)),
        }
    }

    fn select(&self, node: &Node, argument: &Node, depth: usize) -> Value {
        let [index, list] = argument.items() else {
            return self.unknown(
                node,
                "Fn::Select".into(),
                "`Fn::Select` needs an index and a list".into(),
            );
        };
        let index = self
            .eval_at(index, depth)
            .as_text()
            .and_then(|text| text.trim().parse::<usize>().ok());
        let list = self.eval_at(list, depth);
        match (index, &list.kind) {
            (Some(index), ValueKind::List(items)) if index < items.len() => items[index].clone(),
            _ => self.unknown(
                node,
                "Fn::Select".into(),
                "the index or the list is not known statically".into(),
            ),
        }
    }

    fn join(&self, node: &Node, argument: &Node, depth: usize) -> Value {
        let [delimiter, list] = argument.items() else {
            return self.unknown(
                node,
                "Fn::Join".into(),
                "`Fn::Join` needs a delimiter and a list".into(),
            );
        };
        let delimiter = delimiter.as_text().unwrap_or_default();
        let list = self.eval_at(list, depth);
        let ValueKind::List(items) = &list.kind else {
            return self.unknown(
                node,
                "Fn::Join".into(),
                "the list is not known statically".into(),
            );
        };
        // Every consistent combination of the items' alternatives (an
        // `Fn::If` inside the list), each with what it assumes.
        type Partial = (Assumptions, Vec<String>, Vec<Origin>);
        let mut partial: Vec<Partial> = vec![(Assumptions::new(), Vec::new(), Vec::new())];
        for item in items {
            let choices = item.alternatives();
            let mut next: Vec<Partial> = Vec::new();
            for (assumed, parts, origins) in &partial {
                for (assumptions, choice) in &choices {
                    let Some(text) = choice.as_text() else {
                        return self.unknown(
                            node,
                            "Fn::Join".into(),
                            "a joined value is not known statically".into(),
                        );
                    };
                    let Some(merged) = assumed.and(assumptions) else {
                        continue;
                    };
                    let mut parts = parts.clone();
                    parts.push(text);
                    let mut origins = origins.clone();
                    origins.extend(choice.origins.iter().cloned());
                    next.push((merged, parts, origins));
                }
            }
            if next.len() > MAX_ALTERNATIVES {
                return self.unknown(
                    node,
                    "Fn::Join".into(),
                    format!("the joined values make more than {MAX_ALTERNATIVES} combinations"),
                );
            }
            partial = next;
        }
        let joined = |(_, parts, origins): Partial| Value {
            kind: ValueKind::String(parts.join(&delimiter)),
            location: self.location(node),
            origins,
        };
        match partial.len() {
            1 if partial[0].0.is_empty() => joined(partial.remove(0)),
            _ => self.plain(
                node,
                ValueKind::OneOf(
                    partial
                        .into_iter()
                        .map(|entry| Alternative {
                            assumption: entry.0.clone(),
                            value: joined(entry),
                        })
                        .collect(),
                ),
            ),
        }
    }

    fn split(&self, node: &Node, argument: &Node, depth: usize) -> Value {
        let [delimiter, text] = argument.items() else {
            return self.unknown(
                node,
                "Fn::Split".into(),
                "`Fn::Split` needs a delimiter and a string".into(),
            );
        };
        let delimiter = delimiter.as_text().unwrap_or_default();
        let value = self.eval_at(text, depth);
        match value.as_text() {
            Some(text) if !delimiter.is_empty() => {
                let location = self.location(node);
                let items = text
                    .split(delimiter.as_str())
                    .map(|part| Value {
                        kind: ValueKind::String(part.to_string()),
                        location: location.clone(),
                        origins: value.origins.clone(),
                    })
                    .collect();
                Value {
                    kind: ValueKind::List(items),
                    location,
                    origins: value.origins.clone(),
                }
            }
            _ => self.unknown(
                node,
                "Fn::Split".into(),
                "the string is not known statically".into(),
            ),
        }
    }

    /// `Fn::Sub`: `${Name}` from the variable map, then parameters; `${!x}`
    /// is a literal `${x}`.
    fn sub(&self, node: &Node, argument: &Node, depth: usize) -> Value {
        let (template, variables) = match &argument.value {
            NodeValue::Array(items) if !items.is_empty() => (&items[0], items.get(1)),
            _ => (argument, None),
        };
        let Some(template) = template.as_text() else {
            return self.unknown(
                node,
                "Fn::Sub".into(),
                "the template string is not a literal".into(),
            );
        };
        let mut output = String::new();
        let mut origins = Vec::new();
        let mut rest = template.as_str();
        while let Some(start) = rest.find("${") {
            output.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let Some(end) = after.find('}') else {
                output.push_str(&rest[start..]);
                rest = "";
                break;
            };
            let name = &after[..end];
            rest = &after[end + 1..];
            if let Some(literal) = name.strip_prefix('!') {
                output.push_str("${");
                output.push_str(literal);
                output.push('}');
                continue;
            }
            let value = match variables.and_then(|map| map.get(name)) {
                Some(variable) => self.eval_at(variable, depth),
                None if name.contains('.') => {
                    return self.unknown(
                        node,
                        format!("Fn::Sub ${{{name}}}"),
                        "a resource attribute is known only after deployment".into(),
                    );
                }
                None => self.reference(&Node {
                    value: NodeValue::String(name.to_string()),
                    span: node.span,
                }),
            };
            match value.as_text() {
                Some(text) => {
                    output.push_str(&text);
                    origins.extend(value.origins);
                }
                None => {
                    let reason = match value.kind {
                        ValueKind::Unknown(unresolved) => unresolved.reason,
                        _ => format!("`${{{name}}}` is not known statically"),
                    };
                    return self.unknown(node, format!("Fn::Sub ${{{name}}}"), reason);
                }
            }
        }
        output.push_str(rest);
        Value {
            kind: ValueKind::String(output),
            location: self.location(node),
            origins,
        }
    }
}

/// A known value as compact JSON, or `None` when any part is unknown.
fn json_text(value: &Value) -> Option<String> {
    Some(match &value.kind {
        ValueKind::Null => "null".to_string(),
        ValueKind::Bool(value) => value.to_string(),
        ValueKind::Number(number) => crate::value::format_number(*number),
        ValueKind::String(text) => serde_json::to_string(text).ok()?,
        ValueKind::List(items) => {
            let parts: Option<Vec<String>> = items.iter().map(json_text).collect();
            format!("[{}]", parts?.join(","))
        }
        ValueKind::Object(fields) => {
            let mut parts = Vec::with_capacity(fields.len());
            for (key, field) in fields {
                parts.push(format!(
                    "{}:{}",
                    serde_json::to_string(key).ok()?,
                    json_text(field)?
                ));
            }
            format!("{{{}}}", parts.join(","))
        }
        ValueKind::Unknown(_) | ValueKind::OneOf(_) => return None,
    })
}

fn is_intrinsic(key: &str) -> bool {
    key == "Ref" || key == "Condition" || key.starts_with("Fn::")
}
