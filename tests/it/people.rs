//! For the people who use fosx: `explain`, `schema`, `template`, the SARIF
//! and JUnit reports, shell completions and the manual page, through the
//! real binary where a person would use it.

use assert_cmd::Command;
use fosx::diag::explain::{Entry, Snippet, entries};
use fosx::model::DocType;
use fosx::{CheckOptions, Code, Date, Representation};
use quick_xml::XmlVersion;
use quick_xml::events::Event;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const AS_OF: &str = "2026-11-28";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fosx() -> Command {
    let mut cmd = Command::cargo_bin("fosx").unwrap();
    cmd.current_dir(root())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        // English, whatever the language of the machine.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().expect("fosx exits normally"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn options() -> CheckOptions {
    CheckOptions::new(Date::parse(AS_OF).unwrap())
}

const TYPES: [(&str, DocType); 3] = [
    ("notification", DocType::Notification),
    ("timetable", DocType::Timetable),
    ("progress-report", DocType::ProgressReport),
];

// ---------------------------------------------------------------- explain

#[test]
fn explain_prints_every_code_in_every_spelling() {
    for &code in Code::ALL {
        let full = run(fosx().args(["explain", &code.full()]));
        assert_eq!(full.code, 0, "{code}: {}", full.stderr);
        assert!(
            full.stdout.starts_with(&format!(
                "{code} ({}): {}\n",
                code.severity(),
                code.summary()
            )),
            "{}",
            full.stdout
        );
        assert!(full.stdout.contains("Why it matters"));
        assert!(full.stdout.contains("Fails") && full.stdout.contains("Passes"));
        for spelling in [code.as_str().to_string(), code.as_str().to_lowercase()] {
            let other = run(fosx().args(["explain", &spelling]));
            assert_eq!(other.code, 0);
            assert_eq!(other.stdout, full.stdout, "`fosx explain {spelling}`");
        }
    }
}

#[test]
fn explain_of_an_unknown_code_says_so_and_exits_2() {
    let r = run(fosx().args(["explain", "FOS-S99"]));
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr
            .starts_with("error: `FOS-S99` is not a fosx diagnostic code"),
        "{}",
        r.stderr
    );
    let r = run(fosx().args(["explain", "S4"]));
    assert_eq!(r.code, 2);
}

#[test]
fn explain_without_a_code_lists_the_catalogue() {
    let r = run(fosx().arg("explain"));
    assert_eq!(r.code, 0);
    for &code in Code::ALL {
        assert!(r.stdout.contains(&code.full()), "{code}");
        assert!(r.stdout.contains(code.summary()), "{code}");
    }
}

/// Checks a complete snippet: the failing one gives its code, the passing
/// one is valid and does not.
fn check_snippets(entry: &Entry, snippet_filter: impl Fn(&Snippet) -> bool) -> Vec<String> {
    let mut problems = Vec::new();
    let code = entry.code;
    for (what, snippet) in [("failing", &entry.failing), ("passing", &entry.passing)] {
        if !snippet.complete || !snippet_filter(snippet) {
            continue;
        }
        let ext = snippet
            .representation()
            .map_or("txt", Representation::as_str);
        let checked = fosx::check_bytes(
            &format!("{code}.{ext}"),
            snippet.text.as_bytes(),
            &options(),
        );
        let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
        let gives = codes.contains(&code);
        if what == "failing" && !gives {
            problems.push(format!("{code}: the failing snippet gives {codes:?}"));
        }
        if what == "passing" && (gives || !checked.is_valid(false)) {
            problems.push(format!("{code}: the passing snippet gives {codes:?}"));
        }
    }
    problems
}

fn is_xml_or_csv(s: &Snippet) -> bool {
    matches!(
        s.representation(),
        Some(Representation::Xml | Representation::Csv)
    )
}

#[test]
fn explain_json_snippets_fail_and_pass_as_they_say() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for entry in entries() {
        problems.extend(check_snippets(entry, |s| !is_xml_or_csv(s)));
        checked += usize::from(entry.failing.complete && !is_xml_or_csv(&entry.failing));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked >= 29, "only {checked} complete JSON snippets");
}

