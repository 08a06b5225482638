//! The XLSX reader (`docs/spec/representations.md`, XLSX).
//!
//! A workbook is read as the CSV form it holds: the first worksheet, its
//! first non-empty row the header, every other non-empty row an entry. The
//! package is first checked against the limits ([`xlsx_package`]); its
//! cells are then turned into CSV text in memory, one record per sheet row
//! ([`xlsx_cells`] gives each cell's text), and the CSV reader reads that
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
#[path = "xlsx_package.rs"]
pub(crate) mod xlsx_package;

use super::{Limits, Parsed, ReadOptions};
use crate::diag::{Code, Diagnostic, Severity};
use crate::source::{CsvIndex, Representation, SheetIndex, SourceFile};
use crate::tree::{Node, Span, Value, pointer_push};
use calamine::{Reader, SheetType, Xlsx};
use std::collections::HashMap;
use std::io::Cursor;
use xlsx_cells::{Note, Shown};

pub use xlsx_cells::column_letters;

/// Whether bytes are an XLSX workbook (a ZIP archive with `xl/workbook.xml`).
pub fn is_workbook(bytes: &[u8]) -> bool {
    xlsx_package::is_workbook(bytes)
}

/// One cell with something to say about it.
#[derive(Debug)]
struct Remark {
    /// 0 for the header, k for the k-th record.
    record: usize,
    /// 0-based column.
    col: usize,
    /// The cell's text.
    text: String,
    note: Option<Note>,
    /// The formula, when the cell holds one.
    formula: Option<String>,
}

/// The worksheet as CSV text, with what locates its cells.
struct SheetText {
    csv: String,
    index: SheetIndex,
    remarks: Vec<Remark>,
}

/// The columns of a worksheet (A to XFD).
const MAX_COLUMNS: u32 = 16_384;

/// One non-empty cell: row, column, text, note, formula.
type Cell = (u32, u32, String, Option<Note>, Option<String>);

/// Reads a workbook's bytes into documents and diagnostics.
pub(crate) fn read(name: &str, bytes: &[u8], options: &ReadOptions) -> Parsed {
    let mut source = SourceFile::new(name, String::new(), "utf-8");
    source.representation = Some(Representation::Xlsx);
    let sheet = xlsx_package::check(bytes, &options.limits)
        .and_then(|()| sheet_text(bytes, &options.limits));
    let sheet = match sheet {
        Ok(s) => s,
        Err(d) => return failed(source, *d),
    };
    let mut diagnostics = Vec::new();
    let mut source = SourceFile::new(name, sheet.csv, "utf-8");
    source.representation = Some(Representation::Xlsx);
    let text = std::sync::Arc::clone(&source.text);
    let (documents, index) = super::csv::read(&text, &options.limits, &mut diagnostics);
    if let Some(index) = &index {
        remarks(
            &sheet.remarks,
            index,
            &sheet.index,
            &documents,
            &mut diagnostics,
        );
    }
    source.csv = index;
    source.sheet = Some(sheet.index);
    let over_limit = super::enforce_limits(&documents, &options.limits, &mut diagnostics);
    Parsed {
        source,
        documents,
        diagnostics,
        over_limit,
    }
}

/// A workbook that could not be read: its one diagnostic.
fn failed(source: SourceFile, d: Diagnostic) -> Parsed {
    Parsed {
        source,
        documents: Vec::new(),
        diagnostics: vec![d],
        over_limit: Vec::new(),
    }
}

/// The first worksheet's cells as CSV text.
fn sheet_text(bytes: &[u8], limits: &Limits) -> Result<SheetText, Box<Diagnostic>> {
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| Box::new(unreadable(&e)))?;
    let Some(name) = book
        .sheets_metadata()
        .iter()
        .find(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
    else {
        return Err(Box::new(xlsx_package::broken("it has no worksheet")));
    };
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

/// Every non-empty cell of a worksheet, sorted by row and column (a cell
/// given twice: the last), its text no longer than the limits allow.
fn cells(
    book: &mut Xlsx<Cursor<&[u8]>>,
    name: &str,
    formats: &HashMap<(u32, u32), Shown>,
    limits: &Limits,
) -> Result<Vec<Cell>, Box<Diagnostic>> {
    let mut reader = book
        .worksheet_cells_reader(name)
        .map_err(|e| Box::new(unreadable(&e)))?;
    let mut cells = Vec::new();
    let mut total: u64 = 0;
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
        if cell.pos.1 >= MAX_COLUMNS {
            return Err(Box::new(xlsx_package::broken(
                "a cell lies beyond column XFD, the last a worksheet has",
            )));
        }
        total += text.len() as u64 + 1;
        if total > limits.max_file_size {
            return Err(Box::new(too_large(limits)));
        }
        cells.push((cell.pos.0, cell.pos.1, text, note, formula));
    }
    cells.sort_by_key(|c| (c.0, c.1));
    cells.dedup_by(|later, earlier| {
        let same = (later.0, later.1) == (earlier.0, earlier.1);
        if same {
            std::mem::swap(later, earlier);
        }
        same
    });
    Ok(cells)
}

