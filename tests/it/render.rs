//! Snapshots of the human report (stderr of `fosx validate`), without colour
//! and 100 columns wide, for representative invalid files. File names are
//! relative to the crate root, so the output is stable as it is.
//!
//! After a deliberate change: `INSTA_UPDATE=always cargo test`, then read the
//! new `.snap` files as a user would.

use super::cli::{run, validate};

fn human(file: &str) -> (i32, String) {
    let r = run(validate().arg(file));
    assert_eq!(r.stdout, "", "the human report goes to stderr only");
    (r.code, r.stderr)
}

/// The three typical mistakes of one file, each with its fix.
#[test]
fn three_mistakes() {
    let (code, stderr) = human("fixtures/json/S01-S02-S04-three-mistakes.json");
    assert_eq!(code, 1);
    insta::assert_snapshot!("three_mistakes", stderr);
}

/// A business rule with a second label ("first given here").
#[test]
fn duplicate_standard_with_related_label() {
    let (code, stderr) = human("fixtures/json/R02-duplicate-standard.json");
    assert_eq!(code, 1);
    insta::assert_snapshot!("duplicate_standard", stderr);
}

/// A syntax error, where nothing else can be checked.
#[test]
fn syntax_error() {
    let (code, stderr) = human("fixtures/json/P01-missing-comma.json");
    assert_eq!(code, 1);
    insta::assert_snapshot!("syntax_error", stderr);
}

/// Warnings only: valid, with the warnings shown.
#[test]
fn warnings_only() {
    let (code, stderr) = human("fixtures/json/R13-R15-R18-warnings-only.json");
    assert_eq!(code, 0);
    insta::assert_snapshot!("warnings_only", stderr);
}

/// Undecodable bytes: the place of the first one, and what they were.
#[test]
fn invalid_utf8() {
    let (code, stderr) = human("fixtures/json/P04-latin1-bytes.json");
    assert_eq!(code, 1);
    insta::assert_snapshot!("invalid_utf8", stderr);
}
