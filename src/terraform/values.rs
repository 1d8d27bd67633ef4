//! Operations on evaluated Terraform values that both the expression
//! evaluator (`eval/`) and the functions (`functions/`) need: building
//! plain and unknown values, equality as Terraform decides it, and applying
//! an operation over the alternatives of its arguments (bounded).

use crate::model::{Assumptions, Location, Origin, UnknownKind, Unresolved};
use crate::terraform::syntax::TraversalOperator;
use crate::value::{Alternative, Value, ValueKind, format_number};

/// Most elements a `for` expression or `range()` may produce before the
/// result is declared unknown (bounded work on hostile input).
pub const MAX_ELEMENTS: usize = 10_000;
/// Most alternatives a value may carry.
pub const MAX_ALTERNATIVES: usize = 32;

/// The `(key, value)` pairs a collection iterates over: indexes of a list,
/// keys of a map or object; anything else is empty.
pub fn key_value_pairs(collection: &Value) -> Vec<(Value, Value)> {
    match &collection.kind {
        ValueKind::List(items) => items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                (
                    plain(item.location.clone(), ValueKind::Number(index as f64)),
                    item.clone(),
                )
            })
            .collect(),
        ValueKind::Object(fields) => fields
            .iter()
            .map(|(key, value)| {
                (
                    plain(value.location.clone(), ValueKind::String(key.clone())),
                    value.clone(),
                )
            })
            .collect(),
        _ => Vec::new(),
    }
}

pub fn plain(location: Location, kind: ValueKind) -> Value {
    Value {
        kind,
        location,
        origins: Vec::new(),
    }
}

pub fn unknown_at(location: Location, expression: String, reason: impl Into<String>) -> Value {
    Value {
        kind: ValueKind::Unknown(Box::new(Unresolved {
            expression,
            reason: reason.into(),
            location: location.clone(),
            kind: UnknownKind::Unevaluated,
            address: None,
        })),
        location,
        origins: Vec::new(),
    }
}

/// What Terraform itself rejects: unknown to sglint, and an error for `try`.
pub fn failure_at(location: Location, expression: String, reason: impl Into<String>) -> Value {
    with_kind(unknown_at(location, expression, reason), UnknownKind::Fails)
}

/// A value only Terraform knows when it runs (see [`UnknownKind::Runtime`]).
pub fn runtime_at(location: Location, expression: String, reason: impl Into<String>) -> Value {
    with_kind(
        unknown_at(location, expression, reason),
        UnknownKind::Runtime,
    )
}

