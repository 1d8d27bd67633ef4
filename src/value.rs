//! Evaluated values, shared by the Terraform and CloudFormation front ends:
//! each value knows where it is used and where it came from.

use crate::model::{Location, Origin, Unresolved};

/// An evaluated value and where it was written.
#[derive(Debug, Clone)]
pub struct Value {
    pub kind: ValueKind,
    pub location: Location,
    /// Provenance, nearest first (empty for a literal written in place).
    pub origins: Vec<Origin>,
}

#[derive(Debug, Clone)]
pub enum ValueKind {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    List(Vec<Value>),
    Object(Vec<(String, Value)>),
    Unknown(Unresolved),
    /// One of several values, depending on something not known statically
    /// (a condition, a map key); each alternative says what it assumes.
    OneOf(Vec<Alternative>),
}

#[derive(Debug, Clone)]
pub struct Alternative {
    /// E.g. "condition `IsDev` is true".
    pub assumption: String,
    pub value: Value,
}

impl Value {
    pub fn field(&self, key: &str) -> Option<&Value> {
        match &self.kind {
            ValueKind::Object(entries) => {
                entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
            }
            _ => None,
        }
    }

    /// The value as text, for strings and numbers (Terraform converts freely).
    pub fn as_text(&self) -> Option<String> {
        match &self.kind {
            ValueKind::String(text) => Some(text.clone()),
            ValueKind::Number(number) => Some(format_number(*number)),
            ValueKind::Bool(value) => Some(value.to_string()),
            _ => None,
        }
    }

    /// The possible values with what each assumes; a plain value is its
    /// own only alternative. Nested choices are flattened.
    pub fn alternatives(&self) -> Vec<(Vec<String>, &Value)> {
        match &self.kind {
            ValueKind::OneOf(choices) => {
                choices
                    .iter()
                    .flat_map(|choice| {
                        choice.value.alternatives().into_iter().map(
                            move |(mut assumptions, value)| {
                                assumptions.insert(0, choice.assumption.clone());
                                (assumptions, value)
                            },
                        )
                    })
                    .collect()
            }
            _ => vec![(Vec::new(), self)],
        }
    }
}

pub fn format_number(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{}", number as i64)
    } else {
        format!("{number}")
    }
}
