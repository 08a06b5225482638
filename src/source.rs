//! A file as fosx read it: its name, decoded text and representation, and the
//! indexes that turn byte spans into lines, columns and CSV cells.

pub(crate) mod cells;
pub mod sheet;

use crate::tree::Span;
use serde::Serialize;
use std::fmt;
use std::sync::Arc;

/// One of the three representations of a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Representation {
    /// JSON.
    Json,
    /// XML.
    Xml,
    /// CSV.
    Csv,
    /// XLSX: a workbook whose first worksheet holds the CSV form.
    Xlsx,
}

impl Representation {
    /// Lower-case name, also the usual file extension.
    pub fn as_str(self) -> &'static str {
        match self {
            Representation::Json => "json",
            Representation::Xml => "xml",
            Representation::Csv => "csv",
            Representation::Xlsx => "xlsx",
        }
    }

    /// The representation a file with this extension (any case) is read
    /// as, if it is one of [`EXTENSIONS`].
    pub fn from_extension(ext: &str) -> Option<Representation> {
        EXTENSIONS
            .iter()
            .find(|(e, _)| e.eq_ignore_ascii_case(ext))
            .map(|&(_, r)| r)
    }

    /// The representation of a file by its name (see [`EXTENSIONS`]):
    /// whether a folder's file is a submission.
    pub fn of_path(path: &std::path::Path) -> Option<Representation> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(Representation::from_extension)
    }
}

/// The extensions of the files fosx takes for submissions, lower case, with
/// the representation each is read as (a workbook of any of the three
/// formats is read as its first worksheet, as XLSX is). The one list of
/// every front end: the folders of `validate` and `summarize`, the inbox
/// of `batch`, the page. What a file holds is still known by its content.
pub const EXTENSIONS: &[(&str, Representation)] = &[
    ("json", Representation::Json),
    ("xml", Representation::Xml),
    ("csv", Representation::Csv),
    ("xlsx", Representation::Xlsx),
    ("xlsm", Representation::Xlsx),
    ("ods", Representation::Xlsx),
    ("xls", Representation::Xlsx),
];

impl fmt::Display for Representation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One data record of a CSV file, for locating cells: where it starts.
/// Its cells are found again from the text when a place needs them
/// ([`CsvIndex::cell`]), so that a record costs the same whatever its
/// width.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvRecord {
    /// 1-based record number (1 = first data row).
    pub record: usize,
    /// The offset of its first byte (its first cell's).
    pub start: usize,
}

/// The header row of a CSV file: how many columns it has, and the names of
/// those that have one (an unnamed column costs nothing).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CsvHeader {
    width: usize,
    /// The named columns: index and name, in column order.
    named: Vec<(usize, String)>,
}

/// The name of an unnamed column.
static UNNAMED: String = String::new();

impl CsvHeader {
    /// A header of these names, in column order (an empty name is an
    /// unnamed column).
    pub fn new<S: Into<String>>(names: impl IntoIterator<Item = S>) -> CsvHeader {
        let mut header = CsvHeader::default();
        for name in names {
            header.push(name.into());
        }
        header
    }

    /// Adds a column after the others.
    pub fn push(&mut self, name: String) {
        if !name.is_empty() {
            self.named.push((self.width, name));
        }
        self.width += 1;
    }

    /// The number of columns.
    pub fn len(&self) -> usize {
        self.width
    }

    /// Whether the header has no column.
    pub fn is_empty(&self) -> bool {
        self.width == 0
    }

    /// The name of 0-based column `col` (empty for an unnamed column);
    /// `None` past the last column.
    pub fn get(&self, col: usize) -> Option<&String> {
        if col >= self.width {
            return None;
        }
        Some(
            self.named
                .binary_search_by_key(&col, |(c, _)| *c)
                .map_or(&UNNAMED, |k| &self.named[k].1),
        )
    }

    /// The first column named `name`.
    pub fn position(&self, name: &str) -> Option<usize> {
        if name.is_empty() {
            return (0..self.width).find(|&c| self.get(c).is_some_and(String::is_empty));
        }
        self.named.iter().find(|(_, n)| n == name).map(|(c, _)| *c)
    }

    /// The named columns: index and name, in column order.
    pub fn named(&self) -> impl Iterator<Item = (usize, &str)> {
        self.named.iter().map(|(c, n)| (*c, n.as_str()))
    }
}

