//! The cells of a CSV record as they are written: where each one starts
//! and ends, found from the text alone.
//!
//! The grammar is csv-core's (the csv crate's): a cell is quoted only when
//! its first character is the quote; `""` inside quotes is a quote; after
//! the closing quote the cell goes on unquoted, to the delimiter or the line
//! end. The reader walks a record with it alongside the csv crate, which
//! decodes the values but does not say where they were written; the index
//! of a file ([`super::CsvIndex`]) walks it again to find the cell of a
//! place, so that no span is kept for a cell (an empty cell costs nothing).

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

    #[test]
    fn a_record_ends_at_its_line_end() {
        let mut it = cells(b"a,b\nc", 0, b',');
        assert_eq!(it.by_ref().count(), 2);
        assert_eq!(it.end(), 3);
    }
}
