//! Non-canonical spellings of the same documents: "converting anything to
//! JSON gives byte-identical canonical JSON whichever representation it came
//! from" (`representations.md`), for every liberty the specification grants
//! a writer:
//!
//! - JSON: any key order, no indentation or CRLF, `\uXXXX` escapes (also
//!   surrogate pairs), `\/`, a BOM, UTF-16, empty optional objects and lists,
//!   trailing fractional zeros;
//! - XML: any element order, comments and processing instructions, CDATA,
//!   character references, a namespace prefix, `xsi:schemaLocation`, spaces
//!   around non-text values, empty elements, CRLF, UTF-16;
//! - CSV: any column order, `;` or tab delimiter, every cell quoted, LF, a
//!   BOM, blank lines, the rows of several documents interleaved, spaces
//!   around non-text cells and list items, `TRUE`/`True`, UTF-16.

use fosx::model::{DocType, Field, Ty, xml_name};
use fosx::tree::{Node, Value};
use proptest::prelude::*;

/// How to spell a file.
#[derive(Debug, Clone)]
pub enum Style {
    /// JSON.
    Json(JsonStyle),
    /// XML.
    Xml(XmlStyle),
    /// CSV.
    Csv(CsvStyle),
}

/// Liberties of a JSON writer.
#[derive(Debug, Clone)]
pub struct JsonStyle {
    reverse: bool,
    minify: bool,
    crlf: bool,
    escape_non_ascii: bool,
    escape_slash: bool,
    bom: bool,
    utf16: bool,
}

/// Liberties of an XML writer.
#[derive(Debug, Clone)]
pub struct XmlStyle {
    reverse: bool,
    comments: bool,
    cdata: bool,
    char_refs: bool,
    prefix: bool,
    schema_location: bool,
    pad: bool,
    crlf: bool,
    utf16: bool,
}

/// Liberties of a CSV writer.
#[derive(Debug, Clone)]
pub struct CsvStyle {
    column_seed: u64,
    delimiter: u8,
    quote_all: bool,
    lf: bool,
    bom: bool,
    blank_lines: bool,
    interleave: bool,
    pad: bool,
    bool_case: u8,
    utf16: bool,
}

/// Any style of any representation (CSV only when `csv`).
pub fn style(csv: bool) -> BoxedStrategy<Style> {
    let json = any::<[bool; 7]>().prop_map(|b| {
        Style::Json(JsonStyle {
            reverse: b[0],
            minify: b[1],
            crlf: b[2],
            escape_non_ascii: b[3],
            escape_slash: b[4],
            bom: b[5],
            utf16: b[6] && b[5],
        })
    });
    let xml = any::<[bool; 9]>().prop_map(|b| {
        Style::Xml(XmlStyle {
            reverse: b[0],
            comments: b[1],
            cdata: b[2],
            char_refs: b[3] && !b[2],
            prefix: b[4],
            schema_location: b[5],
            pad: b[6],
            crlf: b[7],
            utf16: b[8] && b[7],
        })
    });
    let csv_style = (
        any::<u64>(),
        prop::sample::select(&[b',', b';', b'\t'][..]),
        any::<[bool; 8]>(),
        0u8..3,
    )
        .prop_map(|(column_seed, delimiter, b, bool_case)| {
            Style::Csv(CsvStyle {
                column_seed,
                delimiter,
                quote_all: b[0],
                lf: b[1],
                bom: b[2],
                blank_lines: b[3],
                interleave: b[4],
                pad: b[5],
                bool_case,
                utf16: b[6] && b[7],
            })
        });
    if csv {
        prop_oneof![json, xml, csv_style].boxed()
    } else {
        prop_oneof![json, xml].boxed()
    }
}

/// Writes documents in a style.
pub fn write(docs: &[Node], style: &Style) -> Vec<u8> {
    match style {
        Style::Json(s) => json(docs, s),
        Style::Xml(s) => xml(docs, s),
        Style::Csv(s) => csv(docs, s),
    }
}

