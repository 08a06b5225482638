//! The rows of a CSV file: delimiter, records, and the span of every cell.
//!
//! The csv crate decodes the cell values; a small scanner that follows the
//! same grammar (csv-core's: a cell is quoted only when its first character
//! is the quote; `""` inside quotes is a quote; after the closing quote the
//! cell goes on unquoted) walks the raw text alongside it to find where each
//! cell was written, which the crate does not say, and to find an
//! unterminated quote, which it silently accepts.

use crate::diag::{Code, Diagnostic};
use crate::source::{CsvIndex, CsvRecord};
use crate::tree::Span;

/// One data row that has as many cells as the header.
#[derive(Debug, Clone)]
pub(super) struct Row {
    /// 1-based data record number (blank lines not counted).
    pub record: usize,
    /// The decoded cell values, exactly as written (line ends not yet normalised).
    pub cells: Vec<String>,
    /// Where each cell was written (a quoted cell's span starts at its quote).
    pub spans: Vec<Span>,
    /// Whether each cell was quoted.
    pub quoted: Vec<bool>,
}

impl Row {
    /// The span of the row's first cell: where its objects are said to be.
    pub fn head(&self) -> Span {
        self.spans.first().copied().unwrap_or_default()
    }
}

/// The header and the well-formed rows of a CSV file.
#[derive(Debug, Clone, Default)]
pub(super) struct Table {
    /// The rows with the header's number of cells, in file order.
    pub rows: Vec<Row>,
    /// Header names, header spans and the spans of every data record.
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
pub(super) fn delimiter(text: &str) -> u8 {
    if let Some((delim, _)) = excel_sep(text) {
        return delim;
    }
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
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
fn records(bytes: &[u8], delim: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delim)
        .from_reader(bytes)
}

/// The cells of one raw record, as the scanner found them.
struct RawRecord {
    spans: Vec<Span>,
    quoted: Vec<bool>,
    /// Offset just after the record (at its line end or the end of the text).
    end: usize,
    /// The opening quote of a quoted cell that is never closed.
    unterminated: Option<usize>,
    /// Quotes out of place, one per cell at most: text after the closing
    /// quote of a quoted cell (`"a"b`, at the `b`), or a quote inside a cell
    /// that is not quoted (`a"b`, at the quote).
    bad_quotes: Vec<BadQuote>,
}

/// A quote out of place in a cell (see [`RawRecord::bad_quotes`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BadQuote {
    /// Text after the closing quote, at this offset.
    AfterClosing(usize),
    /// A quote in a cell that is not quoted, at this offset.
    InUnquoted(usize),
}

/// Skips line ends (blank lines) from `pos`.
fn skip_line_ends(bytes: &[u8], mut pos: usize) -> usize {
    while matches!(bytes.get(pos), Some(b'\r' | b'\n')) {
        pos += 1;
    }
    pos
}

/// Scans one record starting at `start` (not at a line end).
fn scan_record(bytes: &[u8], start: usize, delim: u8) -> RawRecord {
    let mut spans = Vec::new();
    let mut quoted = Vec::new();
    let mut bad_quotes = Vec::new();
    let mut i = start;
    loop {
        let cell_start = i;
        let is_quoted = bytes.get(i) == Some(&b'"');
        if is_quoted {
            i += 1;
            loop {
                match bytes.get(i) {
                    None => {
                        spans.push(Span::new(cell_start, bytes.len()));
                        quoted.push(true);
                        return RawRecord {
                            spans,
                            quoted,
                            end: bytes.len(),
                            unterminated: Some(cell_start),
                            bad_quotes,
                        };
                    }
                    Some(b'"') if bytes.get(i + 1) == Some(&b'"') => i += 2,
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(_) => i += 1,
                }
            }
        }
        let mut bad = None;
        while let Some(&b) = bytes.get(i) {
            if b == delim || b == b'\n' || b == b'\r' {
                break;
            }
            if bad.is_none() {
                if is_quoted {
                    bad = Some(BadQuote::AfterClosing(i));
                } else if b == b'"' {
                    bad = Some(BadQuote::InUnquoted(i));
                }
            }
            i += 1;
        }
        bad_quotes.extend(bad);
        spans.push(Span::new(cell_start, i));
        quoted.push(is_quoted);
        if bytes.get(i) == Some(&delim) {
            i += 1;
        } else {
            return RawRecord {
                spans,
                quoted,
                end: i,
                unterminated: None,
                bad_quotes,
            };
        }
    }
}

