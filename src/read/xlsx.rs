//! The XLSX reader (`docs/spec/representations.md`, XLSX).
//!
//! A workbook is read as the CSV form it holds: the first worksheet, its
//! first non-empty row the header, every other non-empty row an entry. The
//! package is first checked against the limits (`xlsx_package`); its
//! cells are then turned into CSV text in memory, one record per sheet row
//! (`xlsx_cells` gives each cell's text), and the CSV reader reads that
//! text, so that every CSV check, help and place applies. The source keeps
//! the sheet's name and the row of each record ([`SheetIndex`]), so that
//! places read `Submission!D7`.
//!
//! What only the workbook knows is said here: a formula (its value as last
//! calculated is read: a warning), a number the spreadsheet has already
//! rounded (more than 15 digits: a warning), an error value
//! (`#N/A`: S03).

#[path = "xlsx_cells.rs"]
pub(crate) mod xlsx_cells;
#[path = "xlsx_ods.rs"]
pub(crate) mod xlsx_ods;
#[path = "xlsx_package.rs"]
pub(crate) mod xlsx_package;
#[path = "xlsx_range.rs"]
mod xlsx_range;
#[path = "xlsx_xls.rs"]
mod xlsx_xls;

use super::{Limit, Limits, Parsed, ReadOptions};
use crate::diag::{Capped, Code, Diagnostic, LeftOut, Severity, Sink, emit_as};
use crate::i18n::{Msg, msg};
use crate::source::{CsvIndex, Representation, SheetIndex, SourceFile};
use crate::tree::{Node, Span, Value, pointer_push};
use calamine::{Ods, Reader, SheetType, Xls, Xlsx};
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Cursor;
use xlsx_cells::{Note, Shown};
use xlsx_package::Package;

pub use xlsx_cells::column_letters;

/// Whether bytes are an XLSX workbook (a ZIP archive with `xl/workbook.xml`).
pub fn is_workbook(bytes: &[u8]) -> bool {
    xlsx_package::is_workbook(bytes)
}

/// One cell with something to say about it (a note or a formula): its
/// record (0 for the header) and its index in [`Cells::cells`].
#[derive(Debug, Clone, Copy)]
struct Remark {
    record: usize,
    cell: usize,
}

/// The worksheet as CSV text, with what locates its cells.
pub(crate) struct SheetText {
    csv: String,
    index: SheetIndex,
    /// The cells, for what the remarks say of them.
    cells: Cells,
    remarks: Vec<Remark>,
    /// The cells to the right of the header's last column.
    beyond: Option<Beyond>,
}

/// The cells to the right of the header's last column, which belong to no
/// column: how many, and the first (its name and text).
#[derive(Debug)]
struct Beyond {
    count: usize,
    cell: String,
    text: String,
}

/// The columns of a worksheet (A to XFD).
const MAX_COLUMNS: u32 = 16_384;

/// One non-empty cell: its place, its text (a range of [`Cells::text`]),
/// what there is to say about it, and its formula (an index into
/// [`Cells::formulas`]). A cell costs its text and these few bytes.
#[derive(Debug, Clone, Copy)]
struct Cell {
    row: u32,
    col: u32,
    start: usize,
    len: usize,
    note: Option<Note>,
    formula: Option<u32>,
}

/// The non-empty cells of a worksheet, in row and column order.
#[derive(Debug, Default)]
pub(crate) struct Cells {
    cells: Vec<Cell>,
    text: String,
    formulas: Vec<String>,
}

impl Cells {
    fn text(&self, c: &Cell) -> &str {
        &self.text[c.start..c.start + c.len]
    }

    /// Adds a non-empty cell at `(row, col)`: P07 beyond column XFD, P06
    /// when the cells' text would pass the size limit.
    pub(crate) fn add(
        &mut self,
        (row, col): (u32, u32),
        (text, note): (&str, Option<Note>),
        formula: Option<String>,
        limits: &Limits,
    ) -> Result<(), Box<Diagnostic>> {
        if col >= MAX_COLUMNS {
            return Err(Box::new(
                xlsx_package::broken(msg::xlsx_reason_beyond_xfd()),
            ));
        }
        if (self.text.len() + text.len() + self.cells.len()) as u64 > limits.max_file_size {
            return Err(Box::new(too_large(limits)));
        }
        let formula = formula.map(|f| {
            self.formulas.push(f);
            self.formulas.len() as u32 - 1
        });
        self.cells.push(Cell {
            row,
            col,
            start: self.text.len(),
            len: text.len(),
            note,
            formula,
        });
        self.text.push_str(text);
        Ok(())
    }
}
/// The kind of a workbook, known by its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Book {
    /// An XLSX workbook (`.xlsx`, `.xlsm`).
    Xlsx,
    /// An OpenDocument spreadsheet (`.ods`).
    Ods,
    /// An Excel 97-2003 workbook (`.xls`).
    Xls,
}

