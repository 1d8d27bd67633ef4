//! Terraform built-in functions that appear in security-group code.
//!
//! List functions keep what they know: `concat(["0.0.0.0/0"], var.unset)`
//! is a list holding the public block and an unknown element, so the public
//! block is still reported. Any other unknown argument makes the result
//! unknown, and an unknown function is unknown, never an error.

mod collection;
mod encoding;
mod files;
mod hash;
mod network;
mod numeric;
mod text;

#[cfg(test)]
mod tests;

use crate::model::{Assumption, Assumptions, Holds, Location, Subject, UnknownKind};
use std::sync::Arc;

use crate::source::SourceFile;
use crate::terraform::syntax::Expr;
use crate::terraform::values::{
    MAX_ELEMENTS, combine, lift, number_text, plain, relocate, unknown_at, values_equal,
};
use crate::value::{Alternative, Value, ValueKind};

/// What a function call needs from the expression evaluator: where the
/// call is written, where its module is, and a way to render a template
/// file. The evaluator's `Scope` implements it, so that functions do not
/// depend on the evaluator.
pub trait CallSite {
    fn location(&self, expr: &Expr) -> Location;
    fn text(&self, expr: &Expr) -> String;
    /// `None` for a built-in model or a tfvars file.
    fn place(&self) -> Option<&Place>;
    /// `template` (parsed from `file`) evaluated with only `bindings` in scope.
    fn render_template(
        &self,
        file: &Arc<SourceFile>,
        bindings: Vec<(String, Value)>,
        template: &Expr,
    ) -> Value;
}

/// Where a module instance is, and what it may read.
#[derive(Debug, Clone)]
pub struct Place {
    /// The module's directory.
    pub module_dir: std::path::PathBuf,
    /// The root module's directory: Terraform's working directory, against
    /// which relative paths in file functions resolve.
    pub root_dir: std::path::PathBuf,
    /// Canonical directories whose files may be read (the scanned paths
    /// and the current directory).
    pub allowed: std::rc::Rc<Vec<std::path::PathBuf>>,
    /// `--workspace`, when given.
    pub workspace: Option<String>,
}

pub fn call(name: &str, args: Vec<Value>, scope: &dyn CallSite, expr: &Expr) -> Value {
    let location = scope.location(expr);
    let text = scope.text(expr);
    let unknown = |reason: String| unknown_at(location.clone(), text.clone(), reason);
    // Provider-namespaced functions (`provider::aws::arn_parse`) are not evaluated.
    if files::NAMES.contains(&name)
        && !args
            .iter()
            .any(|arg| matches!(arg.kind, ValueKind::OneOf(_) | ValueKind::Unknown(_)))
        && let Some(value) = files::call(name, &args, scope, expr)
    {
        return value;
    }
    let result = match name {
        "concat" | "flatten" | "distinct" | "compact" | "tolist" | "toset" | "setunion" => {
            list_function(name, args, &location)
        }
        "try" => {
            return try_arguments(&args)
                .unwrap_or_else(|| unknown("every argument of `try` fails".into()));
        }
        "can" => match args.first().map(|arg| &arg.kind) {
            Some(ValueKind::Unknown(unresolved)) if unresolved.kind == UnknownKind::Fails => {
                Some(plain(location.clone(), ValueKind::Bool(false)))
            }
            Some(ValueKind::Unknown(_)) | None => None,
            Some(_) => Some(plain(location.clone(), ValueKind::Bool(true))),
        },
        "coalesce" => {
            for arg in &args {
                match &arg.kind {
                    ValueKind::Null => continue,
                    ValueKind::String(text) if text.is_empty() => continue,
                    _ => return arg.clone(),
                }
            }
            None
        }
        // The value found keeps where it came from (a module argument, a
        // tfvars line), so a finding can point there.
        "lookup"
            if !args
                .iter()
                .any(|arg| matches!(arg.kind, ValueKind::OneOf(_)))
                && matches!(
                    args.first().map(|arg| &arg.kind),
                    Some(ValueKind::Object(_))
                )
                && args.get(1).and_then(Value::as_text).is_some() =>
        {
            let key = args[1].as_text().unwrap_or_default();
            match (args[0].field(&key), args.get(2)) {
                (Some(found), _) => Some(found.clone()),
                (None, Some(default)) => Some(default.clone()),
                (None, None) => None,
            }
        }
        // Sensitivity is not tracked: the value is what matters here.
        "sensitive" | "nonsensitive" if args.len() == 1 => return args[0].clone(),
        "issensitive" => {
            return unknown("sglint does not track which values are sensitive".into());
        }
        _ if IMPURE.contains(&name) => {
            return unknown(format!(
                "`{name}()` gives another value at every run, so it is not known statically"
            ));
        }
        _ if name.starts_with("provider::") => {
            return unknown(format!(
                "`{name}` is defined by a provider; provider functions are not evaluated"
            ));
        }
        "coalescelist" => {
            for arg in &args {
                match &arg.kind {
                    ValueKind::List(items) if items.is_empty() => continue,
                    _ => return arg.clone(),
                }
            }
            None
        }
        _ => lift(args, &location, |values| {
            scalar_function(name, values, &location)
        }),
    };
    // What a function returns stands where the function is called.
    let result = result.map(|value| relocate(&value, &location, None));
    result.unwrap_or_else(|| match name {
        "range" => unknown(format!(
            "`range()` is not known statically or has more than {MAX_ELEMENTS} elements"
        )),
        _ if !is_known_function(name) => unknown(format!("the function `{name}` is not evaluated")),
        _ => unknown(format!(
            "the arguments of `{name}` are not known statically or not valid"
        )),
    })
}

