//! Every document fosx writes validates against its own published schemas:
//! a few hundred valid documents from the round-trip tests' generators
//! (`tests/it/props/valid.rs`), written by fosx as JSON, XML and CSV, each
//! checked by every oracle of its representation.

use super::{Oracle, check_jsonschema_verdicts, python_verdicts, root, xmllint_verdicts};
use fosx::Representation;
use fosx::write::{WriteOptions, write};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use std::collections::BTreeMap;

#[allow(dead_code)]
#[path = "../it/props/valid.rs"]
mod valid;

/// How many samples (each one document, or a collection of 2–4 documents
/// of one type).
const SAMPLES: usize = 200;

pub fn validates() -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let strategy = proptest::prop_oneof![2 => valid::one(), 1 => valid::collection_of_one_type()];
    let mut runner = TestRunner::deterministic();
    let mut json = Vec::new();
    let mut xml = Vec::new();
    let mut csv: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let mut documents = 0;
    for i in 0..SAMPLES {
        let docs = strategy
            .new_tree(&mut runner)
            .map_err(|e| e.to_string())?
            .current();
        documents += docs.len();
        let doc_type = docs[0]
            .str_of("documentType")
            .and_then(fosx::model::DocType::from_code)
            .ok_or("a generated document has a type")?;
        for (to, ext) in [
            (Representation::Json, "json"),
            (Representation::Xml, "xml"),
            (Representation::Csv, "csv"),
        ] {
            let text = write(&docs, to, &WriteOptions::default())
                .map_err(|e| format!("sample {i}: {e}"))?;
            let name = format!("sample-{i:03}.{ext}");
            std::fs::write(dir.path().join(&name), text).map_err(|e| e.to_string())?;
            match to {
                Representation::Json => json.push(name),
                Representation::Xml => xml.push(name),
                Representation::Csv => csv.entry(doc_type.code()).or_default().push(name),
                // Not written here: no external oracle reads workbooks.
                Representation::Xlsx => {}
            }
        }
    }
    if documents < 250 {
        return Err(format!("only {documents} documents were generated"));
    }
    let mut verdicts: Vec<(Oracle, BTreeMap<String, bool>)> = vec![
        (
            Oracle::PythonJsonschema,
            python_verdicts(
                "jsonschema",
                &root().join("schemas/fosx.schema.json"),
                dir.path(),
                &json,
            )?,
        ),
        (
            Oracle::CheckJsonschema,
            check_jsonschema_verdicts(dir.path(), &json)?,
        ),
        (Oracle::Xmllint, xmllint_verdicts(dir.path(), &xml)?),
        (
            Oracle::Xmlschema,
            python_verdicts(
                "xmlschema",
                &root().join("schemas/fosx.xsd"),
                dir.path(),
                &xml,
            )?,
        ),
    ];
    for (t, names) in &csv {
        verdicts.push((
            Oracle::Frictionless,
            python_verdicts(
                "frictionless",
                &root().join(format!("schemas/{t}.table-schema.json")),
                dir.path(),
                names,
            )?,
        ));
    }
    let mut invalid = Vec::new();
    for (oracle, files) in &verdicts {
        for (file, valid) in files {
            if !valid {
                let text = std::fs::read_to_string(dir.path().join(file)).unwrap_or_default();
                invalid.push(format!("{}: {file} is invalid:\n{text}", oracle.name()));
            }
        }
    }
    if invalid.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} written file(s) refused by their own schema:\n{}",
            invalid.len(),
            invalid.join("\n")
        ))
    }
}
