//! `fosx summarize`: over a generated 900-file inbox sorted by `fosx batch`,
//! `status.csv` equals a computation made here from the canonical JSON
//! (serde_json only, none of the summarize code); skipped inputs are listed
//! with their codes; `--as-of` makes every output reproducible; the
//! dashboard is self-contained and opens in headless Chromium without a
//! console error.

use assert_cmd::Command;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const AS_OF: &str = "2026-11-28";
const FILES: usize = 900;

fn fosx() -> Command {
    let mut cmd = Command::cargo_bin("fosx").unwrap();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

fn example(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/spec/examples")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A small deterministic generator (xorshift64*), so that the inbox is the
/// same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
}

/// The Members of the inbox: code, name, region (the union has none).
const MEMBERS: &[(&str, &str, Option<&str>)] = &[
    ("KE", "Kenya", Some("ESA")),
    ("ZA", "South Africa", Some("ESA")),
    ("UG", "Uganda", Some("ESA")),
    ("ET", "Ethiopia", Some("ESA")),
    ("FR", "France", Some("EUR")),
    ("DE", "Germany", Some("EUR")),
    ("ES", "Spain", Some("EUR")),
    ("PL", "Poland", Some("EUR")),
    ("GB", "United Kingdom", Some("EUR")),
    ("JP", "Japan", Some("AP")),
    ("CN", "China", Some("AP")),
    ("IN", "India", Some("AP")),
    ("AU", "Australia", Some("AP")),
    ("KR", "Korea, Republic of", Some("AP")),
    ("MA", "Morocco", Some("MENA")),
    ("EG", "Egypt", Some("MENA")),
    ("SA", "Saudi Arabia", Some("MENA")),
    ("AE", "United Arab Emirates", Some("MENA")),
    ("BR", "Brazil", Some("AMS")),
    ("US", "United States", Some("AMS")),
    ("CA", "Canada", Some("AMS")),
    ("MX", "Mexico", Some("AMS")),
    ("AR", "Argentina", Some("AMS")),
    ("JM", "Jamaica <JCA> & \"Customs\"", Some("AMS")),
    ("SN", "Sénégal", Some("WCA")),
    ("CI", "Côte d'Ivoire", Some("WCA")),
    ("NG", "Nigeria", Some("WCA")),
    ("GH", "Ghana", Some("WCA")),
    ("CM", "Cameroun", Some("WCA")),
    ("BF", "Burkina Faso", Some("WCA")),
    ("EU", "European Union", None),
];

const STATUSES: &[&str] = &[
    "not-started",
    "planned",
    "in-progress",
    "implemented",
    "not-applicable",
];

fn date(y: u64, m: u64, d: u64) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn random_date(rng: &mut Rng, from_year: u64, to_year: u64) -> (u64, String) {
    let y = from_year + rng.below(to_year - from_year + 1);
    let last_month = if y == 2026 { 11 } else { 12 };
    (y, date(y, 1 + rng.below(last_month), 1 + rng.below(28)))
}

/// Standards 1–15 in a random subset (at least one), in order.
fn some_standards(rng: &mut Rng) -> Vec<u64> {
    let mut s: Vec<u64> = (1..=15).filter(|_| !rng.chance(3)).collect();
    if s.is_empty() {
        s.push(1 + rng.below(15));
    }
    s
}

/// How a generated input was spoilt, and the code it must give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Spoilt {
    Status,
    Future,
    Syntax,
}

impl Spoilt {
    fn code(self) -> &'static str {
        match self {
            Spoilt::Status => "FOS-S04",
            Spoilt::Future => "FOS-R05",
            Spoilt::Syntax => "FOS-P01",
        }
    }
}

