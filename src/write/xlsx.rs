//! XLSX: a workbook whose first worksheet holds the CSV form
//! (`docs/spec/representations.md`, XLSX), made for filling in a
//! spreadsheet program.
//!
//! - the first sheet holds the header (bold, frozen) and the rows, every
//!   column formatted as Text so that `1.0`, dates, leading zeros and long
//!   numbers survive a save; every cell is written as text;
//! - each column has an input message (what the column takes, from the
//!   dictionary) and, when it takes a code, a drop-down list: short lists
//!   written in the validation, long ones read from a hidden sheet;
//! - a "Codes" sheet lists every code list with its labels, and a short
//!   "Read me" sheet says how to fill and check the workbook.
//!
//! The sheets' names and texts are in the language asked for (messages of
//! `workbook.ftl`); the column names and codes are the dictionary's. The
//! name of the first sheet tells which language a workbook fosx wrote is
//! in ([`sheet_lang`]).

#[path = "xlsx_text.rs"]
mod xlsx_text;

use super::WriteError;
use crate::i18n::Lang;
use crate::model::{CodeList, DocType, Ty};
use crate::model::{Column, columns};
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, Formula, Workbook, Worksheet, XlsxError,
};
use xlsx_text::Texts;

/// The last 0-based row of a worksheet.
const LAST_ROW: u32 = 1_048_575;

/// Lists whose codes, joined with commas, fit in a validation (Excel's
/// limit); longer ones are read from the hidden lists sheet.
const INLINE_LIST: usize = 255;

/// A workbook holding rows of the CSV form of `doc_type`: `rows[0]` is the
/// header (the type's columns), each later row one record.
pub fn workbook(
    doc_type: DocType,
    rows: &[Vec<String>],
    lang: Lang,
) -> Result<Vec<u8>, WriteError> {
    build(doc_type, rows, lang).map_err(|e| WriteError::Xlsx(e.to_string()))
}

/// Writes CSV text (the canonical CSV of documents, or the CSV template)
/// as a workbook.
pub fn workbook_of_csv(
    doc_type: DocType,
    csv_text: &str,
    lang: Lang,
) -> Result<Vec<u8>, WriteError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| WriteError::Xlsx(e.to_string()))?;
        rows.push(record.iter().map(str::to_string).collect());
    }
    workbook(doc_type, &rows, lang)
}

fn build(doc_type: DocType, rows: &[Vec<String>], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let texts = Texts::new(lang);
    let cols = columns(doc_type);
    let mut book = Workbook::new();
    // A fixed creation date: the same documents give the same bytes.
    let created = rust_xlsxwriter::ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_title(format!("fosx {}", doc_type.code()))
            .set_creation_datetime(&created),
    );
    // The built-in number format 49 is Text (`@`).
    let text = Format::new().set_num_format_index(49);
    let header = Format::new().set_bold().set_num_format_index(49);

    let sheet = book.add_worksheet();
    sheet.set_name(&texts.data_sheet)?;
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let format = if r == 0 { &header } else { &text };
            sheet.write_string_with_format(r as u32, c as u16, cell, format)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    let mut long_lists: Vec<CodeList> = Vec::new();
    for (c, col) in cols.iter().enumerate() {
        let c = c as u16;
        sheet.set_column_format(c, &text)?;
        sheet.set_column_width(c, width(rows, c as usize))?;
        let validation = validation(col, &texts, &mut long_lists)?;
        sheet.add_data_validation(1, c, LAST_ROW, c, &validation)?;
    }
    codes_sheet(book.add_worksheet(), &texts, &header, &text)?;
    read_me(book.add_worksheet(), doc_type, &texts, &header)?;
    lists_sheet(book.add_worksheet(), &long_lists, &texts)?;
    book.save_to_buffer()
}

/// A column's width in characters: its longest cell, within 10 and 60.
fn width(rows: &[Vec<String>], c: usize) -> f64 {
    let longest = rows
        .iter()
        .filter_map(|r| r.get(c))
        .map(|s| s.lines().map(|l| l.chars().count()).max().unwrap_or(0))
        .max()
        .unwrap_or(0);
    (longest + 2).clamp(10, 60) as f64
}