/// Where the rows and cells of a CSV file are.
#[derive(Debug, Clone, Default)]
pub struct CsvIndex {
    /// The header's columns.
    pub header: CsvHeader,
    /// The offset of the header row's first byte.
    pub header_start: usize,
    /// The offsets of every [`HEADER_MARK`]-th header cell (0, 64, 128,
    /// ...), so that a cell of a wide header is found without walking the
    /// whole row (a header has a diagnostic for each of its columns at
    /// worst). Empty: walked from [`CsvIndex::header_start`].
    pub header_marks: Vec<usize>,
    /// Data records in file order.
    pub records: Vec<CsvRecord>,
    /// The delimiter (`,`, `;`, tab...).
    pub delimiter: u8,
    /// The sheet row of the header row: 1, unless an Excel `sep=` line or
    /// blank lines come first (0 is read as 1).
    pub header_row: usize,
    /// Rows of the sheet after the header that are not data records (blank
    /// lines, rows of empty cells): `(record, n)` says that `n` such rows in
    /// all come before data record `record` and the records after it, up to
    /// the next pair. Sorted; empty when there are none.
    pub row_shifts: Vec<(usize, usize)>,
}

/// The header cells between two of [`CsvIndex::header_marks`].
pub const HEADER_MARK: usize = 64;

impl CsvIndex {
    /// The index in [`CsvIndex::records`] of the record a byte offset is
    /// in (the last that starts at or before it); `None` before the first.
    pub fn record_at(&self, offset: usize) -> Option<usize> {
        self.records
            .partition_point(|r| r.start <= offset)
            .checked_sub(1)
    }

    /// The index in [`CsvIndex::records`] of data record number `record`.
    pub fn record_index(&self, record: usize) -> Option<usize> {
        self.records
            .binary_search_by_key(&record, |r| r.record)
            .ok()
    }

    /// Where to start walking a row to reach column `col` or byte
    /// `offset`: the offset of a cell and its column, for the header
    /// (`None`) or the record at index `k`.
    fn walk_from(&self, k: Option<usize>, col: usize, offset: usize) -> Option<(usize, usize)> {
        match k {
            Some(k) => self.records.get(k).map(|r| (r.start, 0)),
            None if self.header.is_empty() => None,
            None => {
                let by_col = col / HEADER_MARK;
                let by_offset = self.header_marks.partition_point(|&s| s <= offset);
                let m = by_col.min(by_offset.saturating_sub(1));
                Some(match self.header_marks.get(m) {
                    Some(&start) => (start, m * HEADER_MARK),
                    None => (self.header_start, 0),
                })
            }
        }
    }

    /// The span of 0-based cell `col` of the header (`None`) or of the
    /// record at index `k`, found in the file's `text`.
    pub fn cell(&self, text: &str, k: Option<usize>, col: usize) -> Option<Span> {
        let (start, first) = self.walk_from(k, col, usize::MAX)?;
        cells::cells(text.as_bytes(), start, self.delimiter)
            .nth(col - first)
            .map(|c| c.span)
    }

    /// The spans of the 0-based cells `cols` (ascending) of the header
    /// (`None`) or of the record at index `k`, found in one walk of the row
    /// (looking each up with [`CsvIndex::cell`] walks the row again each
    /// time); `None` for a column the row does not have.
    pub fn cells(&self, text: &str, k: Option<usize>, cols: &[usize]) -> Vec<Option<Span>> {
        let mut found = vec![None; cols.len()];
        let Some(&lowest) = cols.first() else {
            return found;
        };
        let Some((start, first)) = self.walk_from(k, lowest, usize::MAX) else {
            return found;
        };
        let mut wanted = cols.iter().enumerate().peekable();
        for (j, c) in cells::cells(text.as_bytes(), start, self.delimiter).enumerate() {
            while let Some((i, _)) = wanted.next_if(|&(_, &col)| col == first + j) {
                found[i] = Some(c.span);
            }
            if wanted.peek().is_none() {
                break;
            }
        }
        found
    }

    /// The 0-based column of the cell of the header (`None`) or of the
    /// record at index `k` that holds byte `offset` (the last one, when it
    /// is at the end of one cell and the start of the next).
    pub fn column_at(&self, text: &str, k: Option<usize>, offset: usize) -> Option<usize> {
        let (start, first) = self.walk_from(k, usize::MAX, offset)?;
        let mut found = None;
        for (j, c) in cells::cells(text.as_bytes(), start, self.delimiter).enumerate() {
            if c.span.start > offset {
                break;
            }
            if offset <= c.span.end {
                found = Some(first + j);
            }
        }
        found
    }
}

