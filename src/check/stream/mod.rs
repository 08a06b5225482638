//! Checking a big collection document by document.
//!
//! A JSON array or an XML `Submissions` collection of [`STREAM_FROM`] bytes
//! or more is not read whole. A splitter reads the file in blocks and finds
//! each document's bytes itself (following strings, comments, nesting and
//! line ends); each document is then read and checked alone, with the very
//! readers and checks of a whole file, and dropped. Memory is bounded by the
//! largest document (and [`crate::Limits::max_document_size`]), not by the file.
//!
//! What differs from [`crate::check::check_path`]:
//! - the text is not kept: every diagnostic carries its line and column
//!   ([`crate::diag::Places`]) and the human report says where instead of showing a
//!   snippet; the documents of the result hold only `documentType` and
//!   `documentId`, enough for the report (use [`crate::check::check_path`] to
//!   convert);
//! - a syntax error inside one document is that document's problem (P01 or
//!   P02 with its index), and the other documents are still checked;
//! - what lies outside the documents of an XML collection (the prolog,
//!   comments, processing instructions and text between and after them, the
//!   root's end tag) is read with the XML reader, in its place, as the whole
//!   file would be: its first problem is the file's (with the code the whole
//!   read gives) and the file is not read further.
//! - bytes that are not UTF-8 are found as the whole read finds them: the
//!   document (or piece outside the documents) holding them reports them
//!   (P04); when no piece read holds the file's first such bytes (a
//!   document the file ends in, text after the root, anything after where
//!   the splitter stopped), they are the file's problem, at their place.
//!
//! A CSV file in UTF-8 is cut into documents by `documentId` with its own
//! splitter (see `csv`), from the same bytes; each is read with the file's
//! type. A document of a JSON collection that is a list is read in a
//! collection of one, as the file holds it. Files that are not a
//! collection in UTF-8 (a single document, UTF-16, an XML declaration
//! naming another encoding, a DOCTYPE, a root element other than
//! `Submissions` in the fosx namespace) are read whole.

use crate::check::{CheckOptions, Checked};
use crate::diag::{Code, Diagnostic};
use crate::source::Representation;
use std::path::Path;

mod csv;
mod cursor;
mod json;
mod merge;
mod par;
mod xml;

use csv::csv;
use cursor::{Cursor, Stop};
use json::json;
use merge::Run;
pub(crate) use merge::stub;
use xml::xml;

/// Files from this size on are checked document by document, when they are
/// a collection in UTF-8.
pub const STREAM_FROM: u64 = 16 << 20;

/// Checks a file on disk; a big collection document by document (see the
/// module documentation), anything else as [`crate::check::check_path`] does.
pub fn check_path_streaming(path: &Path, options: &CheckOptions) -> Checked {
    check_path_streaming_from(path, options, STREAM_FROM)
}

/// [`check_path_streaming`] with the size from which a file is streamed.
pub fn check_path_streaming_from(path: &Path, options: &CheckOptions, from: u64) -> Checked {
    let whole = || crate::check::check_path(path, options);
    let Ok(meta) = std::fs::metadata(path) else {
        return whole();
    };
    if !meta.is_file() || meta.len() < from || meta.len() > options.read.limits.max_file_size {
        return whole();
    }
    let Ok(file) = std::fs::File::open(path) else {
        return whole();
    };
    if !starts_text(&file) {
        // A workbook (or another archive), or what the whole read would not
        // take for text (UTF-16 without a byte order mark), is read whole,
        // which reports it.
        return whole();
    }
    let name = path.display().to_string();
    let reopen = || std::fs::File::open(path).ok();
    stream(file, name, options, whole, reopen)
}

/// The bytes of a file already in memory, checked as
/// [`check_path_streaming_from`] checks a file of `from` bytes or more
/// (`name` is what reports call it): the same splitter, and the same result
/// as that of a file holding these bytes.
pub fn check_bytes_streaming_from(
    name: &str,
    bytes: &[u8],
    options: &CheckOptions,
    from: u64,
) -> Checked {
    let whole = || crate::check::check_bytes(name, bytes, options);
    let len = bytes.len() as u64;
    if len < from || len > options.read.limits.max_file_size || crate::read::not_text(bytes) {
        return whole();
    }
    stream(bytes, name.to_string(), options, whole, || Some(bytes))
}

/// Splits and checks `input`; `whole` checks it whole instead (what is not
/// a collection in UTF-8), `reopen` gives the input again from its start (a
/// CSV file is read again, in blocks, by its own splitter).
fn stream<R: std::io::Read, S: std::io::Read>(
    input: R,
    name: String,
    options: &CheckOptions,
    whole: impl Fn() -> Checked,
    reopen: impl Fn() -> Option<S>,
) -> Checked {
    let mut cursor = Cursor::new(input, options.read.limits.max_line_len);
    let kind = match cursor.start() {
        Ok(Some(b'[')) => Representation::Json,
        Ok(Some(b'<')) => Representation::Xml,
        // One JSON document (detection takes `{` for JSON, whatever
        // follows it), unless the file is said to be CSV.
        Ok(Some(b'{')) if options.read.representation != Some(Representation::Csv) => {
            return whole();
        }
        Ok(Some(_))
            if options
                .read
                .representation
                .is_none_or(|r| r == Representation::Csv) =>
        {
            return csv(reopen, name, options).unwrap_or_else(whole);
        }
        _ => return whole(),
    };
    if options.read.representation.is_some_and(|r| r != kind) {
        return whole();
    }
    // Reading an XML file whole reports the first character XML allows
    // nowhere before anything else: the splitter looks for it as it goes.
    cursor.xml_chars = kind == Representation::Xml;
    let mut run = Run::new(name, kind, options);
    let outcome = match kind {
        Representation::Json => json(&mut cursor, &mut run),
        _ => xml(&mut cursor, &mut run),
    };
    match outcome {
        Err(Stop::NotACollection) => whole(),
        Err(Stop::Io(e)) => {
            // The system's own words say why.
            let d = Diagnostic::new(
                Code::IO,
                crate::i18n::msg::check_stream_cannot_read(run.name.clone(), e.to_string()),
            );
            run.diagnostics.push(d);
            run.finish(None, None)
        }
        Err(Stop::Reported) | Ok(()) => {
            if let Some(pos) = cursor.too_long {
                run.long_line(pos);
            }
            // Reading the file whole decodes all of it: bytes that are not
            // UTF-8 after where the splitter stopped are the file's too.
            if let Err(e) = cursor.rest_utf8() {
                let d = Diagnostic::new(
                    Code::IO,
                    crate::i18n::msg::check_stream_cannot_read(run.name.clone(), e.to_string()),
                );
                run.diagnostics.push(d);
            }
            run.finish(cursor.not_utf8.take(), cursor.illegal)
        }
    }
}

/// Whether a file starts as text the splitter can read (not an archive, an
/// office document or UTF-16 without a byte order mark: see
/// [`crate::read::not_text`]); the file is read from its start again
/// afterwards.
fn starts_text(file: &std::fs::File) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    let mut head = [0u8; crate::read::TEXT_HEAD];
    let mut f = file;
    let read = f.take(head.len() as u64).read(&mut head).unwrap_or(0);
    let back = f.seek(SeekFrom::Start(0)).is_ok();
    back && !crate::read::not_text(&head[..read])
}
