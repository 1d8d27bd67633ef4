//! The direct reader: one pass from the text to the tree for the block-style
//! YAML that nearly every CloudFormation template is written in, several
//! times faster than building the tree from granit-parser's events (no
//! token and event queues, no copy of a scalar that needs no decoding).
//!
//! It reads a subset and declines (`None`) everything else, which the
//! complete path then reads: anchors, aliases and merge keys, `?` keys,
//! directives and further documents, multi-line plain and quoted scalars,
//! flow collections over several lines, tags other than `!Name`, block
//! scalars with an indentation indicator or leading blank lines, tabs,
//! carriage returns and characters YAML forbids, and every error. On what
//! it accepts it builds exactly what `events` builds, spans included
//! (`tests/yaml_differential.rs` and the fuzz target `yaml_differential`).
//!
//! Positions follow granit-parser: a block collection starts at its first
//! `-` or key (an indentless sequence at its first item's content) and ends
//! at the next token after it, or the end of the text; a missing value is a
//! null at its `:` (in a sequence, at the end of the `-`'s line); a block scalar runs from its first content
//! character to the first non-space of the line that ends it.

use super::{key_text, resolve_plain, short_form};
use crate::parse::tree::{Entry, Node, Value};
use crate::source::Span;

/// Deeper nesting is left to the complete path (its own limit is 255).
const MAX_DEPTH: usize = 100;

/// The longest implicit key YAML allows, in characters.
const MAX_KEY: usize = 1024;

/// The tree of `text`, or `None` where the text is outside the subset.
pub fn parse(text: &str) -> Option<Node> {
    if !readable(text) {
        return None;
    }
    let mut reader = Reader {
        text: text.as_bytes(),
        source: text,
        pos: 0,
        depth: 0,
    };
    reader.document()
}

/// Whether every character is one the reader handles: printable, with `\n`
/// the only line break and no tab (tabs and `\r` change how YAML reads
/// indentation and line ends; the complete path handles them).
fn readable(text: &str) -> bool {
    if text
        .bytes()
        .all(|b| (b' '..0x7f).contains(&b) || b == b'\n')
    {
        return true;
    }
    text.chars().all(|c| match c {
        '\n' | ' '..='\u{7e}' => true,
        '\u{a0}'..='\u{d7ff}' => !matches!(c, '\u{2028}' | '\u{2029}'),
        '\u{e000}'..='\u{fffd}' => c != '\u{feff}',
        '\u{10000}'.. => true,
        _ => false,
    })
}

/// Why a plain scalar ended.
#[derive(PartialEq)]
enum PlainEnd {
    /// The end of the line, a comment, or (in a flow) an indicator.
    Text,
    /// A `:` that makes the scalar a key.
    Colon,
}

enum Chomping {
    Strip,
    Clip,
    Keep,
}

