//! The rows of a CSV file: delimiter, records, and the span of every cell.
//!
//! A scanner that follows the csv crate's grammar (csv-core's: a cell is
//! quoted only when its first character is the quote; `""` inside quotes
//! is a quote; after the closing quote the cell goes on unquoted) walks the
//! text once: where each cell was written, which the crate does not say,
//! its value (the crate's, as the tests hold it), and an unterminated
//! quote, which the crate silently accepts. A record without a quote is
//! cut at its delimiters. (`split` and the file's type still read records
//! with the crate.)

use crate::diag::{Code, Diagnostic, Sink, emit};
use crate::i18n::msg;
use crate::model::DocType;
use crate::source::cells::{self, RawCell, Stray};
use crate::source::{CsvHeader, CsvIndex, CsvRecord};
use crate::tree::Span;

/// One data row that has as many cells as the header: its non-empty cells
/// of the columns that are read (an empty cell, or a cell of a column
/// that is not read, costs nothing).
#[derive(Debug, Clone)]
pub(super) struct Row<'t> {
    /// 1-based data record number (blank lines not counted).
    pub record: usize,
    /// Its first cell's span: where its objects are said to be.
    pub head: Span,
    /// Its non-empty cells of the columns read, in column order.
    pub cells: Vec<RowCell<'t>>,
}

/// A non-empty cell of a [`Row`].
#[derive(Debug, Clone)]
pub(super) struct RowCell<'t> {
    /// 0-based column.
    pub col: usize,
    /// The decoded value, exactly as written (line ends not yet
    /// normalised): the text's own bytes unless it has a doubled quote or
    /// a quote out of place.
    pub value: std::borrow::Cow<'t, str>,
    /// Where it was written (a quoted cell's span starts at its quote).
    pub span: Span,
    /// Whether it was quoted.
    pub quoted: bool,
    /// Whether a quote is out of place in it: in a quoted cell, text after
    /// its closing quote (`"a;b"c`), so that its value is not its text
    /// between its quotes.
    pub stray: bool,
}

impl<'t> Row<'t> {
    /// The span of the row's first cell: where its objects are said to be.
    pub fn head(&self) -> Span {
        self.head
    }

    /// The cell of column `col`, when it is read and not empty.
    pub fn get(&self, col: usize) -> Option<&RowCell<'t>> {
        self.cells
            .binary_search_by_key(&col, |c| c.col)
            .ok()
            .map(|k| &self.cells[k])
    }

    /// The value of column `col` (empty when the cell is).
    pub fn value(&self, col: usize) -> &str {
        self.get(col).map_or("", |c| &c.value)
    }
}

/// The header and the well-formed rows of a CSV file.
#[derive(Debug, Clone, Default)]
pub(super) struct Table<'t> {
    /// The rows with the header's number of cells, in file order.
    pub rows: Vec<Row<'t>>,
    /// The header and where every data record starts.
    pub index: CsvIndex,
}

/// Excel's first line `sep=;` (or `sep=,`, `sep=` and a tab, `sep=|`...),
/// which names the delimiter and is no row of data: the delimiter and the
/// offset just after the line's end. The line is `sep=` (in any case) and
/// a tab (also written `\t`) or an ASCII punctuation character other than
/// the quote, alone on its line.
pub(crate) fn excel_sep(text: &str) -> Option<(u8, usize)> {
    let head = text.get(..4)?;
    if !head.eq_ignore_ascii_case("sep=") {
        return None;
    }
    let line_len = text.find(['\r', '\n']).unwrap_or(text.len());
    let delim = match &text[4..line_len] {
        "\\t" => b'\t',
        d if d.len() == 1 => d.as_bytes()[0],
        _ => return None,
    };
    if !(delim == b'\t' || (delim.is_ascii_punctuation() && delim != b'"')) {
        return None;
    }
    let bytes = text.as_bytes();
    let end = match bytes.get(line_len) {
        Some(b'\r') if bytes.get(line_len + 1) == Some(&b'\n') => line_len + 2,
        Some(_) => line_len + 1,
        None => line_len,
    };
    Some((delim, end))
}

