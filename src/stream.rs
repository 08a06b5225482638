//! Checking a big collection document by document.
//!
//! A JSON array or an XML `Submissions` collection of [`STREAM_FROM`] bytes
//! or more is not read whole. A splitter reads the file in blocks and finds
//! each document's bytes itself (following strings, comments, nesting and
//! line ends); each document is then read and checked alone, with the very
//! readers and checks of a whole file, and dropped. Memory is bounded by the
//! largest document (and [`Limits::max_document_size`]), not by the file.
//!
//! What differs from [`crate::check_path`]:
//! - the text is not kept: every diagnostic carries its line and column
//!   ([`Places`]) and the human report says where instead of showing a
//!   snippet; the documents of the result hold only `documentType` and
//!   `documentId`, enough for the report (use [`crate::check_path`] to
//!   convert);
//! - a syntax error inside one document is that document's problem (P01 or
//!   P02 with its index), and the other documents are still checked;
//! - what lies outside the documents of an XML collection (the prolog,
//!   comments, processing instructions and text between and after them, the
//!   root's end tag) is read with the XML reader, in its place, as the whole
//!   file would be: its first problem is the file's (with the code the whole
//!   read gives) and the file is not read further.
//!
//! Files that are not a collection in UTF-8 (a single document, a CSV file,
//! UTF-16, an XML declaration naming another encoding, a DOCTYPE, a root
//! element other than `Submissions` in the fosx namespace) are read whole.

use crate::check::Capped;
use crate::diag::{Code, Diagnostic, Places};
use crate::read::{self, Limits, ReadOptions};
use crate::source::{Location, Representation, SourceFile};
use crate::tree::{Member, Node, Span, Value};
use crate::{CheckOptions, Checked};
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// Files from this size on are checked document by document, when they are
/// a collection in UTF-8.
pub const STREAM_FROM: u64 = 16 << 20;

/// Checks a file on disk; a big collection document by document (see the
/// module documentation), anything else as [`crate::check_path`] does.
pub fn check_path_streaming(path: &Path, options: &CheckOptions) -> Checked {
    check_path_streaming_from(path, options, STREAM_FROM)
}

/// [`check_path_streaming`] with the size from which a file is streamed.
pub fn check_path_streaming_from(path: &Path, options: &CheckOptions, from: u64) -> Checked {
    let whole = || crate::check_path(path, options);
    let Ok(meta) = std::fs::metadata(path) else {
        return whole();
    };
    if !meta.is_file() || meta.len() < from || meta.len() > options.read.limits.max_file_size {
        return whole();
    }
    let Ok(file) = std::fs::File::open(path) else {
        return whole();
    };
    let name = path.display().to_string();
    if is_zip(&file) {
        // A workbook (or another archive) is read whole: not a text stream.
        return whole();
    }
    let mut cursor = Cursor::new(file, options.read.limits.max_line_len);
    let kind = match cursor.start() {
        Ok(Some(b'[')) => Representation::Json,
        Ok(Some(b'<')) => Representation::Xml,
        Ok(Some(_))
            if options
                .read
                .representation
                .is_none_or(|r| r == Representation::Csv) =>
        {
            return csv(path, name, options).unwrap_or_else(whole);
        }
        _ => return whole(),
    };
    if options.read.representation.is_some_and(|r| r != kind) {
        return whole();
    }
    let mut run = Run::new(name, kind, options);
    let outcome = match kind {
        Representation::Json => json(&mut cursor, &mut run),
        _ => xml(&mut cursor, &mut run),
    };
    match outcome {
        Err(Stop::NotACollection) => whole(),
        Err(Stop::Io(e)) => {
            let d = Diagnostic::new(Code::IO, format!("cannot read {}: {e}", path.display()));
            run.diagnostics.push(d);
            run.finish()
        }
        Err(Stop::Reported) | Ok(()) => {
            if let Some(pos) = cursor.too_long {
                run.long_line(pos);
            }
            run.finish()
        }
    }
}

/// Whether a file starts with the signature of a ZIP archive (an XLSX
/// workbook); the file is read from its start again afterwards.
fn is_zip(file: &std::fs::File) -> bool {
    use std::io::{Seek, SeekFrom};
    let mut head = [0u8; 4];
    let mut f = file;
    let read = f.read_exact(&mut head).is_ok();
    let back = f.seek(SeekFrom::Start(0)).is_ok();
    !back || (read && head == *b"PK\x03\x04")
}

/// Why the splitter stopped early.
enum Stop {
    /// The file is not a collection fosx streams: read it whole.
    NotACollection,
    /// A problem of the file was reported; nothing more can be read.
    Reported,
    /// The file could not be read.
    Io(std::io::Error),
}

impl From<std::io::Error> for Stop {
    fn from(e: std::io::Error) -> Self {
        Stop::Io(e)
    }
}

/// A place in the file: byte offset, 1-based line and column (characters).
#[derive(Debug, Clone, Copy)]
struct Pos {
    offset: usize,
    line: usize,
    column: usize,
}

impl Pos {
    fn location(self) -> Location {
        Location {
            line: self.line,
            column: self.column,
            record: None,
            cell: None,
        }
    }
}

