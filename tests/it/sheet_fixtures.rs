//! The spec examples as LibreOffice Calc saved them (`fixtures/spreadsheet/`):
//! each help of a changed value holds the example's own value, and `fosx fix`
//! gives back the example's canonical JSON byte for byte.

use super::cli::run;
use super::json_fixtures::{AS_OF, root};
use super::serve::fosx;
use serde_json::Value;

/// The example a fixture was made from: `fixtures/valid/NAME.json`.
fn example(file: &str) -> (String, Value) {
    let name = file.rsplit('/').next().unwrap().split('.').next().unwrap();
    let text = std::fs::read_to_string(root().join(format!("fixtures/valid/{name}.json"))).unwrap();
    let value = serde_json::from_str(&text).unwrap();
    (text, value)
}

/// Every file Calc changed in ways `fix` can repair with certainty.
const REPAIRABLE: &[&str] = &[
    "typed/notification.cp1252-semicolon.csv",
    "typed/notification.utf16-tab.csv",
    "typed/notification.utf8-comma.csv",
    "typed/progress-report.cp1252-semicolon.csv",
    "typed/progress-report.utf16-tab.csv",
    "typed/progress-report.utf8-comma.csv",
    "typed/timetable.cp1252-semicolon.csv",
    "typed/timetable.utf16-tab.csv",
    "typed/timetable.utf8-comma.csv",
    "locale/progress-report.dates-de-DE.csv",
    "locale/progress-report.dates-en-GB.csv",
    "locale/progress-report.dates-en-US.csv",
    "locale/progress-report.dates-fr-FR.csv",
    "locale/progress-report.dates-serial.csv",
    "locale/progress-report.decimal-comma-de-DE.csv",
    "locale/progress-report.decimal-comma-fr-FR.csv",
    "locale/progress-report.percent.csv",
    "locale/progress-report.thousands-de-DE.csv",
    "locale/progress-report.thousands-en-US.csv",
    "locale/progress-report.thousands-fr-FR.csv",
    "locale/timetable.booleans-1-0.csv",
    "locale/timetable.booleans-de-DE.csv",
    "locale/timetable.booleans-fr-FR.csv",
    "locale/timetable.booleans-oui-non.csv",
    "locale/timetable.booleans-yes-no.csv",
    "locale/timetable.dates-en-GB.csv",
    "opened/notification.xlsx-de-DE.csv",
    "opened/notification.xlsx-fr-FR.csv",
    "opened/progress-report.csv-de-DE.csv",
    "opened/progress-report.csv-fr-FR.csv",
    "opened/progress-report.xlsx-de-DE.csv",
    "opened/progress-report.xlsx-fr-FR.csv",
    "opened/timetable.xlsx-de-DE.csv",
    "opened/timetable.xlsx-fr-FR.csv",
    "edited/progress-report.thousands-fr-FR-narrow.csv",
];

