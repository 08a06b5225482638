//! Reading files: detecting the representation, decoding the bytes, and
//! handing the text to the JSON, XML or CSV reader, which all produce the same
//! span-aware [`Node`] tree.

pub mod csv;
mod decode;
pub mod json;
pub mod xml;

use crate::diag::{Code, Diagnostic};
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
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_size: 1 << 30,
            max_depth: 32,
            max_documents: 100_000,
            max_entries: 100_000,
        }
    }
}

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
    /// Problems found while reading.
    pub diagnostics: Vec<Diagnostic>,
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
        };
    }
    let hint = options.representation;
    let decoded = decode::decode(bytes, hint);
    let mut source = SourceFile::new(name, decoded.text, decoded.encoding);
    diagnostics.extend(decoded.diagnostics);
    if diagnostics
        .iter()
        .any(|d| d.severity == crate::diag::Severity::Error)
    {
        return Parsed {
            source,
            documents: Vec::new(),
            diagnostics,
        };
    }
    let Some(representation) = hint.or_else(|| detect(&source.text)) else {
        diagnostics.push(
            Diagnostic::new(Code::P07, "the file is empty")
                .at(Span::at(0))
                .help("a submission is a JSON object, an XML document or a CSV file with a header row"),
        );
        return Parsed {
            source,
            documents: Vec::new(),
            diagnostics,
        };
    };
    source.representation = Some(representation);
    let text = source.text.clone();
    let documents = match representation {
        Representation::Json => json::read(&text, &options.limits, &mut diagnostics),
        Representation::Xml => xml::read(&text, &options.limits, &mut diagnostics),
        Representation::Csv => {
            let (docs, index) = csv::read(&text, &options.limits, &mut diagnostics);
            source.csv = index;
            docs
        }
    };
    Parsed {
        source,
        documents,
        diagnostics,
    }
}

/// P06 for a file over the size limit.
pub fn file_too_large(size: u64, limit: u64) -> Diagnostic {
    Diagnostic::new(
        Code::P06,
        format!("the file is {size} bytes, more than the limit of {limit} bytes"),
    )
    .help("raise the limit with --max-file-size if the file is genuine")
}

/// Builds the node of a scalar written as text (XML element text, CSV cell),
/// typed by the dictionary: numbers whose text has the form of a number become
/// numbers (their exact text kept; the lexical check judges the details),
/// `true`/`false` become booleans (`lenient_bool`: also `TRUE`/`True`/`FALSE`/
/// `False`, as CSV allows), everything else stays a string so that the schema
/// reports a wrong type (S03) at this span. Values of all types but text are
/// trimmed of surrounding whitespace; text is kept exactly.
#[allow(dead_code)] // used by the XML and CSV readers
pub(crate) fn typed_leaf(
    text: &str,
    ty: Option<&crate::model::Ty>,
    span: Span,
    lenient_bool: bool,
) -> Node {
    use crate::model::Ty;
    use crate::tree::Value;
    let trimmed = text.trim();
    let value = match ty {
        Some(Ty::Text | Ty::LongText) | None => Value::String(text.to_string()),
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
#[allow(dead_code)]
fn looks_numeric(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.iter().any(u8::is_ascii_digit)
        && b.iter()
            .all(|c| matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
        && (b[0].is_ascii_digit() || (b[0] == b'-' && b.len() > 1))
}
