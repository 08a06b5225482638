//! The splitter's cursor: a file read in blocks, byte by byte, with its
//! line, column and offset, and what to keep of the bytes it passes.

use crate::source::Location;
use std::io::Read;

/// Why the splitter stopped early.
pub(super) enum Stop {
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
pub(super) struct Pos {
    pub(super) offset: usize,
    pub(super) line: usize,
    pub(super) column: usize,
}

impl Pos {
    pub(super) fn location(self) -> Location {
        Location {
            line: self.line,
            column: self.column,
            record: None,
            cell: None,
        }
    }

    /// The place in the file of `at` (line, column) of a text read alone
    /// whose `origin` (line, column) lies at this place of the file: lines
    /// are counted from here, and columns too on the origin's line.
    pub(super) fn moved(self, origin: (usize, usize), at: (usize, usize)) -> Location {
        let (line, column) = at;
        let column = if line == origin.0 {
            self.column + column - origin.1
        } else {
            column
        };
        Location {
            line: self.line + line - origin.0,
            column,
            record: None,
            cell: None,
        }
    }
}

/// The place of a file's first byte.
pub(super) const START: Pos = Pos {
    offset: 0,
    line: 1,
    column: 1,
};

/// Reads the file byte by byte from a block buffer, knowing the place of
/// the next byte (a line ends at LF, CRLF or a CR alone, as in
/// [`SourceFile`]) and the length of the current line.
pub(super) struct Cursor<R> {
    pub(super) input: R,
    pub(super) buf: Box<[u8]>,
    pub(super) at: usize,
    pub(super) len: usize,
    pub(super) pos: Pos,
    pub(super) after_cr: bool,
    pub(super) line_len: usize,
    pub(super) max_line: usize,
    /// Where a line went over the limit (the splitter then stopped).
    pub(super) too_long: Option<Pos>,
    /// The bytes of a character cut by the end of a run of bytes, checked
    /// with the next run, and the place of its first byte.
    carry: Vec<u8>,
    carry_at: Pos,
    /// The first bytes that are not UTF-8.
    pub(super) not_utf8: Option<NotUtf8>,
    /// Whether to look for the characters XML allows nowhere
    /// ([`Cursor::illegal`]).
    pub(super) xml_chars: bool,
    /// The first character XML allows nowhere, and its place: reading the
    /// file whole reports it (P02) before anything else.
    pub(super) illegal: Option<(Pos, char)>,
    /// The bytes of U+FFFE or U+FFFF (`EF BF`) seen so far at the end of
    /// the last run, and the place of the first.
    half: (u8, Pos),
}

/// The first bytes of a file that are not UTF-8, as reading it whole finds
/// them (P04): their place, and the bytes (none when the file ends inside a
/// character).
#[derive(Debug)]
pub(super) struct NotUtf8 {
    pub(super) pos: Pos,
    pub(super) bytes: Vec<u8>,
}

impl<R: Read> Cursor<R> {
    pub(super) fn new(input: R, max_line: usize) -> Self {
        Cursor {
            input,
            buf: vec![0; 1 << 16].into_boxed_slice(),
            at: 0,
            len: 0,
            pos: START,
            after_cr: false,
            line_len: 0,
            max_line,
            too_long: None,
            carry: Vec::new(),
            carry_at: START,
            not_utf8: None,
            xml_chars: false,
            illegal: None,
            half: (0, START),
        }
    }