#[test]
fn explain_xml_and_csv_snippets_fail_and_pass_as_they_say() {
    let mut problems = Vec::new();
    for entry in entries() {
        problems.extend(check_snippets(entry, is_xml_or_csv));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // P02 and P05 are shown in XML; P03, R16 and R17 in CSV.
    for (code, repr) in [
        (Code::P02, Representation::Xml),
        (Code::P05, Representation::Xml),
        (Code::P03, Representation::Csv),
        (Code::R16, Representation::Csv),
        (Code::R17, Representation::Csv),
    ] {
        let e = fosx::diag::explain::entry(code);
        assert_eq!(e.failing.representation(), Some(repr), "{code}");
        assert!(e.failing.complete, "{code}");
    }
}

#[test]
fn every_human_diagnostic_ends_with_the_explain_hint() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    let text = fosx::diag::explain::entry(Code::S04)
        .failing
        .text
        .replace("\"standard\": 1,", "\"standard\": 1, \"status\": \"x\",");
    std::fs::write(&bad, text).unwrap();
    let r = run(fosx().args(["validate", "--as-of", AS_OF]).arg(&bad));
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("see `fosx explain FOS-S04`"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("see `fosx explain FOS-S02`"),
        "{}",
        r.stderr
    );
    // Each diagnostic's last help line is its hint: the hint follows the
    // "did you mean" help.
    let s04 = r.stderr.find("FOS-S04\n").unwrap();
    let hint = r.stderr[s04..].find("see `fosx explain FOS-S04`").unwrap();
    let did_you_mean = r.stderr[s04..].find("did you mean `indicative`?").unwrap();
    assert!(did_you_mean < hint);
    // The missing file gets one too.
    let r = run(fosx().args(["validate", "no-such-file.json"]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("see `fosx explain FOS-IO`"),
        "{}",
        r.stderr
    );
}

// ---------------------------------------------------------------- schema

fn published(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

#[test]
fn schema_prints_the_published_json_schema() {
    for args in [&["schema"][..], &["schema", "--to", "json-schema"][..]] {
        let r = run(fosx().args(args));
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout == published("schemas/fosx.schema.json"));
    }
}

#[test]
fn schema_prints_the_published_xsd() {
    let r = run(fosx().args(["schema", "--to", "xsd"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout == published("schemas/fosx.xsd"));
}

#[test]
fn schema_prints_the_published_table_schema_of_each_type() {
    for (name, _) in TYPES {
        let r = run(fosx().args(["schema", "--to", "table-schema", name]));
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout == published(&format!("schemas/{name}.table-schema.json")));
    }
}

#[test]
fn schema_type_is_required_for_table_schema_and_refused_for_the_others() {
    let r = run(fosx().args(["schema", "--to", "table-schema"]));
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("needs a document type"), "{}", r.stderr);
    for to in ["json-schema", "xsd"] {
        let r = run(fosx().args(["schema", "--to", to, "timetable"]));
        assert_eq!(r.code, 2);
        assert!(r.stderr.contains("takes no TYPE"), "{}", r.stderr);
    }
    let r = run(fosx().args(["schema", "--to", "table-schema", "report"]));
    assert_eq!(r.code, 2, "clap refuses an unknown type");
}

// ---------------------------------------------------------------- template

/// Validates `text` through the binary as `repr`; returns the exit code and
/// the JSON report.
fn validate_text(text: &str, repr: &str) -> (i32, Value) {
    let r = run(fosx()
        .args([
            "validate", "--as-of", AS_OF, "--format", "json", "--from", repr, "-",
        ])
        .write_stdin(text.as_bytes().to_vec()));
    let report: Value = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", r.stdout, r.stderr));
    (r.code, report)
}

fn template(name: &str, repr: &str, example: bool) -> String {
    let mut cmd = fosx();
    cmd.args(["template", name, "--to", repr]);
    if example {
        cmd.arg("--example");
    }
    let r = run(&mut cmd);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    r.stdout
}

/// A template, validated as it is, reports only its gaps: S01, S03, S04,
/// S05; never a parse error, an unknown field or a business rule. A CSV row
/// whose entry cells are all empty is a document without entries, so the
/// CSV templates of the types that need entries also get S07 for them.
fn templates_report_only_their_gaps(repr: &str) {
    for (name, _) in TYPES {
        let text = template(name, repr, false);
        let (code, report) = validate_text(&text, repr);
        let diagnostics = report["files"][0]["diagnostics"].as_array().unwrap();
        assert_eq!(code, 1, "{name} {repr}: {report:#}");
        assert!(!diagnostics.is_empty());
        let other: Vec<&Value> = diagnostics
            .iter()
            .filter(|d| {
                let code = d["code"].as_str().unwrap();
                let gap = ["FOS-S01", "FOS-S03", "FOS-S04", "FOS-S05"].contains(&code)
                    || (repr == "csv" && code == "FOS-S07" && d["path"] == "/entries");
                !gap
            })
            .collect();
        assert!(other.is_empty(), "{name} {repr}: {other:#?} in\n{text}");
        assert!(
            report["files"][0]["documents"][0]["documentType"] == name,
            "{name} {repr}: the template is read as one {name}"
        );
    }
}

#[test]
fn json_templates_report_only_their_gaps() {
    templates_report_only_their_gaps("json");
}

#[test]
fn xml_templates_report_only_their_gaps() {
    templates_report_only_their_gaps("xml");
}

#[test]
fn csv_templates_report_only_their_gaps() {
    templates_report_only_their_gaps("csv");
}

#[test]
fn json_template_has_every_required_field_of_the_dictionary_and_no_other() {
    fn walk(value: &Value, fields: &[fosx::model::Field], at: &str) {
        let object = value.as_object().unwrap_or_else(|| panic!("{at}"));
        let keys: Vec<&str> = object.keys().map(String::as_str).collect();
        let fields: Vec<&fosx::model::Field> = fields
            .iter()
            .filter(|f| f.required || f.key == "entries")
            .collect();
        let expected: Vec<&str> = fields.iter().map(|f| f.key).collect();
        let mut sorted = expected.clone();
        sorted.sort_unstable();
        assert_eq!(keys, sorted, "{at}");
        for f in fields {
            match &f.ty {
                fosx::model::Ty::Object(inner) => walk(&value[f.key], inner, f.key),
                fosx::model::Ty::List {
                    item: fosx::model::Ty::Object(inner),
                    ..
                } => {
                    let items = value[f.key].as_array().unwrap();
                    assert_eq!(items.len(), 1, "{at}/{}: one entry", f.key);
                    walk(&items[0], inner, f.key);
                }
                _ => {}
            }
        }
    }
    for (name, t) in TYPES {
        let text = template(name, "json", false);
        let value: Value = serde_json::from_str(&text).unwrap();
        let fields: Vec<fosx::model::Field> = t.fields().copied().collect();
        walk(&value, &fields, name);
    }
}

#[test]
fn xml_template_comments_each_field() {
    let xml = template("progress-report", "xml", false);
    assert!(xml.contains(
        "<!-- required; one of: not-started, planned, in-progress, implemented, not-applicable -->\n      <Status></Status>"
    ), "{xml}");
    assert!(xml.contains("currencies.csv"));
    assert!(xml.contains(
        "<!-- optional; integer from 0 to 100 -->\n      <CompletionPercent></CompletionPercent>"
    ));
    // Well-formed, and every comment is before an element.
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut comments, mut leaves) = (0, 0);
    let mut last_was_start = false;
    loop {
        match reader.read_event().unwrap() {
            Event::Comment(_) => comments += 1,
            Event::Start(_) => last_was_start = true,
            Event::End(_) => {
                leaves += usize::from(last_was_start);
                last_was_start = false;
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // One comment per element (leaves, objects and lists) plus the heading;
    // at least one per leaf.
    assert!(comments > leaves, "{comments} comments, {leaves} leaves");
}

#[test]
fn csv_template_is_a_header_and_one_row() {
    for (name, t) in TYPES {
        let csv = template(name, "csv", false);
        let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
        assert_eq!(lines.len(), 2, "{csv}");
        let header: Vec<&str> = lines[0].split(',').collect();
        let names: Vec<String> = fosx::model::columns(t)
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(header, names);
        let row: Vec<&str> = lines[1].split(',').collect();
        assert_eq!(row.len(), header.len());
        assert_eq!(row[0], "1.0");
        assert_eq!(row[1], name);
        assert!(row[2..].iter().all(|c| c.is_empty()));
    }
}

fn examples_are_valid(repr: &str) {
    for (name, _) in TYPES {
        let text = template(name, repr, true);
        let (code, report) = validate_text(&text, repr);
        assert_eq!(code, 0, "{name} {repr}: {report:#}\n{text}");
        assert_eq!(report["files"][0]["documents"][0]["documentType"], name);
    }
}

#[test]
fn json_examples_are_the_valid_fixtures() {
    examples_are_valid("json");
    for (name, _) in TYPES {
        let text = template(name, "json", true);
        assert!(text == published(&format!("fixtures/valid/{name}.json")));
    }
}

#[test]
fn xml_examples_are_valid() {
    examples_are_valid("xml");
}

#[test]
fn csv_examples_are_valid() {
    examples_are_valid("csv");
}

// ---------------------------------------------------------------- SARIF

/// A folder with a valid file, an invalid one and a file with a warning.
fn mixed_inbox() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let valid = published("fixtures/valid/timetable.json");
    std::fs::write(dir.path().join("a-valid.json"), &valid).unwrap();
    let bad = valid.replacen("\"indicative\"", "\"indicativ\"", 1);
    std::fs::write(dir.path().join("b-bad.json"), bad).unwrap();
    let warning = fosx::diag::explain::entry(Code::R18).failing.text.clone();
    std::fs::write(dir.path().join("c-warning.json"), warning).unwrap();
    dir
}

fn region(location: &Value) -> (u64, u64) {
    let r = &location["physicalLocation"]["region"];
    (
        r["startLine"].as_u64().unwrap(),
        r["startColumn"].as_u64().unwrap(),
    )
}

#[test]
fn sarif_has_the_structure_sarif_2_1_0_requires() {
    let dir = mixed_inbox();
    let r = run(fosx()
        .args(["validate", "--as-of", AS_OF, "--format", "sarif"])
        .arg(dir.path()));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.stderr, "", "SARIF goes to stdout, nothing to stderr");
    let log: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().unwrap().contains("sarif"));
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let driver = &runs[0]["tool"]["driver"];
    assert_eq!(driver["name"], "fosx");
    assert_eq!(driver["version"], fosx::VERSION);
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), Code::ALL.len());
    for (rule, code) in rules.iter().zip(Code::ALL) {
        assert_eq!(rule["id"], code.full());
        assert_eq!(rule["shortDescription"]["text"], code.summary());
        assert_eq!(
            rule["defaultConfiguration"]["level"],
            code.severity().to_string()
        );
    }
    let results = runs[0]["results"].as_array().unwrap();
    let by_rule: BTreeMap<&str, &Value> = results
        .iter()
        .map(|r| (r["ruleId"].as_str().unwrap(), r))
        .collect();
    assert_eq!(
        by_rule.keys().copied().collect::<Vec<_>>(),
        ["FOS-R18", "FOS-S04"]
    );
    for result in results {
        let id = result["ruleId"].as_str().unwrap();
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], id);
        assert!(["error", "warning"].contains(&result["level"].as_str().unwrap()));
        assert!(!result["message"]["text"].as_str().unwrap().is_empty());
        let location = &result["locations"][0];
        let uri = location["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(uri.ends_with(".json"), "{uri}");
        let (line, column) = region(location);
        assert!(line >= 1 && column >= 1);
    }
    let s04 = by_rule["FOS-S04"];
    assert_eq!(s04["level"], "error");
    assert_eq!(
        s04["message"]["text"],
        "`indicativ` is not a date kind\nhelp: did you mean `indicative`?"
    );
    assert_eq!(s04["properties"]["help"], "did you mean `indicative`?");
    let location = &s04["locations"][0];
    assert!(
        location["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("b-bad.json")
    );
    assert_eq!(region(location), (22, 19));
    assert_eq!(
        location["logicalLocations"][0]["fullyQualifiedName"],
        "/entries/0/dateKind"
    );
    assert_eq!(location["logicalLocations"][0]["name"], "dateKind");
    let r18 = by_rule["FOS-R18"];
    assert_eq!(r18["level"], "warning");
    assert!(!r18["relatedLocations"].as_array().unwrap().is_empty());
}

