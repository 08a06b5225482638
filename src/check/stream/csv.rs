//! A big CSV file, cut into documents by `documentId`.

use super::merge::{BATCH_DOCUMENTS, records_in_file, relocate, renumber, stub};
use crate::check::Capped;
use crate::check::{CheckOptions, Checked};
use crate::read::{self, ReadOptions};
use crate::source::{Location, Representation, SourceFile};
use crate::tree::Node;
use std::path::Path;

/// A CSV file's rows may come in any order, so its text is kept (the file
/// size once), cut into documents by `documentId` without keeping the cells,
/// and each document is read from its header and rows alone. `None` when
/// the file is not plain UTF-8 or has a problem of its own: it is then read
/// whole, which reports the problem.
pub(super) fn csv(path: &Path, name: String, options: &CheckOptions) -> Option<Checked> {
    use crate::read::csv::csv_rows::{self, RowRef};
    use rayon::prelude::*;
    let limits = &options.read.limits;
    let mut bytes = crate::read::read_file(path, limits).ok()?;
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes).ok()?;
    let split = csv_rows::split(&text, limits.max_documents)?;
    if split.documents.is_empty() {
        return None;
    }
    let header = split.header;
    let header_text = &text[header.start..header.end];
    let check = |(index, rows): (usize, &Vec<RowRef>)| -> (Capped, Node) {
        // The document alone: the header row, then its rows, each on a line.
        let mut mini = String::with_capacity(
            header_text.len() + rows.iter().map(|r| r.end - r.start + 2).sum::<usize>() + 2,
        );
        mini.push_str(header_text);
        mini.push_str("\r\n");
        let mut starts = Vec::with_capacity(rows.len());
        for r in rows {
            starts.push(mini.len());
            mini.push_str(&text[r.start..r.end]);
            mini.push_str("\r\n");
        }
        let mut parsed = read::read(
            &name,
            mini.as_bytes(),
            &ReadOptions {
                representation: Some(Representation::Csv),
                limits: *limits,
            },
        );
        // The row (or the header, `None`) a place of the document is in.
        let row_of = |local: usize| starts.partition_point(|&s| s <= local).checked_sub(1);
        let in_file = |local: usize| match row_of(local) {
            Some(k) => rows[k].start + local - starts[k],
            None => header.start + local,
        };
        // The document's size is its extent in the file, from its first
        // cell to its last, as when the file is read whole (rows far apart
        // make a big document).
        if let Some(doc) = parsed.documents.first() {
            let (lo, hi) = read::extent(doc);
            let size = in_file(hi).saturating_sub(in_file(lo));
            if size > limits.max_document_size {
                if !parsed.over_limit.is_empty() {
                    // Another limit of the document alone: the size comes
                    // first.
                    parsed.diagnostics.pop();
                }
                let d = read::document_too_large(0, size, limits, doc.span).in_document(0);
                parsed.diagnostics.push(d);
                parsed.over_limit = vec![0];
            }
        }
        let mut found = Capped::new(limits.max_diagnostics);
        crate::check::check_parsed_into(&parsed, options.as_of, &mut found);
        let source = &parsed.source;
        let row_lines: Vec<usize> = starts.iter().map(|&s| source.line_col(s).0).collect();
        let place = |local: usize| -> (usize, Location) {
            let (line, column) = source.line_col(local);
            let (offset, line) = match row_of(local) {
                Some(k) => (
                    rows[k].start + local - starts[k],
                    rows[k].line + line - row_lines[k],
                ),
                None => (header.start + local, header.line + line - 1),
            };
            let location = Location {
                line,
                column,
                record: None,
                cell: None,
            };
            (offset, location)
        };
        let mut out = Capped::new(limits.max_diagnostics);
        out.absorb(found, Some(index), |mut d| {
            let Some(span) = d.span else {
                d.document = Some(index);
                return Some(d);
            };
            // The header's own problems are the file's: reported with the
            // first document only.
            if row_of(span.start).is_none() && d.document.is_none() {
                if index > 0 {
                    return None;
                }
            } else {
                d.document = Some(index);
            }
            renumber(&mut d, index);
            // Messages that name a record of the document ("the document's
            // first row (record 1)") name it by its number in the file.
            if d.message.contains("record ") {
                d.message = records_in_file(&d.message, |r| {
                    r.checked_sub(1)
                        .and_then(|k| rows.get(k))
                        .map(|row| row.record)
                });
            }
            let field = d.path.as_deref().map(crate::tree::field_name);
            let (_, loc) = source.locate(span, field.as_deref());
            relocate(&mut d, &place);
            if let Some(places) = d.places.as_mut() {
                places.at.cell = loc.cell;
                places.at.record = loc
                    .record
                    .and_then(|r| rows.get(r.checked_sub(1)?))
                    .map(|r| r.record);
            }
            Some(d)
        });
        (out, stub(parsed.documents.first()))
    };
    let mut diagnostics = Capped::new(limits.max_diagnostics);
    let mut documents = Vec::with_capacity(split.documents.len());
    for batch in split.documents.chunks(BATCH_DOCUMENTS) {
        let first = documents.len();
        let done: Vec<(Capped, Node)> = batch
            .par_iter()
            .enumerate()
            .map(|(k, rows)| check((first + k, rows)))
            .collect();
        for (k, (found, stub)) in done.into_iter().enumerate() {
            diagnostics.absorb(found, Some(first + k), Some);
            documents.push(stub);
        }
    }
    let mut source = SourceFile::new(name, String::new(), "utf-8");
    source.representation = Some(Representation::Csv);
    source.csv = Some(crate::source::CsvIndex {
        header: split.names,
        ..Default::default()
    });
    Some(Checked {
        source,
        documents,
        diagnostics: diagnostics.finish(),
        unreadable: false,
    })
}
