//! What an officer reads in French or Spanish, through the real binary:
//! `fosx --lang fr|es validate` of every fixture (JSON, XML, CSV, workbooks,
//! the files LibreOffice wrote in `fixtures/spreadsheet/`, an `.ods`
//! workbook, percentage cells), in the human report and in the `message` and
//! `help` of the JSON report, holds no English words outside code, quotes and
//! the file's own text (its names, its values, the lines of the snippets).

use super::cli::{fosx, run};
use super::json_fixtures::{AS_OF, root};
use super::messages::english_words_in;
use fosx::i18n::Lang;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Every submission-like file under `fixtures/`, sorted.
fn every_fixture() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("json" | "xml" | "csv" | "xlsx" | "ods")
            ) {
                out.push(path.strip_prefix(root()).unwrap().to_path_buf());
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join("fixtures"), &mut files);
    files.sort();
    files
}

/// A line of the human report that shows the file's own text: a snippet's
/// frame, its numbered lines, its pointers.
fn is_snippet(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with(['╭', '│', '·', '╰', '┬', '├', '┆', ':'])
        || t.split_once(' ').is_some_and(|(label, rest)| {
            // A line or a cell label of the snippet: `12 │`, `AD1 │`.
            label.chars().all(|c| c.is_ascii_alphanumeric()) && rest.starts_with('│')
        })
}

/// Whether a word is a dotted name (`entries.status`, `sheet1.xml`): a
/// field or a file, shown as it is in every language.
fn is_dotted(word: &str) -> bool {
    word.split('.').filter(|p| !p.is_empty()).count() > 1
}

/// The English words of one line, the file's name, the names of its
/// sheets (`'progress-report'!AI4`) and dotted names taken out.
fn words_of(line: &str, file: &str, lang: Lang) -> Vec<String> {
    let line = line.replace(file, " ");
    let mut text = String::with_capacity(line.len());
    let mut word = String::new();
    for c in line.chars().chain([' ']) {
        if c.is_alphanumeric() || matches!(c, '.' | '_') {
            word.push(c);
            continue;
        }
        if !is_dotted(word.trim_end_matches('.')) {
            text.push_str(&word);
        }
        word.clear();
        text.push(c);
    }
    while let Some(end) = text.find("'!") {
        match text[..end].rfind('\'') {
            Some(start) => text.replace_range(start..end + 2, " "),
            None => break,
        }
    }
    english_words_in(&text, lang)
}

fn problems_in(lang: &str, file: &Path) -> Vec<String> {
    let name = file.to_str().unwrap();
    let language = Lang::parse(lang).unwrap();
    let mut problems = Vec::new();
    // Wide enough that no message is wrapped onto a snippet-like line.
    let human = run(fosx()
        .env("COLUMNS", "10000")
        .args([
            "--lang", lang, "validate", "--as-of", AS_OF, "--format", "human",
        ])
        .arg(file));
    assert!((0..=2).contains(&human.code), "{name}: exit {}", human.code);
    for line in human.stderr.lines().chain(human.stdout.lines()) {
        if is_snippet(line) {
            continue;
        }
        let words = words_of(line, name, language);
        if !words.is_empty() {
            problems.push(format!("{lang} {name}: {words:?} in: {line}"));
        }
    }
    let json = run(fosx()
        .args([
            "--lang", lang, "validate", "--as-of", AS_OF, "--format", "json",
        ])
        .arg(file));
    let report: Value = serde_json::from_str(&json.stdout)
        .unwrap_or_else(|e| panic!("{name}: not JSON ({e}): {}", json.stdout));
    for file_report in report["files"].as_array().unwrap() {
        for d in file_report["diagnostics"].as_array().unwrap() {
            for key in ["message", "help"] {
                if let Some(text) = d[key].as_str() {
                    let words = words_of(text, name, language);
                    if !words.is_empty() {
                        problems.push(format!("{lang} {name} {key}: {words:?} in: {text}"));
                    }
                }
            }
        }
    }
    problems
}

fn no_english_in(lang: &str) {
    let files = every_fixture();
    assert!(files.len() > 200, "only {} fixtures found", files.len());
    for must in [
        "fixtures/spreadsheet/xlsx/progress-report.percent.xlsx",
        "fixtures/spreadsheet/ods/progress-report.percent.ods",
    ] {
        assert!(
            files.iter().any(|f| f == Path::new(must)),
            "{must} is missing"
        );
    }
    let problems: Vec<String> = files.iter().flat_map(|f| problems_in(lang, f)).collect();
    assert!(
        problems.is_empty(),
        "{} English texts in --lang {lang}:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn french_outputs_of_every_fixture_hold_no_english() {
    no_english_in("fr");
}

#[test]
fn spanish_outputs_of_every_fixture_hold_no_english() {
    no_english_in("es");
}
