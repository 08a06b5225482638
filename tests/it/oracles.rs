//! An external oracle for the JSON path: the Python `jsonschema` package
//! (Draft 2020-12, with format checking) validates every JSON fixture against
//! the published `schemas/fosx.schema.json`, and its verdict is compared with
//! fosx's structural verdict (no P or S code).
//!
//! Without python3 or `jsonschema` the test prints a note and passes, unless
//! the environment variable `CI` is set, in which case it fails.

use super::json_fixtures::{json_files, options, root};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

/// Validates every file named after the schema; prints `{path: verdict}` as
/// JSON, a verdict being `valid`, `invalid` or `not-json` (Python cannot read
/// the file as UTF-8 JSON at all).
const SCRIPT: &str = r#"
import json, sys
from jsonschema import Draft202012Validator
with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
verdicts = {}
for path in sys.argv[2:]:
    try:
        with open(path, encoding="utf-8") as f:
            instance = json.load(f)
    except (ValueError, UnicodeDecodeError, RecursionError):
        verdicts[path] = "not-json"
        continue
    verdicts[path] = "invalid" if any(True for _ in validator.iter_errors(instance)) else "valid"
json.dump(verdicts, sys.stdout)
"#;

/// Why the oracle and fosx may disagree on a fixture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Why {
    /// The file breaks only a business rule (R..): the schema, and so the
    /// oracle, says valid; fosx's structural verdict agrees, its final
    /// verdict does not.
    BusinessRule,
    /// fosx finds an S error that JSON Schema cannot express: the oracle says
    /// valid.
    SchemaCannotExpress,
    /// The oracle's regular expressions differ from ECMA-262 (the schema's
    /// dialect, and fosx's): the oracle says valid.
    OracleRegexDialect,
    /// The file is not JSON (P code): the oracle gives no schema verdict.
    NotJson,
}

/// Every fixture whose oracle verdict differs from fosx's final verdict.
const EXPECTED_DISAGREEMENTS: &[(&str, Why)] = &[
    // Business rules: not expressible in the schema.
    ("R01-duplicate-document-id.json", Why::BusinessRule),
    ("R02-duplicate-standard.json", Why::BusinessRule),
    ("R03-standard-out-of-catalogue.json", Why::BusinessRule),
    ("R04-actual-after-submission.json", Why::BusinessRule),
    ("R04-completion-before-start.json", Why::BusinessRule),
    ("R04-period-ends-before-start.json", Why::BusinessRule),
    ("R05-submission-before-adoption.json", Why::BusinessRule),
    ("R05-submission-in-future.json", Why::BusinessRule),
    ("R06-period-ends-after-submission.json", Why::BusinessRule),
    ("R07-implemented-not-100.json", Why::BusinessRule),
    ("R08-actual-completion-in-progress.json", Why::BusinessRule),
    ("R09-assistance-without-description.json", Why::BusinessRule),
    (
        "R09-legislative-changes-without-description.json",
        Why::BusinessRule,
    ),
    ("R10-full-scope-not-covered.json", Why::BusinessRule),
    ("R11-union-code-as-member.json", Why::BusinessRule),
    ("R12-amounts-without-currency.json", Why::BusinessRule),
    // (R13, R14, R15, R18 are warnings: both say valid.)
    //
    // A duplicate key: Python's json keeps the last one and never tells.
    ("S08-duplicate-key.json", Why::SchemaCannotExpress),
    // Number forms: JSON Schema sees the number, not its text. 1.8432e6 is
    // the integer 1843200 to it; digit counts have no keyword.
    ("S03-exponent.json", Why::SchemaCannotExpress),
    ("S03-too-many-decimals.json", Why::SchemaCannotExpress),
    ("S03-too-many-digits.json", Why::SchemaCannotExpress),
    // `"KE-PR-2025\n"`: Python's `re` lets `$` match before a final newline,
    // ECMA-262 does not; the token pattern rejects it.
    ("S05-document-id-newline.json", Why::OracleRegexDialect),
    // Not JSON at all.
    ("P01-missing-comma.json", Why::NotJson),
    ("P04-latin1-bytes.json", Why::NotJson),
    ("P07-blank.json", Why::NotJson),
    ("P07-empty.json", Why::NotJson),
];

fn python_has_jsonschema() -> Result<(), String> {
    match Command::new("python3")
        .args(["-c", "import jsonschema"])
        .output()
    {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(format!(
            "python3 cannot import jsonschema: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(e) => Err(format!("cannot run python3: {e}")),
    }
}

/// The oracle's verdicts on `files`, from one Python run.
fn oracle(files: &[PathBuf]) -> BTreeMap<String, String> {
    let out = Command::new("python3")
        .arg("-c")
        .arg(SCRIPT)
        .arg(root().join("schemas/fosx.schema.json"))
        .args(files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the oracle failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn python_jsonschema_agrees_with_the_structural_verdict() {
    if let Err(why) = python_has_jsonschema() {
        if std::env::var_os("CI").is_some() {
            panic!("{why}; CI needs the oracle (pip install jsonschema)");
        }
        eprintln!("note: oracle test skipped: {why}");
        return;
    }
    let mut files = json_files("fixtures/valid");
    let valid_count = files.len();
    files.extend(json_files("fixtures/json"));
    let verdicts = oracle(&files);
    assert_eq!(verdicts.len(), files.len());

    let mut problems = Vec::new();
    for (i, path) in files.iter().enumerate() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let verdict = verdicts[&path.display().to_string()].as_str();
        let checked = fosx::check_path(path, &options());
        let structural = |prefix: char| {
            checked
                .diagnostics
                .iter()
                .any(|d| d.code.as_str().starts_with(prefix))
        };
        let (p_code, s_code) = (structural('P'), structural('S'));
        let structurally_valid = !p_code && !s_code;
        let valid = checked.is_valid(false);

        let observed = match verdict {
            "not-json" => Some(Why::NotJson),
            "valid" if !structurally_valid && s_code && !p_code => Some(Why::SchemaCannotExpress),
            "valid" if structurally_valid && !valid => Some(Why::BusinessRule),
            "valid" if structurally_valid => None,
            "invalid" if !structurally_valid => None,
            _ => {
                problems.push(format!(
                    "{name}: oracle says {verdict}, fosx says {:?}",
                    checked
                        .diagnostics
                        .iter()
                        .map(|d| d.code.full())
                        .collect::<Vec<_>>()
                ));
                continue;
            }
        };
        if i < valid_count {
            assert_eq!(verdict, "valid", "{name}: a spec example");
        }
        let expected = EXPECTED_DISAGREEMENTS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, w)| *w);
        let matches = match (expected, observed) {
            (None, None) => true,
            // The regex dialect is a kind of structural disagreement.
            (Some(Why::OracleRegexDialect), Some(Why::SchemaCannotExpress)) => true,
            (Some(e), Some(o)) => e == o,
            _ => false,
        };
        if !matches {
            problems.push(format!(
                "{name}: expected disagreement {expected:?}, observed {observed:?} \
                 (oracle {verdict}, fosx codes {:?})",
                checked
                    .diagnostics
                    .iter()
                    .map(|d| d.code.full())
                    .collect::<Vec<_>>()
            ));
        }
        if observed == Some(Why::NotJson) && !p_code {
            problems.push(format!("{name}: not JSON to Python, but no P code"));
        }
    }
    // The list names only fixtures that exist.
    for (name, _) in EXPECTED_DISAGREEMENTS {
        if !files.iter().any(|f| f.ends_with(name)) {
            problems.push(format!("{name}: listed but not a fixture"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
