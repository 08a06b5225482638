//! The generated inbox of the `summarize` tests, and the computation of
//! `status.csv` from the canonical JSON that the tests hold the command to:
//! serde_json only, none of the summarize code.

use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::Path;

pub(super) const AS_OF: &str = "2026-11-28";
pub(super) const FILES: usize = 900;

pub(super) fn example(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/spec/examples")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A small deterministic generator (xorshift64*), so that the inbox is the
/// same on every run.
pub(super) struct Rng(u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub(super) fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    pub(super) fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
}

/// The Members of the inbox: code, name, region (the union has none).
pub(super) const MEMBERS: &[(&str, &str, Option<&str>)] = &[
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

pub(super) const STATUSES: &[&str] = &[
    "not-started",
    "planned",
    "in-progress",
    "implemented",
    "not-applicable",
];

pub(super) fn date(y: u64, m: u64, d: u64) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

pub(super) fn random_date(rng: &mut Rng, from_year: u64, to_year: u64) -> (u64, String) {
    let y = from_year + rng.below(to_year - from_year + 1);
    let last_month = if y == 2026 { 11 } else { 12 };
    (y, date(y, 1 + rng.below(last_month), 1 + rng.below(28)))
}

/// Standards 1–15 in a random subset (at least one), in order.
pub(super) fn some_standards(rng: &mut Rng) -> Vec<u64> {
    let mut s: Vec<u64> = (1..=15).filter(|_| !rng.chance(3)).collect();
    if s.is_empty() {
        s.push(1 + rng.below(15));
    }
    s
}

/// How a generated input was spoilt, and the code it must give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Spoilt {
    Status,
    Future,
    Syntax,
}

impl Spoilt {
    pub(super) fn code(self) -> &'static str {
        match self {
            Spoilt::Status => "FOS-S04",
            Spoilt::Future => "FOS-R05",
            Spoilt::Syntax => "FOS-P01",
        }
    }
}

/// Makes one valid document of a type for a Member.
pub(super) fn document(
    rng: &mut Rng,
    kind: usize,
    member: usize,
    id: &str,
    submitted: &str,
) -> Value {
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
pub(super) fn make_inbox(inbox: &Path) -> Vec<(String, Spoilt)> {
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

/// A CSV file: its header and rows (after the UTF-8 byte order mark the
/// summary's files start with).
pub(super) fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = std::fs::read(path).unwrap();
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    let mut r = csv::Reader::from_reader(body);
    let header = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

/// Days since 0000-03-01 of a `YYYY-MM-DD` date, by counting (not the
/// library's formula).
pub(super) fn day_number(text: &str) -> i64 {
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
pub(super) struct Doc {
    pub(super) path: String,
    pub(super) json: Value,
}

impl Doc {
    pub(super) fn key(&self) -> (String, String) {
        (
            self.json["submissionDate"].as_str().unwrap().to_string(),
            self.json["documentId"].as_str().unwrap().to_string(),
        )
    }
}

/// The latest of `docs`: greatest (submissionDate, documentId), then the
/// first path.
pub(super) fn latest<'a>(docs: impl Iterator<Item = &'a Doc>) -> Option<&'a Doc> {
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

pub(super) fn entry(doc: Option<&Doc>, standard: u64) -> Option<&Value> {
    doc?.json["entries"]
        .as_array()?
        .iter()
        .find(|e| e["standard"] == json!(standard))
}

pub(super) fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
    }
}

pub(super) fn flag(values: [Option<bool>; 2]) -> String {
    if values.contains(&Some(true)) {
        "true".into()
    } else if values.contains(&Some(false)) {
        "false".into()
    } else {
        String::new()
    }
}

/// The documents of `accepted/` by Member.
fn read_accepted(accepted: &Path) -> BTreeMap<String, Vec<Doc>> {
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
    by_member
}

