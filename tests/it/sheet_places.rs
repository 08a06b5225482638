//! CSV places as a spreadsheet shows them: the row (header = row 1, a
//! quoted line end does not start a row, a blank line and Excel's `sep=`
//! line do), the column letter and name, in the human report (at most 6
//! lines a diagnostic, none wider than the terminal), `--format short`, the
//! JSON report and `-o FILE`; a missing group and a blank sheet in the
//! words of a spreadsheet.

use super::cli::{run, validate};
use super::json_fixtures::root;
use serde_json::Value;

const HAND_FILLED: &str = "fixtures/csv/hand-filled-progress-report.csv";
const EMPTY_GROUP: &str = "fixtures/csv/S01-empty-submitter-group.csv";

/// The human report's diagnostics (blocks between blank lines), without
/// the verdict line.
fn blocks(stderr: &str) -> Vec<String> {
    stderr
        .trim_end()
        .split("\n\n")
        .filter(|b| b.starts_with('×') || b.starts_with('⚠'))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_wrong_status_is_named_by_row_column_letter_and_name() {
    let r = run(validate().arg(HAND_FILLED));
    assert_eq!(r.code, 1);
    assert_eq!(
        blocks(&r.stderr)[0],
        "× FOS-S04: row 3, column AA (entries.status): `In Progress` is not a status\n\
         \x20   ╭─[fixtures/csv/hand-filled-progress-report.csv:3:390]\n\
         AA1 │ entries.status\n\
         AA3 │ In Progress\n\
         \x20 help: did you mean `in-progress`?\n\
         \x20       `fosx fix` can make this change"
    );
    // A quoted line end in row 3 does not start a row; the blank line
    // after row 6 is row 7.
    assert!(
        r.stderr
            .contains("× FOS-S03: row 5, column AB (entries.completionPercent): "),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("× FOS-R16: row 8, column F (language): "),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.ends_with(
            "\nfixtures/csv/hand-filled-progress-report.csv: invalid: 3 errors, 0 warnings\n"
        ),
        "{}",
        r.stderr
    );
}

/// The bound of the issue: with `COLUMNS=100` (and narrower), no line of a
/// CSV file's human report is wider, no diagnostic takes more than 6 lines,
/// and no whole row (818 characters of header) is ever shown.
#[test]
fn human_csv_diagnostics_fit_the_terminal() {
    for width in [100usize, 72, 50] {
        for file in [
            HAND_FILLED,
            EMPTY_GROUP,
            "fixtures/csv/R16-document-cell-differs.csv",
        ] {
            let r = run(validate().env("COLUMNS", width.to_string()).arg(file));
            assert_eq!(r.code, 1, "{file}");
            let found = blocks(&r.stderr);
            assert!(!found.is_empty(), "{file}: {}", r.stderr);
            for block in &found {
                assert!(block.lines().count() <= 6, "{file} at {width}:\n{block}");
                for line in block.lines() {
                    assert!(
                        line.chars().count() <= width,
                        "{file}: a line of {} > {width}:\n{line}",
                        line.chars().count()
                    );
                }
            }
            for line in r.stderr.lines() {
                assert!(!line.contains("schemaVersion,documentType"), "{line}");
            }
        }
    }
}

#[test]
fn the_json_report_gives_row_and_column_letter() {
    let r = run(validate().args(["--format", "json", HAND_FILLED]));
    assert_eq!(r.code, 1);
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    let seen: Vec<(&str, u64, u64, u64, u64, &str, &str)> = report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["record"].as_u64().unwrap(),
                d["row"].as_u64().unwrap(),
                d["columnLetter"].as_str().unwrap(),
                d["field"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("FOS-S04", 3, 390, 2, 3, "AA", "entries.status"),
            ("FOS-S03", 6, 398, 4, 5, "AB", "entries.completionPercent"),
            ("FOS-R16", 9, 48, 6, 8, "F", "language"),
        ]
    );
    // Not CSV: neither key.
    let r = run(validate().args([
        "--format",
        "json",
        "fixtures/json/S01-S02-S04-three-mistakes.json",
    ]));
    assert!(!r.stdout.contains("\"row\""), "{}", r.stdout);
    assert!(!r.stdout.contains("columnLetter"), "{}", r.stdout);
}

