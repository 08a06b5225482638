//! `fosx summarize`: over a generated 900-file inbox sorted by `fosx batch`,
//! `status.csv` equals a computation made here from the canonical JSON
//! (serde_json only, none of the summarize code); skipped inputs are listed
//! with their codes; `--as-of` makes every output reproducible; the
//! dashboard is self-contained and opens in headless Chromium without a
//! console error.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::summarize_inbox::{
    AS_OF, FILES, MEMBERS, Spoilt, expected_assistance, expected_members, expected_status,
    make_inbox, read_csv,
};

pub(super) fn fosx() -> Command {
    let mut cmd = Command::cargo_bin("fosx").unwrap();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

/// The inbox, sorted by `fosx batch`, and summarized once; shared by the
/// tests of this module.
pub(super) struct Sorted {
    _dir: tempfile::TempDir,
    pub(super) inbox: PathBuf,
    pub(super) accepted: PathBuf,
    pub(super) out: PathBuf,
    spoilt: Vec<(String, Spoilt)>,
}

pub(super) fn sorted() -> &'static Sorted {
    static SORTED: OnceLock<Sorted> = OnceLock::new();
    SORTED.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let inbox = dir.path().join("inbox");
        let spoilt = make_inbox(&inbox);
        let batch = dir.path().join("batch");
        let code = fosx()
            .args(["batch", inbox.to_str().unwrap(), "--out"])
            .arg(&batch)
            .args(["--as-of", AS_OF])
            .output()
            .unwrap()
            .status
            .code();
        assert_eq!(code, Some(1), "some inputs are rejected");
        let accepted = batch.join("accepted");
        let out = dir.path().join("summary");
        let r = fosx()
            .arg("summarize")
            .arg(&accepted)
            .arg("--out")
            .arg(&out)
            .args(["--as-of", AS_OF])
            .output()
            .unwrap();
        assert_eq!(
            r.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&r.stderr)
        );
        Sorted {
            inbox,
            accepted,
            out,
            spoilt,
            _dir: dir,
        }
    })
}

#[test]
fn status_csv_equals_an_independent_computation_over_a_batch_sorted_inbox() {
    let s = sorted();
    let files = walkdir::WalkDir::new(&s.inbox)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .count();
    assert_eq!(files, FILES);
    let (header, rows) = read_csv(&s.out.join("status.csv"));
    assert_eq!(
        header,
        [
            "memberCode",
            "memberName",
            "region",
            "standard",
            "standardTitle",
            "status",
            "completionPercent",
            "maturityLevel",
            "plannedStart",
            "plannedCompletion",
            "dateKind",
            "expectedCompletion",
            "actualCompletion",
            "slippageDays",
            "overdueDays",
            "technicalAssistanceRequested",
            "capacityBuilding",
            "sourceDocuments",
        ]
    );
    assert_eq!(
        rows.len(),
        MEMBERS.len() * 15,
        "one row per Member × standard"
    );
    let expected = expected_status(&s.accepted);
    assert_eq!(expected.len(), rows.len());
    for (got, want) in rows.iter().zip(&expected) {
        for (i, (g, w)) in got.iter().zip(want).enumerate() {
            assert_eq!(
                g, w,
                "{} standard {}: column {}",
                want[0], want[3], header[i]
            );
        }
    }
    // The inbox has what makes the semantics matter.
    let filled = |col: usize| rows.iter().filter(|r| !r[col].is_empty()).count();
    assert!(filled(5) > 100, "statuses");
    assert!(filled(9) > 100, "planned completions");
    assert!(filled(13) > 50, "slippage");
    assert!(rows.iter().any(|r| r[13].starts_with('-')), "early");
    assert!(filled(14) > 10, "overdue");
    assert!(rows.iter().any(|r| r[1].ends_with("(Customs)")), "renamed");
    assert!(rows.iter().any(|r| r[0] == "EU" && r[2].is_empty()));
}