/// Makes one valid document of a type for a Member.
fn document(rng: &mut Rng, kind: usize, member: usize, id: &str, submitted: &str) -> Value {
    let (code, name, region) = MEMBERS[member];
    let y: u64 = submitted[..4].parse().unwrap();
    let mut doc = example(match kind {
        0 => "notification.json",
        1 => "timetable.json",
        _ => "progress-report.json",
    });
    doc["documentId"] = json!(id);
    doc["submissionDate"] = json!(submitted);
    doc["language"] = json!("en");
    let mut submitter = json!({
        "memberCode": code,
        // The name changes over the years: the latest document's counts.
        "memberName": if y.is_multiple_of(3) { format!("{name} (Customs)") } else { name.to_string() },
        "memberType": if code == "EU" { "customs-union" } else { "member" },
    });
    // Some documents leave the region out: the latest that gives one counts.
    if let Some(r) = region
        && !rng.chance(5)
    {
        submitter["region"] = json!(r);
    }
    doc["submitter"] = submitter;
    match kind {
        0 => {
            doc["entries"] = Value::Array(
                some_standards(rng)
                    .into_iter()
                    .map(|s| json!({ "standard": s }))
                    .collect(),
            );
            doc["intention"]["scope"] = json!("partial");
        }
        1 => {
            let entries = some_standards(rng)
                .into_iter()
                .map(|s| {
                    let start = date(y, 1 + rng.below(12), 1);
                    let (_, end) = random_date(rng, y + 1, y + 4);
                    let mut e = json!({
                        "standard": s,
                        "plannedStart": start,
                        "plannedCompletion": end,
                        "dateKind": if rng.chance(2) { "indicative" } else { "definitive" },
                    });
                    match rng.below(3) {
                        0 => e["capacityBuildingRequired"] = json!(true),
                        1 => e["capacityBuildingRequired"] = json!(false),
                        _ => {}
                    }
                    match rng.below(4) {
                        0 => {
                            e["technicalAssistanceRequested"] = json!(true);
                            e["technicalAssistanceDescription"] =
                                json!(format!("Help with standard {s}, plan {id}."));
                        }
                        1 => e["technicalAssistanceRequested"] = json!(false),
                        _ => {}
                    }
                    e
                })
                .collect();
            doc["entries"] = Value::Array(entries);
        }
        _ => {
            doc["reportingPeriod"] = json!({
                "start": date(y - 1, 1, 1),
                "end": date(y - 1, 12, 31),
            });
            let entries = some_standards(rng)
                .into_iter()
                .map(|s| {
                    let status = STATUSES[rng.below(5) as usize];
                    let mut e = json!({ "standard": s, "status": status });
                    match status {
                        "implemented" => {
                            if !rng.chance(4) {
                                e["completionPercent"] = json!(100);
                            }
                            if !rng.chance(4) {
                                e["maturityLevel"] = json!(1 + rng.below(4));
                            }
                            if !rng.chance(5) {
                                let (_, done) = random_date(rng, 2018.max(y - 3), y - 1);
                                e["actualCompletion"] = json!(done);
                            }
                            // Also the date once expected: actual wins.
                            if rng.chance(3) {
                                let (_, expected) = random_date(rng, y - 1, y + 1);
                                e["expectedCompletion"] = json!(expected);
                            }
                        }
                        "not-started" => {
                            if rng.chance(2) {
                                e["completionPercent"] = json!(0);
                            }
                            e["maturityLevel"] = json!(rng.below(4));
                        }
                        "planned" | "in-progress" => {
                            e["completionPercent"] = json!(rng.below(100));
                            e["maturityLevel"] = json!(rng.below(4));
                            if !rng.chance(6) {
                                let (_, expected) = random_date(rng, y, y + 3);
                                e["expectedCompletion"] = json!(expected);
                            }
                        }
                        _ => {}
                    }
                    if rng.chance(5) {
                        e["technicalAssistanceRequested"] = json!(true);
                        e["technicalAssistanceDescription"] =
                            json!(format!("=Training for standard {s} ({id})"));
                    } else if rng.chance(4) {
                        e["technicalAssistanceRequested"] = json!(false);
                    }
                    if rng.chance(5) {
                        e["capacityBuildingNeeds"] = json!(format!("Staff for standard {s}."));
                    }
                    e
                })
                .collect();
            doc["entries"] = Value::Array(entries);
        }
    }
    doc
}

