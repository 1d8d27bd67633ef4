//! The oracle for sglint's HCL parser: hcl-edit, converted into sglint's
//! syntax tree exactly as sglint did before it had its own parser. Used by
//! the differential test (`tests/hcl_differential.rs`), the HCL parse
//! benchmark and the `hcl_differential` fuzz target.
//!
//! `may_backtrack` names the inputs on which hcl-edit may backtrack
//! exponentially: callers skip them (sglint gave them a deadline).

#![allow(dead_code)]

use std::ops::Range;

use hcl_edit::Span as _;
use hcl_edit::expr::{
    BinaryOperator, Expression, ObjectKey as HclObjectKey, TraversalOperator as HclOperator,
    UnaryOperator,
};
use hcl_edit::structure::{BlockLabel, Body as HclBody, Structure};
use hcl_edit::template::{Element, Template};

use sglint::source::Span;
use sglint::terraform::syntax::{
    Attribute, Block, Body, Expr, ExprKind, ForExpr, Label, ObjectKey, TemplatePart,
    TraversalOperator,
};

/// Parses a `.tf` file with hcl-edit, renaming repeated object keys as
/// sglint did before it had its own parser; the error is the offset.
pub fn parse_body(text: &str) -> Result<Body, (String, usize)> {
    // Terraform accepts a key repeated in one object expression (the last
    // one wins); hcl-edit refuses it. Each repeated key is renamed in a
    // copy of the text to a placeholder of the same length, so every span
    // stays exact, and the original key is read back while converting.
    let mut working: Option<String> = None;
    let mut renamed: Vec<Span> = Vec::new();
    loop {
        let current = working.as_deref().unwrap_or(text);
        match hcl_edit::parser::parse_body(current) {
            Ok(body) => {
                let converter = Converter {
                    renamed: &renamed,
                    original: text,
                    ..Converter::exact(0)
                };
                return Ok(converter.body(&body));
            }
            Err(error) => {
                let offset = error.location().offset();
                let repeated = error.message().contains("redefined object key");
                let key = repeated
                    .then(|| repeated_key_span(current, offset))
                    .flatten()
                    .filter(|_| renamed.len() < MAX_RENAMED_KEYS);
                let Some(key) = key else {
                    return Err((describe_error(&error), offset));
                };
                let mut next = working.take().unwrap_or_else(|| text.to_string());
                if !rename_key(&mut next, key, renamed.len()) {
                    return Err((describe_error(&error), offset));
                }
                renamed.push(key);
                working = Some(next);
            }
        }
    }
}

/// Repeated object keys renamed per file: each costs a parse, and
/// hand-written Terraform has a few at most.
const MAX_RENAMED_KEYS: usize = 64;

/// The span of the key's name at `offset`: an identifier, or the inside of
/// a quoted key without escapes or interpolations.
fn repeated_key_span(text: &str, offset: usize) -> Option<Span> {
    let bytes = text.as_bytes();
    let is_ident = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-';
    match bytes.get(offset)? {
        b'"' => {
            let start = offset + 1;
            let length = bytes[start..]
                .iter()
                .position(|byte| matches!(byte, b'"' | b'\\' | b'$' | b'%' | b'\n'))?;
            (bytes.get(start + length) == Some(&b'"') && length > 0)
                .then(|| Span::new(start, start + length))
        }
        byte if is_ident(*byte) => {
            let length = bytes[offset..].iter().take_while(|b| is_ident(**b)).count();
            Some(Span::new(offset, offset + length))
        }
        _ => None,
    }
}

/// Writes the `index`-th placeholder over `span`: ASCII identifier
/// characters, the same length, so no span moves.
fn rename_key(text: &mut String, span: Span, index: usize) -> bool {
    const FIRST: &[u8] = b"_ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba";
    const REST: &[u8] = b"_0123456789ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba";
    let length = span.end - span.start;
    let mut placeholder = Vec::with_capacity(length);
    let mut rest = index;
    placeholder.push(FIRST[rest % FIRST.len()]);
    rest /= FIRST.len();
    for _ in 1..length {
        placeholder.push(REST[rest % REST.len()]);
        rest /= REST.len();
    }
    if rest > 0 || !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return false;
    }
    let Ok(placeholder) = String::from_utf8(placeholder) else {
        return false;
    };
    text.replace_range(span.start..span.end, &placeholder);
    true
}

/// Whether an operator is followed by `{` (spaces between allowed): the
/// shape that makes hcl-edit backtrack. `=>` (for expressions) and `${`
/// are excluded; `%{` may be a template directive or a modulo before an
/// object, so it counts (a helper thread for a directive costs little).
pub fn may_backtrack(text: &str) -> bool {
    operator_before_object(text) || bracket_depth(text) > MAX_PLAIN_DEPTH
}

/// Brackets open at once beyond which a parse gets the deadline: unclosed
/// `[` and `?` deep inside one another make hcl-edit backtrack too (found by
/// fuzzing); hand-written Terraform stays far below.
const MAX_PLAIN_DEPTH: usize = 12;

