//! Splitting an XML `Submissions` collection.

use super::cursor::{Cursor, Keep, Pos, Step, Stop};
use super::merge::{Run, relocate};
use crate::diag::{Code, Diagnostic};
use crate::i18n::msg;
use crate::read::{self, ReadOptions};
use crate::source::{Location, Representation};
use std::io::Read;

/// Reads markup up to and including the end `needle` (at most 3 bytes),
/// into `keep`; false at the end of the input.
pub(super) fn until<R: Read>(
    c: &mut Cursor<R>,
    keep: &mut Keep,
    needle: &[u8],
) -> Result<bool, Stop> {
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
pub(super) fn tag<R: Read>(c: &mut Cursor<R>, keep: &mut Keep) -> Result<Option<bool>, Stop> {
    let mut quote: Option<u8> = None;
    // The last byte of the runs before, and the byte before `>`.
    let mut last = 0u8;
    let mut before = 0u8;
    let (end, _) = c.scan_runs(keep, |bytes| {
        let mut i = 0;
        while i < bytes.len() {
            let rest = &bytes[i..];
            match quote {
                Some(q) => match memchr::memchr(q, rest) {
                    Some(k) => {
                        quote = None;
                        i += k + 1;
                    }
                    None => break,
                },
                None => match memchr::memchr3(b'>', b'"', b'\'', rest) {
                    Some(k) if rest[k] == b'>' => {
                        let at = i + k;
                        before = if at > 0 { bytes[at - 1] } else { last };
                        return (at, Step::Done);
                    }
                    Some(k) => {
                        quote = Some(rest[k]);
                        i += k + 1;
                    }
                    None => break,
                },
            }
        }
        last = bytes.last().copied().unwrap_or(last);
        (bytes.len(), Step::Go)
    })?;
    Ok((end == Step::Done).then_some(before == b'/'))
}

/// What follows a `<`, read without consuming it.
pub(super) enum Markup {
    Comment,
    CData,
    Declaration,
    Instruction,
    End,
    Start,
}

pub(super) fn markup<R: Read>(c: &mut Cursor<R>, keep: &mut Keep) -> Result<Option<Markup>, Stop> {
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

pub(super) fn xml<R: Read>(c: &mut Cursor<R>, run: &mut Run) -> Result<(), Stop> {
    let (qname, root_at) = root(c, run)?;
    let mut body = Body {
        buf: Vec::new(),
        start: c.pos,
        size_start: c.pos.offset,
        depth: 1,
        in_document: false,
        max_size: run.limits().max_document_size,
        tail: None,
    };
    while body.step(c, run, &qname, root_at)? {}
    after_root(c, run)?;
    if let Some((text, at)) = body.tail.take() {
        outside(run, &text, at, Outside::InRoot)?;
    }
    Ok(())
}

/// Reads the prolog up to the root's start tag and checks the root: a
/// `Submissions` element that raises no problem alone. Returns its
/// qualified name and place; the start and end tags are kept in
/// `run.wrap`, to read each document inside them.
fn root<R: Read>(c: &mut Cursor<R>, run: &mut Run) -> Result<(String, Pos), Stop> {
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
            limits: uncapped(run.limits()),
        },
    );
    if !alone.diagnostics.is_empty() {
        return Err(Stop::NotACollection);
    }
    run.wrap = Some((open, close));
    Ok((qname, root_at))
}

/// The state of the splitter inside the root.
struct Body {
    /// The bytes of the document being read (and markup before it).
    buf: Vec<u8>,
    /// Where the document (or the markup before it) starts.
    start: Pos,
    /// The offset from which its size is counted.
    size_start: usize,
    /// Elements open, the root included.
    depth: usize,
    /// Whether a document (or text read with it) has started.
    in_document: bool,
    max_size: usize,
    /// The text after the last document, and its place: checked after
    /// what follows the root.
    tail: Option<(Vec<u8>, Pos)>,
}

