//! Reading files: detecting the representation, decoding the bytes, and
//! handing the text to the JSON, XML or CSV reader, which all produce the same
//! span-aware [`Node`] tree.

pub(crate) mod csv;
mod csv_sheet;
mod decode;
mod file;
pub mod json;
mod json_syntax;
#[cfg(feature = "xlsx")]
pub mod xlsx;
pub(crate) mod xml;
mod xml_errors;

pub(crate) use file::read_again;
pub use file::{read_file, read_stream};

/// How many of a file's first bytes [`not_text`] needs.
pub(crate) const TEXT_HEAD: usize = 512;

/// Whether the first bytes of a file (its first [`TEXT_HEAD`] are enough)
/// say it is no text fosx reads: an archive or office document, or UTF-16
/// without a byte order mark. Such a file is read whole, which reports it.
pub(crate) fn not_text(head: &[u8]) -> bool {
    decode::not_text_head(head)
}

use crate::diag::{Capped, Code, Diagnostic, LeftOut, Sink};
use crate::i18n::msg;
use crate::source::{Representation, SourceFile};
use crate::tree::{Node, Span};

/// Limits that bound the work and memory spent on one file.
///
/// Exceeding a limit gives a `P06` diagnostic naming it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file, in bytes.
    pub max_file_size: u64,
    /// Deepest nesting of objects and lists (a document needs 4; a collection 5).
    /// Values above 128 are treated as 128.
    pub max_depth: usize,
    /// Most documents in one file.
    pub max_documents: usize,
    /// Most entries in one document.
    pub max_entries: usize,
    /// Largest document, in bytes of the file (from its first to its last byte).
    pub max_document_size: usize,
    /// Longest text value, in bytes.
    pub max_text_len: usize,
    /// Longest line, in bytes.
    pub max_line_len: usize,
    /// Most diagnostics reported for one file; past it one more (P06) says
    /// how many were left out and of which codes.
    pub max_diagnostics: usize,
    /// XLSX: most cells a workbook may hold (every cell of its worksheets,
    /// empty or not), most other XML elements its parts may hold outside
    /// the sheets' data (shared strings, styles...), and most cells of the
    /// CSV form of its first worksheet (each row as wide as the header). A
    /// workbook is compressed: its size does not bound what it holds, so
    /// these are counted before anything is read.
    pub max_cells: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_size: 1 << 30,
            max_depth: 32,
            max_documents: 100_000,
            max_entries: 100_000,
            max_document_size: 16 << 20,
            max_text_len: 1 << 20,
            max_line_len: 16 << 20,
            max_diagnostics: 1000,
            max_cells: 1_000_000,
        }
    }
}

pub use crate::diag::Limit;

/// How to read a file.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// Force a representation instead of detecting it from the content.
    pub representation: Option<Representation>,
    /// Limits.
    pub limits: Limits,
}

/// A file after reading: its source, the documents found, and the problems
/// met while reading (P codes, and S08/S09/R16/R17 that only a reader sees).
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The decoded source.
    pub source: SourceFile,
    /// The documents, in file order.
    pub documents: Vec<Node>,
    /// Problems found while reading, in the order found: at most
    /// [`Limits::max_diagnostics`], the first in source order.
    pub diagnostics: Vec<Diagnostic>,
    /// The problems found past [`Limits::max_diagnostics`], counted and
    /// not made (see [`crate::diag::Capped`]).
    pub left_out: LeftOut,
    /// Indices of documents over a limit: reported (P06), not checked further.
    pub over_limit: Vec<usize>,
}

/// Detects the representation from the first non-whitespace character:
/// `{` or `[` is JSON, `<` is XML, anything else is CSV. `None` for blank text.
pub fn detect(text: &str) -> Option<Representation> {
    match text.trim_start().chars().next()? {
        '{' | '[' => Some(Representation::Json),
        '<' => Some(Representation::Xml),
        _ => Some(Representation::Csv),
    }
}

/// Reads one file's bytes into documents and diagnostics. Never panics on bad
/// input: every problem becomes a diagnostic.
pub fn read(name: &str, bytes: &[u8], options: &ReadOptions) -> Parsed {
    read_as(name, bytes, options, None)
}

