//! An OpenDocument spreadsheet (`.ods`), checked before the workbook
//! reader reads it.
//!
//! An `.ods` is a ZIP package, checked as an XLSX package is
//! ([`super::xlsx_package`]); its `content.xml` says a run of equal cells
//! once, with a count (`table:number-columns-repeated`,
//! `table:number-rows-repeated`), which the workbook reader expands. What
//! the expansion would make is counted here, from the counts, before the
//! reader sees them: per sheet, every cell of its rows up to their last
//! value (as each row is kept), and, from its first to its last row with a
//! value, every row repeated as often as it says, each as wide as the
//! widest (as the sheet is laid out); a sheet's text is counted with each
//! of its copies. Neither may pass its limit ([`Limits::max_cells`],
//! [`Limits::max_file_size`]): a few bytes that say "repeat this a billion
//! times" are refused (P06) without being expanded.

use super::{Limit, Limits};
use crate::diag::Diagnostic;
use crate::i18n::msg;
use crate::tree::Span;
use quick_xml::events::BytesStart;
use std::io::Cursor;

/// The media type an ODF spreadsheet names in its `mimetype` entry.
const MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";

/// The columns and rows the workbook reader keeps of a sheet at most.
const MAX_COLUMNS: u64 = 16_384;
const MAX_ROWS: u64 = 1_048_576;

/// Whether the bytes are an OpenDocument spreadsheet: a ZIP archive whose
/// `mimetype` entry says so, whatever the file's name.
pub(crate) fn is_ods(bytes: &[u8]) -> bool {
    use std::io::Read;
    if !bytes.starts_with(b"PK\x03\x04") {
        return false;
    }
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return false;
    };
    let Ok(mut entry) = zip.by_name("mimetype") else {
        return false;
    };
    // Read to its declared size, not past it: a damaged entry (its
    // checksum, checked at its end) is still known, and reported by the
    // package check.
    let mut head = [0u8; MIMETYPE.len()];
    entry.size() == MIMETYPE.len() as u64 && entry.read_exact(&mut head).is_ok() && head == MIMETYPE
}

/// The part of an `.ods` that holds the sheets.
pub(crate) const CONTENT: &str = "content.xml";

/// What the sheets of `content.xml` would make once expanded, counted as
/// its elements go by.
#[derive(Debug)]
pub(crate) struct Expansion {
    max_cells: u64,
    max_text: u64,
    /// The cells of the sheets done.
    done: u64,
    /// The text of the sheets, with its copies.
    text: u64,
    sheet: Sheet,
    row: Option<Row>,
    /// The text of the cell being read, when inside one.
    cell: Option<CellText>,
    /// The sheets begun so far.
    sheets: usize,
    /// The percentage cells of the first sheet.
    percent: Vec<Run>,
}

/// A block of cells one element of `content.xml` gives (a cell, its
/// repeats and the repeats of its row): rows `rows.0..rows.1`, columns
/// `cols.0..cols.1`, counted from 0 as the workbook reader counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Run {
    pub(crate) rows: (u64, u64),
    pub(crate) cols: (u64, u64),
}

/// Whether a cell is in one of the runs (in the order `content.xml` gives
/// them: by row, then by column).
pub(crate) fn within(runs: &[Run], row: u64, col: u64) -> bool {
    let i = runs.partition_point(|x| x.rows.1 <= row || (x.rows.0 <= row && x.cols.1 <= col));
    runs.get(i)
        .is_some_and(|x| (x.rows.0..x.rows.1).contains(&row) && (x.cols.0..x.cols.1).contains(&col))
}

/// The counts of the sheet being read.
#[derive(Debug, Default)]
struct Sheet {
    /// The cells of its rows up to their last value, each row once.
    kept: u64,
    /// Its rows, repeats included, so far.
    rows: u64,
    /// Its rows from the first with a value to the last with a value.
    span: u64,
    /// The rows after the last with a value (they join the span if
    /// another row with a value comes).
    pending: u64,
    /// The widest row, to its last value.
    width: u64,
}

