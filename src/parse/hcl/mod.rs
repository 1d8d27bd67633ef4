//! Native Terraform syntax (`.tf`): a hand-written parser that builds the
//! span-carrying tree of `terraform::syntax` directly from the text.
//!
//! Why not a parser library: the one that keeps spans (hcl-edit) builds a
//! tree about 27 times the size of the file and backtracks exponentially on
//! some inputs, so it needed a helper thread with a deadline. This parser
//! reads each byte a bounded number of times (it looks ahead at most a few
//! bytes and never backtracks over a sub-expression), keeps only what
//! sglint reads, and accepts a repeated object key as Terraform does.
//!
//! It follows hcl-edit's grammar where the two could differ, so that every
//! file hcl-edit reads gives the same tree (a differential test and fuzz
//! target hold it to that; hcl-edit stays in the tests as the oracle).
//! Newlines end an attribute's expression except inside brackets,
//! parentheses, interpolations and after an opening list, call or `for`
//! object (hcl-edit's rule, which is looser than Terraform's).

mod expr;
mod template;

use std::collections::HashSet;

use crate::source::Span;
use crate::terraform::syntax::{Attribute, Block, Body, Expr, Label};

use template::{Literals, template_expr};

/// A syntax error with the byte offset where the parser stopped.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct SyntaxError {
    pub message: String,
    pub offset: usize,
}

/// Brackets, calls, blocks and templates nested in one another beyond this
/// are refused: every level is a stack frame here and in the evaluator.
const MAX_NESTING: usize = 128;
/// Binary operators along one path of an expression tree.
const MAX_OPERATOR_DEPTH: usize = 256;

type Parsed<T> = Result<T, SyntaxError>;

/// Parses a whole `.tf` file.
pub fn parse_body(text: &str) -> Result<Body, SyntaxError> {
    let mut parser = Parser::new(text, 0, None);
    let body = parser.body()?;
    parser.ws();
    if parser.pos < text.len() {
        return Err(parser.error("expected an attribute or a block"));
    }
    Ok(body)
}

/// Parses a template string (the contents of a JSON string) into an expression.
/// `content` is the text's span in the file and `exact` says whether offsets
/// inside the template map one to one onto the file (no escapes in between);
/// when they do not, every node gets the whole `content` span.
pub fn parse_template(text: &str, content: Span, exact: bool) -> Option<Expr> {
    let whole = (!exact).then_some(content);
    let mut parser = Parser::new(text, content.start, whole);
    let elements = parser.template_elements(Literals::Plain).ok()?;
    if parser.pos < text.len() {
        return None;
    }
    Some(template_expr(elements, content))
}

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
    /// Added to every span (a JSON string's position in its file).
    base: usize,
    /// When set, every span is this one (offsets inside are not exact).
    whole: Option<Span>,
    nesting: usize,
    /// No `*/` follows this offset: an unclosed `/*` is looked past once,
    /// not once per place it is met.
    no_comment_end_after: usize,
    /// Binary operators on the deepest path of the expression being read.
    operator_depth: usize,
}

impl<'t> Parser<'t> {
    fn new(text: &'t str, base: usize, whole: Option<Span>) -> Self {
        Parser {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            base,
            whole,
            nesting: 0,
            no_comment_end_after: usize::MAX,
            operator_depth: 0,
        }
    }

    // ----- positions and errors -----

    fn span(&self, start: usize, end: usize) -> Span {
        self.whole
            .unwrap_or_else(|| Span::new(start + self.base, end + self.base))
    }

    fn error(&self, message: impl Into<String>) -> SyntaxError {
        self.error_at(self.pos, message)
    }