fn doc_type(doc: &Node) -> DocType {
    doc.str_of("documentType")
        .and_then(DocType::from_code)
        .expect("a generated document has a type")
}

/// The text of a scalar as it is in the tree (numbers not canonicalised).
fn scalar(node: &Node) -> String {
    match &node.value {
        Value::Number(n) => n.clone(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => s.clone(),
        _ => String::new(),
    }
}

fn utf16(text: &str) -> Vec<u8> {
    let mut out = vec![0xff, 0xfe];
    for unit in text.encode_utf16() {
        out.extend(unit.to_le_bytes());
    }
    out
}

/// The present fields of an object, in dictionary order or reversed.
fn present(
    node: &Node,
    fields: impl Iterator<Item = &'static Field>,
    reverse: bool,
) -> Vec<(&'static Field, &Node)> {
    let mut out: Vec<_> = fields
        .filter_map(|f| node.get(f.key).map(|n| (f, n)))
        .collect();
    if reverse {
        out.reverse();
    }
    out
}

// ----- JSON -----------------------------------------------------------------

fn json(docs: &[Node], s: &JsonStyle) -> Vec<u8> {
    let mut out = String::new();
    let nl = if s.minify { "" } else { "\n" };
    if let [doc] = docs {
        json_object(&mut out, doc, doc_type(doc).fields(), s, 0);
    } else {
        out.push('[');
        for (i, doc) in docs.iter().enumerate() {
            out.push_str(nl);
            json_object(&mut out, doc, doc_type(doc).fields(), s, 1);
            if i + 1 < docs.len() {
                out.push(',');
            }
        }
        out.push_str(nl);
        out.push(']');
    }
    out.push_str(nl);
    if s.crlf {
        // Only whitespace outside strings holds LF (strings escape it).
        out = out.replace('\n', "\r\n");
    }
    if s.utf16 {
        return utf16(&out);
    }
    let bom = if s.bom { "\u{feff}" } else { "" };
    format!("{bom}{out}").into_bytes()
}

fn json_object(
    out: &mut String,
    node: &Node,
    fields: impl Iterator<Item = &'static Field>,
    s: &JsonStyle,
    level: usize,
) {
    let pad = |level: usize| {
        if s.minify {
            String::new()
        } else {
            "  ".repeat(level)
        }
    };
    out.push('{');
    let members = present(node, fields, s.reverse);
    for (i, (field, child)) in members.iter().enumerate() {
        if !s.minify {
            out.push('\n');
        }
        out.push_str(&pad(level + 1));
        json_string(out, field.key, s);
        out.push_str(if s.minify { ":" } else { ": " });
        json_value(out, child, &field.ty, s, level + 1);
        if i + 1 < members.len() {
            out.push(',');
        }
    }
    if !members.is_empty() && !s.minify {
        out.push('\n');
        out.push_str(&pad(level));
    }
    out.push('}');
}

fn json_value(out: &mut String, node: &Node, ty: &'static Ty, s: &JsonStyle, level: usize) {
    match (ty, &node.value) {
        (Ty::Object(fields), _) => json_object(out, node, fields.iter(), s, level),
        (Ty::List { item, .. }, Value::Array(items)) => {
            out.push('[');
            for (i, it) in items.iter().enumerate() {
                json_value(out, it, item, s, level + 1);
                if i + 1 < items.len() {
                    out.push(',');
                }
            }
            out.push(']');
        }
        (_, Value::String(text)) => json_string(out, text, s),
        _ => out.push_str(&scalar(node)),
    }
}

fn json_string(out: &mut String, text: &str, s: &JsonStyle) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '/' if s.escape_slash => out.push_str("\\/"),
            c if (c as u32) < 0x20 || (s.escape_non_ascii && !c.is_ascii()) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

// ----- XML ------------------------------------------------------------------

const NS: &str = "urn:fosx:1";

fn xml(docs: &[Node], s: &XmlStyle) -> Vec<u8> {
    let encoding = if s.utf16 { "UTF-16" } else { "UTF-8" };
    let mut out = format!("<?xml version=\"1.0\" encoding=\"{encoding}\"?>\n");
    if s.comments {
        out.push_str("<!-- generated -->\n<?fosx test?>\n");
    }
    let mut attrs = if s.prefix {
        format!(" xmlns:f=\"{NS}\"")
    } else {
        format!(" xmlns=\"{NS}\"")
    };
    if s.schema_location {
        attrs.push_str(&format!(
            " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"{NS} fosx.xsd\""
        ));
    }
    if let [doc] = docs {
        let t = doc_type(doc);
        xml_element(&mut out, t.xml_root(), &attrs, doc, t.fields(), s, 0);
    } else {
        let name = qname("Submissions", s);
        out.push_str(&format!("<{name}{attrs}>\n"));
        for doc in docs {
            let t = doc_type(doc);
            xml_element(&mut out, t.xml_root(), "", doc, t.fields(), s, 1);
        }
        out.push_str(&format!("</{name}>\n"));
    }
    if s.crlf {
        // Also LF inside text: the reader turns CRLF back into LF.
        out = out.replace('\n', "\r\n");
    }
    if s.utf16 {
        utf16(&out)
    } else {
        out.into_bytes()
    }
}

fn qname(name: &str, s: &XmlStyle) -> String {
    if s.prefix {
        format!("f:{name}")
    } else {
        name.to_string()
    }
}

fn xml_element(
    out: &mut String,
    name: &str,
    attrs: &str,
    node: &Node,
    fields: impl Iterator<Item = &'static Field>,
    s: &XmlStyle,
    level: usize,
) {
    let name = qname(name, s);
    let indent = "  ".repeat(level);
    let members = present(node, fields, s.reverse);
    if members.is_empty() {
        out.push_str(&format!("{indent}<{name}{attrs}/>\n"));
        return;
    }
    out.push_str(&format!("{indent}<{name}{attrs}>\n"));
    for (field, child) in members {
        if s.comments {
            out.push_str(&format!("{indent}  <!-- {} -->\n", field.key));
        }
        xml_value(out, &xml_name(field.key), child, &field.ty, s, level + 1);
    }
    out.push_str(&format!("{indent}</{name}>\n"));
}

fn xml_value(
    out: &mut String,
    name: &str,
    node: &Node,
    ty: &'static Ty,
    s: &XmlStyle,
    level: usize,
) {
    let indent = "  ".repeat(level);
    match (ty, &node.value) {
        (Ty::Object(fields), _) => xml_element(out, name, "", node, fields.iter(), s, level),
        (
            Ty::List {
                item, item_name, ..
            },
            Value::Array(items),
        ) => {
            let name = qname(name, s);
            if items.is_empty() {
                out.push_str(&format!("{indent}<{name}></{name}>\n"));
                return;
            }
            out.push_str(&format!("{indent}<{name}>\n"));
            for it in items {
                xml_value(out, &xml_name(item_name), it, item, s, level + 1);
            }
            out.push_str(&format!("{indent}</{name}>\n"));
        }
        _ => {
            let name = qname(name, s);
            let text = scalar(node);
            out.push_str(&format!("{indent}<{name}>"));
            let is_text = matches!(ty, Ty::Text | Ty::LongText | Ty::Phone);
            if s.pad && !is_text {
                out.push_str(" \n\t");
            }
            if s.cdata && is_text {
                out.push_str("<![CDATA[");
                out.push_str(&text.replace("]]>", "]]]]><![CDATA[>"));
                out.push_str("]]>");
            } else {
                for c in text.chars() {
                    match c {
                        '&' => out.push_str("&amp;"),
                        '<' => out.push_str("&lt;"),
                        '>' => out.push_str("&gt;"),
                        c if s.char_refs && (!c.is_ascii() || c == '\n' || c == '\t') => {
                            out.push_str(&format!("&#x{:X};", u32::from(c)));
                        }
                        c => out.push(c),
                    }
                }
            }
            if s.pad && !is_text {
                out.push_str("\n ");
            }
            out.push_str(&format!("</{name}>\n"));
        }
    }
}

// ----- CSV ------------------------------------------------------------------

fn csv(docs: &[Node], s: &CsvStyle) -> Vec<u8> {
    let t = doc_type(&docs[0]);
    let mut cols = fosx::model::columns(t);
    // Any column order (a seeded Fisher–Yates).
    let mut seed = s.column_seed;
    for i in (1..cols.len()).rev() {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        cols.swap(i, (seed >> 33) as usize % (i + 1));
    }
    let header: Vec<String> = cols.iter().map(|c| c.name.clone()).collect();
    // The rows of each document, in order.
    let mut per_doc: Vec<Vec<Vec<String>>> = Vec::new();
    for doc in docs {
        let entries = doc.get("entries").map(Node::items).unwrap_or_default();
        let cell = |c: &fosx::model::Column, entry: Option<&Node>| -> String {
            let (node, keys) = if c.entry {
                match entry {
                    Some(e) => (e, &c.keys[1..]),
                    None => return String::new(),
                }
            } else {
                (doc, &c.keys[..])
            };
            let Some(value) = keys.iter().try_fold(node, |n, k| n.get(k)) else {
                return String::new();
            };
            csv_cell(value, c.ty, s)
        };
        let rows = if entries.is_empty() {
            vec![cols.iter().map(|c| cell(c, None)).collect()]
        } else {
            entries
                .iter()
                .map(|e| cols.iter().map(|c| cell(c, Some(e))).collect())
                .collect()
        };
        per_doc.push(rows);
    }
    // Interleaved: round robin, which keeps the order of first rows.
    let mut rows: Vec<Vec<String>> = Vec::new();
    if s.interleave {
        let longest = per_doc.iter().map(Vec::len).max().unwrap_or(0);
        for i in 0..longest {
            for d in &per_doc {
                if let Some(r) = d.get(i) {
                    rows.push(r.clone());
                }
            }
        }
    } else {
        rows = per_doc.into_iter().flatten().collect();
    }
    let eol = if s.lf { "\n" } else { "\r\n" };
    let mut out = String::new();
    if s.bom && !s.utf16 {
        out.push('\u{feff}');
    }
    for (i, row) in std::iter::once(&header).chain(&rows).enumerate() {
        let mut w = ::csv::WriterBuilder::new()
            .delimiter(s.delimiter)
            .quote_style(if s.quote_all {
                ::csv::QuoteStyle::Always
            } else {
                ::csv::QuoteStyle::Necessary
            })
            .terminator(::csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        w.write_record(row).unwrap();
        let line = String::from_utf8(w.into_inner().unwrap()).unwrap();
        out.push_str(line.strip_suffix('\n').unwrap());
        out.push_str(eol);
        if s.blank_lines && i % 2 == 1 {
            out.push_str(eol);
        }
    }
    if s.utf16 {
        utf16(&out)
    } else {
        out.into_bytes()
    }
}

fn csv_cell(value: &Node, ty: &'static Ty, s: &CsvStyle) -> String {
    let pad = |text: String| if s.pad { format!(" {text}\t") } else { text };
    match (ty, &value.value) {
        (Ty::List { .. }, Value::Array(items)) => items
            .iter()
            .map(|i| {
                if s.pad {
                    format!(" {} ", scalar(i))
                } else {
                    scalar(i)
                }
            })
            .collect::<Vec<_>>()
            .join(";"),
        (Ty::Text | Ty::LongText | Ty::Phone, _) => scalar(value),
        (_, Value::Bool(b)) => pad(match (s.bool_case, b) {
            (1, true) => "TRUE".into(),
            (1, false) => "FALSE".into(),
            (2, true) => "True".into(),
            (2, false) => "False".into(),
            _ => b.to_string(),
        }),
        _ => pad(scalar(value)),
    }
}
