//! Canonical JSON: keys in dictionary order, 2-space indent, UTF-8 without
//! BOM, final newline, numbers in canonical decimal form.

use super::{WriteError, doc_types, is_present, scalar_text};
use crate::model::{Field, Ty};
use crate::tree::{Node, Value};
use std::fmt::Write;

/// Writes one document as an object, several as an array.
pub fn write_json(docs: &[Node]) -> Result<String, WriteError> {
    let types = doc_types(docs)?;
    let mut out = String::new();
    if docs.len() == 1 {
        object(&mut out, &docs[0], types[0].fields(), 0);
    } else {
        out.push_str("[\n");
        for (i, (doc, t)) in docs.iter().zip(&types).enumerate() {
            indent(&mut out, 1);
            object(&mut out, doc, t.fields(), 1);
            out.push_str(if i + 1 < docs.len() { ",\n" } else { "\n" });
        }
        out.push(']');
    }
    out.push('\n');
    Ok(out)
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("  ");
    }
}

fn object<'f>(
    out: &mut String,
    node: &Node,
    fields: impl Iterator<Item = &'f Field>,
    level: usize,
) {
    let present: Vec<(&Field, &Node)> = fields
        .filter_map(|f| node.get(f.key).filter(|n| is_present(n)).map(|n| (f, n)))
        .collect();
    out.push('{');
    for (i, (field, child)) in present.iter().enumerate() {
        out.push('\n');
        indent(out, level + 1);
        string(out, field.key);
        out.push_str(": ");
        value(out, child, &field.ty, level + 1);
        if i + 1 < present.len() {
            out.push(',');
        }
    }
    if !present.is_empty() {
        out.push('\n');
        indent(out, level);
    }
    out.push('}');
}

fn value(out: &mut String, node: &Node, ty: &Ty, level: usize) {
    match (ty, &node.value) {
        (Ty::Object(fields), _) => object(out, node, fields.iter(), level),
        (Ty::List { item, .. }, Value::Array(items)) => {
            out.push('[');
            for (i, it) in items.iter().enumerate() {
                out.push('\n');
                indent(out, level + 1);
                value(out, it, item, level + 1);
                if i + 1 < items.len() {
                    out.push(',');
                }
            }
            out.push('\n');
            indent(out, level);
            out.push(']');
        }
        (_, Value::String(s)) => string(out, s),
        _ => {
            let _ = write!(out, "{}", scalar_text(node, ty));
        }
    }
}

fn string(out: &mut String, s: &str) {
    out.push_str(&serde_json::to_string(s).expect("a string serialises"));
}
