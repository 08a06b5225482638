//! `fosx validate`, the real binary: exit codes, standard input, directories,
//! strict mode, where output goes, and the JSON report of `report.md`.

use super::json_fixtures::{AS_OF, root};
use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// `fosx`, run from the crate root, without colour, 100 columns wide, and
/// in English whatever the language of the machine (unless a test sets one).
pub(crate) fn fosx() -> Command {
    let mut cmd = Command::cargo_bin("fosx").unwrap();
    cmd.current_dir(root())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

/// `fosx validate --as-of AS_OF`, as [`fosx`] runs it.
pub(crate) fn validate() -> Command {
    let mut cmd = fosx();
    cmd.args(["validate", "--as-of", AS_OF]);
    cmd
}

/// What a run gave: exit code, stdout, stderr.
pub(crate) struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub(crate) fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().unwrap();
    Run {
        code: out
            .status
            .code()
            .expect("fosx exits normally, not by a signal"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Runs with `--format json`; checks that stderr is empty and parses stdout.
fn json_report(cmd: &mut Command) -> (i32, Value) {
    let r = run(cmd.args(["--format", "json"]));
    assert_eq!(r.stderr, "", "--format json writes nothing on stderr");
    let report = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", r.stdout));
    (r.code, report)
}

fn keys(v: &Value) -> BTreeSet<&str> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect()
}

fn set<'a>(items: &[&'a str]) -> BTreeSet<&'a str> {
    items.iter().copied().collect()
}

fn codes(file: &Value) -> Vec<&str> {
    file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect()
}

// ----- exit codes -------------------------------------------------------

