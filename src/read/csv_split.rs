//! A big CSV file cut into documents as it is read, block by block.
//!
//! [`super::csv_rows::split`] needs the whole text; this reads the file in
//! blocks with the same cell scanner (where each record starts and ends,
//! and the values of its cells) and hands each
//! document over, with its rows' text, as soon as its rows have ended,
//! when the rows of each document are next to each other in the file (as
//! a sheet sorted by document, or written by fosx, has them). A document
//! whose rows come back after another document's makes the file
//! [`Cut::Whole`]: it is then cut from its whole text. Memory is bounded
//! by a block, the longest record and the documents handed over, not by
//! the file.

use super::csv_rows::{RowRef, delimiter, line_breaks, scan_record, skip_line_ends};
use crate::source::CsvHeader;
use crate::source::cells::{cells, value_bytes};
use std::io::Read;

/// Bytes read from the file at a time.
const BLOCK: usize = 1 << 20;

/// One document's rows, handed over as soon as they have ended.
#[derive(Debug, Default)]
pub(crate) struct DocRows {
    /// The file's header row.
    pub header: RowRef,
    /// Its rows, in file order.
    pub rows: Vec<RowRef>,
    /// The document alone: the header row, then its rows, each on a line
    /// (ended by CRLF).
    pub text: String,
    /// Where each row starts in `text`.
    pub starts: Vec<usize>,
}

impl DocRows {
    /// A document's text alone from the header's and its rows' text.
    pub(crate) fn new<'t>(
        header: RowRef,
        header_text: &str,
        rows: Vec<RowRef>,
        text_of: impl Fn(&RowRef) -> &'t str,
    ) -> Self {
        let mut doc = DocRows {
            header,
            text: String::with_capacity(
                header_text.len() + rows.iter().map(|r| r.end - r.start + 2).sum::<usize>() + 2,
            ),
            starts: Vec::with_capacity(rows.len()),
            rows: Vec::new(),
        };
        doc.text.push_str(header_text);
        doc.text.push_str("\r\n");
        for r in &rows {
            doc.push(text_of(r));
        }
        doc.rows = rows;
        doc
    }

    fn push(&mut self, row: &str) {
        self.starts.push(self.text.len());
        self.text.push_str(row);
        self.text.push_str("\r\n");
    }
}

/// What reading the file in blocks found.
#[derive(Debug)]
pub(crate) enum Cut {
    /// Every document was handed over.
    Streamed(Streamed),
    /// The rows of a document are not next to each other, or a record (or
    /// the text before the header) is longer than the line limit: the
    /// documents handed over so far are to be forgotten, and the file read
    /// whole.
    Whole,
}

/// A file cut into documents as it was read (see [`super::csv_rows::Split`]).
#[derive(Debug, Default)]
pub(crate) struct Streamed {
    /// Where the header row is: first byte, end, line.
    pub header: RowRef,
    /// The header row's text.
    pub header_text: String,
    /// The column names, as the header row gives them.
    pub names: CsvHeader,
    /// The number of documents handed over.
    pub documents: usize,
    /// The sheet row of the header row.
    pub header_row: usize,
    /// Rows that are not records.
    pub row_shifts: Vec<(usize, usize)>,
}

/// The file as it is read: a block of its bytes, from `base` on.
struct Blocks<R> {
    from: R,
    buf: Vec<u8>,
    /// The file offset (after a byte-order mark) of `buf[0]`.
    base: usize,
    eof: bool,
    /// Bytes read so far, and the most that may be.
    read: u64,
    max: u64,
}

