//! Every fixture: fosx's structural verdict (no P or S error) against the
//! oracles' verdicts on the published schemas. Business rules (R codes) are
//! not part of any schema, so a fixture with only R errors is valid for both.

use super::{
    codes, files_in, options, python_verdicts, root, structurally_valid, xmllint_verdicts,
};

/// Compares verdicts; `listed` are the files expected to differ (by name).
fn compare(
    oracle: &str,
    verdicts: &[(String, bool, bool, Vec<String>)],
    listed: &[(&str, &str)],
) -> Result<(), String> {
    let mut problems = Vec::new();
    for (name, fosx, theirs, codes) in verdicts {
        let expected = listed.iter().any(|(n, _)| n == name);
        if (fosx != theirs) != expected {
            problems.push(format!(
                "{name}: {oracle} says {}, fosx says {} {codes:?}{}",
                if *theirs { "valid" } else { "invalid" },
                if *fosx { "valid" } else { "invalid" },
                if expected {
                    ", listed as a difference"
                } else {
                    ""
                }
            ));
        }
    }
    for (name, _) in listed {
        if !verdicts.iter().any(|(n, ..)| n == name) {
            problems.push(format!("{name}: listed but not a fixture"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// JSON fixtures on which python `jsonschema` and fosx differ, and why.
const JSON_DIFFERENCES: &[(&str, &str)] = &[
    (
        "S08-duplicate-key.json",
        "Python's json keeps the last of two equal keys and never tells",
    ),
    (
        "S03-exponent.json",
        "JSON Schema sees the number, not its text: 1.8432e6 is the integer 1843200",
    ),
    (
        "S03-too-many-decimals.json",
        "JSON Schema has no keyword for the number of fractional digits of a number's text",
    ),
    (
        "S05-document-id-newline.json",
        "Python's `re` lets `$` match before a final newline; ECMA-262 does not",
    ),
];

pub fn python_jsonschema() -> Result<(), String> {
    let mut files = files_in(&root().join("fixtures/valid"), "json");
    files.extend(files_in(&root().join("fixtures/json"), "json"));
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let theirs = python_verdicts(
        "jsonschema",
        &root().join("schemas/fosx.schema.json"),
        root(),
        &names,
    )?;
    let verdicts: Vec<_> = files
        .iter()
        .zip(&names)
        .map(|(f, n)| {
            let checked = fosx::check_path(f, &options());
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            (
                name,
                structurally_valid(&checked),
                theirs[n],
                codes(&checked),
            )
        })
        .collect();
    compare("python jsonschema", &verdicts, JSON_DIFFERENCES)
}

/// XML fixtures on which xmllint and fosx differ, and why.
const XML_DIFFERENCES: &[(&str, &str)] = &[(
    "p05-harmless-doctype.xml",
    "fosx refuses every DOCTYPE (P05); XSD validation accepts a DTD that declares nothing",
)];

pub fn xmllint() -> Result<(), String> {
    let mut files = files_in(&root().join("fixtures/xml"), "xml");
    files.extend(files_in(&root().join("fixtures/valid"), "xml"));
    if files.len() <= 30 {
        return Err("fewer XML fixtures than expected".into());
    }
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let theirs = xmllint_verdicts(root(), &names)?;
    let verdicts: Vec<_> = files
        .iter()
        .zip(&names)
        .map(|(f, n)| {
            let checked = fosx::check_path(f, &options());
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            (
                name,
                structurally_valid(&checked),
                theirs[n],
                codes(&checked),
            )
        })
        .collect();
    compare("xmllint", &verdicts, XML_DIFFERENCES)
}

/// The document type whose Table Schema a CSV fixture is checked against.
fn fixture_type(file: &str) -> Option<&'static str> {
    const TYPES: &[(&str, &str)] = &[
        ("hand-filled-progress-report.csv", "progress-report"),
        ("P03-ragged-row.csv", "timetable"),
        ("P03-unterminated-quote.csv", "timetable"),
        ("R16-document-cell-differs.csv", "timetable"),
        ("R17-two-document-types.csv", "timetable"),
        ("S01-no-document-id-column.csv", "timetable"),
        ("S01-empty-submitter-group.csv", "progress-report"),
        ("S02-unknown-column.csv", "progress-report"),
        ("S04-bad-stakeholder.csv", "progress-report"),
        ("S08-duplicate-column.csv", "timetable"),
        ("S09-unknown-document-type.csv", "timetable"),
        ("valid-blank-lines.csv", "timetable"),
        ("valid-bom.csv", "notification"),
        ("valid-excel-sep.csv", "timetable"),
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
    TYPES.iter().find(|(f, _)| *f == file).map(|(_, t)| *t)
}

/// CSV fixtures on which frictionless and fosx differ, and why. fosx's
/// structural verdict is "no P or S error"; business rules (R16 and R17
/// included) are beyond a Table Schema.
const CSV_DIFFERENCES: &[(&str, &str)] = &[
    (
        "P03-unterminated-quote.csv",
        "Python's csv module takes an unterminated quote as a cell running to the end of the file; fosx refuses it (P03)",
    ),
    (
        "R17-two-document-types.csv",
        "R17 is a business rule for fosx; for the Table Schema the other type breaks the documentType enum",
    ),
    (
        "valid-excel-sep.csv",
        "fosx honours Excel's `sep=;` first line; frictionless takes it as the header row",
    ),
    (
        "valid-blank-lines.csv",
        "fosx skips blank lines; frictionless takes the leading blank line as the header row",
    ),
];

pub fn frictionless() -> Result<(), String> {
    let mut files: Vec<String> = files_in(&root().join("fixtures/csv"), "csv")
        .iter()
        .map(|f| format!("fixtures/csv/{}", f.file_name().unwrap().to_string_lossy()))
        .collect();
    files.extend(
        ["notification", "timetable", "progress-report"].map(|t| format!("fixtures/valid/{t}.csv")),
    );
    let mut verdicts = Vec::new();
    for t in ["notification", "timetable", "progress-report"] {
        let of_type: Vec<String> = files
            .iter()
            .filter(|f| {
                let name = f.rsplit('/').next().unwrap();
                fixture_type(name) == Some(t)
            })
            .cloned()
            .collect();
        let theirs = python_verdicts(
            "frictionless",
            &root().join(format!("schemas/{t}.table-schema.json")),
            root(),
            &of_type,
        )?;
        for file in &of_type {
            let checked = fosx::check_path(&root().join(file), &options());
            let name = file.rsplit('/').next().unwrap().to_string();
            verdicts.push((
                name,
                structurally_valid(&checked),
                theirs[file],
                codes(&checked),
            ));
        }
    }
    for f in &files {
        let name = f.rsplit('/').next().unwrap();
        if fixture_type(name).is_none() {
            return Err(format!("{name}: add it to the table of fixture types"));
        }
    }
    compare("frictionless", &verdicts, CSV_DIFFERENCES)
}