/// Writes the inbox: `FILES` files in JSON, XML and CSV, several documents
/// per Member and type with ties (same date, and now and then the same
/// date and documentId with other content), some inputs spoilt. Returns the
/// spoilt ones (path relative to the inbox, how).
fn make_inbox(inbox: &Path) -> Vec<(String, Spoilt)> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // (member, kind) → (date, id) of documents made so far.
    let mut made: BTreeMap<(usize, usize), Vec<(String, String)>> = BTreeMap::new();
    let mut spoilt = Vec::new();
    let options = fosx::CheckOptions {
        as_of: fosx::Date::parse(AS_OF).unwrap(),
        ..Default::default()
    };
    for i in 0..FILES {
        let member = rng.below(MEMBERS.len() as u64) as usize;
        let code = MEMBERS[member].0;
        // Burkina Faso only notifies; Jamaica only sends timetables.
        let kind = match code {
            "BF" => 0,
            "JM" => 1,
            _ => [0, 1, 1, 2, 2, 2, 2][rng.below(7) as usize],
        };
        let earlier = made.entry((member, kind)).or_default();
        let tag = ["N", "TT", "PR"][kind];
        let (submitted, id) = if !earlier.is_empty() && rng.chance(12) {
            // The same date and documentId as an earlier one, other content.
            earlier[rng.below(earlier.len() as u64) as usize].clone()
        } else if !earlier.is_empty() && rng.chance(5) {
            // The same date, another documentId.
            let (d, _) = earlier[rng.below(earlier.len() as u64) as usize].clone();
            (d, format!("{code}-{tag}-{i:04}"))
        } else {
            let (_, d) = random_date(&mut rng, 2019, 2026);
            (d, format!("{code}-{tag}-{:04}", rng.below(10_000)))
        };
        earlier.push((submitted.clone(), id.clone()));
        let mut doc = document(&mut rng, kind, member, &id, &submitted);
        let how = if i % 29 == 7 {
            Some(match i % 3 {
                0 => Spoilt::Syntax,
                1 => Spoilt::Status,
                _ => Spoilt::Future,
            })
        } else {
            None
        };
        match how {
            Some(Spoilt::Status) => match kind {
                0 => doc["intention"]["scope"] = json!("partal"),
                1 => doc["entries"][0]["dateKind"] = json!("indicativ"),
                _ => doc["entries"][0]["status"] = json!("in progress"),
            },
            Some(Spoilt::Future) => doc["submissionDate"] = json!("2026-12-25"),
            _ => {}
        }
        let text = serde_json::to_string_pretty(&doc).unwrap();
        let (ext, content) = match (i % 3, how) {
            (_, Some(Spoilt::Syntax)) => ("json", text.replacen("\",", "\"", 1)),
            (0, _) => ("json", text),
            (r, _) => {
                let checked = fosx::check_bytes("generated.json", text.as_bytes(), &options);
                assert!(
                    how.is_some() || checked.is_valid(false),
                    "generated document {i} is valid: {:?}",
                    checked.diagnostics
                );
                let to = if r == 1 {
                    fosx::Representation::Xml
                } else {
                    fosx::Representation::Csv
                };
                (
                    to.as_str(),
                    fosx::write::write(&checked.documents, to, &Default::default()).unwrap(),
                )
            }
        };
        let name = format!("{}/in-{i:04}.{ext}", ["a", "b/c", "d"][i % 3]);
        let path = inbox.join(&name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, content).unwrap();
        if let Some(how) = how {
            spoilt.push((name, how));
        }
    }
    spoilt
}