/// The delimiter: the one an Excel `sep=` line names (see [`excel_sep`]);
/// else a comma, unless the header line holds no comma but semicolons or
/// tabs (then the more frequent of the two).
pub(crate) fn delimiter(text: &str) -> u8 {
    if let Some((delim, _)) = excel_sep(text) {
        return delim;
    }
    // Lines end at LF, CRLF or a CR alone, as records do.
    let header = text
        .split(['\n', '\r'])
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    if header.contains(',') {
        return b',';
    }
    let semicolons = header.matches(';').count();
    let tabs = header.matches('\t').count();
    match (semicolons, tabs) {
        (0, 0) => b',',
        (s, t) if s >= t => b';',
        _ => b'\t',
    }
}

/// The csv crate's reader of every record, the header too, ragged rows
/// included.
pub(super) fn records(bytes: &[u8], delim: u8) -> csv::Reader<Marked<'_>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delim)
        .from_reader(Marked { bytes, first: true })
}

/// UTF-8's byte order mark.
const BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

/// Bytes read by the csv crate, whose reader takes U+FEFF at the start of
/// what it reads for a byte order mark and drops it. Decoding has taken
/// the file's own mark, so one left is text (the first cell's): its first
/// byte is handed alone, which the crate does not take for a mark.
pub(super) struct Marked<'b> {
    bytes: &'b [u8],
    first: bool,
}

impl std::io::Read for Marked<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut n = buf.len().min(self.bytes.len());
        if std::mem::take(&mut self.first) && self.bytes.starts_with(BOM) {
            n = n.min(1);
        }
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

/// Skips line ends (blank lines) from `pos`.
pub(super) fn skip_line_ends(bytes: &[u8], mut pos: usize) -> usize {
    while matches!(bytes.get(pos), Some(b'\r' | b'\n')) {
        pos += 1;
    }
    pos
}

/// The cells of one record as the scanner found them: the spans of the
/// columns `keep` names (sorted), and what the others need.
pub(super) struct RawRecord {
    /// Every cell's span, when wanted; else those of the kept columns: the
    /// column, the span, whether quoted, whether a quote is out of place
    /// in it.
    spans: Vec<(usize, Span, bool, bool)>,
    /// The number of cells.
    pub len: usize,
    /// The record's first cell.
    head: Span,
    /// Offset just after the record (at its line end or the end of the text).
    pub end: usize,
    /// The opening quote of a quoted cell that is never closed.
    pub unterminated: Option<usize>,
    /// Quotes out of place, one per cell at most.
    pub stray: Vec<Stray>,
    /// Whether every cell is blank (white space or nothing): a blank row.
    pub blank: bool,
}

/// Scans one record starting at `start` (not at a line end), keeping the
/// spans of the columns of `keep` (sorted), or of every column when `keep`
/// is `None`.
pub(super) fn scan_record(
    bytes: &[u8],
    start: usize,
    delim: u8,
    keep: Option<&[usize]>,
) -> RawRecord {
    // Most records have no quote: their cells are cut at the delimiters of
    // their line, found in one pass.
    let rest = &bytes[start..];
    let line = memchr::memchr2(b'\n', b'\r', rest).unwrap_or(rest.len());
    if memchr::memchr(b'"', &rest[..line]).is_some() {
        return scan_quoted_record(bytes, start, delim, keep);
    }
    let end = start + line;
    if keep.is_some_and(<[usize]>::is_empty) {
        return counted_record(bytes, (start, end), delim);
    }
    let mut raw = RawRecord {
        spans: Vec::with_capacity(keep.map_or(16, <[usize]>::len)),
        len: 0,
        head: Span::at(start),
        end,
        unterminated: None,
        stray: Vec::new(),
        blank: true,
    };
    let mut wanted = keep.map(|k| k.iter().peekable());
    // Cells are short: a plain loop finds their delimiters faster than a
    // search started again for each.
    let delims = rest[..line]
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == delim)
        .map(|(k, _)| start + k);
    let mut from = start;
    for (j, to) in delims.chain(std::iter::once(end)).enumerate() {
        let span = Span::new(from, to);
        from = to + 1;
        if j == 0 {
            raw.head = span;
        }
        raw.len = j + 1;
        raw.blank = raw.blank && cells::blank_text(&bytes[span.start..span.end]);
        let kept = is_kept(&mut wanted, j);
        if kept {
            raw.spans.push((j, span, false, false));
        }
    }
    raw
}

