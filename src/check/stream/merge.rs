//! One streamed file's run: documents handed over by the splitter are
//! checked in batches on the thread pool and their diagnostics merged back
//! in file order, moved from each document's text to the file's.

use super::cursor::{NotUtf8, Pos, START, Stop};
use crate::check::Capped;
use crate::check::{CheckOptions, Checked};
use crate::diag::{Code, Diagnostic, Places};
use crate::i18n::{Msg, msg};
use crate::read::{self, Limits, ReadOptions};
use crate::source::{Location, Representation, SourceFile};
use crate::tree::{Member, Node, Span, Value};

/// The state of one streamed file: what has been found so far.
pub(super) struct Run<'o> {
    pub(super) name: String,
    pub(super) kind: Representation,
    pub(super) options: &'o CheckOptions,
    pub(super) documents: Vec<Node>,
    pub(super) diagnostics: Capped,
    /// documentId → (document, span, place) of its first use (R01).
    pub(super) ids: ahash::AHashMap<String, (usize, Span, Location)>,
    /// XML: the root's start tag and end tag, around each document.
    pub(super) wrap: Option<(String, String)>,
    /// Documents read but not checked yet, and their size.
    pub(super) pending: Vec<Pending>,
    pub(super) pending_bytes: usize,
    /// Documents read so far.
    pub(super) count: usize,
    /// The batches being checked while the next one is read, oldest first
    /// (at most [`IN_FLIGHT`]).
    pub(super) in_flight:
        std::collections::VecDeque<std::sync::mpsc::Receiver<std::thread::Result<Vec<Done>>>>,
    /// Whether a document or a piece read with the XML reader reported
    /// bytes that are not UTF-8 (P04).
    pub(super) not_utf8_reported: bool,
}

/// Documents are checked in batches of this many bytes or documents; with
/// [`IN_FLIGHT`], the bound of what is held besides the largest document.
pub(super) const BATCH_BYTES: usize = 1 << 19;
pub(super) const BATCH_DOCUMENTS: usize = 64;

/// Batches checked at once while the splitter reads the next: with
/// several, the cores are kept busy while a batch's last documents end
/// and the splitter, which shares the cores, fills the next.
pub(super) const IN_FLIGHT: usize = 8;

/// A document read, not checked yet.
pub(super) struct Pending {
    pub(super) index: usize,
    pub(super) bytes: Vec<u8>,
    pub(super) size: usize,
    /// Whether the document ended before the end of the file.
    pub(super) ended: bool,
    pub(super) start: Pos,
}

/// What checking one document gave.
pub(super) struct Done {
    pub(super) index: usize,
    pub(super) diagnostics: Capped,
    pub(super) stub: Node,
    /// Its documentId, span and place.
    pub(super) id: Option<(String, Span, Location)>,
    /// Whether its reader reported bytes that are not UTF-8 (P04).
    pub(super) not_utf8: bool,
}

/// What checking a document needs of the run.
pub(super) struct Shared {
    pub(super) name: String,
    pub(super) kind: Representation,
    pub(super) options: CheckOptions,
    pub(super) wrap: Option<(String, String)>,
}

impl<'o> Run<'o> {
    pub(super) fn new(name: String, kind: Representation, options: &'o CheckOptions) -> Self {
        Run {
            name,
            kind,
            options,
            documents: Vec::new(),
            diagnostics: Capped::new(options.read.limits.max_diagnostics),
            ids: ahash::AHashMap::new(),
            wrap: None,
            pending: Vec::new(),
            pending_bytes: 0,
            count: 0,
            in_flight: std::collections::VecDeque::new(),
            not_utf8_reported: false,
        }
    }

    pub(super) fn limits(&self) -> &Limits {
        &self.options.read.limits
    }

    /// A problem of the file at `pos`.
    pub(super) fn file_problem(&mut self, d: Diagnostic, pos: Pos) {
        let mut d = d.at(Span::at(pos.offset));
        d.places = Some(Box::new(Places {
            at: pos.location(),
            related: Vec::new(),
        }));
        self.diagnostics.push(d);
    }

    /// A line over the limit: the splitter stopped there.
    pub(super) fn long_line(&mut self, pos: Pos) {
        let max = self.limits().max_line_len;
        self.file_problem(
            Diagnostic::over_limit(
                crate::diag::Limit::LineLength,
                msg::check_stream_long_line(max),
                msg::limit_raise_help,
            ),
            pos,
        );
    }

