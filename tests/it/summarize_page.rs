//! The dashboard for everyone: a 40-Member dashboard in English, French
//! and Spanish, opened in headless Chromium at 1366×768, 390×844 and a
//! laptop at 200 % zoom: axe-core finds no violation of any impact, the
//! page reflows (`scrollWidth <= innerWidth`), every standard's full title
//! is shown without hovering, the pressed sort button shows its focus;
//! printed to PDF on A4 landscape, no page holds only a heading or fewer
//! than three rows of the heatmap. The PDFs are kept in target/artifacts/.

use super::summarize::{fosx, print_to_pdf};
use fosx::Lang;
use fosx::i18n::msg;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

const AS_OF: &str = "2026-12-07";

/// 40 Members: code, name, region.
const MEMBERS: &[(&str, &str, Option<&str>)] = &[
    ("AE", "United Arab Emirates", Some("MENA")),
    ("AR", "Argentina", Some("AMS")),
    ("AU", "Australia", Some("AP")),
    ("BF", "Burkina Faso", Some("WCA")),
    ("BJ", "Bénin", Some("WCA")),
    ("BR", "Brazil", Some("AMS")),
    ("CA", "Canada", Some("AMS")),
    ("CI", "Côte d'Ivoire", Some("WCA")),
    ("CL", "Chile", Some("AMS")),
    ("CM", "Cameroun", Some("WCA")),
    ("CN", "China", Some("AP")),
    ("CO", "Colombia", Some("AMS")),
    ("DE", "Germany", Some("EUR")),
    ("DZ", "Algérie", Some("MENA")),
    ("EG", "Egypt", Some("MENA")),
    ("ES", "España", Some("EUR")),
    ("ET", "Ethiopia", Some("ESA")),
    ("EU", "European Union", None),
    ("FR", "France", Some("EUR")),
    ("GA", "Gabon", Some("WCA")),
    ("GB", "United Kingdom", Some("EUR")),
    ("GH", "Ghana", Some("WCA")),
    ("ID", "Indonesia", Some("AP")),
    ("IN", "India", Some("AP")),
    ("JM", "Jamaica", Some("AMS")),
    ("JP", "Japan", Some("AP")),
    ("KE", "Kenya", Some("ESA")),
    ("KR", "Korea, Republic of", Some("AP")),
    ("MA", "Maroc", Some("MENA")),
    ("MG", "Madagascar", Some("ESA")),
    ("MX", "México", Some("AMS")),
    ("NG", "Nigeria", Some("WCA")),
    ("PE", "Perú", Some("AMS")),
    ("PL", "Poland", Some("EUR")),
    ("SA", "Saudi Arabia", Some("MENA")),
    ("SN", "Sénégal", Some("WCA")),
    ("TN", "Tunisie", Some("MENA")),
    ("UG", "Uganda", Some("ESA")),
    ("US", "United States", Some("AMS")),
    ("ZA", "South Africa", Some("ESA")),
];

const STATUSES: &[&str] = &[
    "not-started",
    "planned",
    "in-progress",
    "implemented",
    "not-applicable",
];

