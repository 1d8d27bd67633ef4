//! Strict JSON with a byte span on every node, read by a small parser of
//! our own straight into `tree::Node`.
//!
//! Why not a library: serde_json's `Value` keeps no positions, and the
//! span-keeping parser sglint used before (jsonc-parser, still the test
//! oracle) builds its own syntax tree first, which held a large template
//! twice in memory. This one reads each byte once and builds only the
//! nodes sglint keeps.
//!
//! Escapes are JSON's own: the JSON5 escapes jsonc-parser decoded (`\x41`,
//! `\v`, `\L` for `L`) are refused, as Terraform and CloudFormation refuse
//! them. Nesting deeper than 512 levels is an error, not a stack overflow.

use crate::parse::tree::{Entry, Node, Value};
use crate::source::Span;

#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct JsonError {
    pub message: String,
    pub offset: usize,
}

/// Arrays and objects nested deeper than this are refused.
const MAX_DEPTH: usize = 512;

type Parsed<T> = Result<T, JsonError>;

/// Parses strict JSON (no comments, no trailing commas: Terraform and
/// CloudFormation accept neither).
pub fn parse(text: &str) -> Result<Node, JsonError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    parser.whitespace();
    if parser.pos == parser.bytes.len() {
        return Err(parser.error("empty document"));
    }
    let node = parser.value()?;
    parser.whitespace();
    if parser.pos < parser.bytes.len() {
        return Err(parser.error("text after the end of the document"));
    }
    Ok(node)
}

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, message: &str) -> JsonError {
        self.error_at(self.pos, message)
    }

    fn error_at(&self, offset: usize, message: &str) -> JsonError {
        JsonError {
            message: message.to_string(),
            offset,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// JSON's whitespace, plus what the earlier parser also skipped
    /// (vertical tab, form feed, Unicode spaces such as U+00A0).
    fn whitespace(&mut self) {
        while let Some(byte) = self.peek() {
            match byte {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => self.pos += 1,
                0x80.. => match self.text[self.pos..].chars().next() {
                    Some(ch) if ch.is_whitespace() => self.pos += ch.len_utf8(),
                    _ => return,
                },
                _ => return,
            }
        }
    }

    fn expect(&mut self, byte: u8, what: &str) -> Parsed<()> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn value(&mut self) -> Parsed<Node> {
        let start = self.pos;
        let value = match self.peek() {
            Some(b'{') => return self.nested(Self::object),
            Some(b'[') => return self.nested(Self::array),
            Some(b'"') => Value::String(self.string()?),
            Some(b'-' | b'.' | b'0'..=b'9' | b'N' | b'I') => Value::Number(self.number()?),
            Some(b't') => self.keyword("true", Value::Bool(true))?,
            Some(b'f') => self.keyword("false", Value::Bool(false))?,
            Some(b'n') => self.keyword("null", Value::Null)?,
            None => return Err(self.error("unexpected end of the document")),
            Some(_) => return Err(self.error("expected a value")),
        };
        Ok(Node {
            value,
            span: Span::new(start, self.pos),
        })
    }

    fn nested(&mut self, read: impl FnOnce(&mut Self) -> Parsed<Node>) -> Parsed<Node> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error("nested more than 512 levels deep"));
        }
        self.depth += 1;
        let node = read(self);
        self.depth -= 1;
        node
    }

    /// At a closing bracket after a comma: the error points at the comma.
    fn trailing_comma(&self) -> JsonError {
        let comma = self.text[..self.pos].rfind(',').unwrap_or(self.pos);
        self.error_at(comma, "trailing commas are not allowed")
    }

    fn keyword(&mut self, word: &str, value: Value) -> Parsed<Value> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn object(&mut self) -> Parsed<Node> {
        let start = self.pos;
        self.pos += 1;
        let mut entries = Vec::new();
        self.whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                self.whitespace();
                let key_start = self.pos;
                if self.peek() == Some(b'}') && !entries.is_empty() {
                    return Err(self.trailing_comma());
                }
                if self.peek() != Some(b'"') {
                    return Err(self.error("expected a property name in double quotes"));
                }
                let key = self.string()?;
                let key_span = Span::new(key_start, self.pos);
                self.whitespace();
                self.expect(b':', "expected `:`")?;
                self.whitespace();
                let value = self.value()?;
                entries.push(Entry {
                    key,
                    key_span,
                    value,
                });
                self.whitespace();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b'}') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(self.error("expected `,` or `}`")),
                }
            }
        }
        Ok(Node {
            value: Value::Object(entries),
            span: Span::new(start, self.pos),
        })
    }

    fn array(&mut self) -> Parsed<Node> {
        let start = self.pos;
        self.pos += 1;
        let mut items = Vec::new();
        self.whitespace();
        if self.peek() == Some(b']') {
            self.pos += 1;
        } else {
            loop {
                self.whitespace();
                if self.peek() == Some(b']') && !items.is_empty() {
                    return Err(self.trailing_comma());
                }
                items.push(self.value()?);
                self.whitespace();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b']') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(self.error("expected `,` or `]`")),
                }
            }
        }
        Ok(Node {
            value: Value::Array(items),
            span: Span::new(start, self.pos),
        })
    }

    /// A string's value, escapes decoded; the position is after its quote.
    fn string(&mut self) -> Parsed<String> {
        self.pos += 1;
        let mut value = String::new();
        loop {
            let run_start = self.pos;
            while let Some(byte) = self.peek() {
                // Control characters are kept as written (the earlier
                // parser read them; strict JSON would refuse them).
                if byte == b'"' || byte == b'\\' {
                    break;
                }
                self.pos += 1;
            }
            // Runs end at ASCII bytes, so they are whole UTF-8 sequences.
            value.push_str(&self.text[run_start..self.pos]);
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(value);
                }
                Some(b'\\') => value.push(self.escape()?),
                _ => return Err(self.error("unterminated string")),
            }
        }
    }

    fn escape(&mut self) -> Parsed<char> {
        let start = self.pos;
        self.pos += 1;
        let Some(byte) = self.peek() else {
            return Err(self.error("unterminated string"));
        };
        self.pos += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                if (0xD800..0xDC00).contains(&first) && self.bytes[self.pos..].starts_with(b"\\u") {
                    let resume = self.pos;
                    self.pos += 2;
                    let second = self.hex4()?;
                    if (0xDC00..0xE000).contains(&second) {
                        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                        return char::from_u32(code)
                            .ok_or_else(|| self.error_at(start, "an invalid escape"));
                    }
                    self.pos = resume;
                }
                char::from_u32(first)
                    .ok_or_else(|| self.error_at(start, "an unpaired surrogate in a \\u escape"))?
            }
            _ => return Err(self.error_at(start, "an invalid escape")),
        })
    }

    fn hex4(&mut self) -> Parsed<u32> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|digits| digits.bytes().all(|byte| byte.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("expected four hexadecimal digits"))?;
        self.pos += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error("expected four hexadecimal digits"))
    }

    /// A number as written (`-0.5e3`). The grammar is JSON's, loosened as
    /// far as sglint's earlier parser read (`1.`, `.5`, `NaN`, `Infinity`), so
    /// no file that was read before is refused now.
    fn number(&mut self) -> Parsed<String> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        for word in ["NaN", "Infinity"] {
            if self.bytes[self.pos..].starts_with(word.as_bytes()) {
                self.pos += word.len();
                return Ok(self.text[start..self.pos].to_string());
            }
        }
        let integer = match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                true
            }
            Some(b'1'..=b'9') => {
                self.digits();
                true
            }
            _ => false,
        };
        if self.peek() == Some(b'.') {
            self.pos += 1;
            let fraction = self.pos;
            self.digits();
            if !integer && self.pos == fraction {
                return Err(self.error("expected a digit"));
            }
        } else if !integer {
            return Err(self.error("expected a digit"));
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("expected a digit in the exponent"));
            }
            self.digits();
        }
        Ok(self.text[start..self.pos].to_string())
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_values() {
        let text = r#"{"a": [1, "x\"y"], "b": null}"#;
        let node = parse(text).unwrap();
        let a = node.get("a").unwrap();
        let Value::Array(items) = &a.value else {
            panic!()
        };
        assert_eq!(&text[items[1].span.range()], r#""x\"y""#);
        assert_eq!(items[1].as_str(), Some("x\"y"));
    }

    #[test]
    fn rejects_trailing_comma_with_offset() {
        let error = parse("{\"a\": 1,}").unwrap_err();
        assert!(error.offset >= 7, "{error:?}");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = "[".repeat(100_000) + &"]".repeat(100_000);
        assert!(parse(&text).is_err());
    }

    #[test]
    fn escapes_and_numbers() {
        let node = parse(r#"["\u00e9\ud83d\ude00\n\/", -0.5e3, 0, 10]"#).unwrap();
        let Value::Array(items) = &node.value else {
            panic!()
        };
        assert_eq!(items[0].as_str(), Some("é😀\n/"));
        assert!(matches!(&items[1].value, Value::Number(text) if text == "-0.5e3"));
        for invalid in ["01", "-", "1e", "\"\\x\"", "[1,]", "{\"a\" 1}", "tru", "."] {
            assert!(parse(invalid).is_err(), "{invalid}");
        }
    }
}
