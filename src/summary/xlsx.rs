//! `meeting.xlsx`: the evaluation meeting's workbook, in the language of
//! the summary. A Status sheet (Member × standard, the dashboard's letters
//! and colours through conditional formats), the rows of every CSV file
//! with typed cells (numbers, real dates, booleans) and a Read-me sheet
//! saying what each figure counts. Every text goes through
//! [`formula_guard`], as in the CSV files.

use super::aggregate::{NO_REPORT, NO_STATUS, status_codes};
use super::html_sections::late_rows;
use super::labels::{status, status_letters, text, title};
use super::write::{
    ASSISTANCE_COLUMNS, NOTIFICATION_COLUMNS, SKIPPED_COLUMNS, STATUS_COLUMNS, assistance_rows,
    member_columns, member_rows, names, notification_rows, skipped_rows, status_rows,
};
use super::{StatusRow, Summary};
use crate::i18n::{Lang, Msg, msg};
use crate::write::formula_guard;
use rust_xlsxwriter::{
    ConditionalFormatCell, ConditionalFormatCellRule, ExcelDateTime, Format, FormatAlign, Workbook,
    Worksheet, XlsxError,
};

/// Columns holding dates (`YYYY-MM-DD`), written as real dates.
const DATE_COLUMNS: &[&str] = &[
    "plannedStart",
    "plannedCompletion",
    "expectedCompletion",
    "actualCompletion",
    "notificationDate",
    "timetableDate",
    "progressReportDate",
    "reportingPeriodStart",
    "reportingPeriodEnd",
    "submissionDate",
];

/// Columns holding booleans.
const BOOLEAN_COLUMNS: &[&str] = &[
    "technicalAssistanceRequested",
    "capacityBuilding",
    "timetableMissing",
    "progressReportMissing",
];

/// Columns holding numbers (besides the counts `standards…`).
const NUMBER_COLUMNS: &[&str] = &[
    "standard",
    "completionPercent",
    "maturityLevel",
    "slippageDays",
    "overdueDays",
    "progress",
    "document",
];

/// The columns of the Slippage sheet, among those of `status.csv`.
const SLIPPAGE_COLUMNS: &[&str] = &[
    "memberCode",
    "memberName",
    "region",
    "standard",
    "standardTitle",
    "status",
    "plannedCompletion",
    "dateKind",
    "expectedCompletion",
    "actualCompletion",
    "slippageDays",
    "overdueDays",
];

/// The dashboard's colours of a status: fill and ink.
fn colours(status: &str) -> (u32, u32) {
    match status {
        "not-started" => (0xD73027, 0xFFFFFF),
        "planned" => (0xFC8D59, 0x1B1F24),
        "in-progress" => (0xFEE08B, 0x1B1F24),
        "implemented" => (0x1A7F37, 0xFFFFFF),
        _ => (0xBDBDBD, 0x1B1F24),
    }
}

struct Formats {
    header: Format,
    date: Format,
    wrap: Format,
    bold: Format,
    decimal: Format,
    general: Format,
}

/// The workbook of a summary, in `lang`.
pub fn meeting_workbook(summary: &Summary, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // The reference date as creation date: the same inputs and `--as-of`
    // give the same bytes.
    let created = ExcelDateTime::parse_from_str(&summary.as_of)
        .or_else(|_| ExcelDateTime::from_ymd(2000, 1, 1))?;
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_title(text(msg::summary_title(), lang))
            .set_creation_datetime(&created),
    );
    let f = Formats {
        header: Format::new()
            .set_bold()
            .set_background_color(0xF3F5F7)
            .set_text_wrap()
            .set_align(FormatAlign::Top),
        date: Format::new().set_num_format("yyyy-mm-dd"),
        wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        bold: Format::new().set_bold(),
        decimal: Format::new().set_num_format("0.00"),
        general: Format::new(),
    };
    status_sheet(book.add_worksheet(), summary, lang, &f)?;
    let data: Vec<Vec<String>> = status_rows(&summary.status).collect();
    table_sheet(
        book.add_worksheet(),
        msg::meeting_sheet_data(),
        &names(STATUS_COLUMNS),
        &data,
        lang,
        &f,
    )?;
    let members: Vec<Vec<String>> = member_rows(&summary.members).collect();
    table_sheet(
        book.add_worksheet(),
        msg::meeting_sheet_members(),
        &member_columns(),
        &members,
        lang,
        &f,
    )?;
    let late: Vec<StatusRow> = late_rows(summary).into_iter().cloned().collect();
    let picks: Vec<usize> = SLIPPAGE_COLUMNS
        .iter()
        .filter_map(|c| STATUS_COLUMNS.iter().position(|s| s == c))
        .collect();
    let slippage: Vec<Vec<String>> = status_rows(&late)
        .map(|row| picks.iter().map(|&i| row[i].clone()).collect())
        .collect();
    table_sheet(
        book.add_worksheet(),
        msg::meeting_sheet_slippage(),
        &names(SLIPPAGE_COLUMNS),
        &slippage,
        lang,
        &f,
    )?;
    let assistance: Vec<Vec<String>> = assistance_rows(&summary.assistance).collect();
    table_sheet(
        book.add_worksheet(),
        msg::meeting_sheet_assistance(),
        &names(ASSISTANCE_COLUMNS),
        &assistance,
        lang,
        &f,
    )?;
    let notifications: Vec<Vec<String>> = notification_rows(&summary.members).collect();
    table_sheet(
        book.add_worksheet(),
        msg::meeting_sheet_notifications(),
        &names(NOTIFICATION_COLUMNS),
        &notifications,
        lang,
        &f,
    )?;
    let skipped: Vec<Vec<String>> = skipped_rows(&summary.skipped).collect();
    table_sheet(
        book.add_worksheet(),
        msg::meeting_sheet_skipped(),
        &names(SKIPPED_COLUMNS),
        &skipped,
        lang,
        &f,
    )?;
    read_me(book.add_worksheet(), summary, lang, &f)?;
    book.save_to_buffer()
}