fn template(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("fixtures/valid/{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn submitter(i: usize) -> Value {
    let (code, name, region) = MEMBERS[i];
    let mut s = json!({"memberCode": code, "memberName": name, "memberType": "member", "administration": "Customs"});
    match region {
        Some(r) => s["region"] = json!(r),
        None => s["memberType"] = json!("customs-union"),
    }
    s
}

/// A notification, a timetable and (for most) a progress report per
/// Member, their statuses and dates varied by the Member's index.
fn make_inbox(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    for (i, (code, _, _)) in MEMBERS.iter().enumerate() {
        let mut n = template("notification");
        n["documentId"] = json!(format!("{code}-NOT-1"));
        n["submissionDate"] = json!(format!("2025-{:02}-{:02}", 1 + i % 12, 1 + i % 28));
        n["submitter"] = submitter(i);
        n["intention"] = json!({"scope": "full", "plannedStartDate": "2025-07-01", "legislativeChangesRequired": false});
        n.as_object_mut().unwrap().remove("entries");
        let mut t = template("timetable");
        t["documentId"] = json!(format!("{code}-TT-1"));
        t["submissionDate"] = json!("2025-09-01");
        t["submitter"] = submitter(i);
        t["entries"] = (1..=15)
            .map(|s| {
                json!({"standard": s, "plannedStart": "2024-10-01",
                "plannedCompletion": format!("{}-{:02}-28", 2025 + (i + s) % 3, 1 + (i * s) % 12),
                "dateKind": if s % 2 == 0 { "indicative" } else { "definitive" }})
            })
            .collect();
        let mut docs = vec![n, t];
        if i % 7 != 3 {
            let mut p = template("progress-report");
            p["documentId"] = json!(format!("{code}-PR-1"));
            p["submissionDate"] = json!("2026-10-15");
            p["submitter"] = submitter(i);
            p["entries"] = (1..=15)
                .map(|s| {
                    let status = STATUSES[(i * 3 + s * 7) % 5];
                    let mut e = json!({"standard": s, "status": status});
                    match status {
                        "implemented" => {
                            e["actualCompletion"] = json!(format!("2026-{:02}-15", 1 + (i + s) % 9))
                        }
                        "in-progress" => {
                            e["completionPercent"] = json!((i * 13 + s * 7) % 90 + 5);
                            e["expectedCompletion"] =
                                json!(format!("2027-{:02}-28", 1 + (i + s) % 11));
                        }
                        _ => {}
                    }
                    e
                })
                .collect();
            docs.push(p);
        }
        for (k, d) in docs.iter().enumerate() {
            std::fs::write(
                dir.join(format!("{code}-{k}.json")),
                serde_json::to_string_pretty(d).unwrap(),
            )
            .unwrap();
        }
    }
}

fn summarize_40(lang: Lang, inbox: &Path, out: &Path) -> PathBuf {
    let r = fosx()
        .args(["--lang", lang.code(), "summarize"])
        .arg(inbox)
        .arg("--out")
        .arg(out)
        .args(["--as-of", AS_OF])
        .output()
        .unwrap();
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    out.join("index.html")
}

fn artifacts() -> PathBuf {
    let dir = super::page::artifacts();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn titles(lang: Lang) -> Vec<String> {
    fosx::summary::standards("2018")
        .unwrap()
        .iter()
        .map(|s| msg::summary_standard_title(s.id.as_str()).render(lang))
        .collect()
}

#[test]
#[cfg_attr(
    not(fosx_browser),
    ignore = "needs /usr/bin/chromium, /usr/bin/chromedriver and python3 selenium (.ci/run installs them; then touch build.rs)"
)]
fn the_dashboard_is_accessible_reflows_and_shows_every_title() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    make_inbox(&inbox);
    let pages: Vec<Value> = Lang::ALL
        .iter()
        .map(|&lang| {
            let index = summarize_40(lang, &inbox, &dir.path().join(lang.code()));
            json!({"path": index, "titles": titles(lang)})
        })
        .collect();
    let plan = dir.path().join("plan.json");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::write(
        &plan,
        json!({"pages": pages, "axe": root.join("tests/page/axe/axe.min.js"),
               "profile": dir.path().join("profile")})
        .to_string(),
    )
    .unwrap();
    let out = std::process::Command::new("python3")
        .arg(root.join("tests/page/dashboard.py"))
        .arg(&plan)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "selenium: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: Value = serde_json::from_slice(&out.stdout).unwrap();
    std::fs::write(
        artifacts().join("summarize-page-checks.json"),
        serde_json::to_string_pretty(&seen).unwrap(),
    )
    .unwrap();
    let runs = seen["pages"].as_array().unwrap();
    assert_eq!(runs.len(), Lang::ALL.len() * 3);
    for run in runs {
        let place = format!("{} at {}", run["path"], run["size"]);
        assert_eq!(run["violations"], json!([]), "{place}: axe-core");
        assert!(
            run["axePasses"].as_u64().unwrap() > 10,
            "{place}: axe-core ran its rules"
        );
        let (scroll, inner) = (
            run["scrollWidth"].as_u64().unwrap(),
            run["innerWidth"].as_u64().unwrap(),
        );
        assert!(
            scroll <= inner,
            "{place}: {scroll} px wide in a {inner} px window"
        );
        assert_eq!(
            run["hiddenTitles"],
            json!([]),
            "{place}: titles shown only on hover"
        );
        assert_eq!(run["main"], 1, "{place}");
        assert_eq!(run["focusVisible"], true, "{place}");
        let ring = run["focusOutline"].as_array().unwrap();
        assert_eq!(ring[0], "solid", "{place}: {ring:?}");
        assert_eq!(ring[1], "3px", "{place}: {ring:?}");
    }
    let severe: Vec<&Value> = seen["logs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["level"] == "SEVERE")
        .collect();
    assert!(severe.is_empty(), "{severe:?}");
}