/// The inbox, sorted by `fosx batch`, and summarized once; shared by the
/// tests of this module.
struct Sorted {
    _dir: tempfile::TempDir,
    inbox: PathBuf,
    accepted: PathBuf,
    out: PathBuf,
    spoilt: Vec<(String, Spoilt)>,
}

fn sorted() -> &'static Sorted {
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

fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

/// Days since 0000-03-01 of a `YYYY-MM-DD` date, by counting (not the
/// library's formula).
fn day_number(text: &str) -> i64 {
    let y: i64 = text[..4].parse().unwrap();
    let m: i64 = text[5..7].parse().unwrap();
    let d: i64 = text[8..].parse().unwrap();
    let leap = |y: i64| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let mut n: i64 = (2000..y).map(|y| if leap(y) { 366 } else { 365 }).sum();
    let months = [
        31,
        if leap(y) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    n += months[..(m - 1) as usize].iter().sum::<i64>();
    n + d
}

/// A document of `accepted/`, as the test reads it.
struct Doc {
    path: String,
    json: Value,
}

impl Doc {
    fn key(&self) -> (String, String) {
        (
            self.json["submissionDate"].as_str().unwrap().to_string(),
            self.json["documentId"].as_str().unwrap().to_string(),
        )
    }
}

/// The latest of `docs`: greatest (submissionDate, documentId), then the
/// first path.
fn latest<'a>(docs: impl Iterator<Item = &'a Doc>) -> Option<&'a Doc> {
    docs.fold(None, |best: Option<&Doc>, d| match best {
        None => Some(d),
        Some(b) => {
            let (kd, kb) = (d.key(), b.key());
            if kd > kb || (kd == kb && d.path < b.path) {
                Some(d)
            } else {
                Some(b)
            }
        }
    })
}

fn entry(doc: Option<&Doc>, standard: u64) -> Option<&Value> {
    doc?.json["entries"]
        .as_array()?
        .iter()
        .find(|e| e["standard"] == json!(standard))
}

fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
    }
}

fn flag(values: [Option<bool>; 2]) -> String {
    if values.contains(&Some(true)) {
        "true".into()
    } else if values.contains(&Some(false)) {
        "false".into()
    } else {
        String::new()
    }
}