/// The kind of workbook the bytes are, if they are one.
pub fn book(bytes: &[u8]) -> Option<Book> {
    if xlsx_package::is_workbook(bytes) {
        Some(Book::Xlsx)
    } else if xlsx_ods::is_ods(bytes) {
        Some(Book::Ods)
    } else if xlsx_xls::is_xls(bytes) {
        Some(Book::Xls)
    } else {
        None
    }
}

/// Reads a workbook's bytes into documents and diagnostics.
pub(crate) fn read(name: &str, bytes: &[u8], options: &ReadOptions, book: Book) -> Parsed {
    let mut source = SourceFile::new(name, String::new(), "utf-8");
    source.representation = Some(Representation::Xlsx);
    let limits = &options.limits;
    let sheet = match book {
        Book::Xlsx => xlsx_package::check(bytes, limits, Package::Xlsx)
            .and_then(|_| sheet_text(bytes, limits)),
        Book::Ods => xlsx_package::check(bytes, limits, Package::Ods).and_then(|percent| {
            let mut opened = Ods::new(Cursor::new(Cow::Borrowed(bytes)));
            if matches!(opened, Err(calamine::OdsError::Mismatch { .. }))
                && let Some(tidied) = xlsx_ods::without_row_spaces(bytes)
            {
                opened = Ods::new(Cursor::new(Cow::Owned(tidied)));
            }
            xlsx_range::sheet_text((opened, book), (percent, Vec::new()), limits)
        }),
        Book::Xls => xlsx_xls::check(bytes, limits).and_then(|shown| {
            xlsx_range::sheet_text((Xls::new(Cursor::new(bytes)), book), shown, limits)
        }),
    };
    let mut sheet = match sheet {
        Ok(s) => s,
        Err(d) => return failed(source, *d),
    };
    let mut found = Capped::new(options.limits.max_diagnostics);
    let mut source = SourceFile::new(name, std::mem::take(&mut sheet.csv), "utf-8");
    source.representation = Some(Representation::Xlsx);
    let text = std::sync::Arc::clone(&source.text);
    let (documents, index) = super::csv::read_as(&text, &options.limits, &mut found, None);
    if let Some(index) = &index {
        remarks(&sheet, (index, &text), &documents, &mut found);
        if let Some(b) = &sheet.beyond {
            found.push(beyond_header(b, index, &text));
        }
    }
    source.csv = index;
    source.sheet = Some(sheet.index);
    let over_limit = super::enforce_limits(&documents, &options.limits, &mut found);
    let (diagnostics, left_out) = found.into_parts();
    Parsed {
        source,
        documents,
        diagnostics,
        over_limit,
        left_out,
    }
}

/// A workbook that could not be read: its one diagnostic.
fn failed(source: SourceFile, d: Diagnostic) -> Parsed {
    Parsed {
        source,
        documents: Vec::new(),
        diagnostics: vec![d],
        over_limit: Vec::new(),
        left_out: LeftOut::default(),
    }
}

/// The name of a workbook's first worksheet (a chart sheet or macro sheet
/// is no worksheet), whatever the workbook's format.
fn first_worksheet(sheets: &[calamine::Sheet]) -> Result<String, Box<Diagnostic>> {
    sheets
        .iter()
        .find(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .ok_or_else(|| Box::new(xlsx_package::broken(msg::xlsx_reason_no_worksheet())))
}

/// The first worksheet's cells as CSV text.
fn sheet_text(bytes: &[u8], limits: &Limits) -> Result<SheetText, Box<Diagnostic>> {
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| Box::new(unreadable(&e)))?;
    let name = first_worksheet(book.sheets_metadata())?;
    let formats = formats(&mut book, &name)?;
    let cells = cells(&mut book, &name, &formats, limits)?;
    to_csv(name, cells, limits)
}

