//! The span-carrying tree that the JSON and YAML parsers produce, and that
//! CloudFormation templates, tfvars and plan files are read from.

use crate::source::Span;

/// A value and where it is written.
#[derive(Debug, Clone)]
pub struct Node {
    pub value: Value,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum Value {
    Null,
    Bool(bool),
    /// A JSON number as written, so `22` and `"22"` can both be read as ports.
    Number(String),
    String(String),
    Array(Vec<Node>),
    Object(Vec<Entry>),
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub key: String,
    pub key_span: Span,
    pub value: Node,
}

impl Node {
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            // The last duplicate wins, as in most JSON consumers.
            Value::Object(entries) => entries
                .iter()
                .rev()
                .find(|e| e.key == key)
                .map(|e| &e.value),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(text) => Some(text),
            _ => None,
        }
    }
}

impl Node {
    /// The node with every span moved `offset` bytes on: a tree parsed from
    /// a slice of a file, made to point into the whole file.
    pub fn shifted(mut self, offset: usize) -> Node {
        self.shift(offset);
        self
    }

    fn shift(&mut self, offset: usize) {
        self.span = Span::new(self.span.start + offset, self.span.end + offset);
        match &mut self.value {
            Value::Array(items) => items.iter_mut().for_each(|item| item.shift(offset)),
            Value::Object(entries) => {
                for entry in entries {
                    entry.key_span =
                        Span::new(entry.key_span.start + offset, entry.key_span.end + offset);
                    entry.value.shift(offset);
                }
            }
            _ => {}
        }
    }

    /// The value of a scalar as text (strings, numbers and booleans).
    pub fn as_text(&self) -> Option<String> {
        match &self.value {
            Value::String(text) | Value::Number(text) => Some(text.clone()),
            Value::Bool(value) => Some(value.to_string()),
            _ => None,
        }
    }

    pub fn entries(&self) -> &[Entry] {
        match &self.value {
            Value::Object(entries) => entries,
            _ => &[],
        }
    }

    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::Array(items) => items,
            _ => &[],
        }
    }

    /// The number of nodes in this subtree, for alias-expansion budgets.
    pub fn size(&self) -> usize {
        1 + match &self.value {
            Value::Array(items) => items.iter().map(Node::size).sum(),
            Value::Object(entries) => entries.iter().map(|entry| 1 + entry.value.size()).sum(),
            _ => 0,
        }
    }
}

/// Keys that appear more than once in one mapping: `(span of the repeated
/// key, key)`. The last occurrence wins, as in CloudFormation.
pub fn duplicate_keys(root: &Node) -> Vec<(Span, String)> {
    let mut duplicates = Vec::new();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match &node.value {
            Value::Object(entries) => {
                // Most mappings are small: a linear scan beats hashing them.
                if entries.len() <= 16 {
                    for (index, entry) in entries.iter().enumerate() {
                        if entries[..index]
                            .iter()
                            .any(|earlier| earlier.key == entry.key)
                        {
                            duplicates.push((entry.key_span, entry.key.clone()));
                        }
                    }
                } else {
                    let mut seen = std::collections::HashSet::with_capacity(entries.len());
                    for entry in entries {
                        if !seen.insert(entry.key.as_str()) {
                            duplicates.push((entry.key_span, entry.key.clone()));
                        }
                    }
                }
                stack.extend(entries.iter().map(|entry| &entry.value));
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    duplicates.sort();
    duplicates
}
