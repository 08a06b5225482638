//! The ZIP package of a workbook, checked before any part is read for its
//! content: a ZIP bomb, huge parts and deep or DTD-bearing XML are refused
//! here, so that the workbook reader only ever inflates what was measured.
//!
//! Every part is inflated once, through a reader that stops one byte past
//! what is left of the budget ([`Limits::max_file_size`] for the whole
//! package, uncompressed), so that a part that lies about its size costs no
//! more than the budget. The XML parts (named `.xml` or `.rels` in any case,
//! or whose text starts with `<`) are read with quick-xml on the way, event
//! by event: a DOCTYPE is refused (P05) and so is nesting deeper than
//! [`MAX_XML_DEPTH`] (P06). What the workbook reader would keep one value
//! for is counted on the way too, so that a compressed workbook cannot make
//! it hold more than the limit ([`Limits::max_cells`], P06): the cells (`c`
//! elements, empty or not) and the other elements outside the sheets' data
//! (shared strings, styles, ...).

use super::{Limit, Limits};
use crate::diag::{Code, Diagnostic};
use crate::i18n::{Msg, msg};
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

/// The kind of package checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Package {
    /// An XLSX workbook: its cells are `c` elements.
    Xlsx,
    /// An OpenDocument spreadsheet: its cells are in `content.xml`,
    /// counted with their repeats ([`super::xlsx_ods`]).
    Ods,
}

/// Checks every part of the package against the limits. `Err` is the one
/// diagnostic that says why the workbook is not read; `Ok`, for an `.ods`,
/// the percentage cells of its first sheet.
pub(crate) fn check(
    bytes: &[u8],
    limits: &Limits,
    package: Package,
) -> Result<Vec<super::xlsx_ods::Run>, Box<Diagnostic>> {
    let mut percent = Vec::new();
    let zip_broken = |e: zip::result::ZipError| Box::new(broken_as(package, zip_reason(&e)));
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(zip_broken)?;
    let budget = limits.max_file_size;
    let mut used: u64 = 0;
    let mut held = Held {
        max: limits.max_cells,
        cells: 0,
        others: 0,
    };
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(zip_broken)?;
        let name = part.name().map_err(zip_broken)?.to_string();
        if used.saturating_add(part.size()) > budget {
            return Err(Box::new(too_large(&name, budget)));
        }
        let left = budget - used;
        let mut input = std::io::BufReader::new(Counted {
            inner: (&mut part).take(left + 1),
            n: 0,
        });
        let kind = xml_kind(&name, &mut input);
        if kind != Xml::No {
            let mut expansion = (package == Package::Ods && name == super::xlsx_ods::CONTENT)
                .then(|| super::xlsx_ods::Expansion::new(limits));
            scan_xml(&mut input, (&name, left), kind, &mut held, &mut expansion)?;
            if let Some(x) = expansion {
                percent = x.percentages();
            }
        }
        // What the XML reader did not read (after the root, or after an
        // error in a part read only if it is XML) still counts.
        std::io::copy(&mut input, &mut std::io::sink()).map_err(|e| {
            Box::new(broken_as(
                package,
                msg::xlsx_reason_part(&name, e.to_string()),
            ))
        })?;
        let read = input.get_ref().n;
        if read > left {
            return Err(Box::new(too_large(&name, budget)));
        }
        used += read;
    }
    Ok(percent)
}

/// How a part is read as XML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Xml {
    /// Named as XML (`.xml`, `.rels`, in any case): it must be well-formed.
    Named,
    /// Not named as XML but its text starts with `<` (a drawing in VML, a
    /// part under another name): scanned as far as it is well-formed.
    Content,
    /// Not XML.
    No,
}

/// Whether a part is XML, by its name or, failing that, by its first bytes.
fn xml_kind(name: &str, input: &mut impl std::io::BufRead) -> Xml {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".xml") || lower.ends_with(".rels") {
        return Xml::Named;
    }
    let Ok(head) = input.fill_buf() else {
        return Xml::No;
    };
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    match head.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => Xml::Content,
        _ => Xml::No,
    }
}

/// What the parts of a workbook hold that a reader keeps one value for:
/// cells, and the other XML elements outside the sheets' data (each shared
/// string counts once, whatever its runs), each at most `max`.
struct Held {
    max: usize,
    cells: usize,
    others: usize,
}