/// The cells whose number format changes what their number means
/// (percentages, booleans saved as numbers), by position.
fn formats(
    book: &mut Xlsx<Cursor<&[u8]>>,
    name: &str,
) -> Result<HashMap<(u32, u32), Shown>, Box<Diagnostic>> {
    let mut reader = book
        .worksheet_cells_reader(name)
        .map_err(|e| Box::new(unreadable(&e)))?;
    let mut by_style: HashMap<usize, Option<Shown>> = HashMap::new();
    let mut out = HashMap::new();
    while let Some((row, col, id)) = reader
        .next_style_id()
        .map_err(|e| Box::new(unreadable(&e)))?
    {
        let styles = reader.styles();
        let shown = *by_style.entry(id).or_insert_with(|| {
            styles
                .get(id)
                .and_then(|s| s.number_format.as_ref())
                .and_then(|f| xlsx_cells::shown(&f.format_code))
        });
        if let Some(shown) = shown {
            out.insert((row, col), shown);
        }
    }
    Ok(out)
}

/// Every non-empty cell of a worksheet, read one by one (the package
/// check has counted them), sorted by row and column (a cell given twice:
/// the last), its text no longer than the limits allow.
fn cells(
    book: &mut Xlsx<Cursor<&[u8]>>,
    name: &str,
    formats: &HashMap<(u32, u32), Shown>,
    limits: &Limits,
) -> Result<Cells, Box<Diagnostic>> {
    let mut reader = book
        .worksheet_cells_reader(name)
        .map_err(|e| Box::new(unreadable(&e)))?;
    let mut out = Cells::default();
    let mut sorted = true;
    while let Some(cell) = reader
        .next_cell_with_formula()
        .map_err(|e| Box::new(unreadable(&e)))?
    {
        let (text, note) = formats
            .get(&cell.pos)
            .and_then(|&shown| xlsx_cells::as_shown(&cell.value, shown))
            .unwrap_or_else(|| xlsx_cells::text(&cell.value));
        let formula = cell.formula.filter(|f| !f.is_empty());
        if text.is_empty() && formula.is_none() {
            continue;
        }
        let (row, col) = cell.pos;
        sorted &= out.cells.last().is_none_or(|l| (l.row, l.col) < (row, col));
        out.add(cell.pos, (&text, note), formula, limits)?;
    }
    if !sorted {
        // Stable: of a cell given twice, the last stays last.
        out.cells.sort_by_key(|c| (c.row, c.col));
        let mut kept: Vec<Cell> = Vec::with_capacity(out.cells.len());
        for c in out.cells.drain(..) {
            match kept.last_mut() {
                Some(last) if (last.row, last.col) == (c.row, c.col) => *last = c,
                _ => kept.push(c),
            }
        }
        out.cells = kept;
    }
    Ok(out)
}

/// The CSV text of the cells: the first row with a non-blank cell is the
/// header; every later row with one within the header's width is a record,
/// as wide as the header, from column A. A cell to the right of the
/// header's last column belongs to no column: it is not written, and the
/// cells of that kind are reported together (P03). The cells of the CSV
/// form, empty ones too, count against [`Limits::max_cells`].
pub(crate) fn to_csv(
    name: String,
    cells: Cells,
    limits: &Limits,
) -> Result<SheetText, Box<Diagnostic>> {
    let all = &cells.cells;
    let rows = rows(&cells);
    let width = rows.first().map_or(0, |r| all[r.end - 1].col as usize + 1);
    let mut out = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let mut index = SheetIndex {
        name,
        header_row: rows.first().map_or(1, |r| all[r.start].row as usize + 1),
        rows: Vec::new(),
    };
    let mut remarks = Vec::new();
    let mut beyond: Option<Beyond> = None;
    let (mut size, mut form_cells) = (0u64, 0u64);
    let mut texts: Vec<&str> = Vec::with_capacity(width);
    let mut k = 0;
    for range in rows {
        let start = range.start;
        let row = &all[range];
        let (within, outside) = row.split_at(row.partition_point(|c| (c.col as usize) < width));
        if let Some(first) = outside.first() {
            let b = beyond.get_or_insert_with(|| Beyond {
                count: 0,
                cell: index.cell_at(first.row as usize + 1, first.col as usize),
                text: cells.text(first).to_string(),
            });
            b.count += outside.len();
        }
        // A row with values only to the right of the header is no record.
        if !within.iter().any(|c| !cells.text(c).trim().is_empty()) {
            continue;
        }
        form_cells += width as u64;
        if form_cells > limits.max_cells as u64 {
            return Err(Box::new(too_many_cells(limits)));
        }
        texts.clear();
        texts.resize(width, "");
        for (i, c) in within.iter().enumerate() {
            let text = cells.text(c);
            if c.note.is_some() || c.formula.is_some() {
                remarks.push(Remark {
                    record: k,
                    cell: start + i,
                });
            }
            size += text.len() as u64;
            texts[c.col as usize] = text;
        }
        size += width as u64;
        if size > limits.max_file_size {
            return Err(Box::new(too_large(limits)));
        }
        if k > 0 {
            index.rows.push(row[0].row as usize + 1);
        }
        k += 1;
        out.write_record(&texts).map_err(|_| csv_broken())?;
    }
    let bytes = out.into_inner().map_err(|_| csv_broken())?;
    let csv = String::from_utf8(bytes).map_err(|_| csv_broken())?;
    let cells = remarked(cells, &mut remarks);
    Ok(SheetText {
        csv,
        index,
        cells,
        remarks,
        beyond,
    })
}

