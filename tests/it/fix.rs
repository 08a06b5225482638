//! `fosx fix`: every certain fix made, the changes printed, the canonical
//! form written and checked again; exit codes; the input never changed.

use super::cli::{fosx, run};
use super::json_fixtures::{AS_OF, root};
use assert_cmd::Command;

fn fix(args: &[&str]) -> Command {
    let mut cmd = fosx();
    cmd.args(["fix", "--as-of", AS_OF]).args(args);
    cmd
}

fn validate(path: &std::path::Path) -> i32 {
    run(Command::cargo_bin("fosx")
        .unwrap()
        .args(["validate", "--as-of", AS_OF])
        .arg(path))
    .code
}

#[test]
fn day_first_file_becomes_valid_and_is_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let input = root().join("fixtures/sheet/day-first.csv");
    let before = std::fs::read(&input).unwrap();
    let out = dir.path().join("fixed.csv");
    let r = run(fix(&["--date-order", "dmy", "fixtures/sheet/day-first.csv", "-o"]).arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(
        std::fs::read(&input).unwrap(),
        before,
        "the input is never modified"
    );
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(
        lines,
        [
            r#"fixtures/sheet/day-first.csv: row 2, column A (schemaVersion): "1" → "1.0""#,
            r#"fixtures/sheet/day-first.csv: row 2, column E (submissionDate): "20/05/2026" → "2026-05-20""#,
            r#"fixtures/sheet/day-first.csv: row 2, column R (entries.plannedStart): "01/07/2026" → "2026-07-01""#,
            r#"fixtures/sheet/day-first.csv: row 2, column S (entries.plannedCompletion): "01/07/2028" → "2028-07-01""#,
            r#"fixtures/sheet/day-first.csv: row 2, column U (entries.legislativeChangesRequired): "VRAI" → "true""#,
            r#"fixtures/sheet/day-first.csv: row 3, column R (entries.plannedStart): "01/01/2026" → "2026-01-01""#,
            r#"fixtures/sheet/day-first.csv: row 3, column S (entries.plannedCompletion): "31/12/2026" → "2026-12-31""#,
            r#"fixtures/sheet/day-first.csv: row 3, column V (entries.capacityBuildingRequired): "FAUX" → "false""#,
            r#"fixtures/sheet/day-first.csv: row 3, column W (entries.technicalAssistanceRequested): "FAUX" → "false""#,
            "fixtures/sheet/day-first.csv: 9 value(s) changed; the result: 0 error(s), 0 warning(s)",
        ]
    );
    assert_eq!(validate(&out), 0);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.lines()
            .nth(1)
            .unwrap()
            .starts_with("1.0,timetable,EU-TT-2026,2018,2026-05-20,")
    );
}

#[test]
fn month_first_and_number_files_become_valid_in_every_representation() {
    let dir = tempfile::tempdir().unwrap();
    for (file, to, changed) in [
        ("month-first.csv", "csv", 9),
        ("month-first.csv", "xml", 9),
        ("numbers.csv", "json", 11),
        ("numbers.csv", "csv", 11),
    ] {
        let out = dir.path().join(format!("{file}.{to}"));
        let r = run(fix(&["--to", to, &format!("fixtures/sheet/{file}"), "-o"]).arg(&out));
        assert_eq!(r.code, 0, "{file} → {to}: {}", r.stderr);
        assert!(
            r.stderr.contains(&format!(
                "{changed} value(s) changed; the result: 0 error(s)"
            )),
            "{}",
            r.stderr
        );
        assert_eq!(validate(&out), 0, "{file} → {to}");
    }
    let json = std::fs::read_to_string(dir.path().join("numbers.csv.json")).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["indicators"]["declaredValue"], 96500000.5);
    assert_eq!(doc["indicators"]["advanceDataCoveragePercent"], 72.5);
    assert_eq!(doc["indicators"]["currency"], "KES");
    assert_eq!(doc["submitter"]["region"], "ESA");
    assert_eq!(doc["entries"][0]["technicalAssistanceRequested"], true);
    assert_eq!(
        doc["entries"][0]["stakeholders"],
        serde_json::json!(["postal-operators", "express-carriers"])
    );
    assert!(json.contains("\"ecommerceDeclarations\": 1843200,"));
}