impl Body {
    /// Reads the next piece: text, or one piece of markup; hands a finished
    /// document to `run`. False after the root's end tag.
    fn step<R: Read>(
        &mut self,
        c: &mut Cursor<R>,
        run: &mut Run,
        qname: &str,
        root_at: Pos,
    ) -> Result<bool, Stop> {
        let max_size = self.max_size;
        let at = c.pos;
        let Some(b) = c.peek()? else {
            if self.in_document && self.buf.len() < max_size {
                // The file ends inside a document: the reader finds what
                // the whole read finds first (a refused entity reference,
                // a tag that does not match) before the end.
                let (open, _) = run.wrap.clone().unwrap_or_default();
                well_formed(
                    run,
                    &[(open.as_bytes(), None), (&self.buf, Some(self.start))],
                    1,
                    true,
                )?;
            }
            run.file_problem(
                Diagnostic::new(Code::P02, msg::check_stream_xml_unclosed(qname))
                    .help(msg::check_stream_xml_unclosed_help(qname)),
                at,
            );
            return Err(Stop::Reported);
        };
        if b != b'<' {
            self.text(c, b, at)?;
            return Ok(true);
        }
        let mark = self.buf.len();
        let mut keep = Keep::Into(&mut self.buf, max_size);
        let kind = markup(c, &mut keep)?;
        let done = match kind {
            Some(Markup::Comment) => until(c, &mut keep, b"-->"),
            Some(Markup::CData) => until(c, &mut keep, b"]]>"),
            Some(Markup::Instruction) => until(c, &mut keep, b"?>"),
            Some(Markup::Declaration) => tag(c, &mut keep).map(|t| t.is_some()),
            Some(Markup::End) => {
                let ended = tag(c, &mut keep).map(|t| t.is_some());
                self.depth -= 1;
                if self.depth == 0 {
                    // The root's end tag. What is left after the last
                    // document (comments, whitespace) is not a document,
                    // but must be well-formed, and the end tag must close
                    // the root.
                    ended?;
                    if self.buf.len() < max_size {
                        // The syntax first: of the text before the end tag
                        // and of the end tag (one that does not close the
                        // root is P02), in the order the whole read meets
                        // them.
                        let (open, _) = run.wrap.clone().unwrap_or_default();
                        well_formed(
                            run,
                            &[
                                (open.as_bytes(), Some(root_at)),
                                (&self.buf, Some(self.start)),
                            ],
                            1,
                            true,
                        )?;
                        // What else the text holds (S03) is said once what
                        // follows the root is known to be well-formed too:
                        // reading the file whole, a syntax error anywhere
                        // comes first.
                        self.buf.truncate(mark);
                        self.tail = Some((std::mem::take(&mut self.buf), self.start));
                    }
                    return Ok(false);
                }
                ended
            }
            Some(Markup::Start) => {
                if self.depth == 1 && !self.in_document {
                    self.in_document = true;
                }
                self.element(c, run, mark)
            }
            None => Ok(false),
        };
        if done? {
            // (Else the end of the file: reported at the next step.)
            self.after_markup(c, run, kind, mark, at)?;
        }
        Ok(true)
    }

    /// Text: between documents, skipped when blank (else read with the
    /// next document); inside one, kept.
    fn text<R: Read>(&mut self, c: &mut Cursor<R>, b: u8, at: Pos) -> Result<(), Stop> {
        if !self.in_document && !b.is_ascii_whitespace() {
            // Text between documents: read with the next document.
            self.in_document = true;
            self.start = at;
            self.size_start = at.offset;
        }
        if !self.in_document {
            c.bump(&mut Keep::Nothing)?;
            self.buf.clear();
            self.start = c.pos;
            self.size_start = c.pos.offset;
            return Ok(());
        }
        c.scan_runs(
            &mut Keep::Into(&mut self.buf, self.max_size),
            |bytes| match memchr::memchr(b'<', bytes) {
                Some(k) => (k, Step::Before),
                None => (bytes.len(), Step::Go),
            },
        )?;
        Ok(())
    }

