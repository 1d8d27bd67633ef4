//! Expressions: terms and their traversals, operators folded by
//! precedence, conditionals, calls, lists, objects, `for` expressions and
//! numbers.

use crate::source::Span;
use crate::terraform::syntax::{Expr, ExprKind, ForExpr, ObjectKey, TraversalOperator};

use super::{MAX_OPERATOR_DEPTH, Parsed, Parser};

impl Parser<'_> {
    /// A full expression: terms joined by binary operators, maybe a
    /// conditional. `newlines` says whether newlines may stand between
    /// tokens; a list, a call or a `for` object as the first term turns it
    /// on for the rest (hcl-edit's rule).
    pub(super) fn expression(&mut self, newlines: &mut bool) -> Parsed<Expr> {
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
    pub(super) fn sub_expression(&mut self, newlines: bool) -> Parsed<Expr> {
        self.nested(|parser| {
            let mut newlines = newlines;
            parser.expression(&mut newlines)
        })
    }

    pub(super) fn conditional(
        &mut self,
        condition: Expr,
        start: usize,
        newlines: &mut bool,
    ) -> Parsed<Expr> {
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
    pub(super) fn binary_chain(&mut self, first: Expr, newlines: bool) -> Parsed<Expr> {
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

    pub(super) fn binary_operator(&mut self) -> Option<&'static str> {
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
    pub(super) fn term(&mut self, newlines: &mut bool) -> Parsed<Expr> {
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

    pub(super) fn traversal(&mut self, base: Expr, start: usize, newlines: bool) -> Parsed<Expr> {
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

    pub(super) fn unary(&mut self, newlines: bool) -> Parsed<Expr> {
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

    pub(super) fn parenthesis(&mut self) -> Parsed<Expr> {
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
    pub(super) fn identlike(&mut self, newlines: &mut bool) -> Parsed<Expr> {
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
    pub(super) fn call_arguments(&mut self) -> Parsed<(Vec<Expr>, bool)> {
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

    pub(super) fn at_argument(&self) -> bool {
        !matches!(self.peek(), Some(b',' | b'.' | b')') | None)
    }

    /// `[a, b]` or `[for ...]`.
    pub(super) fn list(&mut self) -> Parsed<Expr> {
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
    pub(super) fn object(&mut self, newlines: &mut bool) -> Parsed<Expr> {
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
    pub(super) fn at_for_keyword(&mut self) -> bool {
        let before = self.pos;
        self.ws();
        let found = self.starts_with("for")
            && matches!(self.peek_at(3), Some(b' ' | b'\t' | b'#' | b'/' | b'\n'));
        self.pos = before;
        found
    }

    /// `for k, v in collection :`; the value, key and condition are filled
    /// in by the caller.
    pub(super) fn for_intro(&mut self) -> Parsed<ForExpr> {
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

    pub(super) fn for_condition(&mut self, newlines: bool) -> Parsed<Option<Expr>> {
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

    pub(super) fn number(&mut self) -> Parsed<Expr> {
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
    pub(super) fn number_value(&mut self) -> Parsed<f64> {
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

    pub(super) fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }

    /// `-1.5` (spaces allowed after the sign) as one number, or `None`
    /// when no number follows the sign.
    pub(super) fn negative_number(&mut self) -> Parsed<Option<Expr>> {
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
}

/// Folds `operands[0] op[0] operands[1] ...` into a tree by precedence,
/// every operator left-associative.
pub(super) fn fold_binary(operands: Vec<Expr>, operators: Vec<&'static str>) -> Expr {
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

pub(super) fn reduce(output: &mut Vec<Expr>, operator: &'static str) {
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

pub(super) fn precedence(operator: &str) -> u8 {
    match operator {
        "*" | "/" | "%" => 6,
        "+" | "-" => 5,
        "<" | ">" | "<=" | ">=" => 4,
        "==" | "!=" => 3,
        "&&" => 2,
        _ => 1,
    }
}