/// Whether column `j` is kept: all are without `wanted` (the kept columns
/// left, sorted), which is moved past `j`.
fn is_kept(wanted: &mut Option<std::iter::Peekable<std::slice::Iter<usize>>>, j: usize) -> bool {
    match wanted.as_mut() {
        None => true,
        Some(w) => {
            while w.next_if(|&&c| c < j).is_some() {}
            w.next_if_eq(&&j).is_some()
        }
    }
}

/// [`scan_record`] of a record without a quote keeping no cell: its cells
/// counted, and looked at only while they are blank.
fn counted_record(bytes: &[u8], (start, end): (usize, usize), delim: u8) -> RawRecord {
    let line = &bytes[start..end];
    let head = Span::new(
        start,
        memchr::memchr(delim, line).map_or(end, |k| start + k),
    );
    let blank = line.split(|&b| b == delim).all(cells::blank_text);
    RawRecord {
        spans: Vec::new(),
        len: line.iter().filter(|&&b| b == delim).count() + 1,
        head,
        end,
        unterminated: None,
        stray: Vec::new(),
        blank,
    }
}

/// [`scan_record`] of a record with a quote, cell by cell.
fn scan_quoted_record(bytes: &[u8], start: usize, delim: u8, keep: Option<&[usize]>) -> RawRecord {
    let mut cells = cells::cells(bytes, start, delim);
    let mut raw = RawRecord {
        spans: Vec::new(),
        len: 0,
        head: Span::at(start),
        end: start,
        unterminated: None,
        stray: Vec::new(),
        blank: true,
    };
    let mut wanted = keep.map(|k| k.iter().peekable());
    for (j, cell) in cells.by_ref().enumerate() {
        if j == 0 {
            raw.head = cell.span;
        }
        raw.blank = raw.blank && cells::blank(bytes, &cell);
        raw.len = j + 1;
        raw.stray.extend(cell.stray);
        if cell.unterminated {
            raw.unterminated = Some(cell.span.start);
        }
        let kept = is_kept(&mut wanted, j);
        if kept {
            raw.spans
                .push((j, cell.span, cell.quoted, cell.stray.is_some()));
        }
    }
    raw.end = cells.end();
    raw
}