#[test]
fn format_short_is_one_line_per_diagnostic() {
    let r = run(validate().args([
        "--format",
        "short",
        "fixtures/csv/S04-bad-stakeholder.csv",
        "fixtures/json/S01-S02-S04-three-mistakes.json",
        "fixtures/valid/timetable.json",
    ]));
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr, "");
    assert_eq!(
        r.stdout,
        "fixtures/csv/S04-bad-stakeholder.csv:2:531: error FOS-S04: row 2, column AK (entries.stakeholders): `express-carrier` is not a stakeholder [did you mean `express-carriers`?]\n\
         fixtures/json/S01-S02-S04-three-mistakes.json:15:3: error FOS-S01: required field `contact.email` is missing [add `email` (an e-mail address)]\n\
         fixtures/json/S01-S02-S04-three-mistakes.json:25:3: error FOS-S02: unknown field `evalutionMeeting` [did you mean `evaluationMeeting`?]\n\
         fixtures/json/S01-S02-S04-three-mistakes.json:89:17: error FOS-S04: `in progress` is not a status [did you mean `in-progress`?]\n"
    );
    let r = run(validate().args(["--format", "short", "--lang", "fr", EMPTY_GROUP]));
    assert_eq!(
        r.stdout.lines().next().unwrap(),
        "fixtures/csv/S01-empty-submitter-group.csv:2:51: erreur FOS-S01 : ligne 2, colonne G (submitter.memberCode) : la cellule obligatoire `submitter.memberCode` est vide [remplissez `submitter.memberCode` (un code de la liste `memberCode`)]"
    );
    // Valid: nothing to say.
    let r = run(validate().args(["--format", "short", "fixtures/valid/timetable.json"]));
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
}

#[test]
fn output_file_holds_the_report_of_every_format() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["human", "short", "json", "sarif", "junit"] {
        let out = dir.path().join(format!("report.{format}"));
        let plain = run(validate().args(["--format", format, HAND_FILLED]));
        let to_file = run(validate()
            .args(["--format", format, "-o"])
            .arg(&out)
            .arg(HAND_FILLED));
        assert_eq!(to_file.code, 1, "{format}");
        assert_eq!(
            (to_file.stdout.as_str(), to_file.stderr.as_str()),
            ("", ""),
            "{format}"
        );
        let written = std::fs::read_to_string(&out).unwrap();
        let expected = if format == "human" {
            &plain.stderr
        } else {
            &plain.stdout
        };
        assert_eq!(&written, expected, "{format}");
    }
    // A report that cannot be written: exit 2, the reason on stderr, and no
    // file left behind.
    let r = run(validate()
        .args(["--format", "json", "-o"])
        .arg(dir.path())
        .arg("fixtures/valid/timetable.json"));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.starts_with("error: cannot write "), "{}", r.stderr);
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with(".fosx-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // Never over an input.
    let input = dir.path().join("input.csv");
    std::fs::copy(root().join(HAND_FILLED), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let r = run(validate().arg("-o").arg(&input).arg(&input));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .starts_with("error: the report would replace the input "),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[test]
fn excel_sep_line_sets_the_delimiter_and_counts_as_row_1() {
    let r = run(validate().arg("fixtures/csv/valid-excel-sep.csv"));
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (0, "fixtures/csv/valid-excel-sep.csv: valid\n")
    );
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join("fixtures/csv/valid-excel-sep.csv"))
        .unwrap()
        .replacen(";definitive;", ";Definitive;", 1);
    assert!(text.starts_with("sep=;\r\n"));
    let file = dir.path().join("sep.csv");
    std::fs::write(&file, text).unwrap();
    let r = run(validate().args(["--format", "json"]).arg(&file));
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    let d = &report["files"][0]["diagnostics"];
    assert_eq!(d.as_array().unwrap().len(), 1, "{d}");
    assert_eq!(
        (
            &d[0]["code"],
            &d[0]["line"],
            &d[0]["record"],
            &d[0]["row"],
            &d[0]["columnLetter"]
        ),
        (
            &Value::from("FOS-S04"),
            &Value::from(4),
            &Value::from(2),
            &Value::from(4),
            &Value::from("T")
        )
    );
    // `sep=,` and a tab too; a first line that only looks like it is data.
    for (sep, delim) in [("sep=,", ","), ("sep=\t", "\t"), ("SEP=|", "|")] {
        let csv = std::fs::read_to_string(root().join("fixtures/csv/valid-semicolon.csv"))
            .unwrap()
            .replace(';', delim);
        std::fs::write(&file, format!("{sep}\n{csv}")).unwrap();
        let r = run(validate().arg(&file));
        assert_eq!(r.code, 0, "{sep}: {}", r.stderr);
    }
}

#[test]
fn a_missing_group_is_one_s01_per_empty_required_column() {
    let r = run(validate().args(["--format", "json", EMPTY_GROUP]));
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    let seen: Vec<(String, String, String, String)> = report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "FOS-S01")
        .map(|d| {
            let s = |k: &str| d[k].to_string().trim_matches('"').to_string();
            (s("row"), s("columnLetter"), s("message"), s("help"))
        })
        .collect();
    let e = |l: &str, c: &str, what: &str| {
        (
            "2".to_string(),
            l.to_string(),
            format!("required cell `submitter.{c}` is empty"),
            format!("fill in `submitter.{c}` ({what})"),
        )
    };
    assert_eq!(
        seen,
        [
            e("G", "memberCode", "a code of the memberCode list"),
            e("H", "memberName", "a text of at most 200 characters"),
            e("I", "memberType", "a code of the memberType list"),
        ]
    );
}

