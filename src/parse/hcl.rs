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

use std::collections::HashSet;

use crate::source::Span;
use crate::terraform::syntax::{
    Attribute, Block, Body, Expr, ExprKind, ForExpr, Label, ObjectKey, TemplatePart,
    TraversalOperator,
};

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

/// A piece of a template as the parser reads it, before adjacent literals
/// are joined.
enum Element {
    Literal(String),
    Interpolation(Expr),
    Directive(Span),
}

/// Where a template's literal text ends.
#[derive(Clone, Copy)]
enum Literals<'d> {
    /// A quoted string: at `"`, `\` (an escape), `${` or `%{`.
    Quoted,
    /// A template file, a JSON string or a directive's body: at `${` or `%{`.
    Plain,
    /// A heredoc: also at a line ending followed by the closing delimiter.
    Heredoc(&'d str),
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

    // ----- expressions -----

    /// A full expression: terms joined by binary operators, maybe a
    /// conditional. `newlines` says whether newlines may stand between
    /// tokens; a list, a call or a `for` object as the first term turns it
    /// on for the rest (hcl-edit's rule).
    fn expression(&mut self, newlines: &mut bool) -> Parsed<Expr> {
        let start = self.pos;
        let first = self.term(newlines)?;
        let mut lhs = first;
        loop {
            let checkpoint = self.pos;
            self.ws_or_sp(*newlines);
            let (a, b) = (self.peek(), self.peek_at(1));
            match a {
                Some(b'?') => return self.conditional(lhs, start, newlines),
                Some(b'/') if matches!(b, Some(b'/' | b'*')) => {
                    self.pos = checkpoint;
                    return Ok(lhs);
                }
                Some(b'=') if b == Some(b'=') => {}
                Some(b'!' | b'<' | b'>' | b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|') => {}
                _ => {
                    self.pos = checkpoint;
                    return Ok(lhs);
                }
            }
            self.pos = checkpoint;
            lhs = self.binary_chain(lhs, *newlines)?;
        }
    }

    /// A sub-expression with its own copy of the newline rule.
    fn sub_expression(&mut self, newlines: bool) -> Parsed<Expr> {
        self.nested(|parser| {
            let mut newlines = newlines;
            parser.expression(&mut newlines)
        })
    }

    fn conditional(&mut self, condition: Expr, start: usize, newlines: &mut bool) -> Parsed<Expr> {
        self.expect(b'?')?;
        self.ws_or_sp(*newlines);
        let then = self.sub_expression(*newlines)?;
        self.ws_or_sp(*newlines);
        self.expect(b':')?;
        self.ws_or_sp(*newlines);
        let otherwise = self.sub_expression(*newlines)?;
        Ok(Expr {
            span: self.span(start, self.pos),
            kind: ExprKind::Conditional {
                condition: Box::new(condition),
                then: Box::new(then),
                otherwise: Box::new(otherwise),
            },
        })
    }

    /// Operators and the terms after them, then folded by precedence (all
    /// left-associative).
    fn binary_chain(&mut self, first: Expr, newlines: bool) -> Parsed<Expr> {
        let mut operands = vec![first];
        let mut operators: Vec<&'static str> = Vec::new();
        loop {
            let checkpoint = self.pos;
            self.ws_or_sp(newlines);
            let Some(operator) = self.binary_operator() else {
                if operators.is_empty() {
                    return Err(self.error("expected an operator"));
                }
                self.pos = checkpoint;
                break;
            };
            if self.operator_depth + operators.len() + 1 > MAX_OPERATOR_DEPTH {
                return Err(self.error_at(
                    checkpoint,
                    format!("more than {MAX_OPERATOR_DEPTH} binary operators in one expression"),
                ));
            }
            self.ws_or_sp(newlines);
            let mut copy = newlines;
            let operand = self.term(&mut copy)?;
            operators.push(operator);
            operands.push(operand);
        }
        self.operator_depth += operators.len();
        Ok(fold_binary(operands, operators))
    }

    fn binary_operator(&mut self) -> Option<&'static str> {
        let (a, b) = (self.peek()?, self.peek_at(1));
        let (operator, length) = match (a, b) {
            (b'=', Some(b'=')) => ("==", 2),
            (b'!', Some(b'=')) => ("!=", 2),
            (b'<', Some(b'=')) => ("<=", 2),
            (b'>', Some(b'=')) => (">=", 2),
            (b'<', _) => ("<", 1),
            (b'>', _) => (">", 1),
            (b'+', _) => ("+", 1),
            (b'-', _) => ("-", 1),
            (b'*', _) => ("*", 1),
            (b'/', Some(b'/' | b'*')) => return None,
            (b'/', _) => ("/", 1),
            (b'%', _) => ("%", 1),
            (b'&', Some(b'&')) => ("&&", 2),
            (b'|', Some(b'|')) => ("||", 2),
            _ => return None,
        };
        self.pos += length;
        Some(operator)
    }

    /// A term and the traversal after it (`.attr`, `[index]`, splats).
    fn term(&mut self, newlines: &mut bool) -> Parsed<Expr> {
        let start = self.pos;
        let base = match self.peek() {
            Some(b'"') => self.quoted()?,
            Some(b'[') => {
                *newlines = true;
                self.nested(Self::list)?
            }
            Some(b'{') => self.nested(|parser| parser.object(newlines))?,
            Some(b'0'..=b'9') => self.number()?,
            Some(b'<') => self.heredoc()?,
            Some(b'-') => match self.negative_number()? {
                Some(number) => number,
                None => self.unary(*newlines)?,
            },
            Some(b'!') => self.unary(*newlines)?,
            Some(b'(') => self.nested(Self::parenthesis)?,
            _ if self.at_ident_start() => self.identlike(newlines)?,
            _ => return Err(self.error("expected an expression")),
        };
        let checkpoint = self.pos;
        self.ws_or_sp(*newlines);
        if matches!(self.peek(), Some(b'.' | b'[')) && !self.starts_with("..") {
            return self.traversal(base, start, *newlines);
        }
        self.pos = checkpoint;
        Ok(base)
    }

    fn traversal(&mut self, base: Expr, start: usize, newlines: bool) -> Parsed<Expr> {
        let mut operators = Vec::new();
        loop {
            let checkpoint = self.pos;
            if !operators.is_empty() {
                self.ws_or_sp(newlines);
            }
            if self.starts_with("..") || !matches!(self.peek(), Some(b'.' | b'[')) {
                self.pos = checkpoint;
                break;
            }
            let operator_start = self.pos;
            if self.eat(b'.') {
                self.ws();
                match self.peek() {
                    Some(b'*') => {
                        self.pos += 1;
                        operators.push(TraversalOperator::AttrSplat);
                    }
                    Some(b'0'..=b'9') => {
                        let digits_start = self.pos;
                        while matches!(self.peek(), Some(b'0'..=b'9')) {
                            self.pos += 1;
                        }
                        let Ok(index) = self.text[digits_start..self.pos].parse::<u64>() else {
                            return Err(self.error_at(digits_start, "the index is too large"));
                        };
                        operators.push(TraversalOperator::Index(Expr {
                            kind: ExprKind::Number(index as f64),
                            span: self.span(operator_start, self.pos),
                        }));
                    }
                    _ => {
                        let (name, from, to) = self.ident().ok_or_else(|| {
                            self.error("expected an attribute name, `*` or an index after `.`")
                        })?;
                        operators.push(TraversalOperator::Attr(
                            name.to_string(),
                            self.span(from, to),
                        ));
                    }
                }
            } else {
                self.pos += 1;
                self.ws();
                if self.eat(b'*') {
                    self.ws();
                    self.expect(b']')?;
                    operators.push(TraversalOperator::FullSplat);
                } else {
                    let index = self.sub_expression(true)?;
                    self.ws();
                    self.expect(b']')?;
                    operators.push(TraversalOperator::Index(index));
                }
            }
        }
        Ok(Expr {
            kind: ExprKind::Traversal {
                base: Box::new(base),
                operators,
            },
            span: self.span(start, self.pos),
        })
    }

    fn unary(&mut self, newlines: bool) -> Parsed<Expr> {
        let start = self.pos;
        let operator = if self.eat(b'-') {
            "-"
        } else {
            self.expect(b'!')?;
            "!"
        };
        self.sp();
        let operand = self.nested(|parser| {
            let mut copy = newlines;
            parser.term(&mut copy)
        })?;
        Ok(Expr {
            kind: ExprKind::Unary {
                operator,
                operand: Box::new(operand),
            },
            span: self.span(start, self.pos),
        })
    }

    fn parenthesis(&mut self) -> Parsed<Expr> {
        let start = self.pos;
        self.expect(b'(')?;
        self.ws();
        let inner = self.sub_expression(true)?;
        self.ws();
        self.expect(b')')?;
        Ok(Expr {
            kind: ExprKind::Parenthesis(Box::new(inner)),
            span: self.span(start, self.pos),
        })
    }

    /// A name, `null`/`true`/`false`, or a function call (maybe with a
    /// namespace: `provider::aws::arn_parse(...)`).
    fn identlike(&mut self, newlines: &mut bool) -> Parsed<Expr> {
        let Some((name, start, end)) = self.ident() else {
            return Err(self.error("expected an identifier"));
        };
        let checkpoint = self.pos;
        self.ws_or_sp(*newlines);
        if !(self.starts_with("::") || self.peek() == Some(b'(')) {
            self.pos = checkpoint;
            let kind = match name {
                "null" => ExprKind::Null,
                "true" => ExprKind::Bool(true),
                "false" => ExprKind::Bool(false),
                _ => ExprKind::Variable(name.to_string()),
            };
            return Ok(Expr {
                kind,
                span: self.span(start, end),
            });
        }
        let mut full_name = name.to_string();
        while self.eat_str("::") {
            self.ws_or_sp(*newlines);
            let (part, _, _) = self.expect_ident()?;
            full_name.push_str("::");
            full_name.push_str(part);
            self.ws_or_sp(*newlines);
        }
        *newlines = true;
        let (args, expand_final) = self.nested(Self::call_arguments)?;
        Ok(Expr {
            kind: ExprKind::FuncCall {
                name: full_name,
                args,
                expand_final,
            },
            span: self.span(start, self.pos),
        })
    }

    /// `(a, b)`, `(a, b,)` or `(a, b...)`.
    fn call_arguments(&mut self) -> Parsed<(Vec<Expr>, bool)> {
        self.expect(b'(')?;
        let mut args = Vec::new();
        let mut expand_final = false;
        let before = self.pos;
        self.ws();
        if self.at_argument() {
            args.push(self.sub_expression(true)?);
            self.ws();
            loop {
                if self.eat(b',') {
                    let after = self.pos;
                    self.ws();
                    if !self.at_argument() {
                        // A trailing comma.
                        self.pos = after;
                        break;
                    }
                    args.push(self.sub_expression(true)?);
                    self.ws();
                    continue;
                }
                if self.eat(b'.') {
                    if !self.eat_str("..") {
                        return Err(self.error("expected `...`"));
                    }
                    expand_final = true;
                }
                break;
            }
        } else {
            self.pos = before;
        }
        self.ws();
        if !self.eat(b')') {
            return Err(self.error("expected `)` or an expression"));
        }
        Ok((args, expand_final))
    }

    fn at_argument(&self) -> bool {
        !matches!(self.peek(), Some(b',' | b'.' | b')') | None)
    }

    /// `[a, b]` or `[for ...]`.
    fn list(&mut self) -> Parsed<Expr> {
        let start = self.pos;
        self.expect(b'[')?;
        if self.at_for_keyword() {
            let mut for_expr = self.for_intro()?;
            self.ws();
            for_expr.value = self.sub_expression(true)?;
            self.ws();
            for_expr.condition = self.for_condition(true)?;
            self.expect(b']')?;
            return Ok(Expr {
                kind: ExprKind::For(Box::new(for_expr)),
                span: self.span(start, self.pos),
            });
        }
        let mut items = Vec::new();
        loop {
            let before = self.pos;
            self.ws();
            if matches!(self.peek(), Some(b']')) {
                self.pos = before;
                break;
            }
            items.push(self.sub_expression(true)?);
            self.ws();
            if !self.eat(b',') {
                break;
            }
        }
        self.ws();
        self.expect(b']')?;
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: self.span(start, self.pos),
        })
    }

    /// `{ key = value ... }` or `{for ...}`.
    fn object(&mut self, newlines: &mut bool) -> Parsed<Expr> {
        let start = self.pos;
        self.expect(b'{')?;
        if self.at_for_keyword() {
            *newlines = true;
            let mut for_expr = self.for_intro()?;
            self.ws();
            let key = self.sub_expression(false)?;
            self.ws();
            if !self.eat_str("=>") {
                return Err(self.error("expected `=>`"));
            }
            self.ws();
            for_expr.key = Some(key);
            for_expr.value = self.sub_expression(false)?;
            self.ws();
            if self.eat_str("...") {
                for_expr.grouping = true;
                self.ws();
            }
            for_expr.condition = self.for_condition(true)?;
            self.expect(b'}')?;
            return Ok(Expr {
                kind: ExprKind::For(Box::new(for_expr)),
                span: self.span(start, self.pos),
            });
        }
        let mut entries = Vec::new();
        loop {
            self.ws();
            if self.eat(b'}') {
                break;
            }
            let key = self.sub_expression(false)?;
            let key = match key.kind {
                ExprKind::Variable(name) => ObjectKey::Ident(name, key.span),
                _ => ObjectKey::Expr(key),
            };
            self.sp();
            if !(self.eat(b'=') || self.eat(b':')) {
                return Err(self.error("expected `=` or `:`"));
            }
            self.sp();
            let value = self.sub_expression(false)?;
            self.sp();
            entries.push((key, value));
            match self.peek() {
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                Some(b',') => self.pos += 1,
                Some(b'#' | b'/') if self.line_comment() => {
                    if !self.line_ending() {
                        return Err(self.error("expected a newline"));
                    }
                }
                _ if self.line_ending() => {}
                _ => return Err(self.error("expected `}`, `,` or a newline after the object item")),
            }
        }
        Ok(Expr {
            kind: ExprKind::Object(entries),
            span: self.span(start, self.pos),
        })
    }

    /// Whether `for` follows (after whitespace), as a keyword.
    fn at_for_keyword(&mut self) -> bool {
        let before = self.pos;
        self.ws();
        let found = self.starts_with("for")
            && matches!(self.peek_at(3), Some(b' ' | b'\t' | b'#' | b'/' | b'\n'));
        self.pos = before;
        found
    }

    /// `for k, v in collection :`; the value, key and condition are filled
    /// in by the caller.
    fn for_intro(&mut self) -> Parsed<ForExpr> {
        self.ws();
        if !self.eat_str("for") {
            return Err(self.error("expected `for`"));
        }
        self.ws();
        let (first, _, _) = self.expect_ident()?;
        self.ws();
        let mut second = None;
        if self.eat(b',') {
            self.ws();
            second = Some(self.expect_ident()?.0);
            self.ws();
        }
        if !self.eat_str("in") {
            return Err(self.error("expected `in`"));
        }
        self.ws();
        let collection = self.sub_expression(false)?;
        self.ws();
        self.expect(b':')?;
        let (key_var, value_var) = match second {
            Some(value) => (Some(first.to_string()), value.to_string()),
            None => (None, first.to_string()),
        };
        Ok(ForExpr {
            key_var,
            value_var,
            collection,
            key: None,
            value: Expr {
                kind: ExprKind::Null,
                span: Span::default(),
            },
            condition: None,
            grouping: false,
        })
    }

    fn for_condition(&mut self, newlines: bool) -> Parsed<Option<Expr>> {
        let before = self.pos;
        self.ws();
        if !self.eat_str("if") {
            self.pos = before;
            return Ok(None);
        }
        self.ws();
        let condition = self.sub_expression(newlines)?;
        self.ws();
        Ok(Some(condition))
    }

    fn number(&mut self) -> Parsed<Expr> {
        let start = self.pos;
        let value = self.number_value()?;
        Ok(Expr {
            kind: ExprKind::Number(value),
            span: self.span(start, self.pos),
        })
    }

    /// Digits, an optional fraction and exponent. A number too large for
    /// a float is read as its integer digits only (what follows is then
    /// not part of it), as hcl-edit does.
    fn number_value(&mut self) -> Parsed<f64> {
        let start = self.pos;
        self.digits();
        let integer_end = self.pos;
        let mut float = false;
        if self.peek() == Some(b'.') && matches!(self.peek_at(1), Some(b'0'..=b'9')) {
            self.pos += 1;
            self.digits();
            float = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("expected a digit"));
            }
            self.digits();
            float = true;
        }
        let parsed = |text: &str| text.parse::<f64>().unwrap_or(f64::NAN);
        if float {
            let value = parsed(&self.text[start..self.pos]);
            if value.is_finite() {
                return Ok(value);
            }
            self.pos = integer_end;
        }
        Ok(parsed(&self.text[start..integer_end]))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }

    /// `-1.5` (spaces allowed after the sign) as one number, or `None`
    /// when no number follows the sign.
    fn negative_number(&mut self) -> Parsed<Option<Expr>> {
        let start = self.pos;
        self.pos += 1;
        self.sp();
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos = start;
            return Ok(None);
        }
        let value = self.number_value()?;
        // A negated zero is zero (hcl-edit's numbers have no negative zero).
        let value = -value + 0.0;
        Ok(Some(Expr {
            kind: ExprKind::Number(value),
            span: self.span(start, self.pos),
        }))
    }

    // ----- strings and templates -----

    /// A quoted string without interpolations or directives; `None` when it
    /// has some (the position is then unchanged).
    fn plain_string(&mut self) -> Parsed<Option<String>> {
        let start = self.pos;
        let expr = self.quoted()?;
        match expr.kind {
            ExprKind::String(text) => Ok(Some(text)),
            _ => {
                self.pos = start;
                Ok(None)
            }
        }
    }

    fn quoted(&mut self) -> Parsed<Expr> {
        let start = self.pos;
        self.expect(b'"')?;
        let elements = self.template_elements(Literals::Quoted)?;
        if !self.eat(b'"') {
            return Err(self.error("expected `\"` (an unterminated string or an invalid escape)"));
        }
        Ok(template_expr(elements, self.span(start, self.pos)))
    }

    fn heredoc(&mut self) -> Parsed<Expr> {
        let start = self.pos;
        if !self.eat_str("<<") {
            return Err(self.error("expected an expression"));
        }
        let indented = self.eat(b'-');
        let (delimiter, _, _) = self.expect_ident()?;
        if !self.line_ending() {
            return Err(self.error("expected a newline after the heredoc marker"));
        }
        let content = self.pos;
        // A first line that closes the heredoc makes it empty (Terraform's
        // rule; hcl-edit would look for a later closing line first).
        let elements = if self.at_closing_line(delimiter) {
            None
        } else {
            let mut elements = self.template_elements(Literals::Heredoc(delimiter))?;
            let ending_start = self.pos;
            if self.line_ending() {
                let ending = &self.text[ending_start..self.pos];
                match elements.last_mut() {
                    Some(Element::Literal(text)) => text.push_str(ending),
                    _ => elements.push(Element::Literal(ending.to_string())),
                }
                Some(elements)
            } else {
                None
            }
        };
        if elements.is_none() {
            self.pos = content;
        }
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
        if !self.eat_str(delimiter) || self.current_char().is_some_and(is_id_continue) {
            return Err(self.error(format!("expected the heredoc's closing `{delimiter}`")));
        }
        let mut elements = elements.unwrap_or_default();
        if indented {
            dedent(&mut elements);
        }
        Ok(template_expr(elements, self.span(start, self.pos)))
    }

    /// Literals, interpolations and directives until the literal ends as
    /// `literals` says and no element starts.
    fn template_elements(&mut self, literals: Literals) -> Parsed<Vec<Element>> {
        let mut elements = Vec::new();
        loop {
            if let Some(text) = self.literal(literals)? {
                elements.push(Element::Literal(text));
                continue;
            }
            if self.starts_with("${") {
                let expr = self.nested(Self::interpolation)?;
                elements.push(Element::Interpolation(expr));
                continue;
            }
            if self.starts_with("%{") {
                let start = self.pos;
                match self.nested(Self::directive)? {
                    true => {
                        elements.push(Element::Directive(self.span(start, self.pos)));
                        continue;
                    }
                    false => self.pos = start,
                }
            }
            return Ok(elements);
        }
    }

    /// Literal text up to where it ends; `None` when there is none.
    fn literal(&mut self, literals: Literals) -> Parsed<Option<String>> {
        let mut text = String::new();
        let mut any = false;
        loop {
            if self.eat_str("$${") {
                text.push_str("${");
                any = true;
                continue;
            }
            if self.eat_str("%%{") {
                text.push_str("%{");
                any = true;
                continue;
            }
            let Some(byte) = self.peek() else { break };
            if (byte == b'$' || byte == b'%') && self.peek_at(1) == Some(b'{') {
                break;
            }
            match literals {
                Literals::Quoted => {
                    if byte == b'"' {
                        break;
                    }
                    if byte == b'\\' {
                        match self.escape()? {
                            Some(ch) => {
                                text.push(ch);
                                any = true;
                                continue;
                            }
                            None => break,
                        }
                    }
                }
                Literals::Heredoc(delimiter) if self.at_heredoc_end(delimiter) => break,
                _ => {}
            }
            let ch = self.current_char().unwrap_or('\u{fffd}');
            text.push(ch);
            self.pos += ch.len_utf8();
            any = true;
        }
        Ok(any.then_some(text))
    }

    /// A line ending, spaces or tabs, the delimiter, and no identifier
    /// character after it.
    fn at_heredoc_end(&self, delimiter: &str) -> bool {
        let rest = &self.text[self.pos..];
        match rest
            .strip_prefix('\n')
            .or_else(|| rest.strip_prefix("\r\n"))
        {
            Some(rest) => closes_heredoc(rest, delimiter),
            None => false,
        }
    }

    fn at_closing_line(&self, delimiter: &str) -> bool {
        closes_heredoc(&self.text[self.pos..], delimiter)
    }

    /// A backslash escape; `None` (position unchanged) when it is not one.
    fn escape(&mut self) -> Parsed<Option<char>> {
        let start = self.pos;
        let ch = match self.peek_at(1) {
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'\\') => '\\',
            Some(b'"') => '"',
            Some(b'u') => return self.hex_escape(4).map(Some),
            Some(b'U') => return self.hex_escape(8).map(Some),
            _ => {
                self.pos = start;
                return Ok(None);
            }
        };
        self.pos += 2;
        Ok(Some(ch))
    }

    fn hex_escape(&mut self, length: usize) -> Parsed<char> {
        let digits_start = self.pos + 2;
        let digits = self
            .text
            .get(digits_start..digits_start + length)
            .filter(|digits| digits.bytes().all(|byte| byte.is_ascii_hexdigit()));
        let ch = digits
            .and_then(|digits| u32::from_str_radix(digits, 16).ok())
            .and_then(char::from_u32);
        match ch {
            Some(ch) => {
                self.pos = digits_start + length;
                Ok(ch)
            }
            None => Err(self.error_at(
                digits_start,
                format!("expected {length} hexadecimal digits naming a character"),
            )),
        }
    }

    fn interpolation(&mut self) -> Parsed<Expr> {
        self.pos += 2;
        self.eat(b'~');
        self.ws();
        let expr = self.sub_expression(true)?;
        self.ws();
        self.eat(b'~');
        self.expect(b'}')?;
        Ok(expr)
    }

    /// `%{if}`...`%{endif}` or `%{for}`...`%{endfor}`, read to its end
    /// (its value is not modelled). `false` when the text at `%{` is not the
    /// start of one (an `else` or an end, which the caller handles).
    fn directive(&mut self) -> Parsed<bool> {
        if self.control_start("if") {
            self.ws();
            self.sub_expression(false)?;
            self.control_end()?;
            self.template_elements(Literals::Plain)?;
            let before_else = self.pos;
            if self.control_start("else") {
                self.control_end()?;
                self.template_elements(Literals::Plain)?;
            } else {
                self.pos = before_else;
            }
            self.control_keyword("endif")?;
            return Ok(true);
        }
        if self.control_start("for") {
            self.ws();
            self.expect_ident()?;
            self.ws();
            if self.eat(b',') {
                self.ws();
                self.expect_ident()?;
                self.ws();
            }
            if !self.eat_str("in") {
                return Err(self.error("expected `in`"));
            }
            self.ws();
            self.sub_expression(false)?;
            self.control_end()?;
            self.template_elements(Literals::Plain)?;
            self.control_keyword("endfor")?;
            return Ok(true);
        }
        Ok(false)
    }

    /// `%{`, an optional `~`, whitespace and `keyword`; the position is
    /// unchanged when they are not there.
    fn control_start(&mut self, keyword: &str) -> bool {
        let start = self.pos;
        if self.eat_str("%{") {
            self.eat(b'~');
            self.ws();
            if self.eat_str(keyword) {
                return true;
            }
        }
        self.pos = start;
        false
    }

    /// Whitespace, an optional `~` and `}`.
    fn control_end(&mut self) -> Parsed<()> {
        self.ws();
        self.eat(b'~');
        self.expect(b'}')
    }

    /// `%{ keyword }`, required.
    fn control_keyword(&mut self, keyword: &str) -> Parsed<()> {
        if !self.control_start(keyword) {
            return Err(self.error(format!("expected `%{{ {keyword} }}`")));
        }
        self.control_end()
    }
}

