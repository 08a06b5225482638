//! Validation of documents: structure and types, lexical forms, business
//! rules, all in one pass, every problem reported.

mod conform;
pub use conform::conforms;
mod instance;
pub use instance::Tree;
pub mod lexical;
mod structure;

use crate::date::Date;
use crate::diag::{Code, Diagnostic};
use crate::model::DocType;
use crate::read::Parsed;
use crate::rules;
use crate::tree::Node;

/// Validates the documents of a parsed file; returns the read diagnostics
/// followed by everything validation found, in source order.
pub fn check_parsed(parsed: &Parsed, as_of: Date) -> Vec<Diagnostic> {
    let mut out = parsed.diagnostics.clone();
    let read_failed = out
        .iter()
        .any(|d| d.code.as_str().starts_with('P') && d.severity == crate::diag::Severity::Error);
    if !read_failed && parsed.documents.is_empty() && parsed.source.representation.is_some() {
        out.push(
            Diagnostic::new(Code::S09, "the file holds no document")
                .at(crate::tree::Span::at(0))
                .help("a collection holds at least one document"),
        );
    }
    for (index, doc) in parsed.documents.iter().enumerate() {
        if parsed.over_limit.contains(&index) {
            continue;
        }
        let mut found = Vec::new();
        check_document(doc, as_of, &mut found);
        out.extend(found.into_iter().map(|d| d.in_document(index)));
    }
    rules::check_unique_ids(&parsed.documents, &mut out);
    dedupe(&mut out);
    out.sort_by_key(|d| (d.span.map(|s| s.start), d.document, d.code));
    out
}

/// Validates one document, adding what it finds to `out`.
pub fn check_document(doc: &Node, as_of: Date, out: &mut Vec<Diagnostic>) {
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
    structure::check(doc, doc_type, out);
    if let Some(t) = doc_type {
        lexical::check(doc, t, out);
        rules::check_document(doc, t, as_of, out);
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

/// Removes repeats: the schema can report one problem through two paths (the
/// generic document definition and the type's own), and a number with a bad
/// lexical form may be caught both by the schema and by the lexical check.
/// One diagnostic per code and field is enough.
fn dedupe(diags: &mut Vec<Diagnostic>) {
    let mut seen = std::collections::HashSet::new();
    diags.retain(|d| {
        let span = if d.path.is_none() { d.span } else { None };
        seen.insert((d.code, d.document, d.path.clone(), span))
    });
}