    /// A start tag after its `<`: one level deeper; a tag that does not
    /// start with a name makes the file not well-formed. False at the end
    /// of the input.
    fn element<R: Read>(
        &mut self,
        c: &mut Cursor<R>,
        run: &mut Run,
        mark: usize,
    ) -> Result<bool, Stop> {
        let max_size = self.max_size;
        match tag(c, &mut Keep::Into(&mut self.buf, max_size)) {
            Ok(Some(false)) => {
                // Not a name (a NUL byte, UTF-16 read as UTF-8):
                // the file is not well-formed, whatever follows. The
                // document up to it is read as the file holds it, so that
                // what the whole read meets first (a tag that does not
                // match, the depth limit) is reported first.
                let buf = &self.buf;
                let named = buf.get(mark + 1).is_some_and(|&b| {
                    b.is_ascii_alphabetic() || b == b'_' || b == b':' || b >= 0x80
                });
                if !named && buf.len() < max_size {
                    let (open, close) = run.wrap.clone().unwrap_or_default();
                    well_formed(
                        run,
                        &[
                            (open.as_bytes(), None),
                            (buf, Some(self.start)),
                            (close.as_bytes(), None),
                        ],
                        1,
                        true,
                    )?;
                }
                // How deep it is nested is for the document's reader to
                // say, after its syntax, as when the file is read whole.
                self.depth += 1;
                Ok(true)
            }
            Ok(Some(true)) => Ok(true),
            Ok(None) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// After a piece of markup: markup between documents is read with the
    /// next one (and must be well-formed alone too); a document's last end
    /// tag hands it to `run`.
    fn after_markup<R: Read>(
        &mut self,
        c: &mut Cursor<R>,
        run: &mut Run,
        kind: Option<Markup>,
        mark: usize,
        at: Pos,
    ) -> Result<(), Stop> {
        if self.depth != 1 {
            return Ok(());
        }
        if !self.in_document && matches!(kind, Some(Markup::Declaration)) {
            // `<!DOCTYPE` and the like between documents: read with the
            // next document, which refuses it (the splitter does not
            // follow its brackets).
            self.in_document = true;
            if mark == 0 {
                self.start = at;
                self.size_start = at.offset;
            }
        }
        // Markup between documents is read with the next one, but must be
        // well-formed alone too (what follows the last one is not read).
        if !self.in_document
            // (A declaration, `<!DOCTYPE` and the like, is left to the
            // document: the splitter does not follow its brackets.)
            && matches!(
                kind,
                Some(Markup::Comment | Markup::CData | Markup::Instruction)
            )
            && self.buf.len() < self.max_size
        {
            outside(run, &self.buf[mark..], at, Outside::Between)?;
        }
        if self.in_document && matches!(kind, Some(Markup::Start | Markup::End)) {
            let index = run.next_index(self.start)?;
            let size = c.pos.offset - self.size_start;
            // The next document's bytes, in room for as many as this one's.
            let next = Vec::with_capacity(self.buf.len());
            run.document(
                index,
                std::mem::replace(&mut self.buf, next),
                (size, true),
                self.start,
            );
            self.in_document = false;
            self.start = c.pos;
            self.size_start = c.pos.offset;
        }
        Ok(())
    }
}

/// After the root: only whitespace, and well-formed comments and
/// instructions.
fn after_root<R: Read>(c: &mut Cursor<R>, run: &mut Run) -> Result<(), Stop> {
    let max_size = run.limits().max_document_size;
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
                    kind => {
                        // An element (or other markup) after the root:
                        // read as the file holds it, for the whole read's
                        // words.
                        match kind {
                            Some(Markup::Start | Markup::End) => {
                                tag(c, &mut keep)?;
                            }
                            Some(Markup::Declaration) => {
                                // Up to its `>`, past an internal subset's
                                // brackets.
                                let mut open = 0usize;
                                c.scan(&mut keep, |b| match b {
                                    b'[' => {
                                        open += 1;
                                        Step::Go
                                    }
                                    b']' => {
                                        open = open.saturating_sub(1);
                                        Step::Go
                                    }
                                    b'>' if open == 0 => Step::Done,
                                    _ => Step::Go,
                                })?;
                            }
                            Some(Markup::CData) => {
                                until(c, &mut keep, b"]]>")?;
                            }
                            _ => {}
                        }
                        if item.len() < max_size {
                            outside(run, &item, at, Outside::AfterRoot(&wrap.0, &wrap.1))?;
                        }
                        return trailing(run, at);
                    }
                }
                if item.len() < max_size {
                    outside(run, &item, at, Outside::AfterRoot(&wrap.0, &wrap.1))?;
                }
            }
            Some(_) => {
                // Text after the root, up to the next markup: read as the
                // file holds it, for the whole read's words.
                let at = c.pos;
                let mut text = Vec::new();
                c.scan(&mut Keep::Into(&mut text, max_size), |b| {
                    if b == b'<' { Step::Before } else { Step::Go }
                })?;
                if text.len() < max_size {
                    outside(run, &text, at, Outside::AfterRoot(&wrap.0, &wrap.1))?;
                }
                return trailing(run, at);
            }
        }
    }
}

/// Where a piece of markup outside the documents is.
pub(super) enum Outside<'a> {
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
pub(super) fn outside(run: &mut Run, piece: &[u8], at: Pos, place: Outside) -> Result<(), Stop> {
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

/// The limits, but every diagnostic of the reader kept (not only the first
/// `--max-diagnostics`): what lies between the documents is searched for
/// its first problem in a piece, whatever came before it.
fn uncapped(limits: &read::Limits) -> read::Limits {
    read::Limits {
        max_diagnostics: usize::MAX,
        ..*limits
    }
}

/// Reads the pieces one after the other as an XML file; a problem of the
/// reader placed in piece `checked` is reported at its place in the file
/// (each piece at its position, `None` for a piece the file does not
/// have), and the file is not read further. `syntax_only`: only a syntax
/// problem (P) is.
pub(super) fn well_formed(
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
            limits: uncapped(run.limits()),
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
        let location = start.moved(origin, source.line_col(local));
        (start.offset + local - starts[k], location)
    };
    d.document = None;
    relocate(&mut d, &place);
    run.piece_problem(d);
    Err(Stop::Reported)
}

pub(super) fn trailing(run: &mut Run, at: Pos) -> Result<(), Stop> {
    run.file_problem(
        Diagnostic::new(Code::P02, msg::check_stream_xml_after_root())
            .help(msg::check_stream_xml_one_help()),
        at,
    );
    Err(Stop::Reported)
}