/// Reads the file byte by byte from a block buffer, knowing the place of
/// the next byte (a line ends at LF, CRLF or a CR alone, as in
/// [`SourceFile`]) and the length of the current line.
struct Cursor<R> {
    input: R,
    buf: Box<[u8]>,
    at: usize,
    len: usize,
    pos: Pos,
    after_cr: bool,
    line_len: usize,
    max_line: usize,
    /// Where a line went over the limit (the splitter then stopped).
    too_long: Option<Pos>,
}

impl<R: Read> Cursor<R> {
    fn new(input: R, max_line: usize) -> Self {
        Cursor {
            input,
            buf: vec![0; 1 << 16].into_boxed_slice(),
            at: 0,
            len: 0,
            pos: Pos {
                offset: 0,
                line: 1,
                column: 1,
            },
            after_cr: false,
            line_len: 0,
            max_line,
            too_long: None,
        }
    }

    /// Skips a UTF-8 byte order mark and whitespace, and returns the first
    /// other byte (not consumed). `None` for a UTF-16 byte order mark.
    fn start(&mut self) -> Result<Option<u8>, Stop> {
        self.fill()?;
        let b = &self.buf[..self.len];
        if b.starts_with(&[0xEF, 0xBB, 0xBF]) {
            // Not text: spans and columns start after it, as in a decoded file.
            self.at = 3;
        } else if b.starts_with(&[0xFF, 0xFE]) || b.starts_with(&[0xFE, 0xFF]) {
            return Ok(None);
        }
        self.skip_ws()
    }

    fn fill(&mut self) -> std::io::Result<bool> {
        if self.at < self.len {
            return Ok(true);
        }
        loop {
            match self.input.read(&mut self.buf) {
                Ok(n) => {
                    self.at = 0;
                    self.len = n;
                    return Ok(n > 0);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    fn peek(&mut self) -> std::io::Result<Option<u8>> {
        Ok(if self.fill()? {
            Some(self.buf[self.at])
        } else {
            None
        })
    }

    /// Consumes the next byte, appending it to `keep` when given.
    fn bump(&mut self, keep: &mut Keep) -> Result<Option<u8>, Stop> {
        if !self.fill()? {
            return Ok(None);
        }
        let b = self.buf[self.at];
        self.at += 1;
        keep.push(b);
        if !self.account_slowly(&[b]) {
            return Err(Stop::Reported);
        }
        Ok(Some(b))
    }

    /// Consumes bytes while `step` says [`Step::Go`], in a tight loop over
    /// the block, appending them to `keep`; the byte for which it says
    /// [`Step::Done`] or [`Step::Fail`] is consumed too, the one for which
    /// it says [`Step::Before`] is not. Returns the last step (`Go` at the
    /// end of the input) and the place of the byte it was given. Places are
    /// worked out for the whole run of bytes at once ([`Cursor::account`]).
    fn scan(
        &mut self,
        keep: &mut Keep,
        mut step: impl FnMut(u8) -> Step,
    ) -> Result<(Step, Pos), Stop> {
        loop {
            if !self.fill()? {
                return Ok((Step::Go, self.pos));
            }
            let from = self.at;
            let mut i = from;
            let mut end = Step::Go;
            while i < self.len {
                let s = step(self.buf[i]);
                if s != Step::Go {
                    end = s;
                    break;
                }
                i += 1;
            }
            let buf = std::mem::take(&mut self.buf);
            let mut ok = self.account(&buf[from..i]);
            let at = self.pos;
            let through = if matches!(end, Step::Done | Step::Fail) {
                if ok {
                    ok = self.account(&buf[i..i + 1]);
                }
                i + 1
            } else {
                i
            };
            keep.extend(&buf[from..through]);
            self.buf = buf;
            self.at = through;
            if !ok {
                return Err(Stop::Reported);
            }
            if end != Step::Go {
                return Ok((end, at));
            }
        }
    }

    /// Moves the place past `bytes`: line ends found with `memchr`, columns
    /// counted only after the last one. False when a line goes over the
    /// limit ([`Cursor::too_long`] then says where).
    fn account(&mut self, bytes: &[u8]) -> bool {
        let (mut line, mut line_len) = (self.pos.line, self.line_len);
        let mut next = 0;
        for p in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            line_len += p - next;
            if line_len > self.max_line {
                return self.account_slowly(bytes);
            }
            let lf_of_crlf = bytes[p] == b'\n'
                && if p == 0 {
                    self.after_cr
                } else {
                    bytes[p - 1] == b'\r'
                };
            if !lf_of_crlf {
                line += 1;
            }
            line_len = 0;
            next = p + 1;
        }
        let tail = &bytes[next..];
        if line_len + tail.len() > self.max_line {
            return self.account_slowly(bytes);
        }
        if next > 0 {
            self.pos.column = 1;
        }
        self.pos.column += tail.iter().filter(|&&b| (b as i8) >= -0x40).count();
        self.pos.line = line;
        self.pos.offset += bytes.len();
        self.line_len = line_len + tail.len();
        if let Some(&last) = bytes.last() {
            self.after_cr = last == b'\r';
        }
        true
    }

    /// [`Cursor::account`] byte by byte, to find where a line goes over the
    /// limit.
    fn account_slowly(&mut self, bytes: &[u8]) -> bool {
        for &b in bytes {
            let before = self.pos;
            self.pos.offset += 1;
            match b {
                b'\n' => {
                    if !self.after_cr {
                        self.pos.line += 1;
                    }
                    self.pos.column = 1;
                    self.line_len = 0;
                }
                b'\r' => {
                    self.pos.line += 1;
                    self.pos.column = 1;
                    self.line_len = 0;
                }
                _ => {
                    self.pos.column += usize::from(b & 0xC0 != 0x80);
                    self.line_len += 1;
                    if self.line_len > self.max_line {
                        self.too_long = Some(before);
                        return false;
                    }
                }
            }
            self.after_cr = b == b'\r';
        }
        true
    }

    fn skip_ws(&mut self) -> Result<Option<u8>, Stop> {
        loop {
            match self.peek()? {
                Some(b' ' | b'\t' | b'\n' | b'\r') => {
                    self.bump(&mut Keep::Nothing)?;
                }
                other => return Ok(other),
            }
        }
    }
}

/// Where the splitter puts the bytes it reads.
enum Keep<'a> {
    Nothing,
    Into(&'a mut Vec<u8>, usize),
}

impl Keep<'_> {
    fn push(&mut self, b: u8) {
        if let Keep::Into(v, max) = self
            && v.len() <= *max
        {
            v.push(b);
        }
    }

    fn extend(&mut self, bytes: &[u8]) {
        if let Keep::Into(v, max) = self {
            let room = (*max + 1).saturating_sub(v.len());
            v.extend_from_slice(&bytes[..bytes.len().min(room)]);
        }
    }
}

/// What [`Cursor::scan`] does with a byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Consume it and go on.
    Go,
    /// Consume it and stop.
    Done,
    /// Stop before it.
    Before,
    /// Consume it and stop: it is a problem.
    Fail,
}

/// The state of one streamed file: what has been found so far.
struct Run<'o> {
    name: String,
    kind: Representation,
    options: &'o CheckOptions,
    documents: Vec<Node>,
    diagnostics: Capped,
    /// documentId → (document, span, place) of its first use (R01).
    ids: HashMap<String, (usize, Span, Location)>,
    /// XML: the root's start tag and end tag, around each document.
    wrap: Option<(String, String)>,
    /// Documents read but not checked yet, and their size.
    pending: Vec<Pending>,
    pending_bytes: usize,
    /// Documents read so far.
    count: usize,
    /// The batch being checked while the next one is read.
    in_flight: Option<std::sync::mpsc::Receiver<std::thread::Result<Vec<Done>>>>,
}