    fn error_at(&self, offset: usize, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            message: message.into(),
            offset: offset + self.base,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos + ahead).copied()
    }

    fn starts_with(&self, prefix: &str) -> bool {
        self.bytes[self.pos..].starts_with(prefix.as_bytes())
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn eat_str(&mut self, prefix: &str) -> bool {
        if self.starts_with(prefix) {
            self.pos += prefix.len();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, byte: u8) -> Parsed<()> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.error(format!("expected `{}`", byte as char)))
        }
    }

    fn current_char(&self) -> Option<char> {
        self.text.get(self.pos..)?.chars().next()
    }

    /// Runs `inner` one nesting level deeper, refusing past the limit.
    fn nested<T>(&mut self, inner: impl FnOnce(&mut Self) -> Parsed<T>) -> Parsed<T> {
        if self.nesting >= MAX_NESTING {
            return Err(self.error(format!("nested more than {MAX_NESTING} levels deep")));
        }
        self.nesting += 1;
        let saved = std::mem::take(&mut self.operator_depth);
        let result = inner(self);
        self.operator_depth = self.operator_depth.max(saved);
        self.nesting -= 1;
        result
    }

    // ----- whitespace and comments -----

    /// Spaces, tabs and `/* */` comments: what may stand between the
    /// tokens of one line.
    fn sp(&mut self) {
        loop {
            while matches!(self.peek(), Some(b' ' | b'\t')) {
                self.pos += 1;
            }
            if !self.inline_comment() {
                return;
            }
        }
    }

    /// Any whitespace, newlines and comments.
    fn ws(&mut self) {
        loop {
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
                self.pos += 1;
            }
            if !(self.line_comment() || self.inline_comment()) {
                return;
            }
        }
    }

    fn ws_or_sp(&mut self, newlines: bool) {
        if newlines { self.ws() } else { self.sp() }
    }

    fn inline_comment(&mut self) -> bool {
        if !self.starts_with("/*") || self.pos >= self.no_comment_end_after {
            return false;
        }
        match self.text[self.pos + 2..].find("*/") {
            Some(end) => {
                self.pos += 2 + end + 2;
                true
            }
            None => {
                self.no_comment_end_after = self.pos;
                false
            }
        }
    }

    /// `# ...` or `// ...`, up to (not including) the line ending.
    fn line_comment(&mut self) -> bool {
        if !(self.starts_with("#") || self.starts_with("//")) {
            return false;
        }
        while let Some(byte) = self.peek() {
            if byte == b'\n' || (byte == b'\r' && self.peek_at(1) == Some(b'\n')) {
                break;
            }
            self.pos += 1;
        }
        true
    }

    fn line_ending(&mut self) -> bool {
        self.eat_str("\n") || self.eat_str("\r\n")
    }

    // ----- identifiers -----

    fn at_ident_start(&self) -> bool {
        self.current_char().is_some_and(is_id_start)
    }

    /// An identifier and its span in the text (not shifted).
    fn ident(&mut self) -> Option<(&'t str, usize, usize)> {
        let start = self.pos;
        let mut chars = self.text[start..].char_indices();
        match chars.next() {
            Some((_, first)) if is_id_start(first) => {}
            _ => return None,
        }
        let mut end = self.text.len();
        for (offset, ch) in chars {
            if !is_id_continue(ch) {
                end = start + offset;
                break;
            }
        }
        self.pos = end;
        Some((&self.text[start..end], start, end))
    }

    fn expect_ident(&mut self) -> Parsed<(&'t str, usize, usize)> {
        self.ident()
            .ok_or_else(|| self.error("expected an identifier"))
    }

    // ----- bodies -----

    /// Attributes and blocks, one per line, until something that does not
    /// start one (the end of the text or a `}`).
    fn body(&mut self) -> Parsed<Body> {
        let mut body = Body::default();
        let mut keys: HashSet<&'t str> = HashSet::new();
        loop {
            let before = self.pos;
            self.ws();
            if !self.at_ident_start() {
                self.pos = before;
                return Ok(body);
            }
            self.structure(&mut body, &mut keys)?;
            self.sp();
            self.line_comment();
            if !(self.line_ending() || self.pos == self.bytes.len()) {
                return Err(self.error("expected a newline after the attribute or block"));
            }
        }
    }

    fn structure(&mut self, body: &mut Body, keys: &mut HashSet<&'t str>) -> Parsed<()> {
        let (ident, start, ident_end) = self.expect_ident()?;
        self.sp();
        match self.peek() {
            Some(b'=') => {
                if !keys.insert(ident) {
                    return Err(
                        self.error_at(start, format!("the attribute `{ident}` is defined twice"))
                    );
                }
                let value = self.attribute_value()?;
                body.attributes.push(Attribute {
                    key: ident.to_string(),
                    key_span: self.span(start, ident_end),
                    span: self.span(start, self.pos),
                    value,
                });
            }
            Some(b'{') | Some(b'"') => self.block(body, ident, start, ident_end)?,
            _ if self.at_ident_start() => self.block(body, ident, start, ident_end)?,
            _ => return Err(self.error("expected `=`, `{`, a label or an identifier")),
        }
        Ok(())
    }

    fn attribute_value(&mut self) -> Parsed<Expr> {
        self.expect(b'=')?;
        self.sp();
        let mut newlines = false;
        let saved = std::mem::take(&mut self.operator_depth);
        let value = self.expression(&mut newlines);
        self.operator_depth = saved;
        value
    }

    fn block(
        &mut self,
        body: &mut Body,
        ident: &str,
        start: usize,
        ident_end: usize,
    ) -> Parsed<()> {
        let mut labels = Vec::new();
        loop {
            let label_start = self.pos;
            if self.peek() == Some(b'"') {
                let Some(value) = self.plain_string()? else {
                    return Err(
                        self.error_at(label_start, "a block label cannot hold interpolations")
                    );
                };
                labels.push(Label {
                    value,
                    span: self.span(label_start, self.pos),
                });
            } else if let Some((name, from, to)) = self.ident() {
                labels.push(Label {
                    value: name.to_string(),
                    span: self.span(from, to),
                });
            } else {
                break;
            }
            self.sp();
        }
        if self.peek() != Some(b'{') {
            return Err(self.error("expected `{`"));
        }
        let block_body = self.nested(Self::block_body)?;
        body.blocks.push(Block {
            ident: ident.to_string(),
            ident_span: self.span(start, ident_end),
            labels,
            body: block_body,
            span: self.span(start, self.pos),
        });
        Ok(())
    }

    /// `{` newline, a body, `}`; or a one-line `{ key = value }`.
    fn block_body(&mut self) -> Parsed<Body> {
        self.expect(b'{')?;
        let open = self.pos;
        self.sp();
        self.line_comment();
        if self.line_ending() {
            let body = self.body()?;
            self.ws();
            self.expect(b'}')?;
            return Ok(body);
        }
        self.pos = open;
        self.sp();
        let mut body = Body::default();
        if let Some((ident, start, end)) = self.ident() {
            self.sp();
            let value = self.attribute_value()?;
            body.attributes.push(Attribute {
                key: ident.to_string(),
                key_span: self.span(start, end),
                span: self.span(start, self.pos),
                value,
            });
            self.sp();
        }
        self.sp();
        if !self.eat(b'}') {
            return Err(
                self.error("expected `}` or a newline (a one-line block holds one attribute)")
            );
        }
        Ok(body)
    }
}

