//! The officers' page on a phone (390×844) and a laptop (1366×768), in
//! English and French, in a real headless Chromium (`tests/page/drive.py`,
//! scenario `layout`): the page never scrolls sideways, before or after
//! checking a CSV with 45 errors, a workbook LibreOffice wrote and a CSV
//! with 500 problems; axe-core finds no violation of any impact; the live
//! region says each file's verdict and counts; the verdict stays in view;
//! the grid numbers rows as the spreadsheet does; with 500 problems the
//! problems are grouped, can be filtered, and the downloads are a few Tab
//! presses from the top. Screenshots go to `target/artifacts/`
//! (`page-KEY-WIDTH-LANG.png`).

use super::json_fixtures::root;
use super::page::{artifacts, assert_clean, drive, report, strings};
use super::serve::Server;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

const SIZES: [[u64; 2]; 2] = [[390, 844], [1366, 768]];

/// The example progress report (15 entries) with its cells changed by
/// `change(record, row)`, written as CSV to `dir/name`.
fn progress_report_with(
    dir: &Path,
    name: &str,
    change: impl Fn(usize, &mut Vec<String>),
) -> PathBuf {
    let mut reader =
        csv::Reader::from_path(root().join("fixtures/valid/progress-report.csv")).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let path = dir.join(name);
    let mut writer = csv::Writer::from_path(&path).unwrap();
    writer.write_record(&header).unwrap();
    for (i, record) in reader.records().enumerate() {
        let mut row: Vec<String> = record.unwrap().iter().map(String::from).collect();
        change(i + 1, &mut row);
        writer.write_record(&row).unwrap();
    }
    writer.flush().unwrap();
    path
}

/// Column indexes of the example progress report's CSV.
const SCHEMA_VERSION: usize = 0;
const STATUS: usize = 26;
const MATURITY: usize = 28;
const EXPECTED_COMPLETION: usize = 29;
const MEASURES: usize = 31;
const STAKEHOLDERS: usize = 36;

/// 45 errors: in each of the 15 entries, a status, a maturity level and a
/// stakeholder that are not in their lists.
fn forty_five_errors(dir: &Path) -> PathBuf {
    progress_report_with(dir, "progress-report-45-errors.csv", |_, row| {
        row[STATUS] = "finished".into();
        row[MATURITY] = "7".into();
        row[STAKEHOLDERS] = "postal-operators;express-carrier".into();
    })
}

/// 500 problems: 499 errors of four codes in five columns and a warning;
/// a 300-character cell.
fn five_hundred_problems(dir: &Path) -> PathBuf {
    progress_report_with(dir, "progress-report-500-problems.csv", |record, row| {
        row[SCHEMA_VERSION] = "1".into();
        row[STATUS] = "finished".into();
        row[MATURITY] = "7".into();
        row[EXPECTED_COMPLETION] = "31/12/2026".into();
        let carriers = if record == 1 { 34 } else { 30 };
        row[STAKEHOLDERS] = (0..carriers)
            .map(|k| format!("carrier{k}"))
            .collect::<Vec<_>>()
            .join(";");
        if record == 1 {
            row[MEASURES] = "Advance electronic data ".repeat(13);
        }
    })
}

/// What the page says of a checked file in `lang`: its verdict and counts
/// in the live region (French puts 0 with 1), the word of a place.
struct Expected {
    said: [(&'static str, &'static str); 3],
    row: &'static str,
}

fn expected(lang: &str) -> Expected {
    match lang {
        "fr" => Expected {
            said: [
                (
                    "csv45",
                    "progress-report-45-errors.csv : non valide, 45 erreurs et 0 avertissement.",
                ),
                (
                    "xlsx",
                    "progress-report.error-na.xlsx : non valide, 1 erreur et 2 avertissements.",
                ),
                (
                    "csv500",
                    "progress-report-500-problems.csv : non valide, 499 erreurs et 1 avertissement.",
                ),
            ],
            row: "ligne",
        },
        _ => Expected {
            said: [
                (
                    "csv45",
                    "progress-report-45-errors.csv: invalid, 45 errors, 0 warnings.",
                ),
                (
                    "xlsx",
                    "progress-report.error-na.xlsx: invalid, 1 error, 2 warnings.",
                ),
                (
                    "csv500",
                    "progress-report-500-problems.csv: invalid, 499 errors, 1 warning.",
                ),
            ],
            row: "row",
        },
    }
}