/// Documents are checked in batches of this many bytes or documents, the
/// bound of what is held besides the largest document.
const BATCH_BYTES: usize = 4 << 20;
const BATCH_DOCUMENTS: usize = 512;

/// A document read, not checked yet.
struct Pending {
    index: usize,
    bytes: Vec<u8>,
    size: usize,
    start: Pos,
}

/// What checking one document gave.
struct Done {
    index: usize,
    diagnostics: Capped,
    stub: Node,
    /// Its documentId, span and place.
    id: Option<(String, Span, Location)>,
}

/// What checking a document needs of the run.
struct Shared {
    name: String,
    kind: Representation,
    options: CheckOptions,
    wrap: Option<(String, String)>,
}

impl<'o> Run<'o> {
    fn new(name: String, kind: Representation, options: &'o CheckOptions) -> Self {
        Run {
            name,
            kind,
            options,
            documents: Vec::new(),
            diagnostics: Capped::new(options.read.limits.max_diagnostics),
            ids: HashMap::new(),
            wrap: None,
            pending: Vec::new(),
            pending_bytes: 0,
            count: 0,
            in_flight: None,
        }
    }

    fn limits(&self) -> &Limits {
        &self.options.read.limits
    }

    /// A problem of the file at `pos`.
    fn file_problem(&mut self, d: Diagnostic, pos: Pos) {
        let mut d = d.at(Span::at(pos.offset));
        d.places = Some(Box::new(Places {
            at: pos.location(),
            related: Vec::new(),
        }));
        self.diagnostics.push(d);
    }

    /// A line over the limit: the splitter stopped there.
    fn long_line(&mut self, pos: Pos) {
        let max = self.limits().max_line_len;
        self.file_problem(
            Limits::exceeded(
                format!(
                    "a line is longer than the limit of {max} bytes (the file was not read further)"
                ),
                "--max-line-length",
            ),
            pos,
        );
    }

    /// One more document starts: refused (P06, and the file is not read
    /// further) past the limit of documents.
    fn next_index(&mut self, at: Pos) -> Result<usize, Stop> {
        let index = self.count;
        let max = self.limits().max_documents;
        if index >= max {
            self.file_problem(
                Diagnostic::new(
                    Code::P06,
                    format!(
                        "the file holds more than {max} documents, the limit (the file was not read further)"
                    ),
                )
                .help("split the collection, or raise the limit with --max-documents"),
                at,
            );
            return Err(Stop::Reported);
        }
        Ok(index)
    }

    /// Queues one document whose bytes start at `start`; `size` is its full
    /// size (the bytes are cut at the size limit plus one). Documents are
    /// checked in batches, on every core, and merged in file order.
    fn document(&mut self, index: usize, bytes: Vec<u8>, size: usize, start: Pos) {
        self.pending_bytes += bytes.len();
        self.count += 1;
        self.pending.push(Pending {
            index,
            bytes,
            size,
            start,
        });
        if self.pending_bytes >= BATCH_BYTES || self.pending.len() >= BATCH_DOCUMENTS {
            self.flush();
        }
    }