fn is_id_start(ch: char) -> bool {
    unicode_ident::is_xid_start(ch) || ch == '_'
}

fn is_id_continue(ch: char) -> bool {
    unicode_ident::is_xid_continue(ch) || ch == '-'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terraform::syntax::{ExprKind, TemplatePart};

    #[test]
    fn spans_point_into_the_file() {
        let text = "resource \"aws_security_group\" \"web\" {\n  ingress {\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n";
        let body = parse_body(text).unwrap();
        let resource = &body.blocks[0];
        assert_eq!(resource.label(1), Some("web"));
        let ingress = resource.body.blocks("ingress").next().unwrap();
        let cidrs = &ingress.body.attribute("cidr_blocks").unwrap().value;
        let ExprKind::Tuple(elements) = &cidrs.kind else {
            panic!("not a tuple")
        };
        assert_eq!(&text[elements[0].span.range()], "\"0.0.0.0/0\"");
    }

    #[test]
    fn syntax_error_has_offset() {
        let text = "resource \"a\" \"b\" {\n  x = \n}\n";
        let error = parse_body(text).unwrap_err();
        assert!(error.offset > 0 && error.offset <= text.len(), "{error:?}");
    }

    #[test]
    fn json_template_spans_are_shifted() {
        let text = r#"{"a": "${var.x}"}"#;
        let start = text.find("${").unwrap();
        let expr = parse_template("${var.x}", Span::new(start, start + 8), true).unwrap();
        let ExprKind::Template(parts) = &expr.kind else {
            panic!("{expr:?}")
        };
        let TemplatePart::Interpolation(inner) = &parts[0] else {
            panic!()
        };
        assert_eq!(&text[inner.span.range()], "var.x");
    }

    /// hcl-edit backtracked exponentially on this input (found by fuzzing);
    /// it is linear here, so it is read at once.
    #[test]
    fn operators_before_objects_parse_in_linear_time() {
        let text =
            include_str!("../../../fuzz/regressions/hcl/operator-before-object-never-finishes.tf");
        let started = std::time::Instant::now();
        let _ = parse_body(text);
        let nested = format!("a = {}1{}\n", "b > {c = ".repeat(100), "}".repeat(100));
        let _ = parse_body(&nested);
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
    }

    #[test]
    fn repeated_object_keys_are_kept_in_order() {
        let body = parse_body("x = { a = 1, a = 2 }\n").unwrap();
        let entries = body.attributes[0].value.as_object().unwrap();
        assert_eq!(entries.len(), 2);
        assert!(matches!(entries[1].1.kind, ExprKind::Number(2.0)));
    }

    #[test]
    fn nesting_and_operator_chains_are_bounded() {
        let deep = format!("a = {}1{}\n", "[".repeat(1000), "]".repeat(1000));
        assert!(parse_body(&deep).unwrap_err().message.contains("nested"));
        let long = format!("a = 1{}\n", " + 1".repeat(1000));
        assert!(parse_body(&long).unwrap_err().message.contains("operators"));
        let fine = format!("a = 1{}\n", " + 1".repeat(100));
        assert!(parse_body(&fine).is_ok());
    }
}