#[test]
fn members_csv_equals_an_independent_computation_and_says_what_is_missing() {
    let s = sorted();
    let (header, rows) = read_csv(&s.out.join("members.csv"));
    assert_eq!(rows.len(), MEMBERS.len());
    let expected = expected_members(&s.accepted);
    assert_eq!(expected.len(), rows.len());
    for (got, want) in rows.iter().zip(&expected) {
        for (i, (g, w)) in got.iter().zip(want).enumerate() {
            assert_eq!(g, w, "{}: column {}", want[0], header[i]);
        }
    }
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let missing = |c: &str| rows.iter().filter(|r| r[col(c)] == "true").count();
    assert!(
        missing("timetableMissing") >= 1 && missing("progressReportMissing") >= 2,
        "missing submissions"
    );
    let row = |code: &str| rows.iter().find(|r| r[0] == code).unwrap();
    // Burkina Faso only notified; Jamaica only sent timetables.
    assert_eq!(row("BF")[col("timetableMissing")], "true");
    assert_eq!(row("BF")[col("progressReportMissing")], "false");
    assert_eq!(row("BF")[col("standardsNoStatus")], "15");
    assert_eq!(row("JM")[col("timetableMissing")], "false");
    assert_eq!(row("JM")[col("progressReportMissing")], "true");
    assert!(row("JM")[col("notificationId")].is_empty());
    for r in &rows {
        let counts: usize = [
            "standardsNotStarted",
            "standardsPlanned",
            "standardsInProgress",
            "standardsImplemented",
            "standardsNotApplicable",
            "standardsNoStatus",
        ]
        .iter()
        .map(|c| r[col(c)].parse::<usize>().unwrap())
        .sum();
        assert_eq!(counts, 15, "{}", r[0]);
    }
}

#[test]
fn skipped_inputs_are_listed_with_their_codes() {
    let s = sorted();
    let dir = tempfile::tempdir().unwrap();
    let r = fosx()
        .arg("summarize")
        .arg(&s.inbox)
        .arg("--out")
        .arg(dir.path())
        .args(["--as-of", AS_OF])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(1), "invalid inputs make it exit 1");
    let stderr = String::from_utf8(r.stderr).unwrap();
    let (header, rows) = read_csv(&dir.path().join("skipped.csv"));
    assert_eq!(
        header,
        ["path", "document", "documentId", "reason", "codes"]
    );
    assert!(s.spoilt.len() >= 30);
    assert_eq!(rows.len(), s.spoilt.len());
    // Listed in path order, as the folder is read.
    let mut spoilt = s.spoilt.clone();
    spoilt.sort();
    for ((name, how), row) in spoilt.iter().zip(&rows) {
        let path = s.inbox.join(name).display().to_string();
        assert_eq!(row[0], path);
        assert_eq!(row[3], "invalid");
        assert_eq!(row[4], how.code(), "{name}");
        assert_eq!(row[1].is_empty(), *how == Spoilt::Syntax, "{name}");
        assert!(
            stderr.contains(&format!("skipped {path}")),
            "{name} on stderr"
        );
    }
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("status.json")).unwrap())
            .unwrap();
    assert_eq!(json["skipped"].as_array().unwrap().len(), s.spoilt.len());
    assert_eq!(
        json["totals"]["documents"].as_u64().unwrap() as usize,
        FILES
            - s.spoilt
                .iter()
                .filter(|(_, h)| *h == Spoilt::Syntax)
                .count()
    );
}

#[test]
fn an_unreadable_input_is_listed_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/spec/examples/timetable.xml"),
        inbox.join("timetable.xml"),
    )
    .unwrap();
    let missing = inbox.join("gone.json");
    let out = dir.path().join("out");
    let r = fosx()
        .arg("summarize")
        .arg(&inbox)
        .arg(&missing)
        .arg("--out")
        .arg(&out)
        .args(["--as-of", AS_OF])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    let (_, rows) = read_csv(&out.join("skipped.csv"));
    assert_eq!(
        rows,
        [vec![
            missing.display().to_string(),
            String::new(),
            String::new(),
            "unreadable".to_string(),
            "FOS-IO".to_string()
        ]]
    );
    let (_, status) = read_csv(&out.join("status.csv"));
    assert_eq!(status.len(), 15);
    assert_eq!(
        status[6][9], "2028-07-01",
        "EU, standard 7: planned completion"
    );
}

