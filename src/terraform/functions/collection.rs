//! Collection functions: lists, sets, maps. Elements keep their own values
//! (and so where they were written); only the container is new.

use super::{number, text};
use crate::model::Location;
use crate::terraform::values::{plain, values_equal};
use crate::value::{Value, ValueKind};

/// A collection function of known arguments; `None` when it does not apply
/// or the arguments are not valid (the caller makes that unknown).
pub fn call(name: &str, args: &[Value], location: &Location) -> Option<ValueKind> {
    let arg = |index: usize| args.get(index);
    match name {
        "sort" => {
            let items = list(arg(0)?)?;
            let mut keyed: Vec<(String, Value)> = items
                .iter()
                .map(|item| Some((text(item)?, item.clone())))
                .collect::<Option<_>>()?;
            // Terraform sorts strings lexically (byte order).
            keyed.sort_by(|a, b| a.0.cmp(&b.0));
            Some(ValueKind::List(
                keyed.into_iter().map(|(_, item)| item).collect(),
            ))
        }
        "reverse" => {
            let mut items = list(arg(0)?)?.to_vec();
            items.reverse();
            Some(ValueKind::List(items))
        }
        "slice" => {
            let items = list(arg(0)?)?;
            let (start, end) = (index(arg(1)?)?, index(arg(2)?)?);
            (start <= end && end <= items.len())
                .then(|| ValueKind::List(items[start..end].to_vec()))
        }
        "one" => match &arg(0)?.kind {
            ValueKind::Null => Some(ValueKind::Null),
            ValueKind::List(items) => match items.as_slice() {
                [] => Some(ValueKind::Null),
                [only] => Some(only.kind.clone()),
                _ => None,
            },
            _ => None,
        },
        "index" => {
            let items = list(arg(0)?)?;
            let wanted = arg(1)?;
            for (position, item) in items.iter().enumerate() {
                if values_equal(item, wanted)? {
                    return Some(ValueKind::Number(position as f64));
                }
            }
            None
        }
        "chunklist" => {
            let items = list(arg(0)?)?;
            let size = index(arg(1)?)?;
            if size == 0 {
                return Some(ValueKind::List(vec![plain(
                    location.clone(),
                    ValueKind::List(items.to_vec()),
                )]));
            }
            Some(ValueKind::List(
                items
                    .chunks(size)
                    .map(|chunk| plain(location.clone(), ValueKind::List(chunk.to_vec())))
                    .collect(),
            ))
        }
        "setproduct" => {
            let lists: Vec<&[Value]> = args.iter().map(list).collect::<Option<_>>()?;
            let total = lists
                .iter()
                .try_fold(1usize, |product, list| product.checked_mul(list.len()))?;
            if total > crate::terraform::values::MAX_ELEMENTS {
                return None;
            }
            let mut product: Vec<Vec<Value>> = vec![Vec::new()];
            for list in &lists {
                product = product
                    .into_iter()
                    .flat_map(|prefix| {
                        list.iter().map(move |item| {
                            let mut next = prefix.clone();
                            next.push(item.clone());
                            next
                        })
                    })
                    .collect();
            }
            if lists.is_empty() {
                return Some(ValueKind::List(Vec::new()));
            }
            Some(ValueKind::List(
                product
                    .into_iter()
                    .map(|tuple| plain(location.clone(), ValueKind::List(tuple)))
                    .collect(),
            ))
        }
        "setintersection" => {
            let (first, rest) = args.split_first()?;
            let mut kept = Vec::new();
            for item in list(first)? {
                let mut everywhere = true;
                for other in rest {
                    everywhere &= contains(list(other)?, item)?;
                }
                if everywhere && !contains(&kept, item)? {
                    kept.push(item.clone());
                }
            }
            Some(ValueKind::List(kept))
        }
        "setsubtract" => {
            let remove = list(arg(1)?)?;
            let mut kept: Vec<Value> = Vec::new();
            for item in list(arg(0)?)? {
                if !contains(remove, item)? && !contains(&kept, item)? {
                    kept.push(item.clone());
                }
            }
            Some(ValueKind::List(kept))
        }
        "transpose" => {
            let ValueKind::Object(fields) = &arg(0)?.kind else {
                return None;
            };
            let mut result: Vec<(String, Vec<Value>)> = Vec::new();
            for (key, values) in fields {
                for value in list(values)? {
                    let name = text(value)?;
                    let key_value = plain(value.location.clone(), ValueKind::String(key.clone()));
                    match result.iter_mut().find(|(existing, _)| *existing == name) {
                        Some((_, keys)) => keys.push(key_value),
                        None => result.push((name, vec![key_value])),
                    }
                }
            }
            result.sort_by(|a, b| a.0.cmp(&b.0));
            Some(ValueKind::Object(
                result
                    .into_iter()
                    .map(|(key, mut keys)| {
                        keys.sort_by_key(|key| key.as_text());
                        (key, plain(location.clone(), ValueKind::List(keys)))
                    })
                    .collect(),
            ))
        }
        "matchkeys" => {
            let (values, keys, search) = (list(arg(0)?)?, list(arg(1)?)?, list(arg(2)?)?);
            if values.len() != keys.len() {
                return None;
            }
            let mut kept = Vec::new();
            for (value, key) in values.iter().zip(keys) {
                if contains(search, key)? {
                    kept.push(value.clone());
                }
            }
            Some(ValueKind::List(kept))
        }
        "alltrue" | "anytrue" => {
            let flags: Vec<bool> = list(arg(0)?)?.iter().map(boolean).collect::<Option<_>>()?;
            Some(ValueKind::Bool(if name == "alltrue" {
                flags.iter().all(|flag| *flag)
            } else {
                flags.iter().any(|flag| *flag)
            }))
        }
        "sum" => {
            let items = list(arg(0)?)?;
            if items.is_empty() {
                return None;
            }
            let numbers: Vec<f64> = items.iter().map(number).collect::<Option<_>>()?;
            Some(ValueKind::Number(numbers.iter().sum()))
        }
        "list" | "tuple" => Some(ValueKind::List(args.to_vec())),
        "map" => {
            if !args.len().is_multiple_of(2) {
                return None;
            }
            let mut fields = Vec::new();
            for pair in args.chunks(2) {
                fields.push((text(&pair[0])?, pair[1].clone()));
            }
            Some(ValueKind::Object(fields))
        }
        _ => None,
    }
}

/// The elements of a list, set or tuple.
fn list(value: &Value) -> Option<&[Value]> {
    match &value.kind {
        ValueKind::List(items) => Some(items),
        _ => None,
    }
}

/// A whole, non-negative number used as an index or a size.
fn index(value: &Value) -> Option<usize> {
    let number = number(value)?;
    (number >= 0.0 && number.fract() == 0.0 && number <= u32::MAX as f64).then_some(number as usize)
}

/// Whether `items` holds `wanted`; `None` when an unknown decides it.
fn contains(items: &[Value], wanted: &Value) -> Option<bool> {
    for item in items {
        if values_equal(item, wanted)? {
            return Some(true);
        }
    }
    Some(false)
}

pub fn boolean(value: &Value) -> Option<bool> {
    match &value.kind {
        ValueKind::Bool(flag) => Some(*flag),
        ValueKind::String(text) if text == "true" => Some(true),
        ValueKind::String(text) if text == "false" => Some(false),
        _ => None,
    }
}