/// `status.csv` computed from the canonical JSON of `accepted/`.
fn expected_status(accepted: &Path) -> Vec<Vec<String>> {
    let titles: Vec<String> = {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/reference/standards-2018.csv");
        let (_, rows) = read_csv(&path);
        rows.into_iter().map(|r| r[3].clone()).collect()
    };
    let mut by_member: BTreeMap<String, Vec<Doc>> = BTreeMap::new();
    for e in walkdir::WalkDir::new(accepted) {
        let e = e.unwrap();
        if !e.file_type().is_file() {
            continue;
        }
        let json: Value =
            serde_json::from_str(&std::fs::read_to_string(e.path()).unwrap()).unwrap();
        let code = json["submitter"]["memberCode"]
            .as_str()
            .unwrap()
            .to_string();
        by_member.entry(code).or_default().push(Doc {
            path: e.path().display().to_string(),
            json,
        });
    }
    let mut rows = Vec::new();
    for (code, docs) in &by_member {
        let of = |t: &str| latest(docs.iter().filter(|d| d.json["documentType"] == t));
        let timetable = of("timetable");
        let report = of("progress-report");
        let newest = latest(docs.iter()).unwrap();
        let name = newest.json["submitter"]["memberName"].as_str().unwrap();
        let region = latest(
            docs.iter()
                .filter(|d| d.json["submitter"]["region"].is_string()),
        )
        .map(|d| cell(Some(&d.json["submitter"]["region"])))
        .unwrap_or_default();
        for (n, title) in (1..=15u64).zip(&titles) {
            let t = entry(timetable, n);
            let p = entry(report, n);
            let get = |e: Option<&Value>, k: &str| cell(e.map(|e| &e[k]));
            let done = [get(p, "actualCompletion"), get(p, "expectedCompletion")]
                .into_iter()
                .find(|d| !d.is_empty());
            let planned = get(t, "plannedCompletion");
            let slippage = match done {
                Some(d) if !planned.is_empty() => {
                    (day_number(&d) - day_number(&planned)).to_string()
                }
                _ => String::new(),
            };
            let b = |e: Option<&Value>, k: &str| e.and_then(|e| e[k].as_bool());
            let cb_needs = p.is_some_and(|p| p["capacityBuildingNeeds"].is_string());
            let mut sources = Vec::new();
            if t.is_some() {
                sources.push(cell(Some(&timetable.unwrap().json["documentId"])));
            }
            if p.is_some() {
                sources.push(cell(Some(&report.unwrap().json["documentId"])));
            }
            rows.push(vec![
                code.clone(),
                name.to_string(),
                region.clone(),
                n.to_string(),
                title.clone(),
                get(p, "status"),
                get(p, "completionPercent"),
                get(p, "maturityLevel"),
                get(t, "plannedStart"),
                planned,
                get(t, "dateKind"),
                get(p, "expectedCompletion"),
                get(p, "actualCompletion"),
                slippage,
                flag([
                    b(t, "technicalAssistanceRequested"),
                    b(p, "technicalAssistanceRequested"),
                ]),
                flag([b(t, "capacityBuildingRequired"), cb_needs.then_some(true)]),
                sources.join(";"),
            ]);
        }
    }
    rows
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
    assert!(rows.iter().any(|r| r[1].ends_with("(Customs)")), "renamed");
    assert!(rows.iter().any(|r| r[0] == "EU" && r[2].is_empty()));
}

#[test]
fn members_csv_says_what_is_missing() {
    let s = sorted();
    let (header, rows) = read_csv(&s.out.join("members.csv"));
    assert_eq!(rows.len(), MEMBERS.len());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
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
        "status.json",
        "index.html",
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
    assert_eq!(json["summaryVersion"], 1);
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
    // The overall share of implemented Members per standard is the count
    // in status.csv over the Members.
    let (_, rows) = read_csv(&s.out.join("status.csv"));
    for n in 1..=15 {
        let implemented = rows
            .iter()
            .filter(|r| r[3] == n.to_string() && r[5] == "implemented")
            .count();
        let a = &json["overall"]["standards"][n - 1];
        assert_eq!(a["standard"], n);
        assert_eq!(a["membersByStatus"]["implemented"], implemented);
        let rate = a["implementationRate"].as_f64().unwrap();
        assert!((rate - implemented as f64 / MEMBERS.len() as f64).abs() < 1e-4);
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
    assert!(html.contains("<svg"));
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
            "0 écartés ; {} Membres × 15 normes\n",
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
    let (_, status) = read_csv(&s.out.join("status.csv"));
    // Every standard with technical assistance requested has a request.
    for r in status.iter().filter(|r| r[14] == "true") {
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
    for r in status.iter().filter(|r| r[15] == "true") {
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
const BROWSER: &str = r##"
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

#[test]
#[ignore = "opens the dashboard in headless Chromium (chromium, chromium-driver, python3 selenium); .ci/run runs it with --ignored"]
fn the_dashboard_opens_in_headless_chromium_without_console_errors() {
    assert!(
        Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists(),
        "this test needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)"
    );
    let s = sorted();
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let shot = artifacts.join("summarize-dashboard.png");
    let _ = std::fs::remove_file(&shot);
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(BROWSER)
        .arg(s.out.join("index.html"))
        .arg(&shot)
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
    assert!(errors.is_empty(), "console errors: {errors:?}");
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
    let _ = std::fs::remove_file(&pdf);
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
        .arg(format!("file://{}", s.out.join("index.html").display()))
        .output()
        .unwrap();
    assert!(printed.status.success());
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
