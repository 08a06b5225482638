//! A big CSV file, cut into documents by `documentId`.

use super::merge::{BATCH_DOCUMENTS, messages, moved, relocate, renumber, stub};
use crate::check::Capped;
use crate::check::{CheckOptions, Checked};
use crate::diag::Code;
use crate::read::csv::csv_rows::{self, RowRef};
use crate::read::{self, ReadOptions};
use crate::source::{Location, Representation, SourceFile};
use crate::tree::Node;

/// A CSV file's rows may come in any order, so its text is kept (the file
/// size once), cut into documents by `documentId` without keeping the cells,
/// and each document is read from its header and rows alone. `None` when
/// the file is not plain UTF-8 or has a problem of its own: it is then read
/// whole, which reports the problem.
pub(super) fn csv(text: &str, name: String, options: &CheckOptions) -> Option<Checked> {
    let limits = &options.read.limits;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let split = csv_rows::split(text, limits.max_documents)?;
    if split.documents.is_empty() {
        return None;
    }
    let file = File {
        name: &name,
        text,
        header: &split.header,
        options,
    };
    let mut diagnostics = Capped::new(limits.max_diagnostics);
    let mut documents = Vec::with_capacity(split.documents.len());
    for batch in split.documents.chunks(BATCH_DOCUMENTS) {
        let first = documents.len();
        let done: Vec<(Capped, Node)> =
            super::par::map(batch, |k, rows| file.check(first + k, rows));
        for (k, (found, stub)) in done.into_iter().enumerate() {
            diagnostics.absorb(found, Some(first + k), Some);
            documents.push(stub);
        }
    }
    let mut source = SourceFile::new(name, String::new(), "utf-8");
    source.representation = Some(Representation::Csv);
    source.csv = Some(crate::source::CsvIndex {
        header: split.names,
        header_row: split.header_row,
        row_shifts: split.row_shifts,
        ..Default::default()
    });
    Some(Checked {
        source,
        documents,
        diagnostics: diagnostics.finish(),
        unreadable: false,
    })
}

/// The file being checked: its text and header row.
struct File<'a> {
    name: &'a str,
    text: &'a str,
    header: &'a RowRef,
    options: &'a CheckOptions,
}

/// One document read alone: its header and rows, each on a line, and where
/// each row starts in that text.
struct Alone<'a> {
    rows: &'a [RowRef],
    header: &'a RowRef,
    starts: Vec<usize>,
}

impl Alone<'_> {
    /// The row (or the header, `None`) a place of the document is in.
    fn row_of(&self, local: usize) -> Option<usize> {
        self.starts.partition_point(|&s| s <= local).checked_sub(1)
    }

    /// The file offset of an offset of the document's text.
    fn in_file(&self, local: usize) -> usize {
        match self.row_of(local) {
            Some(k) => self.rows[k].start + local - self.starts[k],
            None => self.header.start + local,
        }
    }
}

impl File<'_> {
    /// Reads and checks document `index`, made of `rows`, alone; its
    /// diagnostics are moved to the file.
    fn check(&self, index: usize, rows: &[RowRef]) -> (Capped, Node) {
        let limits = &self.options.read.limits;
        let header_text = &self.text[self.header.start..self.header.end];
        // The document alone: the header row, then its rows, each on a line.
        let mut mini = String::with_capacity(
            header_text.len() + rows.iter().map(|r| r.end - r.start + 2).sum::<usize>() + 2,
        );
        mini.push_str(header_text);
        mini.push_str("\r\n");
        let mut starts = Vec::with_capacity(rows.len());
        for r in rows {
            starts.push(mini.len());
            mini.push_str(&self.text[r.start..r.end]);
            mini.push_str("\r\n");
        }
        let mut parsed = read::read(
            self.name,
            mini.as_bytes(),
            &ReadOptions {
                representation: Some(Representation::Csv),
                limits: *limits,
            },
        );
        let alone = Alone {
            rows,
            header: self.header,
            starts,
        };
        document_size(&mut parsed, &alone, limits);
        let mut found = Capped::new(limits.max_diagnostics);
        crate::check::check_parsed_into(&parsed, self.options.as_of, &mut found);
        let out = in_file(found, index, &parsed.source, &alone, limits.max_diagnostics);
        (out, stub(parsed.documents.first()))
    }
}

