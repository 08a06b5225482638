//! Places as a spreadsheet shows them: the row number (the header is row 1),
//! the column letter (`A` … `Z`, `AA` …) and the column's name.
//!
//! Any front end that shows a CSV file (or a worksheet read as CSV text)
//! to a spreadsheet user turns a [`Location`] into a [`SheetPlace`] with
//! [`SourceFile::sheet_place`].

use super::{CsvIndex, Location, SourceFile};
use crate::i18n::{Msg, msg};

/// A row, or a cell, of a CSV file as a spreadsheet shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetPlace {
    /// The 1-based row: the header row is row 1, unless a `sep=` line or
    /// blank lines come before it (each is a row of the sheet too).
    pub row: usize,
    /// The 0-based index of the column, when the place is a cell.
    pub column: Option<usize>,
    /// The column's letter (`A`, `Z`, `AA`), when the place is a cell.
    pub column_letter: Option<String>,
    /// The column's name in the header row, when it has one.
    pub column_name: Option<String>,
}

/// The letter of a 0-based column index: `A` … `Z`, `AA` … `AZ`, `BA` …
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

impl SheetPlace {
    /// The cell reference a spreadsheet's name box takes (`AA10`), when the
    /// place is a cell.
    pub fn cell_ref(&self) -> Option<String> {
        Some(format!("{}{}", self.column_letter.as_deref()?, self.row))
    }

    /// The place in words: `row 10, column AA (entries.status)`,
    /// `row 10, column AA`, or `row 10`.
    pub fn message(&self) -> Msg {
        match (&self.column_letter, &self.column_name) {
            (Some(l), Some(n)) => msg::place_row_column_named(self.row, l, n),
            (Some(l), None) => msg::place_row_column(self.row, l),
            _ => msg::place_row(self.row),
        }
    }

    /// [`SheetPlace::message`] in English.
    pub fn describe(&self) -> String {
        self.message().english()
    }
}

impl CsvIndex {
    /// The sheet row of data record `record` (1-based): after the header's
    /// row, counting the blank rows before it.
    pub fn row_of_record(&self, record: usize) -> usize {
        let k = self.row_shifts.partition_point(|&(r, _)| r <= record);
        let shift = k.checked_sub(1).map_or(0, |k| self.row_shifts[k].1);
        self.header_row.max(1) + record + shift
    }
}

impl SourceFile {
    /// Where a located place of a CSV file is, as a spreadsheet shows it:
    /// the row of its record (or the header's row), and its column when it
    /// is a cell. `None` for a file that is not CSV, or a place in no row.
    pub fn sheet_place(&self, at: &Location) -> Option<SheetPlace> {
        let csv = self.csv.as_ref()?;
        let row = match (&self.sheet, at.record) {
            // A workbook: the rows of its worksheet.
            (Some(sheet), Some(record)) => sheet.row(record),
            (Some(sheet), None) if at.cell.is_some() => sheet.header_row,
            (None, Some(record)) => csv.row_of_record(record),
            (None, None) if at.cell.is_some() => csv.header_row.max(1),
            _ => return None,
        };
        Some(SheetPlace {
            row,
            column: at.cell,
            column_letter: at.cell.map(column_letter),
            column_name: at.cell.and_then(|c| csv.header.get(c).cloned()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_go_on_after_z() {
        let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702, 16383]
            .into_iter()
            .map(column_letter)
            .collect();
        assert_eq!(
            letters,
            ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]
        );
    }

    #[test]
    fn rows_count_the_header_and_blank_rows() {
        let index = CsvIndex {
            header_row: 2,
            row_shifts: vec![(3, 1), (5, 4)],
            ..CsvIndex::default()
        };
        let rows: Vec<usize> = (1..=6).map(|r| index.row_of_record(r)).collect();
        assert_eq!(rows, [3, 4, 6, 7, 11, 12]);
        assert_eq!(CsvIndex::default().row_of_record(9), 10);
    }
}
