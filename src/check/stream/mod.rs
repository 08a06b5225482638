//! Checking a big collection document by document.
//!
//! A JSON array or an XML `Submissions` collection of [`STREAM_FROM`] bytes
//! or more is not read whole. A splitter reads the file in blocks and finds
//! each document's bytes itself (following strings, comments, nesting and
//! line ends); each document is then read and checked alone, with the very
//! readers and checks of a whole file, and dropped. Memory is bounded by the
//! largest document (and [`Limits::max_document_size`]), not by the file.
//!
//! What differs from [`crate::check::check_path`]:
//! - the text is not kept: every diagnostic carries its line and column
//!   ([`Places`]) and the human report says where instead of showing a
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
//!
//! Files that are not a collection in UTF-8 (a single document, a CSV file,
//! UTF-16, an XML declaration naming another encoding, a DOCTYPE, a root
//! element other than `Submissions` in the fosx namespace) are read whole.

use crate::check::{CheckOptions, Checked};
use crate::diag::{Code, Diagnostic};
use crate::source::Representation;
use std::path::Path;

mod csv;
mod cursor;
mod json;
mod merge;
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
            // The system's own words say why.
            let d = Diagnostic::new(
                Code::IO,
                crate::i18n::msg::check_stream_cannot_read(
                    path.display().to_string(),
                    e.to_string(),
                ),
            );
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
    use std::io::{Read, Seek, SeekFrom};
    let mut head = [0u8; 4];
    let mut f = file;
    let read = f.read_exact(&mut head).is_ok();
    let back = f.seek(SeekFrom::Start(0)).is_ok();
    !back || (read && head == *b"PK\x03\x04")
}