/// Reads one XML part to its end, or to the bound of its reader (the caller
/// reports the size), counting what it holds. DOCTYPE: P05; nesting over
/// [`MAX_XML_DEPTH`], too many cells or elements: P06; malformed XML: P02
/// for a part named as XML (a part that is XML only by its content is
/// scanned as far as it is well-formed).
fn scan_xml<R: Read>(
    input: &mut std::io::BufReader<Counted<R>>,
    (name, left): (&str, u64),
    kind: Xml,
    held: &mut Held,
    expansion: &mut Option<super::xlsx_ods::Expansion>,
) -> Result<(), Box<Diagnostic>> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(input);
    reader.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut depth = 0usize;
    let mut inside = Inside::default();
    loop {
        let event = reader.read_event_into(&mut buf);
        match event {
            Ok(Event::Start(ref e)) | Ok(Event::Empty(ref e)) => {
                let open = matches!(event, Ok(Event::Start(_)));
                if open {
                    depth += 1;
                    if depth > MAX_XML_DEPTH {
                        return Err(Box::new(too_deep(name)));
                    }
                }
                inside.element(e, open, depth, name, held)?;
                if let Some(x) = expansion {
                    x.element(e, open, depth)?;
                }
            }
            Ok(Event::Text(ref t)) => {
                if let Some(x) = expansion {
                    x.text(t.len());
                }
            }
            Ok(Event::GeneralRef(_)) => {
                if let Some(x) = expansion {
                    x.text(4);
                }
            }
            Ok(Event::End(ref e)) => {
                if let Some(x) = expansion {
                    x.close(e.name().into_inner(), depth)?;
                }
                inside.close(depth);
                depth = depth.saturating_sub(1);
            }
            Ok(Event::DocType(_)) => {
                return Err(Box::new(
                    Diagnostic::new(Code::P05, msg::xlsx_part_doctype(name))
                        .at(Span::at(0))
                        .help(msg::xlsx_part_doctype_help()),
                ));
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => {
                // The bound of the reader cuts a long part short: that is
                // reported as the limit by the caller, not as bad XML.
                if kind == Xml::Content || reader.get_ref().get_ref().n > left {
                    break;
                }
                return Err(Box::new(
                    Diagnostic::new(
                        Code::P02,
                        msg::xlsx_part_not_xml(name, crate::read::xml_errors::error(&e)),
                    )
                    .at(Span::at(0))
                    .help(msg::xlsx_save_again_help()),
                ));
            }
        }
        buf.clear();
    }
    Ok(())
}

/// Where the scan of a part is: in a sheet's data (`sheetData`), in a
/// shared string (`si`), and how many formulas it has met.
#[derive(Default)]
struct Inside {
    /// The depth of the open `sheetData` or `si`, when inside one.
    data: Option<usize>,
    string: Option<usize>,
    formulas: u64,
}

impl Inside {
    /// Counts an element that opens (`open`, at `depth`) or is empty: a
    /// `c` is a cell; any other element outside the sheets' data counts
    /// among the others (a shared string once, with its runs).
    fn element(
        &mut self,
        e: &quick_xml::events::BytesStart<'_>,
        open: bool,
        depth: usize,
        name: &str,
        held: &mut Held,
    ) -> Result<(), Box<Diagnostic>> {
        let local = e.local_name();
        let local = local.as_ref();
        if local == "c" {
            held.cells += 1;
            if held.cells > held.max {
                return Err(Box::new(too_many_cells(name, held.max)));
            }
            return Ok(());
        }
        if local == "f" {
            self.formula(e, name)?;
        }
        // The reader reserves room for as many strings as the table declares.
        if local == "sst"
            && attribute(e, "uniqueCount")
                .and_then(|v| v.parse::<u64>().ok())
                .is_some_and(|n| n > held.max as u64)
        {
            return Err(Box::new(too_many_others(name, held.max)));
        }
        let counted = self.string.is_none() && self.data.is_none();
        if open && local == "sheetData" {
            self.data = Some(depth);
        }
        if open && local == "si" && self.string.is_none() {
            self.string = Some(depth);
        }
        if counted {
            held.others += 1;
            if held.others > held.max {
                return Err(Box::new(too_many_others(name, held.max)));
            }
        }
        Ok(())
    }

