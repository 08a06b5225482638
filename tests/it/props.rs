//! Property tests (proptest): the round-trip rule of `representations.md`
//! on generated valid documents, and robustness on arbitrary and mutated
//! input.
//!
//! - [`valid`] generates valid documents of every type from the dictionary
//!   tables (so a new field is covered without touching these tests);
//! - this module holds the round-trip and validity properties;
//! - [`variants`] writes the same documents in the non-canonical ways the
//!   specification allows, which must read as the same documents;
//! - [`fuzz`] feeds arbitrary bytes and mutated fixtures to the library and
//!   to the command;
//! - [`bugs`] holds the smallest failing cases the properties found, as
//!   ignored regular tests until the library is fixed.
//!
//! Failures are not persisted (no `proptest-regressions/` files): a failure
//! prints its shrunk input, which becomes a named test in [`bugs`].

mod bugs;
mod conform;
mod fuzz;
mod valid;
mod variants;

use fosx::write::{WriteError, WriteOptions, write, write_json};
use fosx::{CheckOptions, Node, ReadOptions, Representation, Severity};
use proptest::prelude::*;
use valid::Docs;

/// The three representations.
const REPRESENTATIONS: [Representation; 3] = [
    Representation::Json,
    Representation::Xml,
    Representation::Csv,
];

/// A proptest configuration with `cases` cases (`PROPTEST_CASES` overrides
/// it, for a longer hunt) and no regression files.
pub(crate) fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(cases),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Check options as of [`valid::AS_OF`].
pub(crate) fn options() -> CheckOptions {
    CheckOptions::new(valid::as_of())
}

/// Reads text (representation detected) into documents; the case fails
/// with the reader's errors if it has any.
fn read_back(text: &str) -> Result<Vec<Node>, TestCaseError> {
    let parsed = fosx::read::read("generated", text.as_bytes(), &ReadOptions::default());
    let errors: Vec<String> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} {:?} {}", d.code, d.path, d.message.english()))
        .collect();
    prop_assert!(
        errors.is_empty(),
        "reading gave errors {errors:#?}\n--- text ---\n{text}"
    );
    Ok(parsed.documents)
}

fn json(docs: &[Node]) -> String {
    write_json(docs).expect("generated documents have a type")
}

fn written(docs: &[Node], to: Representation) -> String {
    write(docs, to, &WriteOptions::default()).expect("generated documents can be written")
}

/// Checks `text`: no error, so valid, and `documents` documents.
fn check_errors(text: &str, documents: usize) -> Result<(), TestCaseError> {
    let checked = fosx::check_bytes("generated", text.as_bytes(), &options());
    let errors: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} {:?} {}", d.code, d.path, d.message.english()))
        .collect();
    prop_assert!(
        errors.is_empty(),
        "a generated document is invalid: {errors:#?}\n--- text ---\n{text}"
    );
    prop_assert!(checked.is_valid(false));
    prop_assert_eq!(checked.documents.len(), documents);
    Ok(())
}

/// Checks a non-canonical spelling of `docs`: valid, and the same documents.
fn check_variant(docs: &[Node], style: &variants::Style) -> Result<(), TestCaseError> {
    let bytes = variants::write(docs, style);
    let checked = fosx::check_bytes("variant", &bytes, &options());
    let text = checked.source.text.as_str();
    let errors: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} {:?} {}", d.code, d.path, d.message.english()))
        .collect();
    prop_assert!(
        errors.is_empty(),
        "a spelling of valid documents is invalid: {errors:#?}\n--- text ---\n{text}"
    );
    prop_assert_eq!(
        json(&checked.documents),
        json(docs),
        "a spelling reads as other documents:\n--- text ---\n{}",
        text
    );
    Ok(())
}

/// One document or a collection of one type: what CSV can hold.
fn single_type() -> BoxedStrategy<Docs> {
    prop_oneof![2 => valid::one(), 1 => valid::collection_of_one_type()].boxed()
}

