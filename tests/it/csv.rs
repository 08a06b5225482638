//! The CSV representation, end to end: reading every edge case of
//! `docs/spec/representations.md` (fixtures in `fixtures/csv/`), locating
//! problems by line, column, record and column name in the JSON report,
//! writing canonical CSV, and agreeing with the published Table Schemas.
//!
//! Fixture names say what they show: `valid-*.csv` are valid spellings of the
//! spec examples (most convert to exactly `fixtures/valid/*.json`); the others
//! start with the code they must give.

mod problems;
mod writing;

use fosx::report::FileReport;
use fosx::write::{WriteOptions, write_csv, write_json};
use fosx::{CheckOptions, Checked, Date, Severity};
use std::path::Path;

const AS_OF: &str = "2026-11-28";

fn options() -> CheckOptions {
    CheckOptions::new(Date::parse(AS_OF).unwrap())
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bytes(file: &str) -> Vec<u8> {
    std::fs::read(root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn text(file: &str) -> String {
    String::from_utf8(bytes(file)).unwrap()
}

fn check(file: &str) -> Checked {
    fosx::check_bytes(file, &bytes(file), &options())
}

fn check_text(text: &str) -> Checked {
    fosx::check_bytes("inline.csv", text.as_bytes(), &options())
}

/// One diagnostic as the JSON report shows it: code, line, column, record,
/// field, path.
type Seen = (
    String,
    u64,
    u64,
    Option<u64>,
    Option<String>,
    Option<String>,
);

/// The diagnostics of the report of `checked`, in report order.
fn seen(checked: &Checked) -> Vec<Seen> {
    let report = serde_json::to_value(FileReport::new(checked, false)).unwrap();
    assert_eq!(report["representation"], "csv");
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["record"].as_u64(),
                d["field"].as_str().map(str::to_string),
                d["path"].as_str().map(str::to_string),
            )
        })
        .collect()
}

type Expected<'a> = (
    &'a str,
    u64,
    u64,
    Option<u64>,
    Option<&'a str>,
    Option<&'a str>,
);

fn expect(checked: &Checked, expected: &[Expected]) {
    let expected: Vec<Seen> = expected
        .iter()
        .map(|(c, l, col, r, f, p)| {
            (
                format!("FOS-{c}"),
                *l,
                *col,
                *r,
                f.map(str::to_string),
                p.map(str::to_string),
            )
        })
        .collect();
    assert_eq!(seen(checked), expected, "{}", checked.source.name);
}

/// The decoded text at a 1-based line and column (in characters).
fn at(checked: &Checked, line: u64, column: u64) -> String {
    let l = checked
        .source
        .text
        .split('\n')
        .nth(line as usize - 1)
        .unwrap();
    l.chars().skip(column as usize - 1).collect()
}

fn to_json(checked: &Checked) -> String {
    assert!(
        checked.is_valid(false),
        "{}: {:#?}",
        checked.source.name,
        checked.diagnostics
    );
    write_json(&checked.documents).unwrap()
}

// ---------------------------------------------------------------- valid input

#[test]
fn spreadsheet_export_converts_to_the_canonical_progress_report() {
    // UTF-8 BOM, `;` delimiter, CRLF, `TRUE`, columns in another order.
    let file = "fixtures/csv/valid-spreadsheet-progress-report.csv";
    let raw = bytes(file);
    assert!(raw.starts_with(b"\xEF\xBB\xBF"));
    let raw_text = String::from_utf8_lossy(&raw);
    assert!(raw_text.starts_with("\u{FEFF}entries.technicalAssistanceRequested;entries.standard;"));
    assert!(raw_text.contains("\r\nTRUE;3;"));
    let checked = check(file);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    assert_eq!(
        to_json(&checked),
        text("fixtures/valid/progress-report.json")
    );
}

