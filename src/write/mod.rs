//! Canonical writers: JSON, XML and CSV exactly as `docs/spec/representations.md`
//! defines them (dictionary order, indentation, line ends, exact decimals).
//!
//! Writers take valid documents. Fields are written in dictionary order;
//! empty optional objects and lists are left out, as an absent field is.
//! One document is written as a document, several as a collection.

mod csv;
mod json;
pub mod template;
#[cfg(feature = "xlsx")]
mod xlsx;
mod xml;

use crate::i18n::{Msg, msg};
use crate::model::{DocType, Ty};
use crate::source::Representation;
use crate::tree::{Node, Value};
use crate::value::canonical_decimal;

pub use self::csv::{FORMULA_STARTS, formula_guard, write_csv};
pub use json::write_json;
#[cfg(feature = "xlsx")]
pub use xlsx::{workbook, workbook_of_csv};
pub use xml::write_xml;

/// Options of the writers.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions {
    /// CSV: start the file with a UTF-8 byte order mark (for spreadsheet programs).
    pub csv_bom: bool,
    /// CSV: prefix each cell that a spreadsheet program could run as a formula with
    /// `'` ([`formula_guard`]). Such files are not canonical.
    pub csv_formula_guard: bool,
    /// XLSX: the language of the sheets' names, messages and read-me.
    pub lang: crate::i18n::Lang,
}

/// Why documents cannot be written.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WriteError {
    /// CSV holds documents of one type only (the types, joined).
    MixedTypes(String),
    /// A document has no known `documentType`.
    UnknownType(usize),
    /// There is nothing to write.
    Empty,
    /// XLSX is not text: [`write_bytes`] writes it.
    Binary,
    /// The workbook could not be made (the reason, in the words of the
    /// library that makes it).
    Xlsx(String),
    /// This build writes no workbooks (it was made without the `xlsx`
    /// feature).
    XlsxNotBuilt,
}

impl WriteError {
    /// What went wrong, for a person.
    pub fn message(&self) -> Msg {
        match self {
            WriteError::MixedTypes(types) => msg::write_mixed_types(types),
            WriteError::UnknownType(document) => msg::write_unknown_type(*document),
            WriteError::Empty => msg::write_empty(),
            WriteError::Binary => msg::write_binary(),
            WriteError::Xlsx(reason) => msg::write_workbook_failed(reason),
            WriteError::XlsxNotBuilt => msg::write_xlsx_not_built(),
        }
    }
}

/// In English, as machine outputs and logs have it.
impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for WriteError {}

/// Writes documents in a representation.
pub fn write(
    docs: &[Node],
    to: Representation,
    options: &WriteOptions,
) -> Result<String, WriteError> {
    match to {
        Representation::Json => write_json(docs),
        Representation::Xml => write_xml(docs),
        Representation::Csv => write_csv(docs, options),
        Representation::Xlsx => Err(WriteError::Binary),
    }
}

/// Writes documents in a representation, as bytes: the text of the text
/// representations, the workbook of XLSX (documents of one type, each
/// cell as text, as the CSV form has them).
pub fn write_bytes(
    docs: &[Node],
    to: Representation,
    options: &WriteOptions,
) -> Result<Vec<u8>, WriteError> {
    if to != Representation::Xlsx {
        return write(docs, to, options).map(String::into_bytes);
    }
    let csv_options = WriteOptions {
        csv_bom: false,
        csv_formula_guard: false,
        lang: options.lang,
    };
    let text = write_csv(docs, &csv_options)?;
    let doc_type = doc_types(docs)?[0];
    sheet_of_csv(doc_type, &text, options.lang)
}

/// The workbook of a CSV text (see [`workbook_of_csv`]), when this build
/// writes workbooks.
pub(crate) fn sheet_of_csv(
    doc_type: DocType,
    csv: &str,
    lang: crate::i18n::Lang,
) -> Result<Vec<u8>, WriteError> {
    #[cfg(feature = "xlsx")]
    return workbook_of_csv(doc_type, csv, lang);
    #[cfg(not(feature = "xlsx"))]
    {
        let _ = (doc_type, csv, lang);
        Err(WriteError::XlsxNotBuilt)
    }
}

/// The type of each document, or the index of one that has none.
pub(crate) fn doc_types(docs: &[Node]) -> Result<Vec<DocType>, WriteError> {
    if docs.is_empty() {
        return Err(WriteError::Empty);
    }
    docs.iter()
        .enumerate()
        .map(|(i, d)| {
            d.str_of("documentType")
                .and_then(DocType::from_code)
                .ok_or(WriteError::UnknownType(i))
        })
        .collect()
}

/// Whether a field's value is written at all: absent, empty objects and empty
/// lists are not.
pub(crate) fn is_present(node: &Node) -> bool {
    match &node.value {
        Value::Object(m) => !m.is_empty(),
        Value::Array(items) => !items.is_empty(),
        Value::Null => false,
        _ => true,
    }
}

/// The canonical text of a scalar value of type `ty` (numbers in canonical
/// decimal form, booleans in lower case, text as it is).
pub(crate) fn scalar_text(node: &Node, ty: &Ty) -> String {
    match (&node.value, ty) {
        (Value::Number(n), Ty::Decimal { .. }) => canonical_decimal(n),
        (Value::Number(n), _) => n.clone(),
        (Value::Bool(b), _) => b.to_string(),
        (Value::String(s), _) => s.clone(),
        _ => String::new(),
    }
}

/// The language whose name of the data sheet (`Submission`, `Soumission`,
/// ...) is `name`, compared as a spreadsheet compares sheet names (case
/// aside); `None` for a name of no language.
pub fn sheet_lang(name: &str) -> Option<crate::i18n::Lang> {
    let name = name.trim().to_lowercase();
    crate::i18n::Lang::ALL
        .iter()
        .copied()
        .find(|&l| msg::workbook_sheet_submission().render(l).to_lowercase() == name)
}

/// The name of the data sheet in every language, in the order of
/// [`crate::i18n::Lang::ALL`]: the names a workbook fosx wrote may have.
pub fn submission_sheet_names() -> Vec<String> {
    crate::i18n::Lang::ALL
        .iter()
        .map(|&l| msg::workbook_sheet_submission().render(l))
        .collect()
}
