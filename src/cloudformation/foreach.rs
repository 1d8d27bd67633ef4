//! `Fn::ForEach` of the `AWS::LanguageExtensions` transform: a loop in
//! `Resources` (or inside a resource's `Properties`) that writes one copy of
//! a fragment per element of a collection. The template is expanded before
//! it is evaluated, so every generated ingress rule is checked. Copies keep
//! the spans of the fragment: a finding points at the line in the loop.
//!
//! ```yaml
//! Fn::ForEach::Ports:
//!   - Port                      # the identifier
//!   - [22, 3389]                # the collection (or a Ref to a list parameter)
//!   - Ingress${Port}:           # the output key: ${Port} or &{Port}
//!       Type: AWS::EC2::SecurityGroupIngress
//!       Properties: { FromPort: !Ref Port, ToPort: !Ref Port, ... }
//! ```

use crate::parse::tree::{Entry, Node, Value};

/// Most copies one template may expand to; past it the rest are written once
/// with the identifier left unresolved (an SG004 where it decides exposure).
const MAX_COPIES: usize = 10_000;
/// Most loops nested in one another.
const MAX_NESTING: usize = 8;

const PREFIX: &str = "Fn::ForEach::";

/// What a loop's collection holds: the elements, or `None` when it is not
/// known statically. An element written in the template is its own node (a
/// finding on a value from it points there).
pub type Collection<'a> = &'a dyn Fn(&Node) -> Option<Vec<Node>>;

/// The template with every `Fn::ForEach` expanded, or `None` when it has
/// none (the template is used as it is).
pub fn expand(root: &Node, collection: Collection) -> Option<Node> {
    if !contains_loop(root, 0) {
        return None;
    }
    let mut budget = MAX_COPIES;
    Some(expand_node(root, collection, &mut budget, 0))
}

fn contains_loop(node: &Node, depth: usize) -> bool {
    if depth > 64 {
        return false;
    }
    match &node.value {
        Value::Object(entries) => entries
            .iter()
            .any(|entry| entry.key.starts_with(PREFIX) || contains_loop(&entry.value, depth + 1)),
        Value::Array(items) => items.iter().any(|item| contains_loop(item, depth + 1)),
        _ => false,
    }
}

fn expand_node(node: &Node, collection: Collection, budget: &mut usize, depth: usize) -> Node {
    match &node.value {
        Value::Object(entries) => {
            let mut expanded = Vec::with_capacity(entries.len());
            for entry in entries {
                if entry.key.starts_with(PREFIX) && depth < MAX_NESTING * 8 {
                    expanded.extend(expand_loop(entry, collection, budget, depth));
                } else {
                    expanded.push(Entry {
                        key: entry.key.clone(),
                        key_span: entry.key_span,
                        value: expand_node(&entry.value, collection, budget, depth + 1),
                    });
                }
            }
            Node {
                value: Value::Object(expanded),
                span: node.span,
            }
        }
        Value::Array(items) => Node {
            value: Value::Array(
                items
                    .iter()
                    .map(|item| expand_node(item, collection, budget, depth + 1))
                    .collect(),
            ),
            span: node.span,
        },
        _ => node.clone(),
    }
}

/// The entries one loop writes: for each element, the fragment's entries
/// with the identifier replaced (nested loops expanded in turn).
fn expand_loop(
    loop_entry: &Entry,
    collection: Collection,
    budget: &mut usize,
    depth: usize,
) -> Vec<Entry> {
    let [identifier, elements, fragment] = loop_entry.value.items() else {
        // Not a loop CloudFormation accepts: kept, so nothing is dropped.
        return vec![loop_entry.clone()];
    };
    let Some(identifier) = identifier.as_text() else {
        return vec![loop_entry.clone()];
    };
    // An unknown collection is written once with the identifier unresolved.
    let elements: Vec<Option<Node>> = match collection(elements) {
        Some(known) => known.into_iter().map(Some).collect(),
        None => vec![None],
    };
    let mut written = Vec::new();
    for element in elements {
        let element = if *budget == 0 { None } else { element };
        *budget = budget.saturating_sub(1);
        for entry in fragment.entries() {
            let key = match &element {
                Some(value) => substitute_text(&entry.key, &identifier, &text_of(value)),
                None => entry.key.clone(),
            };
            let value = match &element {
                Some(value) => substitute(&entry.value, &identifier, value),
                None => entry.value.clone(),
            };
            let copy = Entry {
                key,
                key_span: entry.key_span,
                value,
            };
            if copy.key.starts_with(PREFIX) {
                written.extend(expand_loop(&copy, collection, budget, depth + 1));
            } else {
                written.push(Entry {
                    value: expand_node(&copy.value, collection, budget, depth + 1),
                    ..copy
                });
            }
        }
        if element.is_none() && *budget == 0 {
            break;
        }
    }
    written
}

fn text_of(element: &Node) -> String {
    element.as_text().unwrap_or_default()
}

