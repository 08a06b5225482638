//! The first worksheet of a workbook the reader holds whole, as a range
//! of cells (`.ods`, `.xls`): its cells turned into the CSV form the XLSX reader
//! makes ([`super::to_csv`]), so that the same checks, help and places
//! apply. The package has been checked first: the range is no larger than
//! the limits allow. A number the sheet shows as a percentage (which the
//! range gives as the fraction) or as a boolean is read as shown, as in an
//! XLSX workbook.

use super::xlsx_cells::{self, Shown};
use super::xlsx_ods::{Run, within};
use super::{Cells, SheetText};
use crate::diag::{Code, Diagnostic};
use crate::i18n::msg;
use crate::read::Limits;
use crate::tree::Span;
use calamine::{Data, DataRef, Range, Reader};
use std::collections::HashMap;

/// The first worksheet's cells as CSV text, from a workbook as its reader
/// opened it (or failed to).
pub(super) fn sheet_text<R, B>(
    (book, kind): (Result<B, B::Error>, super::Book),
    (percent, booleans): (Vec<Run>, Vec<Run>),
    limits: &Limits,
) -> Result<SheetText, Box<Diagnostic>>
where
    R: std::io::Read + std::io::Seek,
    B: Reader<R>,
    B::Error: std::fmt::Display + Into<Said>,
{
    let mut book = book.map_err(|e| Box::new(unreadable(e.into(), kind)))?;
    let name = super::first_worksheet(book.sheets_metadata())?;
    let range = book
        .worksheet_range(&name)
        .map_err(|e| Box::new(unreadable(e.into(), kind)))?;
    let formulas = book
        .worksheet_formula(&name)
        .map_err(|e| Box::new(unreadable(e.into(), kind)))?;
    let cells = cells(&range, &formulas, (&percent, &booleans), limits)?;
    drop(range);
    super::to_csv(name, cells, limits)
}

/// What the reader of a workbook said when it could not read it.
pub(super) enum Said {
    /// The workbook has a password.
    Password,
    /// Anything else, in the reader's words.
    Other(String),
}

impl From<calamine::OdsError> for Said {
    fn from(e: calamine::OdsError) -> Self {
        match e {
            calamine::OdsError::Password => Said::Password,
            other => Said::Other(other.to_string()),
        }
    }
}

impl From<calamine::XlsError> for Said {
    fn from(e: calamine::XlsError) -> Self {
        match e {
            calamine::XlsError::Password => Said::Password,
            other => Said::Other(other.to_string()),
        }
    }
}

/// The diagnostic of a workbook its reader could not read.
fn unreadable(said: Said, kind: super::Book) -> Diagnostic {
    match said {
        Said::Password => Diagnostic::new(Code::P07, msg::xlsx_password())
            .at(Span::at(0))
            .help(msg::xlsx_password_help()),
        Said::Other(detail) => {
            let reason = msg::xlsx_reader_other(detail);
            let message = match kind {
                super::Book::Xls => msg::xls_unreadable(reason),
                _ => msg::ods_unreadable(reason),
            };
            Diagnostic::new(Code::P07, message)
                .at(Span::at(0))
                .help(msg::xlsx_unreadable_help())
        }
    }
}

/// The non-empty cells of a range (and the cells with a formula), in row
/// and column order, their text as the XLSX reader makes it.
fn cells(
    range: &Range<Data>,
    formulas: &Range<String>,
    (percent, booleans): (&[Run], &[Run]),
    limits: &Limits,
) -> Result<Cells, Box<Diagnostic>> {
    let by_place: HashMap<(u32, u32), &str> = match formulas.start() {
        Some((r0, c0)) => formulas
            .used_cells()
            .filter(|(_, _, f)| !f.is_empty())
            .map(|(r, c, f)| ((r0 + r as u32, c0 + c as u32), f.as_str()))
            .collect(),
        None => HashMap::new(),
    };
    let mut out = Cells::default();
    let Some((r0, c0)) = range.start() else {
        return Ok(out);
    };
    for (r, c, value) in range.used_cells() {
        let (row, col) = (r0 + r as u32, c0 + c as u32);
        let value = data_ref(value);
        let shown = if within(percent, row.into(), col.into()) {
            Some(Shown::Percent)
        } else if within(booleans, row.into(), col.into()) {
            Some(Shown::Boolean)
        } else {
            None
        };
        let (text, note) = shown
            .and_then(|s| xlsx_cells::as_shown(&value, s))
            .unwrap_or_else(|| xlsx_cells::text(&value));
        let formula = by_place.get(&(row, col)).map(|f| formula_text(f));
        if text.is_empty() && formula.is_none() {
            continue;
        }
        out.add((row, col), (&text, note), formula, limits)?;
    }
    Ok(out)
}

/// A formula as the XLSX reader gives it, without `=` and without the
/// OpenFormula namespace (`of:=[.A1]*2` is `[.A1]*2`).
fn formula_text(f: &str) -> String {
    let f = f.strip_prefix("of:").unwrap_or(f);
    f.strip_prefix('=').unwrap_or(f).to_string()
}

/// A cell value as the XLSX reader's cells are given.
fn data_ref(value: &Data) -> DataRef<'_> {
    match value {
        Data::Int(i) => DataRef::Int(*i),
        Data::Float(f) => DataRef::Float(*f),
        Data::String(s) => DataRef::String(s.clone()),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(d) => DataRef::DateTime(*d),
        Data::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Data::DurationIso(s) => DataRef::DurationIso(s.clone()),
        Data::Error(e) => DataRef::Error(e.clone()),
        Data::Empty => DataRef::Empty,
    }
}
