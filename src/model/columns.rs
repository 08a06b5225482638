//! The CSV form's columns, generated from the dictionary.
//!
//! A column is a scalar field's path with dots (`submitter.memberCode`);
//! entry fields are prefixed `entries.`. The CSV reader and writer and the
//! Table Schemas all use [`columns`], so the header fosx writes, the names it
//! accepts and the published schemas cannot drift apart.

use super::{DocType, Field, Ty};

/// One column of the CSV form of a document type.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The column name: the field's keys joined with dots.
    pub name: String,
    /// The keys from the document root (`["entries", "status"]`).
    pub keys: Vec<&'static str>,
    /// The field's type (a scalar, or a list of scalars written in one cell).
    pub ty: &'static Ty,
    /// Whether the column belongs to an entry (`entries.*`).
    pub entry: bool,
    /// Whether every row must have a value: the field and every object and
    /// list above it are required (an entry list only when it may not be empty).
    pub required: bool,
}

impl Column {
    /// The keys below `entries` for an entry column, all keys otherwise.
    pub fn inner_keys(&self) -> &[&'static str] {
        if self.entry {
            self.keys.get(1..).unwrap_or_default()
        } else {
            &self.keys
        }
    }
}

/// The columns of a document type, in dictionary order: the envelope and
/// body fields (objects flattened with dots), then `entries.*`.
pub fn columns(doc_type: DocType) -> Vec<Column> {
    let mut out = Vec::new();
    let mut keys = Vec::new();
    flatten(doc_type.fields(), &mut keys, false, true, &mut out);
    // Entry columns come last, whatever the position of `entries` in the type.
    out.sort_by_key(|c| c.entry);
    out
}

fn flatten<'f>(
    fields: impl Iterator<Item = &'static Field> + 'f,
    keys: &mut Vec<&'static str>,
    entry: bool,
    required: bool,
    out: &mut Vec<Column>,
) {
    for field in fields {
        let required = required && field.required;
        keys.push(field.key);
        match &field.ty {
            Ty::Object(inner) => flatten(inner.iter(), keys, entry, required, out),
            Ty::List {
                item: Ty::Object(inner),
                min,
                ..
            } => flatten(inner.iter(), keys, true, required && *min > 0, out),
            ty => out.push(Column {
                name: keys.join("."),
                keys: keys.clone(),
                ty,
                entry,
                required,
            }),
        }
        keys.pop();
    }
}