/// [`read`]; CSV rows read as part of a file of type `csv_type` (see
/// [`csv::read_as`]).
pub(crate) fn read_as(
    name: &str,
    bytes: &[u8],
    options: &ReadOptions,
    csv_type: Option<crate::model::DocType>,
) -> Parsed {
    let mut diagnostics = Vec::new();
    if bytes.len() as u64 > options.limits.max_file_size {
        let source = SourceFile::new(name, String::new(), "unknown");
        diagnostics.push(file_too_large(
            bytes.len() as u64,
            options.limits.max_file_size,
        ));
        return Parsed {
            source,
            documents: Vec::new(),
            diagnostics,
            over_limit: Vec::new(),
            left_out: LeftOut::default(),
        };
    }
    let hint = options.representation;
    if let Some(parsed) = workbook(name, bytes, options) {
        return parsed;
    }
    let decoded = decode::decode(bytes, hint);
    let mut source = SourceFile::new(name, decoded.text, decoded.encoding);
    diagnostics.extend(decoded.diagnostics);
    if diagnostics
        .iter()
        .any(|d| d.severity == crate::diag::Severity::Error)
    {
        // An XML declaration that names the wrong encoding still says XML.
        if decoded.xml && hint.is_none_or(|r| r == Representation::Xml) {
            source.representation = Some(Representation::Xml);
        }
        return Parsed {
            source,
            documents: Vec::new(),
            diagnostics,
            over_limit: Vec::new(),
            left_out: LeftOut::default(),
        };
    }
    let Some(representation) = hint.or_else(|| detect(&source.text)) else {
        diagnostics.push(
            Diagnostic::new(Code::P07, msg::read_empty_file())
                .at(Span::at(0))
                .help(msg::read_empty_file_help()),
        );
        return Parsed {
            source,
            documents: Vec::new(),
            diagnostics,
            over_limit: Vec::new(),
            left_out: LeftOut::default(),
        };
    };
    source.representation = Some(representation);
    let text = std::sync::Arc::clone(&source.text);
    if let Some(d) = long_line(&text, options.limits.max_line_len) {
        diagnostics.push(d);
        return Parsed {
            source,
            documents: Vec::new(),
            diagnostics,
            over_limit: Vec::new(),
            left_out: LeftOut::default(),
        };
    }
    // What the readers find is capped as it is found: a flood of problems
    // costs counting them.
    let mut found = Capped::new(options.limits.max_diagnostics);
    for d in diagnostics {
        found.push(d);
    }
    let mut own = Vec::new();
    let documents = match representation {
        Representation::Json => json::read(&text, &options.limits, &mut own),
        Representation::Xml => xml::read(&text, &options.limits, &mut own),
        Representation::Csv | Representation::Xlsx => {
            let (docs, index) = csv::read_as(&text, &options.limits, &mut found, csv_type);
            source.csv = index;
            docs
        }
    };
    for d in own {
        found.push(d);
    }
    let over_limit = enforce_limits(&documents, &options.limits, &mut found);
    let (diagnostics, left_out) = found.into_parts();
    Parsed {
        source,
        documents,
        diagnostics,
        over_limit,
        left_out,
    }
}

/// P06 for the first line longer than `max`.
fn long_line(text: &str, max: usize) -> Option<Diagnostic> {
    if text.len() <= max {
        return None;
    }
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if line.len() > max {
            let mut at = start + max;
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            return Some(
                Limit::LineLength
                    .exceeded(msg::limit_line(max.to_string()))
                    .at(Span::new(at, at)),
            );
        }
        start += line.len();
    }
    None
}

/// Applies the limits that concern documents as a whole: size, entries and
/// text length. A document over a limit is reported (P06); the indices of
/// such documents are returned, so that they are not checked further.
fn enforce_limits(documents: &[Node], limits: &Limits, diags: &mut dyn Sink) -> Vec<usize> {
    let mut over = Vec::new();
    for (index, doc) in documents.iter().enumerate() {
        let ((lo, hi), long) = survey(doc, limits.max_text_len);
        let entries = doc.get("entries").map_or(0, |e| e.items().len());
        let problem = if hi.saturating_sub(lo) > limits.max_document_size {
            Some(document_too_large(index, hi - lo, limits, doc.span))
        } else if entries > limits.max_entries {
            Some(
                Limit::Entries
                    .exceeded(msg::limit_entries(
                        index,
                        entries,
                        limits.max_entries.to_string(),
                    ))
                    .at(doc.get("entries").map_or(doc.span, |e| e.span))
                    .path("/entries"),
            )
        } else {
            long.map(|(span, len)| {
                Limit::TextLength
                    .exceeded(msg::limit_text(
                        len.to_string(),
                        limits.max_text_len.to_string(),
                    ))
                    .at(span)
            })
        };
        if let Some(d) = problem {
            diags.push(d.in_document(index));
            over.push(index);
        }
    }
    over
}

/// P06 for document `index`, `size` bytes long in the file, over the limit.
pub(crate) fn document_too_large(
    index: usize,
    size: usize,
    limits: &Limits,
    at: Span,
) -> Diagnostic {
    Limit::DocumentSize
        .exceeded(msg::limit_document_size(
            index,
            size.to_string(),
            limits.max_document_size.to_string(),
        ))
        .at(at)
}

/// The first and last byte of the source a node covers.
pub(crate) fn extent(node: &Node) -> (usize, usize) {
    let (mut lo, mut hi) = (node.span.start, node.span.end);
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        lo = lo.min(n.span.start);
        hi = hi.max(n.span.end);
        match &n.value {
            crate::tree::Value::Object(m) => stack.extend(m.iter().map(|m| &m.node)),
            crate::tree::Value::Array(items) => stack.extend(items.iter()),
            _ => {}
        }
    }
    (lo, hi)
}

