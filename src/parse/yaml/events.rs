//! The complete YAML path: a small loader of our own over `granit-parser`
//! events (saphyr's loader loses the position of a scalar under a tag;
//! serde_yaml is archived). It reads every template `direct` declines:
//! anchors and aliases, merge keys, multi-line scalars, tabs, directives,
//! and all the errors, whose messages and offsets are granit-parser's.
//!
//! Limits, so hostile input cannot exhaust the machine: nesting is capped by
//! the parser (255 levels), and alias expansion by a node budget (an alias
//! bomb is an error, not an allocation).

use std::collections::HashMap;

use granit_parser::{Event, Parser, Tag};

use super::{MAX_ALIAS_NODES, YamlError, key_text, resolve_plain, short_form};
use crate::parse::tree::{Entry, Node, Value};
use crate::source::Span;

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
                    let key_text = key_text(key.value);
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

/// A scalar's value: `!!str` and quoted scalars are text, plain ones are
/// resolved (see `resolve_plain`).
fn scalar_value(text: &str, style: granit_parser::ScalarStyle, tag: Option<&Tag>) -> Value {
    let core_str = tag.is_some_and(|tag| tag.is_yaml_core_schema() && tag.suffix() == "str");
    if core_str || style != granit_parser::ScalarStyle::Plain {
        return Value::String(text.to_string());
    }
    resolve_plain(text)
}

/// CloudFormation's short forms are local tags (`!Ref`); core-schema tags
/// (`!!str`) and tags with other handles are left alone.
fn apply_tag(node: Node, tag: &Tag, tag_span: Span) -> Node {
    if tag.is_yaml_core_schema() || tag.handle() != "!" {
        return node;
    }
    short_form(node, tag.suffix(), tag_span)
}
