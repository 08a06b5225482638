//! Ready-to-fill files (`fosx template`): every field of a document type in
//! place, in JSON, XML or CSV, built from the data dictionary
//! ([`crate::model`]); and complete examples, the specification's own, in any
//! representation.
//!
//! A template validated as it is reports only the gaps to fill: required
//! fields missing (S01) and placeholders that are not values yet (S03, S04,
//! S05), never an unknown field, a parse error or a business rule. (A CSV row
//! whose entry cells are all empty is a document without entries, so the
//! CSV templates of the types that need entries also say so: S07.)
//!
//! - JSON has every required field and one entry with its required fields
//!   (an optional field is added when it has a value: written `""`, it would
//!   be an error, since JSON has no empty value that means "absent"): `""`
//!   for text and codes, `"YYYY-MM-DD"` for dates, `null` for numbers and
//!   booleans, one item in lists of codes.
//! - XML has every element, empty, each after a comment that gives its type,
//!   whether it is required, and its codes (listed when the list is short,
//!   otherwise named with the file of `schemas/reference/` that holds it).
//! - CSV has the header of every column ([`crate::model::columns`]) and one
//!   row of empty cells.
//!
//! In all three, `schemaVersion` and `documentType` are filled in: they are
//! the same in every document of the type.
//!
//! ```
//! use fosx::model::DocType;
//! use fosx::Representation;
//! use fosx::write::template;
//!
//! let json = template::template(DocType::Timetable, Representation::Json);
//! assert!(json.contains("\"documentType\": \"timetable\""));
//! assert!(json.contains("\"plannedStart\": \"YYYY-MM-DD\""));
//! let csv = template::template(DocType::Timetable, Representation::Csv);
//! assert!(csv.starts_with("schemaVersion,documentType,documentId,"));
//! ```

use crate::i18n::{Arg, Lang, Msg, msg};
use crate::model::{CodeList, DocType, Field, SCHEMA_VERSION, Ty, refdata, xml_name};
use crate::read::ReadOptions;
use crate::source::Representation;
use crate::write::{WriteError, WriteOptions};

/// Lists with at most this many codes are listed in full in XML comments.
const LIST_IN_FULL: usize = 12;

/// The ready-to-fill file of a document type in a representation (for
/// XLSX, a binary representation, the CSV form its worksheet holds: see
/// [`template_bytes`]), its XML comments in English.
pub fn template(doc_type: DocType, to: Representation) -> String {
    template_in(doc_type, to, Lang::En)
}

/// [`template`], its XML comments in `lang`.
pub fn template_in(doc_type: DocType, to: Representation, lang: Lang) -> String {
    match to {
        Representation::Json => json(doc_type),
        Representation::Xml => xml(doc_type, lang),
        Representation::Csv | Representation::Xlsx => csv(doc_type),
    }
}

/// The ready-to-fill file of a document type, as bytes: the text of
/// [`template`], or for XLSX a workbook; its texts (the XML comments, the
/// workbook's sheets) in `lang`.
pub fn template_bytes(
    doc_type: DocType,
    to: Representation,
    lang: Lang,
) -> Result<Vec<u8>, WriteError> {
    match to {
        Representation::Xlsx => crate::write::sheet_of_csv(doc_type, &csv(doc_type), lang),
        _ => Ok(template_in(doc_type, to, lang).into_bytes()),
    }
}

/// The specification's example of a document type, as bytes, in any
/// representation (XLSX: its texts in `lang`).
pub fn example_bytes(
    doc_type: DocType,
    to: Representation,
    lang: Lang,
) -> Result<Vec<u8>, WriteError> {
    let options = ReadOptions {
        representation: Some(Representation::Json),
        ..ReadOptions::default()
    };
    let name = format!("{}.json", doc_type.code());
    let parsed = crate::read::read(&name, example_json(doc_type).as_bytes(), &options);
    let write = WriteOptions {
        lang,
        ..WriteOptions::default()
    };
    crate::write::write_bytes(&parsed.documents, to, &write)
}

/// The specification's example of a document type, in canonical JSON (as
/// in `fixtures/valid/`).
pub fn example_json(doc_type: DocType) -> &'static str {
    match doc_type {
        DocType::Notification => include_str!("../../fixtures/valid/notification.json"),
        DocType::Timetable => include_str!("../../fixtures/valid/timetable.json"),
        DocType::ProgressReport => include_str!("../../fixtures/valid/progress-report.json"),
    }
}

/// The specification's example of a document type, written in canonical
/// form in a representation.
pub fn example(doc_type: DocType, to: Representation) -> Result<String, WriteError> {
    let options = ReadOptions {
        representation: Some(Representation::Json),
        ..ReadOptions::default()
    };
    let name = format!("{}.json", doc_type.code());
    let parsed = crate::read::read(&name, example_json(doc_type).as_bytes(), &options);
    crate::write::write(&parsed.documents, to, &WriteOptions::default())
}

