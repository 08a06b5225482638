//! Validation of documents: structure and types, lexical forms, business
//! rules, all in one pass, every problem reported.

pub(crate) mod advice;
mod conform;
mod csv_words;
mod dedupe;
mod file;
pub mod stream;
pub use crate::diag::Capped;
pub use conform::conforms;
pub use file::{CheckOptions, Checked, check_bytes, check_path, check_stream, unreadable};

/// Whether a document satisfies the published JSON Schema's definition of
/// a document (structure and types only: no lexical forms, no rules); what
/// [`conforms`], the quick path, is held to.
pub fn schema_accepts(doc: &Node) -> bool {
    schema_walk::accepts(doc)
}
pub(crate) mod lexical;
#[cfg(test)]
mod schema_oracle;
mod schema_walk;
mod structure;

use crate::diag::{Code, Diagnostic, Sink};
use crate::i18n::{Arg, Msg, msg};
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
pub(crate) fn check_parsed(
    parsed: &Parsed,
    as_of: Date,
    max_diagnostics: usize,
) -> Vec<Diagnostic> {
    let mut out = Capped::new(max_diagnostics);
    check_parsed_into(parsed, as_of, &mut out);
    out.finish()
}

/// [`check_parsed`], with the date order of the file's dates given (see
/// [`advice::Hints`]) instead of inferred from them.
pub(crate) fn check_parsed_with(
    parsed: &Parsed,
    as_of: Date,
    max_diagnostics: usize,
    date_order: Option<DateOrder>,
) -> Vec<Diagnostic> {
    let mut out = Capped::new(max_diagnostics);
    let hints = advice::Hints::of(&parsed.documents, date_order);
    check_parsed_hinted(parsed, as_of, &hints, &mut out, true);
    out.finish()
}

/// [`check_parsed`] into a capped set of diagnostics.
pub(crate) fn check_parsed_into(parsed: &Parsed, as_of: Date, out: &mut Capped) {
    let hints = advice::Hints::of(&parsed.documents, None);
    check_parsed_hinted(parsed, as_of, &hints, out, true);
}

/// [`check_parsed_into`] for one document of a file read alone (a big
/// collection's, see [`stream`]): a document that cannot be read is that
/// document's problem, and its text holding no document is not the file's.
pub(crate) fn check_part_into(parsed: &Parsed, as_of: Date, out: &mut Capped) {
    let hints = advice::Hints::of(&parsed.documents, None);
    check_parsed_hinted(parsed, as_of, &hints, out, false);
}

/// `whole`: `parsed` is a whole file (not one document of it read alone).
fn check_parsed_hinted(
    parsed: &Parsed,
    as_of: Date,
    hints: &advice::Hints<'_>,
    out: &mut Capped,
    whole: bool,
) {
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
    if whole
        && !read_failed
        && parsed.documents.is_empty()
        && parsed.source.representation.is_some()
    {
        file.push(match csv_header {
            Some(header) if !header.is_empty() => {
                Diagnostic::new(Code::S09, msg::check_header_without_data())
                    .at(parsed
                        .source
                        .csv
                        .as_ref()
                        .and_then(|c| c.cell(&parsed.source.text, None, 0))
                        .unwrap_or_default())
                    .help(msg::check_header_without_data_help())
            }
            _ => no_document().at(crate::tree::Span::at(0)),
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
        out.push(not_an_object(kind(doc)).at(doc.span).path(""));
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

/// What a JSON value is, for messages: "a boolean", "a list".
fn kind(node: &Node) -> Msg {
    use crate::tree::Value::*;
    match node.value {
        Null => msg::model_value_null(),
        Bool(_) => msg::model_value_boolean(),
        Number(_) => msg::model_value_number(),
        String(_) => msg::model_value_string(),
        Array(_) => msg::model_value_list(),
        Object(_) => msg::model_value_object(),
    }
}

/// A value as a message quotes it: a scalar's text ([`Node::display`]), or
/// what a list or an object is.
pub(crate) fn shown(node: &Node) -> Arg {
    use crate::tree::Value::*;
    match node.value {
        Array(_) | Object(_) => kind(node).into(),
        _ => node.display().into(),
    }
}

/// Names or codes as a list for a message (`a, b, c` in English), each
/// item marked as code where a language does so.
pub(crate) fn listed(items: &[&str]) -> Arg {
    let Some((last, before)) = items.split_last() else {
        return Arg::from("");
    };
    let mut list = msg::check_list_last(*last);
    for item in before.iter().rev() {
        list = msg::check_list_more(*item, list);
    }
    list.into()
}

/// S09: a file without a document (its place is given by the caller).
pub(crate) fn no_document() -> Diagnostic {
    Diagnostic::new(Code::S09, msg::check_no_document()).help(msg::check_no_document_help())
}

/// S09: a document that is not an object but `kind` (its place is given by
/// the caller).
pub(crate) fn not_an_object(kind: Msg) -> Diagnostic {
    Diagnostic::new(Code::S09, msg::check_document_not_object(kind))
        .help(msg::check_document_is_an_object())
}