    /// One more document starts: refused (P06, and the file is not read
    /// further) past the limit of documents.
    pub(super) fn next_index(&mut self, at: Pos) -> Result<usize, Stop> {
        let index = self.count;
        let max = self.limits().max_documents;
        if index >= max {
            self.file_problem(
                Diagnostic::over_limit(
                    crate::diag::Limit::Documents,
                    msg::check_stream_too_many_documents(max),
                    msg::limit_documents_help,
                ),
                at,
            );
            return Err(Stop::Reported);
        }
        Ok(index)
    }

    /// Queues one document whose bytes start at `start`; `size` is its full
    /// size (the bytes are cut at the size limit plus one), `ended` whether
    /// it ended before the end of the file. Documents are checked in
    /// batches, on every core, and merged in file order.
    pub(super) fn document(
        &mut self,
        index: usize,
        bytes: Vec<u8>,
        (size, ended): (usize, bool),
        start: Pos,
    ) {
        self.pending_bytes += bytes.len();
        self.count += 1;
        self.pending.push(Pending {
            index,
            bytes,
            size,
            ended,
            start,
        });
        if self.pending_bytes >= BATCH_BYTES || self.pending.len() >= BATCH_DOCUMENTS {
            self.flush();
        }
    }

    /// Starts checking the queued documents on every core, while the
    /// splitter reads on; with [`IN_FLIGHT`] batches being checked, what
    /// the oldest found is merged first.
    pub(super) fn flush(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        self.pending_bytes = 0;
        while self.in_flight.len() >= IN_FLIGHT {
            self.collect_one();
        }
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
        super::par::spawn(move || {
            // A panic is carried to the thread that merges (rayon would
            // abort the process).
            let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                super::par::map(&pending, |_, p| shared.check(p))
            }));
            let _ = tx.send(done);
        });
        self.in_flight.push_back(rx);
    }

    /// Waits for every batch being checked, and merges what they found,
    /// in file order.
    pub(super) fn collect(&mut self) {
        while !self.in_flight.is_empty() {
            self.collect_one();
        }
    }

    /// Waits for the oldest batch being checked, and merges what it found.
    fn collect_one(&mut self) {
        let Some(rx) = self.in_flight.pop_front() else {
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

    /// A problem found by the XML reader in a piece outside the documents.
    pub(super) fn piece_problem(&mut self, d: Diagnostic) {
        self.not_utf8_reported |= d.code == Code::P04;
        self.diagnostics.push(d);
    }

    /// Adds what one document gave, with R01 across the collection.
    pub(super) fn merge(&mut self, done: Done) {
        self.not_utf8_reported |= done.not_utf8;
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

    /// Ends the run. `not_utf8`: the file's first bytes that are not
    /// UTF-8, reported (P04, as reading the file whole does) unless the
    /// document or piece holding them was read and reported them itself: a
    /// document the splitter never finished, or text after the root, is
    /// not read, but its bytes are the file's.
    ///
    /// `illegal`: the first character XML allows nowhere, and its place.
    /// Reading the file whole reports it alone (P02), the file not read
    /// further, when the file is UTF-8: so does the streamed check, whatever
    /// it found before.
    pub(super) fn finish(
        mut self,
        not_utf8: Option<NotUtf8>,
        illegal: Option<(Pos, char)>,
    ) -> Checked {
        self.flush();
        self.collect();
        if let Some((at, c)) = illegal
            && not_utf8.is_none()
            && !self.not_utf8_reported
        {
            self.documents.clear();
            self.diagnostics = Capped::new(self.limits().max_diagnostics);
            let d = Diagnostic::new(
                Code::P02,
                msg::xml_illegal_character(format!("{:04X}", u32::from(c))),
            )
            .help(msg::xml_illegal_character_help());
            self.file_problem(d, at);
        }
        if let Some(bad) = not_utf8
            && !self.not_utf8_reported
        {
            let message = if bad.bytes.is_empty() {
                msg::decode_truncated_utf8()
            } else {
                let hex: Vec<String> = bad.bytes.iter().map(|b| format!("{b:02X}")).collect();
                msg::decode_invalid_utf8(hex.join(" "))
            };
            let d = Diagnostic::new(Code::P04, message).help(msg::decode_save_as_utf8_help());
            self.file_problem(d, bad.pos);
        }
        // As read whole: no document is the file's problem unless it could
        // not be read (text where documents go, S03, is not such a
        // problem: both are said).
        if self.documents.is_empty() && !self.diagnostics.has_read_error() {
            self.file_problem(crate::check::no_document(), START);
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
    pub(super) fn check(&self, p: &Pending) -> Done {
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
                not_utf8: false,
            }
        };
        let max = limits.max_document_size;
        if p.size > max {
            let at = Span::at(start.offset);
            return alone(read::document_too_large(index, p.size, limits, at));
        }
        let (text, prefix) = match &self.wrap {
            Some((open, close)) => {
                let mut t = Vec::with_capacity(open.len() + p.bytes.len() + close.len());
                t.extend_from_slice(open.as_bytes());
                t.extend_from_slice(&p.bytes);
                t.extend_from_slice(close.as_bytes());
                (std::borrow::Cow::Owned(t), open.len())
            }
            // A document of a JSON collection is read as the file holds
            // it: in a collection (of one), so that a list is one document,
            // not a collection of its items, and its depth and syntax are
            // judged as when the file is read whole. Read alone, it must not
            // be taken for another encoding or a binary file by its first
            // bytes (`\0t\0a` as UTF-16, `PK\x03\x04` as an archive): the
            // file's encoding is UTF-8, settled by the splitter. After two
            // spaces no signature or UTF-16 text starts.
            None => {
                let mut t = Vec::with_capacity(JSON_LEAD.len() + p.bytes.len() + 1);
                t.extend_from_slice(JSON_LEAD);
                t.extend_from_slice(&p.bytes);
                if p.ended {
                    t.push(b']');
                }
                (std::borrow::Cow::Owned(t), JSON_LEAD.len())
            }
        };
        let read_options = ReadOptions {
            representation: Some(self.kind),
            limits: *limits,
        };
        let parsed = read::read(&self.name, &text, &read_options);
        let not_utf8 = parsed.diagnostics.iter().any(|d| d.code == Code::P04);
        let mut found = Capped::new(limits.max_diagnostics);
        crate::check::check_part_into(&parsed, self.options.as_of, &mut found);
        let source = &parsed.source;
        // Places in the document's text become places in the file. A
        // document without a problem needs only its documentId's place:
        // counted, without indexing its lines.
        let counted = found.is_empty();
        let line_col = |local| {
            if counted {
                source.line_col_counted(local)
            } else {
                source.line_col(local)
            }
        };
        let origin = line_col(prefix);
        let place = |local: usize| -> (usize, Location) {
            let local = local.max(prefix);
            let location = start.moved(origin, line_col(local));
            (start.offset + local - prefix, location)
        };
        let mut diagnostics = Capped::new(limits.max_diagnostics);
        diagnostics.absorb(found, Some(index), |mut d| {
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
            not_utf8,
        }
    }
}

/// What a JSON document is read after (see [`Shared::check`]).
const JSON_LEAD: &[u8] = b"  [";

/// A span of a document's own text moved to the file, with its place;
/// `place` maps an offset of the document's text.
pub(super) fn moved(span: Span, place: &impl Fn(usize) -> (usize, Location)) -> (Span, Location) {
    let (from, at) = place(span.start);
    let (to, _) = place(span.end.max(span.start));
    (Span::new(from, to), at)
}

/// Moves a diagnostic's span and related spans from a document's own text
/// to the file, and keeps their places ([`Places`]).
pub(super) fn relocate(d: &mut Diagnostic, place: &impl Fn(usize) -> (usize, Location)) {
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
/// the file. A message names a document by its argument `document`.
pub(super) fn renumber(d: &mut Diagnostic, index: usize) {
    let index = i64::try_from(index).ok();
    for m in messages(d) {
        m.map_int("document", &|n| (n == 0).then_some(index).flatten());
    }
}

/// A diagnostic's message, help and related messages.
pub(super) fn messages(d: &mut Diagnostic) -> impl Iterator<Item = &mut Msg> {
    std::iter::once(&mut d.message)
        .chain(d.help.as_mut())
        .chain(d.related.iter_mut().map(|r| &mut r.message))
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