/// The most `[`, `(` and `{` open at once (strings not told apart: a
/// false alarm only costs a helper thread).
fn bracket_depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for byte in text.bytes() {
        match byte {
            b'[' | b'(' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b')' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

fn operator_before_object(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut previous: Option<(usize, u8)> = None;
    for (index, &byte) in bytes.iter().enumerate() {
        if byte.is_ascii_whitespace() {
            continue;
        }
        if byte == b'{'
            && let Some((at, operator)) = previous
            && matches!(
                operator,
                b'>' | b'<' | b'+' | b'-' | b'*' | b'/' | b'%' | b'!' | b'&' | b'|'
            )
            && !(operator == b'>' && at > 0 && bytes[at - 1] == b'=')
        {
            return true;
        }
        previous = Some((index, byte));
    }
    false
}

/// A template string (the contents of a JSON string), as sglint read it
/// with hcl-edit.
pub fn parse_template(text: &str, content: Span, exact: bool) -> Option<Expr> {
    let template = hcl_edit::parser::parse_template(text).ok()?;
    let converter = if exact {
        Converter::exact(content.start)
    } else {
        Converter::whole(content)
    };
    Some(converter.template(&template, content))
}

fn describe_error(error: &hcl_edit::parser::Error) -> String {
    let message = error.message().trim();
    let message = message.lines().next().unwrap_or("invalid HCL").trim();
    if message.is_empty() {
        "invalid HCL syntax".to_string()
    } else {
        message.to_string()
    }
}

/// Maps `hcl-edit` spans into file spans.
struct Converter<'t> {
    offset: usize,
    /// When set, every node gets this span (positions inside the text are not exact).
    whole: Option<Span>,
    /// Repeated object keys renamed before parsing, and the text whose
    /// slices hold their real names.
    renamed: &'t [Span],
    original: &'t str,
}

impl Converter<'_> {
    fn exact(offset: usize) -> Self {
        Converter {
            offset,
            whole: None,
            renamed: &[],
            original: "",
        }
    }

    fn whole(span: Span) -> Self {
        Converter {
            offset: span.start,
            whole: Some(span),
            renamed: &[],
            original: "",
        }
    }

    /// The real name of a key renamed before parsing, if `span` is one.
    fn renamed_key(&self, span: Span) -> Option<String> {
        self.renamed
            .iter()
            .find(|renamed| renamed.start >= span.start && renamed.end <= span.end)
            .and_then(|renamed| self.original.get(renamed.start..renamed.end))
            .map(str::to_string)
    }

    fn span(&self, range: Option<Range<usize>>) -> Span {
        if let Some(whole) = self.whole {
            return whole;
        }
        range
            .map(|range| Span::from_range(range).shifted(self.offset))
            .unwrap_or_default()
    }

    fn body(&self, body: &HclBody) -> Body {
        let mut converted = Body::default();
        for structure in body.iter() {
            match structure {
                Structure::Attribute(attribute) => converted.attributes.push(Attribute {
                    key: attribute.key.as_str().to_string(),
                    key_span: self.span(attribute.key.span()),
                    value: self.expr(&attribute.value),
                    span: self.span(attribute.span()),
                }),
                Structure::Block(block) => converted.blocks.push(Block {
                    ident: block.ident.as_str().to_string(),
                    ident_span: self.span(block.ident.span()),
                    labels: block
                        .labels
                        .iter()
                        .map(|label| match label {
                            BlockLabel::Ident(ident) => Label {
                                value: ident.as_str().to_string(),
                                span: self.span(ident.span()),
                            },
                            BlockLabel::String(string) => Label {
                                value: string.value().clone(),
                                span: self.span(string.span()),
                            },
                        })
                        .collect(),
                    body: self.body(&block.body),
                    span: self.span(block.span()),
                }),
            }
        }
        converted
    }

    fn boxed(&self, expr: &Expression) -> Box<Expr> {
        Box::new(self.expr(expr))
    }

    fn expr(&self, expr: &Expression) -> Expr {
        let span = self.span(expr.span());
        let kind = match expr {
            Expression::Null(_) => ExprKind::Null,
            Expression::Bool(value) => ExprKind::Bool(*value.value()),
            Expression::Number(number) => {
                ExprKind::Number(number.value().as_f64().unwrap_or(f64::NAN))
            }
            Expression::String(value) => ExprKind::String(value.value().clone()),
            Expression::Array(array) => {
                ExprKind::Tuple(array.iter().map(|element| self.expr(element)).collect())
            }
            Expression::Object(object) => ExprKind::Object(
                object
                    .iter()
                    .map(|(key, value)| (self.object_key(key), self.expr(value.expr())))
                    .collect(),
            ),
            Expression::StringTemplate(template) => {
                return self.template(template, span);
            }
            Expression::HeredocTemplate(heredoc) => {
                return self.template(&heredoc.template, span);
            }
            Expression::Parenthesis(inner) => ExprKind::Parenthesis(self.boxed(inner.inner())),
            Expression::Variable(name) => ExprKind::Variable(name.as_str().to_string()),
            Expression::Conditional(conditional) => ExprKind::Conditional {
                condition: self.boxed(&conditional.cond_expr),
                then: self.boxed(&conditional.true_expr),
                otherwise: self.boxed(&conditional.false_expr),
            },
            Expression::FuncCall(call) => {
                let mut name = String::new();
                for namespace in &call.name.namespace {
                    name.push_str(namespace.as_str());
                    name.push_str("::");
                }
                name.push_str(call.name.name.as_str());
                ExprKind::FuncCall {
                    name,
                    args: call.args.iter().map(|arg| self.expr(arg)).collect(),
                    expand_final: call.args.expand_final(),
                }
            }
            Expression::Traversal(traversal) => ExprKind::Traversal {
                base: self.boxed(&traversal.expr),
                operators: traversal
                    .operators
                    .iter()
                    .map(|operator| self.traversal_operator(operator.value(), operator.span()))
                    .collect(),
            },
            Expression::UnaryOp(op) => ExprKind::Unary {
                operator: match op.operator.value() {
                    UnaryOperator::Neg => "-",
                    UnaryOperator::Not => "!",
                },
                operand: self.boxed(&op.expr),
            },
            Expression::BinaryOp(op) => ExprKind::Binary {
                operator: binary_operator(*op.operator.value()),
                lhs: self.boxed(&op.lhs_expr),
                rhs: self.boxed(&op.rhs_expr),
            },
            Expression::ForExpr(for_expr) => ExprKind::For(Box::new(ForExpr {
                key_var: for_expr
                    .intro
                    .key_var
                    .as_ref()
                    .map(|var| var.as_str().to_string()),
                value_var: for_expr.intro.value_var.as_str().to_string(),
                collection: self.expr(&for_expr.intro.collection_expr),
                key: for_expr.key_expr.as_ref().map(|key| self.expr(key)),
                value: self.expr(&for_expr.value_expr),
                condition: for_expr.cond.as_ref().map(|cond| self.expr(&cond.expr)),
                grouping: for_expr.grouping,
            })),
        };
        Expr { kind, span }
    }

    fn object_key(&self, key: &HclObjectKey) -> ObjectKey {
        match key {
            HclObjectKey::Ident(ident) => {
                let span = self.span(ident.span());
                let name = self
                    .renamed_key(span)
                    .unwrap_or_else(|| ident.as_str().to_string());
                ObjectKey::Ident(name, span)
            }
            HclObjectKey::Expression(expr) => {
                let mut key = self.expr(expr);
                if let Some(name) = self.renamed_key(key.span) {
                    key.kind = ExprKind::String(name);
                }
                ObjectKey::Expr(key)
            }
        }
    }

    fn traversal_operator(
        &self,
        operator: &HclOperator,
        span: Option<Range<usize>>,
    ) -> TraversalOperator {
        match operator {
            HclOperator::AttrSplat(_) => TraversalOperator::AttrSplat,
            HclOperator::FullSplat(_) => TraversalOperator::FullSplat,
            HclOperator::GetAttr(ident) => {
                TraversalOperator::Attr(ident.as_str().to_string(), self.span(ident.span()))
            }
            HclOperator::Index(expr) => TraversalOperator::Index(self.expr(expr)),
            HclOperator::LegacyIndex(index) => TraversalOperator::Index(Expr {
                kind: ExprKind::Number(*index.value() as f64),
                span: self.span(span),
            }),
        }
    }

    /// A template with only literal text becomes a plain string.
    fn template(&self, template: &Template, span: Span) -> Expr {
        let mut parts = Vec::new();
        for element in template.iter() {
            match element {
                Element::Literal(literal) => {
                    if let Some(TemplatePart::Literal(previous)) = parts.last_mut() {
                        previous.push_str(literal.value());
                    } else {
                        parts.push(TemplatePart::Literal(literal.value().clone()));
                    }
                }
                Element::Interpolation(interpolation) => {
                    parts.push(TemplatePart::Interpolation(self.expr(&interpolation.expr)));
                }
                Element::Directive(directive) => {
                    parts.push(TemplatePart::Directive(self.span(directive.span())));
                }
            }
        }
        let kind = match parts.as_slice() {
            [] => ExprKind::String(String::new()),
            [TemplatePart::Literal(text)] => ExprKind::String(text.clone()),
            _ => ExprKind::Template(parts),
        };
        Expr { kind, span }
    }
}

fn binary_operator(operator: BinaryOperator) -> &'static str {
    match operator {
        BinaryOperator::Eq => "==",
        BinaryOperator::NotEq => "!=",
        BinaryOperator::LessEq => "<=",
        BinaryOperator::GreaterEq => ">=",
        BinaryOperator::Less => "<",
        BinaryOperator::Greater => ">",
        BinaryOperator::Plus => "+",
        BinaryOperator::Minus => "-",
        BinaryOperator::Mul => "*",
        BinaryOperator::Div => "/",
        BinaryOperator::Mod => "%",
        BinaryOperator::And => "&&",
        BinaryOperator::Or => "||",
    }
}
