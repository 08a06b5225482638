//! The ZIP package of a workbook, checked before any part is read for its
//! content: a ZIP bomb, huge parts and deep or DTD-bearing XML are refused
//! here, so that the workbook reader only ever inflates what was measured.
//!
//! Every part is inflated once, through a reader that stops one byte past
//! what is left of the budget ([`Limits::max_file_size`] for the whole
//! package, uncompressed), so that a part that lies about its size costs no
//! more than the budget. The XML parts are read with quick-xml on the way,
//! event by event: a DOCTYPE is refused (P05) and so is nesting deeper than
//! [`MAX_XML_DEPTH`] (P06).

use super::Limits;
use crate::diag::{Code, Diagnostic};
use crate::tree::Span;
use std::io::{Cursor, Read};

/// The deepest nesting of elements accepted in a part of the package (a
/// worksheet needs 6; drawings and styles stay far below).
pub(crate) const MAX_XML_DEPTH: usize = 64;

/// Whether the bytes are a ZIP archive holding `xl/workbook.xml`: an XLSX
/// workbook (also `.xlsm`, which has the same layout).
pub(crate) fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && zip::ZipArchive::new(Cursor::new(bytes))
            .is_ok_and(|z| z.index_for_name("xl/workbook.xml").is_some())
}

/// Checks every part of the package against the limits. `Err` is the one
/// diagnostic that says why the workbook is not read.
pub(crate) fn check(bytes: &[u8], limits: &Limits) -> Result<(), Box<Diagnostic>> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Box::new(broken(&e.to_string())))?;
    let budget = limits.max_file_size;
    let mut used: u64 = 0;
    for i in 0..zip.len() {
        let mut part = zip
            .by_index(i)
            .map_err(|e| Box::new(broken(&e.to_string())))?;
        let name = part
            .name()
            .map_err(|e| Box::new(broken(&e.to_string())))?
            .to_string();
        if used.saturating_add(part.size()) > budget {
            return Err(Box::new(too_large(&name, budget)));
        }
        let left = budget - used;
        let is_xml = name.ends_with(".xml") || name.ends_with(".rels");
        let mut bounded = (&mut part).take(left + 1);
        let read = if is_xml {
            scan_xml(&mut bounded, &name, left)?
        } else {
            std::io::copy(&mut bounded, &mut std::io::sink())
                .map_err(|e| Box::new(broken(&format!("{name}: {e}"))))?
        };
        if read > left {
            return Err(Box::new(too_large(&name, budget)));
        }
        used += read;
    }
    Ok(())
}

/// Reads one XML part to its end; returns the bytes read (more than `left`
/// when the part is cut short by the bound). DOCTYPE: P05; nesting over
/// [`MAX_XML_DEPTH`]: P06; malformed XML: P02.
fn scan_xml(input: &mut impl Read, name: &str, left: u64) -> Result<u64, Box<Diagnostic>> {
    use quick_xml::events::Event;
    let mut counted = Counted { inner: input, n: 0 };
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(&mut counted));
    reader.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut depth = 0usize;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(_)) => {
                depth += 1;
                if depth > MAX_XML_DEPTH {
                    return Err(Box::new(Diagnostic::new(
                        Code::P06,
                        format!(
                            "the workbook's part {name} nests elements more than {MAX_XML_DEPTH} deep"
                        ),
                    )
                    .at(Span::at(0))
                    .help("a workbook saved by a spreadsheet program nests far less: save it again from the spreadsheet program")));
                }
            }
            Ok(Event::End(_)) => depth = depth.saturating_sub(1),
            Ok(Event::DocType(_)) => {
                return Err(Box::new(Diagnostic::new(
                    Code::P05,
                    format!("the workbook's part {name} has a DOCTYPE declaration"),
                )
                .at(Span::at(0))
                .help("a workbook saved by a spreadsheet program has none: save it again from the spreadsheet program")));
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => {
                // The bound of the reader cuts a long part short: that is
                // reported as the limit by the caller, not as bad XML.
                if reader.get_ref().get_ref().n > left {
                    break;
                }
                return Err(Box::new(
                    Diagnostic::new(
                        Code::P02,
                        format!("the workbook's part {name} is not well-formed XML: {e}"),
                    )
                    .at(Span::at(0))
                    .help("save the workbook again from the spreadsheet program"),
                ));
            }
        }
        buf.clear();
    }
    // What quick-xml did not read (after the root) still counts.
    std::io::copy(reader.get_mut(), &mut std::io::sink())
        .map_err(|e| Box::new(broken(&format!("{name}: {e}"))))?;
    drop(reader);
    Ok(counted.n)
}

/// A reader that counts the bytes it gives.
struct Counted<R> {
    inner: R,
    n: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.n += n as u64;
        Ok(n)
    }
}

/// P07 for a ZIP archive that cannot be read.
pub(crate) fn broken(why: &str) -> Diagnostic {
    Diagnostic::new(
        Code::P07,
        format!("the workbook cannot be read as an XLSX package: {why}"),
    )
    .at(Span::at(0))
    .help("save the workbook again from the spreadsheet program, as .xlsx or as \"CSV UTF-8\"")
}

/// P06 for a package whose parts inflate past the limit.
fn too_large(name: &str, budget: u64) -> Diagnostic {
    Limits::exceeded(
        format!(
            "the workbook's parts hold more than {budget} bytes uncompressed (at {name}); it was not read further"
        ),
        "--max-file-size",
    )
    .at(Span::at(0))
}