/// The code list a column takes (one code, or a list of codes in one cell).
fn code_list(ty: &Ty) -> Option<(CodeList, bool)> {
    match ty {
        Ty::Code(list) => Some((*list, false)),
        Ty::List {
            item: Ty::Code(list),
            ..
        } => Some((*list, true)),
        _ => None,
    }
}

/// The data validation of a column: its input message and, for codes, its
/// drop-down list. A list of several codes in one cell (`a;b`) cannot be
/// picked from a drop-down, so its list only informs.
fn validation(
    col: &Column,
    texts: &Texts,
    long_lists: &mut Vec<CodeList>,
) -> Result<DataValidation, XlsxError> {
    let mut v = match code_list(col.ty) {
        Some((list, several)) => {
            let values = list.values();
            let joined: usize = values.iter().map(|v| v.chars().count() + 1).sum();
            let v = if joined <= INLINE_LIST {
                DataValidation::new().allow_list_strings(values)?
            } else {
                let k = match long_lists.iter().position(|&l| l == list) {
                    Some(k) => k,
                    None => {
                        long_lists.push(list);
                        long_lists.len() - 1
                    }
                };
                let letters = crate::read::xlsx::column_letters(k);
                DataValidation::new().allow_list_formula(Formula::new(format!(
                    "='{}'!${letters}$1:${letters}${}",
                    // A quote in a sheet's name is doubled in a formula.
                    texts.lists_sheet.replace('\'', "''"),
                    values.len().max(1)
                )))
            };
            let style = if several {
                DataValidationErrorStyle::Information
            } else {
                DataValidationErrorStyle::Stop
            };
            v.set_error_style(style)
                .set_error_title(clip(&texts.not_a_code_title, 32))?
                .set_error_message(clip(&texts.not_a_code(list.name()), 255))?
        }
        None => DataValidation::new().allow_any_value(),
    };
    v = v
        .set_input_title(clip(&col.name, 32))?
        .set_input_message(clip(&texts.describe(col), 255))?;
    Ok(v)
}

/// `text` cut to `max` UTF-16 units (Excel's limits on validation texts).
fn clip(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        used += c.len_utf16();
        if used > max {
            break;
        }
        out.push(c);
    }
    out
}

/// The "Codes" sheet: every code list, each code with its label.
fn codes_sheet(
    sheet: &mut Worksheet,
    texts: &Texts,
    header: &Format,
    text: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name(&texts.codes_sheet)?;
    for (c, title) in texts.codes_header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, title, header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let mut r = 1u32;
    for &list in CodeList::ALL {
        for value in list.values() {
            sheet.write_string_with_format(r, 0, list.name(), text)?;
            sheet.write_string_with_format(r, 1, value, text)?;
            sheet.write_string_with_format(r, 2, xlsx_text::label(list, value, texts), text)?;
            r += 1;
        }
    }
    sheet.set_column_width(0, 20)?;
    sheet.set_column_width(1, 20)?;
    sheet.set_column_width(2, 60)?;
    Ok(())
}

/// The hidden sheet of long code lists, one list per column from row 1.
fn lists_sheet(sheet: &mut Worksheet, lists: &[CodeList], texts: &Texts) -> Result<(), XlsxError> {
    sheet.set_name(&texts.lists_sheet)?;
    for (c, list) in lists.iter().enumerate() {
        for (r, value) in list.values().iter().enumerate() {
            sheet.write_string(r as u32, c as u16, value)?;
        }
    }
    sheet.set_hidden(true);
    Ok(())
}

/// The "Read me" sheet: how to fill and check the workbook.
fn read_me(
    sheet: &mut Worksheet,
    doc_type: DocType,
    texts: &Texts,
    header: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name(&texts.read_me_sheet)?;
    let lines = texts.read_me(doc_type);
    for (r, line) in lines.iter().enumerate() {
        if r == 0 {
            sheet.write_string_with_format(0, 0, line, header)?;
        } else {
            sheet.write_string(r as u32, 0, line)?;
        }
    }
    sheet.set_column_width(0, 110)?;
    Ok(())
}