/// `try`: the first argument that does not fail. A value Terraform knows
/// only when it runs is that value, not the fallback; an argument sglint
/// cannot evaluate may or may not fail, so the result is either it or what
/// the rest gives: a public fallback is never lost.
fn try_arguments(args: &[Value]) -> Option<Value> {
    let (first, rest) = args.split_first()?;
    // A list or object with an element Terraform rejects fails as a whole
    // (`try([a, x[5]], fallback)` is the fallback).
    if !matches!(first.kind, ValueKind::Unknown(_)) && holds_failure(first) {
        return try_arguments(rest);
    }
    let ValueKind::Unknown(unresolved) = &first.kind else {
        return Some(first.clone());
    };
    let fallback = try_arguments(rest);
    let fallback = match unresolved.kind {
        UnknownKind::Fails => return fallback,
        UnknownKind::Runtime | UnknownKind::NeverPublic => return Some(first.clone()),
        UnknownKind::Unevaluated => fallback,
    };
    let Some(fallback) = fallback else {
        return Some(first.clone());
    };
    let alternative = |evaluates: bool, value: Value| Alternative {
        assumption: Assumptions::one(Assumption::new(
            Subject::Attempt {
                shown: unresolved.expression.clone(),
                file: unresolved.location.file.path().display().to_string(),
                at: unresolved.location.span.start,
            },
            if evaluates { Holds::True } else { Holds::False },
        )),
        value,
    };
    Some(Value {
        kind: ValueKind::OneOf(vec![
            alternative(true, first.clone()),
            alternative(false, fallback),
        ]),
        location: first.location.clone(),
        origins: Vec::new(),
    })
}

/// Functions whose result changes between runs (or reads the machine).
const IMPURE: &[&str] = &[
    "timestamp",
    "plantimestamp",
    "uuid",
    "bcrypt",
    "shell",
    "env",
];

/// Whether a known collection holds, at any depth, a value Terraform
/// rejects (not inside alternatives: only one of them may be taken).
fn holds_failure(value: &Value) -> bool {
    match &value.kind {
        ValueKind::Unknown(unresolved) => unresolved.kind == UnknownKind::Fails,
        ValueKind::List(items) => items.iter().any(holds_failure),
        ValueKind::Object(fields) => fields.iter().any(|(_, field)| holds_failure(field)),
        _ => false,
    }
}

