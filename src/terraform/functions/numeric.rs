//! Numeric functions.

use super::{number, text};
use crate::value::{Value, ValueKind};

pub fn call(name: &str, args: &[Value]) -> Option<ValueKind> {
    let arg = |index: usize| args.get(index);
    let result = match name {
        "abs" => number(arg(0)?)?.abs(),
        "ceil" => number(arg(0)?)?.ceil(),
        "floor" => number(arg(0)?)?.floor(),
        "signum" => {
            let value = number(arg(0)?)?;
            if value == 0.0 { 0.0 } else { value.signum() }
        }
        "pow" => number(arg(0)?)?.powf(number(arg(1)?)?),
        "log" => number(arg(0)?)?.log(number(arg(1)?)?),
        "max" | "min" => {
            // Terraform also takes a list expanded with `...`, which arrives
            // here as separate arguments.
            let numbers: Vec<f64> = args.iter().map(number).collect::<Option<_>>()?;
            let first = *numbers.first()?;
            numbers.iter().copied().fold(first, |best, value| {
                if name == "max" {
                    best.max(value)
                } else {
                    best.min(value)
                }
            })
        }
        "parseint" => {
            let digits = text(arg(0)?)?;
            let base = number(arg(1)?)?;
            if !(2.0..=62.0).contains(&base) || base.fract() != 0.0 {
                return None;
            }
            parse_int(&digits, base as u32)?
        }
        _ => return None,
    };
    result.is_finite().then_some(ValueKind::Number(result))
}

/// Digits 0-9, then a-z, then A-Z (bases over 36 tell the cases apart).
fn parse_int(digits: &str, base: u32) -> Option<f64> {
    let (negative, digits) = match digits.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, digits.strip_prefix('+').unwrap_or(digits)),
    };
    if digits.is_empty() {
        return None;
    }
    let mut value: f64 = 0.0;
    for character in digits.chars() {
        let digit = match character {
            '0'..='9' => character as u32 - '0' as u32,
            'a'..='z' => character as u32 - 'a' as u32 + 10,
            'A'..='Z' if base <= 36 => character as u32 - 'A' as u32 + 10,
            'A'..='Z' => character as u32 - 'A' as u32 + 36,
            _ => return None,
        };
        if digit >= base {
            return None;
        }
        value = value * f64::from(base) + f64::from(digit);
    }
    Some(if negative { -value } else { value })
}