/// Reads the header and the rows, keeping of each row only the non-empty
/// cells of the columns `read` names (sorted) for the header. `None` when
/// there is no usable header (a P03 was pushed). Ragged rows are reported
/// (P03) and left out; an unterminated quote is reported and ends the
/// reading.
///
/// An Excel `sep=` first line sets the delimiter and is skipped; it counts
/// as a row of the sheet (it is row 1 in Excel), as blank lines do.
pub(super) fn scan<'t>(
    text: &'t str,
    diags: &mut dyn Sink,
    read: impl Fn(&CsvHeader) -> Vec<usize>,
) -> Option<Table<'t>> {
    let bytes = text.as_bytes();
    let (delim, body, mut row) = match excel_sep(text) {
        Some((delim, body)) => (delim, body, 1),
        None => (delimiter(text), 0, 0),
    };
    let mut table = Table::default();
    table.index.delimiter = delim;
    let mut header_seen = false;
    let mut keep: Vec<usize> = Vec::new();
    let mut cursor = body;
    let mut number = 0;
    // Rows of the sheet after the header that are not data records.
    let mut shift = 0;
    loop {
        let start = skip_line_ends(bytes, cursor);
        if start >= bytes.len() {
            break;
        }
        // Each line end after the one that ends the last record is a blank row.
        let ends = line_breaks(&bytes[cursor..start]);
        let blank_rows = if cursor == body {
            ends
        } else {
            ends.saturating_sub(1)
        };
        row += blank_rows + 1;
        // The cells of the columns read (none before the header).
        let raw = scan_record(bytes, start, delim, Some(&keep));
        cursor = raw.end;
        let blank = raw.unterminated.is_none() && raw.blank;
        if header_seen {
            shift += blank_rows + usize::from(blank);
        }
        if blank {
            continue;
        }
        for &q in &raw.stray {
            emit(
                diags,
                (Code::P03, Some(bad_quote_span(text, q)), None),
                || bad_quote(text, q),
            );
        }
        if !header_seen {
            header_seen = true;
            if let Some(quote) = raw.unterminated {
                diags.push(unterminated(quote));
                return None;
            }
            table.index.header = CsvHeader::new(
                cells::cells(bytes, start, delim).map(|c| cells::text_value(text, &c).into_owned()),
            );
            table.index.header_start = start;
            table.index.header_marks = cells::cells(bytes, start, delim)
                .step_by(crate::source::HEADER_MARK)
                .map(|c| c.span.start)
                .collect();
            table.index.header_row = row;
            keep = read(&table.index.header);
            continue;
        }
        number += 1;
        if table.index.row_shifts.last().map_or(0, |&(_, n)| n) != shift {
            table.index.row_shifts.push((number, shift));
        }
        table.index.records.push(CsvRecord {
            record: number,
            start,
        });
        if let Some(quote) = raw.unterminated {
            diags.push(unterminated(quote));
            break;
        }
        let width = table.index.header.len();
        if raw.len != width {
            let at = ragged_span((raw.len, width), bytes, (start, delim));
            emit(diags, (Code::P03, Some(at), None), || {
                ragged(number, (raw.len, width), at)
            });
            continue;
        }
        table.rows.push(data_row(number, text, &raw));
    }
    if !header_seen {
        diags.push(
            Diagnostic::new(Code::P03, msg::csv_no_header())
                .at(Span::at(0))
                .help(msg::csv_no_header_help()),
        );
        return None;
    }
    Some(table)
}

/// Data record `number`: its non-empty cells of the columns kept.
fn data_row<'t>(number: usize, text: &'t str, raw: &RawRecord) -> Row<'t> {
    let mut kept = Vec::with_capacity(raw.spans.len());
    kept.extend(raw.spans.iter().filter_map(|&(col, span, quoted, stray)| {
        let cell = RawCell {
            span,
            quoted,
            unterminated: false,
            stray: None,
        };
        let value = cells::text_value(text, &cell);
        if value.is_empty() {
            return None;
        }
        Some(RowCell {
            col,
            value,
            span,
            quoted,
            stray,
        })
    }));
    Row {
        record: number,
        head: raw.head,
        cells: kept,
    }
}

/// The span of a quote out of place ([`bad_quote`]).
fn bad_quote_span(text: &str, quote: Stray) -> Span {
    match quote {
        Stray::AfterClosing(at) => {
            Span::new(at, at + text[at..].chars().next().map_or(0, char::len_utf8))
        }
        Stray::InUnquoted(at) => Span::new(at, at + 1),
    }
}

/// P03 for a quote out of place, at it.
fn bad_quote(text: &str, quote: Stray) -> Diagnostic {
    let message = match quote {
        Stray::AfterClosing(_) => msg::csv_text_after_quote(),
        Stray::InUnquoted(_) => msg::csv_quote_in_cell(),
    };
    Diagnostic::new(Code::P03, message)
        .at(bad_quote_span(text, quote))
        .help(msg::csv_quote_help())
}

fn unterminated(quote: usize) -> Diagnostic {
    Diagnostic::new(Code::P03, msg::csv_unclosed_quote())
        .at(Span::new(quote, quote + 1))
        .help(msg::csv_unclosed_quote_help())
}