/// `node` with `{"Ref": identifier}` replaced by the element, and
/// `${identifier}` / `&{identifier}` replaced in keys and `Fn::Sub` strings.
fn substitute(node: &Node, identifier: &str, element: &Node) -> Node {
    let value = match &node.value {
        Value::Object(entries) => {
            if let [entry] = entries.as_slice() {
                if entry.key == "Ref" && entry.value.as_text().as_deref() == Some(identifier) {
                    return element.clone();
                }
                if entry.key == "Fn::Sub" {
                    return Node {
                        value: Value::Object(vec![Entry {
                            key: entry.key.clone(),
                            key_span: entry.key_span,
                            value: substitute_sub(&entry.value, identifier, element),
                        }]),
                        span: node.span,
                    };
                }
            }
            Value::Object(
                entries
                    .iter()
                    .map(|entry| Entry {
                        key: substitute_text(&entry.key, identifier, &text_of(element)),
                        key_span: entry.key_span,
                        value: substitute(&entry.value, identifier, element),
                    })
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| substitute(item, identifier, element))
                .collect(),
        ),
        other => other.clone(),
    };
    Node {
        value,
        span: node.span,
    }
}

/// The argument of `Fn::Sub` (a string, or `[string, variables]`).
fn substitute_sub(argument: &Node, identifier: &str, element: &Node) -> Node {
    let element_text = text_of(element);
    match &argument.value {
        Value::String(text) => Node {
            value: Value::String(substitute_text(text, identifier, &element_text)),
            span: argument.span,
        },
        Value::Array(items) => Node {
            value: Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(index, item)| match (&item.value, index) {
                        (Value::String(text), 0) => Node {
                            value: Value::String(substitute_text(text, identifier, &element_text)),
                            span: item.span,
                        },
                        _ => substitute(item, identifier, element),
                    })
                    .collect(),
            ),
            span: argument.span,
        },
        _ => substitute(argument, identifier, element),
    }
}

/// `${identifier}` becomes the element; `&{identifier}` the element without
/// its non-alphanumeric characters (as logical ids require).
fn substitute_text(text: &str, identifier: &str, element: &str) -> String {
    let alphanumeric: String = element
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    text.replace(&format!("${{{identifier}}}"), element)
        .replace(&format!("&{{{identifier}}}"), &alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::yaml;

    fn expanded(text: &str) -> Node {
        let root = yaml::parse(text).expect("valid YAML");
        let list = |node: &Node| -> Option<Vec<Node>> { Some(node.items().to_vec()) };
        expand(&root, &list).expect("has a loop")
    }

    #[test]
    fn writes_one_copy_per_element_with_the_identifier_replaced() {
        let root = expanded(
            "Resources:\n  Fn::ForEach::Ports:\n    - Port\n    - [22, 3389]\n    - Rule&{Port}:\n        Type: AWS::EC2::SecurityGroupIngress\n        Properties:\n          FromPort: !Ref Port\n          Description: !Sub 'port ${Port}'\n",
        );
        let resources = root.get("Resources").expect("resources");
        let keys: Vec<&str> = resources.entries().iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["Rule22", "Rule3389"]);
        let second = resources.get("Rule3389").expect("copy");
        let properties = second.get("Properties").expect("properties");
        assert_eq!(
            properties
                .get("FromPort")
                .and_then(Node::as_text)
                .as_deref(),
            Some("3389")
        );
        let description = properties.get("Description").expect("description");
        assert_eq!(
            description
                .get("Fn::Sub")
                .and_then(Node::as_text)
                .as_deref(),
            Some("port 3389")
        );
    }

    #[test]
    fn nested_loops_multiply() {
        let root = expanded(
            "Resources:\n  Fn::ForEach::A:\n    - X\n    - [a, b]\n    - Fn::ForEach::B:\n        - Y\n        - [c, d]\n        - R${X}${Y}:\n            Type: T\n",
        );
        let keys: Vec<String> = root
            .get("Resources")
            .expect("resources")
            .entries()
            .iter()
            .map(|e| e.key.clone())
            .collect();
        assert_eq!(keys, ["Rac", "Rad", "Rbc", "Rbd"]);
    }

    #[test]
    fn an_unknown_collection_is_written_once_unresolved() {
        let root = yaml::parse(
            "Resources:\n  Fn::ForEach::Ports:\n    - Port\n    - !Ref Ports\n    - Rule${Port}:\n        Properties:\n          FromPort: !Ref Port\n",
        )
        .expect("valid YAML");
        let unknown = |_: &Node| None;
        let root = expand(&root, &unknown).expect("has a loop");
        let resources = root.get("Resources").expect("resources");
        let copy = resources.get("Rule${Port}").expect("one copy");
        let from = copy.get("Properties").and_then(|p| p.get("FromPort"));
        assert!(from.and_then(|node| node.get("Ref")).is_some());
    }
}
