//! JSON Schema (draft 2020-12) for the canonical JSON form.

use crate::model::{CodeList, DocType, Field, SCHEMA_VERSION, Ty};
use serde_json::{Map, Value, json};
use std::sync::OnceLock;

/// The `$id` of the published schema.
pub const SCHEMA_ID: &str = "urn:fosx:schema:1.0";

/// Pattern of a token (`documentId`).
pub const TOKEN_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
/// Pattern of a date's lexical form; the calendar is checked by `format: date`.
pub const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
/// Pattern of an e-mail address (no whitespace, no control character).
pub const EMAIL_PATTERN: &str = "^[^@\\s\\x00-\\x1F]+@[^@\\s\\x00-\\x1F]+\\.[^@\\s\\x00-\\x1F]+$";
/// Pattern of a telephone number.
pub const PHONE_PATTERN: &str = "^\\+?[0-9][0-9 ()./-]{5,29}$";
/// Pattern of text: at least one character that is neither whitespace nor
/// a control character, and no character that XML cannot hold (C0 controls
/// other than TAB, LF and CR; U+FFFE, U+FFFF), so that every valid document
/// has an XML form.
pub const TEXT_PATTERN: &str = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]*\
    [^\\s\\x00-\\x1F\\uFFFE\\uFFFF]\
    [^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]*$";

/// Whether XML 1.0 can hold `c` (the characters [`TEXT_PATTERN`] refuses).
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
                if let Some(min) = min {
                    m.insert("minimum".into(), (*min).into());
                }
                if let Some(max) = max {
                    m.insert("maximum".into(), (*max).into());
                }
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
    json!({ "type": "string", "pattern": TEXT_PATTERN, "maxLength": max })
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
        json!({ "type": "string", "pattern": TOKEN_PATTERN }),
    );
    defs.insert(
        "date".into(),
        json!({ "type": "string", "pattern": DATE_PATTERN, "format": "date" }),
    );
    defs.insert(
        "email".into(),
        json!({ "type": "string", "pattern": EMAIL_PATTERN, "maxLength": 254 }),
    );
    defs.insert(
        "phone".into(),
        json!({ "type": "string", "pattern": PHONE_PATTERN }),
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
    let mut s = serde_json::to_string_pretty(&json_schema()).expect("a Value serialises");
    s.push('\n');
    s
}

/// The compiled validator of one document (`#/$defs/document`), built once
/// per process from the published schema embedded in the binary.
pub fn document_validator() -> &'static jsonschema::Validator<crate::check::Tree> {
    static VALIDATOR: OnceLock<jsonschema::Validator<crate::check::Tree>> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        let published: Value = serde_json::from_str(include_str!("../../schemas/fosx.schema.json"))
            .expect("the embedded schema is JSON");
        let schema = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$ref": "#/$defs/document",
            "$defs": published["$defs"].clone(),
        });
        jsonschema::options_for::<crate::check::Tree>()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .build(&schema)
            .expect("the embedded schema compiles")
    })
}