/// `to` relative to `from`, with `/` separators: `modules/sg`, `../shared`, `.`.
pub fn relative_path(from: &std::path::Path, to: &std::path::Path) -> String {
    let from = crate::paths::absolute(from);
    let to = crate::paths::absolute(to);
    let from_parts: Vec<_> = from.components().collect();
    let to_parts: Vec<_> = to.components().collect();
    let common = from_parts
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut parts: Vec<String> = vec!["..".to_string(); from_parts.len() - common];
    parts.extend(
        to_parts[common..]
            .iter()
            .map(|part| part.as_os_str().to_string_lossy().into_owned()),
    );
    if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

/// Whether `attributes` (what follows `TYPE.NAME`, indexes included) read
/// the CIDR block of a VPC or subnet, resource or data source.
pub fn is_network_cidr(kind: &str, attributes: &[TraversalOperator]) -> bool {
    let names: Vec<&str> = attributes
        .iter()
        .filter_map(|operator| match operator {
            TraversalOperator::Attr(name, _) => Some(name.as_str()),
            _ => None,
        })
        .collect();
    let cidr = matches!(
        names.as_slice(),
        ["cidr_block" | "ipv6_cidr_block"] | ["cidr_block_associations", "cidr_block"]
    );
    cidr && matches!(
        kind,
        "aws_vpc"
            | "aws_default_vpc"
            | "aws_subnet"
            | "aws_default_subnet"
            | "aws_vpc_ipv4_cidr_block_association"
            | "aws_vpc_ipv6_cidr_block_association"
    )
}

/// A VPC or subnet CIDR: unknown, but never the internet.
pub fn never_public(value: Value) -> Value {
    let mut value = with_kind(value, UnknownKind::NeverPublic);
    if let ValueKind::Unknown(unresolved) = &mut value.kind {
        unresolved.reason = format!(
            "`{}` is a VPC or subnet CIDR block, only known after apply but never the whole internet",
            unresolved.expression
        );
    }
    value
}

pub fn with_kind(mut value: Value, kind: UnknownKind) -> Value {
    if let ValueKind::Unknown(unresolved) = &mut value.kind {
        unresolved.kind = kind;
    }
    value
}

/// An element taken out of a value keeps the provenance of the whole.
pub fn inherit(element: &Value, whole: &Value) -> Value {
    let mut element = element.clone();
    if element.origins.is_empty() {
        element.origins = whole.origins.clone();
    }
    element
}

/// The value as used at `use_site`: every nested value now stands at the use
/// site, and remembers where it was before (described by `how`).
pub fn relocate(value: &Value, use_site: &Location, how: Option<&str>) -> Value {
    let mut origins = value.origins.clone();
    if let Some(how) = how {
        let text = match &value.kind {
            ValueKind::String(_) | ValueKind::Number(_) | ValueKind::Bool(_) => {
                format!("`{}` {how}", value.as_text().unwrap_or_default())
            }
            ValueKind::Unknown(unresolved) => format!("`{}` {how}", unresolved.expression),
            _ => format!("the value {how}"),
        };
        origins.insert(
            0,
            Origin {
                message: text,
                location: Some(value.location.clone()),
            },
        );
    }
    let kind = match &value.kind {
        ValueKind::List(items) => ValueKind::List(
            items
                .iter()
                .map(|item| relocate(item, use_site, how))
                .collect(),
        ),
        ValueKind::Object(fields) => ValueKind::Object(
            fields
                .iter()
                .map(|(key, field)| (key.clone(), relocate(field, use_site, how)))
                .collect(),
        ),
        ValueKind::OneOf(choices) => ValueKind::OneOf(
            choices
                .iter()
                .map(|choice| Alternative {
                    assumption: choice.assumption.clone(),
                    value: relocate(&choice.value, use_site, how),
                })
                .collect(),
        ),
        ValueKind::Unknown(unresolved) => {
            let mut unresolved = unresolved.clone();
            unresolved.location = use_site.clone();
            ValueKind::Unknown(unresolved)
        }
        other => other.clone(),
    };
    Value {
        kind,
        location: use_site.clone(),
        origins,
    }
}

/// The size of a value in elements (each node, each origin, each 64 bytes
/// of text counts one), or `None` once it exceeds `limit`: counting stops
/// there, so the cost is bounded by `limit`, not by the value.
pub fn weight_within(value: &Value, limit: usize) -> Option<usize> {
    // Most values are scalars: no walk, no allocation.
    if let ValueKind::Null | ValueKind::Bool(_) | ValueKind::Number(_) | ValueKind::Unknown(_) =
        value.kind
    {
        return Some(1 + value.origins.len()).filter(|weight| *weight <= limit);
    }
    let mut total = 0usize;
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        total += 1 + value.origins.len();
        match &value.kind {
            ValueKind::String(text) => total += text.len() / 64,
            ValueKind::List(items) if total + items.len() > limit => return None,
            ValueKind::Object(fields) if total + fields.len() > limit => return None,
            ValueKind::List(items) => stack.extend(items),
            ValueKind::Object(fields) => {
                total += fields.iter().map(|(key, _)| key.len() / 64).sum::<usize>();
                stack.extend(fields.iter().map(|(_, field)| field));
            }
            ValueKind::OneOf(choices) => stack.extend(choices.iter().map(|choice| &choice.value)),
            _ => {}
        }
        if total > limit {
            return None;
        }
    }
    Some(total)
}

