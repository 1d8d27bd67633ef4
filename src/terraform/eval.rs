//! Values of Terraform expressions, each with the location of the literal
//! that wrote it.
//!
//! This evaluator resolves literals: strings, numbers, booleans, lists and
//! objects of literals, and templates without interpolation. Anything else
//! (`var.x`, `local.y`, function calls, references) is an unknown value that
//! carries the expression text and the reason, so a rule can report it
//! instead of passing it silently.

use std::sync::Arc;

use crate::model::{Location, Unresolved};
use crate::source::SourceFile;
use crate::terraform::syntax::{Expr, ExprKind};
use crate::value::{Value, ValueKind};

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