    /// Starts checking the queued documents on every core, while the
    /// splitter reads on; what the batch before found is merged first.
    fn flush(&mut self) {
        use rayon::prelude::*;
        let pending = std::mem::take(&mut self.pending);
        self.pending_bytes = 0;
        self.collect();
        if pending.is_empty() {
            return;
        }
        let shared = Shared {
            name: self.name.clone(),
            kind: self.kind,
            options: *self.options,
            wrap: self.wrap.clone(),
        };
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        rayon::spawn(move || {
            // A panic is carried to the thread that merges (rayon would
            // abort the process).
            let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                pending.par_iter().map(|p| shared.check(p)).collect()
            }));
            let _ = tx.send(done);
        });
        self.in_flight = Some(rx);
    }

    /// Waits for the batch being checked, and merges what it found.
    fn collect(&mut self) {
        let Some(rx) = self.in_flight.take() else {
            return;
        };
        match rx.recv() {
            Ok(Ok(done)) => {
                for d in done {
                    self.merge(d);
                }
            }
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(_) => {}
        }
    }

    /// Adds what one document gave, with R01 across the collection.
    fn merge(&mut self, done: Done) {
        self.diagnostics
            .absorb(done.diagnostics, Some(done.index), Some);
        if let Some((text, span, at)) = done.id {
            match self.ids.get(&text) {
                Some(&(first, first_span, first_at)) => {
                    let mut d =
                        crate::rules::duplicate_id(&text, done.index, span, first, first_span);
                    d.places = Some(Box::new(Places {
                        at,
                        related: vec![first_at],
                    }));
                    self.diagnostics.push(d);
                }
                None => {
                    self.ids.insert(text, (done.index, span, at));
                }
            }
        }
        self.documents.push(done.stub);
    }

    fn finish(mut self) -> Checked {
        self.flush();
        self.collect();
        if self.documents.is_empty() && !self.diagnostics.has_error() {
            let d = Diagnostic::new(Code::S09, "the file holds no document")
                .help("a collection holds at least one document");
            self.file_problem(
                d,
                Pos {
                    offset: 0,
                    line: 1,
                    column: 1,
                },
            );
        }
        let mut source = SourceFile::new(self.name, String::new(), "utf-8");
        source.representation = Some(self.kind);
        Checked {
            source,
            documents: self.documents,
            diagnostics: self.diagnostics.finish(),
            unreadable: false,
        }
    }
}

impl Shared {
    /// Reads and checks one document with the readers and checks of a
    /// whole file, and moves what it found to the document's place in the
    /// file.
    fn check(&self, p: &Pending) -> Done {
        let (index, start) = (p.index, p.start);
        let limits = &self.options.read.limits;
        let alone = |d: Diagnostic| {
            let mut d = d.at(Span::at(start.offset)).in_document(index);
            d.places = Some(Box::new(Places {
                at: start.location(),
                related: Vec::new(),
            }));
            let mut diagnostics = Capped::new(limits.max_diagnostics);
            diagnostics.push(d);
            Done {
                index,
                diagnostics,
                stub: stub(None),
                id: None,
            }
        };
        let max = limits.max_document_size;
        if p.size > max {
            return alone(Limits::exceeded(
                format!(
                    "document {index} is {} bytes long, more than the limit of {max}",
                    p.size
                ),
                "--max-document-size",
            ));
        }
        if self.kind == Representation::Json && p.bytes.first() == Some(&b'[') {
            return alone(
                Diagnostic::new(Code::S09, "a document must be an object, not a list")
                    .path("")
                    .help("a document is an object with schemaVersion, documentType and the other fields"),
            );
        }
        let (text, prefix) = match &self.wrap {
            Some((open, close)) => {
                let mut t = Vec::with_capacity(open.len() + p.bytes.len() + close.len());
                t.extend_from_slice(open.as_bytes());
                t.extend_from_slice(&p.bytes);
                t.extend_from_slice(close.as_bytes());
                (std::borrow::Cow::Owned(t), open.len())
            }
            None => (std::borrow::Cow::Borrowed(p.bytes.as_slice()), 0),
        };
        let read_options = ReadOptions {
            representation: Some(self.kind),
            limits: *limits,
        };
        let parsed = read::read(&self.name, &text, &read_options);
        let mut found = Capped::new(limits.max_diagnostics);
        crate::check::check_parsed_into(&parsed, self.options.as_of, &mut found);
        let source = &parsed.source;
        // Places in the document's text become places in the file.
        let origin = source.line_col(prefix);
        let place = |local: usize| -> (usize, Location) {
            let local = local.max(prefix);
            let (line, column) = source.line_col(local);
            let column = if line == origin.0 {
                start.column + column - origin.1
            } else {
                column
            };
            let location = Location {
                line: start.line + line - origin.0,
                column,
                record: None,
                cell: None,
            };
            (start.offset + local - prefix, location)
        };
        let mut diagnostics = Capped::new(limits.max_diagnostics);
        diagnostics.absorb(found, Some(index), |mut d| {
            // A document that cannot be read is this document's problem,
            // not the collection's.
            if d.code == Code::S09 && d.message == "the file holds no document" {
                return None;
            }
            d.document = Some(index);
            renumber(&mut d, index);
            relocate(&mut d, &place);
            Some(d)
        });
        let doc = parsed.documents.first();
        let id = doc.and_then(|d| d.get("documentId")).and_then(|id| {
            let (span, at) = moved(id.span, &place);
            Some((id.as_str()?.to_string(), span, at))
        });
        Done {
            index,
            diagnostics,
            stub: stub(doc),
            id,
        }
    }
}