/// [`extent`], and the first string value longer than `max` bytes, in
/// one walk.
fn survey(node: &Node, max: usize) -> ((usize, usize), Option<(Span, usize)>) {
    let (mut lo, mut hi) = (node.span.start, node.span.end);
    let mut long = None;
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        lo = lo.min(n.span.start);
        hi = hi.max(n.span.end);
        match &n.value {
            crate::tree::Value::String(s) if s.len() > max && long.is_none() => {
                long = Some((n.span, s.len()));
            }
            crate::tree::Value::Object(m) => stack.extend(m.iter().map(|m| &m.node)),
            crate::tree::Value::Array(items) => stack.extend(items.iter()),
            _ => {}
        }
    }
    ((lo, hi), long)
}

/// P06 for a file over the size limit.
pub fn file_too_large(size: u64, limit: u64) -> Diagnostic {
    Limit::FileSize.exceeded(msg::limit_file_size(size.to_string(), limit.to_string()))
}

/// Builds the node of a scalar written as text (XML element text, CSV cell),
/// typed by the dictionary: numbers whose text has the form of a number become
/// numbers (their exact text kept; the lexical check judges the details),
/// `true`/`false` become booleans (`lenient_bool`: also `TRUE`/`True`/`FALSE`/
/// `False`, as CSV allows), everything else stays a string so that the schema
/// reports a wrong type (S03) at this span. Values of all types but text are
/// trimmed of surrounding whitespace (XML: space, tab, CR, LF; CSV: any
/// Unicode whitespace); text is kept exactly.
pub(crate) fn typed_leaf(
    text: &str,
    ty: Option<&crate::model::Ty>,
    span: Span,
    lenient_bool: bool,
) -> Node {
    use crate::model::Ty;
    use crate::tree::Value;
    // XML trims only its own whitespace (as XSD does); a CSV cell from a
    // spreadsheet may also carry other spaces (no-break space).
    let trimmed = if lenient_bool {
        text.trim()
    } else {
        text.trim_matches(|c| matches!(c, ' ' | '\t' | '\r' | '\n'))
    };
    let value = match ty {
        // Text, and a phone number ("text matching" its pattern), are kept exactly.
        Some(Ty::Text | Ty::LongText | Ty::Phone) | None => Value::String(text.to_string()),
        Some(Ty::Integer { .. } | Ty::Decimal { .. }) if looks_numeric(trimmed) => {
            Value::Number(trimmed.to_string())
        }
        Some(Ty::Boolean) => match trimmed {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "TRUE" | "True" if lenient_bool => Value::Bool(true),
            "FALSE" | "False" if lenient_bool => Value::Bool(false),
            _ => Value::String(trimmed.to_string()),
        },
        Some(_) => Value::String(trimmed.to_string()),
    };
    Node::new(value, span)
}

/// Whether text has the general form of a JSON number (sign, digits, fraction,
/// exponent); the exact rules are checked later with a precise message.
fn looks_numeric(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.iter().any(u8::is_ascii_digit)
        && b.iter()
            .all(|c| matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
        && (b[0].is_ascii_digit() || (b[0] == b'-' && b.len() > 1))
}

/// The result of reading a file given as a workbook that is none (or that
/// this build cannot read): no documents, one diagnostic.
fn not_a_workbook(name: &str, diagnostic: Diagnostic) -> Parsed {
    let mut source = SourceFile::new(name, String::new(), "unknown");
    source.representation = Some(Representation::Xlsx);
    Parsed {
        source,
        documents: Vec::new(),
        diagnostics: vec![diagnostic],
        over_limit: Vec::new(),
        left_out: LeftOut::default(),
    }
}

/// The result of reading a workbook, when the bytes are one or were given
/// as one (`None`: they are to be read as text).
fn workbook(name: &str, bytes: &[u8], options: &ReadOptions) -> Option<Parsed> {
    let hint = options.representation;
    // A workbook is known by its content: a ZIP archive with
    // xl/workbook.xml, or an ODF package whose mimetype says spreadsheet.
    #[cfg(feature = "xlsx")]
    if hint.is_none_or(|r| r == Representation::Xlsx)
        && let Some(book) = xlsx::book(bytes)
    {
        return Some(xlsx::read(name, bytes, options, book));
    }
    // Without the `xlsx` feature, a ZIP archive or a compound file (what
    // .xlsx, .ods and .xls workbooks are) is a workbook this build cannot read.
    #[cfg(not(feature = "xlsx"))]
    if hint.is_none_or(|r| r == Representation::Xlsx)
        && (bytes.starts_with(b"PK\x03\x04")
            || bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
    {
        return Some(not_a_workbook(
            name,
            Diagnostic::new(Code::P07, msg::xlsx_not_built())
                .at(Span::at(0))
                .help(msg::xlsx_not_built_help()),
        ));
    }
    if hint == Some(Representation::Xlsx) {
        return Some(not_a_workbook(
            name,
            Diagnostic::new(Code::P07, msg::xlsx_not_a_workbook())
                .at(Span::at(0))
                .help(msg::xlsx_not_a_workbook_help()),
        ));
    }
    None
}