#[test]
fn sarif_of_valid_files_has_no_results_and_exit_0() {
    let r = run(fosx().args([
        "validate",
        "--as-of",
        AS_OF,
        "--format",
        "sarif",
        "fixtures/valid/timetable.json",
    ]));
    assert_eq!(r.code, 0);
    let log: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
}

// ---------------------------------------------------------------- JUnit

/// Element name → attributes, in document order; with each element's text.
fn junit_elements(xml: &str) -> Vec<(String, BTreeMap<String, String>, String)> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out: Vec<(String, BTreeMap<String, String>, String)> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    loop {
        let event = reader.read_event().unwrap();
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name().as_ref().to_string();
                let attrs = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (
                            a.key.as_ref().to_string(),
                            a.normalized_value(XmlVersion::Implicit1_0)
                                .unwrap()
                                .into_owned(),
                        )
                    })
                    .collect();
                out.push((name, attrs, String::new()));
                if matches!(event, Event::Start(_)) {
                    open.push(out.len() - 1);
                }
            }
            Event::Text(t) => {
                if let Some(&i) = open.last() {
                    out[i].2.push_str(&t.xml_content(XmlVersion::Implicit1_0));
                }
            }
            Event::GeneralRef(r) => {
                let value = match r.resolve_char_ref().unwrap() {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(r)
                        .unwrap()
                        .to_string(),
                };
                if let Some(&i) = open.last() {
                    out[i].2.push_str(&value);
                }
            }
            Event::End(_) => {
                open.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn junit_has_one_testcase_per_file_and_a_failure_per_invalid_one() {
    let dir = mixed_inbox();
    let missing = dir.path().join("d-missing.json");
    let r = run(fosx()
        .args(["validate", "--as-of", AS_OF, "--format", "junit"])
        .arg(dir.path())
        .arg(&missing));
    assert_eq!(r.code, 2, "a missing file: could not check");
    assert_eq!(r.stderr, "");
    assert!(
        r.stdout
            .starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    );
    let elements = junit_elements(&r.stdout);
    let suites: Vec<_> = elements.iter().filter(|e| e.0 == "testsuite").collect();
    assert_eq!(suites.len(), 1);
    let suite = &suites[0].1;
    assert_eq!(suite["name"], "fosx");
    assert_eq!(suite["tests"], "4");
    assert_eq!(suite["failures"], "1");
    assert_eq!(suite["errors"], "1");
    let cases: Vec<_> = elements.iter().filter(|e| e.0 == "testcase").collect();
    assert_eq!(cases.len(), 4);
    for case in &cases {
        assert_eq!(case.1["classname"], "fosx");
    }
    let names: Vec<&str> = cases.iter().map(|c| c.1["name"].as_str()).collect();
    assert!(names[0].ends_with("a-valid.json"));
    assert!(names[1].ends_with("b-bad.json"));
    assert!(names[3].ends_with("d-missing.json"));
    let failures: Vec<_> = elements.iter().filter(|e| e.0 == "failure").collect();
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].1["type"], "FOS-S04");
    assert!(
        failures[0]
            .2
            .contains("error FOS-S04: `indicativ` is not a date kind")
    );
    assert!(failures[0].2.contains("help: did you mean `indicative`?"));
    let errors: Vec<_> = elements.iter().filter(|e| e.0 == "error").collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].1["type"], "FOS-IO");
    // The warning of the valid file is kept, outside any failure.
    let out: Vec<_> = elements.iter().filter(|e| e.0 == "system-out").collect();
    assert_eq!(out.len(), 1);
    assert!(out[0].2.contains("warning FOS-R18"));
}