fn is_known_function(name: &str) -> bool {
    files::NAMES.contains(&name)
        || [
            "md5",
            "sha1",
            "sha256",
            "sha512",
            "base64sha256",
            "base64sha512",
            "uuidv5",
            "cidrcontains",
            "urldecode",
            "textencodebase64",
            "textdecodebase64",
            "sort",
            "reverse",
            "slice",
            "one",
            "index",
            "chunklist",
            "setproduct",
            "setintersection",
            "setsubtract",
            "transpose",
            "matchkeys",
            "alltrue",
            "anytrue",
            "sum",
            "list",
            "tuple",
            "map",
            "abs",
            "ceil",
            "floor",
            "log",
            "max",
            "min",
            "pow",
            "signum",
            "parseint",
            "tobool",
            "chomp",
            "startswith",
            "endswith",
            "strcontains",
            "strrev",
            "title",
            "substr",
            "trim",
            "trimprefix",
            "trimsuffix",
            "indent",
            "regex",
            "regexall",
            "formatlist",
            "base64encode",
            "base64decode",
            "jsonencode",
            "jsondecode",
            "yamlencode",
            "yamldecode",
            "csvdecode",
            "urlencode",
            "cidrnetmask",
            "cidrsubnets",
            "basename",
            "dirname",
            "concat",
            "flatten",
            "distinct",
            "compact",
            "tolist",
            "toset",
            "tomap",
            "lookup",
            "merge",
            "element",
            "coalesce",
            "coalescelist",
            "contains",
            "length",
            "keys",
            "values",
            "format",
            "join",
            "split",
            "replace",
            "lower",
            "upper",
            "trimspace",
            "try",
            "can",
            "tonumber",
            "tostring",
            "cidrsubnet",
            "cidrhost",
            "range",
            "zipmap",
            "setunion",
        ]
        .contains(&name)
}

/// The elements of a list argument; an unknown argument is one unknown
/// element, null is empty.
fn elements(arg: &Value) -> Option<Vec<Value>> {
    match &arg.kind {
        ValueKind::List(items) => Some(items.clone()),
        ValueKind::Unknown(_) => Some(vec![arg.clone()]),
        ValueKind::Null => Some(Vec::new()),
        _ => None,
    }
}

fn list_function(name: &str, args: Vec<Value>, location: &Location) -> Option<Value> {
    if args
        .iter()
        .any(|arg| matches!(arg.kind, ValueKind::OneOf(_)))
    {
        return combine(args, location, |chosen| {
            list_function(name, chosen.to_vec(), location)
        });
    }
    let mut items = Vec::new();
    match name {
        "flatten" => flatten_into(args.first()?, &mut items, 0)?,
        "tolist" | "toset" | "distinct" | "compact" => items = elements(args.first()?)?,
        _ => {
            for arg in &args {
                items.extend(elements(arg)?);
            }
        }
    }
    if name == "compact" {
        items.retain(|item| {
            !matches!(&item.kind, ValueKind::Null) && item.as_text().is_none_or(|t| !t.is_empty())
        });
    }
    if matches!(name, "distinct" | "toset" | "setunion") {
        items = distinct(items);
    }
    Some(plain(location.clone(), ValueKind::List(items)))
}

/// The items without repeats, first occurrence kept. Known values are
/// compared by a canonical key (linear: `toset` of 10,000 strings compared
/// pairwise was 50 million comparisons per evaluation); a value holding an
/// unknown is never equal to another, so it is kept.
fn distinct(items: Vec<Value>) -> Vec<Value> {
    let mut seen = std::collections::HashSet::new();
    let mut unique: Vec<Value> = Vec::new();
    // Kept values without a key (rare): compared one by one.
    let mut unkeyed: Vec<usize> = Vec::new();
    for item in items {
        let equal_to_unkeyed = || {
            unkeyed
                .iter()
                .any(|&index| values_equal(&unique[index], &item) == Some(true))
        };
        let is_new = match set_key(&item) {
            Some(key) => !seen.contains(&key) && !equal_to_unkeyed() && seen.insert(key),
            None if matches!(item.kind, ValueKind::Unknown(_) | ValueKind::OneOf(_)) => true,
            None => {
                let is_new = !unique
                    .iter()
                    .any(|kept| values_equal(kept, &item) == Some(true));
                if is_new {
                    unkeyed.push(unique.len());
                }
                is_new
            }
        };
        if is_new {
            unique.push(item);
        }
    }
    unique
}