/// Folds `operands[0] op[0] operands[1] ...` into a tree by precedence,
/// every operator left-associative.
fn fold_binary(operands: Vec<Expr>, operators: Vec<&'static str>) -> Expr {
    let mut output: Vec<Expr> = Vec::with_capacity(operands.len());
    let mut pending: Vec<&'static str> = Vec::new();
    let mut operands = operands.into_iter();
    if let Some(first) = operands.next() {
        output.push(first);
    }
    for (operator, operand) in operators.into_iter().zip(operands) {
        while let Some(top) = pending.last()
            && precedence(top) >= precedence(operator)
        {
            let top = *top;
            pending.pop();
            reduce(&mut output, top);
        }
        pending.push(operator);
        output.push(operand);
    }
    while let Some(top) = pending.pop() {
        reduce(&mut output, top);
    }
    output.pop().unwrap_or(Expr {
        kind: ExprKind::Null,
        span: Span::default(),
    })
}

fn reduce(output: &mut Vec<Expr>, operator: &'static str) {
    let (Some(rhs), Some(lhs)) = (output.pop(), output.pop()) else {
        return;
    };
    let span = Span::new(lhs.span.start, rhs.span.end);
    output.push(Expr {
        kind: ExprKind::Binary {
            operator,
            lhs: Box::new(lhs),
            rhs: Box::new(rhs),
        },
        span,
    });
}