/// Where a record with the wrong number of cells (`len`, `width`) is at
/// fault: its first extra cell, or the end of its last cell when cells are
/// missing (the record, which starts at `start`, is scanned again).
fn ragged_span((len, width): (usize, usize), bytes: &[u8], (start, delim): (usize, u8)) -> Span {
    let mut cells = cells::cells(bytes, start, delim);
    if len > width {
        cells.nth(width).map(|c| c.span).unwrap_or_default()
    } else {
        cells
            .last()
            .map_or_else(Span::default, |c| Span::at(c.span.end))
    }
}

/// P03 for record `number` with the wrong number of cells, at `at`
/// ([`ragged_span`]).
fn ragged(number: usize, (len, width): (usize, usize), at: Span) -> Diagnostic {
    Diagnostic::new(Code::P03, msg::csv_ragged(number, len, width))
        .at(at)
        .help(if len > width {
            msg::csv_extra_cells_help()
        } else {
            msg::csv_missing_cells_help()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans<'t>(src: &'t str, keep: Option<&[usize]>) -> Vec<&'t str> {
        let raw = scan_record(src.as_bytes(), 0, b',', keep);
        raw.spans.iter().map(|s| &src[s.1.start..s.1.end]).collect()
    }

    /// Every column.
    fn all(text: &CsvHeader) -> Vec<usize> {
        (0..text.len()).collect()
    }

    #[test]
    fn the_cells_of_the_columns_kept_are_located_with_their_quotes() {
        assert_eq!(spans("a,\"b,c\",d\r\n", None), ["a", "\"b,c\"", "d"]);
        assert_eq!(spans("\"x\"\"y\"z,,", None), ["\"x\"\"y\"z", "", ""]);
        assert_eq!(spans("a,\"b,c\",d\r\n", Some(&[0, 2])), ["a", "d"]);
        assert_eq!(spans("a,b,c", Some(&[])), Vec::<&str>::new());
        let raw = scan_record(b"a,\"open", 0, b',', Some(&[]));
        assert_eq!((raw.unterminated, raw.len, raw.end), (Some(2), 2, 7));
    }

    /// The records the scanner finds, and their values, are the csv
    /// crate's: quoted line ends, blank lines, stray and doubled quotes,
    /// records without a quote and with one.
    #[test]
    fn records_are_the_csv_crates() {
        let texts = [
            "a,b\r\n\"x\ny\",2\r\n",
            "h\n\n1\n\"open",
            "p;q\n1;2\n",
            "",
            "c,d,e\n3,4\n",
            "\r\r\n a , b \r\n\"q\"\"x\"tail,\"\",z\ry\"y,\"\"\"\"\n,,\n",
            "\u{FEFF}h,\"i\"\n1,2",
        ];
        for text in texts {
            let delim = delimiter(text);
            let theirs: Vec<Vec<String>> = records(text.as_bytes(), delim)
                .records()
                .map(|r| r.unwrap().iter().map(String::from).collect())
                .collect();
            let bytes = text.as_bytes();
            let mut ours = Vec::new();
            let mut cursor = 0;
            loop {
                let start = skip_line_ends(bytes, cursor);
                if start >= bytes.len() {
                    break;
                }
                let raw = scan_record(bytes, start, delim, None);
                assert_eq!(raw.spans.len(), raw.len);
                let values = raw.spans.iter().map(|&(_, span, quoted, _)| {
                    let cell = RawCell {
                        span,
                        quoted,
                        unterminated: false,
                        stray: None,
                    };
                    cells::text_value(text, &cell).into_owned()
                });
                ours.push(values.collect::<Vec<String>>());
                cursor = raw.end;
            }
            assert_eq!(ours, theirs, "{text:?}");
        }
    }

    #[test]
    fn excel_sep_lines_name_the_delimiter() {
        assert_eq!(excel_sep("sep=;\r\na;b"), Some((b';', 7)));
        assert_eq!(excel_sep("SEP=\t\na\tb"), Some((b'\t', 6)));
        assert_eq!(excel_sep("sep=\\t\n"), Some((b'\t', 7)));
        assert_eq!(excel_sep("sep=,"), Some((b',', 5)));
        assert_eq!(excel_sep("sep=x\n"), None);
        assert_eq!(excel_sep("sep=\"\n"), None);
        assert_eq!(excel_sep("sep=;;\n"), None);
        assert_eq!(excel_sep("separator,b\n"), None);
        assert_eq!(delimiter("sep=|\na,b|c\n"), b'|');
    }

    #[test]
    fn sheet_rows_count_sep_blank_lines_and_not_quoted_line_ends() {
        let text = "sep=,\n\nh1,h2\n\"a\nb\",1\n\n,\nc,2\n";
        let mut d = Vec::new();
        let t = scan(text, &mut d, all).unwrap();
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(t.index.header_row, 3);
        let rows: Vec<usize> = t
            .index
            .records
            .iter()
            .map(|r| t.index.row_of_record(r.record))
            .collect();
        // Row 4 spans two lines; row 5 is blank, row 6 has empty cells.
        assert_eq!(rows, [4, 7]);
    }

    #[test]
    fn delimiters_are_detected() {
        assert_eq!(delimiter("a;b;c\n1,5;2;3"), b';');
        assert_eq!(delimiter("\n\na\tb\n"), b'\t');
        // A tab on a blank line before the header, ended by a CR alone, is
        // not the header's.
        assert_eq!(delimiter("\t\rdocumentId\n,"), b',');
        assert_eq!(delimiter("\r\ra;b\r"), b';');
        assert_eq!(delimiter("a,b;c\n"), b',');
        assert_eq!(delimiter("a\n"), b',');
    }

    #[test]
    fn blank_lines_do_not_count_and_ragged_rows_are_reported() {
        let text = "a,b\r\n\r\n1,2\r\n \r\n3\r\n4,5,6\n7,8";
        let mut d = Vec::new();
        let t = scan(text, &mut d, all).unwrap();
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].record, 4);
        let eight = t.rows[1].get(1).unwrap().span;
        assert_eq!(&text[eight.start..eight.end], "8");
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].span, Some(Span::at(16)));
        assert_eq!(&text[d[1].span.unwrap().start..][..1], "6");
        assert_eq!(t.index.records.len(), 4);
    }

    #[test]
    fn an_unterminated_quote_is_p03() {
        let mut d = Vec::new();
        let t = scan("a,b\n1,2\n3,\"x\n4,5\n", &mut d, all).unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(d[0].code, Code::P03);
        assert_eq!(d[0].span, Some(Span::new(10, 11)));
        let mut d = Vec::new();
        assert!(scan("", &mut d, all).is_none());
        assert_eq!(d[0].code, Code::P03);
    }
}

