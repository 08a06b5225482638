//! JSON Schema (draft 2020-12) for the canonical JSON form.

use super::patterns::{self, anchored};
use crate::model::{CodeList, DocType, Field, SCHEMA_VERSION, Ty};
use serde_json::{Map, Value, json};

/// The `$id` of the published schema.
pub const SCHEMA_ID: &str = "urn:fosx:schema:1.0";

/// The largest magnitude of an integer or decimal: 18 digits.
pub const NUMBER_BOUND: i64 = 999_999_999_999_999_999;

/// Whether XML 1.0 can hold `c` (the characters the text pattern refuses).
pub fn xml_char(c: char) -> bool {
    !matches!(
        c,
        '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}'
    )
}

/// Name of the `$defs` entry for an object field.
fn object_def_name(owner: Option<DocType>, key: &str) -> String {
    match (owner, key) {
        (Some(t), "entries") => format!("{}Entry", t.schema_name()),
        _ => key.to_string(),
    }
}

struct Gen {
    defs: Map<String, Value>,
}

impl Gen {
    fn field_schema(&mut self, owner: Option<DocType>, field: &Field) -> Value {
        self.ty_schema(owner, field.key, &field.ty)
    }

    fn ty_schema(&mut self, owner: Option<DocType>, key: &str, ty: &Ty) -> Value {
        let r = |name: &str| json!({ "$ref": format!("#/$defs/{name}") });
        match ty {
            Ty::SchemaVersion => r("schemaVersion"),
            Ty::Text => r("text"),
            Ty::LongText => r("longtext"),
            Ty::Token => r("token"),
            Ty::Date => r("date"),
            Ty::Email => r("email"),
            Ty::Phone => r("phone"),
            Ty::Boolean => json!({ "type": "boolean" }),
            Ty::Integer { min, max } | Ty::Decimal { min, max } => {
                let mut m = Map::new();
                let kind = if matches!(ty, Ty::Integer { .. }) {
                    "integer"
                } else {
                    "number"
                };
                m.insert("type".into(), kind.into());
                // At most 18 digits: bounds even where the dictionary has none,
                // so that a JSON validator, which sees the number and not its
                // digits, still refuses 19-digit values.
                m.insert("minimum".into(), min.unwrap_or(-NUMBER_BOUND).into());
                m.insert("maximum".into(), max.unwrap_or(NUMBER_BOUND).into());
                Value::Object(m)
            }
            Ty::Code(list) => r(list.name()),
            Ty::Object(fields) => {
                let name = object_def_name(None, key);
                let def = self.object_schema(None, fields.iter());
                self.defs.insert(name.clone(), def);
                r(&name)
            }
            Ty::List { item, min, .. } => {
                let items = match item {
                    Ty::Object(fields) => {
                        let name = object_def_name(owner, key);
                        let def = self.object_schema(None, fields.iter());
                        self.defs.insert(name.clone(), def);
                        r(&name)
                    }
                    other => self.ty_schema(owner, key, other),
                };
                let mut m = Map::new();
                m.insert("type".into(), "array".into());
                if *min > 0 {
                    m.insert("minItems".into(), (*min).into());
                }
                if item.is_scalar() {
                    m.insert("uniqueItems".into(), true.into());
                }
                m.insert("items".into(), items);
                Value::Object(m)
            }
        }
    }

    fn object_schema<'f>(
        &mut self,
        owner: Option<DocType>,
        fields: impl Iterator<Item = &'f Field>,
    ) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        for f in fields {
            if f.required {
                required.push(Value::from(f.key));
            }
            let s = self.field_schema(owner, f);
            properties.insert(f.key.into(), s);
        }
        json!({
            "type": "object",
            "required": required,
            "properties": properties,
            "additionalProperties": false,
        })
    }
}

fn text(max: usize) -> Value {
    json!({ "type": "string", "pattern": anchored(&patterns::text()), "maxLength": max })
}

/// Generates the JSON Schema of the canonical JSON form.
pub fn json_schema() -> Value {
    let mut g = Gen { defs: Map::new() };
    let mut branches = Vec::new();
    for &t in DocType::ALL {
        let mut def = g.object_schema(Some(t), t.fields());
        def["title"] = format!("{} document", t.code()).into();
        // The type's own `documentType` is a constant.
        def["properties"]["documentType"] = json!({ "const": t.code() });
        g.defs.insert(t.schema_name().into(), def);
        branches.push(json!({
            "if": {
                "required": ["documentType"],
                "properties": { "documentType": { "const": t.code() } }
            },
            "then": { "$ref": format!("#/$defs/{}", t.schema_name()) }
        }));
    }
    g.defs.insert(
        "document".into(),
        json!({
            "description": "One submission; its documentType selects the definition that applies.",
            "type": "object",
            "required": ["schemaVersion", "documentType"],
            "properties": {
                "schemaVersion": { "$ref": "#/$defs/schemaVersion" },
                "documentType": { "$ref": "#/$defs/documentType" }
            },
            "allOf": branches,
        }),
    );
    let defs = &mut g.defs;
    defs.insert(
        "schemaVersion".into(),
        json!({ "type": "string", "const": SCHEMA_VERSION }),
    );
    defs.insert("text".into(), text(200));
    defs.insert("longtext".into(), text(4000));
    defs.insert(
        "token".into(),
        json!({ "type": "string", "pattern": anchored(patterns::TOKEN) }),
    );
    defs.insert(
        "date".into(),
        json!({ "type": "string", "pattern": anchored(patterns::DATE), "format": "date" }),
    );
    defs.insert(
        "email".into(),
        json!({ "type": "string", "pattern": anchored(&patterns::email()), "maxLength": 254 }),
    );
    defs.insert(
        "phone".into(),
        json!({ "type": "string", "pattern": anchored(patterns::PHONE) }),
    );
    for &list in CodeList::ALL {
        defs.insert(
            list.name().into(),
            json!({ "type": "string", "enum": list.values() }),
        );
    }
    let defs: Map<String, Value> = {
        let mut sorted: Vec<_> = std::mem::take(defs).into_iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        sorted.into_iter().collect()
    };
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "fosx submission (WCO E-Commerce Framework of Standards), spec 1.0",
        "description": "One document, or a collection (array) of documents. Generated from the fosx data dictionary; see docs/spec/dictionary.md.",
        "if": { "type": "array" },
        "then": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/document" } },
        "else": { "$ref": "#/$defs/document" },
        "$defs": defs,
    })
}

/// The schema as published in `schemas/fosx.schema.json`: pretty, final newline.
pub fn json_schema_text() -> String {
    let mut s = super::ascii_json(
        &serde_json::to_string_pretty(&json_schema()).expect("a Value serialises"),
    );
    s.push('\n');
    s
}
