//! The cells of a CSV record as they are written: where each one starts
//! and ends, found from the text alone.
//!
//! The grammar is csv-core's (the csv crate's): a cell is quoted only when
//! its first character is the quote; `""` inside quotes is a quote; after
//! the closing quote the cell goes on unquoted, to the delimiter or the line
//! end. The reader cuts records with it and takes each cell's value from
//! its span ([`value`], held to the csv crate's by the tests), in one pass;
//! the index of a file ([`super::CsvIndex`]) walks it again to find the
//! cell of a place, so that no span is kept for a cell (an empty cell
//! costs nothing).

use crate::tree::Span;

/// One cell of a record, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawCell {
    /// From its first byte (its opening quote, if quoted) to the delimiter
    /// or line end after it.
    pub span: Span,
    /// Whether it is quoted.
    pub quoted: bool,
    /// A quoted cell that is never closed: it runs to the end of the text.
    pub unterminated: bool,
    /// The first quote out of place in the cell, if any.
    pub stray: Option<Stray>,
}

/// A quote out of place in a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stray {
    /// Text after the closing quote of a quoted cell (`"a"b`), at it.
    AfterClosing(usize),
    /// A quote in a cell that is not quoted (`a"b`), at it.
    InUnquoted(usize),
}

/// The cells of the record that starts at a byte of a text.
#[derive(Debug, Clone)]
pub(crate) struct Cells<'t> {
    bytes: &'t [u8],
    pos: usize,
    delimiter: u8,
    done: bool,
}

/// The cells of the record of `bytes` that starts at `start` (not at a
/// line end), split on `delimiter`.
pub(crate) fn cells(bytes: &[u8], start: usize, delimiter: u8) -> Cells<'_> {
    Cells {
        bytes,
        pos: start,
        delimiter,
        done: false,
    }
}

impl Cells<'_> {
    /// After the last cell: the offset just after the record (at its line
    /// end, or the end of the text).
    pub fn end(&self) -> usize {
        self.pos
    }
}

impl Iterator for Cells<'_> {
    type Item = RawCell;

    fn next(&mut self) -> Option<RawCell> {
        if self.done {
            return None;
        }
        let bytes = self.bytes;
        let start = self.pos;
        let mut i = start;
        let quoted = bytes.get(i) == Some(&b'"');
        if quoted {
            i += 1;
            loop {
                match memchr::memchr(b'"', &bytes[i.min(bytes.len())..]) {
                    None => {
                        self.done = true;
                        self.pos = bytes.len();
                        return Some(RawCell {
                            span: Span::new(start, bytes.len()),
                            quoted,
                            unterminated: true,
                            stray: None,
                        });
                    }
                    Some(k) if bytes.get(i + k + 1) == Some(&b'"') => i += k + 2,
                    Some(k) => {
                        i += k + 1;
                        break;
                    }
                }
            }
        }
        // The rest of the cell, to the delimiter or the line end: after a
        // closing quote, any of it is out of place; else a quote in it is.
        let rest = bytes.get(i..).unwrap_or_default();
        let n = memchr::memchr3(self.delimiter, b'\n', b'\r', rest).unwrap_or(rest.len());
        let stray = if quoted {
            (n > 0).then_some(Stray::AfterClosing(i))
        } else {
            memchr::memchr(b'"', &rest[..n]).map(|k| Stray::InUnquoted(i + k))
        };
        i += n;
        if bytes.get(i) == Some(&self.delimiter) {
            self.pos = i + 1;
        } else {
            self.pos = i;
            self.done = true;
        }
        Some(RawCell {
            span: Span::new(start, i),
            quoted,
            unterminated: false,
            stray,
        })
    }
}

/// The value of a cell as csv-core reads it: an unquoted cell's text as
/// written; a quoted cell's text between its quotes, each `""` a quote,
/// then any text after its closing quote (to the end of the text when it
/// is never closed). A range of the bytes when it is one, else the bytes.
pub(crate) enum CellValue {
    Range(std::ops::Range<usize>),
    Bytes(Vec<u8>),
}

