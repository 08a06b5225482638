//! A Frictionless Table Schema per document type
//! (`schemas/<type>.table-schema.json`), generated from the dictionary's CSV
//! columns ([`crate::model::columns`]), which the CSV reader and writer use
//! too, so the published schemas, the header fosx writes and the names it
//! accepts cannot drift apart.

use super::chars::text_space;
use super::json::NUMBER_BOUND;
use super::patterns;
use crate::model::{Column, DocType, SCHEMA_VERSION, Ty, columns};
use serde_json::{Map, Value, json};

/// Values a Table Schema reads as `true` (the CSV form accepts these cases).
pub const TRUE_VALUES: &[&str] = &["true", "TRUE", "True"];
/// Values a Table Schema reads as `false`.
pub const FALSE_VALUES: &[&str] = &["false", "FALSE", "False"];

/// `pattern` with the white space fosx trims around a CSV value on either
/// side (white space but VT and FF, which an XML Schema regular expression
/// cannot hold). Text and telephone numbers are kept exactly: not these.
fn trimmed(pattern: &str) -> String {
    let space = text_space().regex();
    let group = pattern.starts_with('(')
        && pattern.ends_with(')')
        && !pattern[1..pattern.len() - 1].contains(['(', ')']);
    if group {
        format!("{space}*{pattern}{space}*")
    } else {
        format!("{space}*({pattern}){space}*")
    }
}

/// A regular-expression alternative of literal values.
fn alternatives(values: &[String]) -> String {
    let escaped: Vec<String> = values
        .iter()
        .map(|v| {
            v.chars()
                .flat_map(|c| {
                    let special = !c.is_ascii_alphanumeric() && c != '-' && c != '_';
                    special.then_some('\\').into_iter().chain([c])
                })
                .collect()
        })
        .collect();
    format!("({})", escaped.join("|"))
}

fn field_descriptor(doc_type: DocType, column: &Column) -> Value {
    let mut constraints = Map::new();
    if column.required {
        constraints.insert("required".into(), true.into());
    }
    let mut field = Map::new();
    field.insert("name".into(), column.name.clone().into());
    field.insert("description".into(), column.ty.describe().english().into());
    let kind = match column.ty {
        Ty::Integer { .. } => "integer",
        Ty::Decimal { .. } => "number",
        Ty::Boolean => "boolean",
        Ty::Date => "date",
        _ => "string",
    };
    field.insert("type".into(), kind.into());
    field.insert("format".into(), "default".into());
    match column.ty {
        // Codes are patterns rather than `enum`s, so that they can allow
        // the white space fosx trims around a CSV value.
        // `1` too: a spreadsheet writes `1.0` back as `1`, which the CSV
        // reader takes for `1.0` with a warning (S10).
        Ty::SchemaVersion => {
            let one = alternatives(&[SCHEMA_VERSION.to_string(), "1".to_string()]);
            constraints.insert("pattern".into(), trimmed(&one).into());
        }
        Ty::Code(_) if column.name == "documentType" => {
            let one = alternatives(&[doc_type.code().to_string()]);
            constraints.insert("pattern".into(), trimmed(&one).into());
        }
        Ty::Code(list) => {
            constraints.insert(
                "pattern".into(),
                trimmed(&alternatives(list.values())).into(),
            );
        }
        Ty::Text | Ty::LongText => {
            let max = if matches!(column.ty, Ty::Text) {
                200
            } else {
                4000
            };
            constraints.insert("pattern".into(), patterns::text().into());
            constraints.insert("maxLength".into(), max.into());
        }
        Ty::Token => {
            constraints.insert("pattern".into(), trimmed(patterns::TOKEN).into());
        }
        Ty::Email => {
            constraints.insert("pattern".into(), trimmed(&patterns::email()).into());
            constraints.insert("maxLength".into(), 254.into());
        }
        Ty::Phone => {
            constraints.insert("pattern".into(), patterns::PHONE.into());
        }
        Ty::Integer { min, max } | Ty::Decimal { min, max } => {
            // At most 18 digits, as in the JSON Schema.
            constraints.insert("minimum".into(), min.unwrap_or(-NUMBER_BOUND).into());
            constraints.insert("maximum".into(), max.unwrap_or(NUMBER_BOUND).into());
        }
        Ty::Boolean => {
            field.insert("trueValues".into(), json!(TRUE_VALUES));
            field.insert("falseValues".into(), json!(FALSE_VALUES));
        }
        Ty::List { item, .. } => {
            if let Ty::Code(list) = item {
                let one = trimmed(&alternatives(list.values()));
                constraints.insert("pattern".into(), format!("{one}(;{one})*").into());
            }
            field.insert(
                "description".into(),
                format!("{}, items separated by `;`", item.describe().english()).into(),
            );
        }
        // Frictionless checks no pattern on dates, only that they are real.
        Ty::Date | Ty::Object(_) => {}
    }
    if !constraints.is_empty() {
        field.insert("constraints".into(), Value::Object(constraints));
    }
    Value::Object(field)
}

/// The Frictionless Table Schema of the CSV form of one document type.
///
/// Columns may come in any order and may be left out (`fieldsMatch:
/// superset`); a column whose field is required on every row may not.
/// Cross-row and cross-field rules (R-codes, a required entry field on a
/// `notification` row that has an entry) are beyond a Table Schema.
pub fn table_schema(doc_type: DocType) -> Value {
    let fields: Vec<Value> = columns(doc_type)
        .iter()
        .map(|c| field_descriptor(doc_type, c))
        .collect();
    json!({
        "name": doc_type.code(),
        "title": format!("fosx {} (CSV form), spec {SCHEMA_VERSION}", doc_type.code()),
        "description": "One row per entry; the document's fields are repeated on every row. Generated from the fosx data dictionary; see docs/spec/representations.md.",
        "fields": fields,
        "missingValues": [""],
        "fieldsMatch": "superset",
    })
}

/// The schema as published in `schemas/<type>.table-schema.json`: pretty,
/// final newline.
pub fn table_schema_text(doc_type: DocType) -> String {
    let mut s = super::ascii_json(
        &serde_json::to_string_pretty(&table_schema(doc_type)).unwrap_or_default(),
    );
    s.push('\n');
    s
}

/// The published file name of a type's Table Schema.
pub fn table_schema_file(doc_type: DocType) -> String {
    format!("schemas/{}.table-schema.json", doc_type.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_follow_the_dictionary() {
        let cols = columns(DocType::ProgressReport);
        let names: Vec<&str> = cols.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names[0], "schemaVersion");
        assert_eq!(names[6], "submitter.memberCode");
        assert!(names.contains(&"indicators.currency"));
        assert_eq!(names[names.len() - 1], "entries.challenges");
        let status = cols.iter().find(|c| c.name == "entries.status").unwrap();
        assert!(status.required && status.entry);
        assert_eq!(status.inner_keys(), ["status"]);
        let region = cols.iter().find(|c| c.name == "submitter.region").unwrap();
        assert!(!region.required);
        // A notification may have no entries: no entry field is required on every row.
        assert!(
            columns(DocType::Notification)
                .iter()
                .filter(|c| c.entry)
                .all(|c| !c.required)
        );
    }

    #[test]
    fn code_lists_become_alternatives() {
        assert_eq!(alternatives(&["a-b".into(), "c.d".into()]), "(a-b|c\\.d)");
    }
}