impl<R: Read> Blocks<R> {
    /// Drops the bytes before `keep` (an offset of `buf`) and reads one
    /// more block. `None` on a read error or past the size limit.
    fn refill(&mut self, keep: usize) -> Option<()> {
        self.buf.drain(..keep);
        self.base += keep;
        let len = self.buf.len();
        self.buf.resize(len + BLOCK, 0);
        let n = loop {
            match self.from.read(&mut self.buf[len..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
        };
        self.buf.truncate(len + n);
        self.read += n as u64;
        self.eof = n == 0;
        (self.read <= self.max).then_some(())
    }
}

/// What the rows read so far have given.
#[derive(Default)]
struct State {
    streamed: Streamed,
    /// The offset just after the last record, and line ends before it.
    cursor: usize,
    breaks: usize,
    /// Data records and sheet rows so far; rows that are no records.
    number: usize,
    row: usize,
    shift: usize,
    id_col: Option<usize>,
    width: usize,
    /// The documents seen, and the one whose rows are being read.
    seen: ahash::AHashSet<Vec<u8>>,
    current: Option<(Vec<u8>, DocRows)>,
}

/// Reads a CSV file (UTF-8, a byte-order mark skipped) in blocks and hands
/// each document to `each` as soon as its rows have ended. `None` for a
/// file with any problem of its own, as [`super::csv_rows::split`] says,
/// or that cannot be read, or is over `max_bytes`: such a file is read
/// whole, which reports it.
pub(crate) fn stream(
    from: impl Read,
    (max_bytes, max_line): (u64, usize),
    max_documents: usize,
    mut each: impl FnMut(DocRows),
) -> Option<Cut> {
    let mut blocks = Blocks {
        from,
        buf: Vec::with_capacity(2 * BLOCK),
        base: 0,
        eof: false,
        read: 0,
        max: max_bytes,
    };
    let Some(delim) = first_line(&mut blocks, max_line)? else {
        return Some(Cut::Whole);
    };
    let mut state = State::default();
    loop {
        // The records that end in the block: the next one's start, or the
        // end of the file, is in it.
        let at = state.cursor - blocks.base;
        let mut raws = Vec::new();
        let mut pos = at;
        loop {
            let start = skip_line_ends(&blocks.buf, pos);
            if start == blocks.buf.len() {
                break;
            }
            let raw = scan_record(&blocks.buf, start, delim, Some(&[]));
            if raw.end == blocks.buf.len() && !blocks.eof {
                break;
            }
            pos = raw.end;
            raws.push((start, raw));
        }
        if !raws.is_empty() {
            // Cut at line ends: each block of records is whole characters.
            std::str::from_utf8(&blocks.buf[at..pos]).ok()?;
            let block = Block {
                buf: &blocks.buf,
                base: blocks.base,
                delim,
            };
            if !state.records(&block, &raws, max_documents, &mut each)? {
                return Some(Cut::Whole);
            }
        }
        if blocks.eof {
            break;
        }
        if blocks.buf.len() - pos > max_line {
            return Some(Cut::Whole);
        }
        blocks.refill(state.cursor - blocks.base)?;
    }
    if let Some((_, doc)) = state.current.take() {
        each(doc);
    }
    (state.width > 0).then_some(Cut::Streamed(state.streamed))
}

/// Fills the first block until it holds the first line that is not blank
/// (or the whole file), skips a byte-order mark, and gives the delimiter;
/// `Some(None)` when there is more than `max_line` bytes before it.
fn first_line<R: Read>(blocks: &mut Blocks<R>, max_line: usize) -> Option<Option<u8>> {
    let mut bom_checked = false;
    let mut from = 0;
    loop {
        if !bom_checked && (blocks.buf.len() >= 3 || blocks.eof) {
            if blocks.buf.starts_with(&[0xEF, 0xBB, 0xBF]) {
                blocks.buf.drain(..3);
            }
            bom_checked = true;
        }
        if bom_checked {
            while let Some(k) = memchr::memchr(b'\n', &blocks.buf[from..]) {
                let line = std::str::from_utf8(&blocks.buf[from..from + k]).ok()?;
                if !line.trim().is_empty() {
                    let head = std::str::from_utf8(&blocks.buf[..from + k + 1]).ok()?;
                    return Some(Some(delimiter(head)));
                }
                from += k + 1;
            }
            if blocks.eof {
                return Some(Some(delimiter(std::str::from_utf8(&blocks.buf).ok()?)));
            }
            if blocks.buf.len() > max_line {
                return Some(None);
            }
        }
        blocks.refill(0)?;
    }
}

/// The bytes of a block with their place in the file.
struct Block<'b> {
    buf: &'b [u8],
    base: usize,
    delim: u8,
}

impl State {
    /// Takes the records of a block (found by the scanner), as
    /// [`super::csv_rows::split`] does. `None` for a
    /// problem of the file, `Some(false)` when a document's rows are not
    /// next to each other.
    fn records(
        &mut self,
        block: &Block,
        raws: &[(usize, super::csv_rows::RawRecord)],
        max_documents: usize,
        each: &mut impl FnMut(DocRows),
    ) -> Option<bool> {
        let (buf, base) = (block.buf, block.base);
        let delim = block.delim;
        for (start, raw) in raws {
            let start = *start;
            let ends = line_breaks(&buf[self.cursor - base..start]);
            let blank_rows = if self.cursor == 0 {
                ends
            } else {
                ends.saturating_sub(1)
            };
            self.row += blank_rows + 1;
            let line = 1 + self.breaks + ends;
            self.breaks += ends + line_breaks(&buf[start..raw.end]);
            self.cursor = base + raw.end;
            if raw.unterminated.is_some() || !raw.stray.is_empty() {
                return None;
            }
            let blank = raw.blank;
            if self.id_col.is_some() {
                self.shift += blank_rows + usize::from(blank);
            }
            if blank {
                continue;
            }
            let text = std::str::from_utf8(&buf[start..raw.end]).ok()?;
            let at = RowRef {
                start: base + start,
                end: base + raw.end,
                record: self.number,
                line,
            };
            let Some(id_col) = self.id_col else {
                let names = CsvHeader::new(
                    cells(buf, start, delim)
                        .map(|c| String::from_utf8_lossy(&value_bytes(buf, &c)).into_owned()),
                );
                if !super::looks_like_header(&names) {
                    return None;
                }
                self.id_col = Some(names.position("documentId")?);
                self.width = names.len();
                let s = &mut self.streamed;
                s.header = at;
                s.header_text = text.to_string();
                s.names = names;
                s.header_row = self.row;
                continue;
            };
            self.number += 1;
            let shifts = &mut self.streamed.row_shifts;
            if shifts.last().map_or(0, |&(_, n)| n) != self.shift {
                shifts.push((self.number, self.shift));
            }
            if raw.len != self.width {
                return None;
            }
            let id_cell = cells(buf, start, delim).nth(id_col)?;
            let id_value = value_bytes(buf, &id_cell);
            let id = std::str::from_utf8(&id_value).ok()?.trim().as_bytes();
            let row = RowRef {
                record: self.number,
                ..at
            };
            match &mut self.current {
                Some((current, doc)) if current.as_slice() == id => {
                    doc.rows.push(row);
                    doc.push(text);
                }
                _ => {
                    if !self.seen.insert(id.to_vec()) {
                        return Some(false);
                    }
                    if self.streamed.documents >= max_documents {
                        return None;
                    }
                    self.streamed.documents += 1;
                    let doc = DocRows::new(
                        self.streamed.header,
                        &self.streamed.header_text,
                        vec![row],
                        |_| text,
                    );
                    if let Some((_, done)) = self.current.replace((id.to_vec(), doc)) {
                        each(done);
                    }
                }
            }
        }
        Some(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that gives a few bytes at a time, so that records, quoted
    /// line ends and CRLFs are cut across blocks.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = (self.1 % 7 + 1).min(buf.len()).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            self.1 += 1;
            Ok(n)
        }
    }