/// A data row of a CSV file, by place: enough to read its document again.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RowRef {
    /// Its first byte.
    pub start: usize,
    /// Just after its last cell (at its line end).
    pub end: usize,
    /// Its 1-based data record number.
    pub record: usize,
    /// The 1-based line it starts on.
    pub line: usize,
}

/// A well-formed CSV file cut into documents: the header row and, for each
/// document (in order of first rows), its rows.
#[derive(Debug, Default)]
pub(crate) struct Split {
    /// Where the header row is: first byte, end, line.
    pub header: RowRef,
    /// The column names, as the header row gives them.
    pub names: CsvHeader,
    /// The rows of each document.
    pub documents: Vec<Vec<RowRef>>,
    /// The sheet row of the header row ([`CsvIndex::header_row`]).
    pub header_row: usize,
    /// Rows that are not records ([`CsvIndex::row_shifts`]).
    pub row_shifts: Vec<(usize, usize)>,
}

/// Cuts a CSV file into documents by `documentId`, without keeping its
/// cells. `None` for a file with any problem of its own (no header row, no
/// `documentId` column, a ragged row, an unterminated quote, more than
/// `max_documents` documents): such a file is read whole, which reports it.
pub(crate) fn split(text: &str, max_documents: usize) -> Option<Split> {
    let bytes = text.as_bytes();
    let delim = delimiter(text);
    let mut reader = records(bytes, delim);
    let mut record = csv::ByteRecord::new();
    let mut split = Split::default();
    let mut by_id: std::collections::HashMap<Vec<u8>, usize> = std::collections::HashMap::new();
    let (mut cursor, mut number, mut line, mut counted) = (0, 0, 1, 0);
    let mut id_col = None;
    let mut width = 0;
    let (mut row, mut shift) = (0, 0);
    while reader.read_byte_record(&mut record).ok()? {
        let start = skip_line_ends(bytes, cursor);
        let ends = line_breaks(&bytes[cursor..start]);
        let blank_rows = if cursor == 0 {
            ends
        } else {
            ends.saturating_sub(1)
        };
        row += blank_rows + 1;
        let raw = scan_record(bytes, start, delim, Some(&[]));
        cursor = raw.end;
        if raw.unterminated.is_some() || raw.len != record.len() || !raw.stray.is_empty() {
            return None;
        }
        let blank = record
            .iter()
            .all(|c| std::str::from_utf8(c).is_ok_and(|s| s.trim().is_empty()));
        if id_col.is_some() {
            shift += blank_rows + usize::from(blank);
        }
        if blank {
            continue;
        }
        line += line_breaks(&bytes[counted..start]);
        counted = start;
        let at = RowRef {
            start,
            end: raw.end,
            record: number,
            line,
        };
        if id_col.is_none() {
            let names = CsvHeader::new(record.iter().map(String::from_utf8_lossy));
            if !super::looks_like_header(&names) {
                return None;
            }
            id_col = Some(names.position("documentId")?);
            width = names.len();
            split.header = at;
            split.names = names;
            split.header_row = row;
            continue;
        }
        number += 1;
        if split.row_shifts.last().map_or(0, |&(_, n)| n) != shift {
            split.row_shifts.push((number, shift));
        }
        if record.len() != width {
            return None;
        }
        let id = record.get(id_col?)?;
        let id = std::str::from_utf8(id).ok()?.trim().as_bytes().to_vec();
        let next = split.documents.len();
        let g = *by_id.entry(id).or_insert(next);
        if g == next {
            if next >= max_documents {
                return None;
            }
            split.documents.push(Vec::new());
        }
        split.documents[g].push(RowRef {
            record: number,
            ..at
        });
    }
    (width > 0).then_some(split)
}