/// The row being read.
#[derive(Debug)]
struct Row {
    repeats: u64,
    /// Its columns so far, and the end of its last value.
    columns: u64,
    end: u64,
    text: u64,
}

/// The cell being read: its copies and its text so far.
#[derive(Debug)]
struct CellText {
    copies: u64,
    text: u64,
    depth: usize,
}

impl Expansion {
    pub(crate) fn new(limits: &Limits) -> Self {
        Expansion {
            max_cells: limits.max_cells as u64,
            max_text: limits.max_file_size,
            done: 0,
            text: 0,
            sheet: Sheet::default(),
            row: None,
            cell: None,
            sheets: 0,
            percent: Vec::new(),
        }
    }

    /// The percentage cells of the first sheet (a number shown as a
    /// percentage, which the workbook reader gives as the fraction).
    pub(crate) fn percentages(self) -> Vec<Run> {
        self.percent
    }

    /// An element that opens (`open`, at `depth`) or is empty.
    pub(crate) fn element(
        &mut self,
        e: &BytesStart<'_>,
        open: bool,
        depth: usize,
    ) -> Result<(), Box<Diagnostic>> {
        match e.name().into_inner() {
            "table:table" if open => {
                self.sheet = Sheet::default();
                self.sheets += 1;
            }
            "table:table-row" => {
                let repeats = count(e, "table:number-rows-repeated")
                    .min(MAX_ROWS.saturating_sub(self.sheet.rows));
                self.sheet.rows += repeats;
                self.row = Some(Row {
                    repeats,
                    columns: 0,
                    end: 0,
                    text: 0,
                });
                if !open {
                    self.row_end()?;
                }
            }
            "table:table-cell" | "table:covered-table-cell" => self.cell(e, open, depth),
            "text:s" => {
                if let Some(c) = &mut self.cell {
                    c.text = c.text.saturating_add(count(e, "text:c"));
                }
            }
            _ => {
                if let Some(c) = &mut self.cell {
                    // A paragraph, a tab or a line break is a character.
                    c.text += 1;
                }
            }
        }
        Ok(())
    }

    /// A cell: its copies (as many as fit in the row) and whether it has
    /// a value (any value or formula attribute, so counted at least as
    /// the reader counts).
    fn cell(&mut self, e: &BytesStart<'_>, open: bool, depth: usize) {
        let Some(row) = &mut self.row else {
            return;
        };
        let copies =
            count(e, "table:number-columns-repeated").min(MAX_COLUMNS.saturating_sub(row.columns));
        let mut valued = false;
        let mut text = 0u64;
        for a in e.attributes().flatten() {
            let key = a.key.into_inner();
            if key == "office:value-type" && a.value == "percentage" && self.sheets == 1 {
                let first = self.sheet.rows - row.repeats;
                self.percent.push(Run {
                    rows: (first, self.sheet.rows),
                    cols: (row.columns, row.columns + copies),
                });
            }
            if key.starts_with("office:") || key == "table:formula" || key == "calcext:value-type" {
                valued = true;
                text += a.value.len() as u64;
            }
        }
        row.columns += copies;
        if valued {
            row.end = row.columns;
        }
        if open {
            self.cell = Some(CellText {
                copies,
                text,
                depth,
            });
        } else {
            row.text = row.text.saturating_add(text.saturating_mul(copies));
        }
    }

    /// Text inside the current cell.
    pub(crate) fn text(&mut self, len: usize) {
        if let Some(c) = &mut self.cell {
            c.text = c.text.saturating_add(len as u64);
        }
    }

