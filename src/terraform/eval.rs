//! Values of Terraform expressions, each with the location of the literal
//! that wrote it.
//!
//! This evaluator resolves literals: strings, numbers, booleans, lists and
//! objects of literals, and templates without interpolation. Anything else
//! (`var.x`, `local.y`, function calls, references) is an unknown value that
//! carries the expression text and the reason, so a rule can report it
//! instead of passing it silently.

use std::sync::Arc;

use crate::model::{Location, Origin, Unresolved};
use crate::source::SourceFile;
use crate::terraform::syntax::{Expr, ExprKind};

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
}

impl Value {
    pub fn field(&self, key: &str) -> Option<&Value> {
        match &self.kind {
            ValueKind::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
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
}

pub fn format_number(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{}", number as i64)
    } else {
        format!("{number}")
    }
}

/// Evaluates expressions of one file.
pub struct Evaluator<'a> {
    file: &'a Arc<SourceFile>,
}

impl<'a> Evaluator<'a> {
    pub fn new(file: &'a Arc<SourceFile>) -> Self {
        Evaluator { file }
    }

    pub fn location(&self, expr: &Expr) -> Location {
        Location::new(self.file, expr.span)
    }

    pub fn eval(&self, expr: &Expr) -> Value {
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
                    match key.name() {
                        Some(name) => fields.push((name.to_string(), self.eval(value))),
                        None => return self.unknown(expr, "an object key is not a literal"),
                    }
                }
                ValueKind::Object(fields)
            }
            ExprKind::Parenthesis(inner) => return self.eval(inner),
            ExprKind::Unary {
                operator: "-",
                operand,
            } => match self.eval(operand).kind {
                ValueKind::Number(number) => ValueKind::Number(-number),
                _ => return self.unknown(expr, "not a literal value"),
            },
            _ => {
                return self.unknown(
                    expr,
                    "not a literal value; sglint does not evaluate Terraform expressions yet",
                );
            }
        };
        Value {
            kind,
            location: self.location(expr),
            origins: Vec::new(),
        }
    }

    fn unknown(&self, expr: &Expr, reason: &str) -> Value {
        let location = self.location(expr);
        let expression = location.text().to_string();
        Value {
            kind: ValueKind::Unknown(Unresolved {
                expression,
                reason: reason.to_string(),
                location: location.clone(),
            }),
            location,
            origins: Vec::new(),
        }
    }
}