/// `members.csv` computed from the canonical JSON of `accepted/`.
pub(super) fn expected_members(accepted: &Path) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for (code, docs) in &read_accepted(accepted) {
        let of = |t: &str| latest(docs.iter().filter(|d| d.json["documentType"] == t));
        let (notification, timetable, report) =
            (of("notification"), of("timetable"), of("progress-report"));
        let newest = latest(docs.iter()).unwrap();
        let region = latest(
            docs.iter()
                .filter(|d| d.json["submitter"]["region"].is_string()),
        )
        .map(|d| cell(Some(&d.json["submitter"]["region"])))
        .unwrap_or_default();
        let field = |d: Option<&Doc>, pointer: &str| cell(d.and_then(|d| d.json.pointer(pointer)));
        let mut row = vec![
            code.clone(),
            field(Some(newest), "/submitter/memberName"),
            field(Some(newest), "/submitter/memberType"),
            region,
            field(notification, "/documentId"),
            field(notification, "/submissionDate"),
            field(notification, "/intention/scope"),
            field(timetable, "/documentId"),
            field(timetable, "/submissionDate"),
            field(report, "/documentId"),
            field(report, "/submissionDate"),
            field(report, "/reportingPeriod/start"),
            field(report, "/reportingPeriod/end"),
        ];
        let statuses: Vec<String> = (1..=15)
            .map(|n| cell(entry(report, n).map(|e| &e["status"])))
            .collect();
        for status in STATUSES.iter().chain(&[""]) {
            row.push(statuses.iter().filter(|s| s == status).count().to_string());
        }
        let recent = report.is_some_and(|r| {
            day_number(AS_OF) - day_number(r.json["submissionDate"].as_str().unwrap()) <= 365
        });
        // Progress: mean completion over the standards that apply.
        let applying: Vec<i64> = (1..=15)
            .filter_map(|n| {
                let e = entry(report, n);
                let status = cell(e.map(|e| &e["status"]));
                if status == "not-applicable" {
                    return None;
                }
                Some(match e.and_then(|e| e["completionPercent"].as_i64()) {
                    Some(p) => p,
                    None if status == "implemented" => 100,
                    None => 0,
                })
            })
            .collect();
        row.push(if report.is_none() || applying.is_empty() {
            String::new()
        } else {
            let mean = applying.iter().sum::<i64>() as f64 / applying.len() as f64;
            format!("{:.2}", (mean * 100.0).round() / 100.0)
        });
        // Every Member here took part: without a timetable, it is missing.
        row.push(timetable.is_none().to_string());
        row.push((timetable.is_some() && !recent).to_string());
        rows.push(row);
    }
    rows
}

/// `assistance.csv` computed from the canonical JSON of `accepted/`.
pub(super) fn expected_assistance(accepted: &Path) -> Vec<Vec<String>> {
    let titles = titles();
    let mut rows = Vec::new();
    for (code, docs) in &read_accepted(accepted) {
        let of = |t: &str| latest(docs.iter().filter(|d| d.json["documentType"] == t));
        let newest = latest(docs.iter()).unwrap();
        let name = cell(newest.json.pointer("/submitter/memberName"));
        let region = latest(
            docs.iter()
                .filter(|d| d.json["submitter"]["region"].is_string()),
        )
        .map(|d| cell(Some(&d.json["submitter"]["region"])))
        .unwrap_or_default();
        // The formula guard of representations.md (these texts are not
        // plain numbers).
        let guard = |t: String| {
            let starts = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];
            if t.starts_with(starts) {
                format!("'{t}")
            } else {
                t
            }
        };
        for (n, title) in (1..=15u64).zip(&titles) {
            for (kind, doc) in [
                ("timetable", of("timetable")),
                ("progress-report", of("progress-report")),
            ] {
                let Some(e) = entry(doc, n) else { continue };
                let doc = doc.unwrap();
                let mut push = |what: &str, text: String| {
                    rows.push(vec![
                        code.clone(),
                        name.clone(),
                        region.clone(),
                        n.to_string(),
                        title.clone(),
                        what.to_string(),
                        kind.to_string(),
                        cell(Some(&doc.json["documentId"])),
                        cell(Some(&doc.json["submissionDate"])),
                        guard(text),
                    ]);
                };
                if e["technicalAssistanceRequested"] == json!(true) {
                    push(
                        "technical-assistance",
                        cell(Some(&e["technicalAssistanceDescription"])),
                    );
                }
                if e["capacityBuildingRequired"] == json!(true) {
                    push("capacity-building", String::new());
                }
                if e["capacityBuildingNeeds"].is_string() {
                    push("capacity-building", cell(Some(&e["capacityBuildingNeeds"])));
                }
            }
        }
    }
    rows
}

fn titles() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/reference/standards-2018.csv");
    let (_, rows) = read_csv(&path);
    rows.into_iter().map(|r| r[3].clone()).collect()
}

/// `status.csv` computed from the canonical JSON of `accepted/`.
pub(super) fn expected_status(accepted: &Path) -> Vec<Vec<String>> {
    let titles = titles();
    let mut rows = Vec::new();
    for (code, docs) in &read_accepted(accepted) {
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
            // Overdue: planned completion passed, reported as not done.
            let open = ["not-started", "planned", "in-progress"]
                .contains(&get(p, "status").as_str())
                && get(p, "actualCompletion").is_empty();
            let overdue = if open && !planned.is_empty() {
                let days = day_number(AS_OF) - day_number(&planned);
                if days > 0 {
                    days.to_string()
                } else {
                    String::new()
                }
            } else {
                String::new()
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
                overdue,
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
