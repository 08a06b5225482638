//! A file as fosx read it: its name, decoded text and representation, and the
//! indexes that turn byte spans into lines, columns and CSV cells.

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
}

impl Representation {
    /// Lower-case name, also the usual file extension.
    pub fn as_str(self) -> &'static str {
        match self {
            Representation::Json => "json",
            Representation::Xml => "xml",
            Representation::Csv => "csv",
        }
    }

    /// The representation named by a file extension, if any.
    pub fn from_extension(ext: &str) -> Option<Representation> {
        match ext.to_ascii_lowercase().as_str() {
            "json" => Some(Representation::Json),
            "xml" => Some(Representation::Xml),
            "csv" | "tsv" | "txt" => Some(Representation::Csv),
            _ => None,
        }
    }
}

impl fmt::Display for Representation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One data record of a CSV file, for locating cells.
#[derive(Debug, Clone, Default)]
pub struct CsvRecord {
    /// 1-based record number (1 = first data row).
    pub record: usize,
    /// Spans of its cells, in column order.
    pub cells: Vec<Span>,
}

/// Where the rows and cells of a CSV file are.
#[derive(Debug, Clone, Default)]
pub struct CsvIndex {
    /// Header names, in file order.
    pub header: Vec<String>,
    /// Spans of the header cells.
    pub header_cells: Vec<Span>,
    /// Data records in file order.
    pub records: Vec<CsvRecord>,
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
    line_starts: Vec<usize>,
    /// The CSV cell index, for CSV files.
    pub csv: Option<CsvIndex>,
}

impl SourceFile {
    /// A source for already decoded text.
    pub fn new(name: impl Into<String>, text: String, encoding: &'static str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        SourceFile {
            name: name.into(),
            text: Arc::new(text),
            representation: None,
            encoding,
            line_starts,
            csv: None,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
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
            let idx = csv
                .records
                .partition_point(|r| r.cells.first().is_some_and(|c| c.start <= span.start));
            if let Some(rec) = idx.checked_sub(1).map(|i| &csv.records[i]) {
                record = Some(rec.record);
                cell = rec
                    .cells
                    .iter()
                    .rposition(|c| c.start <= span.start && span.start <= c.end.max(c.start));
                match field.map(|f| csv.header.iter().position(|h| h == f)) {
                    // The field's column: show its cell in this record.
                    Some(Some(col)) => {
                        if cell != Some(col)
                            && let Some(target) = rec.cells.get(col)
                        {
                            span = *target;
                        }
                        cell = Some(col);
                    }
                    // A field with no column (an object, a list, a column the
                    // file lacks): the place is the row; the report names the field.
                    Some(None) => cell = None,
                    None => {}
                }
            } else if let Some(col) = field.and_then(|f| csv.header.iter().position(|h| h == f)) {
                // Before the first record: a header cell.
                if csv
                    .header_cells
                    .get(col)
                    .is_some_and(|c| c.start <= span.start)
                {
                    cell = Some(col);
                }
            }
        }
        let (line, column) = self.line_col(span.start);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        let s = SourceFile::new("x", "ab\nçé x\n".into(), "utf-8");
        assert_eq!(s.line_col(0), (1, 1));
        assert_eq!(s.line_col(3), (2, 1));
        assert_eq!(s.line_col(8), (2, 4));
    }
}