/// Structural equality of known values; `None` when either side is unknown.
pub fn values_equal(a: &Value, b: &Value) -> Option<bool> {
    Some(match (&a.kind, &b.kind) {
        (ValueKind::Unknown(_), _)
        | (_, ValueKind::Unknown(_))
        | (ValueKind::OneOf(_), _)
        | (_, ValueKind::OneOf(_)) => {
            return None;
        }
        (ValueKind::Null, ValueKind::Null) => true,
        (ValueKind::Bool(x), ValueKind::Bool(y)) => x == y,
        (ValueKind::Number(x), ValueKind::Number(y)) => x == y,
        (ValueKind::String(x), ValueKind::String(y)) => x == y,
        (ValueKind::List(x), ValueKind::List(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y) {
                if !values_equal(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (ValueKind::Object(x), ValueKind::Object(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (key, p) in x {
                let Some(q) = b.field(key) else {
                    return Some(false);
                };
                if !values_equal(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        _ => false,
    })
}

/// Applies `compute` to known arguments. An alternative in any argument
/// makes the result one of several (bounded); an unknown argument makes it
/// unknown. Returns `None` when `compute` rejects the arguments.
pub fn lift(
    args: Vec<Value>,
    location: &Location,
    compute: impl Fn(&[Value]) -> Option<ValueKind> + Copy,
) -> Option<Value> {
    combine(args, location, |chosen| {
        lift_known(chosen, location, compute)
    })
}

/// Calls `each` once per consistent combination of the arguments'
/// alternatives (none of the arguments it gets is a choice) and gathers the
/// results as alternatives. Past [`MAX_ALTERNATIVES`] results the value is
/// unknown. Returns `None` when `each` does.
pub fn combine(
    args: Vec<Value>,
    location: &Location,
    mut each: impl FnMut(&[Value]) -> Option<Value>,
) -> Option<Value> {
    if !args
        .iter()
        .any(|arg| matches!(arg.kind, ValueKind::OneOf(_)))
    {
        return each(&args);
    }
    let too_many = || {
        Some(unknown_at(
            location.clone(),
            location.text().to_string(),
            "the value depends on too many unknown conditions",
        ))
    };
    // Combinations multiply across arguments: past a bound the result is
    // unknown rather than exponential work. Counted before flattening, as
    // one value may hold thousands of nested choices.
    let combinations = args.iter().fold(1usize, |product, arg| {
        product.saturating_mul(arg.alternative_count())
    });
    if combinations > MAX_ALTERNATIVES * MAX_ALTERNATIVES {
        return too_many();
    }
    if combinations == 0 {
        // An argument with no consistent alternative: no combination exists.
        return Some(Value {
            kind: ValueKind::OneOf(Vec::new()),
            location: location.clone(),
            origins: Vec::new(),
        });
    }
    let options: Vec<Vec<(Assumptions, &Value)>> = args.iter().map(Value::alternatives).collect();
    let mut results = Vec::new();
    let mut picks = vec![0usize; options.len()];
    loop {
        // A combination that contradicts itself never happens.
        let assumptions = picks
            .iter()
            .zip(&options)
            .try_fold(Assumptions::new(), |held, (&pick, choices)| {
                held.and(&choices[pick].0)
            });
        if let Some(assumption) = assumptions {
            let chosen: Vec<Value> = picks
                .iter()
                .zip(&options)
                .map(|(&pick, choices)| choices[pick].1.clone())
                .collect();
            results.push(Alternative {
                assumption,
                value: each(&chosen)?,
            });
            // Dropping alternatives could drop the public one: unknown is
            // the honest answer.
            if results.len() > MAX_ALTERNATIVES {
                return too_many();
            }
        }
        if !next_pick(&mut picks, &options) {
            break;
        }
    }
    Some(Value {
        kind: ValueKind::OneOf(results),
        location: location.clone(),
        origins: Vec::new(),
    })
}

/// Advances `picks` like an odometer over `options`; false after the last.
pub fn next_pick<T>(picks: &mut [usize], options: &[Vec<T>]) -> bool {
    for (pick, choices) in picks.iter_mut().zip(options) {
        *pick += 1;
        if *pick < choices.len() {
            return true;
        }
        *pick = 0;
    }
    false
}

/// [`lift`] for arguments without alternatives.
pub fn lift_known(
    args: &[Value],
    location: &Location,
    compute: impl Fn(&[Value]) -> Option<ValueKind>,
) -> Option<Value> {
    if let Some(unknown) = args
        .iter()
        .find(|arg| matches!(arg.kind, ValueKind::Unknown(_)))
    {
        let mut unknown = unknown.clone();
        unknown.location = location.clone();
        return Some(unknown);
    }
    let kind = compute(args)?;
    // `local.a + local.a` has one origin, not two: repeated, origins would
    // double at every such step.
    let mut seen = std::collections::HashSet::new();
    // A list's elements carry their own origins (`join(",", var.cidrs)`
    // comes from where each block was written).
    let origins = args
        .iter()
        .flat_map(|arg| {
            let items: &[Value] = match &arg.kind {
                ValueKind::List(items) => items,
                _ => &[],
            };
            arg.origins
                .iter()
                .chain(items.iter().flat_map(|item| item.origins.iter()))
        })
        .filter(|origin| {
            let place = origin.location.as_ref().map(|location| {
                (
                    location.file.path().to_path_buf(),
                    location.span.start,
                    location.span.end,
                )
            });
            seen.insert((origin.message.clone(), place))
        })
        .cloned()
        .collect();
    Some(Value {
        kind,
        location: location.clone(),
        origins,
    })
}

impl Value {
    pub fn as_number(&self) -> Option<f64> {
        match &self.kind {
            ValueKind::Number(number) => Some(*number),
            ValueKind::String(text) => text.trim().parse().ok(),
            _ => None,
        }
    }
}

/// Text of a number as Terraform prints it.
pub fn number_text(number: f64) -> String {
    format_number(number)
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Assumption;
    use crate::source::SourceFile;
    use std::cell::Cell;

    #[test]
    fn weight_counts_nodes_origins_and_text_and_stops_at_the_limit() {
        let file = SourceFile::new("x", "");
        let location = Location::new(&file, crate::source::Span::default());
        let text = |length: usize| plain(location.clone(), ValueKind::String("a".repeat(length)));
        assert_eq!(weight_within(&text(10), 100), Some(1));
        assert_eq!(weight_within(&text(640), 100), Some(11));
        let list = plain(location.clone(), ValueKind::List(vec![text(1); 50]));
        assert_eq!(weight_within(&list, 100), Some(51));
        assert_eq!(weight_within(&list, 50), None);
        let relocated = relocate(&list, &location, Some("comes from `local.x`"));
        assert_eq!(weight_within(&relocated, 1000), Some(102));
        let nested = plain(location.clone(), ValueKind::List(vec![list.clone(), list]));
        assert_eq!(weight_within(&nested, 100), None);
    }

    /// `cond ? a : b` over numbers, as the evaluator builds it.
    fn choice(location: &Location, condition: &str, a: f64, b: f64) -> Value {
        let number = |n| plain(location.clone(), ValueKind::Number(n));
        plain(
            location.clone(),
            ValueKind::OneOf(vec![
                Alternative {
                    assumption: Assumptions::one(Assumption::expression(
                        condition.into(),
                        String::new(),
                        true,
                    )),
                    value: number(a),
                },
                Alternative {
                    assumption: Assumptions::one(Assumption::expression(
                        condition.into(),
                        String::new(),
                        false,
                    )),
                    value: number(b),
                },
            ]),
        )
    }

    fn sum(parts: &[Value]) -> Option<ValueKind> {
        let mut total = 0.0;
        for part in parts {
            total += part.as_number()?;
        }
        Some(ValueKind::Number(total))
    }

    /// The (assumption, number) pairs of a lifted value.
    fn outcomes(value: &Value) -> Vec<(String, f64)> {
        let ValueKind::OneOf(choices) = &value.kind else {
            panic!("expected alternatives, got {:?}", value.kind);
        };
        choices
            .iter()
            .map(|choice| {
                (
                    choice.assumption.to_string(),
                    choice.value.as_number().unwrap_or(f64::NAN),
                )
            })
            .collect()
    }

    #[test]
    fn lift_combines_alternatives_and_drops_contradictions() {
        let file = SourceFile::new("x", "");
        let location = Location::new(&file, crate::source::Span::default());
        let same = lift(
            vec![
                choice(&location, "c", 1.0, 2.0),
                choice(&location, "c", 10.0, 20.0),
            ],
            &location,
            sum,
        )
        .unwrap();
        assert_eq!(
            outcomes(&same),
            vec![
                ("`c` is true".to_string(), 11.0),
                ("`c` is false".to_string(), 22.0)
            ]
        );
        let independent = lift(
            vec![
                choice(&location, "c", 1.0, 2.0),
                choice(&location, "d", 10.0, 20.0),
            ],
            &location,
            sum,
        )
        .unwrap();
        let mut totals: Vec<f64> = outcomes(&independent).iter().map(|(_, n)| *n).collect();
        totals.sort_by(f64::total_cmp);
        assert_eq!(totals, vec![11.0, 12.0, 21.0, 22.0]);
    }

    /// Every combination contradicting itself leaves no alternative; a
    /// later step over that value has nothing to combine (it used to index
    /// an empty list).
    #[test]
    fn lift_over_a_value_without_alternatives_is_empty() {
        let file = SourceFile::new("x", "");
        let location = Location::new(&file, crate::source::Span::default());
        let empty = plain(location.clone(), ValueKind::OneOf(Vec::new()));
        let value = lift(
            vec![empty, choice(&location, "c", 1.0, 2.0)],
            &location,
            sum,
        )
        .unwrap();
        assert!(outcomes(&value).is_empty());
    }

    /// Past MAX_ALTERNATIVES results the value is unknown (truncating could
    /// drop the public alternative), and the work stops there: a chain of
    /// such steps once cost 32 x 32 evaluations each.
    #[test]
    fn lift_gives_up_after_too_many_alternatives_without_computing_them_all() {
        let file = SourceFile::new("x", "");
        let location = Location::new(&file, crate::source::Span::default());
        // 2^5 = 32 alternatives on each side, all combinations consistent.
        let wide = |prefix: &str| {
            (0..5).fold(
                plain(location.clone(), ValueKind::Number(0.0)),
                |value, bit| {
                    lift(
                        vec![
                            value,
                            choice(
                                &location,
                                &format!("{prefix}{bit}"),
                                0.0,
                                f64::from(1 << bit),
                            ),
                        ],
                        &location,
                        sum,
                    )
                    .unwrap()
                },
            )
        };
        let (left, right) = (wide("a"), wide("b"));
        assert_eq!(outcomes(&left).len(), MAX_ALTERNATIVES);
        let calls = Cell::new(0);
        let counted = |parts: &[Value]| {
            calls.set(calls.get() + 1);
            sum(parts)
        };
        let value = lift(vec![left, right], &location, counted).unwrap();
        let ValueKind::Unknown(unresolved) = &value.kind else {
            panic!("expected unknown, got {:?}", value.kind);
        };
        assert!(unresolved.reason.contains("too many unknown conditions"));
        assert_eq!(calls.get(), MAX_ALTERNATIVES + 1);
    }
}