    /// An element that closes at `depth`.
    pub(crate) fn close(&mut self, name: &str, depth: usize) -> Result<(), Box<Diagnostic>> {
        if self.cell.as_ref().is_some_and(|c| c.depth == depth) {
            let c = self.cell.take().expect("checked");
            if let Some(row) = &mut self.row {
                // Text is read only in a cell whose attributes give it a
                // type (counted then); its bytes count in any case.
                row.text = row.text.saturating_add(c.text.saturating_mul(c.copies));
            }
        }
        match name {
            "table:table-row" => self.row_end(),
            "table:table" => {
                self.done = self.done.saturating_add(self.sheet_cells());
                self.sheet = Sheet::default();
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// The cells of the current sheet once laid out, and of its rows.
    fn sheet_cells(&self) -> u64 {
        let s = &self.sheet;
        s.kept.saturating_add(s.span.saturating_mul(s.width))
    }

    /// The end of a row: its cells, its copies and its text counted.
    fn row_end(&mut self) -> Result<(), Box<Diagnostic>> {
        let Some(row) = self.row.take() else {
            return Ok(());
        };
        let s = &mut self.sheet;
        s.kept += row.end;
        if row.end > 0 {
            s.span = s.span.saturating_add(s.pending).saturating_add(row.repeats);
            s.pending = 0;
            s.width = s.width.max(row.end);
        } else if s.span > 0 {
            s.pending = s.pending.saturating_add(row.repeats);
        }
        self.text = self
            .text
            .saturating_add(row.text.saturating_mul(row.repeats.saturating_add(1)));
        if self.done.saturating_add(self.sheet_cells()) > self.max_cells {
            return Err(Box::new(
                Limit::Cells
                    .exceeded(msg::ods_too_many_cells(self.max_cells.to_string()))
                    .at(Span::at(0)),
            ));
        }
        if self.text > self.max_text {
            return Err(Box::new(
                Limit::FileSize
                    .exceeded(msg::ods_text_too_large(self.max_text.to_string()))
                    .at(Span::at(0)),
            ));
        }
        Ok(())
    }
}

/// A repeat count: 1 when absent; as the reader reads it, a count that is
/// not a number stops the reader before anything is expanded.
fn count(e: &BytesStart<'_>, key: &str) -> u64 {
    e.attributes()
        .flatten()
        .find(|a| a.key.into_inner() == key)
        .and_then(|a| a.value.trim().parse().ok())
        .unwrap_or(1)
}

/// The package again, its `content.xml` without the spaces between the
/// cells of a row (Gnumeric indents its rows, and the workbook reader
/// takes any text there for a broken row). The part has been measured:
/// it fits the budget. `None` when the package cannot be written so.
pub(crate) fn without_row_spaces(bytes: &[u8]) -> Option<Vec<u8>> {
    use quick_xml::events::Event;
    use std::io::Write;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let part = zip.by_index_raw(i).ok()?;
        if part.name().ok()? != CONTENT {
            out.raw_copy_file(part).ok()?;
        }
    }
    let content = zip.by_name(CONTENT).ok()?;
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let mut writer = quick_xml::Writer::new(Vec::new());
    let mut buf = Vec::new();
    let (mut depth, mut row) = (0usize, None);
    loop {
        let event = reader.read_event_into(&mut buf).ok()?;
        let in_row = row == Some(depth);
        match &event {
            Event::Eof => break,
            Event::Start(e) => {
                depth += 1;
                if e.name().into_inner() == "table:table-row" {
                    row = Some(depth);
                }
            }
            Event::End(_) => {
                if row == Some(depth) {
                    row = None;
                }
                depth = depth.saturating_sub(1);
            }
            Event::Text(t) if in_row && t.as_ref().chars().all(|c| c.is_ascii_whitespace()) => {
                buf.clear();
                continue;
            }
            Event::Comment(_) if in_row => {
                buf.clear();
                continue;
            }
            _ => {}
        }
        writer.write_event(event).ok()?;
        buf.clear();
    }
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file(CONTENT, stored).ok()?;
    out.write_all(&writer.into_inner()).ok()?;
    Some(out.finish().ok()?.into_inner())
}
