//! The validation report as JUnit XML, for continuous-integration servers
//! that show test results (Jenkins, GitLab, Azure DevOps, ...).
//!
//! One `<testsuite name="fosx">` (inside `<testsuites>`) with one
//! `<testcase classname="fosx" name="FILE">` per file. An invalid file has a
//! `<failure>` whose text lists its diagnostics as the plain-text report
//! does ([`crate::report::human::plain_text`]); a file that could not be read has an
//! `<error>` instead; the warnings of a valid file are in its
//! `<system-out>`.
//!
//! ```
//! use fosx::report::junit;
//! use fosx::{CheckOptions, Date, check_bytes};
//!
//! let options = CheckOptions::new(Date::parse("2026-11-28").unwrap());
//! let good = std::fs::read("fixtures/valid/timetable.json").unwrap();
//! let files = [
//!     check_bytes("good.json", &good, &options),
//!     check_bytes("bad.json", b"{", &options),
//! ];
//! let xml = junit::junit(&files, false);
//! assert!(xml.contains(r#"<testsuite name="fosx" tests="2" failures="1" errors="0" skipped="0">"#));
//! assert!(xml.contains(r#"<testcase classname="fosx" name="good.json"/>"#));
//! ```

use crate::check::Checked;
use crate::i18n::{Lang, msg};
use crate::report::human::plain_text_in;
use std::fmt::Write;

/// The JUnit XML of checked files; `strict` counts warnings as failures.
pub fn junit(files: &[Checked], strict: bool) -> String {
    junit_in(files, strict, Lang::En)
}

/// [`junit`] with the messages and verdicts in `lang`.
pub fn junit_in(files: &[Checked], strict: bool, lang: Lang) -> String {
    let errors = files.iter().filter(|c| c.unreadable).count();
    let failures = files
        .iter()
        .filter(|c| !c.unreadable && !c.is_valid(strict))
        .count();
    let counts = format!(
        "tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\"",
        files.len()
    );
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<testsuites name=\"fosx\" {counts}>");
    let _ = writeln!(out, "  <testsuite name=\"fosx\" {counts} skipped=\"0\">");
    for checked in files {
        let name = attr(&checked.source.name);
        let (n_errors, n_warnings) = checked.counts();
        let valid = checked.is_valid(strict);
        if valid && checked.diagnostics.is_empty() {
            let _ = writeln!(out, "    <testcase classname=\"fosx\" name=\"{name}\"/>");
            continue;
        }
        let _ = writeln!(out, "    <testcase classname=\"fosx\" name=\"{name}\">");
        let details = text(&plain_text_in(checked, strict, lang));
        let first = checked
            .diagnostics
            .iter()
            .find(|d| d.is_blocking(strict))
            .map(|d| d.code.full())
            .unwrap_or_default();
        if checked.unreadable {
            let message = checked
                .diagnostics
                .first()
                .map_or_else(String::new, |d| d.message.render(lang));
            let _ = writeln!(
                out,
                "      <error message=\"{}\" type=\"FOS-IO\">{details}</error>",
                attr(&message)
            );
        } else if !valid {
            let _ = writeln!(
                out,
                "      <failure message=\"{}\" type=\"{first}\">{details}</failure>",
                attr(
                    &msg::report_junit_invalid(msg::report_counts(n_errors, n_warnings))
                        .render(lang)
                )
            );
        } else {
            let _ = writeln!(out, "      <system-out>{details}</system-out>");
        }
        let _ = writeln!(out, "    </testcase>");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

/// Escapes character data; characters XML 1.0 cannot hold become U+FFFD.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

/// Escapes an attribute value (line breaks kept as references).
fn attr(s: &str) -> String {
    text(s)
        .replace('"', "&quot;")
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
        .replace('\t', "&#9;")
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_xml() {
        assert_eq!(text("a < b & c\u{1}"), "a &lt; b &amp; c\u{FFFD}");
        assert_eq!(attr("say \"x\"\nnow"), "say &quot;x&quot;&#10;now");
    }
}
