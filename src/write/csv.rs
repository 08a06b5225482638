//! Canonical CSV: a header with every column of the document type in
//! dictionary order, comma delimiter, quotes only where needed, CRLF line
//! ends, UTF-8 (with a BOM only on request), one row per entry with the
//! document's fields repeated, lists joined with `;`.

use super::{WriteError, WriteOptions, doc_types, is_present, scalar_text};
use crate::model::Ty;
use crate::model::columns;
use crate::tree::{Node, Value};

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
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if options.csv_formula_guard && formula && matches!(value.value, Value::String(_)) {
        format!("'{text}")
    } else {
        text
    }
}