#[test]
fn ambiguous_dates_are_left_and_the_exit_code_says_invalid() {
    let r = run(&mut fix(&["fixtures/sheet/ambiguous-dates.csv"]));
    assert_eq!(r.code, 1);
    // Written to standard output without -o, unchanged values and all.
    assert!(
        r.stdout
            .contains("1.0,timetable,EU-TT-2026,2018,05/04/2026,"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr
            .contains("read day first this date is 2026-04-05, read month first 2026-05-04")
    );
    assert!(r.stderr.ends_with(
        "fixtures/sheet/ambiguous-dates.csv: 0 value(s) changed; the result: 3 error(s), 0 warning(s)\n"
    ), "{}", r.stderr);
    let r = run(&mut fix(&[
        "--date-order",
        "mdy",
        "fixtures/sheet/ambiguous-dates.csv",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("1.0,timetable,EU-TT-2026,2018,2026-05-04,")
    );
    assert!(r.stderr.contains(
        r#"ambiguous-dates.csv: row 2, column E (submissionDate): "05/04/2026" → "2026-05-04""#
    ));
}

#[test]
fn french_changes_and_verdict() {
    let r = run(
        fix(&["fixtures/sheet/ambiguous-dates.csv", "--date-order", "dmy"])
            .env("LANG", "fr_FR.UTF-8"),
    );
    assert_eq!(r.code, 0);
    assert!(r.stderr.ends_with(
        "fixtures/sheet/ambiguous-dates.csv : 3 valeurs modifiées ; le résultat : 0 erreur, 0 avertissement\n"
    ), "{}", r.stderr);
}

#[test]
fn a_valid_file_is_written_in_canonical_form() {
    let r = run(&mut fix(&["docs/spec/examples/timetable.xml"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let expected =
        std::fs::read_to_string(root().join("docs/spec/examples/timetable.xml")).unwrap();
    assert_eq!(r.stdout, expected);
}

#[test]
fn exit_codes_of_what_cannot_be_fixed() {
    // Unreadable: 2.
    let r = run(&mut fix(&["fixtures/sheet/no-such-file.csv"]));
    assert_eq!(r.code, 2);
    // An unknown column would be lost in canonical form: 1, nothing written.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.csv");
    let r = run(fix(&["fixtures/csv/S02-unknown-column.csv", "-o"]).arg(&out));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(!out.exists());
    // An output that cannot be written (a folder): 2.
    let r = run(fix(&["fixtures/sheet/day-first.csv", "-o"]).arg(dir.path()));
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn what_is_uncertain_is_left_and_reported() {
    let r = run(&mut fix(&["fixtures/sheet/other-forms.csv"]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let changes: Vec<&str> = r.stderr.lines().filter(|l| l.contains(" → ")).collect();
    assert_eq!(
        changes,
        [
            r#"fixtures/sheet/other-forms.csv: row 2, column E (submissionDate): "46112" → "2026-03-31""#,
            r#"fixtures/sheet/other-forms.csv: row 2, column G (submitter.memberCode): "UK" → "GB""#,
            r#"fixtures/sheet/other-forms.csv: row 2, column Q (reportingPeriod.start): "2025/01/01" → "2025-01-01""#,
            r#"fixtures/sheet/other-forms.csv: row 2, column T (indicators.ecommerceDeclarations): "1,843" → "1843""#,
            r#"fixtures/sheet/other-forms.csv: row 2, column U (indicators.declaredValue): "$96,500,000.50" → "96500000.5""#,
            r#"fixtures/sheet/other-forms.csv: row 2, column AC (entries.maturityLevel): "3.0" → "3""#,
            r#"fixtures/sheet/other-forms.csv: row 3, column AA (entries.status): "In Progress" → "in-progress""#,
        ]
    );
    assert!(r.stderr.contains("the year has only two digits (25)"));
    assert!(
        r.stderr
            .contains("read with a thousands separator this is 12750")
    );
    assert!(r.stderr.ends_with(
        "fixtures/sheet/other-forms.csv: 7 value(s) changed; the result: 2 error(s), 1 warning(s)\n"
    ), "{}", r.stderr);
    assert!(r.stdout.contains(",2025-01-01,31/12/25,"), "{}", r.stdout);
}

/// JSON and XML name a change by line, column and JSON path (and, in a file
/// of several documents, the document), in every language; only the
/// punctuation of French differs.
#[test]
fn json_and_xml_changes_are_named_by_line_and_path() {
    let dir = tempfile::tempdir().unwrap();
    let one = std::fs::read_to_string(root().join("fixtures/valid/timetable.json")).unwrap();
    let day_first = one.replacen("\"2026-05-20\"", "\"20/05/2026\"", 1);
    assert_ne!(day_first, one);
    let second = day_first.replacen("EU-TT-2026", "EU-TT-2027", 1);
    std::fs::write(
        dir.path().join("two.json"),
        format!("[\n{},\n{}]\n", one.trim_end(), second.trim_end()),
    )
    .unwrap();
    std::fs::write(dir.path().join("one.json"), &day_first).unwrap();
    let changes = |lang: &str, file: &str, to: &str| {
        let r = run(fosx()
            .current_dir(dir.path())
            .args(["--lang", lang, "fix", "--as-of", AS_OF, "--to", to, file]));
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stderr
            .lines()
            .filter(|l| l.contains(" → "))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        changes("en", "one.json", "xml"),
        [r#"one.json:6:21: /submissionDate: "20/05/2026" → "2026-05-20""#]
    );
    assert_eq!(
        changes("fr", "one.json", "json"),
        [r#"one.json:6:21: /submissionDate : "20/05/2026" → "2026-05-20""#]
    );
    assert_eq!(
        changes("es", "two.json", "json"),
        [r#"two.json:42:21: documento 1, /submissionDate: "20/05/2026" → "2026-05-20""#]
    );
    // The same document as XML: its line and column.
    let xml = run(fosx()
        .current_dir(dir.path())
        .args(["fix", "--as-of", AS_OF, "--to", "xml", "one.json"]));
    let bad = xml.stdout.replacen("2026-05-20", "20/05/2026", 1);
    std::fs::write(dir.path().join("one.xml"), bad).unwrap();
    let line = changes("en", "one.xml", "xml");
    assert_eq!(line.len(), 1);
    assert!(
        line[0].starts_with("one.xml:")
            && line[0].ends_with(r#": /submissionDate: "20/05/2026" → "2026-05-20""#),
        "{line:?}"
    );
}
