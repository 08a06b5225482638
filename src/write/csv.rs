//! Canonical CSV: a header with every column of the document type in
//! dictionary order, comma delimiter, quotes only where needed, CRLF line
//! ends, UTF-8 (with a BOM only on request), one row per entry with the
//! document's fields repeated, lists joined with `;`. With
//! `csv_formula_guard`, every cell goes through [`formula_guard`] (the file
//! is then for spreadsheet programs, not canonical).

use super::{WriteError, WriteOptions, doc_types, is_present, scalar_text};
use crate::model::Ty;
use crate::model::columns;
use crate::tree::{Node, Value};
use std::borrow::Cow;

/// Writes documents of one type as CSV, one row per entry.
pub fn write_csv(docs: &[Node], options: &WriteOptions) -> Result<String, WriteError> {
    let types = doc_types(docs)?;
    let Some(&doc_type) = types.first() else {
        return Err(WriteError::Empty);
    };
    if types.iter().any(|&t| t != doc_type) {
        let mut names: Vec<&str> = types.iter().map(|t| t.code()).collect();
        names.sort_unstable();
        names.dedup();
        return Err(WriteError::MixedTypes(names.join(", ")));
    }
    let cols = columns(doc_type);
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Necessary)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut rows: Vec<Vec<String>> = vec![cols.iter().map(|c| c.name.clone()).collect()];
    for doc in docs {
        let doc_cells: Vec<String> = cols
            .iter()
            .map(|c| {
                if c.entry {
                    String::new()
                } else {
                    cell(doc, &c.keys, c.ty, options)
                }
            })
            .collect();
        let entries = doc.get("entries").map(Node::items).unwrap_or_default();
        if entries.is_empty() {
            rows.push(doc_cells);
            continue;
        }
        for entry in entries {
            rows.push(
                cols.iter()
                    .zip(&doc_cells)
                    .map(|(c, d)| {
                        if c.entry {
                            cell(entry, c.inner_keys(), c.ty, options)
                        } else {
                            d.clone()
                        }
                    })
                    .collect(),
            );
        }
    }
    for row in &rows {
        // Writing to memory cannot fail.
        writer.write_record(row).expect("writing CSV to memory");
    }
    let bytes = writer.into_inner().expect("flushing CSV to memory");
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Ok(if options.csv_bom {
        format!("\u{FEFF}{text}")
    } else {
        text
    })
}

/// The text of the cell for the field at `keys` below `node`: empty when
/// absent, list items joined with `;`, scalars in canonical form.
fn cell(node: &Node, keys: &[&str], ty: &Ty, options: &WriteOptions) -> String {
    let Some(value) = keys.iter().try_fold(node, |n, k| n.get(k)) else {
        return String::new();
    };
    if !is_present(value) {
        return String::new();
    }
    let text = match (ty, &value.value) {
        (Ty::List { item, .. }, Value::Array(items)) => items
            .iter()
            .map(|i| scalar_text(i, item))
            .collect::<Vec<_>>()
            .join(";"),
        _ => scalar_text(value, ty),
    };
    if options.csv_formula_guard {
        formula_guard(&text).into_owned()
    } else {
        text
    }
}

/// The first characters that make a spreadsheet program take a cell as a
/// formula, as OWASP lists them (`=`, `+`, `-`, `@`, TAB, CR), with LF (a
/// line end, as CR) and the full-width `＝`, `＋`, `－`, `＠`, which some
/// programs read as the ASCII ones.
pub const FORMULA_STARTS: [char; 11] = [
    '=', '+', '-', '@', '\t', '\r', '\n', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
];

/// A cell of a CSV file for people: text starting with one of
/// [`FORMULA_STARTS`] gets a leading `'`, so that a spreadsheet program
/// shows it as text and never runs it as a formula. A plain number (`-12`,
/// `+3.5`: a sign, digits, maybe a point and digits) stays as it is: a
/// spreadsheet reads it as that number.
///
/// ```
/// use fosx::write::formula_guard;
/// assert_eq!(formula_guard("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
/// assert_eq!(formula_guard("\t=1+2"), "'\t=1+2");
/// assert_eq!(formula_guard("\u{FF1D}1+2"), "'\u{FF1D}1+2");
/// assert_eq!(formula_guard("-1+2"), "'-1+2");
/// assert_eq!(formula_guard("-12"), "-12");
/// assert_eq!(formula_guard("+3.5"), "+3.5");
/// assert_eq!(formula_guard("Kenya"), "Kenya");
/// ```
pub fn formula_guard(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) && !is_plain_number(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// `-12`, `+3.5`: a sign, digits, and maybe a point followed by digits.
fn is_plain_number(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && digits(fraction)
}
