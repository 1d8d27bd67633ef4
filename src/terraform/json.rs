//! Terraform JSON syntax (`.tf.json`) converted into the same `syntax` tree
//! as native files.
//!
//! JSON carries no schema, so which keys are blocks is decided here the way
//! Terraform does for the constructs sglint reads: top-level block types with
//! their label counts, and the nested blocks of resources. Strings are
//! templates: `"${var.x}"` is an expression.

use crate::parse::hcl;
use crate::parse::tree::{Entry, Node, Value};
use crate::source::Span;
use crate::terraform::syntax::{Attribute, Block, Body, Expr, ExprKind, Label, ObjectKey};

/// Top-level block types and how many labels each has.
const TOP_LEVEL_BLOCKS: &[(&str, usize)] = &[
    ("resource", 2),
    ("data", 2),
    ("module", 1),
    ("variable", 1),
    ("output", 1),
    ("provider", 1),
    ("check", 1),
    ("locals", 0),
    ("terraform", 0),
    ("moved", 0),
    ("import", 0),
];

/// Nested blocks inside resources (and inside `dynamic` blocks) and their labels.
const NESTED_BLOCKS: &[(&str, usize)] = &[
    ("ingress", 0),
    ("egress", 0),
    ("dynamic", 1),
    ("content", 0),
    ("lifecycle", 0),
    ("timeouts", 0),
];

/// Converts a parsed `.tf.json` document; `text` is the file's text, used to
/// tell whether a string's contents can be mapped onto the file byte by byte.
/// The document is taken apart as it is converted, so a large file is not
/// held twice.
pub fn convert(root: Node, text: &str) -> Result<Body, String> {
    let Value::Object(entries) = root.value else {
        return Err("a Terraform JSON file must contain an object".to_string());
    };
    let mut body = Body::default();
    for entry in entries {
        if entry.key == "//" {
            continue;
        }
        match TOP_LEVEL_BLOCKS.iter().find(|(name, _)| *name == entry.key) {
            Some((_, labels)) => push_blocks(
                &mut body,
                &entry.key,
                entry.key_span,
                entry.value,
                *labels,
                Vec::new(),
                text,
            ),
            None => body
                .attributes
                .push(attribute(entry.key, entry.key_span, entry.value, text)),
        }
    }
    Ok(body)
}

/// Descends `labels` levels of object keys, then turns each object (or each
/// object of an array) into a block.
fn push_blocks(
    body: &mut Body,
    ident: &str,
    ident_span: Span,
    node: Node,
    labels: usize,
    prefix: Vec<Label>,
    text: &str,
) {
    match node.value {
        Value::Array(items) => {
            for item in items {
                push_blocks(body, ident, ident_span, item, labels, prefix.clone(), text);
            }
        }
        Value::Object(entries) if labels > 0 => {
            for entry in entries {
                let mut labels_so_far = prefix.clone();
                labels_so_far.push(Label {
                    value: entry.key,
                    span: entry.key_span,
                });
                push_blocks(
                    body,
                    ident,
                    ident_span,
                    entry.value,
                    labels - 1,
                    labels_so_far,
                    text,
                );
            }
        }
        Value::Object(entries) => body.blocks.push(Block {
            ident: ident.to_string(),
            ident_span,
            labels: prefix,
            body: block_body(entries, text),
            span: Span::new(ident_span.start, node.span.end),
        }),
        _ => {}
    }
}

fn block_body(entries: Vec<Entry>, text: &str) -> Body {
    let mut body = Body::default();
    for entry in entries {
        if entry.key == "//" {
            continue;
        }
        let nested = NESTED_BLOCKS.iter().find(|(name, _)| *name == entry.key);
        match nested {
            Some((_, labels)) if is_block_value(&entry.value) => push_blocks(
                &mut body,
                &entry.key,
                entry.key_span,
                entry.value,
                *labels,
                Vec::new(),
                text,
            ),
            _ => body
                .attributes
                .push(attribute(entry.key, entry.key_span, entry.value, text)),
        }
    }
    body
}

/// An object, or a non-empty array of objects: the JSON spellings of blocks.
fn is_block_value(node: &Node) -> bool {
    match &node.value {
        Value::Object(_) => true,
        Value::Array(items) => {
            !items.is_empty()
                && items
                    .iter()
                    .all(|item| matches!(item.value, Value::Object(_)))
        }
        _ => false,
    }
}

fn attribute(key: String, key_span: Span, node: Node, text: &str) -> Attribute {
    let span = Span::new(key_span.start, node.span.end);
    Attribute {
        key,
        key_span,
        value: expr(node, text),
        span,
    }
}

/// A JSON value as a Terraform expression (strings are templates).
pub fn value_expr(node: Node, text: &str) -> Expr {
    expr(node, text)
}

fn expr(node: Node, text: &str) -> Expr {
    let span = node.span;
    let kind = match node.value {
        Value::Null => ExprKind::Null,
        Value::Bool(value) => ExprKind::Bool(value),
        Value::Number(number) => ExprKind::Number(number.parse().unwrap_or(f64::NAN)),
        Value::String(value) => return string_expr(value, span, text),
        Value::Array(items) => {
            ExprKind::Tuple(items.into_iter().map(|item| expr(item, text)).collect())
        }
        Value::Object(entries) => ExprKind::Object(
            entries
                .into_iter()
                .filter(|entry| entry.key != "//")
                .map(|entry| {
                    let key = ObjectKey::Ident(entry.key, entry.key_span);
                    (key, expr(entry.value, text))
                })
                .collect(),
        ),
    };
    Expr { kind, span }
}

/// A JSON string is a template when it contains `${` or `%{`.
fn string_expr(value: String, span: Span, text: &str) -> Expr {
    if !(value.contains("${") || value.contains("%{")) {
        return Expr {
            kind: ExprKind::String(value),
            span,
        };
    }
    let content = Span::new(span.start + 1, span.end.saturating_sub(1));
    let exact = text.get(content.range()) == Some(value.as_str());
    match hcl::parse_template(&value, content, exact) {
        Some(mut parsed) => {
            parsed.span = span;
            parsed
        }
        // Terraform itself would reject it; keep the text, so it stays unknown.
        None => Expr {
            kind: ExprKind::Template(Vec::new()),
            span,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::json;

    #[test]
    fn resources_and_nested_blocks() {
        let text = r#"{"resource": {"aws_security_group": {"web": {
            "ingress": [{"from_port": 22, "cidr_blocks": ["0.0.0.0/0"]}],
            "name": "${var.name}"}}}}"#;
        let root = json::parse(text).unwrap();
        let body = convert(root, text).unwrap();
        let resource = &body.blocks[0];
        assert_eq!(resource.ident, "resource");
        assert_eq!(resource.label(0), Some("aws_security_group"));
        assert_eq!(resource.label(1), Some("web"));
        assert_eq!(resource.body.blocks("ingress").count(), 1);
        let name = &resource.body.attribute("name").unwrap().value;
        assert!(matches!(name.kind, ExprKind::Template(_)));
    }
}