/// A text that two known values share exactly when `values_equal` says they
/// are equal; `None` for what holds an unknown, a NaN or a repeated key.
fn set_key(value: &Value) -> Option<String> {
    Some(match &value.kind {
        ValueKind::Null => "n".to_string(),
        ValueKind::Bool(flag) => format!("b{flag}"),
        ValueKind::Number(number) if number.is_nan() => return None,
        // -0 and 0 are equal.
        ValueKind::Number(number) => format!("d{}", (number + 0.0).to_bits()),
        ValueKind::String(text) => format!("s{}:{text}", text.len()),
        ValueKind::List(items) => {
            let keys: Option<Vec<String>> = items.iter().map(set_key).collect();
            format!("l{}[{}]", items.len(), keys?.join(","))
        }
        ValueKind::Object(fields) => {
            let mut keyed: Vec<(&String, String)> = Vec::new();
            for (key, field) in fields {
                keyed.push((key, set_key(field)?));
            }
            keyed.sort();
            if keyed.windows(2).any(|pair| pair[0].0 == pair[1].0) {
                return None;
            }
            let entries: Vec<String> = keyed
                .iter()
                .map(|(key, field)| format!("{}:{key}={field}", key.len()))
                .collect();
            format!("o{}{{{}}}", fields.len(), entries.join(","))
        }
        ValueKind::Unknown(_) | ValueKind::OneOf(_) => return None,
    })
}

fn flatten_into(value: &Value, out: &mut Vec<Value>, depth: usize) -> Option<()> {
    if depth > 32 {
        return None;
    }
    match &value.kind {
        ValueKind::List(items) => {
            for item in items {
                match item.kind {
                    ValueKind::List(_) => flatten_into(item, out, depth + 1)?,
                    _ => out.push(item.clone()),
                }
            }
        }
        ValueKind::Unknown(_) => out.push(value.clone()),
        _ => return None,
    }
    Some(())
}

pub(super) fn text(value: &Value) -> Option<String> {
    value.as_text()
}

pub(super) fn number(value: &Value) -> Option<f64> {
    value.as_number()
}