/// An unreadable file is neither valid nor invalid in the closing line
/// (it is its own verdict, as in the JSON report's `unreadableFiles`).
#[test]
fn the_closing_line_counts_unreadable_files_apart() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        std::fs::read_to_string("fixtures/valid/timetable.json")
            .unwrap()
            .replace("\"indicative\"", "\"indicativ\""),
    )
    .unwrap();
    let missing = dir.path().join("missing.json");
    let r = run(validate().args([
        std::path::Path::new("fixtures/valid/notification.json"),
        &bad,
        &missing,
    ]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .ends_with("\n3 files checked: 1 valid, 1 invalid, 1 unreadable\n"),
        "{}",
        r.stderr
    );
    let r = run(validate().args(["--lang", "fr"]).args([
        std::path::Path::new("fixtures/valid/notification.json"),
        &bad,
        &missing,
    ]));
    assert!(
        r.stderr
            .ends_with("\n3 fichiers vérifiés : 1 valide, 1 invalide, 1 illisible\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_spec_examples_are_valid() {
    let r = run(validate().args([
        "fixtures/valid/notification.json",
        "fixtures/valid/progress-report.json",
        "fixtures/valid/timetable.json",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "fixtures/valid/notification.json: valid\n\
         fixtures/valid/progress-report.json: valid\n\
         fixtures/valid/timetable.json: valid\n\
         \n\
         3 files checked: 3 valid, 0 invalid\n"
    );

    let (code, report) = json_report(validate().args([
        "fixtures/valid/notification.json",
        "fixtures/valid/progress-report.json",
        "fixtures/valid/timetable.json",
    ]));
    assert_eq!(code, 0);
    for file in report["files"].as_array().unwrap() {
        assert_eq!(file["valid"], true, "{file}");
        assert_eq!(file["diagnostics"], serde_json::json!([]), "{file}");
        assert_eq!(file["documents"][0]["valid"], true);
    }
    assert_eq!(
        report["summary"],
        serde_json::json!({ "files": 3, "validFiles": 3, "invalidFiles": 0, "unreadableFiles": 0,
                            "documents": 3, "errors": 0, "warnings": 0 })
    );
}

#[test]
fn an_invalid_file_exits_1() {
    let r = run(validate().arg("fixtures/json/S04-status-typo.json"));
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("FOS-S04"), "{}", r.stderr);
    assert!(r.stderr.contains("did you mean `planned`?"), "{}", r.stderr);
    assert!(
        r.stderr
            .ends_with("fixtures/json/S04-status-typo.json: invalid: 1 error, 0 warnings\n"),
        "{}",
        r.stderr
    );
}

/// A directory of fixtures: every file has diagnostics; only those with
/// warnings alone are valid.
#[test]
fn the_fixture_directory_gives_each_file_its_verdict() {
    let warnings_only = [
        "R13-R15-R18-warnings-only.json",
        "R13-standard-15-missing.json",
        "R14-expected-before-period.json",
        "R14-no-expected-completion.json",
        "R15-no-actual-completion.json",
        "R18-no-language.json",
    ];
    let (code, report) = json_report(validate().arg("fixtures/json"));
    assert_eq!(code, 1);
    let files = report["files"].as_array().unwrap();
    assert_eq!(
        files.len(),
        super::json_fixtures::json_files("fixtures/json").len()
    );
    for file in files {
        let name = file["file"].as_str().unwrap();
        let expect_valid = warnings_only.iter().any(|w| name.ends_with(w));
        assert_eq!(file["valid"], expect_valid, "{name}");
        assert!(!codes(file).is_empty(), "{name}");
    }
}

#[test]
fn a_missing_file_exits_2_and_the_others_are_still_checked() {
    let r = run(validate().args(["no-such-file.json", "fixtures/valid/timetable.json"]));
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("FOS-IO"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("cannot read no-such-file.json: no such file"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("no-such-file.json: could not be read\n"));
    assert!(r.stderr.contains("fixtures/valid/timetable.json: valid\n"));

    // Invalid and unreadable together: unreadable wins.
    let r = run(validate().args(["fixtures/json/S04-status-typo.json", "no-such-file.json"]));
    assert_eq!(r.code, 2);
}

#[test]
fn bad_usage_exits_2() {
    for args in [
        &["fixtures/valid/timetable.json", "--no-such-flag"][..],
        &["fixtures/valid/timetable.json", "--format", "yaml"],
        &["fixtures/valid/timetable.json", "--from", "yaml"],
    ] {
        let r = run(validate().args(args));
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert_eq!(r.stdout, "", "{args:?}");
        assert!(r.stderr.contains("error:"), "{args:?}: {}", r.stderr);
    }
    // No path at all.
    let r = run(Command::cargo_bin("fosx").unwrap().arg("validate"));
    assert_eq!(r.code, 2, "{}", r.stderr);
    // A date that does not exist, and one not written YYYY-MM-DD.
    for date in ["2026-02-30", "28/11/2026", "2026-11-28T00:00:00Z"] {
        let r = run(Command::cargo_bin("fosx").unwrap().args([
            "validate",
            "--as-of",
            date,
            "fixtures/valid/timetable.json",
        ]));
        assert_eq!(r.code, 2, "{date}: {}", r.stderr);
        assert!(
            r.stderr
                .contains(&format!("`{date}` is not a date written YYYY-MM-DD")),
            "{date}: {}",
            r.stderr
        );
    }
    // --help is not an error.
    let r = run(Command::cargo_bin("fosx")
        .unwrap()
        .args(["validate", "--help"]));
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("--as-of"));
}

#[test]
fn as_of_decides_r05() {
    // Submitted 2026-12-01: in the future on 2026-11-28, not on 2026-12-01.
    let file = "fixtures/json/R05-submission-in-future.json";
    assert_eq!(run(validate().arg(file)).code, 1);
    let r = run(Command::cargo_bin("fosx")
        .unwrap()
        .current_dir(root())
        .args(["validate", "--as-of", "2026-12-01", file]));
    assert_eq!(r.code, 0, "{}", r.stderr);
}

// ----- standard input ---------------------------------------------------

#[test]
fn a_dash_reads_standard_input() {
    let text = std::fs::read(root().join("fixtures/valid/timetable.json")).unwrap();
    let r = run(validate().arg("-").write_stdin(text.clone()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "<stdin>: valid\n");

    let bad = std::fs::read(root().join("fixtures/json/S04-status-typo.json")).unwrap();
    let (code, report) = json_report(validate().arg("-").write_stdin(bad));
    assert_eq!(code, 1);
    let file = &report["files"][0];
    assert_eq!(file["file"], "<stdin>");
    assert_eq!(file["representation"], "json");
    assert_eq!(codes(file), ["FOS-S04"]);
    assert_eq!(file["diagnostics"][0]["line"], 68);
    assert_eq!(file["diagnostics"][0]["column"], 17);

    let r = run(validate().arg("-").write_stdin(""));
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("FOS-P07"), "{}", r.stderr);
}

// ----- directories ------------------------------------------------------

#[test]
fn a_directory_is_searched_for_submission_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let valid = std::fs::read(root().join("fixtures/valid/timetable.json")).unwrap();
    let bad = std::fs::read(root().join("fixtures/json/S04-status-typo.json")).unwrap();
    std::fs::create_dir_all(d.join("sub/deeper")).unwrap();
    std::fs::create_dir_all(d.join(".hidden")).unwrap();
    std::fs::write(d.join("b.json"), &valid).unwrap();
    std::fs::write(d.join("a.json"), &bad).unwrap();
    std::fs::write(
        d.join("c.xml"),
        std::fs::read(root().join("fixtures/valid/timetable.xml")).unwrap(),
    )
    .unwrap();
    std::fs::write(
        d.join("d.csv"),
        std::fs::read(root().join("fixtures/valid/timetable.csv")).unwrap(),
    )
    .unwrap();
    std::fs::write(d.join("sub/deeper/e.JSON"), &valid).unwrap();
    // Not submission files: other extensions, hidden files and directories.
    std::fs::write(d.join("notes.txt"), "not a submission").unwrap();
    std::fs::write(d.join("README"), "not a submission").unwrap();
    std::fs::write(d.join(".f.json"), &bad).unwrap();
    std::fs::write(d.join(".hidden/g.json"), &bad).unwrap();

    let (_, report) = json_report(validate().arg(d));
    let files: Vec<String> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let p = Path::new(f["file"].as_str().unwrap());
            p.strip_prefix(d)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    assert_eq!(
        files,
        ["a.json", "b.json", "c.xml", "d.csv", "sub/deeper/e.JSON"]
    );
    // The JSON files' verdicts (the XML and CSV readers are judged elsewhere).
    let by_name = |n: &str| {
        report["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["file"].as_str().unwrap().ends_with(n))
            .unwrap()
            .clone()
    };
    assert_eq!(codes(&by_name("a.json")), ["FOS-S04"]);
    assert_eq!(by_name("b.json")["valid"], true);
    assert_eq!(by_name("e.JSON")["valid"], true);
    assert_eq!(by_name("c.xml")["representation"], "xml");
    assert_eq!(by_name("d.csv")["representation"], "csv");

    // A directory with only JSON files: exit code from their verdicts.
    let only_json = tempfile::tempdir().unwrap();
    std::fs::write(only_json.path().join("x.json"), &valid).unwrap();
    assert_eq!(run(validate().arg(only_json.path())).code, 0);
    std::fs::write(only_json.path().join("y.json"), &bad).unwrap();
    assert_eq!(run(validate().arg(only_json.path())).code, 1);
}

/// A symbolic link named `*.json` in a directory is silently skipped: a link
/// to a valid file is not checked, and a broken link is not reported (one
/// would expect the linked file checked, and the broken link an FOS-IO).
#[cfg(unix)]
#[test]
fn a_directory_walk_follows_symlinks_or_reports_them() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::os::unix::fs::symlink(
        root().join("fixtures/json/S04-status-typo.json"),
        d.join("linked.json"),
    )
    .unwrap();
    std::os::unix::fs::symlink(d.join("nowhere.json"), d.join("broken.json")).unwrap();
    let (code, report) = json_report(validate().arg(d));
    let files: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 2, "{files:?}");
    assert_eq!(code, 2);
}

// ----- strict mode ------------------------------------------------------

#[test]
fn strict_mode_makes_warnings_block() {
    let file = "fixtures/json/R13-R15-R18-warnings-only.json";
    let r = run(validate().arg(file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .ends_with(&format!("{file}: valid, with 3 warnings\n"))
    );
    let headers: Vec<&str> = r.stderr.lines().filter(|l| l.starts_with("FOS-")).collect();
    assert_eq!(headers, ["FOS-R18", "FOS-R13", "FOS-R15"], "{}", r.stderr);

    let r = run(validate().args([file, "--strict"]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .ends_with(&format!("{file}: invalid: 0 errors, 3 warnings\n")),
        "{}",
        r.stderr
    );

    for (strict, code) in [(false, 0), (true, 1)] {
        let mut cmd = validate();
        cmd.arg(file);
        if strict {
            cmd.arg("--strict");
        }
        let (got, report) = json_report(&mut cmd);
        assert_eq!(got, code);
        assert_eq!(report["strict"], strict);
        let f = &report["files"][0];
        assert_eq!(f["valid"], !strict);
        assert_eq!(f["documents"][0]["valid"], !strict);
        // Warnings are reported as warnings in strict mode too.
        let severities: Vec<&str> = f["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["severity"].as_str().unwrap())
            .collect();
        assert_eq!(severities, ["warning"; 3]);
        assert_eq!(codes(f), ["FOS-R18", "FOS-R13", "FOS-R15"]);
        assert_eq!(report["summary"]["errors"], 0);
        assert_eq!(report["summary"]["warnings"], 3);
        assert_eq!(report["summary"]["validFiles"], u8::from(!strict));
        assert_eq!(report["summary"]["invalidFiles"], u8::from(strict));
    }

    // Strict mode does not make the valid examples invalid.
    let r = run(validate().args([
        "--strict",
        "fixtures/valid/notification.json",
        "fixtures/valid/progress-report.json",
        "fixtures/valid/timetable.json",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
}

// ----- where output goes ------------------------------------------------

#[test]
fn human_output_goes_to_stderr_and_json_to_stdout() {
    let file = "fixtures/json/S01-S02-S04-three-mistakes.json";
    let r = run(validate().arg(file));
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "", "--format human writes nothing on stdout");
    for part in [
        "FOS-S01",
        "FOS-S02",
        "FOS-S04",
        &format!("{file}:15:3"),
        &format!("{file}:25:3"),
        &format!("{file}:89:17"),
        "did you mean `evaluationMeeting`?",
        "did you mean `in-progress`?",
        "add `email` (an e-mail address)",
    ] {
        assert!(r.stderr.contains(part), "{part:?} not in:\n{}", r.stderr);
    }
    // No colour codes with NO_COLOR (and stderr not a terminal).
    assert!(!r.stderr.contains('\u{1b}'));

    let r = run(validate().args([file, "--format", "json"]));
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr, "");
    assert!(r.stdout.starts_with('{') && r.stdout.ends_with("}\n"));
}

// ----- P06, P07 at the command line --------------------------------------

#[test]
fn a_200000_deep_array_is_a_clear_p06_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep.json");
    std::fs::write(&path, "[".repeat(200_000) + &"]".repeat(200_000)).unwrap();

    let r = run(validate().arg(&path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("FOS-P06"));
    assert!(
        r.stderr
            .contains("the JSON is nested more than 32 levels deep")
    );
    assert!(!r.stderr.contains("panicked"));

    let (code, report) = json_report(validate().arg(&path));
    assert_eq!(code, 1);
    let f = &report["files"][0];
    assert_eq!(f["valid"], false);
    assert_eq!(f["documents"], serde_json::json!([]));
    assert_eq!(codes(f), ["FOS-P06"]);
    let d = &f["diagnostics"][0];
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(1), Some(33))
    );
    assert!(d.get("path").is_none() && d.get("documentIndex").is_none());
}

#[test]
fn empty_and_blank_files_are_p07() {
    for name in ["P07-empty.json", "P07-blank.json"] {
        let (code, report) = json_report(validate().arg(format!("fixtures/json/{name}")));
        assert_eq!(code, 1, "{name}");
        let f = &report["files"][0];
        assert_eq!(codes(f), ["FOS-P07"], "{name}");
        assert_eq!(f["diagnostics"][0]["message"], "the file is empty");
        assert_eq!(f["representation"], Value::Null);
        assert_eq!(f["documents"], serde_json::json!([]));
    }
}

// ----- the JSON report, field by field -----------------------------------

#[test]
fn the_json_report_has_the_shape_of_report_md() {
    let (code, report) = json_report(validate().args([
        "fixtures/json/R02-duplicate-standard.json",
        "fixtures/json/S01-S02-S04-three-mistakes.json",
        "fixtures/json/R01-duplicate-document-id.json",
        "fixtures/json/P01-missing-comma.json",
        "fixtures/json/R18-no-language.json",
        "fixtures/valid/timetable.json",
        "no-such-file.json",
    ]));
    assert_eq!(code, 2);

    // Top level.
    assert_eq!(
        keys(&report),
        set(&[
            "reportVersion",
            "tool",
            "specVersion",
            "asOf",
            "strict",
            "files",
            "summary"
        ])
    );
    assert_eq!(report["reportVersion"], 1);
    assert_eq!(report["tool"], "fosx 0.1.0");
    assert_eq!(report["specVersion"], "1.0");
    assert_eq!(report["asOf"], AS_OF);
    assert_eq!(report["strict"], false);

    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), 7);
    let file_keys = set(&[
        "file",
        "representation",
        "encoding",
        "valid",
        "documents",
        "diagnostics",
    ]);
    let document_keys = set(&["index", "documentId", "documentType", "valid"]);
    let diagnostic_keys = set(&[
        "code",
        "severity",
        "message",
        "help",
        "line",
        "column",
        "path",
        "documentIndex",
        "documentId",
        "related",
        "fix",
    ]);
    for f in files {
        assert_eq!(keys(f), file_keys, "{f}");
        assert!(f["file"].is_string() && f["valid"].is_boolean());
        for d in f["documents"].as_array().unwrap() {
            assert_eq!(keys(d), document_keys, "{d}");
            assert!(d["index"].is_u64() && d["valid"].is_boolean());
        }
        for d in f["diagnostics"].as_array().unwrap() {
            let k = keys(d);
            // No CSV-only fields for JSON files.
            assert!(k.is_subset(&diagnostic_keys), "{d}");
            assert!(k.is_superset(&set(&["code", "severity", "message"])), "{d}");
            assert!(d["code"].as_str().unwrap().starts_with("FOS-"));
            assert!(matches!(d["severity"].as_str(), Some("error" | "warning")));
            if d.get("help").is_some() {
                assert!(!d["help"].as_str().unwrap().is_empty(), "{d}");
            }
            if let Some(related) = d.get("related") {
                let related = related.as_array().unwrap();
                assert!(!related.is_empty(), "`related` only when there is some");
                for r in related {
                    assert_eq!(keys(r), set(&["line", "column", "message"]));
                    assert!(r["line"].as_u64().unwrap() >= 1);
                    assert!(r["column"].as_u64().unwrap() >= 1);
                }
            }
            // A place for everything read; a path, document index and id for
            // everything that belongs to a document.
            if d["code"] != "FOS-IO" {
                assert!(d["line"].as_u64().unwrap() >= 1, "{d}");
                assert!(d["column"].as_u64().unwrap() >= 1, "{d}");
            }
            if d["code"].as_str().unwrap().starts_with("FOS-P") || d["code"] == "FOS-IO" {
                assert!(d.get("path").is_none(), "{d}");
                assert!(d.get("documentIndex").is_none(), "{d}");
                assert!(d.get("documentId").is_none(), "{d}");
            } else {
                assert!(d["path"].is_string(), "{d}");
                assert!(d["documentIndex"].is_u64(), "{d}");
                assert!(d["documentId"].is_string(), "{d}");
            }
        }
    }

    // One duplicate standard: everything, exactly.
    assert_eq!(
        files[0],
        serde_json::json!({
            "file": "fixtures/json/R02-duplicate-standard.json",
            "representation": "json",
            "encoding": "utf-8",
            "valid": false,
            "documents": [
                { "index": 0, "documentId": "EU-TT-2026", "documentType": "timetable", "valid": false }
            ],
            "diagnostics": [{
                "code": "FOS-R02",
                "severity": "error",
                "message": "standard 7 appears more than once in the entries",
                "help": "give each standard one entry",
                "line": 27,
                "column": 19,
                "path": "/entries/1/standard",
                "documentIndex": 0,
                "documentId": "EU-TT-2026",
                "related": [ { "line": 19, "column": 19, "message": "first given here" } ]
            }]
        })
    );

    // Three mistakes, in source order, each with its help; no `related`.
    let three = &files[1]["diagnostics"];
    assert_eq!(codes(&files[1]), ["FOS-S01", "FOS-S02", "FOS-S04"]);
    assert_eq!(
        three[1],
        serde_json::json!({
            "code": "FOS-S02",
            "severity": "error",
            "message": "unknown field `evalutionMeeting`",
            "help": "did you mean `evaluationMeeting`?",
            "line": 25,
            "column": 3,
            "path": "/evalutionMeeting",
            "documentIndex": 0,
            "documentId": "KE-PR-2025"
        })
    );
    assert_eq!(three[2]["help"], "did you mean `in-progress`?");
    assert_eq!(three[0]["path"], "/contact/email");

    // A collection: two documents, the second invalid.
    let coll = &files[2];
    assert_eq!(coll["documents"].as_array().unwrap().len(), 2);
    assert_eq!(coll["documents"][0]["valid"], true);
    assert_eq!(coll["documents"][1]["valid"], false);
    assert_eq!(coll["diagnostics"][0]["documentIndex"], 1);
    assert_eq!(coll["diagnostics"][0]["documentId"], "EU-TT-2026");

    // A syntax error: located, no document.
    assert_eq!(
        files[3],
        serde_json::json!({
            "file": "fixtures/json/P01-missing-comma.json",
            "representation": "json",
            "encoding": "utf-8",
            "valid": false,
            "documents": [],
            "diagnostics": [{
                "code": "FOS-P01",
                "severity": "error",
                "message": "JSON syntax: expected `,` or `}`",
                "line": 8,
                "column": 3
            }]
        })
    );

    // A warning only: the file and its document are valid.
    assert_eq!(files[4]["valid"], true);
    assert_eq!(files[4]["documents"][0]["valid"], true);
    assert_eq!(files[4]["diagnostics"][0]["severity"], "warning");

    // A valid file.
    assert_eq!(files[5]["valid"], true);
    assert_eq!(files[5]["diagnostics"], serde_json::json!([]));

    // An unreadable file: not valid, no documents, one FOS-IO, no place.
    assert_eq!(
        files[6],
        serde_json::json!({
            "file": "no-such-file.json",
            "representation": "json",
            "encoding": null,
            "valid": false,
            "documents": [],
            "diagnostics": [{
                "code": "FOS-IO",
                "severity": "error",
                "message": "cannot read no-such-file.json: no such file"
            }]
        })
    );

    assert_eq!(
        report["summary"],
        serde_json::json!({
            "files": 7,
            "validFiles": 2,
            "invalidFiles": 5,
            "unreadableFiles": 1,
            "documents": 6,
            "errors": 7,
            "warnings": 1
        })
    );
}

#[test]
fn the_json_report_is_the_library_report() {
    // The binary writes exactly `Report::new` of what the library found.
    let file = "fixtures/json/R12-amounts-without-currency.json";
    let (_, from_cli) = json_report(validate().arg(file));
    let options = super::json_fixtures::options();
    let from_lib = serde_json::to_value(fosx::report::Report::new(
        &[fosx::check_path(&root().join(file), &options)],
        &options,
    ))
    .unwrap();
    let mut from_lib = from_lib;
    from_lib["files"][0]["file"] = file.into();
    assert_eq!(from_cli, from_lib);
}

/// Its own code at a random address, as its libraries (`fosx serve` reads
/// untrusted uploads).
#[test]
#[cfg(target_os = "linux")]
fn the_executable_is_position_independent() {
    let exe = std::fs::read(assert_cmd::cargo::cargo_bin("fosx")).unwrap();
    assert_eq!(&exe[..4], b"\x7fELF");
    // e_type: 3 is ET_DYN (position independent), 2 ET_EXEC (fixed address).
    assert_eq!(u16::from_le_bytes([exe[16], exe[17]]), 3);
}
