//! String functions. Terraform's `regex` syntax is RE2's, which the `regex`
//! crate follows (no look-around, no back-references).

use super::{number, text};
use crate::model::Location;
use crate::terraform::values::plain;
use crate::value::{Value, ValueKind};

/// Patterns longer than this are not compiled (a hostile pattern could
/// cost memory; real ones are short).
const MAX_PATTERN: usize = 4096;

pub fn call(name: &str, args: &[Value], location: &Location) -> Option<ValueKind> {
    let arg = |index: usize| args.get(index);
    let string = |value: String| Some(ValueKind::String(value));
    match name {
        "chomp" => {
            let value = text(arg(0)?)?;
            string(value.trim_end_matches(['\n', '\r']).to_string())
        }
        "startswith" => Some(ValueKind::Bool(text(arg(0)?)?.starts_with(&text(arg(1)?)?))),
        "endswith" => Some(ValueKind::Bool(text(arg(0)?)?.ends_with(&text(arg(1)?)?))),
        "strcontains" => Some(ValueKind::Bool(text(arg(0)?)?.contains(&text(arg(1)?)?))),
        "strrev" => string(text(arg(0)?)?.chars().rev().collect()),
        "title" => {
            let mut result = String::new();
            let mut at_word_start = true;
            for character in text(arg(0)?)?.chars() {
                if at_word_start && character.is_alphabetic() {
                    result.extend(character.to_uppercase());
                } else {
                    result.push(character);
                }
                at_word_start = !character.is_alphanumeric();
            }
            string(result)
        }
        "substr" => {
            let value: Vec<char> = text(arg(0)?)?.chars().collect();
            let offset = number(arg(1)?)?;
            let length = number(arg(2)?)?;
            let start = if offset < 0.0 {
                (value.len() as f64 + offset).max(0.0)
            } else {
                offset
            } as usize;
            if start > value.len() {
                return None;
            }
            let end = if length < 0.0 {
                value.len()
            } else {
                (start + length as usize).min(value.len())
            };
            string(value[start..end].iter().collect())
        }
        "trim" => {
            let cut: Vec<char> = text(arg(1)?)?.chars().collect();
            string(text(arg(0)?)?.trim_matches(cut.as_slice()).to_string())
        }
        "trimprefix" => {
            let value = text(arg(0)?)?;
            let prefix = text(arg(1)?)?;
            string(value.strip_prefix(&prefix).unwrap_or(&value).to_string())
        }
        "trimsuffix" => {
            let value = text(arg(0)?)?;
            let suffix = text(arg(1)?)?;
            string(value.strip_suffix(&suffix).unwrap_or(&value).to_string())
        }
        "indent" => {
            let width = number(arg(0)?)?;
            if !(0.0..=1024.0).contains(&width) {
                return None;
            }
            let spaces = " ".repeat(width as usize);
            let value = text(arg(1)?)?;
            string(value.replace('\n', &format!("\n{spaces}")))
        }
        "regex" => {
            let pattern = regex(&text(arg(0)?)?)?;
            let value = text(arg(1)?)?;
            let captures = pattern.captures(&value)?;
            Some(capture_value(&pattern, &captures, location))
        }
        "regexall" => {
            let pattern = regex(&text(arg(0)?)?)?;
            let value = text(arg(1)?)?;
            Some(ValueKind::List(
                pattern
                    .captures_iter(&value)
                    .map(|captures| {
                        plain(
                            location.clone(),
                            capture_value(&pattern, &captures, location),
                        )
                    })
                    .collect(),
            ))
        }
        "formatlist" => {
            let spec = text(arg(0)?)?;
            let rest = &args[1..];
            let lengths: Vec<usize> = rest
                .iter()
                .filter_map(|value| match &value.kind {
                    ValueKind::List(items) => Some(items.len()),
                    _ => None,
                })
                .collect();
            let Some(&length) = lengths.first() else {
                return Some(ValueKind::List(vec![plain(
                    location.clone(),
                    ValueKind::String(super::format(&spec, rest)?),
                )]));
            };
            if lengths.iter().any(|other| *other != length) {
                return None;
            }
            let mut items = Vec::with_capacity(length);
            for position in 0..length {
                let row: Vec<Value> = rest
                    .iter()
                    .map(|value| match &value.kind {
                        ValueKind::List(items) => items[position].clone(),
                        _ => value.clone(),
                    })
                    .collect();
                items.push(plain(
                    location.clone(),
                    ValueKind::String(super::format(&spec, &row)?),
                ));
            }
            Some(ValueKind::List(items))
        }
        _ => None,
    }
}

/// `replace` with a `/pattern/`: Terraform's regular-expression form.
pub fn replace_regex(value: &str, pattern: &str, replacement: &str) -> Option<String> {
    let pattern = regex(pattern)?;
    // Terraform's `$1` and `${name}` are the crate's syntax too.
    Some(pattern.replace_all(value, replacement).into_owned())
}

fn regex(pattern: &str) -> Option<regex::Regex> {
    if pattern.len() > MAX_PATTERN {
        return None;
    }
    regex::RegexBuilder::new(pattern)
        .size_limit(1 << 20)
        .build()
        .ok()
}

/// What `regex` returns for one match: the match without groups, a list of
/// unnamed groups, or an object of named ones.
fn capture_value(
    pattern: &regex::Regex,
    captures: &regex::Captures,
    location: &Location,
) -> ValueKind {
    let group = |index: usize| {
        let text = captures.get(index).map(|m| m.as_str().to_string());
        plain(
            location.clone(),
            text.map_or(ValueKind::Null, ValueKind::String),
        )
    };
    if pattern.captures_len() == 1 {
        return ValueKind::String(captures.get(0).map_or("", |m| m.as_str()).to_string());
    }
    let names: Vec<Option<&str>> = pattern.capture_names().skip(1).collect();
    if names.iter().any(Option::is_some) {
        ValueKind::Object(
            names
                .iter()
                .enumerate()
                .filter_map(|(index, name)| Some((name.as_ref()?.to_string(), group(index + 1))))
                .collect(),
        )
    } else {
        ValueKind::List((1..pattern.captures_len()).map(group).collect())
    }
}