/// The cells the remarks speak of, alone (the others are in the CSV text
/// now), each remark pointing at its cell among them.
fn remarked(all: Cells, remarks: &mut [Remark]) -> Cells {
    let mut kept = Cells {
        cells: Vec::with_capacity(remarks.len()),
        text: String::new(),
        formulas: all.formulas,
    };
    for r in remarks {
        let c = all.cells[r.cell];
        let start = kept.text.len();
        kept.text.push_str(&all.text[c.start..c.start + c.len]);
        kept.cells.push(Cell { start, ..c });
        r.cell = kept.cells.len() - 1;
    }
    kept
}

/// The cells of each row with a non-blank cell, as ranges of
/// [`Cells::cells`].
fn rows(cells: &Cells) -> Vec<std::ops::Range<usize>> {
    let all = &cells.cells;
    let mut rows = Vec::new();
    let mut start = 0;
    for end in 1..=all.len() {
        if end == all.len() || all[end].row != all[start].row {
            if all[start..end]
                .iter()
                .any(|c| !cells.text(c).trim().is_empty())
            {
                rows.push(start..end);
            }
            start = end;
        }
    }
    rows
}

/// The span of each remarked cell in the CSV text (`None` for a row that
/// is not a record), each row walked once: a row of a wide sheet with a
/// remark in every cell costs its length, not its length squared.
fn remarked_spans(sheet: &SheetText, index: &CsvIndex, text: &str) -> Vec<Option<Span>> {
    let col = |i: usize| sheet.cells.cells[sheet.remarks[i].cell].col as usize;
    let mut order: Vec<usize> = (0..sheet.remarks.len()).collect();
    order.sort_by_key(|&i| (sheet.remarks[i].record, col(i)));
    let mut spans = vec![None; sheet.remarks.len()];
    for group in order.chunk_by(|&a, &b| sheet.remarks[a].record == sheet.remarks[b].record) {
        let row = match sheet.remarks[group[0]].record {
            0 => None,
            record => match index.record_index(record) {
                Some(k) => Some(k),
                None => continue,
            },
        };
        let cols: Vec<usize> = group.iter().map(|&i| col(i)).collect();
        for (&i, span) in group.iter().zip(index.cells(text, row, &cols)) {
            spans[i] = span;
        }
    }
    spans
}

/// The diagnostics of the remarked cells, each at its cell and, when a
/// document holds the cell's value, at that value's path; past the cap,
/// counted and not made.
fn remarks(
    sheet: &SheetText,
    (index, text): (&CsvIndex, &str),
    documents: &[Node],
    diags: &mut dyn Sink,
) {
    if sheet.remarks.is_empty() {
        return;
    }
    let paths = leaf_paths(documents);
    let spans = remarked_spans(sheet, index, text);
    for (r, span) in sheet.remarks.iter().zip(spans) {
        let c = &sheet.cells.cells[r.cell];
        let Some(span) = span else {
            continue;
        };
        let (code, severity) = match c.note {
            Some(Note::Error) => (Code::S03, Severity::Error),
            Some(_) | None => (Code::S03, Severity::Warning),
        };
        let place = paths.get(&span.start);
        let path = place.map(|(_, p)| p.as_str());
        emit_as(diags, (code, severity, Some(span), path), || {
            let mut d = remark(sheet, r, c).at(span);
            if let Some((doc, path)) = place {
                d = d.in_document(*doc).path(path.clone());
            }
            d
        });
    }
}

