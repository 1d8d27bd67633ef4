//! Encoding functions: base64, JSON, YAML, CSV, URL. Decoded values stand
//! where the function is called: their text has no file of its own.

use super::text;
use crate::model::Location;
use crate::parse::tree::{self, Node};
use crate::terraform::values::{number_text, plain};
use crate::value::{Value, ValueKind};

/// Decoded documents past this are not evaluated.
const MAX_DOCUMENT: usize = 1 << 20;

pub fn call(name: &str, args: &[Value], location: &Location) -> Option<ValueKind> {
    let arg = |index: usize| args.get(index);
    match name {
        "base64encode" => Some(ValueKind::String(base64_encode(text(arg(0)?)?.as_bytes()))),
        "base64decode" => {
            let bytes = base64_decode(&text(arg(0)?)?)?;
            String::from_utf8(bytes).ok().map(ValueKind::String)
        }
        "jsonencode" => {
            let mut out = String::new();
            json_encode(arg(0)?, &mut out, 0)?;
            Some(ValueKind::String(out))
        }
        "jsondecode" => {
            let document = text(arg(0)?)?;
            if document.len() > MAX_DOCUMENT {
                return None;
            }
            let node = crate::parse::json::parse(&document).ok()?;
            Some(from_tree(&node, location))
        }
        "yamlencode" => {
            let mut out = String::new();
            yaml_encode(arg(0)?, &mut out, 0, false)?;
            Some(ValueKind::String(out))
        }
        "yamldecode" => {
            let document = text(arg(0)?)?;
            if document.len() > MAX_DOCUMENT {
                return None;
            }
            let node = crate::parse::yaml::parse(&document).ok()?;
            Some(from_tree(&node, location))
        }
        "csvdecode" => csv_decode(&text(arg(0)?)?, location),
        // OpenTofu's inverse of urlencode.
        "urldecode" => {
            let encoded = text(arg(0)?)?;
            let bytes = encoded.as_bytes();
            let mut decoded = Vec::with_capacity(bytes.len());
            let mut index = 0;
            while index < bytes.len() {
                match bytes[index] {
                    b'%' => {
                        let hex = std::str::from_utf8(bytes.get(index + 1..index + 3)?).ok()?;
                        decoded.push(u8::from_str_radix(hex, 16).ok()?);
                        index += 3;
                    }
                    b'+' => {
                        decoded.push(b' ');
                        index += 1;
                    }
                    byte => {
                        decoded.push(byte);
                        index += 1;
                    }
                }
            }
            String::from_utf8(decoded).ok().map(ValueKind::String)
        }
        // Text in another encoding, base64: UTF-8 and UTF-16 forms.
        "textencodebase64" | "textdecodebase64" => {
            let encoding = text(arg(1)?)?.to_ascii_uppercase().replace('-', "");
            let little = match encoding.as_str() {
                "UTF8" => None,
                "UTF16LE" => Some(true),
                "UTF16BE" => Some(false),
                _ => return None,
            };
            if name == "textencodebase64" {
                let text = text(arg(0)?)?;
                let bytes: Vec<u8> = match little {
                    None => text.into_bytes(),
                    Some(little) => text
                        .encode_utf16()
                        .flat_map(|unit| {
                            if little {
                                unit.to_le_bytes()
                            } else {
                                unit.to_be_bytes()
                            }
                        })
                        .collect(),
                };
                Some(ValueKind::String(base64_encode(&bytes)))
            } else {
                let bytes = base64_decode(&text(arg(0)?)?)?;
                let text = match little {
                    None => String::from_utf8(bytes).ok()?,
                    Some(little) => {
                        let units: Vec<u16> = bytes
                            .chunks_exact(2)
                            .map(|pair| {
                                if little {
                                    u16::from_le_bytes([pair[0], pair[1]])
                                } else {
                                    u16::from_be_bytes([pair[0], pair[1]])
                                }
                            })
                            .collect();
                        String::from_utf16(&units).ok()?
                    }
                };
                Some(ValueKind::String(text))
            }
        }
        "urlencode" => {
            let mut encoded = String::new();
            for byte in text(arg(0)?)?.bytes() {
                match byte {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                        encoded.push(byte as char)
                    }
                    _ => encoded.push_str(&format!("%{byte:02X}")),
                }
            }
            Some(ValueKind::String(encoded))
        }
        _ => None,
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn base64(bytes: &[u8]) -> String {
    base64_encode(bytes)
}

fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, byte)| n | u32::from(*byte) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0;
    for character in text.bytes() {
        let value = ALPHABET.iter().position(|a| *a == character)? as u32;
        buffer = buffer << 6 | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits & 0xff) as u8);
        }
    }
    Some(out)
}

/// Terraform's `jsonencode`: object keys sorted, no spaces.
fn json_encode(value: &Value, out: &mut String, depth: usize) -> Option<()> {
    if depth > 64 {
        return None;
    }
    match &value.kind {
        ValueKind::Null => out.push_str("null"),
        ValueKind::Bool(flag) => out.push_str(&flag.to_string()),
        ValueKind::Number(number) => out.push_str(&number_text(*number)),
        ValueKind::String(text) => out.push_str(&serde_json::to_string(text).ok()?),
        ValueKind::List(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                json_encode(item, out, depth + 1)?;
            }
            out.push(']');
        }
        ValueKind::Object(fields) => {
            out.push('{');
            for (index, (key, field)) in sorted_fields(fields).into_iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(key).ok()?);
                out.push(':');
                json_encode(field, out, depth + 1)?;
            }
            out.push('}');
        }
        ValueKind::Unknown(_) | ValueKind::OneOf(_) => return None,
    }
    Some(())
}