struct Reader<'a> {
    text: &'a [u8],
    source: &'a str,
    pos: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    fn at(&self, pos: usize) -> Option<u8> {
        self.text.get(pos).copied()
    }

    fn peek(&self) -> Option<u8> {
        self.at(self.pos)
    }

    fn skip_spaces(&mut self) {
        while self.peek() == Some(b' ') {
            self.pos += 1;
        }
    }

    /// Moves past the next line break (or to the end of the text).
    fn skip_line(&mut self) {
        self.pos = match self.text[self.pos..].iter().position(|&b| b == b'\n') {
            Some(offset) => self.pos + offset + 1,
            None => self.text.len(),
        };
    }

    /// Whether the rest of the line is blank or a comment (`#` after a
    /// space or at the start of the line).
    fn rest_is_blank(&self) -> bool {
        let mut i = self.pos;
        while self.at(i) == Some(b' ') {
            i += 1;
        }
        match self.at(i) {
            None | Some(b'\n') => true,
            Some(b'#') => i == 0 || matches!(self.text[i - 1], b' ' | b'\n'),
            _ => false,
        }
    }

    /// From the start of a line, moves past blank and comment lines to the
    /// next token: its column, or `None` at the end of the text.
    fn next_token(&mut self) -> Option<usize> {
        loop {
            let line = self.pos;
            self.skip_spaces();
            match self.peek() {
                None => return None,
                Some(b'\n') => self.pos += 1,
                Some(b'#') => self.skip_line(),
                Some(_) => return Some(self.pos - line),
            }
        }
    }

    /// The column of the token the reader stands at, `None` at the end.
    fn token_column(&self) -> Option<usize> {
        if self.pos >= self.text.len() {
            return None;
        }
        let line_start = self.text[..self.pos]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |newline| newline + 1);
        Some(self.pos - line_start)
    }

    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    fn document(&mut self) -> Option<Node> {
        let mut column = self.next_token()?;
        if column == 0 && self.document_marker(b"---") {
            self.pos += 3;
            if !self.rest_is_blank() {
                return None;
            }
            self.skip_line();
            column = self.next_token()?;
        }
        let root = self.block_collection(column)?;
        // One document, then only blank lines and comments.
        (self.pos >= self.text.len()).then_some(root)
    }

    /// Whether a `---` or `...` line starts at the reader's position.
    fn document_marker(&self, marker: &[u8]) -> bool {
        self.text[self.pos..].starts_with(marker)
            && matches!(self.at(self.pos + 3), None | Some(b' ' | b'\n'))
    }

    /// Whether the reader stands at a block sequence entry (`-` then a
    /// space or the end of the line).
    fn at_sequence_entry(&self) -> bool {
        self.peek() == Some(b'-') && matches!(self.at(self.pos + 1), None | Some(b' ' | b'\n'))
    }

    /// A block sequence or mapping whose first token is at `column`.
    fn block_collection(&mut self, column: usize) -> Option<Node> {
        self.enter()?;
        let node = if self.at_sequence_entry() {
            self.sequence(column, false)
        } else {
            self.mapping(column)
        };
        self.depth -= 1;
        node
    }

    /// Entries `- item` at `column`. An indentless sequence (at its parent
    /// key's own column) ends at the next line there that is not an entry.
    fn sequence(&mut self, column: usize, indentless: bool) -> Option<Node> {
        let mut start = self.pos;
        let mut items = Vec::new();
        loop {
            self.pos += 1;
            let item = if self.rest_is_blank() {
                if indentless && items.is_empty() {
                    return None;
                }
                self.skip_line();
                // An empty entry is a null at the end of its line.
                let line_end = if self.text[..self.pos].ends_with(b"\n") {
                    self.pos - 1
                } else {
                    self.pos
                };
                self.nested(column, line_end, false)?
            } else {
                self.skip_spaces();
                if indentless && items.is_empty() {
                    start = self.pos;
                }
                self.inline_value(column as isize, true)?
            };
            items.push(item);
            match self.token_column() {
                Some(next) if next == column && self.at_sequence_entry() => {}
                Some(next) if next < column || (indentless && next == column) => break,
                None => break,
                Some(_) => return None,
            }
        }
        Some(Node {
            value: Value::Array(items),
            span: Span::new(start, self.pos),
        })
    }

    /// `key: value` lines at `column`.
    fn mapping(&mut self, column: usize) -> Option<Node> {
        let start = self.pos;
        let mut entries = Vec::new();
        loop {
            let (key, key_span) = self.key(column)?;
            let colon = self.pos - 1;
            let value = if self.rest_is_blank() {
                self.skip_line();
                self.nested(column, colon, true)?
            } else {
                self.skip_spaces();
                self.inline_value(column as isize, false)?
            };
            entries.push(Entry {
                key,
                key_span,
                value,
            });
            match self.token_column() {
                Some(next) if next == column => {}
                Some(next) if next < column => break,
                None => break,
                Some(_) => return None,
            }
        }
        Some(Node {
            value: Value::Object(entries),
            span: Span::new(start, self.pos),
        })
    }

    /// The value on the lines after `key:` or `-` (the reader at the start
    /// of the next line): a collection indented deeper than `parent`, an
    /// indentless sequence where `indentless` allows one, or else a null
    /// written at `null_at`.
    fn nested(&mut self, parent: usize, null_at: usize, indentless: bool) -> Option<Node> {
        match self.next_token() {
            Some(column) if column > parent => self.block_collection(column),
            Some(column) if indentless && column == parent && self.at_sequence_entry() => {
                self.enter()?;
                let node = self.sequence(column, true);
                self.depth -= 1;
                node
            }
            _ => Some(Node {
                value: Value::Null,
                span: Span::new(null_at, null_at),
            }),
        }
    }

    /// A key at the start of a mapping line and its `:`.
    fn key(&mut self, column: usize) -> Option<(String, Span)> {
        if column == 0 && (self.document_marker(b"---") || self.document_marker(b"...")) {
            return None;
        }
        let (value, span) = self.key_scalar(false)?;
        self.skip_spaces();
        if self.peek() != Some(b':') || span.range().len() > MAX_KEY {
            return None;
        }
        self.pos += 1;
        if !matches!(self.peek(), None | Some(b' ' | b'\n')) {
            return None;
        }
        let key = key_text(value);
        (key != "<<").then_some((key, span))
    }

    /// The scalar of a key: quoted, or plain and ended by its `:`.
    fn key_scalar(&mut self, flow: bool) -> Option<(Value, Span)> {
        if matches!(self.peek()?, b'"' | b'\'') {
            let (text, span) = self.quoted()?;
            return Some((Value::String(text), span));
        }
        let (span, end) = self.plain(flow)?;
        (end == PlainEnd::Colon).then(|| (resolve_plain(&self.source[span.range()]), span))
    }

    /// A value that starts on the line of its key or `-`; `parent` is the
    /// column of that key or `-`. In a sequence, a key here starts a
    /// compact mapping (`- Key: value`).
    fn inline_value(&mut self, parent: isize, in_sequence: bool) -> Option<Node> {
        match self.peek()? {
            b'!' => {
                let (name, tag_span) = self.tag()?;
                let node = if self.rest_is_blank() {
                    let tag_end = tag_span.end;
                    self.skip_line();
                    match self.next_token() {
                        Some(column) if column as isize > parent => {
                            self.block_collection(column)?
                        }
                        // An indentless sequence under a tag.
                        Some(column)
                            if column as isize == parent
                                && !in_sequence
                                && self.at_sequence_entry() =>
                        {
                            return None;
                        }
                        // `!GetAZs` alone: a tagged empty scalar.
                        _ => Node {
                            value: Value::Null,
                            span: Span::new(tag_end, tag_end),
                        },
                    }
                } else {
                    self.skip_spaces();
                    // One tag per node.
                    if self.peek() == Some(b'!') {
                        return None;
                    }
                    self.inline_value(parent, false)?
                };
                Some(short_form(node, name, tag_span))
            }
            b'|' | b'>' => self.block_scalar(parent),
            // `- - item`: a sequence in a sequence, from its own `-`.
            b'-' if in_sequence && self.at_sequence_entry() => {
                let column = self.token_column()?;
                self.block_collection(column)
            }
            b'[' | b'{' => {
                let node = self.flow_node()?;
                self.after_value(parent)?;
                Some(node)
            }
            b'"' | b'\'' => {
                let start = self.pos;
                let (text, span) = self.quoted()?;
                self.skip_spaces();
                if self.peek() == Some(b':') {
                    return self.compact_mapping(start, in_sequence);
                }
                self.after_value(parent)?;
                Some(Node {
                    value: Value::String(text),
                    span,
                })
            }
            _ => {
                let start = self.pos;
                let (span, end) = self.plain(false)?;
                if end == PlainEnd::Colon {
                    return self.compact_mapping(start, in_sequence);
                }
                self.after_value(parent)?;
                Some(Node {
                    value: resolve_plain(&self.source[span.range()]),
                    span,
                })
            }
        }
    }

    /// `- Key: value`: a mapping whose keys align with this first one.
    fn compact_mapping(&mut self, key_start: usize, in_sequence: bool) -> Option<Node> {
        if !in_sequence {
            return None;
        }
        self.pos = key_start;
        let column = self.token_column()?;
        self.block_collection(column)
    }

    /// After a one-line value: the line must end, and the next token must
    /// not be indented deeper than `parent` (that would continue the value
    /// over several lines).
    fn after_value(&mut self, parent: isize) -> Option<()> {
        if !self.rest_is_blank() {
            return None;
        }
        self.skip_line();
        match self.next_token() {
            Some(column) if column as isize > parent => None,
            _ => Some(()),
        }
    }

    /// `!Name` (letters, digits, `:`, `-`, `_`, `.`) followed by a space or
    /// the end of the line.
    fn tag(&mut self) -> Option<(&'a str, Span)> {
        let start = self.pos;
        let mut end = start + 1;
        while self
            .at(end)
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'-' | b'_' | b'.'))
        {
            end += 1;
        }
        if end == start + 1 || !matches!(self.at(end), None | Some(b' ' | b'\n')) {
            return None;
        }
        self.pos = end;
        Some((&self.source[start + 1..end], Span::new(start, end)))
    }

    /// A plain scalar on one line: its span (trailing spaces excluded) and
    /// why it ended; the reader stops at its last character.
    fn plain(&mut self, flow: bool) -> Option<(Span, PlainEnd)> {
        let flow_indicator = |b: u8| flow && matches!(b, b',' | b'[' | b']' | b'{' | b'}');
        let start = self.pos;
        match self.peek()? {
            b'-' | b'?' | b':' => match self.at(start + 1) {
                None | Some(b' ' | b'\n') => return None,
                Some(next) if flow_indicator(next) => return None,
                Some(_) => {}
            },
            b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'\''
            | b'"' | b'%' | b'@' | b'`' | b' ' | b'\n' => return None,
            _ => {}
        }
        let mut end = start;
        let mut i = start;
        let stop = loop {
            match self.at(i) {
                None | Some(b'\n') => break PlainEnd::Text,
                Some(b' ') => {}
                Some(b'#') if self.text[i - 1] == b' ' => break PlainEnd::Text,
                Some(b':') => match self.at(i + 1) {
                    None | Some(b' ' | b'\n') => break PlainEnd::Colon,
                    Some(next) if flow_indicator(next) => break PlainEnd::Colon,
                    Some(_) => end = i + 1,
                },
                Some(b) if flow_indicator(b) => break PlainEnd::Text,
                Some(_) => end = i + 1,
            }
            i += 1;
        };
        self.pos = end;
        Some((Span::new(start, end), stop))
    }

    /// A single- or double-quoted scalar on one line, decoded.
    fn quoted(&mut self) -> Option<(String, Span)> {
        let start = self.pos;
        let quote = self.peek()?;
        let mut value = String::new();
        let mut run = start + 1;
        let mut i = run;
        loop {
            match self.at(i)? {
                b'\n' => return None,
                b'\'' if quote == b'\'' => {
                    if self.at(i + 1) == Some(b'\'') {
                        value.push_str(&self.source[run..=i]);
                        i += 2;
                        run = i;
                        continue;
                    }
                    break;
                }
                b'"' if quote == b'"' => break,
                b'\\' if quote == b'"' => {
                    value.push_str(&self.source[run..i]);
                    let (decoded, length) = escape(&self.text[i + 1..])?;
                    value.push(decoded);
                    i += 1 + length;
                    run = i;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        value.push_str(&self.source[run..i]);
        self.pos = i + 1;
        Some((value, Span::new(start, self.pos)))
    }

    /// `|` or `>`, an optional chomping indicator, then lines indented
    /// deeper than `parent`.
    fn block_scalar(&mut self, parent: isize) -> Option<Node> {
        let literal = self.peek()? == b'|';
        self.pos += 1;
        let chomping = match self.peek() {
            Some(b'-') => Chomping::Strip,
            Some(b'+') => Chomping::Keep,
            _ => Chomping::Clip,
        };
        if !matches!(chomping, Chomping::Clip) {
            self.pos += 1;
        }
        if !matches!(self.peek(), None | Some(b' ' | b'\n')) || !self.rest_is_blank() {
            return None;
        }
        self.skip_line();
        let indent = self.leading_spaces(self.pos);
        let start = self.pos + indent;
        if matches!(self.at(start), None | Some(b'\n')) || indent as isize <= parent {
            return None;
        }
        let mut lines: Vec<&str> = Vec::new();
        let mut blank_lines = 0usize;
        let mut line = self.pos;
        let end = loop {
            let spaces = self.leading_spaces(line);
            let content = line + spaces;
            match self.at(content) {
                // Spaces at the very end: content or not depends on
                // rules this reader leaves to the complete path.
                None if spaces > 0 => return None,
                None => break content,
                Some(b'\n') if spaces <= indent => {
                    blank_lines += 1;
                    line = content + 1;
                }
                _ if spaces < indent => break content,
                _ => {
                    let line_end =
                        content + self.text[content..].iter().position(|&b| b == b'\n')?;
                    let text = &self.source[line + indent..line_end];
                    if !literal && text.starts_with(' ') {
                        return None;
                    }
                    lines.extend(std::iter::repeat_n("", blank_lines));
                    blank_lines = 0;
                    lines.push(text);
                    line = line_end + 1;
                }
            }
        };
        let mut value = if literal {
            lines.join("\n")
        } else {
            fold(&lines)
        };
        match chomping {
            Chomping::Strip => {}
            Chomping::Clip => value.push('\n'),
            Chomping::Keep => value.extend(std::iter::repeat_n('\n', 1 + blank_lines)),
        }
        self.pos = line;
        match self.next_token() {
            Some(column) if column as isize > parent => None,
            _ => Some(Node {
                value: Value::String(value),
                span: Span::new(start, end),
            }),
        }
    }

    fn leading_spaces(&self, from: usize) -> usize {
        self.text[from..].iter().take_while(|&&b| b == b' ').count()
    }

    /// A flow collection, quoted or plain scalar or tagged node on one line.
    fn flow_node(&mut self) -> Option<Node> {
        match self.peek()? {
            b'[' => self.flow_sequence(),
            b'{' => self.flow_mapping(),
            b'"' | b'\'' => {
                let (text, span) = self.quoted()?;
                Some(Node {
                    value: Value::String(text),
                    span,
                })
            }
            b'!' => {
                let (name, tag_span) = self.tag()?;
                self.skip_spaces();
                if self.peek() == Some(b'!') {
                    return None;
                }
                let node = self.flow_node()?;
                Some(short_form(node, name, tag_span))
            }
            _ => {
                let (span, end) = self.plain(true)?;
                if end == PlainEnd::Colon {
                    return None;
                }
                Some(Node {
                    value: resolve_plain(&self.source[span.range()]),
                    span,
                })
            }
        }
    }

    /// After a flow item: `,` and more, or the closing bracket.
    fn flow_separator(&mut self, close: u8) -> Option<bool> {
        self.skip_spaces();
        match self.peek()? {
            b',' => {
                self.pos += 1;
                self.skip_spaces();
                // A trailing comma is left to the complete path.
                (self.peek() != Some(close)).then_some(true)
            }
            b if b == close => {
                self.pos += 1;
                Some(false)
            }
            _ => None,
        }
    }

    fn flow_sequence(&mut self) -> Option<Node> {
        self.enter()?;
        let start = self.pos;
        self.pos += 1;
        self.skip_spaces();
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.pos += 1;
        } else {
            loop {
                items.push(self.flow_node()?);
                if !self.flow_separator(b']')? {
                    break;
                }
            }
        }
        self.depth -= 1;
        Some(Node {
            value: Value::Array(items),
            span: Span::new(start, self.pos),
        })
    }

    fn flow_mapping(&mut self) -> Option<Node> {
        self.enter()?;
        let start = self.pos;
        self.pos += 1;
        self.skip_spaces();
        let mut entries = Vec::new();
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                let (key, key_span) = self.key_scalar(true)?;
                self.skip_spaces();
                if self.peek() != Some(b':') || self.at(self.pos + 1) != Some(b' ') {
                    return None;
                }
                self.pos += 1;
                self.skip_spaces();
                let key = key_text(key);
                if key == "<<" {
                    return None;
                }
                let value = self.flow_node()?;
                entries.push(Entry {
                    key,
                    key_span,
                    value,
                });
                if !self.flow_separator(b'}')? {
                    break;
                }
            }
        }
        self.depth -= 1;
        Some(Node {
            value: Value::Object(entries),
            span: Span::new(start, self.pos),
        })
    }
}

