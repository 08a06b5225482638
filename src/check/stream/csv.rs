//! A big CSV file, cut into documents by `documentId`.

use super::merge::{BATCH_BYTES, BATCH_DOCUMENTS, messages, moved, relocate, renumber, stub};
use crate::check::Capped;
use crate::check::{CheckOptions, Checked};
use crate::diag::Code;
use crate::read::csv::csv_rows::{self, RowRef};
use crate::read::csv::csv_split::{self, Cut, DocRows, Streamed};
use crate::read::{self, ReadOptions};
use crate::source::{Location, Representation, SourceFile};
use crate::tree::Node;
use std::io::Read;
use std::sync::Arc;

/// A CSV file's rows may come in any order. The file is read in blocks and
/// each document is checked as soon as its rows have ended, when each
/// document's rows are next to each other (and no record is longer than the
/// line limit); else its text is kept (the file size once), cut into
/// documents by `documentId` without keeping the cells. Either way each
/// document is read from its header and rows alone. `open` gives the file's
/// bytes from its start (a file on disk, or bytes in memory), once to read
/// it in blocks and once more when it is read whole. `None` when the file is
/// not plain UTF-8 or has a problem of its own: it is then read whole, which
/// reports the problem.
pub(super) fn csv<R: Read>(
    open: impl Fn() -> Option<R>,
    name: String,
    options: &CheckOptions,
) -> Option<Checked> {
    let limits = &options.read.limits;
    let mut batches = Batches::new(name.clone(), options);
    let cut = csv_split::stream(
        open()?,
        (limits.max_file_size, limits.max_line_len),
        limits.max_documents,
        |doc| batches.add(doc),
    );
    let streamed = match cut? {
        Cut::Streamed(streamed) => streamed,
        Cut::Whole => {
            batches = Batches::new(name.clone(), options);
            kept_whole(open()?, &mut batches)?
        }
    };
    if streamed.documents == 0 {
        return None;
    }
    let (diagnostics, documents) = batches.finish();
    let mut source = SourceFile::new(name, String::new(), "utf-8");
    source.representation = Some(Representation::Csv);
    source.csv = Some(crate::source::CsvIndex {
        header: streamed.names,
        header_row: streamed.header_row,
        row_shifts: streamed.row_shifts,
        ..Default::default()
    });
    Some(Checked {
        source,
        documents,
        diagnostics: diagnostics.finish(),
        unreadable: false,
    })
}

/// A file whose documents' rows are not next to each other (or with a
/// record longer than the line limit): its text is kept and cut into
/// documents by `documentId`.
fn kept_whole(from: impl Read, batches: &mut Batches) -> Option<Streamed> {
    let limits = &batches.file.options.read.limits;
    let mut bytes = read::read_again(from, limits)?;
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes).ok()?;
    let split = csv_rows::split(&text, limits.max_documents)?;
    let header_text = &text[split.header.start..split.header.end];
    let documents = split.documents.len();
    for rows in split.documents {
        let doc = DocRows::new(split.header, header_text, rows, |r| &text[r.start..r.end]);
        batches.add(doc);
    }
    Some(Streamed {
        header: split.header,
        header_text: header_text.to_string(),
        names: split.names,
        documents,
        header_row: split.header_row,
        row_shifts: split.row_shifts,
    })
}

/// The documents handed over, checked in batches on every core while the
/// file is read on, and merged in file order.
struct Batches {
    file: Arc<File>,
    pending: Vec<DocRows>,
    pending_bytes: usize,
    /// The index of the first document pending.
    next: usize,
    in_flight: Option<InFlight>,
    diagnostics: Capped,
    documents: Vec<Node>,
}

/// A batch being checked: its first document's index and what it gives.
type InFlight = (
    usize,
    std::sync::mpsc::Receiver<std::thread::Result<Vec<(Capped, Node)>>>,
);

impl Batches {
    fn new(name: String, options: &CheckOptions) -> Self {
        Batches {
            file: Arc::new(File {
                name,
                options: *options,
            }),
            pending: Vec::new(),
            pending_bytes: 0,
            next: 0,
            in_flight: None,
            diagnostics: Capped::new(options.read.limits.max_diagnostics),
            documents: Vec::new(),
        }
    }

    fn add(&mut self, doc: DocRows) {
        self.pending_bytes += doc.text.len();
        self.pending.push(doc);
        if self.pending_bytes >= BATCH_BYTES || self.pending.len() >= BATCH_DOCUMENTS {
            self.flush();
        }
    }

    /// Starts checking the pending documents, after merging what the batch
    /// before found.
    fn flush(&mut self) {
        self.collect();
        let pending = std::mem::take(&mut self.pending);
        self.pending_bytes = 0;
        if pending.is_empty() {
            return;
        }
        let first = self.next;
        self.next += pending.len();
        let file = Arc::clone(&self.file);
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        super::par::spawn(move || {
            // A panic is carried to the thread that merges (rayon would
            // abort the process).
            let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                super::par::map(&pending, |k, doc| file.check(first + k, doc))
            }));
            let _ = tx.send(done);
        });
        self.in_flight = Some((first, rx));
    }

    /// Waits for the batch being checked and merges what it found.
    fn collect(&mut self) {
        let Some((first, rx)) = self.in_flight.take() else {
            return;
        };
        match rx.recv() {
            Ok(Ok(done)) => {
                for (k, (found, stub)) in done.into_iter().enumerate() {
                    self.diagnostics.absorb(found, Some(first + k), Some);
                    self.documents.push(stub);
                }
            }
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(_) => {}
        }
    }

    fn finish(mut self) -> (Capped, Vec<Node>) {
        self.flush();
        self.collect();
        (self.diagnostics, self.documents)
    }
}

/// The file being checked.
struct File {
    name: String,
    options: CheckOptions,
}

/// One document read alone: its header and rows, each on a line, and where
/// each row starts in that text.
struct Alone<'a> {
    rows: &'a [RowRef],
    header: &'a RowRef,
    starts: &'a [usize],
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

impl File {
    /// Reads and checks document `index` alone; its diagnostics are moved
    /// to the file.
    fn check(&self, index: usize, doc: &DocRows) -> (Capped, Node) {
        let limits = &self.options.read.limits;
        let mut parsed = read::read(
            &self.name,
            doc.text.as_bytes(),
            &ReadOptions {
                representation: Some(Representation::Csv),
                limits: *limits,
            },
        );
        let alone = Alone {
            rows: &doc.rows,
            header: &doc.header,
            starts: &doc.starts,
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
    // Worked out for the first diagnostic only: most documents have none.
    let row_lines = std::cell::OnceCell::new();
    let place = |local: usize| -> (usize, Location) {
        let row_lines: &Vec<usize> =
            row_lines.get_or_init(|| alone.starts.iter().map(|&s| source.line_col(s).0).collect());
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