/// The pages of a PDF as text, one string per page (poppler's pdftotext).
fn pdf_pages(pdf: &Path) -> Vec<String> {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

#[test]
#[cfg_attr(
    not(fosx_browser),
    ignore = "needs /usr/bin/chromium, /usr/bin/chromedriver and python3 selenium (.ci/run installs them; then touch build.rs)"
)]
fn a_40_member_dashboard_prints_on_a4_landscape_without_stranded_rows_or_headings() {
    assert!(
        Path::new("/usr/bin/pdftotext").exists(),
        "this test reads the PDF with pdftotext (apt-get install poppler-utils)"
    );
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    make_inbox(&inbox);
    for lang in [Lang::En, Lang::Fr] {
        let index = summarize_40(lang, &inbox, &dir.path().join(lang.code()));
        let pdf = artifacts().join(format!("summarize-print-{}.pdf", lang.code()));
        print_to_pdf(&index, &pdf);
        let pages = pdf_pages(&pdf);
        assert!(pages.len() >= 4, "{lang}: {} pages", pages.len());
        let codes: Vec<&str> = MEMBERS.iter().map(|m| m.0).collect();
        let headings: Vec<String> = [
            msg::summary_heatmap(),
            msg::summary_standards_key(),
            msg::summary_rates(),
            msg::summary_rates_by_region(),
            msg::summary_slippage(),
            msg::summary_missing(),
            msg::summary_notifications(),
            msg::summary_assistance(),
        ]
        .into_iter()
        .map(|m| m.render(lang))
        .collect();
        for (i, page) in pages.iter().enumerate() {
            let lines: Vec<&str> = page
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            assert!(
                lines.len() > 3,
                "{lang}: page {} holds only {lines:?}",
                i + 1
            );
            // A page that holds rows of Members holds three or more.
            let rows = lines
                .iter()
                .filter(|l| l.split(' ').next().is_some_and(|w| codes.contains(&w)))
                .count();
            assert!(
                rows == 0 || rows >= 3,
                "{lang}: page {} holds {rows} rows: {lines:?}",
                i + 1
            );
            // A heading whose section goes on to the next page has three
            // lines or more under it on its own.
            for heading in &headings {
                if let Some(at) = lines.iter().position(|l| l == heading) {
                    assert!(
                        i + 1 == pages.len() || lines.len() - at > 3,
                        "{lang}: page {} ends with the heading {heading:?}: {lines:?}",
                        i + 1
                    );
                }
            }
        }
        // The heatmap's rows all on its first page: 40 Members fit.
        let heading = msg::summary_heatmap().render(lang);
        let first = pages.iter().position(|p| p.contains(&heading)).unwrap();
        for (code, _, _) in MEMBERS {
            assert!(
                pages[first]
                    .lines()
                    .any(|l| l.trim_start().starts_with(&format!("{code} "))),
                "{lang}: {code} on the heatmap's page"
            );
        }
    }
}