#[test]
fn junit_in_strict_mode_fails_files_with_warnings() {
    let dir = mixed_inbox();
    let r = run(fosx()
        .args([
            "validate", "--as-of", AS_OF, "--strict", "--format", "junit",
        ])
        .arg(dir.path()));
    assert_eq!(r.code, 1);
    let elements = junit_elements(&r.stdout);
    let suite = &elements.iter().find(|e| e.0 == "testsuite").unwrap().1;
    assert_eq!(suite["tests"], "3");
    assert_eq!(suite["failures"], "2");
    assert_eq!(suite["errors"], "0");
}

// ---------------------------------------------------------------- completions, man

#[test]
fn completions_for_bash_mention_validate() {
    let r = run(fosx().args(["completions", "bash"]));
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("validate"));
    assert!(r.stdout.contains("explain") && r.stdout.contains("template"));
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let r = run(fosx().args(["completions", shell]));
        assert_eq!(r.code, 0, "{shell}");
        assert!(r.stdout.contains("validate"), "{shell}");
    }
    assert_eq!(run(fosx().args(["completions", "tcsh"])).code, 2);
}

#[test]
fn man_page_starts_with_th() {
    let r = run(fosx().arg("man"));
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.starts_with(".TH"),
        "{}",
        &r.stdout[..80.min(r.stdout.len())]
    );
    assert!(r.stdout.contains("validate"));
    // The pages its SUBCOMMANDS section names exist too.
    let r = run(fosx().args(["man", "validate"]));
    assert_eq!(r.code, 0);
    assert!(r.stdout.starts_with(".TH fosx-validate 1"), "{}", r.stdout);
    assert!(r.stdout.contains("sarif") && r.stdout.contains("junit"));
    assert_eq!(run(fosx().args(["man", "nope"])).code, 2);
}

#[test]
fn the_new_commands_write_nothing_to_stderr_when_they_succeed() {
    for args in [
        &["explain", "R04"][..],
        &["schema"][..],
        &["template", "timetable"][..],
        &["man"][..],
    ] {
        let r = run(fosx().args(args));
        assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{args:?}");
    }
    assert!(Path::new(&root().join("docs/codes/README.md")).exists());
}