    /// Skips a UTF-8 byte order mark and whitespace, and returns the first
    /// other byte (not consumed). `None` for a UTF-16 byte order mark.
    pub(super) fn start(&mut self) -> Result<Option<u8>, Stop> {
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

    pub(super) fn fill(&mut self) -> std::io::Result<bool> {
        if self.at < self.len {
            return Ok(true);
        }
        loop {
            match self.input.read(&mut self.buf) {
                Ok(n) => {
                    self.at = 0;
                    self.len = n;
                    if n == 0 {
                        self.utf8_end();
                    }
                    return Ok(n > 0);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    pub(super) fn peek(&mut self) -> std::io::Result<Option<u8>> {
        Ok(if self.fill()? {
            Some(self.buf[self.at])
        } else {
            None
        })
    }

    /// Consumes the next byte, appending it to `keep` when given.
    pub(super) fn bump(&mut self, keep: &mut Keep) -> Result<Option<u8>, Stop> {
        if !self.fill()? {
            return Ok(None);
        }
        let b = self.buf[self.at];
        self.at += 1;
        keep.push(b);
        // A printable ASCII byte, with no character cut before it: one
        // column more.
        if (0x20..0x7F).contains(&b)
            && self.carry.is_empty()
            && self.half.0 == 0
            && self.line_len < self.max_line
        {
            self.pos.offset += 1;
            self.pos.column += 1;
            self.line_len += 1;
            self.after_cr = false;
            return Ok(Some(b));
        }
        self.utf8(&[b]);
        if !self.account_slowly(&[b]) {
            return Err(Stop::Reported);
        }
        Ok(Some(b))
    }

    /// Consumes bytes while `step` says [`Step::Go`], in a tight loop over
    /// the block, appending them to `keep`; the byte for which it says
    /// [`Step::Done`] is consumed too, the one for which
    /// it says [`Step::Before`] is not. Returns the last step (`Go` at the
    /// end of the input) and the place of the byte it was given. Places are
    /// worked out for the whole run of bytes at once ([`Cursor::account`]).
    pub(super) fn scan(
        &mut self,
        keep: &mut Keep,
        mut step: impl FnMut(u8) -> Step,
    ) -> Result<(Step, Pos), Stop> {
        self.scan_runs(keep, |bytes| {
            for (i, &b) in bytes.iter().enumerate() {
                let s = step(b);
                if s != Step::Go {
                    return (i, s);
                }
            }
            (bytes.len(), Step::Go)
        })
    }

    /// [`Cursor::scan`] given the bytes of the block left at once: `step`
    /// returns `(bytes.len(), Step::Go)` to consume them all and go on, or
    /// the index of the byte it stops at, and how (`Done`: consumed too,
    /// `Before`: not), so that it can jump over runs (with `memchr`).
    pub(super) fn scan_runs(
        &mut self,
        keep: &mut Keep,
        mut step: impl FnMut(&[u8]) -> (usize, Step),
    ) -> Result<(Step, Pos), Stop> {
        loop {
            if !self.fill()? {
                return Ok((Step::Go, self.pos));
            }
            let from = self.at;
            let (n, end) = step(&self.buf[from..self.len]);
            let i = from + n;
            let buf = std::mem::take(&mut self.buf);
            let through = if end == Step::Done { i + 1 } else { i };
            let (ok, at) = if self.quick(&buf[from..i]) {
                let at = self.pos;
                let last = &buf[i..through];
                let ok = last.is_empty() || self.quick(last) || {
                    self.utf8(last);
                    self.account(last)
                };
                (ok, at)
            } else {
                self.utf8(&buf[from..through]);
                let mut ok = self.account(&buf[from..i]);
                let at = self.pos;
                if ok && through > i {
                    ok = self.account(&buf[i..through]);
                }
                (ok, at)
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

    /// [`Cursor::utf8`] and [`Cursor::account`] at once for a short run of
    /// printable ASCII, tabs and LFs (most runs of markup), with no
    /// character cut before it and no line over the limit: false, with
    /// nothing done, for any other run.
    fn quick(&mut self, bytes: &[u8]) -> bool {
        const SHORT: usize = 256;
        let n = bytes.len();
        if n > SHORT
            || !self.carry.is_empty()
            || self.half.0 != 0
            || self.line_len + n > self.max_line
            || (self.after_cr && bytes.first() == Some(&b'\n'))
        {
            return false;
        }
        let mut lfs = 0;
        let mut last_lf = None;
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                b'\n' => {
                    lfs += 1;
                    last_lf = Some(i);
                }
                b'\t' | 0x20..=0x7E => {}
                _ => return false,
            }
        }
        self.pos.offset += n;
        match last_lf {
            None => {
                self.pos.column += n;
                self.line_len += n;
            }
            Some(i) => {
                self.pos.line += lfs;
                self.pos.column = n - i;
                self.line_len = n - i - 1;
            }
        }
        if n > 0 {
            self.after_cr = false;
        }
        true
    }

    /// Moves the place past `bytes`: line ends found with `memchr`, columns
    /// counted only after the last one. False when a line goes over the
    /// limit ([`Cursor::too_long`] then says where).
    pub(super) fn account(&mut self, bytes: &[u8]) -> bool {
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
    pub(super) fn account_slowly(&mut self, bytes: &[u8]) -> bool {
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

    /// Checks that `bytes`, which start at the current place, are UTF-8,
    /// and keeps the place of the first that are not; a character cut at
    /// their end is checked with the next bytes.
    fn utf8(&mut self, mut bytes: &[u8]) {
        if self.xml_chars && self.illegal.is_none() {
            self.xml_illegal(bytes);
        }
        if self.not_utf8.is_some() {
            return;
        }
        let (mut at, mut after_cr) = (self.pos, self.after_cr);
        while !self.carry.is_empty() {
            let Some((&b, rest)) = bytes.split_first() else {
                return;
            };
            self.carry.push(b);
            (at, after_cr) = advance(at, after_cr, &[b]);
            bytes = rest;
            match std::str::from_utf8(&self.carry) {
                Ok(_) => self.carry.clear(),
                Err(e) => {
                    if let Some(n) = e.error_len() {
                        self.not_utf8 = Some(NotUtf8 {
                            pos: self.carry_at,
                            bytes: self.carry[..n].to_vec(),
                        });
                        return;
                    }
                }
            }
        }
        if let Err(e) = std::str::from_utf8(bytes) {
            let k = e.valid_up_to();
            let (pos, _) = advance(at, after_cr, &bytes[..k]);
            match e.error_len() {
                Some(n) => {
                    self.not_utf8 = Some(NotUtf8 {
                        pos,
                        bytes: bytes[k..k + n].to_vec(),
                    });
                }
                None => {
                    self.carry = bytes[k..].to_vec();
                    self.carry_at = pos;
                }
            }
        }
    }

    /// Looks in `bytes`, which start at the current place, for the first
    /// character XML allows nowhere: a C0 control other than TAB, LF and
    /// CR, U+FFFE or U+FFFF (`EF BF BE`, `EF BF BF`, which may be cut by
    /// the end of a run).
    fn xml_illegal(&mut self, bytes: &[u8]) {
        // Most runs hold none: a pass without branches first.
        let control = |b: u8| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r');
        let maybe = bytes.chunks(64).any(|c| {
            c.iter()
                .fold(false, |any, &b| any | control(b) | (b == 0xEF))
        });
        if !maybe && self.half.0 == 0 {
            return;
        }
        let place = |k: usize| advance(self.pos, self.after_cr, &bytes[..k]).0;
        for (k, &b) in bytes.iter().enumerate() {
            let (seen, at) = self.half;
            self.half.0 = 0;
            match (seen, b) {
                (2, 0xBE | 0xBF) => {
                    let c = if b == 0xBE { '\u{FFFE}' } else { '\u{FFFF}' };
                    self.illegal = Some((at, c));
                    return;
                }
                (1, 0xBF) => self.half = (2, at),
                (_, 0xEF) => self.half = (1, place(k)),
                (_, b) if control(b) => {
                    self.illegal = Some((place(k), char::from(b)));
                    return;
                }
                _ => {}
            }
        }
    }

    /// At the end of the input: a character left cut is not UTF-8.
    fn utf8_end(&mut self) {
        if self.not_utf8.is_none() && !self.carry.is_empty() {
            self.not_utf8 = Some(NotUtf8 {
                pos: self.carry_at,
                bytes: Vec::new(),
            });
        }
    }

    /// After the splitter stopped: the rest of the input is only checked
    /// for UTF-8 (reading the file whole decodes all of it), with places
    /// counted past any line limit.
    pub(super) fn rest_utf8(&mut self) -> std::io::Result<()> {
        self.max_line = usize::MAX;
        while self.not_utf8.is_none() && self.fill()? {
            let buf = std::mem::take(&mut self.buf);
            self.utf8(&buf[self.at..self.len]);
            self.account(&buf[self.at..self.len]);
            self.at = self.len;
            self.buf = buf;
        }
        Ok(())
    }

    pub(super) fn skip_ws(&mut self) -> Result<Option<u8>, Stop> {
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

/// The place after `bytes` read from `pos` (`after_cr`: the byte before
/// them was CR), counted as [`Cursor::account`] does.
fn advance(mut pos: Pos, mut after_cr: bool, bytes: &[u8]) -> (Pos, bool) {
    for &b in bytes {
        pos.offset += 1;
        match b {
            b'\n' | b'\r' => {
                pos.line += usize::from(b == b'\r' || !after_cr);
                pos.column = 1;
            }
            _ => pos.column += usize::from(b & 0xC0 != 0x80),
        }
        after_cr = b == b'\r';
    }
    (pos, after_cr)
}

/// Where the splitter puts the bytes it reads.
pub(super) enum Keep<'a> {
    Nothing,
    Into(&'a mut Vec<u8>, usize),
}

impl Keep<'_> {
    pub(super) fn push(&mut self, b: u8) {
        if let Keep::Into(v, max) = self
            && v.len() <= *max
        {
            v.push(b);
        }
    }

    pub(super) fn extend(&mut self, bytes: &[u8]) {
        if let Keep::Into(v, max) = self {
            let room = (*max + 1).saturating_sub(v.len());
            v.extend_from_slice(&bytes[..bytes.len().min(room)]);
        }
    }
}

/// What [`Cursor::scan`] does with a byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
    /// Consume it and go on.
    Go,
    /// Consume it and stop.
    Done,
    /// Stop before it.
    Before,
}