proptest! {
    #![proptest_config(config(32))]

    /// XLSX: read(write_xlsx(d)) == d, compared as canonical JSON, for a
    /// document or a collection of one type (what one worksheet holds).
    #[test]
    fn a_workbook_reads_back_what_it_wrote(docs in single_type()) {
        let canonical = json(&docs);
        let bytes = fosx::write::write_bytes(&docs, Representation::Xlsx, &WriteOptions::default())
            .expect("written");
        let parsed = fosx::read::read("generated.xlsx", &bytes, &ReadOptions::default());
        let errors: Vec<String> = parsed
            .diagnostics
            .iter()
            .map(|d| format!("{} {:?} {}", d.code, d.path, d.message.english()))
            .collect();
        prop_assert!(errors.is_empty(), "reading gave {errors:#?}");
        prop_assert_eq!(json(&parsed.documents), canonical.as_str());
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// For every representation F: read(write_F(d)) == d, compared as
    /// canonical JSON (also a CSV with a BOM).
    #[test]
    fn each_representation_reads_back_what_it_wrote(docs in valid::one()) {
        let canonical = json(&docs);
        for to in REPRESENTATIONS {
            let text = written(&docs, to);
            let back = read_back(&text)?;
            prop_assert_eq!(json(&back), canonical.as_str(), "through {:?}:\n{}", to, text);
        }
        let bom = write(&docs, Representation::Csv, &WriteOptions { csv_bom: true, ..Default::default() })
            .expect("written");
        prop_assert!(bom.starts_with('\u{feff}'), "no BOM");
        prop_assert_eq!(json(&read_back(&bom)?), canonical.as_str(), "through CSV with a BOM");
    }

    /// JSON → XML → CSV → JSON gives the canonical JSON byte for byte, and
    /// each intermediate text is canonical: writing what was read from it
    /// gives it back.
    #[test]
    fn json_xml_csv_json_is_identity(docs in single_type()) {
        let canonical = json(&docs);
        let from_json = read_back(&canonical)?;
        prop_assert_eq!(json(&from_json), canonical.as_str(), "canonical JSON is not canonical");

        let xml = written(&from_json, Representation::Xml);
        let from_xml = read_back(&xml)?;
        prop_assert_eq!(written(&from_xml, Representation::Xml), xml.as_str(), "canonical XML is not canonical");

        let csv = written(&from_xml, Representation::Csv);
        let from_csv = read_back(&csv)?;
        prop_assert_eq!(written(&from_csv, Representation::Csv), csv.as_str(), "canonical CSV is not canonical");

        prop_assert_eq!(json(&from_csv), canonical.as_str(), "JSON → XML → CSV → JSON changed the documents:\n{}", csv);
    }

    /// Collections of several documents of one type survive every
    /// representation; collections of mixed types survive JSON and XML, and
    /// CSV refuses them.
    #[test]
    fn collections_survive_every_representation(
        same in valid::collection_of_one_type(),
        mixed in valid::collection(None),
    ) {
        let canonical = json(&same);
        for to in REPRESENTATIONS {
            let text = written(&same, to);
            let back = read_back(&text)?;
            prop_assert_eq!(back.len(), same.len());
            prop_assert_eq!(json(&back), canonical.as_str(), "collection through {:?}:\n{}", to, text);
        }
        let canonical = json(&mixed);
        for to in [Representation::Json, Representation::Xml] {
            let text = written(&mixed, to);
            prop_assert_eq!(json(&read_back(&text)?), canonical.as_str(), "mixed collection through {:?}", to);
        }
        let types: std::collections::BTreeSet<_> =
            mixed.iter().map(|d| d.str_of("documentType")).collect();
        let csv = write(&mixed, Representation::Csv, &WriteOptions::default());
        if types.len() > 1 {
            prop_assert!(matches!(csv, Err(WriteError::MixedTypes(_))), "{csv:?}");
        } else {
            prop_assert!(csv.is_ok());
        }
    }

    /// The generated documents are valid (no error) in every representation.
    #[test]
    fn generated_documents_are_valid_everywhere(
        docs in single_type(),
        mixed in valid::collection(None),
    ) {
        for to in REPRESENTATIONS {
            check_errors(&written(&docs, to), docs.len())?;
        }
        for to in [Representation::Json, Representation::Xml] {
            check_errors(&written(&mixed, to), mixed.len())?;
        }
    }

    /// Every spelling the specification allows (key, element and column
    /// order, escapes, CDATA, delimiters, encodings, ...) reads as the same
    /// documents, which are valid.
    #[test]
    fn every_spelling_reads_as_the_same_documents(
        docs in single_type(),
        style in variants::style(true),
        mixed in valid::collection(None),
        mixed_style in variants::style(false),
    ) {
        check_variant(&docs, &style)?;
        check_variant(&mixed, &mixed_style)?;
    }
}
