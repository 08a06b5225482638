//! fosx against independent validators of its published schemas: python
//! `jsonschema` and check-jsonschema (JSON Schema), xmllint and python
//! `xmlschema` (XSD), frictionless (Table Schema).
//!
//! A test whose oracle is not installed is reported as ignored, with the
//! reason, so that `cargo test` shows "N ignored" and never "ok" for a test
//! that did not run. With `CI=true` a missing oracle is a failure (`.ci/run`
//! installs them all).

mod edge;
mod fixtures;
mod patterns;
mod written;

use fosx::{CheckOptions, Checked, Date};
use libtest_mimic::{Arguments, Completion, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

/// An independent validator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Oracle {
    /// python `jsonschema`, Draft 2020-12 with format checking.
    PythonJsonschema,
    /// check-jsonschema (the command).
    CheckJsonschema,
    /// xmllint (libxml2).
    Xmllint,
    /// python `xmlschema`.
    Xmlschema,
    /// frictionless (the Python package).
    Frictionless,
}

impl Oracle {
    /// The name used in reports and in `known-differences.csv`.
    pub fn name(self) -> &'static str {
        match self {
            Oracle::PythonJsonschema => "jsonschema",
            Oracle::CheckJsonschema => "check-jsonschema",
            Oracle::Xmllint => "xmllint",
            Oracle::Xmlschema => "xmlschema",
            Oracle::Frictionless => "frictionless",
        }
    }

    /// Why the oracle cannot be used here, if it cannot.
    fn missing(self) -> Option<String> {
        let (program, args): (&str, &[&str]) = match self {
            Oracle::PythonJsonschema => ("python3", &["-c", "import jsonschema"]),
            Oracle::Xmlschema => ("python3", &["-c", "import xmlschema"]),
            Oracle::Frictionless => ("python3", &["-c", "import frictionless"]),
            Oracle::CheckJsonschema => ("check-jsonschema", &["--version"]),
            Oracle::Xmllint => ("xmllint", &["--version"]),
        };
        missing(self.name(), program, args)
    }

    /// How `.ci/run` installs it.
    fn install(self) -> &'static str {
        match self {
            Oracle::PythonJsonschema => "pip install jsonschema",
            Oracle::CheckJsonschema => "pip install check-jsonschema",
            Oracle::Xmllint => "apt-get install libxml2-utils",
            Oracle::Xmlschema => "pip install xmlschema",
            Oracle::Frictionless => "pip install frictionless",
        }
    }
}

/// Why `name` cannot be used, if running `program args` fails.
fn missing(name: &str, program: &str, args: &[&str]) -> Option<String> {
    match Command::new(program).args(args).output() {
        Ok(out) if out.status.success() => None,
        Ok(out) => Some(format!(
            "{name} is not installed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(e) => Some(format!(
            "{name} is not installed: cannot run {program}: {e}"
        )),
    }
}

/// What to do when an oracle is missing (`why`): ignore the test with the
/// reason, or, in CI, fail it.
fn when_missing(why: String, install: &str, ci: bool) -> Result<Completion, Failed> {
    if ci {
        Err(Failed::from(format!(
            "{why}; CI needs every oracle ({install})"
        )))
    } else {
        Ok(Completion::ignored_with(why))
    }
}

/// A test that needs `oracles`: ignored with the reason when one is
/// missing, failed instead when `CI=true`.
fn trial(name: &str, oracles: &'static [Oracle], test: fn() -> Result<(), String>) -> Trial {
    Trial::ignorable_test(name, move || {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        for oracle in oracles {
            if let Some(why) = oracle.missing() {
                return when_missing(why, oracle.install(), ci);
            }
        }
        test().map(|()| Completion::Completed).map_err(Failed::from)
    })
}

/// The harness itself: a missing program is found missing, and a missing
/// oracle ignores the test with its reason, or fails it in CI.
fn a_missing_oracle_is_ignored_or_fails_in_ci() -> Result<(), Failed> {
    let why = missing("nothing", "fosx-test-no-such-validator", &["--version"])
        .ok_or("a program that does not exist is missing")?;
    if !why.starts_with("nothing is not installed: cannot run fosx-test-no-such-validator") {
        return Err(why.into());
    }
    if missing("python3", "python3", &["-c", "import sys; sys.exit(3)"]).is_none() {
        return Err("a probe that fails means missing".into());
    }
    match when_missing(why.clone(), "pip install nothing", false) {
        Ok(Completion::Ignored { reason: Some(r) }) if r == why => {}
        _ => return Err("outside CI, a missing oracle ignores the test with the reason".into()),
    }
    let expected = format!("{why}; CI needs every oracle (pip install nothing)");
    match when_missing(why, "pip install nothing", true) {
        Err(f) if f.message() == Some(expected.as_str()) => {}
        _ => return Err("in CI, a missing oracle fails the test".into()),
    }
    Ok(())
}

