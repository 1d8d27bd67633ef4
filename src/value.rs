//! Evaluated values, shared by the Terraform and CloudFormation front ends:
//! each value knows where it is used and where it came from.

use crate::model::{
    Assumptions, Location, Origin, PortRange, Protocol, Resolved, UnknownKind, Unresolved,
};

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
    Unknown(Box<Unresolved>),
    /// One of several values, depending on something not known statically
    /// (a condition, a map key); each alternative says what it assumes.
    OneOf(Vec<Alternative>),
}

#[derive(Debug, Clone)]
pub struct Alternative {
    /// What must hold for this alternative, e.g. "condition `IsDev` is true".
    pub assumption: Assumptions,
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

    /// How many entries [`Value::alternatives`] returns, without building them.
    pub fn alternative_count(&self) -> usize {
        match &self.kind {
            ValueKind::OneOf(choices) => choices.iter().fold(0usize, |total, choice| {
                total.saturating_add(choice.value.alternative_count())
            }),
            _ => 1,
        }
    }

    /// The possible values with what each assumes; a plain value is its
    /// own only alternative. Nested choices are flattened.
    /// Nested choices whose assumptions contradict the outer ones never
    /// happen and are left out.
    pub fn alternatives(&self) -> Vec<(Assumptions, &Value)> {
        match &self.kind {
            ValueKind::OneOf(choices) => choices
                .iter()
                .flat_map(|choice| {
                    choice
                        .value
                        .alternatives()
                        .into_iter()
                        .filter_map(move |(inner, value)| {
                            Some((inner.after(&choice.assumption)?, value))
                        })
                })
                .collect(),
            _ => vec![(Assumptions::new(), self)],
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

/// The alternatives of an optional rule field: `(assumptions, value)`
/// pairs, or one `None` when the field is absent (or `null`).
pub fn variants(value: Option<&Value>) -> Vec<(Assumptions, Option<&Value>)> {
    match value {
        None => vec![(Assumptions::new(), None)],
        Some(value) => value
            .alternatives()
            .into_iter()
            .map(|(assumptions, alternative)| {
                let present = !matches!(alternative.kind, ValueKind::Null);
                (assumptions, present.then_some(alternative))
            })
            .collect(),
    }
}

/// A rule's protocol and port fields, ready to combine with [`variants`]:
/// while their alternatives make more than `limit` combinations, the field
/// with the most alternatives becomes one unknown value, as checking some
/// combinations and not others could skip the public one.
pub fn bounded_fields(mut fields: [Option<Value>; 3], limit: usize) -> [Option<Value>; 3] {
    let count = |field: &Option<Value>| {
        field
            .as_ref()
            .map_or(1, |value| value.alternative_count().max(1))
    };
    loop {
        let combinations = fields.iter().fold(1usize, |product, field| {
            product.saturating_mul(count(field))
        });
        if combinations <= limit {
            return fields;
        }
        let Some(widest) = fields.iter_mut().max_by_key(|field| count(field)) else {
            return fields;
        };
        let Some(value) = widest.take() else {
            return fields;
        };
        let unresolved = Unresolved {
            expression: value.location.text().to_string(),
            reason: format!(
                "the rule's protocol and ports make more than {limit} combinations of unknown conditions"
            ),
            location: value.location.clone(),
            kind: UnknownKind::Unevaluated,
            address: None,
        };
        *widest = Some(Value {
            kind: ValueKind::Unknown(Box::new(unresolved)),
            location: value.location,
            origins: value.origins,
        });
    }
}

/// A rule's protocol from its value; `field` names it in messages.
pub fn protocol_of(value: Option<&Value>, rule: &Location, field: &str) -> Resolved<Protocol> {
    let Some(value) = value else {
        return Resolved::Unknown(Box::new(Unresolved {
            expression: field.to_string(),
            reason: format!("the rule has no `{field}`"),
            location: rule.clone(),
            kind: UnknownKind::Unevaluated,
            address: None,
        }));
    };
    if let ValueKind::Unknown(unresolved) = &value.kind {
        return Resolved::Unknown(unresolved.clone());
    }
    let Some(text) = value.as_text() else {
        return Resolved::Unknown(Box::new(Unresolved {
            expression: value.location.text().to_string(),
            reason: format!("`{field}` is not a string or number"),
            location: value.location.clone(),
            kind: UnknownKind::Unevaluated,
            address: None,
        }));
    };
    match Protocol::parse(&text) {
        Some(protocol) => Resolved::Known(protocol),
        None => Resolved::Unknown(Box::new(Unresolved {
            expression: text.clone(),
            reason: format!("`{text}` is not a protocol name or number"),
            location: value.location.clone(),
            kind: UnknownKind::Unevaluated,
            address: None,
        })),
    }
}

/// From/to ports: `-1` on either side, or missing ports, mean every port.
pub fn port_range_of(from: Option<&Value>, to: Option<&Value>) -> Resolved<PortRange> {
    let (Some(from), Some(to)) = (from, to) else {
        return Resolved::Known(PortRange::ALL);
    };
    match (port_number(from), port_number(to)) {
        (Err(unresolved), _) | (_, Err(unresolved)) => Resolved::Unknown(Box::new(unresolved)),
        // AWS rejects an inverted range for tcp and udp (for ICMP the two
        // are a type and a code, where any order is fine).
        (Ok(Some(low)), Ok(Some(high))) if low > high => Resolved::Unknown(Box::new(Unresolved {
            expression: format!("{low}-{high}"),
            reason: format!(
                "the port range `{low}`-`{high}` is inverted (from above to); AWS rejects it for tcp and udp"
            ),
            location: from.location.clone(),
            kind: UnknownKind::Fails,
            address: None,
        })),
        (Ok(Some(from)), Ok(Some(to))) => Resolved::Known(PortRange::new(from, to)),
        _ => Resolved::Known(PortRange::ALL),
    }
}

/// A port number; `Ok(None)` for `-1` (every port).
fn port_number(value: &Value) -> Result<Option<u16>, Unresolved> {
    if let ValueKind::Unknown(unresolved) = &value.kind {
        return Err((**unresolved).clone());
    }
    let text = value.as_text().unwrap_or_default();
    match text.trim().parse::<f64>() {
        Ok(-1.0) => Ok(None),
        Ok(port) if (0.0..=65535.0).contains(&port) && port.fract() == 0.0 => Ok(Some(port as u16)),
        _ => Err(Unresolved {
            expression: value.location.text().to_string(),
            reason: format!("`{text}` is not a port number"),
            location: value.location.clone(),
            kind: UnknownKind::Unevaluated,
            address: None,
        }),
    }
}