fn precedence(operator: &str) -> u8 {
    match operator {
        "*" | "/" | "%" => 6,
        "+" | "-" => 5,
        "<" | ">" | "<=" | ">=" => 4,
        "==" | "!=" => 3,
        "&&" => 2,
        _ => 1,
    }
}

/// Adjacent literals joined; a template of literal text only is a string.
fn template_expr(elements: Vec<Element>, span: Span) -> Expr {
    let mut parts: Vec<TemplatePart> = Vec::with_capacity(elements.len());
    for element in elements {
        match element {
            Element::Literal(text) => match parts.last_mut() {
                Some(TemplatePart::Literal(previous)) => previous.push_str(&text),
                _ => parts.push(TemplatePart::Literal(text)),
            },
            Element::Interpolation(expr) => parts.push(TemplatePart::Interpolation(expr)),
            Element::Directive(directive) => parts.push(TemplatePart::Directive(directive)),
        }
    }
    let kind = match parts.as_mut_slice() {
        [] => ExprKind::String(String::new()),
        [TemplatePart::Literal(text)] => ExprKind::String(std::mem::take(text)),
        _ => ExprKind::Template(parts),
    };
    Expr { kind, span }
}

/// Strips the common indentation of a `<<-` heredoc's lines, counted over
/// the literal parts that start lines (hcl-edit's rule: a literal with an
/// unindented line does not count, and an interpolation at the start of a
/// line means nothing is stripped).
fn dedent(elements: &mut [Element]) {
    let mut indent: Option<usize> = None;
    let mut skip_first = false;
    for element in elements.iter() {
        if let Element::Literal(text) = element {
            if let Some(leading) = least_indent(text, skip_first) {
                indent = Some(indent.map_or(leading, |indent| indent.min(leading)));
            }
            skip_first = !text.ends_with('\n');
        } else if !skip_first {
            return;
        }
    }
    let Some(indent) = indent else { return };
    let mut skip_first = false;
    for element in elements.iter_mut() {
        if let Element::Literal(text) = element {
            *text = dedent_by(text, indent, skip_first);
            skip_first = !text.ends_with('\n');
        } else if !skip_first {
            skip_first = true;
        }
    }
}

