//! Source files, byte spans, and the line index that turns a byte offset into a
//! 1-based line and a 1-based column counted in Unicode code points.
//!
//! Every later stage refers to text by `Span` (a byte range into one file), so a
//! position is computed once, at report time, and only for what is reported.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A byte range into one source file's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    pub fn from_range(range: Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }

    /// Shifts a span found in a substring that starts at `offset`.
    pub fn shifted(self, offset: usize) -> Self {
        Span::new(self.start + offset, self.end + offset)
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

/// A 1-based line and a 1-based column in Unicode code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// The start and end position of a span; `end` is exclusive, as in SARIF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Region {
    pub start: Position,
    pub end: Position,
}

/// Byte offsets of the start of every line. CR, LF and CRLF all end a line, as
/// in editors and SARIF.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// `(byte offset, characters since its line's start)` every
    /// [`CHECKPOINT`] bytes of long lines, so a column is counted from the
    /// nearest checkpoint: a minified 20 MB one-line template with 200,000
    /// findings would otherwise count 20 MB of characters per position.
    checkpoints: Vec<(usize, usize)>,
}

/// Bytes between column checkpoints on long lines.
const CHECKPOINT: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    line_starts.push(i + 2);
                    i += 1;
                }
                b'\r' => line_starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        let mut checkpoints = Vec::new();
        for (line, &start) in line_starts.iter().enumerate() {
            let end = line_starts.get(line + 1).copied().unwrap_or(text.len());
            if end - start <= CHECKPOINT {
                continue;
            }
            let (mut at, mut count) = (start, 0usize);
            while at + CHECKPOINT < end {
                // A character is at most 4 bytes: the floor is past `at`.
                let next = floor_char_boundary(text, at + CHECKPOINT);
                count += text.get(at..next).map_or(0, |part| part.chars().count());
                at = next;
                checkpoints.push((at, count));
            }
        }
        LineIndex {
            line_starts,
            checkpoints,
        }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The 0-based line that contains byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// Position of a byte offset; an offset inside a multi-byte character or
    /// past the end is clamped to the nearest character boundary before it.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let start = self.line_starts[line];
        // The nearest checkpoint of this line at or before `offset`.
        let index = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (from, before) = match index.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some((at, count)) if at > start => (at, count),
            _ => (start, 0),
        };
        let column = before + text[from..offset].chars().count() + 1;
        Position {
            line: line + 1,
            column,
        }
    }

    pub fn region(&self, text: &str, span: Span) -> Region {
        Region {
            start: self.position(text, span.start),
            end: self.position(text, span.end),
        }
    }

    /// The byte range of 1-based `line`, without its line terminator.
    pub fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let index = line.saturating_sub(1).min(self.line_starts.len() - 1);
        let start = self.line_starts[index];
        let mut end = self
            .line_starts
            .get(index + 1)
            .copied()
            .unwrap_or(text.len());
        let bytes = text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        start..end
    }

    /// The byte offset of a 1-based line and column (the inverse of `position`).
    pub fn offset(&self, text: &str, position: Position) -> Option<usize> {
        let range = self.line_range(text, position.line);
        if position.line == 0 || position.line > self.line_starts.len() {
            return None;
        }
        let line_text = &text[range.clone()];
        let skip = position.column.checked_sub(1)?;
        if skip == line_text.chars().count() {
            return Some(range.end);
        }
        line_text
            .char_indices()
            .nth(skip)
            .map(|(i, _)| range.start + i)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// One file read from disk: its path as given by discovery, its text (a UTF-8
/// byte order mark removed) and its line index, built the first time a
/// position is asked for (most files produce no finding and need none).
#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    line_index: std::sync::OnceLock<LineIndex>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Arc<Self> {
        let mut text: String = text.into();
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        Arc::new(SourceFile {
            path: path.into(),
            text,
            line_index: std::sync::OnceLock::new(),
        })
    }

    /// The line index, built on first use.
    pub fn lines(&self) -> &LineIndex {
        self.line_index.get_or_init(|| LineIndex::new(&self.text))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn slice(&self, span: Span) -> &str {
        let start = floor_char_boundary(&self.text, span.start.min(self.text.len()));
        let end = floor_char_boundary(&self.text, span.end.min(self.text.len()));
        &self.text[start..end.max(start)]
    }

    pub fn position(&self, offset: usize) -> Position {
        self.lines().position(&self.text, offset)
    }

    pub fn region(&self, span: Span) -> Region {
        self.lines().region(&self.text, span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_on_long_lines_match_a_plain_count() {
        let line: String = (0..20_000)
            .map(|i| if i % 7 == 0 { 'é' } else { 'a' })
            .collect();
        let text = format!("first\n{line}\nlast");
        let index = LineIndex::new(&text);
        for offset in [
            6,
            7,
            4095,
            4096,
            4097,
            9000,
            12_345,
            text.len() - 6,
            text.len(),
        ] {
            let expected = {
                let offset = floor_char_boundary(&text, offset);
                let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
                text[start..offset].chars().count() + 1
            };
            assert_eq!(
                index.position(&text, offset).column,
                expected,
                "offset {offset}"
            );
        }
    }

    #[test]
    fn columns_count_code_points() {
        let text = "a = \"é\"\nb = \"0.0.0.0/0\"\n";
        let index = LineIndex::new(text);
        let offset = text.find("0.0").unwrap();
        assert_eq!(
            index.position(text, offset),
            Position { line: 2, column: 6 }
        );
        let after = text.find('"').unwrap() + 1 + 'é'.len_utf8();
        assert_eq!(index.position(text, after), Position { line: 1, column: 7 });
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let text = "a\r\nb\rc\nd";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        assert_eq!(
            index.position(text, text.find('c').unwrap()),
            Position { line: 3, column: 1 }
        );
        assert_eq!(&text[index.line_range(text, 1)], "a");
        assert_eq!(&text[index.line_range(text, 4)], "d");
    }

    #[test]
    fn bom_is_removed() {
        let file = SourceFile::new("x.tf", "\u{feff}a = 1");
        assert_eq!(file.text, "a = 1");
        assert_eq!(file.position(0), Position { line: 1, column: 1 });
    }

    proptest::proptest! {
        #[test]
        fn offset_position_round_trip(text in "[a-c\r\n\té€😀]{0,40}", pick in 0usize..64) {
            let index = LineIndex::new(&text);
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i)
                .chain(std::iter::once(text.len())).collect();
            let offset = boundaries[pick % boundaries.len()];
            // Offsets between a CR and its LF have no position of their own.
            proptest::prop_assume!(!(offset > 0 && text.as_bytes()[offset - 1] == b'\r'
                && text.as_bytes().get(offset) == Some(&b'\n')));
            let position = index.position(&text, offset);
            let back = index.offset(&text, position);
            let at_line_end = text[offset..].starts_with(['\r', '\n']);
            if at_line_end {
                proptest::prop_assert_eq!(back, Some(index.line_range(&text, position.line).end));
            } else {
                proptest::prop_assert_eq!(back, Some(offset));
            }
        }
    }
}