/// Reads the header and the rows. `None` when there is no usable header
/// (a P03 was pushed). Ragged rows are reported (P03) and left out; an
/// unterminated quote is reported and ends the reading.
///
/// An Excel `sep=` first line sets the delimiter and is skipped; it counts
/// as a row of the sheet (it is row 1 in Excel), as blank lines do.
pub(super) fn scan(text: &str, diags: &mut Vec<Diagnostic>) -> Option<Table> {
    let bytes = text.as_bytes();
    let (delim, body, mut row) = match excel_sep(text) {
        Some((delim, body)) => (delim, body, 1),
        None => (delimiter(text), 0, 0),
    };
    let mut reader = records(&bytes[body..], delim);
    let mut record = csv::StringRecord::new();
    let mut table = Table::default();
    let mut header_seen = false;
    let mut cursor = body;
    let mut number = 0;
    // Rows of the sheet after the header that are not data records.
    let mut shift = 0;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                diags.push(
                    Diagnostic::new(Code::P03, format!("CSV structure: {e}"))
                        .at(Span::at(skip_line_ends(bytes, cursor))),
                );
                break;
            }
        }
        let start = skip_line_ends(bytes, cursor);
        // Each line end after the one that ends the last record is a blank row.
        let ends = line_breaks(&bytes[cursor..start]);
        let blank_rows = if cursor == body {
            ends
        } else {
            ends.saturating_sub(1)
        };
        row += blank_rows + 1;
        let raw = scan_record(bytes, start, delim);
        cursor = raw.end;
        let blank = raw.unterminated.is_none() && record.iter().all(|c| c.trim().is_empty());
        if header_seen {
            shift += blank_rows + usize::from(blank);
        }
        if blank {
            continue;
        }
        if raw.spans.len() != record.len() && raw.unterminated.is_none() {
            // The scanner and the crate disagree: never expected, but not a panic.
            diags.push(
                Diagnostic::new(Code::P03, "this row cannot be split into cells")
                    .at(Span::new(start, raw.end)),
            );
            break;
        }
        diags.extend(raw.bad_quotes.iter().map(|&q| bad_quote(text, q)));
        if !header_seen {
            header_seen = true;
            if let Some(quote) = raw.unterminated {
                diags.push(unterminated(quote));
                return None;
            }
            table.index.header = record.iter().map(str::to_string).collect();
            table.index.header_cells = raw.spans;
            table.index.header_row = row;
            continue;
        }
        number += 1;
        if table.index.row_shifts.last().map_or(0, |&(_, n)| n) != shift {
            table.index.row_shifts.push((number, shift));
        }
        table.index.records.push(CsvRecord {
            record: number,
            cells: raw.spans.clone(),
        });
        if let Some(quote) = raw.unterminated {
            diags.push(unterminated(quote));
            break;
        }
        let width = table.index.header.len();
        if record.len() != width {
            diags.push(ragged(number, record.len(), width, &raw.spans));
            continue;
        }
        table.rows.push(Row {
            record: number,
            cells: record.iter().map(str::to_string).collect(),
            spans: raw.spans,
            quoted: raw.quoted,
        });
    }
    if !header_seen {
        diags.push(
            Diagnostic::new(Code::P03, "the CSV file has no header row")
                .at(Span::at(0))
                .help("the first row names the columns: documentType, documentId, ..."),
        );
        return None;
    }
    Some(table)
}

