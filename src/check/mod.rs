//! Validation of documents: structure and types, lexical forms, business
//! rules, all in one pass, every problem reported.

pub mod advice;
mod conform;
mod csv_words;
mod dedupe;
mod file;
pub mod stream;
pub use conform::conforms;
pub use file::{CheckOptions, Checked, check_bytes, check_path, check_stream, unreadable};
mod instance;
pub use crate::diag::Capped;
pub use instance::{Tree, document_validator};
pub mod lexical;
mod structure;
mod window;

use crate::diag::{Code, Diagnostic, Sink};
use crate::model::DocType;
use crate::read::Parsed;
use crate::rules;
use crate::sheet::dates::DateOrder;
use crate::tree::Node;
use crate::value::date::Date;
use dedupe::{Deduped, dedupe};
use std::collections::HashMap;

/// Validates the documents of a parsed file; returns the read diagnostics
/// followed by everything validation found, in source order, at most
/// `max_diagnostics` of them and then one that says how many more were found
/// (see [`Capped`]). Each document's diagnostics are capped as soon as it is
/// checked, so that what is held stays proportional to the cap.
pub fn check_parsed(parsed: &Parsed, as_of: Date, max_diagnostics: usize) -> Vec<Diagnostic> {
    let mut out = Capped::new(max_diagnostics);
    check_parsed_into(parsed, as_of, &mut out);
    out.finish()
}

/// [`check_parsed`], with the date order of the file's dates given (see
/// [`advice::Hints`]) instead of inferred from them.
pub fn check_parsed_with(
    parsed: &Parsed,
    as_of: Date,
    max_diagnostics: usize,
    date_order: Option<DateOrder>,
) -> Vec<Diagnostic> {
    let mut out = Capped::new(max_diagnostics);
    let hints = advice::Hints::of(&parsed.documents, date_order);
    check_parsed_hinted(parsed, as_of, &hints, &mut out);
    out.finish()
}

/// [`check_parsed`] into a capped set of diagnostics.
pub fn check_parsed_into(parsed: &Parsed, as_of: Date, out: &mut Capped) {
    let hints = advice::Hints::of(&parsed.documents, None);
    check_parsed_hinted(parsed, as_of, &hints, out);
}

fn check_parsed_hinted(parsed: &Parsed, as_of: Date, hints: &advice::Hints<'_>, out: &mut Capped) {
    let read_failed =
        parsed.diagnostics.iter().any(|d| {
            d.code.as_str().starts_with('P') && d.severity == crate::diag::Severity::Error
        }) || parsed.left_out.has_read_error();
    // What the reader left out past the cap is counted with the rest.
    out.absorb_left_out(parsed.left_out.clone(), None);
    // The read diagnostics of each document go with that document's own, so
    // that a repeat (see [`dedupe`]) is found among them.
    let mut by_document: HashMap<usize, Vec<Diagnostic>> = HashMap::new();
    let mut file = Vec::new();
    for d in &parsed.diagnostics {
        match d.document {
            Some(i) if i < parsed.documents.len() => {
                by_document.entry(i).or_default().push(d.clone())
            }
            _ => file.push(d.clone()),
        }
    }
    let csv_header = parsed.source.csv.as_ref().map(|c| &c.header);
    let header_names: Option<std::collections::HashSet<&str>> =
        csv_header.map(|h| h.named().map(|(_, name)| name).collect());
    if !read_failed && parsed.documents.is_empty() && parsed.source.representation.is_some() {
        file.push(match csv_header {
            Some(header) if !header.is_empty() => Diagnostic::new(
                Code::S09,
                "the file has a header row but no row of data",
            )
            .at(parsed.source.csv.as_ref().and_then(|c| c.cell(&parsed.source.text, None, 0)).unwrap_or_default())
            .help("fill in a row below the header, one row per entry, starting with `schemaVersion`, `documentType` and `documentId`"),
            _ => Diagnostic::new(Code::S09, "the file holds no document")
                .at(crate::tree::Span::at(0))
                .help("a collection holds at least one document"),
        });
    }
    for d in dedupe(file) {
        out.push(d);
    }
    for (index, doc) in parsed.documents.iter().enumerate() {
        let mut found = Deduped::new(index, out);
        for d in by_document.remove(&index).unwrap_or_default() {
            found.push(d);
        }
        if parsed.over_limit.contains(&index) {
            continue;
        }
        match &header_names {
            Some(header) => {
                let doc_type = doc.str_of("documentType").and_then(DocType::from_code);
                let mut words = csv_words::CsvWords {
                    out: &mut found,
                    header,
                    doc_type,
                };
                check_document_hinted(doc, as_of, hints, &mut words);
            }
            None => check_document_hinted(doc, as_of, hints, &mut found),
        }
    }
    let mut ids = Vec::new();
    rules::check_unique_ids(&parsed.documents, &mut ids);
    for d in dedupe(ids) {
        out.push(d);
    }
}

/// Validates one document, adding what it finds to `out`.
pub fn check_document(doc: &Node, as_of: Date, out: &mut dyn Sink) {
    let hints = advice::Hints::of(std::slice::from_ref(doc), None);
    check_document_hinted(doc, as_of, &hints, out);
}

/// [`check_document`] with the hints of the whole file.
fn check_document_hinted(doc: &Node, as_of: Date, hints: &advice::Hints<'_>, out: &mut dyn Sink) {
    if !matches!(doc.value, crate::tree::Value::Object(_)) {
        out.push(
            Diagnostic::new(
                Code::S09,
                format!("a document must be an object, not {}", kind(doc)),
            )
            .at(doc.span)
            .path("")
            .help("a document is an object with schemaVersion, documentType and the other fields"),
        );
        return;
    }
    let doc_type = doc.str_of("documentType").and_then(DocType::from_code);
    let out = &mut advice::Advising::new(doc, doc_type, hints, out);
    structure::check(doc, doc_type, out);
    if let Some(t) = doc_type {
        lexical::check(doc, t, out);
        let mut ruled = Vec::new();
        rules::check_document(doc, t, as_of, &mut ruled);
        for d in ruled {
            out.push(d);
        }
    }
}

fn kind(node: &Node) -> &'static str {
    use crate::tree::Value::*;
    match node.value {
        Null => "null",
        Bool(_) => "a boolean",
        Number(_) => "a number",
        String(_) => "a string",
        Array(_) => "a list",
        Object(_) => "an object",
    }
}
