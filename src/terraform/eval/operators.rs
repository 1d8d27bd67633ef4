//! Operators and compound expressions: templates, conditionals (each
//! branch labelled with the assumption it needs), unary and binary
//! operators, and `for` expressions.

use crate::model::{Assumption, Assumptions};
use crate::terraform::syntax::{Expr, ForExpr, TemplatePart};
use crate::terraform::values::*;
use crate::value::{Alternative, Value, ValueKind};

use super::Scope;

impl Scope<'_, '_> {
    pub(super) fn template(&self, expr: &Expr, parts: &[TemplatePart]) -> Value {
        // A template of exactly one interpolation keeps the value's type.
        if let [TemplatePart::Interpolation(inner)] = parts {
            let value = self.eval(inner);
            return match value.kind {
                ValueKind::String(_) | ValueKind::Number(_) | ValueKind::Bool(_) => {
                    let text = value.as_text().unwrap_or_default();
                    Value {
                        kind: ValueKind::String(text),
                        location: self.location(expr),
                        origins: value.origins,
                    }
                }
                _ => relocate(&value, &self.location(expr), None),
            };
        }
        let mut values = Vec::new();
        for part in parts {
            match part {
                TemplatePart::Literal(text) => values.push(Value {
                    kind: ValueKind::String(text.clone()),
                    location: self.location(expr),
                    origins: Vec::new(),
                }),
                TemplatePart::Interpolation(inner) => values.push(self.eval(inner)),
                TemplatePart::Directive(_) => {
                    return self.unknown(expr, "template directives (`%{ }`) are not evaluated");
                }
            }
        }
        let location = self.location(expr);
        lift(values, &location, |parts| {
            let mut text = String::new();
            for part in parts {
                text.push_str(&part.as_text()?);
            }
            Some(ValueKind::String(text))
        })
        .unwrap_or_else(|| self.unknown(expr, "an interpolated value is not a string"))
    }

    pub(super) fn conditional(
        &self,
        expr: &Expr,
        condition: &Expr,
        then: &Expr,
        otherwise: &Expr,
    ) -> Value {
        let value = self.eval(condition);
        match &value.kind {
            ValueKind::Bool(true) => self.eval(then),
            ValueKind::Bool(false) => self.eval(otherwise),
            ValueKind::String(text) if text == "true" => self.eval(then),
            ValueKind::String(text) if text == "false" => self.eval(otherwise),
            _ => {
                let when = |holds| Assumptions::one(self.condition(condition, holds));
                Value {
                    kind: ValueKind::OneOf(vec![
                        Alternative {
                            assumption: when(true),
                            value: self.eval(then),
                        },
                        Alternative {
                            assumption: when(false),
                            value: self.eval(otherwise),
                        },
                    ]),
                    location: self.location(expr),
                    origins: Vec::new(),
                }
            }
        }
    }

    pub(super) fn binary(&self, expr: &Expr, operator: &str, lhs: &Expr, rhs: &Expr) -> Value {
        let left = self.eval(lhs);
        // Short-circuit on a known left side, as Terraform does not, but the
        // result is the same for known values and more often known.
        match (operator, &left.kind) {
            ("&&", ValueKind::Bool(false)) => {
                return plain(self.location(expr), ValueKind::Bool(false));
            }
            ("||", ValueKind::Bool(true)) => {
                return plain(self.location(expr), ValueKind::Bool(true));
            }
            _ => {}
        }
        let right = self.eval(rhs);
        let location = self.location(expr);
        lift(vec![left, right], &location, |values| {
            let (a, b) = (&values[0].kind, &values[1].kind);
            Some(match operator {
                "==" => ValueKind::Bool(values_equal(&values[0], &values[1])?),
                "!=" => ValueKind::Bool(!values_equal(&values[0], &values[1])?),
                "&&" | "||" => {
                    let (ValueKind::Bool(a), ValueKind::Bool(b)) = (a, b) else {
                        return None;
                    };
                    ValueKind::Bool(if operator == "&&" { *a && *b } else { *a || *b })
                }
                _ => {
                    let a = values[0].as_number()?;
                    let b = values[1].as_number()?;
                    match operator {
                        "+" => ValueKind::Number(a + b),
                        "-" => ValueKind::Number(a - b),
                        "*" => ValueKind::Number(a * b),
                        "/" if b != 0.0 => ValueKind::Number(a / b),
                        "%" if b != 0.0 => ValueKind::Number(a % b),
                        "<" => ValueKind::Bool(a < b),
                        ">" => ValueKind::Bool(a > b),
                        "<=" => ValueKind::Bool(a <= b),
                        ">=" => ValueKind::Bool(a >= b),
                        _ => return None,
                    }
                }
            })
        })
        .unwrap_or_else(|| self.unknown(expr, "an operand is not known statically"))
    }