fn report(file: &str) -> Vec<Value> {
    let r = run(fosx()
        .args(["validate", "--as-of", AS_OF, "--format", "json"])
        .arg(format!("fixtures/spreadsheet/{file}")));
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn typed_round_trips_are_valid_with_the_schema_version_warning() {
    for file in REPAIRABLE.iter().filter(|f| f.starts_with("typed/")) {
        let diags = report(file);
        let codes: Vec<(&str, &str)> = diags
            .iter()
            .map(|d| (d["code"].as_str().unwrap(), d["severity"].as_str().unwrap()))
            .filter(|(c, _)| *c != "FOS-P04")
            .collect();
        assert_eq!(codes, [("FOS-S10", "warning")], "{file}");
        assert_eq!(
            diags[0]["message"],
            "schemaVersion `1` was read as `1.0`: a spreadsheet changed it"
        );
        let r = run(fosx()
            .args(["convert", "--as-of", AS_OF, "--to", "json"])
            .arg(format!("fixtures/spreadsheet/{file}")));
        assert_eq!(r.code, 0, "{file}: {}", r.stderr);
        assert_eq!(r.stdout, example(file).0, "{file}");
    }
}

#[test]
fn every_certain_help_holds_the_examples_own_value() {
    for file in REPAIRABLE {
        let (_, expected) = example(file);
        for d in report(file) {
            if d["code"] == "FOS-P04" {
                continue;
            }
            let fix = &d["fix"];
            assert_eq!(fix["certain"], true, "{file}: {d}");
            let path = fix["path"].as_str().unwrap();
            assert_eq!(
                &fix["value"],
                expected.pointer(path).unwrap(),
                "{file}: {d}"
            );
            let shown = match &fix["value"] {
                Value::String(s) => s.clone(),
                v => v.to_string(),
            };
            if d["code"] == "FOS-S03" {
                let help = d["help"].as_str().unwrap();
                assert!(
                    help.ends_with(&format!("did you mean {shown}?")),
                    "{file}: {help}"
                );
            }
        }
    }
}

#[test]
fn fix_gives_back_the_example_byte_for_byte() {
    for file in REPAIRABLE {
        let input = root().join(format!("fixtures/spreadsheet/{file}"));
        let before = std::fs::read(&input).unwrap();
        let r = run(fosx()
            .args(["fix", "--as-of", AS_OF, "--to", "json"])
            .arg(format!("fixtures/spreadsheet/{file}")));
        assert_eq!(r.code, 0, "{file}: {}", r.stderr);
        assert_eq!(r.stdout, example(file).0, "{file}");
        assert_eq!(
            std::fs::read(&input).unwrap(),
            before,
            "{file} is left as it was"
        );
    }
}

#[test]
fn day_first_dates_with_the_order_given() {
    for file in [
        "locale/progress-report.dates-en-GB.csv",
        "locale/timetable.dates-en-GB.csv",
    ] {
        let r = run(fosx()
            .args([
                "fix",
                "--as-of",
                AS_OF,
                "--to",
                "json",
                "--date-order",
                "dmy",
            ])
            .arg(format!("fixtures/spreadsheet/{file}")));
        assert_eq!(r.code, 0, "{file}: {}", r.stderr);
        assert_eq!(r.stdout, example(file).0, "{file}");
    }
}

#[test]
fn mixed_orders_and_two_digit_years_are_reported_and_left() {
    let file = "locale/progress-report.dates-mixed.csv";
    let (_, expected) = example(file);
    let diags = report(file);
    let left: Vec<(&str, &str)> = diags
        .iter()
        .filter(|d| d["fix"].is_null())
        .map(|d| (d["path"].as_str().unwrap(), d["help"].as_str().unwrap()))
        .collect();
    assert_eq!(
        left,
        [
            (
                "/entries/0/actualCompletion",
                "read day first this date is 2024-01-07, read month first 2024-07-01; the file's dates are written both ways: write it year-month-day"
            ),
            (
                "/entries/11/actualCompletion",
                "read day first this date is 2025-01-10, read month first 2025-10-01; the file's dates are written both ways: write it year-month-day"
            ),
        ]
    );
    for d in diags.iter().filter(|d| !d["fix"].is_null()) {
        assert_eq!(
            &d["fix"]["value"],
            expected.pointer(d["path"].as_str().unwrap()).unwrap()
        );
    }
    let r = run(fosx()
        .args(["fix", "--as-of", AS_OF])
        .arg(format!("fixtures/spreadsheet/{file}")));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .ends_with("15 value(s) changed; the result: 2 error(s), 0 warning(s)\n"),
        "{}",
        r.stderr
    );

    let file = "locale/progress-report.dates-fr-FR-short.csv";
    let short: Vec<Value> = report(file)
        .into_iter()
        .filter(|d| d["code"] == "FOS-S03")
        .collect();
    assert_eq!(short.len(), 16);
    for d in &short {
        assert!(d["fix"].is_null());
        assert!(
            d["help"]
                .as_str()
                .unwrap()
                .starts_with("the year has only two digits ("),
            "{d}"
        );
    }
    let r = run(fosx()
        .args(["fix", "--as-of", AS_OF])
        .arg(format!("fixtures/spreadsheet/{file}")));
    assert_eq!(r.code, 1);
}