/// P03 for a quote out of place, at it.
fn bad_quote(text: &str, quote: BadQuote) -> Diagnostic {
    let help = "put the whole value in quotes and write each quote inside it as `\"\"`: \"a\"\"b\"";
    match quote {
        BadQuote::AfterClosing(at) => {
            let len = text[at..].chars().next().map_or(0, char::len_utf8);
            Diagnostic::new(
                Code::P03,
                "text after the closing quote of a quoted cell: the quote would be lost",
            )
            .at(Span::new(at, at + len))
            .help(help)
        }
        BadQuote::InUnquoted(at) => {
            Diagnostic::new(Code::P03, "a quote inside a cell that is not quoted")
                .at(Span::new(at, at + 1))
                .help(help)
        }
    }
}

fn unterminated(quote: usize) -> Diagnostic {
    Diagnostic::new(
        Code::P03,
        "the quote that opens this cell is never closed: the rest of the file would be its value",
    )
    .at(Span::new(quote, quote + 1))
    .help("close the quoted cell with `\"`, and write a quote inside a quoted cell as `\"\"`")
}

/// P03 for a record with the wrong number of cells: at its first extra cell,
/// or at the end of its last cell when cells are missing.
fn ragged(number: usize, len: usize, width: usize, spans: &[Span]) -> Diagnostic {
    let at = if len > width {
        spans.get(width).copied().unwrap_or_default()
    } else {
        spans.last().map_or_else(Span::default, |s| Span::at(s.end))
    };
    let cells = |n: usize| format!("{n} cell{}", if n == 1 { "" } else { "s" });
    Diagnostic::new(
        Code::P03,
        format!(
            "record {number} has {}, but the header has {width} columns",
            cells(len)
        ),
    )
    .at(at)
    .help(if len > width {
        "remove the extra cells, or quote a value that contains the delimiter"
    } else {
        "add the missing cells (empty ones too), or close a quoted value that spans lines"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(src: &str) -> Vec<&str> {
        let raw = scan_record(src.as_bytes(), 0, b',');
        raw.spans.iter().map(|s| &src[s.start..s.end]).collect()
    }

    #[test]
    fn cells_are_located_with_their_quotes() {
        assert_eq!(spans("a,\"b,c\",d\r\n"), ["a", "\"b,c\"", "d"]);
        assert_eq!(spans("\"x\"\"y\"z,,"), ["\"x\"\"y\"z", "", ""]);
        assert_eq!(spans("\"multi\r\nline\",2\n"), ["\"multi\r\nline\"", "2"]);
        let raw = scan_record(b"a,\"open", 0, b',');
        assert_eq!(raw.unterminated, Some(2));
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
        let t = scan(text, &mut d).unwrap();
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
        assert_eq!(delimiter("a,b;c\n"), b',');
        assert_eq!(delimiter("a\n"), b',');
    }

    #[test]
    fn blank_lines_do_not_count_and_ragged_rows_are_reported() {
        let text = "a,b\r\n\r\n1,2\r\n \r\n3\r\n4,5,6\n7,8";
        let mut d = Vec::new();
        let t = scan(text, &mut d).unwrap();
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].record, 4);
        assert_eq!(&text[t.rows[1].spans[1].start..t.rows[1].spans[1].end], "8");
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].span, Some(Span::at(16)));
        assert_eq!(&text[d[1].span.unwrap().start..][..1], "6");
        assert_eq!(t.index.records.len(), 4);
    }

    #[test]
    fn an_unterminated_quote_is_p03() {
        let mut d = Vec::new();
        let t = scan("a,b\n1,2\n3,\"x\n4,5\n", &mut d).unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(d[0].code, Code::P03);
        assert_eq!(d[0].span, Some(Span::new(10, 11)));
        let mut d = Vec::new();
        assert!(scan("", &mut d).is_none());
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
    pub names: Vec<String>,
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
        let raw = scan_record(bytes, start, delim);
        cursor = raw.end;
        if raw.unterminated.is_some()
            || raw.spans.len() != record.len()
            || !raw.bad_quotes.is_empty()
        {
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
            let names: Vec<String> = record
                .iter()
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect();
            if !super::looks_like_header(&names) {
                return None;
            }
            id_col = Some(names.iter().position(|n| n == "documentId")?);
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

/// Line ends in `bytes`: LF, CRLF and a CR alone each end a line.
fn line_breaks(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}
