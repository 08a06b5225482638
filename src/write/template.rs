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

use crate::model::{CodeList, DocType, Field, SCHEMA_VERSION, Ty, refdata, xml_name};
use crate::read::ReadOptions;
use crate::source::Representation;
use crate::write::{WriteError, WriteOptions};

/// Lists with at most this many codes are listed in full in XML comments.
const LIST_IN_FULL: usize = 12;

/// The ready-to-fill file of a document type in a representation (for
/// XLSX, a binary representation, the CSV form its worksheet holds: see
/// [`template_bytes`]).
pub fn template(doc_type: DocType, to: Representation) -> String {
    match to {
        Representation::Json => json(doc_type),
        Representation::Xml => xml(doc_type),
        Representation::Csv | Representation::Xlsx => csv(doc_type),
    }
}

/// The ready-to-fill file of a document type, as bytes: the text of
/// [`template`], or for XLSX a workbook (its texts in `lang`).
pub fn template_bytes(
    doc_type: DocType,
    to: Representation,
    lang: crate::i18n::Lang,
) -> Result<Vec<u8>, WriteError> {
    match to {
        Representation::Xlsx => crate::write::workbook_of_csv(doc_type, &csv(doc_type), lang),
        _ => Ok(template(doc_type, to).into_bytes()),
    }
}

/// The specification's example of a document type, as bytes, in any
/// representation (XLSX: its texts in `lang`).
pub fn example_bytes(
    doc_type: DocType,
    to: Representation,
    lang: crate::i18n::Lang,
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

fn xml(doc_type: DocType) -> String {
    let root = doc_type.xml_root();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<!-- A {} (fosx schema version {SCHEMA_VERSION}), ready to fill.\n     \
         Write each value between its tags. An optional element left empty, or\n     \
         deleted, means the field is absent. Check the file with: fosx validate FILE -->\n",
        doc_type.code()
    ));
    out.push_str(&format!("<{root} xmlns=\"urn:fosx:1\">\n"));
    xml_fields(&mut out, doc_type, doc_type.fields(), 1);
    out.push_str(&format!("</{root}>\n"));
    out
}

fn xml_fields<'f>(
    out: &mut String,
    doc_type: DocType,
    fields: impl Iterator<Item = &'f Field>,
    level: usize,
) {
    for f in fields {
        let name = xml_name(f.key);
        let indent = pad(level);
        out.push_str(&format!(
            "{indent}<!-- {} -->\n",
            comment(&describe(doc_type, f))
        ));
        match &f.ty {
            Ty::Object(inner) => {
                out.push_str(&format!("{indent}<{name}>\n"));
                xml_fields(out, doc_type, inner.iter(), level + 1);
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
                        xml_fields(out, doc_type, fields.iter(), level + 2);
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
pub fn describe(doc_type: DocType, field: &Field) -> String {
    let need = if field.required {
        "required"
    } else {
        "optional"
    };
    let what = match &field.ty {
        Ty::Object(_) => return need.to_string(),
        Ty::List {
            item,
            item_name,
            min,
        } => {
            let each = match item {
                Ty::Object(_) => String::new(),
                scalar => format!(", each {}", describe_scalar(doc_type, field.key, scalar)),
            };
            let how_many = match min {
                0 => String::new(),
                1 => ", at least one".to_string(),
                n => format!(", at least {n}"),
            };
            return format!(
                "{need} list: one {} element per item{how_many}{each}; copy the element for more",
                xml_name(item_name)
            );
        }
        scalar => describe_scalar(doc_type, field.key, scalar),
    };
    format!("{need}; {what}")
}

fn describe_scalar(doc_type: DocType, key: &str, ty: &Ty) -> String {
    let range = |min: &Option<i64>, max: &Option<i64>| match (min, max) {
        (Some(a), Some(b)) => format!(" from {a} to {b}"),
        (Some(a), None) => format!(", {a} or more"),
        (None, Some(b)) => format!(", at most {b}"),
        (None, None) => String::new(),
    };
    match ty {
        Ty::SchemaVersion => format!("always {SCHEMA_VERSION}"),
        Ty::Text => "text, at most 200 characters".into(),
        Ty::LongText => "text, at most 4000 characters".into(),
        Ty::Token => "identifier: 1 to 64 letters, digits, dots, underscores or hyphens, \
             starting with a letter or digit"
            .into(),
        Ty::Date => "date, YYYY-MM-DD".into(),
        Ty::Email => "e-mail address".into(),
        Ty::Phone => {
            "telephone number: digits, spaces and ( ) . / - with an optional leading +".into()
        }
        Ty::Integer { min, max } if key == "standard" => {
            let numbers = refdata::get()
                .standards("2018")
                .map(|s| s.len())
                .unwrap_or_default();
            format!(
                "integer{}: the number of a standard of the frameworkEdition (2018: 1 to {numbers})",
                range(min, max)
            )
        }
        Ty::Integer { min, max } => format!("integer{}", range(min, max)),
        Ty::Decimal { min, max } => format!("decimal number{}", range(min, max)),
        Ty::Boolean => "true or false".into(),
        Ty::Code(CodeList::DocumentType) => format!("always {}", doc_type.code()),
        Ty::Code(list) => codes(*list),
        Ty::Object(_) | Ty::List { .. } => String::new(),
    }
}

fn codes(list: CodeList) -> String {
    let values = list.values();
    let source = match list {
        CodeList::Language => {
            Some("an ISO 639-1 code such as en, fr, es (schemas/reference/languages.csv)")
        }
        CodeList::Currency => {
            Some("an ISO 4217 code such as EUR, USD, XOF (schemas/reference/currencies.csv)")
        }
        CodeList::MemberCode => Some(
            "for a member, an ISO 3166-1 alpha-2 code or XK (schemas/reference/countries.csv); \
             for a union, a code of schemas/reference/unions.csv",
        ),
        _ => None,
    };
    match source {
        Some(s) if values.len() > LIST_IN_FULL => format!("code of the {} list: {s}", list.name()),
        _ if values.len() > LIST_IN_FULL => format!("code of the {} list", list.name()),
        _ => format!("one of: {}", values.join(", ")),
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
            describe(DocType::ProgressReport, &status),
            "required; one of: not-started, planned, in-progress, implemented, not-applicable"
        );
        let currency = Field {
            key: "currency",
            ty: Ty::Code(CodeList::Currency),
            required: false,
        };
        assert!(describe(DocType::ProgressReport, &currency).contains("currencies.csv"));
        assert_eq!(comment("a -- b --- c"), "a - - b - - - c");
    }
}