/// The CSV text of the cells: the first row with a non-blank cell is the
/// header; every later row with one is a record, padded to the header's
/// width from column A.
fn to_csv(name: String, cells: Vec<Cell>, limits: &Limits) -> Result<SheetText, Box<Diagnostic>> {
    let mut rows: Vec<(u32, Vec<Cell>)> = Vec::new();
    for cell in cells {
        match rows.last_mut() {
            Some((r, row)) if *r == cell.0 => row.push(cell),
            _ => rows.push((cell.0, vec![cell])),
        }
    }
    rows.retain(|(_, row)| row.iter().any(|c| !c.2.trim().is_empty()));
    let width = rows
        .first()
        .and_then(|(_, row)| row.last())
        .map_or(0, |c| c.1 as usize + 1);
    // Rows wider than the header are written as they are: the CSV reader
    // reports them (P03).
    let mut out = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let mut index = SheetIndex {
        name,
        header_row: rows.first().map_or(1, |(r, _)| *r as usize + 1),
        rows: Vec::new(),
    };
    let mut remarks = Vec::new();
    let mut size: u64 = 0;
    for (k, (r, row)) in rows.into_iter().enumerate() {
        let len = width.max(row.last().map_or(0, |c| c.1 as usize + 1));
        size += len as u64;
        if size > limits.max_file_size {
            return Err(Box::new(too_large(limits)));
        }
        let mut texts = vec![String::new(); len];
        for (_, c, text, note, formula) in row {
            if note.is_some() || formula.is_some() {
                remarks.push(Remark {
                    record: k,
                    col: c as usize,
                    text: text.clone(),
                    note,
                    formula,
                });
            }
            size += text.len() as u64;
            texts[c as usize] = text;
        }
        if size > limits.max_file_size {
            return Err(Box::new(too_large(limits)));
        }
        if k > 0 {
            index.rows.push(r as usize + 1);
        }
        out.write_record(&texts)
            .map_err(|e| Box::new(xlsx_package::broken(&e.to_string())))?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| Box::new(xlsx_package::broken(&e.to_string())))?;
    let csv =
        String::from_utf8(bytes).map_err(|e| Box::new(xlsx_package::broken(&e.to_string())))?;
    Ok(SheetText {
        csv,
        index,
        remarks,
    })
}

/// The diagnostics of the remarked cells, each at its cell and, when a
/// document holds the cell's value, at that value's path.
fn remarks(
    remarks: &[Remark],
    index: &CsvIndex,
    sheet: &SheetIndex,
    documents: &[Node],
    diags: &mut Vec<Diagnostic>,
) {
    if remarks.is_empty() {
        return;
    }
    let paths = leaf_paths(documents);
    for r in remarks {
        let span = if r.record == 0 {
            index.header_cells.get(r.col).copied()
        } else {
            index
                .records
                .iter()
                .find(|x| x.record == r.record)
                .and_then(|x| x.cells.get(r.col).copied())
        };
        let Some(span) = span else { continue };
        let cell = sheet.cell_name(r.record, r.col);
        let mut d = match (&r.note, &r.formula) {
            (Some(Note::Error), _) => Diagnostic::new(
                Code::S03,
                format!("cell {cell} holds the spreadsheet error {}, not a value", r.text),
            )
            .help("correct the formula or type the value in this cell"),
            (Some(Note::Rounded), _) => Diagnostic::new(
                Code::S03,
                format!(
                    "cell {cell} holds the number {}, which has more than 15 digits: the spreadsheet has already rounded it",
                    r.text
                ),
            )
            .severity(Severity::Warning)
            .help("format the column as Text and type the value again, as it should be"),
            (Some(Note::Percent), _) => Diagnostic::new(
                Code::S03,
                format!(
                    "cell {cell} shows a percentage: {}, the number shown, is read, not the fraction the cell holds",
                    r.text
                ),
            )
            .severity(Severity::Warning)
            .help("format the column as Text and type the number without %"),
            (None, Some(f)) => Diagnostic::new(
                Code::S03,
                format!(
                    "cell {cell} holds the formula `={f}`: its value when the workbook was last saved, `{}`, is read",
                    r.text
                ),
            )
            .severity(Severity::Warning)
            .help("replace the formula by its value (copy the cell, then paste values only)"),
            (None, None) => continue,
        };
        d = d.at(span);
        if let Some((doc, path)) = paths.get(&span.start) {
            d = d.in_document(*doc).path(path.clone());
        }
        diags.push(d);
    }
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
    match e {
        calamine::XlsxError::Xml(_)
        | calamine::XlsxError::XmlAttr(_)
        | calamine::XlsxError::XmlEof(_) => Diagnostic::new(
            Code::P02,
            format!("a part of the workbook is not well-formed XML: {e}"),
        )
        .at(Span::at(0))
        .help("save the workbook again from the spreadsheet program"),
        calamine::XlsxError::Password => Diagnostic::new(
            Code::P07,
            "the workbook is protected by a password: fosx cannot read it",
        )
        .at(Span::at(0))
        .help("save a copy without the password"),
        _ => xlsx_package::broken(&e.to_string()),
    }
}

/// P06 for a worksheet whose text passes the size limit.
fn too_large(limits: &Limits) -> Diagnostic {
    Limits::exceeded(
        format!(
            "the worksheet's text is longer than the limit of {} bytes (it was not read further)",
            limits.max_file_size
        ),
        "--max-file-size",
    )
    .at(Span::at(0))
}