fn scalar_function(name: &str, args: &[Value], location: &Location) -> Option<ValueKind> {
    let arg = |index: usize| args.get(index);
    let string = |value: String| Some(ValueKind::String(value));
    match name {
        "tomap" => match &arg(0)?.kind {
            ValueKind::Object(fields) => Some(ValueKind::Object(fields.clone())),
            _ => None,
        },
        "lookup" => {
            let key = text(arg(1)?)?;
            match (arg(0)?.field(&key), arg(2)) {
                (Some(found), _) => Some(found.kind.clone()),
                (None, Some(default)) => Some(default.kind.clone()),
                (None, None) => None,
            }
        }
        "merge" => {
            let mut merged: Vec<(String, Value)> = Vec::new();
            for map in args {
                let ValueKind::Object(fields) = &map.kind else {
                    if matches!(map.kind, ValueKind::Null) {
                        continue;
                    }
                    return None;
                };
                for (key, value) in fields {
                    merged.retain(|(existing, _)| existing != key);
                    merged.push((key.clone(), value.clone()));
                }
            }
            Some(ValueKind::Object(merged))
        }
        "element" => {
            let ValueKind::List(items) = &arg(0)?.kind else {
                return None;
            };
            // Wraps around both ways: -1 is the last element (Terraform 1.8+).
            let index = number(arg(1)?)?;
            if items.is_empty() || index.fract() != 0.0 || index.abs() > 1e15 {
                return None;
            }
            let position = (index as i64).rem_euclid(items.len() as i64) as usize;
            Some(items[position].kind.clone())
        }
        "contains" => {
            let ValueKind::List(items) = &arg(0)?.kind else {
                return None;
            };
            let mut found = false;
            for item in items {
                if values_equal(item, arg(1)?)? {
                    found = true;
                }
            }
            Some(ValueKind::Bool(found))
        }
        "length" => Some(ValueKind::Number(match &arg(0)?.kind {
            ValueKind::List(items) => items.len() as f64,
            ValueKind::Object(fields) => fields.len() as f64,
            ValueKind::String(text) => text.chars().count() as f64,
            _ => return None,
        })),
        "keys" | "values" => {
            let ValueKind::Object(fields) = &arg(0)?.kind else {
                return None;
            };
            let mut sorted: Vec<&(String, Value)> = fields.iter().collect();
            sorted.sort_by(|a, b| a.0.cmp(&b.0));
            Some(ValueKind::List(
                sorted
                    .into_iter()
                    .map(|(key, value)| {
                        if name == "keys" {
                            plain(value.location.clone(), ValueKind::String(key.clone()))
                        } else {
                            value.clone()
                        }
                    })
                    .collect(),
            ))
        }
        "format" => format(&text(arg(0)?)?, &args[1..]).map(ValueKind::String),
        "join" => {
            let separator = text(arg(0)?)?;
            let mut parts = Vec::new();
            for list in &args[1..] {
                let ValueKind::List(items) = &list.kind else {
                    return None;
                };
                for item in items {
                    parts.push(text(item)?);
                }
            }
            string(parts.join(&separator))
        }
        "split" => {
            let separator = text(arg(0)?)?;
            let value = text(arg(1)?)?;
            if separator.is_empty() {
                return None;
            }
            // Each part comes from where the whole string was written.
            let origins = &arg(1)?.origins;
            Some(ValueKind::List(
                value
                    .split(separator.as_str())
                    .map(|part| Value {
                        kind: ValueKind::String(part.to_string()),
                        location: location.clone(),
                        origins: origins.clone(),
                    })
                    .collect(),
            ))
        }
        "replace" => {
            let (value, search, replacement) = (text(arg(0)?)?, text(arg(1)?)?, text(arg(2)?)?);
            if search.len() > 1 && search.starts_with('/') && search.ends_with('/') {
                return text::replace_regex(&value, &search[1..search.len() - 1], &replacement)
                    .map(ValueKind::String);
            }
            string(value.replace(&search, &replacement))
        }
        "lower" => string(text(arg(0)?)?.to_lowercase()),
        "upper" => string(text(arg(0)?)?.to_uppercase()),
        "trimspace" => string(text(arg(0)?)?.trim().to_string()),
        "tostring" => match &arg(0)?.kind {
            ValueKind::Null => Some(ValueKind::Null),
            _ => string(text(arg(0)?)?),
        },
        "tonumber" => match &arg(0)?.kind {
            ValueKind::Null => Some(ValueKind::Null),
            _ => Some(ValueKind::Number(number(arg(0)?)?)),
        },
        "range" => {
            let numbers: Vec<f64> = args.iter().map(number).collect::<Option<_>>()?;
            let (start, limit, step) = match numbers.as_slice() {
                [limit] => (0.0, *limit, 1.0),
                [start, limit] => (*start, *limit, if start <= limit { 1.0 } else { -1.0 }),
                [start, limit, step] => (*start, *limit, *step),
                _ => return None,
            };
            if step == 0.0 || ((limit - start) / step).abs() > MAX_ELEMENTS as f64 {
                return None;
            }
            let mut items = Vec::new();
            let mut current = start;
            while (step > 0.0 && current < limit) || (step < 0.0 && current > limit) {
                items.push(plain(location.clone(), ValueKind::Number(current)));
                current += step;
            }
            Some(ValueKind::List(items))
        }
        "zipmap" => {
            let (ValueKind::List(keys), ValueKind::List(values)) = (&arg(0)?.kind, &arg(1)?.kind)
            else {
                return None;
            };
            if keys.len() != values.len() {
                return None;
            }
            let mut fields = Vec::new();
            for (key, value) in keys.iter().zip(values) {
                fields.push((text(key)?, value.clone()));
            }
            Some(ValueKind::Object(fields))
        }
        "tobool" => match &arg(0)?.kind {
            ValueKind::Null => Some(ValueKind::Null),
            _ => collection::boolean(arg(0)?).map(ValueKind::Bool),
        },
        "basename" => {
            let path = text(arg(0)?)?;
            let trimmed = path.trim_end_matches('/');
            string(trimmed.rsplit('/').next().unwrap_or(trimmed).to_string())
        }
        "dirname" => {
            let path = text(arg(0)?)?;
            string(match path.trim_end_matches('/').rsplit_once('/') {
                Some(("", _)) => "/".to_string(),
                Some((dir, _)) => dir.to_string(),
                None => ".".to_string(),
            })
        }
        _ => collection::call(name, args, location)
            .or_else(|| text::call(name, args, location))
            .or_else(|| numeric::call(name, args))
            .or_else(|| encoding::call(name, args, location))
            .or_else(|| network::call(name, args, location))
            .or_else(|| hash::call(name, args)),
    }
}