/// The first row with a known `documentType` in the text of a document
/// read alone (its header row first, then its rows, starting at `starts`):
/// the type and the span of its cell, as the reader of the text would find
/// them.
pub(crate) fn first_type(text: &str, starts: &[usize]) -> Option<(DocType, Span)> {
    let delim = delimiter(text);
    let mut record = csv::ByteRecord::new();
    records(text.as_bytes(), delim)
        .read_byte_record(&mut record)
        .ok()?;
    let header = CsvHeader::new(record.iter().map(String::from_utf8_lossy));
    let col = header.position("documentType")?;
    starts.iter().find_map(|&s| type_cell(text, s, col, delim))
}

/// The document type in column `col` of the row that starts at `start` of a
/// well-formed text (no quote out of place), and the cell's span.
pub(crate) fn type_cell(
    text: &str,
    start: usize,
    col: usize,
    delim: u8,
) -> Option<(DocType, Span)> {
    let cell = cells::cells(text.as_bytes(), start, delim).nth(col)?;
    let raw = text.get(cell.span.start..cell.span.end)?;
    let value = if cell.quoted {
        let inner = raw.get(1..raw.len().checked_sub(1)?)?;
        std::borrow::Cow::Owned(inner.replace("\"\"", "\""))
    } else {
        std::borrow::Cow::Borrowed(raw)
    };
    Some((DocType::from_code(value.trim())?, cell.span))
}

/// Line ends in `bytes`: LF, CRLF and a CR alone each end a line.
pub(super) fn line_breaks(bytes: &[u8]) -> usize {
    memchr::memchr2_iter(b'\n', b'\r', bytes)
        .filter(|&i| bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n'))
        .count()
}
