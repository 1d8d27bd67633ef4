//! Variable type constraints (`type = object({ port = optional(number, 22) })`)
//! and the conversions Terraform applies to a variable's value: `"true"`
//! from a tfvars JSON file or `TF_VAR_` is a bool for a `bool` variable, a
//! missing optional attribute is null or its default.

use crate::terraform::syntax::{Expr, ExprKind, ObjectKey};
use crate::value::{Alternative, Value, ValueKind};

/// A type constraint.
#[derive(Debug, Clone)]
pub enum Type {
    Any,
    String,
    Number,
    Bool,
    List(Box<Type>),
    Set(Box<Type>),
    Map(Box<Type>),
    Tuple(Vec<Type>),
    Object(Vec<Attribute>),
}

/// An attribute of an object type.
#[derive(Debug, Clone)]
pub struct Attribute {
    pub name: String,
    pub kind: Type,
    /// `optional(T)` or `optional(T, default)`.
    pub optional: bool,
    pub default: Option<Value>,
}

/// Nesting past this is treated as `any` (hostile input, not real types).
const MAX_DEPTH: usize = 32;

/// Reads a type constraint; `evaluate` gives the value of an optional
/// attribute's default. `None` for what is not a type expression.
pub fn parse(expr: &Expr, evaluate: &dyn Fn(&Expr) -> Value) -> Option<Type> {
    parse_at(expr, evaluate, 0)
}

fn parse_at(expr: &Expr, evaluate: &dyn Fn(&Expr) -> Value, depth: usize) -> Option<Type> {
    if depth > MAX_DEPTH {
        return Some(Type::Any);
    }
    let inner = |expr: &Expr| parse_at(expr, evaluate, depth + 1);
    match &expr.kind {
        ExprKind::Variable(name) => match name.as_str() {
            "string" => Some(Type::String),
            "number" => Some(Type::Number),
            "bool" => Some(Type::Bool),
            "any" => Some(Type::Any),
            // Terraform 0.11's bare `list` and `map`.
            "list" => Some(Type::List(Box::new(Type::Any))),
            "map" => Some(Type::Map(Box::new(Type::Any))),
            _ => None,
        },
        ExprKind::Parenthesis(inner_expr) => inner(inner_expr),
        ExprKind::FuncCall { name, args, .. } => match (name.as_str(), args.as_slice()) {
            ("list", [element]) => Some(Type::List(Box::new(inner(element)?))),
            ("set", [element]) => Some(Type::Set(Box::new(inner(element)?))),
            ("map", [element]) => Some(Type::Map(Box::new(inner(element)?))),
            ("tuple", [elements]) => match &elements.kind {
                ExprKind::Tuple(items) => {
                    Some(Type::Tuple(items.iter().map(inner).collect::<Option<_>>()?))
                }
                _ => None,
            },
            ("object", [attributes]) => match &attributes.kind {
                ExprKind::Object(fields) => {
                    let mut parsed = Vec::new();
                    for (key, value) in fields {
                        let name = match key {
                            ObjectKey::Ident(name, _) => name.clone(),
                            ObjectKey::Expr(key) => match &key.kind {
                                ExprKind::String(name) | ExprKind::Variable(name) => name.clone(),
                                _ => return None,
                            },
                        };
                        parsed.push(attribute(name, value, evaluate, depth)?);
                    }
                    Some(Type::Object(parsed))
                }
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn attribute(
    name: String,
    value: &Expr,
    evaluate: &dyn Fn(&Expr) -> Value,
    depth: usize,
) -> Option<Attribute> {
    if let ExprKind::FuncCall {
        name: function,
        args,
        ..
    } = &value.kind
        && function == "optional"
    {
        let kind = parse_at(args.first()?, evaluate, depth + 1)?;
        let default = args.get(1).map(evaluate);
        return Some(Attribute {
            name,
            kind,
            optional: true,
            default,
        });
    }
    Some(Attribute {
        name,
        kind: parse_at(value, evaluate, depth + 1)?,
        optional: false,
        default: None,
    })
}

/// The value converted to the type, as far as it is known: unknown values
/// and alternatives stay what they are (each alternative converted), and a
/// value that does not convert is left as it is (Terraform would reject
/// the configuration; sglint still checks what is written).
pub fn convert(value: Value, kind: &Type) -> Value {
    convert_at(value, kind, 0)
}

fn convert_at(value: Value, kind: &Type, depth: usize) -> Value {
    if depth > MAX_DEPTH {
        return value;
    }
    let Value {
        kind: value_kind,
        location,
        origins,
    } = value;
    let rebuilt = |kind| Value {
        kind,
        location: location.clone(),
        origins: origins.clone(),
    };
    let converted = match (value_kind, kind) {
        (ValueKind::OneOf(choices), _) => ValueKind::OneOf(
            choices
                .into_iter()
                .map(|choice| Alternative {
                    assumption: choice.assumption,
                    value: convert_at(choice.value, kind, depth + 1),
                })
                .collect(),
        ),
        (ValueKind::String(text), Type::Bool) if text == "true" || text == "false" => {
            ValueKind::Bool(text == "true")
        }
        (ValueKind::String(text), Type::Number) => match text.trim().parse::<f64>() {
            Ok(number) if number.is_finite() => ValueKind::Number(number),
            _ => ValueKind::String(text),
        },
        (ValueKind::Number(number), Type::String) => {
            ValueKind::String(crate::value::format_number(number))
        }
        (ValueKind::Bool(flag), Type::String) => ValueKind::String(flag.to_string()),
        (ValueKind::List(items), Type::List(element) | Type::Set(element)) => ValueKind::List(
            items
                .into_iter()
                .map(|item| convert_at(item, element, depth + 1))
                .collect(),
        ),
        (ValueKind::List(items), Type::Tuple(elements)) if items.len() == elements.len() => {
            ValueKind::List(
                items
                    .into_iter()
                    .zip(elements)
                    .map(|(item, element)| convert_at(item, element, depth + 1))
                    .collect(),
            )
        }
        (ValueKind::Object(fields), Type::Map(element)) => ValueKind::Object(
            fields
                .into_iter()
                .map(|(key, field)| (key, convert_at(field, element, depth + 1)))
                .collect(),
        ),
        (ValueKind::Object(fields), Type::Object(attributes)) => {
            ValueKind::Object(convert_object(fields, attributes, &location, depth))
        }
        (other, _) => other,
    };
    rebuilt(converted)
}

/// Declared attributes only (Terraform drops the others), each converted;
/// a missing optional one is its default or null.
fn convert_object(
    fields: Vec<(String, Value)>,
    attributes: &[Attribute],
    location: &crate::model::Location,
    depth: usize,
) -> Vec<(String, Value)> {
    let mut result = Vec::with_capacity(attributes.len());
    for attribute in attributes {
        // The last of repeated keys wins, as everywhere.
        let given = fields
            .iter()
            .rev()
            .find(|(key, _)| *key == attribute.name)
            .map(|(_, value)| value.clone());
        let value = match given {
            Some(value) if !(attribute.optional && matches!(value.kind, ValueKind::Null)) => {
                convert_at(value, &attribute.kind, depth + 1)
            }
            Some(value) if attribute.default.is_none() => value,
            None if !attribute.optional => continue,
            _ => match &attribute.default {
                Some(default) => convert_at(default.clone(), &attribute.kind, depth + 1),
                None => Value {
                    kind: ValueKind::Null,
                    location: location.clone(),
                    origins: Vec::new(),
                },
            },
        };
        result.push((attribute.name.clone(), value));
    }
    result
}
