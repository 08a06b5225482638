//! The published schemas, generated from the data dictionary ([`crate::model`]).
//!
//! `schemas/fosx.schema.json` is the output of [`json_schema`]; a test keeps
//! the committed file and the generator equal, so the schema other tools use
//! and the one fosx enforces cannot drift.

pub(crate) mod chars;
mod json;
pub(crate) mod patterns;
pub(crate) use json::xml_char;
mod table;
mod xsd;

pub use json::{NUMBER_BOUND, json_schema, json_schema_text};
pub use table::{table_schema, table_schema_file, table_schema_text};
pub use xsd::xsd_text;

/// JSON text with DEL and every character beyond ASCII written as a `\u` escape
/// (a surrogate pair beyond U+FFFF), so that the invisible spaces of the
/// patterns can be read. Outside strings JSON text is ASCII, so escaping
/// every such character is escaping inside strings only.
pub(crate) fn ascii_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() && !c.is_control() || matches!(c, '\n' | ' ') {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04X}"));
            }
        }
    }
    out
}
