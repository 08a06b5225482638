//! A big CSV file, cut into documents by `documentId`.

use super::merge::{
    BATCH_BYTES, BATCH_DOCUMENTS, IN_FLIGHT, messages, moved, relocate, renumber, stub,
};
use crate::check::Capped;
use crate::check::{CheckOptions, Checked};
use crate::diag::Code;
use crate::model::DocType;
use crate::read::csv::csv_rows::{self, RowRef};
use crate::read::csv::csv_split::{self, Cut, DocRows, Streamed};
use crate::read::{self, ReadOptions};
use crate::source::{Location, Representation, SourceFile};
use crate::tree::{Node, Span};
use std::io::Read;
use std::sync::Arc;

/// A CSV file's rows may come in any order. The file is read in blocks and
/// each document is checked as soon as its rows have ended, when each
/// document's rows are next to each other (and no record is longer than the
/// line limit); else its text is kept (the file size once), cut into
/// documents by `documentId` without keeping the cells. Either way each
/// document is read from its header and rows alone, with the file's type
/// (that of its first row with a known `documentType`, as when the file is
/// read whole). `open` gives the file's
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
    let ahead = || type_ahead(&open, &name, options);
    let cut = csv_split::stream(
        open()?,
        (limits.max_file_size, limits.max_line_len),
        limits.max_documents,
        |doc| batches.add(doc, &ahead),
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
    let limits = &batches.options.read.limits;
    let mut bytes = read::read_again(from, limits)?;
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes).ok()?;
    let split = csv_rows::split(&text, limits.max_documents)?;
    let header_text = &text[split.header.start..split.header.end];
    let documents = split.documents.len();
    let doc_rows = |rows: &[RowRef]| {
        DocRows::new(split.header, header_text, rows.to_vec(), |r| {
            &text[r.start..r.end]
        })
    };
    // The file's type is its first typed row's, whichever document it is in.
    let delim = csv_rows::delimiter(&text);
    let first_typed = split.names.position("documentType").and_then(|col| {
        let typed = |rows: &[RowRef]| {
            rows.iter()
                .find(|r| csv_rows::type_cell(&text, r.start, col, delim).is_some())
                .map(|r| r.start)
        };
        split
            .documents
            .iter()
            .filter_map(|rows| Some((typed(rows)?, rows)))
            .min_by_key(|t| t.0)
    });
    batches.file_type =
        first_typed.and_then(|(_, rows)| FileType::of(&doc_rows(rows), &batches.name));
    batches.typed = true;
    for rows in &split.documents {
        batches.add(doc_rows(rows), &|| None);
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
    name: String,
    options: CheckOptions,
    /// The file's type, once `typed`: the first row with a known
    /// `documentType` (see [`crate::read::csv`]), which every document
    /// read alone takes.
    file_type: Option<FileType>,
    typed: bool,
    pending: Vec<DocRows>,
    pending_bytes: usize,
    /// The index of the first document pending.
    next: usize,
    /// The batches being checked, oldest first (at most [`IN_FLIGHT`]).
    in_flight: std::collections::VecDeque<InFlight>,
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
            name,
            options: *options,
            file_type: None,
            typed: false,
            pending: Vec::new(),
            pending_bytes: 0,
            next: 0,
            in_flight: std::collections::VecDeque::new(),
            diagnostics: Capped::new(options.read.limits.max_diagnostics),
            documents: Vec::new(),
        }
    }

    /// Adds a document, in file order. Documents are checked once the
    /// file's type is known: the first typed row of the documents so far,
    /// else, when a batch is full before any, the one `ahead` finds.
    fn add(&mut self, doc: DocRows, ahead: &dyn Fn() -> Option<FileType>) {
        if !self.typed {
            self.file_type = FileType::of(&doc, &self.name);
            self.typed = self.file_type.is_some();
        }
        self.pending_bytes += doc.text.len();
        self.pending.push(doc);
        if self.pending_bytes >= BATCH_BYTES || self.pending.len() >= BATCH_DOCUMENTS {
            if !self.typed {
                self.file_type = ahead();
                self.typed = true;
            }
            self.flush();
        }
    }

    /// Starts checking the pending documents; with [`IN_FLIGHT`] batches
    /// being checked, what the oldest found is merged first.
    fn flush(&mut self) {
        while self.in_flight.len() >= IN_FLIGHT {
            self.collect_one();
        }
        let pending = std::mem::take(&mut self.pending);
        self.pending_bytes = 0;
        if pending.is_empty() {
            return;
        }
        let first = self.next;
        self.next += pending.len();
        let file = Arc::new(File {
            name: self.name.clone(),
            options: self.options,
            file_type: self.file_type,
        });
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        super::par::spawn(move || {
            // A panic is carried to the thread that merges (rayon would
            // abort the process).
            let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                super::par::map(&pending, |k, doc| file.check(first + k, doc))
            }));
            let _ = tx.send(done);
        });
        self.in_flight.push_back((first, rx));
    }

    /// Waits for every batch being checked and merges what they found, in
    /// file order.
    fn collect(&mut self) {
        while !self.in_flight.is_empty() {
            self.collect_one();
        }
    }

    /// Waits for the oldest batch being checked and merges what it found.
    fn collect_one(&mut self) {
        let Some((first, rx)) = self.in_flight.pop_front() else {
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
        // Every row has been seen.
        self.typed = true;
        self.flush();
        self.collect();
        (self.diagnostics, self.documents)
    }
}

