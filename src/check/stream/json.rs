//! Splitting a JSON array of documents.

use super::cursor::{Cursor, Keep, Step, Stop};
use super::merge::Run;
use crate::diag::{Code, Diagnostic};
use crate::i18n::msg;
use std::io::Read;

pub(super) fn json<R: Read>(c: &mut Cursor<R>, run: &mut Run) -> Result<(), Stop> {
    let max_size = run.limits().max_document_size;
    c.bump(&mut Keep::Nothing)?; // `[`
    let mut buf = Vec::new();
    let mut expect_value = true;
    let mut after_comma = false;
    loop {
        let Some(b) = c.skip_ws()? else {
            run.file_problem(
                Diagnostic::new(Code::P01, msg::check_stream_json_eof())
                    .help(msg::check_stream_json_eof_help()),
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
                    Diagnostic::new(Code::P01, msg::check_stream_json_trailing_comma())
                        .help(msg::check_stream_json_trailing_comma_help()),
                    c.pos,
                );
                return Err(Stop::Reported);
            }
            b',' if expect_value => {
                run.file_problem(
                    Diagnostic::new(Code::P01, msg::check_stream_json_expected_value())
                        .help(msg::check_stream_json_extra_comma_help()),
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
                let (size, ended) = json_value(c, &mut buf, max_size)?;
                // The next document's bytes, in room for as many as this one's.
                let next = Vec::with_capacity(buf.len());
                run.document(
                    index,
                    std::mem::replace(&mut buf, next),
                    (size, ended),
                    start,
                );
                expect_value = false;
            }
            _ => {
                run.file_problem(
                    Diagnostic::new(Code::P01, msg::check_stream_json_expected_comma())
                        .help(msg::check_stream_json_comma_help()),
                    c.pos,
                );
                return Err(Stop::Reported);
            }
        }
    }
    if c.skip_ws()?.is_some() {
        run.file_problem(
            Diagnostic::new(Code::P01, msg::check_stream_json_trailing_characters())
                .help(msg::check_stream_json_one_help()),
            c.pos,
        );
        return Err(Stop::Reported);
    }
    Ok(())
}

/// Reads one value of the collection into `buf` (cut after `max` bytes);
/// returns its size and whether it ended before the end of the input.
/// Containers end at their closing bracket, strings at their closing quote,
/// anything else before whitespace, `,` or `]`. How deep it is nested is
/// for its reader to say, with its syntax, as when the file is read whole.
pub(super) fn json_value<R: Read>(
    c: &mut Cursor<R>,
    buf: &mut Vec<u8>,
    max: usize,
) -> Result<(usize, bool), Stop> {
    let start = c.pos.offset;
    let first = c.peek()?.unwrap_or(b' ');
    if !matches!(first, b'{' | b'[' | b'"') {
        while let Some(b) = c.peek()? {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b',' | b']') {
                break;
            }
            c.bump(&mut Keep::Into(buf, max))?;
        }
        return Ok((c.pos.offset - start, true));
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let (end, _) = c.scan_runs(&mut Keep::Into(buf, max), |bytes| {
        let mut i = 0;
        while i < bytes.len() {
            if in_string {
                if escaped {
                    escaped = false;
                    i += 1;
                    continue;
                }
                // To the next quote or backslash.
                let Some(k) = memchr::memchr2(b'"', b'\\', &bytes[i..]) else {
                    return (bytes.len(), Step::Go);
                };
                i += k;
                if bytes[i] == b'\\' {
                    escaped = true;
                } else {
                    in_string = false;
                    if depth == 0 {
                        return (i, Step::Done);
                    }
                }
                i += 1;
                continue;
            }
            // To the next quote or bracket.
            let Some(k) = bytes[i..].iter().position(|&b| STRUCTURE[usize::from(b)]) else {
                return (bytes.len(), Step::Go);
            };
            i += k;
            match bytes[i] {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                _ => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return (i, Step::Done);
                    }
                }
            }
            i += 1;
        }
        (bytes.len(), Step::Go)
    })?;
    // At the end of the input inside a value, the document's reader names
    // what is missing.
    Ok((c.pos.offset - start, end == Step::Done))
}

/// The bytes that change the state of [`json_value`] outside strings.
static STRUCTURE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'{' as usize] = true;
    t[b'[' as usize] = true;
    t[b'}' as usize] = true;
    t[b']' as usize] = true;
    t
};
