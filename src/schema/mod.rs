//! The published schemas, generated from the data dictionary ([`crate::model`]).
//!
//! `schemas/fosx.schema.json` is the output of [`json_schema`]; a test keeps
//! the committed file and the generator equal, so the schema other tools use
//! and the one fosx enforces cannot drift.

mod json;
pub(crate) use json::xml_char;
mod table;
mod xsd;

pub use json::{document_validator, json_schema, json_schema_text};
pub use table::{Column, columns, table_schema, table_schema_file, table_schema_text};
pub use xsd::xsd_text;
