//! YAML with a byte span on every node.
//!
//! Two readers build the same tree: `direct`, a single pass over the
//! block-style YAML that nearly every template is written in, and `events`,
//! the complete path over granit-parser's events. `parse` tries `direct`
//! first; whatever it declines (anchors, multi-line scalars, tabs, errors...)
//! goes to `events`, so the result is always the one `events` gives — the
//! differential test and fuzz target `yaml_differential` hold them equal.
//!
//! CloudFormation short-form tags are normalised to their long form while
//! loading: `!Ref X` becomes `{"Ref": X}` and `!If [...]` becomes
//! `{"Fn::If": [...]}`, where the key's span is the tag and the value keeps
//! its own span, so `!Ref AdminCidr` points at `AdminCidr`.

mod direct;
mod events;

use crate::parse::tree::{Entry, Node, Value};
use crate::source::Span;

/// How many nodes aliases may add beyond what the text itself holds (a
/// node takes at least one byte of text, so only aliases can exceed it):
/// enough for any real template, and a few tens of MB at most.
pub const MAX_ALIAS_NODES: usize = 200_000;

#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct YamlError {
    pub message: String,
    pub offset: usize,
}

/// Parses the first document of `text`. An empty document is `Null`.
pub fn parse(text: &str) -> Result<Node, YamlError> {
    match direct::parse(text) {
        Some(root) => Ok(root),
        None => events::parse(text),
    }
}

/// The direct reader alone: `None` where it declines the text.
pub fn parse_direct(text: &str) -> Option<Node> {
    direct::parse(text)
}

/// The complete path alone (the direct reader's oracle).
pub fn parse_events(text: &str) -> Result<Node, YamlError> {
    events::parse(text)
}

/// A plain scalar under YAML's core schema, as far as CloudFormation cares:
/// null, booleans, and everything else as text (numbers stay text; ports
/// parse from it). CloudFormation reads YAML 1.1, where `yes`/`no`/`on`/`off`
/// are booleans too (`Default: yes` is `"true"` to a condition).
fn resolve_plain(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => Value::Bool(true),
        "false" | "False" | "FALSE" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => {
            Value::Bool(false)
        }
        _ => Value::String(text.to_string()),
    }
}

/// The text of a mapping key: a null key is empty, a boolean its name.
fn key_text(key: Value) -> String {
    match key {
        Value::String(text) | Value::Number(text) => text,
        Value::Null => String::new(),
        Value::Bool(value) => value.to_string(),
        // A complex key cannot name a CloudFormation field.
        _ => String::from("<complex key>"),
    }
}

/// Wraps a node under a CloudFormation short-form tag: `!Ref X` → `{Ref: X}`,
/// `!Sub ...` → `{Fn::Sub: ...}`, `!GetAtt A.B` → `{Fn::GetAtt: [A, B]}`.
fn short_form(node: Node, name: &str, tag_span: Span) -> Node {
    let key = match name {
        "Ref" | "Condition" => name.to_string(),
        _ => format!("Fn::{name}"),
    };
    let value = match (name, &node.value) {
        ("GetAtt", Value::String(text)) => match text.split_once('.') {
            Some((resource, attribute)) => Node {
                value: Value::Array(vec![
                    Node {
                        value: Value::String(resource.to_string()),
                        span: node.span,
                    },
                    Node {
                        value: Value::String(attribute.to_string()),
                        span: node.span,
                    },
                ]),
                span: node.span,
            },
            None => node,
        },
        _ => node,
    };
    let span = Span::new(tag_span.start, value.span.end.max(tag_span.end));
    Node {
        value: Value::Object(vec![Entry {
            key,
            key_span: tag_span,
            value,
        }]),
        span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_at(text: &str, span: Span) -> &str {
        &text[span.range()]
    }

    #[test]
    fn tagged_scalar_points_at_its_value() {
        let text = "CidrIp: !Ref AdminCidr\n";
        let root = parse(text).unwrap();
        let cidr = root.get("CidrIp").unwrap();
        let reference = cidr.get("Ref").unwrap();
        assert_eq!(reference.as_str(), Some("AdminCidr"));
        assert_eq!(text_at(text, reference.span), "AdminCidr");
        assert_eq!(text_at(text, cidr.entries()[0].key_span), "!Ref");
    }

    #[test]
    fn short_forms_become_long_forms() {
        let text = "A: !If [Cond, \"0.0.0.0/0\", !Ref AWS::NoValue]\nB: !GetAtt Sg.GroupId\nC: !Sub '${X}/16'\n";
        let root = parse(text).unwrap();
        let branches = root.get("A").unwrap().get("Fn::If").unwrap().items();
        assert_eq!(branches.len(), 3);
        assert_eq!(text_at(text, branches[1].span), "\"0.0.0.0/0\"");
        assert_eq!(
            branches[2].get("Ref").unwrap().as_str(),
            Some("AWS::NoValue")
        );
        let get_att = root.get("B").unwrap().get("Fn::GetAtt").unwrap().items();
        assert_eq!(get_att[0].as_str(), Some("Sg"));
        assert_eq!(
            root.get("C").unwrap().get("Fn::Sub").unwrap().as_str(),
            Some("${X}/16")
        );
    }

    #[test]
    fn anchors_merge_and_aliases() {
        let text = "base: &base {IpProtocol: tcp, FromPort: 22}\nrule:\n  FromPort: 80\n  <<: *base\n  CidrIp: 0.0.0.0/0\ncopy: *base\n";
        let root = parse(text).unwrap();
        let rule = root.get("rule").unwrap();
        assert_eq!(rule.get("IpProtocol").unwrap().as_str(), Some("tcp"));
        assert_eq!(rule.get("CidrIp").unwrap().as_str(), Some("0.0.0.0/0"));
        assert_eq!(rule.get("FromPort").unwrap().as_str(), Some("80"));
        assert!(crate::parse::tree::duplicate_keys(&root).is_empty());
        assert_eq!(text_at(text, root.get("copy").unwrap().span), "*base");
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..12 {
            let previous = format!("*a{}", level - 1);
            let items = [previous.as_str(); 10].join(", ");
            text.push_str(&format!("a{level}: &a{level} [{items}]\n"));
        }
        let start = std::time::Instant::now();
        let error = parse(&text).unwrap_err();
        assert!(error.message.contains("alias bomb"), "{error:?}");
        assert!(start.elapsed().as_secs() < 10);
    }

    #[test]
    fn errors_have_offsets() {
        let text = "a: [1, 2\nb: c\n";
        let error = parse(text).unwrap_err();
        assert!(error.offset > 0, "{error:?}");
    }

    #[test]
    fn deep_nesting_is_an_error() {
        let text = "[".repeat(100_000);
        assert!(parse(&text).is_err());
    }

    #[test]
    fn crlf_and_bom_keep_positions() {
        let text = "A: 1\r\nB: !Ref X\r\n";
        let root = parse(text).unwrap();
        let x = root.get("B").unwrap().get("Ref").unwrap();
        assert_eq!(text_at(text, x.span), "X");
    }
}