/// Where the rows of a workbook's CSV form are in its worksheet: the text
/// of an XLSX source is the worksheet as CSV, one record per sheet row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetIndex {
    /// The worksheet's name.
    pub name: String,
    /// The 1-based sheet row of the header.
    pub header_row: usize,
    /// The 1-based sheet row of each data record, in record order.
    pub rows: Vec<usize>,
}

impl SheetIndex {
    /// The 1-based sheet row of a data record (1-based; 0 is the header).
    pub fn row(&self, record: usize) -> usize {
        match record.checked_sub(1) {
            Some(k) => self
                .rows
                .get(k)
                .copied()
                .unwrap_or(self.header_row + record),
            None => self.header_row,
        }
    }

    /// The name of a cell as a spreadsheet shows it, `Submission!D7`, for
    /// a record (0 is the header) and a 0-based column. A sheet name that is
    /// not a plain word is quoted, as in formulas: `'Sheet 1'!A2`.
    pub fn cell_name(&self, record: usize, column: usize) -> String {
        self.cell_at(self.row(record), column)
    }

    /// The name of the cell at a 1-based sheet row and a 0-based column,
    /// `Submission!XFD7`.
    pub fn cell_at(&self, row: usize, column: usize) -> String {
        let plain = !self.name.is_empty()
            && self
                .name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.');
        let sheet = if plain {
            self.name.clone()
        } else {
            format!("'{}'", self.name.replace('\'', "''"))
        };
        format!("{sheet}!{}{row}", column_letters(column))
    }
}

/// The column letters of a 0-based column index: 0 is `A`, 26 is `AA`.
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A place in a file, ready to show to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in Unicode scalar values.
    pub column: usize,
    /// CSV only: 1-based data record number.
    pub record: Option<usize>,
    /// CSV only: index of the column in the header.
    pub cell: Option<usize>,
}

/// A file's decoded text and how to find places in it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown in reports (the path as given, or `<stdin>`).
    pub name: String,
    /// The decoded text, UTF-8, without BOM. Spans index into it.
    pub text: Arc<String>,
    /// The representation, once determined.
    pub representation: Option<Representation>,
    /// The encoding the bytes were decoded from (`utf-8`, `utf-16le`, ...).
    pub encoding: &'static str,
    /// Where lines and characters are, indexed on first use: a file
    /// without diagnostics never needs it.
    lines: std::sync::OnceLock<Lines>,
    /// The CSV cell index, for CSV files (and the CSV form of a workbook).
    pub csv: Option<CsvIndex>,
    /// XLSX: the worksheet's name and rows.
    pub sheet: Option<SheetIndex>,
}

/// The line and character index of a text.
#[derive(Debug, Clone)]
struct Lines {
    starts: Vec<usize>,
    /// `char_marks[k]`: the number of characters before byte `k * CHAR_STRIDE`
    /// (empty for ASCII text, whose columns are byte distances).
    char_marks: Vec<usize>,
}

impl Lines {
    fn new(text: &str) -> Lines {
        // A line ends at LF, at CRLF, or at a CR alone (old Mac files, and
        // files edited on several systems), as editors and miette count them.
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        line_starts.extend(
            memchr::memchr2_iter(b'\n', b'\r', bytes)
                .filter(|&i| bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n'))
                .map(|i| i + 1),
        );
        let char_marks = if text.is_ascii() {
            Vec::new()
        } else {
            let mut marks = Vec::with_capacity(bytes.len() / CHAR_STRIDE + 1);
            let mut count = 0;
            for chunk in bytes.chunks(CHAR_STRIDE) {
                marks.push(count);
                count += char_starts(chunk);
            }
            marks.push(count);
            marks
        };
        Lines {
            starts: line_starts,
            char_marks,
        }
    }
}

impl SourceFile {
    /// A source for already decoded text.
    pub fn new(name: impl Into<String>, text: String, encoding: &'static str) -> Self {
        SourceFile {
            name: name.into(),
            text: Arc::new(text),
            representation: None,
            encoding,
            lines: std::sync::OnceLock::new(),
            csv: None,
            sheet: None,
        }
    }

    fn lines(&self) -> &Lines {
        self.lines.get_or_init(|| Lines::new(&self.text))
    }