/// A span of a document's own text moved to the file, with its place;
/// `place` maps an offset of the document's text.
fn moved(span: Span, place: &impl Fn(usize) -> (usize, Location)) -> (Span, Location) {
    let (from, at) = place(span.start);
    let (to, _) = place(span.end.max(span.start));
    (Span::new(from, to), at)
}

/// Moves a diagnostic's span and related spans from a document's own text
/// to the file, and keeps their places ([`Places`]).
fn relocate(d: &mut Diagnostic, place: &impl Fn(usize) -> (usize, Location)) {
    let Some(span) = d.span else {
        return;
    };
    let (span, at) = moved(span, place);
    d.span = Some(span);
    let related = d
        .related
        .iter_mut()
        .map(|r| {
            let (span, at) = moved(r.span, place);
            r.span = span;
            at
        })
        .collect();
    d.places = Some(Box::new(Places { at, related }));
}

/// The reader of one document calls it document 0: give it its index in
/// the file.
fn renumber(d: &mut Diagnostic, index: usize) {
    if d.code == Code::P06
        && let Some(rest) = d.message.strip_prefix("document 0 ")
    {
        d.message = format!("document {index} {rest}");
    }
}

/// `message` with each `record N` renumbered by `map` (when it knows N).
fn records_in_file(message: &str, map: impl Fn(usize) -> Option<usize>) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find("record ") {
        let (before, after) = rest.split_at(i + "record ".len());
        out.push_str(before);
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        match after[..digits].parse().ok().and_then(&map) {
            Some(n) => out.push_str(&n.to_string()),
            None => out.push_str(&after[..digits]),
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// What the report needs of a document: its type and identifier.
pub(crate) fn stub(doc: Option<&Node>) -> Node {
    let members = doc
        .map(|d| {
            ["documentType", "documentId"]
                .into_iter()
                .filter_map(|key| {
                    let node = d.get(key)?;
                    Some(Member {
                        key: key.to_string(),
                        key_span: Span::at(0),
                        node: Node::new(node.value.clone(), Span::at(0)),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    Node::new(Value::Object(members), Span::at(0))
}

// ----- JSON ------------------------------------------------------------------

fn json<R: Read>(c: &mut Cursor<R>, run: &mut Run) -> Result<(), Stop> {
    let max_depth = run.limits().max_depth.min(128);
    let max_size = run.limits().max_document_size;
    c.bump(&mut Keep::Nothing)?; // `[`
    let mut buf = Vec::new();
    let mut expect_value = true;
    let mut after_comma = false;
    loop {
        let Some(b) = c.skip_ws()? else {
            run.file_problem(
                Diagnostic::new(Code::P01, "JSON syntax: EOF while parsing a list")
                    .help("the file ends too early: check for a missing `}`, `]` or `\"`"),
                c.pos,
            );
            return Err(Stop::Reported);
        };
        match b {
            b']' if !expect_value || !after_comma => {
                c.bump(&mut Keep::Nothing)?;
                break;
            }
            b']' => {
                run.file_problem(
                    Diagnostic::new(
                        Code::P01,
                        "JSON syntax: trailing comma before the end of the list",
                    )
                    .help("remove the comma after the last item"),
                    c.pos,
                );
                return Err(Stop::Reported);
            }
            b',' if expect_value => {
                run.file_problem(
                    Diagnostic::new(Code::P01, "JSON syntax: expected value")
                        .help("remove the extra comma"),
                    c.pos,
                );
                return Err(Stop::Reported);
            }
            b',' => {
                c.bump(&mut Keep::Nothing)?;
                expect_value = true;
                after_comma = true;
            }
            _ if expect_value => {
                let start = c.pos;
                let index = run.next_index(start)?;
                buf.clear();
                let size = json_value(c, &mut buf, max_size, max_depth, run)?;
                run.document(index, std::mem::take(&mut buf), size, start);
                expect_value = false;
            }
            _ => {
                run.file_problem(
                    Diagnostic::new(Code::P01, "JSON syntax: expected `,` or `]`")
                        .help("documents in a collection are separated by commas"),
                    c.pos,
                );
                return Err(Stop::Reported);
            }
        }
    }
    if c.skip_ws()?.is_some() {
        run.file_problem(
            Diagnostic::new(Code::P01, "JSON syntax: trailing characters")
                .help("a file holds one document or one list of documents"),
            c.pos,
        );
        return Err(Stop::Reported);
    }
    Ok(())
}

/// Reads one value of the collection into `buf` (cut after `max` bytes);
/// returns its size. Containers end at their closing bracket, strings at
/// their closing quote, anything else before whitespace, `,` or `]`.
fn json_value<R: Read>(
    c: &mut Cursor<R>,
    buf: &mut Vec<u8>,
    max: usize,
    max_depth: usize,
    run: &mut Run,
) -> Result<usize, Stop> {
    let start = c.pos.offset;
    let first = c.peek()?.unwrap_or(b' ');
    if !matches!(first, b'{' | b'[' | b'"') {
        while let Some(b) = c.peek()? {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b',' | b']') {
                break;
            }
            c.bump(&mut Keep::Into(buf, max))?;
        }
        return Ok(c.pos.offset - start);
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let (end, at) = c.scan(&mut Keep::Into(buf, max), |b| {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
                if depth == 0 {
                    return Step::Done;
                }
            }
            return Step::Go;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                // The collection's own `[` is one level.
                if depth + 1 > max_depth {
                    return Step::Fail;
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Step::Done;
                }
            }
            _ => {}
        }
        Step::Go
    })?;
    if end == Step::Fail {
        run.file_problem(
            Diagnostic::new(
                Code::P06,
                format!("the JSON is nested more than {max_depth} levels deep"),
            )
            .help("a submission is nested at most 5 levels deep; raise the limit with --max-depth (at most 128)"),
            at,
        );
        return Err(Stop::Reported);
    }
    // At the end of the input inside a value, the document's reader names
    // what is missing.
    Ok(c.pos.offset - start)
}

// ----- XML -------------------------------------------------------------------

/// Reads markup up to and including the end `needle` (at most 3 bytes),
/// into `keep`; false at the end of the input.
fn until<R: Read>(c: &mut Cursor<R>, keep: &mut Keep, needle: &[u8]) -> Result<bool, Stop> {
    let mask = (1u32 << (8 * needle.len())) - 1;
    let want = needle.iter().fold(0u32, |w, &b| (w << 8) | u32::from(b));
    let mut window = 0u32;
    let (end, _) = c.scan(keep, |b| {
        window = ((window << 8) | u32::from(b)) & mask;
        if window == want { Step::Done } else { Step::Go }
    })?;
    Ok(end == Step::Done)
}

/// Reads a start or end tag after its `<` up to and including `>`, quoted
/// attribute values followed; returns whether it ended with `/>` (`None`
/// at the end of the input).
fn tag<R: Read>(c: &mut Cursor<R>, keep: &mut Keep) -> Result<Option<bool>, Stop> {
    let mut quote = None;
    let mut last = 0u8;
    let mut before = 0u8;
    let (end, _) = c.scan(keep, |b| {
        before = last;
        last = b;
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return Step::Done,
            _ => {}
        }
        Step::Go
    })?;
    Ok((end == Step::Done).then_some(before == b'/'))
}

/// What follows a `<`, read without consuming it.
enum Markup {
    Comment,
    CData,
    Declaration,
    Instruction,
    End,
    Start,
}

fn markup<R: Read>(c: &mut Cursor<R>, keep: &mut Keep) -> Result<Option<Markup>, Stop> {
    c.bump(keep)?; // `<`
    let Some(b) = c.peek()? else {
        return Ok(None);
    };
    Ok(Some(match b {
        b'/' => Markup::End,
        b'?' => Markup::Instruction,
        b'!' => {
            c.bump(keep)?;
            match c.peek()? {
                Some(b'-') => Markup::Comment,
                Some(b'[') => Markup::CData,
                _ => Markup::Declaration,
            }
        }
        _ => Markup::Start,
    }))
}

fn xml<R: Read>(c: &mut Cursor<R>, run: &mut Run) -> Result<(), Stop> {
    let max_depth = run.limits().max_depth.min(128);
    let max_size = run.limits().max_document_size;
    // The prolog, up to the root's start tag.
    let (open, root_at) = loop {
        if c.skip_ws()? != Some(b'<') {
            return Err(Stop::NotACollection);
        }
        let at = c.pos;
        let mut text = Vec::new();
        let mut keep = Keep::Into(&mut text, max_size);
        match markup(c, &mut keep)? {
            Some(Markup::Instruction) => {
                until(c, &mut keep, b"?>")?;
                let decl = String::from_utf8_lossy(&text).to_ascii_lowercase();
                if decl.starts_with("<?xml ")
                    && let Some(i) = decl.find("encoding")
                {
                    let value: String = decl[i + 8..]
                        .trim_start_matches([' ', '=', '"', '\''])
                        .chars()
                        .take_while(|c| !matches!(c, '"' | '\''))
                        .collect();
                    if value != "utf-8" && value != "utf8" {
                        return Err(Stop::NotACollection);
                    }
                }
                outside(run, &text, at, Outside::Prolog)?;
            }
            Some(Markup::Comment) => {
                until(c, &mut keep, b"-->")?;
                outside(run, &text, at, Outside::Prolog)?;
            }
            Some(Markup::Start) => {
                if tag(c, &mut keep)? != Some(false) {
                    return Err(Stop::NotACollection);
                }
                break (text, at);
            }
            // A DOCTYPE (refused whole, P05), or not XML.
            _ => return Err(Stop::NotACollection),
        }
    };
    let Ok(open) = String::from_utf8(open) else {
        return Err(Stop::NotACollection);
    };
    if open.len() >= max_size {
        return Err(Stop::NotACollection);
    }
    let qname: String = open[1..]
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
        .collect();
    if qname.rsplit(':').next() != Some(crate::read::xml::COLLECTION) {
        return Err(Stop::NotACollection);
    }
    // The root alone must raise no problem: each document is read inside a
    // copy of it (for its namespace declarations).
    let close = format!("</{qname}>");
    let alone = read::read(
        "",
        format!("{open}{close}").as_bytes(),
        &ReadOptions {
            representation: Some(Representation::Xml),
            limits: *run.limits(),
        },
    );
    if !alone.diagnostics.is_empty() {
        return Err(Stop::NotACollection);
    }
    run.wrap = Some((open, close));

    let mut buf: Vec<u8> = Vec::new();
    let mut start = c.pos;
    let mut size_start = c.pos.offset;
    let mut depth = 1usize;
    let mut in_document = false;
    loop {
        let at = c.pos;
        let Some(b) = c.peek()? else {
            run.file_problem(
                Diagnostic::new(
                    Code::P02,
                    format!("XML syntax: the file ends before the end of `<{qname}>`"),
                )
                .help(format!("close the collection with </{qname}>")),
                at,
            );
            return Err(Stop::Reported);
        };
        if b != b'<' {
            if !in_document && !b.is_ascii_whitespace() {
                // Text between documents: read with the next document.
                in_document = true;
                start = at;
                size_start = at.offset;
            }
            if !in_document {
                c.bump(&mut Keep::Nothing)?;
                buf.clear();
                start = c.pos;
                size_start = c.pos.offset;
                continue;
            }
            c.scan(&mut Keep::Into(&mut buf, max_size), |b| {
                if b == b'<' { Step::Before } else { Step::Go }
            })?;
            continue;
        }
        let mark = buf.len();
        let mut keep = Keep::Into(&mut buf, max_size);
        let kind = markup(c, &mut keep)?;
        let done = match kind {
            Some(Markup::Comment) => until(c, &mut keep, b"-->"),
            Some(Markup::CData) => until(c, &mut keep, b"]]>"),
            Some(Markup::Instruction) => until(c, &mut keep, b"?>"),
            Some(Markup::Declaration) => tag(c, &mut keep).map(|t| t.is_some()),
            Some(Markup::End) => {
                let ended = tag(c, &mut keep).map(|t| t.is_some());
                depth -= 1;
                if depth == 0 {
                    // The root's end tag. What is left after the last
                    // document (comments, whitespace) is not a document,
                    // but must be well-formed, and the end tag must close
                    // the root.
                    ended?;
                    if buf.len() < max_size {
                        let (rest, end) = buf.split_at(mark);
                        outside(run, rest, start, Outside::InRoot)?;
                        end_tag(run, end, at, root_at)?;
                    }
                    break;
                }
                ended
            }
            Some(Markup::Start) => {
                if depth == 1 && !in_document {
                    in_document = true;
                }
                match tag(c, &mut keep) {
                    Ok(Some(false)) => {
                        // Not a name (a NUL byte, UTF-16 read as UTF-8):
                        // the file is not well-formed, whatever follows.
                        let named = buf.get(mark + 1).is_some_and(|&b| {
                            b.is_ascii_alphabetic() || b == b'_' || b == b':' || b >= 0x80
                        });
                        if !named && buf.len() < max_size {
                            let (open, close) = run.wrap.clone().unwrap_or_default();
                            well_formed(
                                run,
                                &[
                                    (open.as_bytes(), None),
                                    (&buf[mark..], Some(at)),
                                    (close.as_bytes(), None),
                                ],
                                1,
                                false,
                            )?;
                        }
                        depth += 1;
                        if depth > max_depth {
                            run.file_problem(
                                Diagnostic::new(
                                    Code::P06,
                                    format!("the XML is nested more than {max_depth} levels deep"),
                                )
                                .help("a submission is nested at most 5 levels deep; raise the limit with --max-depth (at most 128)"),
                                at,
                            );
                            return Err(Stop::Reported);
                        }
                        Ok(true)
                    }
                    Ok(Some(true)) => Ok(true),
                    Ok(None) => Ok(false),
                    Err(e) => Err(e),
                }
            }
            None => Ok(false),
        };
        if !done? {
            continue; // the end of the file: reported above
        }
        if depth == 1 && !in_document && matches!(kind, Some(Markup::Declaration)) {
            // `<!DOCTYPE` and the like between documents: read with the
            // next document, which refuses it (the splitter does not
            // follow its brackets).
            in_document = true;
            if mark == 0 {
                start = at;
                size_start = at.offset;
            }
        }
        // Markup between documents is read with the next one, but must be
        // well-formed alone too (what follows the last one is not read).
        if depth == 1
            && !in_document
            // (A declaration, `<!DOCTYPE` and the like, is left to the
            // document: the splitter does not follow its brackets.)
            && matches!(
                kind,
                Some(Markup::Comment | Markup::CData | Markup::Instruction)
            )
            && buf.len() < max_size
        {
            outside(run, &buf[mark..], at, Outside::Between)?;
        }
        if depth == 1 && in_document && matches!(kind, Some(Markup::Start | Markup::End)) {
            let index = run.next_index(start)?;
            let size = c.pos.offset - size_start;
            run.document(index, std::mem::take(&mut buf), size, start);
            buf.clear();
            in_document = false;
            start = c.pos;
            size_start = c.pos.offset;
        }
    }
    // After the root: only whitespace, and well-formed comments and
    // instructions.
    let wrap = run.wrap.clone().unwrap_or_default();
    loop {
        match c.skip_ws()? {
            None => return Ok(()),
            Some(b'<') => {
                let at = c.pos;
                let mut item = Vec::new();
                let mut keep = Keep::Into(&mut item, max_size);
                match markup(c, &mut keep)? {
                    Some(Markup::Comment) => {
                        until(c, &mut keep, b"-->")?;
                    }
                    Some(Markup::Instruction) => {
                        until(c, &mut keep, b"?>")?;
                    }
                    _ => return trailing(run, at),
                }
                if item.len() < max_size {
                    outside(run, &item, at, Outside::AfterRoot(&wrap.0, &wrap.1))?;
                }
            }
            Some(_) => return trailing(run, c.pos),
        }
    }
}

/// Where a piece of markup outside the documents is.
enum Outside<'a> {
    /// Before the root: read before (at the very start of the file) or
    /// after an element of its own.
    Prolog,
    /// Inside the root, between documents: read with the next document
    /// too, which reports what is not a syntax problem.
    Between,
    /// Inside the root, after the last document.
    InRoot,
    /// After the root (its start and end tag).
    AfterRoot(&'a str, &'a str),
}

/// Checks a piece of markup outside the documents (a comment, a processing
/// instruction, an XML declaration, text) with the XML reader, in the place
/// the whole file has it, and reports its first problem as the file's, at
/// its place (the file is then not read further), as reading the file whole
/// would.
fn outside(run: &mut Run, piece: &[u8], at: Pos, place: Outside) -> Result<(), Stop> {
    if piece.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    let (open, close) = run.wrap.clone().unwrap_or_default();
    let (before, after): (&[u8], &[u8]) = match place {
        Outside::Prolog if at.offset == 0 => (b"", b"<a/>"),
        Outside::Prolog => (b"<a/>", b""),
        Outside::InRoot | Outside::Between => (open.as_bytes(), close.as_bytes()),
        Outside::AfterRoot(open, close) => {
            return well_formed(
                run,
                &[
                    (open.as_bytes(), None),
                    (close.as_bytes(), None),
                    (piece, Some(at)),
                ],
                2,
                false,
            );
        }
    };
    let syntax_only = matches!(place, Outside::Between);
    well_formed(
        run,
        &[(before, None), (piece, Some(at)), (after, None)],
        1,
        syntax_only,
    )
}

/// Checks that the root's end tag closes it (`end` at `at`; the root's start
/// tag at `root`).
fn end_tag(run: &mut Run, end: &[u8], at: Pos, root: Pos) -> Result<(), Stop> {
    let (open, _) = run.wrap.clone().unwrap_or_default();
    well_formed(
        run,
        &[(open.as_bytes(), Some(root)), (end, Some(at))],
        1,
        false,
    )
}

/// Reads the pieces one after the other as an XML file; a problem of the
/// reader placed in piece `checked` is reported at its place in the file
/// (each piece at its position, `None` for a piece the file does not
/// have), and the file is not read further. `syntax_only`: only a syntax
/// problem (P) is.
fn well_formed(
    run: &mut Run,
    pieces: &[(&[u8], Option<Pos>)],
    checked: usize,
    syntax_only: bool,
) -> Result<(), Stop> {
    let text: Vec<u8> = pieces.iter().flat_map(|(b, _)| b.iter().copied()).collect();
    let parsed = read::read(
        &run.name,
        &text,
        &ReadOptions {
            representation: Some(Representation::Xml),
            limits: *run.limits(),
        },
    );
    let mut starts = Vec::with_capacity(pieces.len());
    let mut offset = 0;
    for (b, _) in pieces {
        starts.push(offset);
        offset += b.len();
    }
    let (lo, hi) = (starts[checked], starts[checked] + pieces[checked].0.len());
    let Some(mut d) = parsed.diagnostics.into_iter().find(|d| {
        // A syntax problem may be placed just after the piece (the end of
        // the text); anything else must be in it.
        let syntax = d.code.as_str().starts_with('P');
        (syntax || !syntax_only)
            && d.severity == crate::diag::Severity::Error
            && d.span
                .is_some_and(|s| s.start >= lo && (s.start < hi || (syntax && s.start == hi)))
    }) else {
        return Ok(());
    };
    let source = &parsed.source;
    let place = |local: usize| -> (usize, Location) {
        // The piece the offset is in; a piece the file does not have
        // counts as the checked one's start.
        let k = starts.partition_point(|&s| s <= local).saturating_sub(1);
        let (k, local) = match pieces[k].1 {
            Some(_) => (k, local),
            None => (checked, lo),
        };
        let start = pieces[k].1.unwrap_or(Pos {
            offset: 0,
            line: 1,
            column: 1,
        });
        let origin = source.line_col(starts[k]);
        let (line, column) = source.line_col(local);
        let column = if line == origin.0 {
            start.column + column - origin.1
        } else {
            column
        };
        let location = Location {
            line: start.line + line - origin.0,
            column,
            record: None,
            cell: None,
        };
        (start.offset + local - starts[k], location)
    };
    d.document = None;
    relocate(&mut d, &place);
    run.diagnostics.push(d);
    Err(Stop::Reported)
}

fn trailing(run: &mut Run, at: Pos) -> Result<(), Stop> {
    run.file_problem(
        Diagnostic::new(Code::P02, "XML syntax: content after the root element")
            .help("a file holds one document or one <Submissions> collection"),
        at,
    );
    Err(Stop::Reported)
}

// ----- CSV -------------------------------------------------------------------

/// A CSV file's rows may come in any order, so its text is kept (the file
/// size once), cut into documents by `documentId` without keeping the cells,
/// and each document is read from its header and rows alone. `None` when
/// the file is not plain UTF-8 or has a problem of its own: it is then read
/// whole, which reports the problem.
fn csv(path: &Path, name: String, options: &CheckOptions) -> Option<Checked> {
    use crate::read::csv::csv_rows::{self, RowRef};
    use rayon::prelude::*;
    let limits = &options.read.limits;
    let mut bytes = crate::read_file(path, limits).ok()?;
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