/// Folded lines: a single line break between two lines becomes a space,
/// and each blank line between them a line break.
fn fold(lines: &[&str]) -> String {
    let mut value = String::new();
    let mut blank = 0usize;
    let mut first = true;
    for line in lines {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !first {
            if blank == 0 {
                value.push(' ');
            } else {
                value.extend(std::iter::repeat_n('\n', blank));
            }
        }
        value.push_str(line);
        blank = 0;
        first = false;
    }
    value
}

/// A double-quoted escape after its backslash: the character and how many
/// bytes the escape takes. Line continuations are declined.
fn escape(rest: &[u8]) -> Option<(char, usize)> {
    let simple = match rest.first()? {
        b'0' => '\0',
        b'a' => '\u{7}',
        b'b' => '\u{8}',
        b't' => '\t',
        b'n' => '\n',
        b'v' => '\u{b}',
        b'f' => '\u{c}',
        b'r' => '\r',
        b'e' => '\u{1b}',
        b' ' => ' ',
        b'"' => '"',
        b'/' => '/',
        b'\\' => '\\',
        b'N' => '\u{85}',
        b'_' => '\u{a0}',
        b'L' => '\u{2028}',
        b'P' => '\u{2029}',
        b'x' => return hex_escape(rest, 2),
        b'u' => return hex_escape(rest, 4),
        b'U' => return hex_escape(rest, 8),
        _ => return None,
    };
    Some((simple, 1))
}

fn hex_escape(rest: &[u8], digits: usize) -> Option<(char, usize)> {
    let hex = rest.get(1..=digits)?;
    if !hex.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    let code = u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
    Some((char::from_u32(code)?, 1 + digits))
}