    /// The number of characters that start before byte `offset`, in time
    /// bounded by [`CHAR_STRIDE`] whatever the length of the text (a report
    /// may locate 100,000 diagnostics on one long line).
    fn chars_before(&self, offset: usize) -> usize {
        let marks = &self.lines().char_marks;
        if marks.is_empty() {
            return offset;
        }
        let k = offset / CHAR_STRIDE;
        let from = k * CHAR_STRIDE;
        marks[k] + char_starts(&self.text.as_bytes()[from..offset])
    }

    /// The 0-based line of a byte offset (a line ends at LF, CRLF or a CR
    /// alone; an offset past the end is on the last line).
    pub fn line_index(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.lines().starts.partition_point(|&s| s <= offset) - 1
    }

    /// The byte offset where 0-based `line` starts; the length of the text
    /// for a line after the last.
    pub fn line_start(&self, line: usize) -> usize {
        self.lines()
            .starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len())
    }

    /// [`SourceFile::line_col`] counted from the start of the text when the
    /// line index is not built yet: linear in `offset`, for the few places
    /// of a text that has no problem (which never needs the index).
    pub fn line_col_counted(&self, offset: usize) -> (usize, usize) {
        if self.lines.get().is_some() {
            return self.line_col(offset);
        }
        let all = self.text.as_bytes();
        let bytes = &all[..offset.min(all.len())];
        let mut line = 1;
        let mut start = 0;
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || all.get(i + 1) != Some(&b'\n') {
                line += 1;
                start = i + 1;
            }
        }
        (line, char_starts(&bytes[start..]) + 1)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_index(offset);
        let start = self.lines().starts[line];
        let column = self.chars_before(offset) - self.chars_before(start) + 1;
        (line + 1, column)
    }

    /// Locates a span. For CSV, `field` (a column name) moves the place to that
    /// column's cell of the same record when the column exists, so that a
    /// missing value is shown where it should be written.
    pub fn locate(&self, span: Span, field: Option<&str>) -> (Span, Location) {
        let mut span = span;
        let mut record = None;
        let mut cell = None;
        if let Some(csv) = &self.csv {
            if let Some(k) = csv.record_at(span.start) {
                record = Some(csv.records[k].record);
                cell = csv.column_at(&self.text, Some(k), span.start);
                match field.map(|f| csv.header.position(f)) {
                    // The field's column: show its cell in this record.
                    Some(Some(col)) => {
                        if cell != Some(col)
                            && let Some(target) = csv.cell(&self.text, Some(k), col)
                        {
                            span = target;
                        }
                        cell = Some(col);
                    }
                    // A field with no column (an object, a list, a column the
                    // file lacks): the place is the row; the report names the field.
                    Some(None) => cell = None,
                    None => {}
                }
            } else if let Some(col) = field.and_then(|f| csv.header.position(f)) {
                // Before the first record: a header cell.
                if csv
                    .cell(&self.text, None, col)
                    .is_some_and(|c| c.start <= span.start)
                {
                    cell = Some(col);
                }
            } else if field.is_none() {
                // A problem of the header row itself: the header cell it is in.
                cell = csv.column_at(&self.text, None, span.start);
            }
        }
        let (mut line, mut column) = self.line_col(span.start);
        if let Some(sheet) = &self.sheet {
            // A workbook's place is its sheet row and column number.
            line = sheet.row(record.unwrap_or(0));
            column = cell.or_else(|| self.csv_column(span)).map_or(1, |c| c + 1);
        }
        (
            span,
            Location {
                line,
                column,
                record,
                cell,
            },
        )
    }
}

impl SourceFile {
    /// The 0-based column of the CSV cell (header or record) that holds a span.
    fn csv_column(&self, span: Span) -> Option<usize> {
        let csv = self.csv.as_ref()?;
        csv.column_at(&self.text, csv.record_at(span.start), span.start)
    }

    /// XLSX: the name of the cell a location points at, `Submission!D7`.
    pub fn cell_name(&self, at: &Location) -> Option<String> {
        let sheet = self.sheet.as_ref()?;
        Some(sheet.cell_name(at.record.unwrap_or(0), at.column.saturating_sub(1)))
    }
}

/// Bytes between two samples of the character count.
const CHAR_STRIDE: usize = 1024;