/// The first marked cell of the grid is at the row and column of one of
/// the file's diagnostics, whose place on the page names that row.
fn assert_first_mark(file: &Value, diags: &[Value], lang: &str, what: &str) {
    let mark = &file["first_mark"];
    assert!(mark.is_object(), "{what}: no marked cell");
    let row: u64 = mark["row"].as_str().unwrap().parse().expect("a row number");
    let letter = mark["column"].as_str().unwrap().split(' ').next().unwrap();
    let at: Vec<&Value> = diags
        .iter()
        .filter(|d| d["row"] == row && d["columnLetter"] == letter)
        .collect();
    assert!(
        !at.is_empty(),
        "{what}: no diagnostic at row {row}, column {letter}: {mark}"
    );
    let place = format!("{} {row}, ", expected(lang).row);
    let shown = file["problems"].as_array().unwrap();
    assert!(
        shown
            .iter()
            .any(|p| p["place"].as_str().unwrap().starts_with(&place)
                && p["place"].as_str().unwrap().contains(letter)),
        "{what}: no problem placed at {place}{letter}"
    );
    for d in at {
        assert!(
            mark["title"]
                .as_str()
                .unwrap()
                .contains(d["message"].as_str().unwrap()),
            "{what}: {mark}"
        );
    }
    assert_eq!(
        mark["in_box"], true,
        "{what}: the marked cell is scrolled into its box"
    );
}

/// `rgb(r, g, b)` as CSS writes a computed colour.
fn rgb(css: &Value) -> [u8; 3] {
    let css = css.as_str().unwrap();
    let inner = css
        .strip_prefix("rgb(")
        .and_then(|c| c.strip_suffix(')'))
        .unwrap_or_else(|| panic!("not an opaque colour: {css}"));
    let v: Vec<u8> = inner
        .split(',')
        .map(|p| p.trim().parse().unwrap())
        .collect();
    [v[0], v[1], v[2]]
}

/// WCAG's contrast ratio of two colours.
fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let luminance = |c: [u8; 3]| {
        let lin = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
    };
    let (x, y) = (luminance(a) + 0.05, luminance(b) + 0.05);
    x.max(y) / x.min(y)
}

#[test]
fn contrast_is_wcags() {
    // The old amber ring on white, as measured: 2.01:1.
    assert!((contrast([0xf2, 0xa9, 0x00], [255, 255, 255]) - 2.01).abs() < 0.01);
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
}

