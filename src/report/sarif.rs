//! The validation report as SARIF 2.1.0 (Static Analysis Results Interchange
//! Format, OASIS), for code-scanning tools and editors.
//!
//! One run, whose tool driver is fosx with one rule per catalogue code (its
//! id `FOS-S04`, its summary, its meaning from [`crate::diag::explain`], its
//! severity as default level), and one result per diagnostic: the rule, the
//! level (`error` or `warning`, as in the JSON report), the message (with the
//! help on a second line, and again in `properties.help`), the file and its
//! line and column (columns count Unicode characters, as the run's
//! `columnKind` says), the canonical JSON Pointer as a logical location, and
//! the secondary places as related locations.
//!
//! ```
//! use fosx::report::{Report, sarif};
//! use fosx::{CheckOptions, Date, check_bytes};
//!
//! let text = std::fs::read("fixtures/valid/timetable.json").unwrap();
//! let bad = String::from_utf8(text).unwrap().replace("\"indicative\"", "\"indicativ\"");
//! let options = CheckOptions::new(Date::parse("2026-11-28").unwrap());
//! let report = Report::new(&[check_bytes("bad.json", bad.as_bytes(), &options)], &options);
//! let log = sarif::sarif(&report);
//! assert_eq!(log["version"], "2.1.0");
//! let result = &log["runs"][0]["results"][0];
//! assert_eq!(result["ruleId"], "FOS-S04");
//! assert_eq!(result["locations"][0]["physicalLocation"]["region"]["startLine"], 22);
//! ```

use crate::diag::{Code, Severity};
use crate::i18n::{Lang, msg};
use crate::report::{DiagnosticReport, Report};
use serde_json::{Map, Value, json};

/// The JSON schema of SARIF 2.1.0, as `$schema`.
pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The SARIF log of a report.
pub fn sarif(report: &Report) -> Value {
    sarif_in(report, Lang::En)
}

/// The SARIF log of a report, with the rules' descriptions in `lang` (the
/// results carry the report's messages, in the language it was built in:
/// [`Report::new_in`]).
pub fn sarif_in(report: &Report, lang: Lang) -> Value {
    let rules: Vec<Value> = Code::ALL.iter().map(|&c| rule(c, lang)).collect();
    let mut results = Vec::new();
    for file in &report.files {
        let uri = file_uri(&file.file);
        for d in &file.diagnostics {
            results.push(result(&uri, d, lang));
        }
    }
    json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "fosx",
                    "version": crate::VERSION,
                    "semanticVersion": crate::VERSION,
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": {
                "asOf": report.as_of,
                "strict": report.strict,
                "specVersion": report.spec_version,
            },
        }],
    })
}

/// The SARIF log as text: pretty JSON with a final newline.
pub fn sarif_text(report: &Report) -> String {
    sarif_text_in(report, Lang::En)
}

/// [`sarif_text`] in a language.
pub fn sarif_text_in(report: &Report, lang: Lang) -> String {
    let mut text =
        serde_json::to_string_pretty(&sarif_in(report, lang)).expect("a Value serialises");
    text.push('\n');
    text
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn rule(code: Code, lang: Lang) -> Value {
    let entry = crate::diag::explain::entry_in(code, lang);
    let run = msg::report_sarif_explain(code.full()).render(lang);
    json!({
        "id": code.full(),
        "shortDescription": { "text": entry.title },
        "fullDescription": { "text": one_paragraph(entry.meaning) },
        "help": { "text": format!("{}\n{run}", one_paragraph(entry.why)) },
        "defaultConfiguration": { "level": level(code.severity()) },
    })
}

/// Joins the lines of wrapped Markdown prose.
fn one_paragraph(text: &str) -> String {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn result(uri: &str, d: &DiagnosticReport, lang: Lang) -> Value {
    let mut text = d.message.clone();
    if let Some(help) = &d.help {
        text.push('\n');
        let label = msg::report_help_label().render(lang);
        text.push_str(&format!("{label} {help}"));
    }
    let mut physical = Map::new();
    physical.insert("artifactLocation".into(), json!({ "uri": uri }));
    if let (Some(line), Some(column)) = (d.line, d.column) {
        physical.insert(
            "region".into(),
            json!({ "startLine": line, "startColumn": column }),
        );
    }
    let mut location = Map::new();
    location.insert("physicalLocation".into(), Value::Object(physical));
    if let Some(path) = d.path.as_deref().filter(|p| !p.is_empty()) {
        let name = crate::tree::pointer_tokens(path).last().unwrap_or_default();
        location.insert(
            "logicalLocations".into(),
            json!([{ "name": name, "fullyQualifiedName": path, "kind": "property" }]),
        );
    }
    let mut properties = Map::new();
    let mut put = |key: &str, value: Value| {
        properties.insert(key.into(), value);
    };
    if let Some(help) = &d.help {
        put("help", help.as_str().into());
    }
    if let Some(path) = &d.path {
        put("path", path.as_str().into());
    }
    if let Some(i) = d.document_index {
        put("documentIndex", i.into());
    }
    if let Some(id) = &d.document_id {
        put("documentId", id.as_str().into());
    }
    if let Some(r) = d.record {
        put("record", r.into());
    }
    if let Some(f) = &d.field {
        put("field", f.as_str().into());
    }
    let code = Code::parse(&d.code);
    let mut out = json!({
        "ruleId": d.code,
        "level": level(d.severity),
        "message": { "text": text },
        "locations": [Value::Object(location)],
    });
    if let Some(index) = code.and_then(|c| Code::ALL.iter().position(|x| *x == c)) {
        out["ruleIndex"] = index.into();
    }
    if !d.related.is_empty() {
        let related: Vec<Value> = d
            .related
            .iter()
            .enumerate()
            .map(|(i, r)| {
                json!({
                    "id": i,
                    "message": { "text": r.message },
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri },
                        "region": { "startLine": r.line, "startColumn": r.column },
                    },
                })
            })
            .collect();
        out["relatedLocations"] = related.into();
    }
    if !properties.is_empty() {
        out["properties"] = Value::Object(properties);
    }
    out
}

/// A file name as a URI reference: `/` separators, and percent-encoding of
/// what a URI cannot hold (spaces, `%`, `#`, `?`, non-ASCII, ...).
pub fn file_uri(name: &str) -> String {
    let name = name.replace('\\', "/");
    let mut out = String::new();
    for b in name.bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b);
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_become_uri_references() {
        assert_eq!(file_uri("inbox/ke 2026.json"), "inbox/ke%202026.json");
        assert_eq!(file_uri("a\\b#1.json"), "a/b%231.json");
        assert_eq!(file_uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(file_uri("sénégal.csv"), "s%C3%A9n%C3%A9gal.csv");
    }

    #[test]
    fn every_code_is_a_rule() {
        let report = Report::new(
            &[],
            &crate::check::CheckOptions::new(crate::value::Date::parse("2026-11-28").unwrap()),
        );
        let log = sarif(&report);
        let rules = log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap();
        assert_eq!(rules.len(), Code::ALL.len());
        assert_eq!(rules[11]["id"], "FOS-S04");
        assert_eq!(
            rules[11]["shortDescription"]["text"],
            "a value not in its code list"
        );
    }
}