    fn places(rows: &[RowRef]) -> Vec<(usize, usize, usize, usize)> {
        rows.iter()
            .map(|r| (r.start, r.end, r.record, r.line))
            .collect()
    }

    #[test]
    fn documents_cut_in_blocks_are_those_of_the_whole_text() {
        let text = "\r\ndocumentType,documentId,remarks,entries.standard\r\n\
                    progress-report,A,\"two\r\nlines\",1\r\n\r\n \r\n\
                    progress-report,A,,2\r\nprogress-report, B ,\"x\"\"y\",3\n\n\
                    progress-report,C,z,4";
        let whole = super::super::csv_rows::split(text, 10).unwrap();
        let mut docs = Vec::new();
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(text.as_bytes());
        let cut = stream(Trickle(&bytes, 0), (1 << 20, 1 << 20), 10, |d| docs.push(d));
        let Some(Cut::Streamed(streamed)) = cut else {
            panic!("{cut:?}");
        };
        assert_eq!(streamed.documents, 3);
        assert_eq!(streamed.header_row, whole.header_row);
        assert_eq!(streamed.row_shifts, whole.row_shifts);
        assert_eq!(places(&[streamed.header]), places(&[whole.header]));
        let got: Vec<_> = docs.iter().map(|d| places(&d.rows)).collect();
        let want: Vec<_> = whole.documents.iter().map(|rows| places(rows)).collect();
        assert_eq!(got, want);
        let header = &text[whole.header.start..whole.header.end];
        for (doc, rows) in docs.iter().zip(&whole.documents) {
            let again = DocRows::new(whole.header, header, rows.clone(), |r| {
                &text[r.start..r.end]
            });
            assert_eq!(doc.text, again.text);
            assert_eq!(doc.starts, again.starts);
        }
    }

    #[test]
    fn scattered_rows_and_long_records_read_the_file_whole() {
        let text =
            "documentType,documentId\nprogress-report,A\nprogress-report,B\nprogress-report,A\n";
        let cut = stream(Trickle(text.as_bytes(), 0), (1 << 20, 1 << 20), 10, |_| {});
        assert!(matches!(cut, Some(Cut::Whole)), "{cut:?}");
        let long = format!(
            "documentType,documentId\nprogress-report,{}\n",
            "a".repeat(100)
        );
        let cut = stream(Trickle(long.as_bytes(), 0), (1 << 20, 64), 10, |_| {});
        assert!(matches!(cut, Some(Cut::Whole)), "{cut:?}");
        let cut = stream(Trickle(text.as_bytes(), 0), (10, 1 << 20), 10, |_| {});
        assert!(cut.is_none(), "over the size limit");
    }
}
