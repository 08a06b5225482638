//! A deterministic corpus of submissions for benchmarks: fixed seeds and
//! sizes, so figures compare across runs and machines.
//!
//! Used by `benches/throughput.rs` and by `examples/corpus.rs`, which writes
//! the corpus to disk for `benches/compare.sh`.

#![allow(dead_code)]

use fosx::Representation;
use fosx::tree::Node;

/// A small, fast, deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const MEMBERS: &[(&str, &str, &str)] = &[
    ("KE", "Kenya", "ESA"),
    ("FR", "France", "EUR"),
    ("SN", "Sénégal", "WCA"),
    ("JP", "Japan", "AP"),
    ("BR", "Brazil", "AMS"),
    ("MA", "Morocco", "MENA"),
    ("CN", "中国", "AP"),
    ("EG", "مصر", "MENA"),
];

const WORDS: &[&str] = &[
    "advance",
    "electronic",
    "data",
    "risk",
    "targeting",
    "postal",
    "express",
    "consignments",
    "platforms",
    "revenue",
    "collection",
    "training",
    "single",
    "window",
    "agreement",
    "regional",
    "pilot",
    "threshold",
    "simplified",
    "declaration",
    "clearance",
    "release",
    "analytics",
];

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s = String::new();
    for i in 0..words {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(rng.pick(WORDS));
    }
    s.push('.');
    let mut c = s.chars();
    c.next()
        .map_or(s.clone(), |f| f.to_uppercase().chain(c).collect())
}

/// One typical progress report (15 entries, free text, indicators) as
/// canonical JSON, with the given document number.
pub fn progress_report_json(rng: &mut Rng, n: usize) -> String {
    let (code, name, region) = MEMBERS[rng.below(MEMBERS.len() as u64) as usize];
    let statuses = [
        "not-started",
        "planned",
        "in-progress",
        "implemented",
        "not-applicable",
    ];
    let mut entries = Vec::new();
    for standard in 1..=15 {
        let status = statuses[rng.below(5) as usize];
        let mut e = vec![
            format!("\"standard\": {standard}"),
            format!("\"status\": \"{status}\""),
        ];
        match status {
            "implemented" => {
                e.push("\"completionPercent\": 100".into());
                e.push(format!("\"maturityLevel\": {}", 2 + rng.below(3)));
                e.push(format!(
                    "\"actualCompletion\": \"2025-{:02}-{:02}\"",
                    1 + rng.below(12),
                    1 + rng.below(28)
                ));
            }
            "not-started" => e.push("\"completionPercent\": 0".into()),
            "not-applicable" => {}
            _ => {
                e.push(format!("\"completionPercent\": {}", rng.below(100)));
                e.push(format!("\"maturityLevel\": {}", rng.below(4)));
                e.push(format!(
                    "\"expectedCompletion\": \"2027-{:02}-{:02}\"",
                    1 + rng.below(12),
                    1 + rng.below(28)
                ));
            }
        }
        if rng.below(2) == 0 {
            e.push(format!(
                "\"measuresTaken\": {}",
                serde_json::to_string(&sentence(rng, 12)).unwrap()
            ));
        }
        if rng.below(3) == 0 {
            e.push("\"stakeholders\": [\"postal-operators\", \"express-carriers\"]".into());
        }
        entries.push(format!("{{{}}}", e.join(", ")));
    }
    format!(
        r#"{{"schemaVersion": "1.0", "documentType": "progress-report", "documentId": "{code}-PR-{n:06}",
"frameworkEdition": "2018", "submissionDate": "2026-03-31", "language": "en",
"submitter": {{"memberCode": "{code}", "memberName": "{name}", "memberType": "member", "region": "{region}"}},
"contact": {{"name": "E-commerce desk", "email": "desk@customs.example.org", "phone": "+33 1 00 00 00 00"}},
"remarks": {remarks},
"reportingPeriod": {{"start": "2025-01-01", "end": "2025-12-31"}},
"indicators": {{"ecommerceDeclarations": {decl}, "declaredValue": {value}.{cents:02}, "currency": "USD", "averageReleaseHours": 6.5}},
"entries": [{entries}]}}"#,
        remarks = serde_json::to_string(&sentence(rng, 20)).unwrap(),
        decl = rng.below(10_000_000),
        value = rng.below(1_000_000_000),
        cents = rng.below(100),
        entries = entries.join(",\n"),
    )
}

/// Parses canonical JSON text into its documents.
pub fn documents(json: &str) -> Vec<Node> {
    let parsed = fosx::read::read("corpus.json", json.as_bytes(), &Default::default());
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    parsed.documents
}

/// `n` documents written as one collection in a representation.
pub fn collection(seed: u64, n: usize, to: Representation) -> String {
    let mut rng = Rng::new(seed);
    let json = format!(
        "[{}]",
        (0..n)
            .map(|i| progress_report_json(&mut rng, i))
            .collect::<Vec<_>>()
            .join(",\n")
    );
    let docs = documents(&json);
    fosx::write::write(&docs, to, &Default::default()).expect("valid documents are written")
}

/// A collection of about `bytes` bytes in a representation.
pub fn collection_of_size(seed: u64, bytes: usize, to: Representation) -> String {
    let one = collection(seed, 1, to).len().max(1);
    collection(seed, (bytes / one).max(1), to)
}

/// One typical file: one progress report.
pub fn typical(seed: u64, to: Representation) -> String {
    collection(seed, 1, to)
}

/// The file name and content of inbox file `i`: every representation in
/// turn, about one in ten invalid (a misspelt status or a date out of order).
pub fn inbox_file(seed: u64, i: usize) -> (String, Vec<u8>) {
    let mut rng = Rng::new(seed.wrapping_add(i as u64 * 7919));
    let to = [
        Representation::Json,
        Representation::Xml,
        Representation::Csv,
    ][i % 3];
    let json = progress_report_json(&mut rng, i);
    let docs = documents(&json);
    let mut text = fosx::write::write(&docs, to, &Default::default()).expect("valid");
    if rng.below(10) == 0 {
        text =
            text.replacen("in-progress", "in progress", 1)
                .replacen("2025-12-31", "2024-12-31", 1);
    }
    (format!("{i:05}.{}", to.as_str()), text.into_bytes())
}