#[test]
fn csv_variants_convert_to_the_canonical_json() {
    let cases = [
        ("valid-semicolon.csv", "timetable"),
        ("valid-excel-sep.csv", "timetable"),
        ("valid-tab.csv", "timetable"),
        ("valid-shuffled-columns.csv", "timetable"),
        ("valid-true-false.csv", "timetable"),
        ("valid-blank-lines.csv", "timetable"),
        ("valid-utf-16.csv", "timetable"),
        ("valid-bom.csv", "notification"),
        ("valid-windows-1252.csv", "notification"),
        ("valid-lf.csv", "progress-report"),
    ];
    for (file, example) in cases {
        let checked = check(&format!("fixtures/csv/{file}"));
        let errors: Vec<_> = checked
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{file}: {errors:#?}");
        assert_eq!(
            to_json(&checked),
            text(&format!("fixtures/valid/{example}.json")),
            "{file}"
        );
    }
}

#[test]
fn spec_examples_convert_byte_for_byte_both_ways() {
    for t in ["notification", "timetable", "progress-report"] {
        let json = text(&format!("fixtures/valid/{t}.json"));
        let csv = text(&format!("fixtures/valid/{t}.csv"));
        let from_json = fosx::check_bytes("x.json", json.as_bytes(), &options());
        assert_eq!(
            write_csv(&from_json.documents, &WriteOptions::default()).unwrap(),
            csv,
            "{t}: JSON to CSV"
        );
        assert_eq!(to_json(&check(&format!("fixtures/valid/{t}.csv"))), json);
    }
}

#[test]
fn the_cli_converts_the_examples_byte_for_byte() {
    for t in ["notification", "timetable", "progress-report"] {
        for (from, to) in [("json", "csv"), ("csv", "json")] {
            let out = assert_cmd::Command::cargo_bin("fosx")
                .unwrap()
                .current_dir(root())
                .args(["convert", &format!("fixtures/valid/{t}.{from}")])
                .args(["--to", to, "--as-of", AS_OF])
                .output()
                .unwrap();
            assert!(out.status.success(), "{t}.{from}");
            assert_eq!(
                String::from_utf8(out.stdout).unwrap(),
                text(&format!("fixtures/valid/{t}.{to}")),
                "{t}.{from} to {to}"
            );
        }
    }
}

#[test]
fn a_quoted_crlf_in_a_cell_becomes_lf() {
    let checked = check("fixtures/csv/valid-quoted-crlf.csv");
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    let json = to_json(&checked);
    assert!(json.contains("\"notes\": \"Depends on the reform\\nof the customs code.\""));
    let expected = text("fixtures/valid/timetable.json")
        .replace("reform of the customs", "reform\\nof the customs");
    assert_eq!(json, expected);
    // Written back, the cell is quoted and keeps its LF; rows end in CRLF.
    let csv = write_csv(&checked.documents, &WriteOptions::default()).unwrap();
    assert!(csv.contains(",\"Depends on the reform\nof the customs code.\"\r\n"));
}

#[test]
fn rows_of_a_document_need_not_be_adjacent() {
    let checked = check("fixtures/csv/valid-non-adjacent-rows.csv");
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    let ids: Vec<_> = checked
        .documents
        .iter()
        .map(|d| d.str_of("documentId").unwrap())
        .collect();
    assert_eq!(ids, ["EU-TT-2026", "EU-TT-2027"]);
    for doc in &checked.documents {
        let standards: Vec<_> = doc
            .get("entries")
            .unwrap()
            .items()
            .iter()
            .map(|e| e.get("standard").unwrap().as_int().unwrap())
            .collect();
        assert_eq!(standards, [7, 14]);
    }
    // Canonical CSV writes each document's rows together.
    let csv = write_csv(&checked.documents, &WriteOptions::default()).unwrap();
    let ids: Vec<_> = csv.lines().skip(1).map(|l| &l[4..24]).collect();
    assert_eq!(
        ids,
        [
            "timetable,EU-TT-2026",
            "timetable,EU-TT-2026",
            "timetable,EU-TT-2027",
            "timetable,EU-TT-2027"
        ]
    );
}

#[test]
fn several_documents_and_one_without_entries() {
    let checked = check("fixtures/csv/valid-several-documents.csv");
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    assert_eq!(checked.documents.len(), 2);
    assert_eq!(
        checked.documents[0].get("entries").unwrap().items().len(),
        4
    );
    assert!(checked.documents[1].get("entries").is_none());
    // Written back: one row per entry, one row for the document without entries.
    let csv = write_csv(&checked.documents, &WriteOptions::default()).unwrap();
    assert_eq!(csv, text("fixtures/csv/valid-several-documents.csv"));
    assert!(csv.ends_with(",Directeur général,,,\r\n"));
}

#[test]
fn windows_1252_is_read_with_a_p04_warning() {
    let checked = check("fixtures/csv/valid-windows-1252.csv");
    assert_eq!(checked.source.encoding, "windows-1252");
    assert!(checked.is_valid(false));
    assert!(!checked.is_valid(true));
    expect(
        &checked,
        &[("P04", 2, 56, Some(1), Some("submitter.memberName"), None)],
    );
    assert!(at(&checked, 2, 56).starts_with("énégal"));
}

#[test]
fn utf16_with_a_bom_is_decoded() {
    let raw = bytes("fixtures/csv/valid-utf-16.csv");
    assert!(raw.starts_with(&[0xFF, 0xFE]));
    let checked = check("fixtures/csv/valid-utf-16.csv");
    assert_eq!(checked.source.encoding, "utf-16le");
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
}
