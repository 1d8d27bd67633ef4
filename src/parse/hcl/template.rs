//! Strings and templates: quoted strings with their escapes, heredocs
//! (with `<<-` indentation stripped), interpolations and directives.

use crate::source::Span;
use crate::terraform::syntax::{Expr, ExprKind, TemplatePart};

use super::{Parsed, Parser, is_id_continue};

/// A piece of a template as the parser reads it, before adjacent literals
/// are joined.
pub(super) enum Element {
    Literal(String),
    Interpolation(Expr),
    Directive(Span),
}

/// Where a template's literal text ends.
#[derive(Clone, Copy)]
pub(super) enum Literals<'d> {
    /// A quoted string: at `"`, `\` (an escape), `${` or `%{`.
    Quoted,
    /// A template file, a JSON string or a directive's body: at `${` or `%{`.
    Plain,
    /// A heredoc: also at a line ending followed by the closing delimiter.
    Heredoc(&'d str),
}

impl Parser<'_> {
    /// A quoted string without interpolations or directives; `None` when it
    /// has some (the position is then unchanged).
    pub(super) fn plain_string(&mut self) -> Parsed<Option<String>> {
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

    pub(super) fn quoted(&mut self) -> Parsed<Expr> {
        let start = self.pos;
        self.expect(b'"')?;
        let elements = self.template_elements(Literals::Quoted)?;
        if !self.eat(b'"') {
            return Err(self.error("expected `\"` (an unterminated string or an invalid escape)"));
        }
        Ok(template_expr(elements, self.span(start, self.pos)))
    }

    pub(super) fn heredoc(&mut self) -> Parsed<Expr> {
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
    pub(super) fn template_elements(&mut self, literals: Literals) -> Parsed<Vec<Element>> {
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
    pub(super) fn literal(&mut self, literals: Literals) -> Parsed<Option<String>> {
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
    pub(super) fn at_heredoc_end(&self, delimiter: &str) -> bool {
        let rest = &self.text[self.pos..];
        match rest
            .strip_prefix('\n')
            .or_else(|| rest.strip_prefix("\r\n"))
        {
            Some(rest) => closes_heredoc(rest, delimiter),
            None => false,
        }
    }

    pub(super) fn at_closing_line(&self, delimiter: &str) -> bool {
        closes_heredoc(&self.text[self.pos..], delimiter)
    }

    /// A backslash escape; `None` (position unchanged) when it is not one.
    pub(super) fn escape(&mut self) -> Parsed<Option<char>> {
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

    pub(super) fn hex_escape(&mut self, length: usize) -> Parsed<char> {
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

    pub(super) fn interpolation(&mut self) -> Parsed<Expr> {
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
    pub(super) fn directive(&mut self) -> Parsed<bool> {
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
    pub(super) fn control_start(&mut self, keyword: &str) -> bool {
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
    pub(super) fn control_end(&mut self) -> Parsed<()> {
        self.ws();
        self.eat(b'~');
        self.expect(b'}')
    }

    /// `%{ keyword }`, required.
    pub(super) fn control_keyword(&mut self, keyword: &str) -> Parsed<()> {
        if !self.control_start(keyword) {
            return Err(self.error(format!("expected `%{{ {keyword} }}`")));
        }
        self.control_end()
    }
}

/// Adjacent literals joined; a template of literal text only is a string.
pub(super) fn template_expr(elements: Vec<Element>, span: Span) -> Expr {
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
pub(super) fn dedent(elements: &mut [Element]) {
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

pub(super) fn least_indent(text: &str, skip_first: bool) -> Option<usize> {
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

pub(super) fn dedent_by(text: &str, indent: usize, skip_first: bool) -> String {
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
pub(super) fn closes_heredoc(line: &str, delimiter: &str) -> bool {
    line.trim_start_matches([' ', '\t'])
        .strip_prefix(delimiter)
        .is_some_and(|after| !after.chars().next().is_some_and(is_id_continue))
}