/// The diagnostic of a remarked cell (without its place).
fn remark(sheet: &SheetText, r: &Remark, c: &Cell) -> Diagnostic {
    let cell = sheet.index.cell_name(r.record, c.col as usize);
    let text = sheet.cells.text(c);
    let formula = c.formula.map(|f| sheet.cells.formulas[f as usize].as_str());
    match (c.note, formula) {
        (Some(Note::Error), _) => Diagnostic::new(Code::S03, msg::xlsx_error_value(cell, text))
            .help(msg::xlsx_error_value_help()),
        (Some(Note::Rounded), _) => Diagnostic::new(Code::S03, msg::xlsx_rounded(cell, text))
            .severity(Severity::Warning)
            .help(msg::xlsx_rounded_help()),
        (Some(Note::Percent), _) => Diagnostic::new(Code::S03, msg::xlsx_percentage(cell, text))
            .severity(Severity::Warning)
            .help(msg::xlsx_percentage_help()),
        (None, f) => Diagnostic::new(
            Code::S03,
            msg::xlsx_formula(cell, f.unwrap_or_default(), text),
        )
        .severity(Severity::Warning)
        .help(msg::xlsx_formula_help()),
    }
}

/// P03 for the cells to the right of the header's last column, at that
/// column's header cell.
fn beyond_header(b: &Beyond, index: &CsvIndex, text: &str) -> Diagnostic {
    let last = index.header.len().saturating_sub(1);
    let shown = crate::tree::shown(&b.text);
    let (letter, cell) = (column_letters(last), &b.cell);
    let message = if b.count == 1 {
        msg::xlsx_beyond_header_one(cell, shown, letter)
    } else {
        msg::xlsx_beyond_header(b.count, letter, cell, shown)
    };
    Diagnostic::new(Code::P03, message)
        .at(index.cell(text, None, last).unwrap_or_default())
        .help(msg::xlsx_beyond_header_help())
}

/// The document and path of every scalar value, by the start of its span.
fn leaf_paths(documents: &[Node]) -> HashMap<usize, (usize, String)> {
    let mut out = HashMap::new();
    for (i, doc) in documents.iter().enumerate() {
        let mut stack = vec![(doc, String::new())];
        while let Some((node, path)) = stack.pop() {
            match &node.value {
                Value::Object(members) => stack.extend(
                    members
                        .iter()
                        .map(|m| (&m.node, pointer_push(&path, &m.key))),
                ),
                Value::Array(items) => stack.extend(
                    items
                        .iter()
                        .enumerate()
                        .map(|(k, n)| (n, pointer_push(&path, &k.to_string()))),
                ),
                _ => {
                    out.entry(node.span.start).or_insert((i, path));
                }
            }
        }
    }
    out
}

/// The diagnostic of an error of the workbook reader.
fn unreadable(e: &calamine::XlsxError) -> Diagnostic {
    use crate::read::xml_errors;
    use calamine::XlsxError;
    let not_xml = |problem: Msg| {
        Diagnostic::new(Code::P02, msg::xlsx_some_part_not_xml(problem))
            .at(Span::at(0))
            .help(msg::xlsx_save_again_help())
    };
    match e {
        XlsxError::Xml(x) => not_xml(msg::xlsx_reader_xml(xml_errors::error(x))),
        XlsxError::XmlAttr(a) => not_xml(msg::xlsx_reader_xml_attribute(xml_errors::attribute(a))),
        XlsxError::XmlEof(element) => not_xml(msg::xlsx_reader_xml_end(*element)),
        XlsxError::Password => Diagnostic::new(Code::P07, msg::xlsx_password())
            .at(Span::at(0))
            .help(msg::xlsx_password_help()),
        XlsxError::Zip(z) => {
            xlsx_package::broken(msg::xlsx_reader_zip(xlsx_package::zip_reason(z)))
        }
        XlsxError::Io(io) => xlsx_package::broken(msg::xlsx_reader_io(io.to_string())),
        XlsxError::FileNotFound(part) => {
            xlsx_package::broken(msg::xlsx_reader_file_not_found(part))
        }
        // Said in the reader's words, which fosx does not know.
        other => xlsx_package::broken(msg::xlsx_reader_other(other.to_string())),
    }
}

/// P07 for a worksheet whose CSV text could not be made (never met: it is
/// written in memory, from text).
fn csv_broken() -> Box<Diagnostic> {
    Box::new(xlsx_package::broken(msg::xlsx_reason_csv()))
}

/// P06 for a worksheet whose CSV form has more cells than the limit.
fn too_many_cells(limits: &Limits) -> Diagnostic {
    Limit::Cells
        .exceeded(msg::xlsx_sheet_too_many_cells(limits.max_cells.to_string()))
        .at(Span::at(0))
}

/// P06 for a worksheet whose text passes the size limit.
fn too_large(limits: &Limits) -> Diagnostic {
    Limit::FileSize
        .exceeded(msg::xlsx_sheet_too_large(limits.max_file_size.to_string()))
        .at(Span::at(0))
}