fn least_indent(text: &str, skip_first: bool) -> Option<usize> {
    if text.is_empty() {
        return None;
    }
    let mut least: Option<usize> = None;
    for (index, line) in text.lines().enumerate() {
        if (index == 0 && skip_first) || line.is_empty() {
            continue;
        }
        let leading = line.chars().take_while(|ch| ch.is_whitespace()).count();
        if leading == 0 {
            return None;
        }
        least = Some(least.map_or(leading, |least| least.min(leading)));
    }
    least
}

fn dedent_by(text: &str, indent: usize, skip_first: bool) -> String {
    let mut dedented = String::with_capacity(text.len());
    for (index, line) in text.lines().enumerate() {
        if index == 0 && skip_first {
            dedented.push_str(line);
        } else if !line.is_empty() {
            dedented.extend(line.chars().skip(indent));
        }
        dedented.push('\n');
    }
    if !text.ends_with('\n') {
        dedented.pop();
    }
    dedented
}

/// Whether `line` (the start of a line) is spaces or tabs, `delimiter`
/// and no identifier character after it.
fn closes_heredoc(line: &str, delimiter: &str) -> bool {
    line.trim_start_matches([' ', '\t'])
        .strip_prefix(delimiter)
        .is_some_and(|after| !after.chars().next().is_some_and(is_id_continue))
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
            include_str!("../../fuzz/regressions/hcl/operator-before-object-never-finishes.tf");
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