/// The document's size is its extent in the file, from its first cell to
/// its last, as when the file is read whole (rows far apart make a big
/// document).
fn document_size(parsed: &mut read::Parsed, alone: &Alone, limits: &read::Limits) {
    let Some(doc) = parsed.documents.first() else {
        return;
    };
    let (lo, hi) = read::extent(doc);
    let size = alone.in_file(hi).saturating_sub(alone.in_file(lo));
    if size > limits.max_document_size {
        if !parsed.over_limit.is_empty() {
            // Another limit of the document alone: the size comes first.
            // It was kept, or left out past the cap (then only counted).
            let other = parsed
                .diagnostics
                .iter()
                .rposition(|d| d.code == Code::P06 && d.document == Some(0));
            match other {
                Some(k) => {
                    parsed.diagnostics.remove(k);
                }
                None => parsed.left_out.remove(Code::P06),
            }
        }
        let d = read::document_too_large(0, size, limits, doc.span).in_document(0);
        parsed.diagnostics.push(d);
        parsed.over_limit = vec![0];
    }
}

/// The diagnostics of document `index`, found in its text alone, moved to
/// the file: spans, lines, records and messages that name a record.
fn in_file(
    found: Capped,
    index: usize,
    source: &SourceFile,
    alone: &Alone,
    max_diagnostics: usize,
) -> Capped {
    let row_lines: Vec<usize> = alone.starts.iter().map(|&s| source.line_col(s).0).collect();
    let place = |local: usize| -> (usize, Location) {
        let (line, column) = source.line_col(local);
        let (offset, line) = match alone.row_of(local) {
            Some(k) => (
                alone.rows[k].start + local - alone.starts[k],
                alone.rows[k].line + line - row_lines[k],
            ),
            None => (alone.header.start + local, alone.header.line + line - 1),
        };
        let location = Location {
            line,
            column,
            record: None,
            cell: None,
        };
        (offset, location)
    };
    let rows = alone.rows;
    let mut out = Capped::new(max_diagnostics);
    out.absorb(found, Some(index), |mut d| {
        let Some(span) = d.span else {
            d.document = Some(index);
            return Some(d);
        };
        // The header's own problems are the file's: reported with the
        // first document only.
        if alone.row_of(span.start).is_none() && d.document.is_none() {
            if index > 0 {
                return None;
            }
        } else {
            d.document = Some(index);
        }
        renumber(&mut d, index);
        // Messages that name a record of the document ("the document's
        // first row (record 1)") name it by its number in the file.
        let in_file = |r: usize| {
            r.checked_sub(1)
                .and_then(|k| rows.get(k))
                .map(|row| row.record)
        };
        for m in messages(&mut d) {
            m.map_int("record", &|r| {
                let r = usize::try_from(r).ok()?;
                i64::try_from(in_file(r)?).ok()
            });
        }
        let field = d.path.as_deref().map(crate::tree::field_name);
        let (cell, loc) = source.locate(span, field.as_deref());
        relocate(&mut d, &place);
        if let Some(places) = d.places.as_mut() {
            // The line and column are the cell's that `locate` moved the
            // place to (a missing field's own column), as when the file is
            // read whole.
            let (_, at) = moved(cell, &place);
            places.at.line = at.line;
            places.at.column = at.column;
            places.at.cell = loc.cell;
            places.at.record = loc
                .record
                .and_then(|r| rows.get(r.checked_sub(1)?))
                .map(|r| r.record);
        }
        Some(d)
    });
    out
}
