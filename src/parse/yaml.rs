//! YAML with a byte span on every node, built from `granit-parser` events by
//! a small loader of our own (saphyr's loader loses the position of a scalar
//! under a tag; serde_yaml is archived).
//!
//! CloudFormation short-form tags are normalised to their long form while
//! loading: `!Ref X` becomes `{"Ref": X}` and `!If [...]` becomes
//! `{"Fn::If": [...]}`, where the key's span is the tag and the value keeps
//! its own span, so `!Ref AdminCidr` points at `AdminCidr`.
//!
//! Limits, so hostile input cannot exhaust the machine: nesting is capped by
//! the parser (255 levels), and alias expansion by a node budget (an alias
//! bomb is an error, not an allocation).

use std::collections::HashMap;

use granit_parser::{Event, Parser, Tag};

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
    let options = granit_parser::options! { emit_comments: false };
    let mut loader = Loader {
        events: Parser::new_from_str_with_options(text, options),
        anchors: HashMap::new(),
        nodes: 0,
        budget: text.len().saturating_add(MAX_ALIAS_NODES),
        last_offset: 0,
    };
    loader.document()
}

struct Loader<'a> {
    events: Parser<'a, granit_parser::StrInput<'a>>,
    anchors: HashMap<usize, Node>,
    nodes: usize,
    budget: usize,
    last_offset: usize,
}

type Spanned<'a> = (Event<'a>, Span, Option<Span>);

impl<'a> Loader<'a> {
    fn next(&mut self) -> Result<Spanned<'a>, YamlError> {
        match self.events.next() {
            Some(Ok((event, span))) => {
                let range = span
                    .byte_range()
                    .unwrap_or(self.last_offset..self.last_offset);
                self.last_offset = range.end;
                let tag = span
                    .tag_span()
                    .and_then(|tag| tag.byte_range())
                    .map(Span::from_range);
                Ok((event, Span::from_range(range), tag))
            }
            Some(Err(error)) => Err(YamlError {
                message: error.info().to_string(),
                offset: error.marker().byte_offset().unwrap_or(self.last_offset),
            }),
            None => Err(YamlError {
                message: "unexpected end of input".to_string(),
                offset: self.last_offset,
            }),
        }
    }

    fn document(&mut self) -> Result<Node, YamlError> {
        loop {
            let (event, span, tag) = self.next()?;
            match event {
                Event::StreamStart | Event::DocumentStart(..) => {}
                Event::StreamEnd => {
                    return Ok(Node {
                        value: Value::Null,
                        span,
                    });
                }
                event => return self.node(event, span, tag),
            }
        }
    }

    fn count(&mut self, nodes: usize, offset: usize) -> Result<(), YamlError> {
        self.nodes = self.nodes.saturating_add(nodes);
        if self.nodes > self.budget {
            return Err(YamlError {
                message: format!(
                    "aliases expand to more than {MAX_ALIAS_NODES} nodes beyond the text (a YAML alias bomb?)"
                ),
                offset,
            });
        }
        Ok(())
    }

    fn node(
        &mut self,
        event: Event<'a>,
        span: Span,
        tag_span: Option<Span>,
    ) -> Result<Node, YamlError> {
        self.count(1, span.start)?;
        let (node, anchor, tag) = match event {
            Event::Scalar(text, style, anchor, tag) => {
                let value = scalar_value(&text, style, tag.as_deref());
                (
                    Node { value, span },
                    anchor,
                    tag.map(|tag| tag.into_owned()),
                )
            }
            Event::SequenceStart(_, anchor, tag) => {
                let mut items = Vec::new();
                let end = loop {
                    let (event, item_span, item_tag) = self.next()?;
                    match event {
                        Event::SequenceEnd => break item_span.end,
                        event => items.push(self.node(event, item_span, item_tag)?),
                    }
                };
                (
                    Node {
                        value: Value::Array(items),
                        span: Span::new(span.start, end),
                    },
                    anchor,
                    tag.map(|t| t.into_owned()),
                )
            }
            Event::MappingStart(_, anchor, tag) => {
                let mut entries = Vec::new();
                let mut merged_entries: Vec<Entry> = Vec::new();
                let end = loop {
                    let (event, key_span, key_tag) = self.next()?;
                    let key = match event {
                        Event::MappingEnd => break key_span.end,
                        event => self.node(event, key_span, key_tag)?,
                    };
                    let (event, value_span, value_tag) = self.next()?;
                    let value = self.node(event, value_span, value_tag)?;
                    let key_text = match &key.value {
                        Value::String(text) => text.clone(),
                        Value::Null => String::new(),
                        Value::Bool(value) => value.to_string(),
                        Value::Number(text) => text.clone(),
                        // A complex key cannot name a CloudFormation field.
                        _ => String::from("<complex key>"),
                    };
                    if key_text == "<<" {
                        // Merge keys: the mapping's own entries win over merged ones.
                        for merged in merge_sources(&value) {
                            merged_entries.extend(merged.entries().iter().cloned());
                        }
                        continue;
                    }
                    entries.push(Entry {
                        key: key_text,
                        key_span: key.span,
                        value,
                    });
                };
                let entries = with_merged(entries, merged_entries);
                (
                    Node {
                        value: Value::Object(entries),
                        span: Span::new(span.start, end),
                    },
                    anchor,
                    tag.map(|t| t.into_owned()),
                )
            }
            Event::Alias(id) => {
                let Some(target) = self.anchors.get(&id) else {
                    return Err(YamlError {
                        message: "alias to an unknown anchor".to_string(),
                        offset: span.start,
                    });
                };
                let size = target.size();
                let mut copy = target.clone();
                self.count(size, span.start)?;
                // Point at the alias, where the value is used.
                copy.span = span;
                return Ok(copy);
            }
            other => {
                return Err(YamlError {
                    message: format!("unexpected YAML event {other:?}"),
                    offset: span.start,
                });
            }
        };
        let node = match (tag, tag_span) {
            (Some(tag), Some(tag_span)) => apply_tag(node, &tag, tag_span),
            _ => node,
        };
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        Ok(node)
    }
}