/// One cell of a CSV file's column, typed: a date, a number or a boolean
/// when the column holds one and the cell is not empty; text (guarded
/// against formulas) otherwise.
fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    column: &str,
    cell: &str,
    f: &Formats,
) -> Result<(), XlsxError> {
    if cell.is_empty() {
        return Ok(());
    }
    let numeric = NUMBER_COLUMNS.contains(&column) || column.starts_with("standards");
    if DATE_COLUMNS.contains(&column)
        && let Ok(date) = ExcelDateTime::parse_from_str(cell)
    {
        sheet.write_date_with_format(row, col, &date, &f.date)?;
    } else if BOOLEAN_COLUMNS.contains(&column)
        && let Ok(b) = cell.parse::<bool>()
    {
        sheet.write_boolean(row, col, b)?;
    } else if numeric && let Ok(n) = cell.parse::<f64>() {
        let format = if column == "progress" {
            &f.decimal
        } else {
            &f.general
        };
        sheet.write_number_with_format(row, col, n, format)?;
    } else {
        sheet.write_string(row, col, formula_guard(cell).as_ref())?;
    }
    Ok(())
}

/// A sheet of a CSV file's rows: headers in the language, typed cells,
/// frozen header and first column, a filter.
fn table_sheet(
    sheet: &mut Worksheet,
    name: Msg,
    columns: &[String],
    rows: &[Vec<String>],
    lang: Lang,
    f: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(text(name, lang))?;
    for (c, column) in columns.iter().enumerate() {
        let header = text(msg::meeting_column(column.as_str()), lang);
        sheet.write_string_with_format(0, c as u16, &header, &f.header)?;
        let longest = rows
            .iter()
            .map(|r| r[c].chars().count())
            .max()
            .unwrap_or(0)
            .max(10);
        sheet.set_column_width(c as u16, (longest + 2).min(50) as f64)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, (column, cell)) in columns.iter().zip(row).enumerate() {
            write_cell(sheet, r as u32 + 1, c as u16, column, cell, f)?;
        }
    }
    sheet.set_freeze_panes(1, 1)?;
    if !columns.is_empty() {
        sheet.autofilter(0, 0, rows.len() as u32, columns.len() as u16 - 1)?;
    }
    Ok(())
}