#[test]
fn as_of_makes_every_output_reproducible_byte_for_byte() {
    let s = sorted();
    let dir = tempfile::tempdir().unwrap();
    let again = dir.path().join("again");
    let r = fosx()
        .arg("summarize")
        .arg(&s.accepted)
        .arg("--out")
        .arg(&again)
        .args(["--as-of", AS_OF])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(0));
    let names = [
        "status.csv",
        "members.csv",
        "assistance.csv",
        "skipped.csv",
        "notifications.csv",
        "status.json",
        "index.html",
        "meeting.xlsx",
    ];
    let listed: Vec<String> = std::fs::read_dir(&again)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        listed.len(),
        names.len(),
        "{listed:?}: no temporary file left"
    );
    for name in names {
        assert_eq!(
            std::fs::read(again.join(name)).unwrap(),
            std::fs::read(s.out.join(name)).unwrap(),
            "{name} differs between two runs"
        );
    }
    // Another date changes what "the last reporting year" means.
    let later = dir.path().join("later");
    fosx()
        .arg("summarize")
        .arg(&s.accepted)
        .arg("--out")
        .arg(&later)
        .args(["--as-of", "2030-01-01"])
        .assert()
        .code(0);
    assert_ne!(
        std::fs::read(later.join("members.csv")).unwrap(),
        std::fs::read(s.out.join("members.csv")).unwrap()
    );
}

/// Values of `src` and `href` attributes in the page.
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["src=", "href="] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let quote = rest.chars().next().unwrap();
            let value = if quote == '"' || quote == '\'' {
                rest[1..].split(quote).next().unwrap()
            } else {
                rest.split([' ', '>']).next().unwrap()
            };
            out.push(value.to_string());
        }
    }
    out
}