/// `format` with the verbs that appear in practice: `%s`, `%d`, `%v`, `%q`, `%%`.
pub(super) fn format(spec: &str, args: &[Value]) -> Option<String> {
    let mut output = String::new();
    let mut next = 0;
    let mut chars = spec.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            output.push(c);
            continue;
        }
        match chars.next()? {
            '%' => output.push('%'),
            verb @ ('s' | 'd' | 'v' | 'q') => {
                let value = args.get(next)?;
                next += 1;
                let rendered = match verb {
                    'd' => number_text(value.as_number()?),
                    'q' => format!("{:?}", value.as_text()?),
                    _ => value.as_text()?,
                };
                output.push_str(&rendered);
            }
            _ => return None,
        }
    }
    Some(output)
}

#[cfg(test)]
mod unit_tests {
    use super::network::{cidr_host, cidr_subnet};
    use super::*;
    use ipnet::IpNet;
    use proptest::prelude::*;

    fn test_location() -> Location {
        Location::new(
            &crate::source::SourceFile::new("x", ""),
            crate::source::Span::default(),
        )
    }

    /// Small values with many near-collisions: "1" and 1, 0 and -0, lists
    /// and objects of them, unknowns.
    fn small_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(ValueKind::Null),
            any::<bool>().prop_map(ValueKind::Bool),
            prop_oneof![Just(0.0), Just(-0.0), Just(1.0), Just(f64::NAN)]
                .prop_map(ValueKind::Number),
            prop_oneof![Just(""), Just("1"), Just("a"), Just("a,b"), Just("s1:a")]
                .prop_map(|text| ValueKind::String(text.to_string())),
            Just(ValueKind::Unknown(Box::new(crate::model::Unresolved {
                expression: "var.x".into(),
                reason: "test".into(),
                location: test_location(),
                kind: UnknownKind::Runtime,
                address: None,
            }))),
        ]
        .prop_map(|kind| plain(test_location(), kind));
        leaf.prop_recursive(3, 16, 3, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..3)
                    .prop_map(|items| plain(test_location(), ValueKind::List(items))),
                proptest::collection::vec((prop_oneof![Just("a"), Just("b")], inner), 0..3)
                    .prop_map(|fields| plain(
                        test_location(),
                        ValueKind::Object(
                            fields
                                .into_iter()
                                .map(|(key, value)| (key.to_string(), value))
                                .collect()
                        )
                    )),
            ]
        })
    }

    proptest! {
        /// The keyed `distinct` keeps exactly what pairwise comparison keeps.
        #[test]
        fn distinct_matches_pairwise_comparison(items in proptest::collection::vec(small_value(), 0..12)) {
            let mut pairwise: Vec<Value> = Vec::new();
            for item in items.clone() {
                if !pairwise.iter().any(|kept| values_equal(kept, &item) == Some(true)) {
                    pairwise.push(item);
                }
            }
            let keyed = distinct(items);
            prop_assert_eq!(format!("{keyed:?}"), format!("{pairwise:?}"));
        }
    }

    #[test]
    fn cidr_math() {
        let net: IpNet = "10.0.0.0/16".parse().unwrap();
        assert_eq!(cidr_subnet(net, 8, 2).unwrap().to_string(), "10.0.2.0/24");
        assert_eq!(
            cidr_host("10.0.0.0/24".parse().unwrap(), 5)
                .unwrap()
                .to_string(),
            "10.0.0.5"
        );
        assert_eq!(
            cidr_host("10.0.0.0/24".parse().unwrap(), -1)
                .unwrap()
                .to_string(),
            "10.0.0.255"
        );
        assert!(cidr_subnet(net, 8, 256).is_none());
        assert_eq!(
            cidr_subnet("fd00::/8".parse().unwrap(), 8, 1)
                .unwrap()
                .to_string(),
            "fd01::/16"
        );
    }

    #[test]
    fn format_verbs() {
        let location = Location::new(
            &crate::source::SourceFile::new("x", ""),
            crate::source::Span::default(),
        );
        let value = |kind| plain(location.clone(), kind);
        assert_eq!(
            format(
                "%s/%d",
                &[
                    value(ValueKind::String("10.0.0.0".into())),
                    value(ValueKind::Number(8.0))
                ]
            )
            .unwrap(),
            "10.0.0.0/8"
        );
        assert_eq!(format("100%%", &[]).unwrap(), "100%");
    }
}