/// The Status sheet: a row per Member, a column per standard holding the
/// letters of its status, coloured by conditional formats.
fn status_sheet(
    sheet: &mut Worksheet,
    summary: &Summary,
    lang: Lang,
    f: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(text(msg::meeting_sheet_status(), lang))?;
    let heads = [
        "memberCode",
        "memberName",
        "region",
        "progressReportDate",
        "progress",
    ];
    for (c, h) in heads.iter().enumerate() {
        let label = text(msg::meeting_column(*h), lang);
        sheet.write_string_with_format(0, c as u16, &label, &f.header)?;
    }
    let first = heads.len() as u16;
    for (i, s) in summary.standards.iter().enumerate() {
        sheet.write_number_with_format(0, first + i as u16, s.number as f64, &f.header)?;
        sheet.set_column_width(first + i as u16, 5)?;
    }
    for (r, m) in summary.members.iter().enumerate() {
        let row = r as u32 + 1;
        sheet.write_string(row, 0, formula_guard(&m.member_code).as_ref())?;
        sheet.write_string(row, 1, formula_guard(&m.member_name).as_ref())?;
        if let Some(region) = &m.region {
            sheet.write_string(row, 2, formula_guard(region).as_ref())?;
        }
        if let Some(date) = &m.progress_report_date {
            write_cell(sheet, row, 3, "progressReportDate", date, f)?;
        }
        if let Some(p) = m.progress {
            sheet.write_number_with_format(row, 4, p, &f.decimal)?;
        }
        for (i, s) in m.standards.iter().enumerate() {
            if let Some(code) = &s.status {
                sheet.write_string(row, first + i as u16, status_letters(code, lang))?;
            }
        }
    }
    let last_row = summary.members.len() as u32;
    let last_col = first + summary.standards.len().max(1) as u16 - 1;
    if last_row > 0 {
        for code in status_codes() {
            let (fill, ink) = colours(&code);
            let format = Format::new()
                .set_background_color(fill)
                .set_font_color(ink)
                .set_bold();
            let rule = ConditionalFormatCell::new()
                .set_rule(ConditionalFormatCellRule::EqualTo(status_letters(
                    &code, lang,
                )))
                .set_format(format);
            sheet.add_conditional_format(1, first, last_row, last_col, &rule)?;
        }
    }
    sheet.set_column_width(0, 12)?;
    sheet.set_column_width(1, 30)?;
    sheet.set_column_width(2, 10)?;
    sheet.set_column_width(3, 14)?;
    sheet.set_column_width(4, 11)?;
    sheet.set_freeze_panes(1, 1)?;
    sheet.autofilter(0, 0, last_row, last_col)?;
    Ok(())
}

/// The Read-me sheet: what each sheet holds, what each figure counts, the
/// status letters and codes, the standards.
fn read_me<'f>(
    sheet: &mut Worksheet,
    summary: &Summary,
    lang: Lang,
    f: &'f Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(text(msg::meeting_sheet_read_me(), lang))?;
    sheet.set_column_width(0, 120)?;
    let mut lines: Vec<(String, &'f Format)> = vec![(
        text(
            msg::meeting_read_me_title(
                summary.as_of.as_str(),
                summary.edition.as_str(),
                summary.totals.members,
            ),
            lang,
        ),
        &f.bold,
    )];
    let heading = |lines: &mut Vec<(String, &'f Format)>, m: Msg| {
        lines.push((String::new(), &f.wrap));
        lines.push((text(m, lang), &f.bold));
    };
    heading(&mut lines, msg::meeting_read_me_sheets());
    for m in [
        msg::meeting_read_me_status(),
        msg::meeting_read_me_data("status.csv"),
        msg::meeting_read_me_members("members.csv"),
        msg::meeting_read_me_slippage(),
        msg::meeting_read_me_assistance("assistance.csv"),
        msg::meeting_read_me_notifications("notifications.csv"),
        msg::meeting_read_me_skipped("skipped.csv"),
        msg::meeting_read_me_codes(),
    ] {
        lines.push((text(m, lang), &f.wrap));
    }
    heading(&mut lines, msg::meeting_read_me_figures());
    for m in [
        msg::summary_progress_note(),
        msg::summary_rates_note(),
        msg::summary_slippage_note(),
        msg::summary_overdue_note(),
        msg::summary_missing_note(),
        msg::summary_notifications_note(),
    ] {
        lines.push((text(m, lang), &f.wrap));
    }
    heading(&mut lines, msg::meeting_read_me_letters());
    for code in status_codes()
        .iter()
        .map(String::as_str)
        .chain([NO_STATUS, NO_REPORT])
    {
        let mut letters = status_letters(code, lang);
        if letters.is_empty() {
            letters = text(msg::meeting_read_me_empty(), lang);
        }
        let line = msg::meeting_read_me_letter(letters, code, status(code, lang));
        lines.push((text(line, lang), &f.wrap));
    }
    heading(&mut lines, msg::meeting_read_me_standards());
    for s in &summary.standards {
        lines.push((format!("{}. {}", s.number, title(s, lang)), &f.wrap));
    }
    for (r, (line, format)) in lines.iter().enumerate() {
        if !line.is_empty() {
            sheet.write_string_with_format(r as u32, 0, formula_guard(line).as_ref(), format)?;
        }
    }
    Ok(())
}