fn main() {
    use Oracle::*;
    let args = Arguments::from_args();
    let trials = vec![
        Trial::test(
            "harness::a_missing_oracle_is_ignored_or_fails_in_ci",
            a_missing_oracle_is_ignored_or_fails_in_ci,
        ),
        trial(
            "fixtures::python_jsonschema_agrees_with_the_structural_verdict",
            &[PythonJsonschema],
            fixtures::python_jsonschema,
        ),
        trial(
            "fixtures::xmllint_agrees_with_fosx_on_every_fixture",
            &[Xmllint],
            fixtures::xmllint,
        ),
        trial(
            "fixtures::frictionless_agrees_on_structure",
            &[Frictionless],
            fixtures::frictionless,
        ),
        trial(
            "edge::json_edge_values_agree_with_jsonschema_and_check_jsonschema",
            &[PythonJsonschema, CheckJsonschema],
            edge::json,
        ),
        trial(
            "edge::xml_edge_values_agree_with_xmllint_and_xmlschema",
            &[Xmllint, Xmlschema],
            edge::xml,
        ),
        trial(
            "edge::csv_edge_values_agree_with_frictionless",
            &[Frictionless],
            edge::csv,
        ),
        trial(
            "patterns::table_schema_patterns_are_xml_schema_regexes",
            &[Xmllint, Xmlschema],
            patterns::compile_and_agree,
        ),
        trial(
            "written::every_written_document_validates_against_its_own_schemas",
            &[
                PythonJsonschema,
                CheckJsonschema,
                Xmllint,
                Xmlschema,
                Frictionless,
            ],
            written::validates,
        ),
    ];
    libtest_mimic::run(&args, trials).exit();
}

// ----- helpers shared by the tests ------------------------------------------

/// The crate root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Check options of every test: as of a fixed day, not strict.
pub fn options() -> CheckOptions {
    CheckOptions::new(Date::parse("2026-11-28").unwrap())
}

/// fosx's structural verdict: no error with a P or S code.
pub fn structurally_valid(checked: &Checked) -> bool {
    !checked
        .diagnostics
        .iter()
        .any(|d| d.is_blocking(false) && matches!(d.code.as_str().as_bytes()[0], b'P' | b'S'))
}

/// The codes of a check, for messages.
pub fn codes(checked: &Checked) -> Vec<String> {
    checked
        .diagnostics
        .iter()
        .map(|d| d.code.as_str().to_string())
        .collect()
}

/// The files of a directory with an extension, sorted.
pub fn files_in(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    files
}

/// Runs `verdicts.py` for a Python oracle: `{file: valid}`.
pub fn python_verdicts(
    oracle: &str,
    schema: &Path,
    dir: &Path,
    files: &[String],
) -> Result<std::collections::BTreeMap<String, bool>, String> {
    let out = Command::new("python3")
        .current_dir(dir)
        .arg(root().join("tests/oracles/verdicts.py"))
        .arg(oracle)
        .arg(schema)
        .args(files)
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{oracle} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("{oracle}: {e}"))
}

/// xmllint's verdicts on files (one run): `{file: valid}`.
pub fn xmllint_verdicts(
    dir: &Path,
    files: &[String],
) -> Result<std::collections::BTreeMap<String, bool>, String> {
    let out = Command::new("xmllint")
        .current_dir(dir)
        .args(["--noout", "--nonet", "--schema"])
        .arg(root().join("schemas/fosx.xsd"))
        .args(files)
        .output()
        .map_err(|e| format!("cannot run xmllint: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let valid: std::collections::BTreeSet<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_suffix(" validates"))
        .collect();
    Ok(files
        .iter()
        .map(|f| (f.clone(), valid.contains(f.as_str())))
        .collect())
}

/// check-jsonschema's verdicts on files (one run): `{file: valid}`.
pub fn check_jsonschema_verdicts(
    dir: &Path,
    files: &[String],
) -> Result<std::collections::BTreeMap<String, bool>, String> {
    let out = Command::new("check-jsonschema")
        .current_dir(dir)
        .arg("--schemafile")
        .arg(root().join("schemas/fosx.schema.json"))
        .args(["-o", "json"])
        .args(files)
        .output()
        .map_err(|e| format!("cannot run check-jsonschema: {e}"))?;
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| {
        format!(
            "check-jsonschema: {e}: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })?;
    let bad: std::collections::BTreeSet<&str> = ["errors", "parse_errors"]
        .iter()
        .flat_map(|k| report[k].as_array().into_iter().flatten())
        .filter_map(|e| e["filename"].as_str())
        .collect();
    Ok(files
        .iter()
        .map(|f| (f.clone(), !bad.contains(f.as_str())))
        .collect())
}
