//! Canonical XML: `<?xml version="1.0" encoding="UTF-8"?>`, the default
//! namespace on the root element only, elements in dictionary order, 2-space
//! indent, LF line ends, final newline. One document is written as its
//! document element, several inside a `Submissions` element.

use super::{WriteError, doc_types, is_present, scalar_text};
use crate::model::{Field, Ty, xml_name};
use crate::read::xml::{COLLECTION, NAMESPACE};
use crate::tree::{Node, Value};

/// Writes one document, or several in a `Submissions` collection.
pub fn write_xml(docs: &[Node]) -> Result<String, WriteError> {
    let types = doc_types(docs)?;
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let xmlns = format!(" xmlns=\"{NAMESPACE}\"");
    match (docs, types.as_slice()) {
        ([doc], [t]) => element(&mut out, t.xml_root(), &xmlns, doc, t.fields(), 0),
        _ => {
            out.push_str(&format!("<{COLLECTION}{xmlns}>\n"));
            for (doc, t) in docs.iter().zip(&types) {
                element(&mut out, t.xml_root(), "", doc, t.fields(), 1);
            }
            out.push_str(&format!("</{COLLECTION}>\n"));
        }
    }
    Ok(out)
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("  ");
    }
}

/// Writes an object as an element holding its present fields.
fn element<'f>(
    out: &mut String,
    name: &str,
    attrs: &str,
    node: &Node,
    fields: impl Iterator<Item = &'f Field>,
    level: usize,
) {
    let present: Vec<(&Field, &Node)> = fields
        .filter_map(|f| node.get(f.key).filter(|n| is_present(n)).map(|n| (f, n)))
        .collect();
    indent(out, level);
    if present.is_empty() {
        out.push_str(&format!("<{name}{attrs}/>\n"));
        return;
    }
    out.push_str(&format!("<{name}{attrs}>\n"));
    for (field, child) in present {
        value(out, &xml_name(field.key), child, &field.ty, level + 1);
    }
    indent(out, level);
    out.push_str(&format!("</{name}>\n"));
}

fn value(out: &mut String, name: &str, node: &Node, ty: &Ty, level: usize) {
    match (ty, &node.value) {
        (Ty::Object(fields), _) => element(out, name, "", node, fields.iter(), level),
        (
            Ty::List {
                item, item_name, ..
            },
            Value::Array(items),
        ) => {
            let item_element = xml_name(item_name);
            indent(out, level);
            out.push_str(&format!("<{name}>\n"));
            for it in items {
                value(out, &item_element, it, item, level + 1);
            }
            indent(out, level);
            out.push_str(&format!("</{name}>\n"));
        }
        _ => {
            indent(out, level);
            out.push_str(&format!("<{name}>"));
            escape(out, &scalar_text(node, ty));
            out.push_str(&format!("</{name}>\n"));
        }
    }
}

/// Escapes text content. Characters XML cannot hold literally (control
/// characters, which valid text should not contain) are written as
/// character references so that nothing is lost.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                out.push_str(&format!("&#{};", u32::from(c)));
            }
            c => out.push(c),
        }
    }
}