/// The placeholder of a scalar in the JSON template.
fn placeholder(doc_type: DocType, ty: &Ty) -> String {
    match ty {
        Ty::SchemaVersion => format!("\"{SCHEMA_VERSION}\""),
        Ty::Code(CodeList::DocumentType) => format!("\"{}\"", doc_type.code()),
        Ty::Date => "\"YYYY-MM-DD\"".into(),
        Ty::Integer { .. } | Ty::Decimal { .. } | Ty::Boolean => "null".into(),
        _ => "\"\"".into(),
    }
}

/// The value a template writes in XML and CSV: only the constants.
fn constant(doc_type: DocType, ty: &Ty) -> &'static str {
    match ty {
        Ty::SchemaVersion => SCHEMA_VERSION,
        Ty::Code(CodeList::DocumentType) => doc_type.code(),
        _ => "",
    }
}

fn pad(level: usize) -> String {
    "  ".repeat(level)
}

fn json(doc_type: DocType) -> String {
    let mut out = String::new();
    json_object(&mut out, doc_type, doc_type.fields(), 0);
    out.push('\n');
    out
}

fn json_object<'f>(
    out: &mut String,
    doc_type: DocType,
    fields: impl Iterator<Item = &'f Field>,
    level: usize,
) {
    // Only the required fields, and the entries: an optional field written
    // as a placeholder would be an error until filled in, and JSON has no
    // empty value that means "absent" (leaving the key out does).
    let fields: Vec<&Field> = fields
        .filter(|f| {
            f.required
                || matches!(
                    f.ty,
                    Ty::List {
                        item: Ty::Object(_),
                        ..
                    }
                )
        })
        .collect();
    out.push_str("{\n");
    for (i, f) in fields.iter().enumerate() {
        out.push_str(&pad(level + 1));
        out.push_str(&format!("\"{}\": ", f.key));
        json_value(out, doc_type, &f.ty, level + 1);
        out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
    }
    out.push_str(&pad(level));
    out.push('}');
}

fn json_value(out: &mut String, doc_type: DocType, ty: &Ty, level: usize) {
    match ty {
        Ty::Object(fields) => json_object(out, doc_type, fields.iter(), level),
        Ty::List { item, .. } => {
            out.push_str("[\n");
            out.push_str(&pad(level + 1));
            json_value(out, doc_type, item, level + 1);
            out.push('\n');
            out.push_str(&pad(level));
            out.push(']');
        }
        scalar => out.push_str(&placeholder(doc_type, scalar)),
    }
}

fn xml(doc_type: DocType, lang: Lang) -> String {
    let root = doc_type.xml_root();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let intro = msg::template_xml_intro(doc_type.code(), SCHEMA_VERSION).render(lang);
    // The comment's later lines are indented under its first.
    out.push_str(&format!(
        "<!-- {} -->\n",
        comment(&intro).replace('\n', "\n     ")
    ));
    out.push_str(&format!("<{root} xmlns=\"urn:fosx:1\">\n"));
    xml_fields(&mut out, doc_type, doc_type.fields(), 1, lang);
    out.push_str(&format!("</{root}>\n"));
    out
}

fn xml_fields<'f>(
    out: &mut String,
    doc_type: DocType,
    fields: impl Iterator<Item = &'f Field>,
    level: usize,
    lang: Lang,
) {
    for f in fields {
        let name = xml_name(f.key);
        let indent = pad(level);
        out.push_str(&format!(
            "{indent}<!-- {} -->\n",
            comment(&describe(doc_type, f).render(lang))
        ));
        match &f.ty {
            Ty::Object(inner) => {
                out.push_str(&format!("{indent}<{name}>\n"));
                xml_fields(out, doc_type, inner.iter(), level + 1, lang);
                out.push_str(&format!("{indent}</{name}>\n"));
            }
            Ty::List {
                item, item_name, ..
            } => {
                let item_name = xml_name(item_name);
                let inner = pad(level + 1);
                out.push_str(&format!("{indent}<{name}>\n"));
                match item {
                    Ty::Object(fields) => {
                        out.push_str(&format!("{inner}<{item_name}>\n"));
                        xml_fields(out, doc_type, fields.iter(), level + 2, lang);
                        out.push_str(&format!("{inner}</{item_name}>\n"));
                    }
                    _ => out.push_str(&format!("{inner}<{item_name}></{item_name}>\n")),
                }
                out.push_str(&format!("{indent}</{name}>\n"));
            }
            ty => {
                let value = constant(doc_type, ty);
                out.push_str(&format!("{indent}<{name}>{value}</{name}>\n"));
            }
        }
    }
}

/// Text fit for an XML comment (which cannot hold `--`).
fn comment(text: &str) -> String {
    let mut s = text.to_string();
    while s.contains("--") {
        s = s.replace("--", "- -");
    }
    s
}