/// The number of characters starting in `bytes` (bytes that are not UTF-8
/// continuation bytes).
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    /// Several cells of a row found in one walk are the cells found one by
    /// one, past the header's marks too; a column the row lacks is `None`.
    #[test]
    fn cells_found_in_one_walk_are_the_cells_found_one_by_one() {
        let header: Vec<String> = (0..200).map(|i| format!("c{i}")).collect();
        let row: Vec<String> = (0..150).map(|i| format!("\"v{i}\"")).collect();
        let text = format!("{}\n{}\n", header.join(","), row.join(","));
        let mut index = CsvIndex {
            header: CsvHeader::new(header.iter().map(String::as_str)),
            delimiter: b',',
            header_row: 1,
            ..CsvIndex::default()
        };
        index.header_marks = cells::cells(text.as_bytes(), 0, b',')
            .step_by(HEADER_MARK)
            .map(|c| c.span.start)
            .collect();
        index.records.push(CsvRecord {
            record: 1,
            start: text.find('\n').unwrap() + 1,
        });
        let cols = [3, 3, 63, 64, 65, 130, 149, 150, 199];
        for k in [None, Some(0)] {
            let one_by_one: Vec<Option<Span>> =
                cols.iter().map(|&c| index.cell(&text, k, c)).collect();
            assert_eq!(index.cells(&text, k, &cols), one_by_one, "{k:?}");
        }
        assert_eq!(index.cells(&text, Some(0), &[150, 199]), [None, None]);
        assert!(index.cells(&text, None, &[]).is_empty());
    }

    use super::*;

    #[test]
    fn columns_count_characters() {
        let s = SourceFile::new("x", "ab\nçé x\n".into(), "utf-8");
        assert_eq!(s.line_col(0), (1, 1));
        assert_eq!(s.line_col(3), (2, 1));
        assert_eq!(s.line_col(8), (2, 4));
    }

    #[test]
    fn cr_lf_and_crlf_each_end_a_line() {
        let s = SourceFile::new("x", "a\r\nb\nc\rd\r\r\ne".into(), "utf-8");
        assert_eq!(s.line_col(0), (1, 1));
        assert_eq!(s.line_col(1), (1, 2)); // the CR of CRLF
        assert_eq!(s.line_col(2), (1, 3)); // its LF
        assert_eq!(s.line_col(3), (2, 1));
        assert_eq!(s.line_col(5), (3, 1));
        assert_eq!(s.line_col(7), (4, 1));
        assert_eq!(s.line_col(8), (4, 2));
        assert_eq!(s.line_col(9), (5, 1)); // after the lone CR at 8
        assert_eq!(s.line_col(11), (6, 1));
        assert_eq!(s.line_index(9), 4);
        assert_eq!(
            (s.line_start(4), s.line_start(5), s.line_start(6)),
            (9, 11, 12)
        );
    }

    #[test]
    fn header_cells_are_found_the_same_with_and_without_marks() {
        let names: Vec<String> = (0..300)
            .map(|i| match i % 4 {
                0 => String::new(),
                1 => format!("c{i}"),
                2 => format!("\"q,{i}\""),
                _ => "\"\"".into(),
            })
            .collect();
        let text = format!("{}\r\nx\r\n", names.join(","));
        let mut index = CsvIndex {
            header: CsvHeader::new(names.iter().map(String::as_str)),
            delimiter: b',',
            ..CsvIndex::default()
        };
        let plain: Vec<Option<Span>> = (0..301).map(|c| index.cell(&text, None, c)).collect();
        let at: Vec<Option<usize>> = (0..text.len())
            .map(|o| index.column_at(&text, None, o))
            .collect();
        index.header_marks = cells::cells(text.as_bytes(), 0, b',')
            .step_by(HEADER_MARK)
            .map(|c| c.span.start)
            .collect();
        assert_eq!(index.header_marks.len(), 5);
        for (c, want) in plain.iter().enumerate() {
            assert_eq!(index.cell(&text, None, c), *want, "cell {c}");
        }
        for (o, want) in at.iter().enumerate() {
            assert_eq!(index.column_at(&text, None, o), *want, "offset {o}");
        }
        assert_eq!(plain[300], None);
        assert_eq!(index.header.position("c5"), Some(5));
        assert_eq!(index.header.get(4).map(String::as_str), Some(""));
    }

    #[test]
    fn columns_on_long_non_ascii_lines() {
        let text = "é".repeat(5000) + "x" + &"ç".repeat(3000);
        let s = SourceFile::new("x", text.clone(), "utf-8");
        for offset in [0, 2, 2046, 2048, 2050, 10_000, 10_001, 10_003, text.len()] {
            let expected = text[..offset].chars().count() + 1;
            assert_eq!(s.line_col(offset), (1, expected), "at {offset}");
        }
    }
}