/// The mappings a `<<` merge key brings in: one mapping, or a list of them.
fn merge_sources(value: &Node) -> Vec<&Node> {
    match &value.value {
        Value::Object(_) => vec![value],
        Value::Array(items) => items
            .iter()
            .filter(|item| matches!(item.value, Value::Object(_)))
            .collect(),
        _ => Vec::new(),
    }
}

/// Adds merged entries the mapping does not set itself (the first merged
/// mapping wins among merges); explicit duplicates stay, to be reported.
fn with_merged(explicit: Vec<Entry>, merged: Vec<Entry>) -> Vec<Entry> {
    let mut result: Vec<Entry> = Vec::new();
    for entry in merged {
        let shadowed = explicit.iter().any(|e| e.key == entry.key)
            || result.iter().any(|e| e.key == entry.key);
        if !shadowed {
            result.push(entry);
        }
    }
    result.extend(explicit);
    result
}

/// YAML's core schema, as far as CloudFormation cares: null, booleans,
/// and everything else as text (numbers stay text; ports parse from it).
/// CloudFormation reads YAML 1.1, where `yes`/`no`/`on`/`off` are booleans
/// too (`Default: yes` is `"true"` to a condition).
fn scalar_value(text: &str, style: granit_parser::ScalarStyle, tag: Option<&Tag>) -> Value {
    if tag.is_some_and(|tag| tag.is_yaml_core_schema() && tag.suffix() == "str") {
        return Value::String(text.to_string());
    }
    if style != granit_parser::ScalarStyle::Plain {
        return Value::String(text.to_string());
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => Value::Bool(true),
        "false" | "False" | "FALSE" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => {
            Value::Bool(false)
        }
        _ => Value::String(text.to_string()),
    }
}

/// Wraps a node under a CloudFormation short-form tag: `!Ref X` → `{Ref: X}`,
/// `!Sub ...` → `{Fn::Sub: ...}`, `!GetAtt A.B` → `{Fn::GetAtt: [A, B]}`.
/// Core-schema tags (`!!str`) are left alone.
fn apply_tag(node: Node, tag: &Tag, tag_span: Span) -> Node {
    if tag.is_yaml_core_schema() || tag.handle() != "!" {
        return node;
    }
    let name = tag.suffix();
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
