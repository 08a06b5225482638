//! The figures of `fosx summarize`, worked out by hand on a small inbox
//! (`fixtures/summary/figures/`, reference date 2026-12-07), as
//! `docs/spec/summary.md` defines them:
//!
//! - CI (Côte d'Ivoire, WCA): notified twice (CI-NOT-0 on 2024-06-01, the
//!   latest CI-NOT-1 on 2025-01-10), a timetable (standard 1 planned for
//!   2025-12-31, standard 2 for 2026-06-30) and a progress report: 1
//!   implemented on 2026-02-15, 2 not started, 3 not applicable, 4 in
//!   progress at 60 %, 5–15 implemented at 100 %. Progress: standard 3
//!   leaves the denominator, (100 + 0 + 60 + 11 × 100) / 14 = 90.00 (84.00
//!   if it counted 0). Standard 1 slipped 46 days (2026-02-15 −
//!   2025-12-31); standard 2 is overdue by 160 days (2026-12-07 −
//!   2026-06-30), with no slippage measured.
//! - SN (Sénégal, WCA): a notification and a timetable, no progress report:
//!   no progress (not 0), out of every rate, its progress report missing.
//! - KE (Kenya, ESA): a progress report (1–5 implemented, 6–15 in progress
//!   at 40 %), no notification and no timetable: progress (500 + 400) / 15
//!   = 60.00, its timetable missing.
//! - EU (no region): a notification only: no progress, timetable missing.
//!
//! Rates, overall: standard 1: CI and KE implemented, over 2 (SN and EU sent
//! no report) = 100 %; standard 2: KE of CI and KE = 50 %; standard 3: KE
//! over 1 (CI's not applicable) = 100 %. WCA, standard 3: CI not
//! applicable, SN no report: no Member counted. No region: EU only, no
//! report: no Member counted.

use super::summarize::fosx;
use super::summarize_inbox::read_csv;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

const AS_OF: &str = "2026-12-07";

fn inbox() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/summary/figures")
}

/// Summarizes the inbox in `lang`, with extra arguments; the folder.
pub(super) fn summarize(lang: &str, extra: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let r = fosx()
        .args(["--lang", lang, "summarize"])
        .arg(inbox())
        .arg("--out")
        .arg(dir.path())
        .args(["--as-of", AS_OF])
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    dir
}

fn column<'a>(header: &[String], row: &'a [String], name: &str) -> &'a str {
    &row[header.iter().position(|h| h == name).unwrap()]
}

#[test]
fn members_csv_holds_the_hand_computed_progress_and_missing_submissions() {
    let dir = summarize("en", &[]);
    let (header, rows) = read_csv(&dir.path().join("members.csv"));
    let got: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| {
            [
                "memberCode",
                "standardsNotApplicable",
                "standardsNoStatus",
                "progress",
                "timetableMissing",
                "progressReportMissing",
            ]
            .iter()
            .map(|c| column(&header, r, c))
            .collect()
        })
        .collect();
    assert_eq!(
        got,
        [
            ["CI", "1", "0", "90.00", "false", "false"],
            ["EU", "0", "15", "", "true", "false"],
            ["KE", "0", "0", "60.00", "true", "false"],
            ["SN", "0", "15", "", "false", "true"],
        ]
    );
    // The latest notification counts.
    assert_eq!(column(&header, &rows[0], "notificationId"), "CI-NOT-1");
}

#[test]
fn status_csv_says_overdue_work_apart_from_measured_slippage() {
    let dir = summarize("en", &[]);
    let (header, rows) = read_csv(&dir.path().join("status.csv"));
    let cells = |member: &str, standard: &str| -> Vec<String> {
        let row = rows
            .iter()
            .find(|r| r[0] == member && r[3] == standard)
            .unwrap();
        ["status", "plannedCompletion", "slippageDays", "overdueDays"]
            .iter()
            .map(|c| column(&header, row, c).to_string())
            .collect()
    };
    assert_eq!(cells("CI", "1"), ["implemented", "2025-12-31", "46", ""]);
    assert_eq!(cells("CI", "2"), ["not-started", "2026-06-30", "", "160"]);
    assert_eq!(cells("CI", "3"), ["not-applicable", "", "", ""]);
    // No progress report: not known to be undone, so not overdue.
    assert_eq!(cells("SN", "1"), ["", "2026-01-31", "", ""]);
}

#[test]
fn notifications_csv_lists_every_notifying_member_once_by_member() {
    let dir = summarize("en", &[]);
    let bytes = std::fs::read(dir.path().join("notifications.csv")).unwrap();
    assert_eq!(
        String::from_utf8(bytes).unwrap(),
        "\u{feff}memberCode,memberName,region,notificationDate,notificationId,notificationScope\r\n\
         CI,Côte d'Ivoire,WCA,2025-01-10,CI-NOT-1,full\r\n\
         EU,European Union,,2025-05-05,EU-NOT-1,full\r\n\
         SN,Sénégal,WCA,2025-02-01,SN-NOT-1,full\r\n"
    );
}

