//! Reading a file's or a stream's bytes under the limits.

use crate::diag::{Code, Diagnostic};
use crate::i18n::{Msg, msg};
use crate::read::{self, Limit, Limits};

/// Reads a file's bytes, refusing one above the size limit before reading
/// it, and stopping as soon as a line exceeds the line limit, so that memory
/// stays bounded by the limits, not by the file.
pub fn read_file(path: &std::path::Path, limits: &Limits) -> Result<Vec<u8>, Box<Diagnostic>> {
    let name = || path.display().to_string();
    let io = |e: std::io::Error| {
        let message = match e.kind() {
            std::io::ErrorKind::NotFound => msg::read_not_found(name()),
            std::io::ErrorKind::PermissionDenied => msg::read_permission_denied(name()),
            std::io::ErrorKind::IsADirectory => msg::read_is_a_directory(name()),
            _ => msg::read_io_error(name(), e.to_string()),
        };
        Box::new(Diagnostic::new(Code::IO, message))
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(Box::new(Diagnostic::new(
            Code::IO,
            msg::read_is_a_directory(name()),
        )));
    }
    if meta.len() > limits.max_file_size {
        return Err(Box::new(read::file_too_large(
            meta.len(),
            limits.max_file_size,
        )));
    }
    let file = std::fs::File::open(path).map_err(io)?;
    read_limited(file, meta.len(), limits).map_err(|stop| match stop {
        Stopped::Io(e) => io(e),
        Stopped::TooLarge(read) => Box::new(read::file_too_large(read, limits.max_file_size)),
        Stopped::LineTooLong => line_too_long(limits),
    })
}

/// Reads bytes from a stream (standard input) under the same limits as a
/// file, block by block: it stops as soon as the input passes the size limit
/// or a line the line limit, so that memory stays bounded by the limits,
/// however much is sent. `what` names the input in messages
/// ([`msg::read_standard_input`]).
pub fn read_stream(
    input: impl std::io::Read,
    what: impl Into<Msg>,
    limits: &Limits,
) -> Result<Vec<u8>, Box<Diagnostic>> {
    let what = what.into();
    let io = |e: std::io::Error| {
        Box::new(Diagnostic::new(
            Code::IO,
            msg::read_io_error(what.clone(), e.to_string()),
        ))
    };
    read_limited(input, 0, limits).map_err(|stop| match stop {
        Stopped::Io(e) => io(e),
        Stopped::TooLarge(_) => Box::new(Limit::FileSize.exceeded(msg::limit_input_size(
            what.clone(),
            limits.max_file_size.to_string(),
        ))),
        Stopped::LineTooLong => line_too_long(limits),
    })
}

/// Reads bytes under the limits of [`read_stream`]; `None` when they cannot
/// be read or go over a limit (the caller then reads the file whole, which
/// reports why).
pub(crate) fn read_again(input: impl std::io::Read, limits: &Limits) -> Option<Vec<u8>> {
    read_limited(input, 0, limits).ok()
}

/// Why [`read_limited`] stopped.
enum Stopped {
    Io(std::io::Error),
    /// The input passed the size limit after this many bytes.
    TooLarge(u64),
    LineTooLong,
}

fn line_too_long(limits: &Limits) -> Box<Diagnostic> {
    Box::new(Limit::LineLength.exceeded(msg::limit_line_not_read_further(
        limits.max_line_len.to_string(),
    )))
}

/// The reading loop of [`read_file`] and [`read_stream`]: `expected` is the
/// size announced (0 when unknown).
fn read_limited(
    mut input: impl std::io::Read,
    expected: u64,
    limits: &Limits,
) -> Result<Vec<u8>, Stopped> {
    use std::io::Read;
    // One byte more than announced, so that the end is found without
    // growing the buffer.
    let mut bytes = Vec::with_capacity(
        (expected as usize)
            .saturating_add(1)
            .min(limits.max_line_len.saturating_add(1)),
    );
    let mut line_len = 0usize;
    loop {
        // A block at a time, read straight into the buffer (`read_to_end`
        // retries an interrupted read); a short block is the end.
        const BLOCK: u64 = 1 << 14;
        let before = bytes.len();
        let n = match (&mut input).take(BLOCK).read_to_end(&mut bytes) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => return Err(Stopped::Io(e)),
        };
        let chunk = &bytes[before..];
        // The longest line so far, one line end at a time.
        let mut start = 0;
        let mut too_long = false;
        for end in memchr::memchr_iter(b'\n', chunk) {
            too_long |= line_len + (end - start) > limits.max_line_len;
            line_len = 0;
            start = end + 1;
        }
        line_len += n - start;
        // A ZIP archive (an XLSX workbook) has no lines: its parts are
        // measured when it is read.
        let binary = bytes.starts_with(b"PK\x03\x04")
            || (bytes.is_empty() && chunk[..n].starts_with(b"PK\x03\x04"));
        if !binary && (too_long || line_len > limits.max_line_len) {
            return Err(Stopped::LineTooLong);
        }
        if bytes.len() as u64 > limits.max_file_size {
            return Err(Stopped::TooLarge(bytes.len() as u64));
        }
        if (n as u64) < BLOCK {
            break;
        }
    }
    Ok(bytes)
}
