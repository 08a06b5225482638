//! The published Table Schemas and `frictionless validate` agree with fosx
//! on which CSV files are structurally valid.

use super::{check, root};
use fosx::Severity;

/// The document type whose Table Schema a CSV fixture is checked against.
fn fixture_type(file: &str) -> &'static str {
    const TYPES: &[(&str, &str)] = &[
        ("P03-ragged-row.csv", "timetable"),
        ("P03-unterminated-quote.csv", "timetable"),
        ("R16-document-cell-differs.csv", "timetable"),
        ("R17-two-document-types.csv", "timetable"),
        ("S01-no-document-id-column.csv", "timetable"),
        ("S02-unknown-column.csv", "progress-report"),
        ("S04-bad-stakeholder.csv", "progress-report"),
        ("S08-duplicate-column.csv", "timetable"),
        ("S09-unknown-document-type.csv", "timetable"),
        ("valid-blank-lines.csv", "timetable"),
        ("valid-bom.csv", "notification"),
        ("valid-lf.csv", "progress-report"),
        ("valid-non-adjacent-rows.csv", "timetable"),
        ("valid-quoted-crlf.csv", "timetable"),
        ("valid-semicolon.csv", "timetable"),
        ("valid-several-documents.csv", "notification"),
        ("valid-shuffled-columns.csv", "timetable"),
        ("valid-spreadsheet-progress-report.csv", "progress-report"),
        ("valid-tab.csv", "timetable"),
        ("valid-true-false.csv", "timetable"),
        ("valid-utf-16.csv", "timetable"),
        ("valid-windows-1252.csv", "notification"),
        ("notification.csv", "notification"),
        ("timetable.csv", "timetable"),
        ("progress-report.csv", "progress-report"),
    ];
    TYPES
        .iter()
        .find(|(f, _)| *f == file)
        .map(|(_, t)| *t)
        .unwrap_or_else(|| panic!("{file}: add it to the table of fixture types"))
}

/// Where fosx and `frictionless validate` are expected to disagree on whether
/// a file is structurally valid, and why. fosx's structural verdict is "no
/// P or S error"; business rules (R01–R18, R16 and R17 included) are beyond
/// a Table Schema, and so is everything in this list. The list must be exact:
/// an agreement listed here fails the test too.
const DISAGREEMENTS: &[(&str, &str)] = &[
    // Python's csv module takes an unterminated quote as a cell running to
    // the end of the file; fosx refuses it (P03).
    ("P03-unterminated-quote.csv", "unterminated quote"),
    // R17 is a business rule for fosx (structurally the row is fine); for the
    // Table Schema the other type breaks the `documentType` enum.
    (
        "R17-two-document-types.csv",
        "R17 is an enum error to frictionless",
    ),
    // fosx skips blank lines; frictionless takes the leading blank line as
    // the header row.
    ("valid-blank-lines.csv", "blank lines"),
];

/// Starts `frictionless validate --json --schema SCHEMA FILE` in the crate
/// root, with relative paths (frictionless refuses absolute ones).
fn frictionless(schema: &str, file: &str) -> std::process::Child {
    std::process::Command::new("frictionless")
        .current_dir(root())
        .args(["validate", "--json", "--schema", schema, file])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

/// The verdict in frictionless's JSON report.
fn frictionless_valid(child: std::process::Child, file: &str) -> bool {
    let out = child.wait_with_output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "frictionless on {file}: {e}: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    report["valid"].as_bool().unwrap()
}

#[test]
fn frictionless_agrees_on_structure() {
    let installed = std::process::Command::new("frictionless")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        assert!(
            std::env::var_os("CI").is_none(),
            "frictionless is not installed (pip install frictionless), and CI is set"
        );
        eprintln!("note: frictionless is not installed; Table Schema agreement not checked");
        return;
    }
    let mut files: Vec<String> = std::fs::read_dir(root().join("fixtures/csv"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|f| f.ends_with(".csv"))
        .map(|f| format!("fixtures/csv/{f}"))
        .collect();
    files.sort();
    files.extend(
        ["notification", "timetable", "progress-report"].map(|t| format!("fixtures/valid/{t}.csv")),
    );
    // One process per file, all at once: each takes about two seconds to start.
    let running: Vec<_> = files
        .iter()
        .map(|file| {
            let name = file.rsplit('/').next().unwrap();
            let schema = format!("schemas/{}.table-schema.json", fixture_type(name));
            frictionless(&schema, file)
        })
        .collect();
    let mut wrong = Vec::new();
    for (file, child) in files.iter().zip(running) {
        let name = file.rsplit('/').next().unwrap();
        let checked = check(file);
        let fosx_valid = !checked.diagnostics.iter().any(|d| {
            d.severity == Severity::Error && matches!(d.code.as_str().as_bytes()[0], b'P' | b'S')
        });
        let theirs = frictionless_valid(child, file);
        let listed = DISAGREEMENTS.iter().any(|(f, _)| *f == name);
        if (fosx_valid != theirs) != listed {
            wrong.push(format!(
                "{file}: fosx {fosx_valid}, frictionless {theirs}, listed as a disagreement: {listed}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