    pub(super) fn for_expr(&self, expr: &Expr, for_expr: &ForExpr) -> Value {
        let collection = self.eval(&for_expr.collection);
        let entries: Vec<(Value, Value)> = match &collection.kind {
            ValueKind::List(_) | ValueKind::Object(_) => key_value_pairs(&collection),
            ValueKind::Null => {
                return self.unknown(expr, "the collection of the `for` expression is null");
            }
            ValueKind::Unknown(_) => {
                let mut unknown = collection.clone();
                unknown.location = self.location(expr);
                return unknown;
            }
            _ => {
                return self.unknown(
                    expr,
                    "the collection of the `for` expression is not known statically",
                );
            }
        };
        if entries.len() > MAX_ELEMENTS {
            return self.unknown(
                expr,
                format!("the `for` expression has more than {MAX_ELEMENTS} elements"),
            );
        }
        let mut list = Vec::new();
        let mut object: Vec<(String, Value)> = Vec::new();
        for (key, value) in entries {
            let mut scope = self.bind(&for_expr.value_var, value);
            if let Some(key_var) = &for_expr.key_var {
                scope = scope.bind(key_var, key);
            }
            if let Some(condition) = &for_expr.condition {
                match scope.eval(condition).kind {
                    ValueKind::Bool(true) => {}
                    ValueKind::Bool(false) => continue,
                    // An unknown filter keeps the element: dropping it could hide a source.
                    _ => {}
                }
            }
            let item = scope.eval(&for_expr.value);
            match &for_expr.key {
                Some(key_expr) => {
                    let Some(key) = scope.eval(key_expr).as_text() else {
                        return self.unknown(
                            expr,
                            "a key of the `for` expression is not known statically",
                        );
                    };
                    if for_expr.grouping {
                        match object.iter_mut().find(|(existing, _)| *existing == key) {
                            Some((
                                _,
                                Value {
                                    kind: ValueKind::List(group),
                                    ..
                                },
                            )) => group.push(item),
                            _ => object.push((
                                key,
                                plain(item.location.clone(), ValueKind::List(vec![item])),
                            )),
                        }
                    } else {
                        object.retain(|(existing, _)| *existing != key);
                        object.push((key, item));
                    }
                }
                None => list.push(item),
            }
        }
        let kind = if for_expr.key.is_some() {
            ValueKind::Object(object)
        } else {
            ValueKind::List(list)
        };
        plain(self.location(expr), kind)
    }

    /// The assumption that `condition` holds (or not). Two conditions are
    /// one only when they are the same expression in the same module
    /// instance: the instance is part of the subject (`var.x` of `module.a`
    /// is not `var.x` of `module.b`), and a condition shortened for messages
    /// keeps a digest of its whole text, so two long ones never merge.
    pub(super) fn condition(&self, condition: &Expr, holds: bool) -> Assumption {
        let full = self.text(condition);
        let short = crate::model::short_expression(&full);
        let mut name = short.clone();
        if short != full.split_whitespace().collect::<Vec<_>>().join(" ") {
            let mut hash: u32 = 0x811c_9dc5;
            for byte in full.bytes() {
                hash ^= u32::from(byte);
                hash = hash.wrapping_mul(0x0100_0193);
            }
            name.push_str(&format!(" #{:04x}", hash & 0xffff));
        }
        let instance = self.module.address_prefix.trim_end_matches('.').to_string();
        Assumption::expression(name, instance, holds)
    }
}