#[test]
fn status_json_parses_and_the_dashboard_holds_every_member_and_loads_nothing() {
    let s = sorted();
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(s.out.join("status.json")).unwrap()).unwrap();
    assert_eq!(json["summaryVersion"], 2);
    assert_eq!(json["asOf"], AS_OF);
    assert_eq!(json["edition"], "2018");
    assert_eq!(json["standards"].as_array().unwrap().len(), 15);
    assert_eq!(
        json["standards"][3]["title"],
        "Use of Non-Intrusive Inspection Technologies and Data Analytics"
    );
    assert_eq!(json["members"].as_array().unwrap().len(), MEMBERS.len());
    assert_eq!(json["status"].as_array().unwrap().len(), MEMBERS.len() * 15);
    assert_eq!(json["overall"]["members"], MEMBERS.len());
    // The overall implementation rate per standard is the count of
    // implemented in status.csv over the Members with a progress report
    // for whom the standard applies.
    let (_, rows) = read_csv(&s.out.join("status.csv"));
    let (mheader, members) = read_csv(&s.out.join("members.csv"));
    let report_col = mheader
        .iter()
        .position(|h| h == "progressReportId")
        .unwrap();
    let reported: Vec<&str> = members
        .iter()
        .filter(|m| !m[report_col].is_empty())
        .map(|m| m[0].as_str())
        .collect();
    for n in 1..=15 {
        let of = |status: &str| {
            rows.iter()
                .filter(|r| r[3] == n.to_string() && r[5] == status)
                .count()
        };
        let base = reported.len() - of("not-applicable");
        let a = &json["overall"]["standards"][n - 1];
        assert_eq!(a["standard"], n);
        assert_eq!(a["membersByStatus"]["implemented"], of("implemented"));
        assert_eq!(a["rateBase"], base);
        assert_eq!(a["noReport"], MEMBERS.len() - reported.len());
        let rate = a["implementationRate"].as_f64().unwrap();
        assert!((rate - of("implemented") as f64 / base as f64).abs() < 1e-4);
    }
    let regions: Vec<&str> = json["regions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["region"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(regions, ["ESA", "EUR", "AP", "MENA", "AMS", "WCA", "-"]);
    let region_members: u64 = json["regions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["members"].as_u64().unwrap())
        .sum();
    assert_eq!(region_members, MEMBERS.len() as u64);

    let html = std::fs::read_to_string(s.out.join("index.html")).unwrap();
    for (code, name, _) in MEMBERS {
        assert!(html.contains(&format!("data-member=\"{code}\"")), "{code}");
        let escaped = name
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;");
        assert!(html.contains(&escaped), "{name}");
    }
    assert!(!html.contains("<JCA>"), "text is escaped");
    let links = links(&html);
    assert!(!links.is_empty());
    for l in &links {
        assert!(
            !(l.contains("http:") || l.contains("https:") || l.contains("//")),
            "loads {l}"
        );
    }
    for outside in [
        "<link rel=\"stylesheet\"",
        "@import",
        "url(",
        "<iframe",
        "<img",
    ] {
        assert!(!html.contains(outside), "{outside}");
    }
    assert!(html.contains("@page { size: A4 landscape"));
}

#[test]
fn the_dashboard_speaks_french() {
    let s = sorted();
    let dir = tempfile::tempdir().unwrap();
    let r = fosx()
        .args(["--lang", "fr", "summarize"])
        .arg(&s.accepted)
        .arg("--out")
        .arg(dir.path())
        .args(["--as-of", AS_OF])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(0));
    let stderr = String::from_utf8(r.stderr).unwrap();
    assert!(
        stderr.contains(&format!(
            "0 écarté ; {} Membres × 15 normes\n",
            MEMBERS.len()
        )),
        "{stderr}"
    );
    let html = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("Taux de mise en œuvre par norme"));
    assert!(html.contains("Soumissions manquantes"));
    // The data files do not depend on the language.
    for name in ["status.csv", "members.csv", "assistance.csv", "status.json"] {
        assert_eq!(
            std::fs::read(dir.path().join(name)).unwrap(),
            std::fs::read(s.out.join(name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn assistance_csv_lists_every_request_with_its_text() {
    let s = sorted();
    let (header, rows) = read_csv(&s.out.join("assistance.csv"));
    assert_eq!(
        header,
        [
            "memberCode",
            "memberName",
            "region",
            "standard",
            "standardTitle",
            "kind",
            "source",
            "documentId",
            "submissionDate",
            "text"
        ]
    );
    assert_eq!(rows, expected_assistance(&s.accepted));
    assert!(rows.len() > 50);
    let (_, status) = read_csv(&s.out.join("status.csv"));
    // Every standard with technical assistance requested has a request.
    for r in status.iter().filter(|r| r[15] == "true") {
        assert!(
            rows.iter().any(|a| a[0] == r[0]
                && a[3] == r[3]
                && a[5] == "technical-assistance"
                && !a[9].is_empty()),
            "{} {}",
            r[0],
            r[3]
        );
    }
    for r in status.iter().filter(|r| r[16] == "true") {
        assert!(
            rows.iter()
                .any(|a| a[0] == r[0] && a[3] == r[3] && a[5] == "capacity-building"),
            "{} {}",
            r[0],
            r[3]
        );
    }
    // Texts that a spreadsheet would run as a formula are guarded.
    assert!(rows.iter().any(|a| a[9].starts_with("'=Training")));
    assert!(!rows.iter().any(|a| a[9].starts_with('=')));
}

#[test]
fn an_output_folder_inside_the_inputs_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/spec/examples/timetable.json"),
        inbox.join("timetable.json"),
    )
    .unwrap();
    let out = inbox.join("meeting");
    let run = || {
        fosx()
            .arg("summarize")
            .arg(&inbox)
            .arg("--out")
            .arg(&out)
            .args(["--as-of", AS_OF])
            .output()
            .unwrap()
    };
    let first = run();
    assert_eq!(first.status.code(), Some(0));
    let before = std::fs::read(out.join("status.json")).unwrap();
    let second = run();
    assert_eq!(second.status.code(), Some(0));
    assert_eq!(std::fs::read(out.join("status.json")).unwrap(), before);
    assert!(
        String::from_utf8(second.stderr)
            .unwrap()
            .starts_with("1 files, 1 documents: 1 counted, 0 skipped;")
    );
}

#[test]
fn an_unknown_edition_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let r = fosx()
        .args([
            "summarize",
            "docs/spec/examples",
            "--edition",
            "2022",
            "--out",
        ])
        .arg(dir.path().join("out"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(r.stderr).unwrap(),
        "error: there is no catalogue of standards for edition `2022` (known: 2018)\n"
    );
    assert!(!dir.path().join("out").exists());
}

/// Opens the dashboard in headless Chromium through Selenium: no console
/// error, every Member's code and name in the text the browser shows, the
/// sort buttons work; and a screenshot kept in `target/artifacts/`.
pub(super) const BROWSER: &str = r##"
import json, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
page, shot, profile = sys.argv[1], sys.argv[2], sys.argv[3]
o = webdriver.ChromeOptions()
for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run",
          "--user-data-dir=" + profile, "--window-size=1600,1200"):
    o.add_argument(a)
o.binary_location = "/usr/bin/chromium"
o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)
try:
    d.get("file://" + page)
    text = d.find_element(By.TAG_NAME, "body").text
    order = {}
    for key in ("progress", "region", "member"):
        d.find_element(By.CSS_SELECTOR, 'button[data-sort="%s"]' % key).click()
        order[key] = [r.get_attribute("data-member") for r in d.find_elements(By.CSS_SELECTOR, "#heat-rows tr")]
    height = d.execute_script("return document.documentElement.scrollHeight")
    d.set_window_size(1600, min(max(height, 1200), 8000))
    d.save_screenshot(shot)
    logs = d.get_log("browser")