/// The last of repeated keys, in key order.
fn sorted_fields(fields: &[(String, Value)]) -> Vec<(&String, &Value)> {
    let mut sorted: Vec<(&String, &Value)> = Vec::new();
    for (key, value) in fields {
        sorted.retain(|(existing, _)| *existing != key);
        sorted.push((key, value));
    }
    sorted.sort_by(|a, b| a.0.cmp(b.0));
    sorted
}

/// Terraform's `yamlencode` layout: block style, strings double-quoted,
/// keys sorted, two-space indentation, empty collections in flow style.
fn yaml_encode(value: &Value, out: &mut String, indent: usize, nested: bool) -> Option<()> {
    if indent > 128 {
        return None;
    }
    let pad = " ".repeat(indent);
    match &value.kind {
        ValueKind::List(items) if !items.is_empty() => {
            if nested {
                out.push('\n');
            }
            for item in items {
                out.push_str(&pad);
                out.push_str("- ");
                let mut inner = String::new();
                yaml_encode(item, &mut inner, indent + 2, false)?;
                out.push_str(inner.trim_start());
                if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
        }
        ValueKind::Object(fields) if !fields.is_empty() => {
            if nested {
                out.push('\n');
            }
            for (key, field) in sorted_fields(fields) {
                out.push_str(&pad);
                out.push_str(&serde_json::to_string(key).ok()?);
                out.push(':');
                let block = matches!(&field.kind,
                    ValueKind::List(items) if !items.is_empty())
                    || matches!(&field.kind, ValueKind::Object(fields) if !fields.is_empty());
                if block {
                    let child = if matches!(field.kind, ValueKind::List(_)) {
                        indent
                    } else {
                        indent + 2
                    };
                    yaml_encode(field, out, child, true)?;
                } else {
                    out.push(' ');
                    yaml_encode(field, out, indent + 2, true)?;
                }
            }
        }
        ValueKind::List(_) => out.push_str("[]\n"),
        ValueKind::Object(_) => out.push_str("{}\n"),
        _ => {
            let mut scalar = String::new();
            json_encode(value, &mut scalar, 0)?;
            out.push_str(&scalar);
            out.push('\n');
        }
    }
    Some(())
}

/// A decoded document as a value. JSON numbers are numbers; YAML scalars
/// the loader did not type (`Value::String`) stay strings.
fn from_tree(node: &Node, location: &Location) -> ValueKind {
    match &node.value {
        tree::Value::Null => ValueKind::Null,
        tree::Value::Bool(flag) => ValueKind::Bool(*flag),
        tree::Value::Number(text) => match text.parse::<f64>() {
            Ok(number) => ValueKind::Number(number),
            Err(_) => ValueKind::String(text.clone()),
        },
        tree::Value::String(text) => ValueKind::String(text.clone()),
        tree::Value::Array(items) => ValueKind::List(
            items
                .iter()
                .map(|item| plain(location.clone(), from_tree(item, location)))
                .collect(),
        ),
        tree::Value::Object(entries) => {
            let mut fields: Vec<(String, Value)> = Vec::new();
            for entry in entries {
                fields.retain(|(key, _)| *key != entry.key);
                fields.push((
                    entry.key.clone(),
                    plain(location.clone(), from_tree(&entry.value, location)),
                ));
            }
            ValueKind::Object(fields)
        }
    }
}

/// RFC 4180 CSV with a header row: a list of objects of strings.
fn csv_decode(text: &str, location: &Location) -> Option<ValueKind> {
    let rows = csv_rows(text)?;
    let (header, records) = rows.split_first()?;
    let mut items = Vec::with_capacity(records.len());
    for record in records {
        if record.len() != header.len() {
            return None;
        }
        let fields = header
            .iter()
            .zip(record)
            .map(|(key, value)| {
                (
                    key.clone(),
                    plain(location.clone(), ValueKind::String(value.clone())),
                )
            })
            .collect();
        items.push(plain(location.clone(), ValueKind::Object(fields)));
    }
    Some(ValueKind::List(items))
}

fn csv_rows(text: &str) -> Option<Vec<Vec<String>>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let mut any = false;
    while let Some(character) = chars.next() {
        any = true;
        match (quoted, character) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, other) => field.push(other),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                any = false;
            }
            (false, other) => field.push(other),
        }
    }
    if quoted {
        return None;
    }
    if any {
        row.push(field);
        rows.push(row);
    }
    Some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips() {
        assert_eq!(base64_encode(b"Hello World"), "SGVsbG8gV29ybGQ=");
        assert_eq!(base64_decode("SGVsbG8gV29ybGQ=").unwrap(), b"Hello World");
        assert_eq!(base64_encode(b""), "");
        assert_eq!(base64_encode(b"ab"), "YWI=");
        assert!(base64_decode("***").is_none());
    }

    #[test]
    fn csv_rows_follow_rfc4180() {
        let rows = csv_rows("a,b\n\"x,1\",\"say \"\"hi\"\"\"\n").unwrap();
        assert_eq!(rows, vec![vec!["a", "b"], vec!["x,1", "say \"hi\""]]);
    }
}