/// What a field takes, for the XML comments: required or not, type, codes.
pub fn describe(doc_type: DocType, field: &Field) -> Msg {
    match &field.ty {
        Ty::Object(_) if field.required => msg::template_required(),
        Ty::Object(_) => msg::template_optional(),
        Ty::List {
            item,
            item_name,
            min,
        } => {
            let each: Arg = match item {
                Ty::Object(_) => Arg::from(""),
                scalar => msg::template_each(describe_scalar(doc_type, field.key, scalar)).into(),
            };
            let at_least: Arg = match min {
                0 => Arg::from(""),
                n => msg::template_at_least(*n).into(),
            };
            let item = xml_name(item_name);
            if field.required {
                msg::template_required_list(item, at_least, each)
            } else {
                msg::template_optional_list(item, at_least, each)
            }
        }
        scalar if field.required => {
            msg::template_required_value(describe_scalar(doc_type, field.key, scalar))
        }
        scalar => msg::template_optional_value(describe_scalar(doc_type, field.key, scalar)),
    }
}

/// What a scalar takes (nothing for an object or a list, which
/// [`describe`] describes).
fn describe_scalar(doc_type: DocType, key: &str, ty: &Ty) -> Arg {
    let range = |min: &Option<i64>, max: &Option<i64>| -> Arg {
        match (min, max) {
            (Some(a), Some(b)) => msg::template_range_between(*a, *b).into(),
            (Some(a), None) => msg::template_range_at_least(*a).into(),
            (None, Some(b)) => msg::template_range_at_most(*b).into(),
            (None, None) => Arg::from(""),
        }
    };
    let m = match ty {
        Ty::SchemaVersion => msg::template_always(SCHEMA_VERSION),
        Ty::Text => msg::template_text(),
        Ty::LongText => msg::template_long_text(),
        Ty::Token => msg::template_token(),
        Ty::Date => msg::template_date(),
        Ty::Email => msg::template_email(),
        Ty::Phone => msg::template_phone(),
        Ty::Integer { min, max } if key == "standard" => {
            let edition = "2018";
            let numbers = refdata::get()
                .standards(edition)
                .map(|s| s.len())
                .unwrap_or_default();
            msg::template_standard(range(min, max), edition, numbers)
        }
        Ty::Integer { min, max } => msg::template_integer(range(min, max)),
        Ty::Decimal { min, max } => msg::template_decimal(range(min, max)),
        Ty::Boolean => msg::template_boolean(),
        Ty::Code(CodeList::DocumentType) => msg::template_always(doc_type.code()),
        Ty::Code(list) => codes(*list),
        Ty::Object(_) | Ty::List { .. } => return Arg::from(""),
    };
    m.into()
}

fn codes(list: CodeList) -> Msg {
    let values = list.values();
    if values.len() <= LIST_IN_FULL {
        return msg::template_one_of(values.join(", "));
    }
    let name = list.name();
    match list {
        CodeList::Language => msg::template_code_language(name),
        CodeList::Currency => msg::template_code_currency(name),
        CodeList::MemberCode => msg::template_code_member(name),
        _ => msg::template_code(name),
    }
}

fn csv(doc_type: DocType) -> String {
    let columns = crate::model::columns(doc_type);
    let header: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
    let row: Vec<&str> = columns.iter().map(|c| constant(doc_type, c.ty)).collect();
    format!("{}\r\n{}\r\n", header.join(","), row.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_have_every_field() {
        for &t in DocType::ALL {
            let csv = template(t, Representation::Csv);
            let header = csv.lines().next().unwrap();
            assert_eq!(header.split(',').count(), crate::model::columns(t).len());
            assert!(header.contains("entries.standard"));
            let json = template(t, Representation::Json);
            let value: serde_json::Value = serde_json::from_str(&json).unwrap();
            assert_eq!(value["documentType"], t.code());
            assert_eq!(value["entries"].as_array().unwrap().len(), 1);
            let xml = template(t, Representation::Xml);
            assert!(xml.contains(&format!("<{} xmlns=\"urn:fosx:1\">", t.xml_root())));
            assert!(!xml.contains("<!-- -->"));
        }
    }

    #[test]
    fn comments_name_short_lists_and_the_source_of_long_ones() {
        let status = Field {
            key: "status",
            ty: Ty::Code(CodeList::Status),
            required: true,
        };
        assert_eq!(
            describe(DocType::ProgressReport, &status).english(),
            "required; one of: not-started, planned, in-progress, implemented, not-applicable"
        );
        let currency = Field {
            key: "currency",
            ty: Ty::Code(CodeList::Currency),
            required: false,
        };
        assert!(
            describe(DocType::ProgressReport, &currency)
                .english()
                .contains("currencies.csv")
        );
        assert_eq!(comment("a -- b --- c"), "a - - b - - - c");
    }
}