finally:
    d.quit()
json.dump({"text": text, "logs": logs, "order": order}, sys.stdout)
"##;

/// Opens a dashboard in headless Chromium ([`BROWSER`]), keeping its
/// screenshot at `shot`; fails on an error of the browser or a console
/// error. What the browser saw: its text, its logs.
pub(super) fn open_in_chromium(index: &Path, shot: &Path) -> Value {
    let _ = std::fs::remove_file(shot);
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(BROWSER)
        .arg(index)
        .arg(shot)
        .arg(profile.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "selenium: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let result: Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors: Vec<&Value> = result["logs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["level"] == "SEVERE")
        .collect();
    assert!(
        errors.is_empty(),
        "{}: console errors: {errors:?}",
        index.display()
    );
    result
}

/// Prints a dashboard to `pdf` with headless Chromium (its print
/// stylesheet: A4 landscape), without the browser's header and footer.
pub(super) fn print_to_pdf(index: &Path, pdf: &Path) {
    let _ = std::fs::remove_file(pdf);
    let profile = tempfile::tempdir().unwrap();
    let printed = std::process::Command::new("/usr/bin/chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", index.display()))
        .output()
        .unwrap();
    assert!(
        printed.status.success(),
        "{}",
        String::from_utf8_lossy(&printed.stderr)
    );
}

#[test]
#[cfg_attr(
    not(fosx_browser),
    ignore = "needs /usr/bin/chromium, /usr/bin/chromedriver and python3 selenium (.ci/run installs them; then touch build.rs)"
)]
fn the_dashboard_opens_in_headless_chromium_without_console_errors() {
    assert!(
        Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists(),
        "this test needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)"
    );
    let s = sorted();
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let shot = artifacts.join("summarize-dashboard.png");
    let result = open_in_chromium(&s.out.join("index.html"), &shot);
    let text = result["text"].as_str().unwrap();
    for (code, name, _) in MEMBERS {
        assert!(text.contains(code), "{code} shown");
        assert!(text.contains(name), "{name} shown");
    }
    let order = |k: &str| -> Vec<String> {
        result["order"][k]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    let mut codes: Vec<String> = MEMBERS.iter().map(|m| m.0.to_string()).collect();
    codes.sort();
    assert_eq!(order("member"), codes);
    assert_ne!(order("progress"), codes, "sorted by progress");
    assert_ne!(order("region"), codes, "sorted by region");
    assert_eq!(
        order("region").last().map(String::as_str),
        Some("EU"),
        "no region last"
    );
    let png = std::fs::read(&shot).unwrap();
    assert!(
        png.starts_with(b"\x89PNG"),
        "a screenshot in {}",
        shot.display()
    );
    assert!(png.len() > 20_000);

    // Printed, it is laid out on A4 landscape pages.
    let pdf = artifacts.join("summarize-dashboard.pdf");
    print_to_pdf(&s.out.join("index.html"), &pdf);
    let bytes = std::fs::read(&pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let boxes: std::collections::BTreeSet<&str> = text
        .match_indices("/MediaBox [")
        .map(|(i, m)| text[i + m.len()..].split(']').next().unwrap().trim())
        .collect();
    assert_eq!(
        boxes.into_iter().collect::<Vec<_>>(),
        ["0 0 841.91998 594.95996"],
        "A4 landscape (297 × 210 mm in points)"
    );
}

#[test]
fn workbooks_in_a_folder_are_read_as_submissions() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/spreadsheet");
    let inbox = tempfile::tempdir().unwrap();
    for f in ["typed/timetable.xlsx", "text/progress-report.xlsx"] {
        std::fs::copy(fixtures.join(f), inbox.path().join(f.replace('/', "-"))).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let r = fosx()
        .arg("summarize")
        .arg(inbox.path())
        .arg("--out")
        .arg(out.path())
        .args(["--as-of", AS_OF])
        .output()
        .unwrap();
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("status.json")).unwrap())
            .unwrap();
    assert_eq!(json["totals"]["documents"], 2);
    assert_eq!(json["skipped"].as_array().unwrap().len(), 0);
}