#[test]
#[cfg_attr(
    not(fosx_browser),
    ignore = "needs /usr/bin/chromium, /usr/bin/chromedriver and python3 selenium (.ci/run installs them; then touch build.rs)"
)]
fn the_page_reflows_on_a_phone_passes_axe_and_reaches_the_downloads_by_keyboard() {
    let server = Server::start(&["--quiet"], &[]);
    let dir = tempfile::tempdir().unwrap();
    let csv45 = forty_five_errors(dir.path());
    let csv500 = five_hundred_problems(dir.path());
    let xlsx = root().join("fixtures/spreadsheet/xlsx/progress-report.error-na.xlsx");
    let files = [("csv45", &csv45), ("xlsx", &xlsx), ("csv500", &csv500)];
    let seen = drive(&json!({
        "url": server.url("/"),
        "chromium": std::env::var("FOSX_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
        "chromedriver": std::env::var("FOSX_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into()),
        "downloads": dir.path(),
        "scenario": "layout",
        "sizes": SIZES,
        "langs": ["en", "fr"],
        "files": files.iter().map(|(k, p)| json!([k, p])).collect::<Vec<_>>(),
        "axe": root().join("tests/page/axe/axe.min.js"),
        "artifacts": artifacts(),
    }));

    // What the browser saw, kept beside the screenshots.
    std::fs::write(
        artifacts().join("page-layout.json"),
        serde_json::to_string_pretty(&seen).unwrap(),
    )
    .unwrap();
    let runs = seen["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 4);
    for run in runs {
        let lang = run["lang"].as_str().unwrap();
        let size = &run["size"];
        let what = format!("{}×{} {lang}", size[0], size[1]);
        let e = expected(lang);
        assert_eq!(run["viewport"][0], size[0], "{what}: the window's width");
        let fits = |w: &Value, when: &str| {
            assert!(
                w[0].as_u64() <= w[1].as_u64(),
                "{what}, {when}: {} px wide in {} px",
                w[0],
                w[1]
            );
        };
        fits(&run["before"], "before any file");
        assert_eq!(run["before_axe"], json!([]), "{what}, before any file: axe");

        for (key, path) in &files {
            let file = &run["files"][key];
            let what = format!("{what}, {key}");
            let name = path.file_name().unwrap().to_str().unwrap();
            assert!(e.said.iter().any(|(_, s)| s.starts_with(name)), "{name}");
            let rep = report(lang, path.to_str().unwrap());
            let diags = rep["files"][0]["diagnostics"].as_array().unwrap();
            fits(&file["after"], "after the check");
            assert_eq!(file["axe"], json!([]), "{what}: axe");
            // The live region: the file, its verdict, its counts.
            let status = file["status"].as_str().unwrap();
            let said = e.said.iter().find(|(k, _)| k == key).unwrap().1;
            assert!(
                status.ends_with(said),
                "{what}: the live region says {status:?}, not {said:?}"
            );
            // The verdict is in view, the page not scrolled down to the file.
            let r = &file["verdict_rect"];
            assert!(
                r[0].as_f64() >= Some(0.0) && r[1].as_f64() <= r[2].as_f64(),
                "{what}: verdict at {r}"
            );
            // Every file view is a named region one can scroll by keyboard.
            for v in file["views"].as_array().unwrap() {
                assert_eq!(v["role"], "region", "{what}: {v}");
                assert_eq!(v["tabindex"], "0", "{what}: {v}");
                assert!(
                    v["label"].as_str().is_some_and(|l| l.contains(name)),
                    "{what}: {v}"
                );
            }
            // Downloads named for what they download.
            let downloads = strings(&file["downloads"]);
            let report_json = if lang == "fr" {
                "Télécharger le rapport en JSON"
            } else {
                "Download the report as JSON"
            };
            assert!(
                downloads.iter().any(|d| d == report_json),
                "{what}: {downloads:?}"
            );
            for name in strings(&file["template_names"]) {
                assert!(
                    name.split_whitespace().count() > 3,
                    "{what}: a template link named {name:?}"
                );
            }
            if *key != "xlsx" {
                assert_first_mark(file, diags, lang, &what);
                assert!(
                    file["corner"]
                        .as_str()
                        .is_some_and(|c| !c.trim().is_empty()),
                    "{what}: an empty corner cell"
                );
            }
            let png = std::fs::read(file["screenshot"].as_str().unwrap()).unwrap();
            assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{what}");
        }

        // 500 problems: grouped by code with their counts, filtered, and
        // the downloads a few Tab presses from the top.
        let file = &run["files"]["csv500"];
        let groups = strings(&file["groups"]);
        for code in ["FOS-S03", "FOS-S04", "FOS-S06", "FOS-S10"] {
            assert!(
                groups.iter().any(|g| g.starts_with(code)),
                "{what}: no group {code} in {groups:?}"
            );
        }
        assert!(
            groups
                .iter()
                .any(|g| g.starts_with("FOS-S04") && g.contains("469")),
            "{what}: {groups:?}"
        );
        let tabs = &run["tabs"];
        assert!(
            tabs["count"].as_u64().is_some_and(|n| n <= 10),
            "{what}: the downloads are not within 10 Tab presses: {tabs}"
        );
        // Each Tab stop shows a ring of 3 px, of a contrast of at least 3:1
        // with the background it is drawn on; the page's own ring also with
        // white.
        for stop in tabs["reached"].as_array().unwrap() {
            assert_eq!(stop[5], "solid 3px", "{what}: {stop}");
            let ring = rgb(&stop[6]);
            let under = contrast(ring, rgb(&stop[7]));
            assert!(
                under >= 3.0,
                "{what}: the focus ring is {under:.2}:1 on its background: {stop}"
            );
            if stop[7] == "rgb(255, 255, 255)" || stop[7] == "rgb(243, 245, 248)" {
                assert!(contrast(ring, [255, 255, 255]) >= 3.0, "{what}: {stop}");
            }
        }
        let skip = &run["skip"];
        assert_eq!(
            skip["first"], "skip",
            "{what}: the first Tab stop is the skip link: {skip}"
        );
        assert_eq!(
            skip["then"], true,
            "{what}: the skip link leads to the downloads: {skip}"
        );
        let filter = &run["filter"];
        assert_eq!(filter["all"], 500, "{what}: {filter}");
        assert_eq!(filter["warnings"], 1, "{what}: {filter}");
        assert_eq!(filter["FOS-S06"], 15, "{what}: {filter}");
    }
    assert_clean(&seen, &server);
}