/// The file being checked.
struct File {
    name: String,
    options: CheckOptions,
    file_type: Option<FileType>,
}

/// A file's type, and the cell it is first given in.
#[derive(Debug, Clone, Copy)]
struct FileType {
    ty: DocType,
    span: Span,
    at: Location,
}

impl FileType {
    /// The type of a document's first typed row, at its place in the file.
    fn of(doc: &DocRows, name: &str) -> Option<FileType> {
        let (ty, local) = csv_rows::first_type(&doc.text, &doc.starts)?;
        let source = SourceFile::new(name, doc.text.clone(), "utf-8");
        let alone = Alone {
            rows: &doc.rows,
            header: &doc.header,
            starts: &doc.starts,
        };
        let (start, at) = alone.place(&source, local.start);
        Some(FileType {
            ty,
            span: Span::new(start, start + local.end - local.start),
            at,
        })
    }
}

/// The file's type, when no row of the first batch of documents gave it:
/// the file read again, from its start, up to the first typed row (the
/// documents are cut and dropped).
fn type_ahead<R: Read>(
    open: &impl Fn() -> Option<R>,
    name: &str,
    options: &CheckOptions,
) -> Option<FileType> {
    let limits = &options.read.limits;
    let mut found = None;
    csv_split::stream(
        open()?,
        (limits.max_file_size, limits.max_line_len),
        limits.max_documents,
        |doc| {
            if found.is_none() {
                found = FileType::of(&doc, name);
            }
        },
    );
    found
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

    /// The file offset and place of an offset of the document's text
    /// (`source`).
    fn place(&self, source: &SourceFile, local: usize) -> (usize, Location) {
        let (line, column) = source.line_col(local);
        let (offset, line) = match self.row_of(local) {
            Some(k) => (
                self.rows[k].start + local - self.starts[k],
                self.rows[k].line + line - source.line_col(self.starts[k]).0,
            ),
            None => (self.header.start + local, self.header.line + line - 1),
        };
        let location = Location {
            line,
            column,
            record: None,
            cell: None,
        };
        (offset, location)
    }
}

/// UTF-8's byte order mark.
const BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

impl File {
    /// Reads and checks document `index` alone; its diagnostics are moved
    /// to the file.
    fn check(&self, index: usize, doc: &DocRows) -> (Capped, Node) {
        let limits = &self.options.read.limits;
        // A header starting with U+FEFF (not at the start of the file, or
        // it would have been taken as its byte order mark) keeps it: read
        // alone, the document gets a mark before it, which decoding takes.
        let marked;
        let mut bytes = doc.text.as_bytes();
        if bytes.starts_with(BOM) {
            marked = [BOM, bytes].concat();
            bytes = &marked;
        }
        let mut parsed = read::read_as(
            &self.name,
            bytes,
            &ReadOptions {
                representation: Some(Representation::Csv),
                limits: *limits,
            },
            self.file_type.map(|t| t.ty),
        );
        let alone = Alone {
            rows: &doc.rows,
            header: &doc.header,
            starts: &doc.starts,
        };
        document_size(&mut parsed, &alone, limits);
        let mut found = Capped::new(limits.max_diagnostics);
        crate::check::check_parsed_into(&parsed, self.options.as_of, &mut found);
        let out = in_file(
            found,
            (index, self.file_type.as_ref()),
            &parsed.source,
            &alone,
            limits.max_diagnostics,
        );
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
/// the file: spans, lines, records and messages that name a record; R17's
/// related place is the cell that gives the file's type.
fn in_file(
    found: Capped,
    (index, file_type): (usize, Option<&FileType>),
    source: &SourceFile,
    alone: &Alone,
    max_diagnostics: usize,
) -> Capped {
    let place = |local: usize| alone.place(source, local);
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
        if let (Code::R17, Some(t)) = (d.code, file_type)
            && let Some(related) = d.related.first_mut()
        {
            related.span = t.span;
            if let Some(at) = d.places.as_mut().and_then(|p| p.related.first_mut()) {
                *at = t.at;
            }
        }
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
