//! The oracle for sglint's JSON parser: jsonc-parser in strict mode,
//! converted into sglint's span-carrying tree exactly as sglint did before it
//! had its own parser. Used by `tests/json_differential.rs` and the JSON
//! parse benchmark.

#![allow(dead_code)]

use jsonc_parser::ast;
use jsonc_parser::{CollectOptions, CommentCollectionStrategy, ParseOptions};

use sglint::parse::tree::{Entry, Node, Value};
use sglint::source::Span;

#[derive(Debug, Clone)]
pub struct JsonError {
    pub message: String,
    pub offset: usize,
}

/// Parses strict JSON (no comments, no trailing commas: Terraform and
/// CloudFormation accept neither).
pub fn parse(text: &str) -> Result<Node, JsonError> {
    let options = ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        ..ParseOptions::default()
    };
    let collect = CollectOptions {
        comments: CommentCollectionStrategy::Off,
        tokens: false,
    };
    let result =
        jsonc_parser::parse_to_ast(text, &collect, &options).map_err(|error| JsonError {
            message: error.kind().to_string().to_lowercase(),
            offset: error.range().start,
        })?;
    match result.value {
        Some(value) => Ok(convert(value)),
        None => Err(JsonError {
            message: "empty document".to_string(),
            offset: 0,
        }),
    }
}

fn span(range: jsonc_parser::common::Range) -> Span {
    Span::new(range.start, range.end)
}

fn convert(value: ast::Value<'_>) -> Node {
    match value {
        ast::Value::NullKeyword(null) => Node {
            value: Value::Null,
            span: span(null.range),
        },
        ast::Value::BooleanLit(lit) => Node {
            value: Value::Bool(lit.value),
            span: span(lit.range),
        },
        ast::Value::NumberLit(lit) => Node {
            value: Value::Number(lit.value.to_string()),
            span: span(lit.range),
        },
        ast::Value::StringLit(lit) => Node {
            value: Value::String(lit.value.into_owned()),
            span: span(lit.range),
        },
        ast::Value::Array(array) => Node {
            span: span(array.range),
            value: Value::Array(array.elements.into_iter().map(convert).collect()),
        },
        ast::Value::Object(object) => Node {
            span: span(object.range),
            value: Value::Object(
                object
                    .properties
                    .into_iter()
                    .map(|property| {
                        let key_span = match &property.name {
                            ast::ObjectPropName::String(lit) => span(lit.range),
                            ast::ObjectPropName::Word(word) => span(word.range),
                        };
                        Entry {
                            key: property.name.into_string(),
                            key_span,
                            value: convert(property.value),
                        }
                    })
                    .collect(),
            ),
        },
    }
}

/// Whether `text` holds a backslash escape JSON does not have (`\x41`,
/// `\v`, `\L`, a line continuation): jsonc-parser decodes those as JSON5
/// does, sglint refuses them as Terraform and CloudFormation do.
pub fn has_extended_escape(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'\\' {
            match bytes.get(index + 1) {
                Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' | b'u') => index += 2,
                _ => return true,
            }
        } else {
            index += 1;
        }
    }
    false
}