#[test]
fn a_blank_template_names_the_columns_to_fill() {
    let dir = tempfile::tempdir().unwrap();
    let template = assert_cmd::Command::cargo_bin("fosx")
        .unwrap()
        .args(["template", "progress-report", "--to", "csv"])
        .output()
        .unwrap();
    assert!(template.status.success());
    let file = dir.path().join("blank.csv");
    std::fs::write(&file, &template.stdout).unwrap();
    let r = run(validate().args(["--format", "json"]).arg(&file));
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    let messages: Vec<&str> = report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(
        !messages
            .iter()
            .any(|m| m.contains("needs at least") || m.contains("an object")),
        "{messages:?}"
    );
    assert_eq!(
        messages.last(),
        Some(&"no row has an entry: every `entries.*` cell is empty")
    );
    assert!(messages.contains(&"required cell `submitter.memberCode` is empty"));
    assert!(messages.contains(&"required cell `reportingPeriod.end` is empty"));
    let last = report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        last["help"],
        "fill in `entries.standard`, `entries.status` on a row, one row per entry"
    );
    // The header row alone.
    let header = String::from_utf8(template.stdout).unwrap();
    let header = header.lines().next().unwrap();
    std::fs::write(&file, format!("{header}\n")).unwrap();
    let r = run(validate().args(["--format", "short"]).arg(&file));
    assert_eq!(
        r.stdout,
        format!(
            "{}:1:1: error FOS-S09: row 1, column A: the file has a header row but no row of data [fill in a row below the header, one row per entry, starting with `schemaVersion`, `documentType` and `documentId`]\n",
            file.display()
        )
    );
    let r = run(validate()
        .args(["--format", "short", "--lang", "fr"])
        .arg(&file));
    assert!(
        r.stdout.contains("erreur FOS-S09 : ligne 1, colonne A : le fichier a une ligne d'en-tête mais aucune ligne de données [remplissez une ligne sous l'en-tête"),
        "{}",
        r.stdout
    );
}

#[test]
fn human_csv_report_in_french() {
    let r = run(validate().args(["--lang", "fr", EMPTY_GROUP]));
    assert_eq!(
        blocks(&r.stderr)[0],
        "× FOS-S01 : ligne 2, colonne G (submitter.memberCode) : la cellule obligatoire\n\
         \x20 `submitter.memberCode` est vide\n\
         \x20  ╭─[fixtures/csv/S01-empty-submitter-group.csv:2:51]\n\
         G1 │ submitter.memberCode\n\
         G2 │\n\
         \x20 aide : remplissez `submitter.memberCode` (un code de la liste `memberCode`)"
    );
}

/// The files LibreOffice Calc wrote (`fixtures/spreadsheet/`): every
/// diagnostic of the human report within 6 lines and 100 columns.
#[test]
fn real_spreadsheet_exports_fit_the_terminal() {
    let mut files = Vec::new();
    for dir in ["edited", "locale", "opened", "typed"] {
        for e in std::fs::read_dir(root().join("fixtures/spreadsheet").join(dir)).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_some_and(|x| x == "csv") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() >= 30, "{files:?}");
    let mut shown = 0;
    for file in &files {
        let r = run(validate().arg(file));
        for block in blocks(&r.stderr) {
            shown += 1;
            assert!(block.lines().count() <= 6, "{}:\n{block}", file.display());
            for line in block.lines() {
                assert!(line.chars().count() <= 100, "{}:\n{line}", file.display());
            }
        }
    }
    assert!(shown > 100, "only {shown} diagnostics");
}

/// Calc's `;` export with Excel's `sep=;` line put first: read as the
/// export itself (before, one P03 per record).
#[test]
fn excel_sep_line_on_a_calc_export() {
    let file = "fixtures/spreadsheet/edited/timetable.sep-semicolon.csv";
    let with_sep = run(validate().args(["--format", "short", file]));
    let without = run(validate().args([
        "--format",
        "short",
        "fixtures/spreadsheet/typed/timetable.cp1252-semicolon.csv",
    ]));
    assert!(!with_sep.stdout.contains("FOS-P03"), "{}", with_sep.stdout);
    let codes = |out: &str| -> Vec<String> {
        out.lines()
            .map(|l| l.split(": ").nth(1).unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(codes(&with_sep.stdout), codes(&without.stdout));
    assert!(!codes(&with_sep.stdout).is_empty());
    // Its rows are one further down: the `sep=` line is row 1.
    assert!(
        with_sep
            .stdout
            .contains(": row 3, column A (schemaVersion): "),
        "{}",
        with_sep.stdout
    );
    assert!(
        without
            .stdout
            .contains(": row 2, column A (schemaVersion): "),
        "{}",
        without.stdout
    );
}