    /// An element that closes at `depth`.
    fn close(&mut self, depth: usize) {
        if self.data == Some(depth) {
            self.data = None;
        }
        if self.string == Some(depth) {
            self.string = None;
        }
    }

    /// A formula: a shared one is numbered (`si`), and the reader keeps a
    /// table as long as the highest number: it must not be higher than the
    /// formulas of the part so far.
    fn formula(
        &mut self,
        e: &quick_xml::events::BytesStart<'_>,
        name: &str,
    ) -> Result<(), Box<Diagnostic>> {
        self.formulas += 1;
        match attribute(e, "si").and_then(|v| v.parse::<u64>().ok()) {
            Some(si) if si >= self.formulas => Err(Box::new(broken(
                msg::xlsx_reason_shared_formula(name, si.to_string(), self.formulas.to_string()),
            ))),
            _ => Ok(()),
        }
    }
}

/// The value of an attribute, by its local name, when it is plain text.
fn attribute(e: &quick_xml::events::BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .map(|a| a.value.into_owned())
}

/// P06 for a part nested too deep.
fn too_deep(name: &str) -> Diagnostic {
    Diagnostic::new(Code::P06, msg::xlsx_part_too_deep(name, MAX_XML_DEPTH))
        .at(Span::at(0))
        .help(msg::xlsx_part_too_deep_help())
}

/// P06 for a workbook with more cells than the limit.
fn too_many_cells(name: &str, max: usize) -> Diagnostic {
    Limit::Cells
        .exceeded(msg::xlsx_too_many_cells(max.to_string(), name))
        .at(Span::at(0))
}

/// P06 for a workbook with more XML elements besides its cells than the
/// limit of cells.
fn too_many_others(name: &str, max: usize) -> Diagnostic {
    Limit::Cells
        .exceeded(msg::xlsx_too_many_elements(max.to_string(), name))
        .at(Span::at(0))
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

/// P07 for a package that cannot be read, for `reason` (an
/// `xlsx-reason-*` message, or the words of a reader: [`zip_reason`]).
pub(crate) fn broken(reason: Msg) -> Diagnostic {
    Diagnostic::new(Code::P07, msg::xlsx_unreadable(reason))
        .at(Span::at(0))
        .help(msg::xlsx_unreadable_help())
}

/// [`broken`], said of the kind of package read.
fn broken_as(package: Package, reason: Msg) -> Diagnostic {
    match package {
        Package::Xlsx => broken(reason),
        Package::Ods => Diagnostic::new(Code::P07, msg::ods_unreadable(reason))
            .at(Span::at(0))
            .help(msg::xlsx_unreadable_help()),
    }
}

/// Why the ZIP reader cannot read an archive, in its words: its kind of
/// error, and the detail it gives (which fosx does not know) as it is.
pub(crate) fn zip_reason(e: &zip::result::ZipError) -> Msg {
    use zip::result::ZipError;
    match e {
        ZipError::Io(io) => msg::xlsx_zip_io(io.to_string()),
        ZipError::InvalidArchive(detail) => msg::xlsx_zip_invalid(detail.as_ref()),
        ZipError::UnsupportedArchive(detail) => msg::xlsx_zip_unsupported(*detail),
        ZipError::FileNotFound => msg::xlsx_zip_file_not_found(),
        ZipError::InvalidPassword => msg::xlsx_zip_password(),
        ZipError::CompressionMethodNotSupported(method) => msg::xlsx_zip_compression(*method),
        ZipError::DecompressedSizeLimitExceeded { size, limit } => {
            msg::xlsx_zip_size_limit(size.to_string(), limit.to_string())
        }
        ZipError::DecompressedSizeUnknown => msg::xlsx_zip_size_unknown(),
        #[allow(unreachable_patterns)]
        _ => msg::xlsx_zip_other(),
    }
}

/// P06 for a package whose parts inflate past the limit.
fn too_large(name: &str, budget: u64) -> Diagnostic {
    Limit::FileSize
        .exceeded(msg::xlsx_too_large(budget.to_string(), name))
        .at(Span::at(0))
}