/// The value of `cell`, a cell of `bytes` (see [`CellValue`]).
pub(crate) fn value(bytes: &[u8], cell: &RawCell) -> CellValue {
    let Span { start, end } = cell.span;
    if !cell.quoted {
        return CellValue::Range(start..end);
    }
    let mut out = Vec::new();
    let mut i = start + 1;
    loop {
        match memchr::memchr(b'"', &bytes[i..end]) {
            None => {
                // Never closed.
                if out.is_empty() {
                    return CellValue::Range(start + 1..end);
                }
                out.extend_from_slice(&bytes[i..end]);
                return CellValue::Bytes(out);
            }
            Some(k) if i + k + 1 < end && bytes[i + k + 1] == b'"' => {
                out.extend_from_slice(&bytes[i..=i + k]);
                i += k + 2;
            }
            Some(k) => {
                // The closing quote; what follows it is part of the value.
                let close = i + k;
                if out.is_empty() && close + 1 == end {
                    return CellValue::Range(start + 1..close);
                }
                out.extend_from_slice(&bytes[i..close]);
                out.extend_from_slice(&bytes[close + 1..end]);
                return CellValue::Bytes(out);
            }
        }
    }
}

/// [`value`] as bytes.
pub(crate) fn value_bytes<'b>(bytes: &'b [u8], cell: &RawCell) -> std::borrow::Cow<'b, [u8]> {
    match value(bytes, cell) {
        CellValue::Range(r) => std::borrow::Cow::Borrowed(&bytes[r]),
        CellValue::Bytes(b) => std::borrow::Cow::Owned(b),
    }
}

/// [`value`] of a cell of a text.
pub(crate) fn text_value<'t>(text: &'t str, cell: &RawCell) -> std::borrow::Cow<'t, str> {
    match value(text.as_bytes(), cell) {
        // Cells are cut at ASCII bytes: at boundaries of characters.
        CellValue::Range(r) => std::borrow::Cow::Borrowed(text.get(r).unwrap_or_default()),
        CellValue::Bytes(b) => String::from_utf8_lossy(&b).into_owned().into(),
    }
}

/// Whether a cell's value is blank (nothing but white space).
pub(crate) fn blank(bytes: &[u8], cell: &RawCell) -> bool {
    blank_text(&value_bytes(bytes, cell))
}

/// Whether a value is blank: text of nothing but white space.
pub(crate) fn blank_text(value: &[u8]) -> bool {
    std::str::from_utf8(value).is_ok_and(|s| s.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(src: &str) -> Vec<&str> {
        cells(src.as_bytes(), 0, b',')
            .map(|c| &src[c.span.start..c.span.end])
            .collect()
    }

    #[test]
    fn cells_are_located_with_their_quotes() {
        assert_eq!(spans("a,\"b,c\",d\r\n"), ["a", "\"b,c\"", "d"]);
        assert_eq!(spans("\"x\"\"y\"z,,"), ["\"x\"\"y\"z", "", ""]);
        assert_eq!(spans("\"multi\r\nline\",2\n"), ["\"multi\r\nline\"", "2"]);
        let mut open = cells(b"a,\"open", 0, b',');
        assert!(!open.next().unwrap().unterminated);
        let last = open.next().unwrap();
        assert!(last.unterminated);
        assert_eq!(last.span, Span::new(2, 7));
        assert_eq!(open.next(), None);
        assert_eq!(open.end(), 7);
    }

    #[test]
    fn stray_quotes_are_found() {
        let found: Vec<Option<Stray>> = cells(b"\"a\"b,c\"d,e", 0, b',').map(|c| c.stray).collect();
        assert_eq!(
            found,
            [
                Some(Stray::AfterClosing(3)),
                Some(Stray::InUnquoted(6)),
                None
            ]
        );
    }

    /// Values are the csv crate's, cell for cell, however the quotes fall.
    #[test]
    fn values_are_the_csv_crates() {
        for src in [
            "a,\"b,c\",d",
            "\"x\"\"y\"z,,\"\"",
            "\"multi\r\nline\",2",
            "\"a\"b,c\"d,e",
            "\"\"\"\"\"\",\" lead\"tail ,\"\"x",
            " , \t,\"  \"",
            "a,\"open \"\" still",
        ] {
            let ours: Vec<String> = cells(src.as_bytes(), 0, b',')
                .map(|c| text_value(src, &c).into_owned())
                .collect();
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(src.as_bytes());
            let theirs: Vec<String> = reader
                .records()
                .next()
                .unwrap()
                .unwrap()
                .iter()
                .map(String::from)
                .collect();
            assert_eq!(ours, theirs, "{src:?}");
        }
    }

    #[test]
    fn a_record_ends_at_its_line_end() {
        let mut it = cells(b"a,b\nc", 0, b',');
        assert_eq!(it.by_ref().count(), 2);
        assert_eq!(it.end(), 3);
    }
}
