//! Business rules (R01–R15, R18 of `docs/spec/rules.md`): cross-field checks
//! the schemas cannot express.
//!
//! Rules read the document tree through typed accessors that yield nothing
//! for a missing or mistyped value, so they still run on the well-typed parts
//! of a document that has schema errors elsewhere.

mod dates;
mod entries;
mod envelope;

use crate::diag::{Code, Diagnostic};
use crate::i18n::{Msg, msg};
use crate::model::DocType;
use crate::tree::{Node, Span};
use crate::value::date::Date;

/// The date of FoS adoption: the earliest allowed `submissionDate` (R05).
pub const FOS_ADOPTION: Date = Date {
    year: 2018,
    month: 6,
    day: 1,
};

/// What the rules need besides the document.
pub(crate) struct Ctx<'a> {
    pub doc: &'a Node,
    pub doc_type: DocType,
    pub as_of: Date,
    pub out: &'a mut Vec<Diagnostic>,
}

impl Ctx<'_> {
    fn push(
        &mut self,
        code: Code,
        span: Span,
        path: impl Into<String>,
        message: Msg,
    ) -> &mut Diagnostic {
        self.out
            .push(Diagnostic::new(code, message).at(span).path(path));
        self.out.last_mut().expect("just pushed")
    }
}

/// The entries of a document, with their pointers.
pub(crate) fn entries(doc: &Node) -> impl Iterator<Item = (EntryAt, &Node)> + '_ {
    doc.get("entries")
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, e)| (EntryAt(i), e))
}

/// The JSON Pointer of an entry (`/entries/3`), written out only when a
/// diagnostic names it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EntryAt(pub(crate) usize);

impl std::fmt::Display for EntryAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "/entries/{}", self.0)
    }
}

/// A date at `key` of an object node, when present and valid.
pub(crate) fn date(node: &Node, key: &str) -> Option<(Date, Span)> {
    let n = node.get(key)?;
    Some((Date::parse(n.as_str()?).ok()?, n.span))
}

/// An integer at `key` of an object node, when present and an integer.
pub(crate) fn int(node: &Node, key: &str) -> Option<(i64, Span)> {
    let n = node.get(key)?;
    if crate::value::integer_form(n.number_text()?).is_err() {
        return None;
    }
    Some((n.as_int()?, n.span))
}

/// A string at `key`, with its span.
pub(crate) fn text<'n>(node: &'n Node, key: &str) -> Option<(&'n str, Span)> {
    let n = node.get(key)?;
    Some((n.as_str()?, n.span))
}

/// Runs every document-level rule on one document.
pub fn check_document(doc: &Node, doc_type: DocType, as_of: Date, out: &mut Vec<Diagnostic>) {
    let mut ctx = Ctx {
        doc,
        doc_type,
        as_of,
        out,
    };
    envelope::check(&mut ctx);
    dates::check(&mut ctx);
    entries::check(&mut ctx);
}

/// R01: `documentId` is unique within a file.
pub fn check_unique_ids(docs: &[Node], out: &mut Vec<Diagnostic>) {
    let mut first: std::collections::HashMap<&str, (usize, Span)> =
        std::collections::HashMap::new();
    for (i, doc) in docs.iter().enumerate() {
        let Some((id, span)) = text(doc, "documentId") else {
            continue;
        };
        match first.entry(id) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert((i, span));
            }
            std::collections::hash_map::Entry::Occupied(o) => {
                let (j, first_span) = *o.get();
                out.push(duplicate_id(id, i, span, j, first_span));
            }
        }
    }
}

/// R01: document `index` uses the documentId of document `first`.
pub(crate) fn duplicate_id(
    id: &str,
    index: usize,
    span: Span,
    first: usize,
    first_span: Span,
) -> Diagnostic {
    Diagnostic::new(Code::R01, msg::r01_duplicate_id(id, first))
        .at(span)
        .path("/documentId")
        .in_document(index)
        .related(first_span, msg::r01_first_used_here())
        .help(msg::r01_help())
}

/// Formats standard numbers as ranges: `1–3, 5, 7–9`.
pub(crate) fn ranges(numbers: &[i64]) -> String {
    let mut parts = Vec::new();
    let mut i = 0;
    while i < numbers.len() {
        let start = numbers[i];
        let mut end = start;
        while i + 1 < numbers.len() && numbers[i + 1] == end + 1 {
            i += 1;
            end = numbers[i];
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
        i += 1;
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn ranges_compress() {
        assert_eq!(super::ranges(&[1, 2, 3, 5, 7, 8]), "1–3, 5, 7–8");
        assert_eq!(super::ranges(&[]), "");
    }
}