#[test]
fn status_json_carries_the_progress_and_the_rates_with_their_denominators() {
    let dir = summarize("en", &[]);
    let json: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("status.json")).unwrap()).unwrap();
    assert_eq!(json["summaryVersion"], 2);
    let members: Vec<(Value, Value)> = json["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["memberCode"].clone(), m["progress"].clone()))
        .collect();
    assert_eq!(
        members,
        [
            (json!("CI"), json!(90.0)),
            (json!("EU"), Value::Null),
            (json!("KE"), json!(60.0)),
            (json!("SN"), Value::Null),
        ]
    );
    let rate = |group: &Value, n: usize| {
        let a = &group["standards"][n - 1];
        (
            a["implementationRate"].clone(),
            a["rateBase"].clone(),
            a["noReport"].clone(),
            a["notApplicable"].clone(),
        )
    };
    let overall = &json["overall"];
    assert_eq!(overall["members"], 4);
    assert_eq!(overall["reportedBy"], 2);
    assert_eq!(rate(overall, 1), (json!(1.0), json!(2), json!(2), json!(0)));
    assert_eq!(rate(overall, 2), (json!(0.5), json!(2), json!(2), json!(0)));
    assert_eq!(rate(overall, 3), (json!(1.0), json!(1), json!(2), json!(1)));
    let region = |code: Value| {
        json["regions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["region"] == code)
            .unwrap()
            .clone()
    };
    let wca = region(json!("WCA"));
    assert_eq!(rate(&wca, 3), (Value::Null, json!(0), json!(1), json!(1)));
    assert_eq!(rate(&wca, 2), (json!(0.0), json!(1), json!(1), json!(0)));
    let none = region(Value::Null);
    assert_eq!(none["members"], 1);
    assert_eq!(rate(&none, 1), (Value::Null, json!(0), json!(1), json!(0)));
    // status.json keeps the overdue days as status.csv does.
    let ci2 = json["status"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["memberCode"] == "CI" && r["standard"] == 2)
        .unwrap();
    assert_eq!(
        (&ci2["slippageDays"], &ci2["overdueDays"]),
        (&Value::Null, &json!(160))
    );
}

#[test]
fn the_dashboard_shows_the_same_figures() {
    let dir = summarize("en", &[]);
    let html = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    let row = |member: &str| -> &str {
        let start = html.find(&format!("<tr data-member=\"{member}\"")).unwrap();
        &html[start..start + html[start..].find("</tr>").unwrap()]
    };
    assert!(
        row("CI").ends_with("<td class=\"num\">90.00</td>"),
        "{}",
        row("CI")
    );
    assert!(row("KE").ends_with("<td class=\"num\">60.00</td>"));
    for member in ["SN", "EU"] {
        assert!(
            row(member)
                .contains("<td class=\"none s-no-report\" colspan=\"15\">no progress report</td>"),
            "{member}: shown as missing"
        );
        assert!(
            row(member).ends_with(
                "<span aria-hidden=\"true\">–</span><span class=\"sr\">no progress report</span></td>"
            ),
            "{member}: no progress, not 0"
        );
    }
    // Rates with their denominators; none where no Member counts.
    assert!(html.contains(
        "<th scope=\"row\">2. Use of International Standards for Advance Electronic Data</th><td class=\"rate\">50%<span class=\"base\">1/2</span></td>"
    ));
    assert!(html.contains(
        "<th scope=\"row\">3. Risk Management for Facilitation and Control</th><td class=\"rate\">100%<span class=\"base\">1/1</span></td>"
    ));
    let no_region = &html[html.find("<th scope=\"row\">No region</th>").unwrap()..];
    let no_region = &no_region[..no_region.find("</tr>").unwrap()];
    assert_eq!(no_region.matches("no Member counted").count(), 15);
    // Overdue and slipped work.
    assert!(html.contains(
        "<td class=\"date\">2026-06-30</td><td>indicative</td><td class=\"date\"></td><td class=\"num late\"></td><td class=\"num late\">160</td>"
    ));
    assert!(html.contains("<td class=\"num late\">46</td><td class=\"num late\"></td>"));
    // One line per figure says what it counts.
    for note in [
        "Progress: the mean completion over the standards that apply",
        "Implementation rate: Members whose latest progress report",
        "Overdue: days since the planned completion",
        "No timetable: the Member sent a notification or a progress report",
    ] {
        assert!(html.contains(note), "{note}");
    }
    // The notifications to transmit, by Member.
    let section = &html[html.find("<section id=\"notifications\"").unwrap()..];
    let section = &section[..section.find("</section>").unwrap()];
    let members: Vec<&str> = section
        .split("<tr><td>")
        .skip(1)
        .map(|r| r.split('<').next().unwrap())
        .collect();
    assert_eq!(members, ["CI", "EU", "SN"]);
    assert!(section.contains("<td class=\"date\">2025-01-10</td><td>CI-NOT-1</td>"));
}

#[test]
fn the_csv_files_start_with_a_bom_unless_asked_not_to() {
    let with = summarize("en", &[]);
    let without = summarize("en", &["--csv-no-bom"]);
    for name in [
        "status.csv",
        "members.csv",
        "assistance.csv",
        "skipped.csv",
        "notifications.csv",
    ] {
        let a = std::fs::read(with.path().join(name)).unwrap();
        let b = std::fs::read(without.path().join(name)).unwrap();
        assert!(a.starts_with(b"\xEF\xBB\xBF"), "{name}");
        assert!(!b.starts_with(b"\xEF\xBB\xBF"), "{name}");
        assert_eq!(&a[3..], &b[..], "{name}: the same but for the BOM");
    }
}
