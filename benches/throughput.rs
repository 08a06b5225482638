//! Throughput of fosx per representation against a parse-only baseline.
//!
//! ```sh
//! cargo bench --bench throughput            # table of MB/s and ratios, then criterion
//! FOSX_BENCH_MB=32 cargo bench --bench throughput -- --table-only
//! FOSX_BENCH_DOCUMENTS=20000 cargo bench --bench throughput -- --table-only
//! ```
//! For each representation, on a collection of progress reports (8 MB by
//! default, or `FOSX_BENCH_DOCUMENTS` documents): the baseline, "bare" (the
//! parser fosx stands on alone, doing no work beyond parsing: serde_json
//! into `IgnoredAny`, a quick-xml event loop, a csv `ByteRecord` loop,
//! calamine's cells of a workbook's first sheet), then fosx reading, reading
//! and validating, reading, validating and writing canonically, and
//! converting to another representation (one thread each); what `fosx
//! validate` does with the file on disk: document by document, on every
//! core; and the `fosx` binary itself validating the file, with its peak
//! memory (RSS). The workbook is one sheet of 10,000 entry rows.

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{Criterion, Throughput};
use fosx::{CheckOptions, Date, Representation};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The allocator of the `fosx` binary, so that the figures are its own.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEED: u64 = 2018;

fn options() -> CheckOptions {
    CheckOptions::new(Date::parse("2026-11-28").unwrap())
}

fn baseline(repr: Representation, text: &[u8]) -> usize {
    match repr {
        Representation::Json => {
            serde_json::from_slice::<serde::de::IgnoredAny>(text).unwrap();
            1
        }
        Representation::Xml => {
            let mut r = quick_xml::Reader::from_str(std::str::from_utf8(text).unwrap());
            let mut n = 0usize;
            loop {
                match r.read_event().unwrap() {
                    quick_xml::events::Event::Eof => break n,
                    _ => n += 1,
                }
            }
        }
        Representation::Xlsx => {
            use calamine::Reader;
            let cursor = std::io::Cursor::new(text);
            let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(cursor).unwrap();
            let sheet = book.worksheet_range_at(0).unwrap().unwrap();
            sheet.used_cells().count()
        }
        Representation::Csv => {
            let mut r = csv::Reader::from_reader(text);
            let mut rec = csv::ByteRecord::new();
            let mut n = 0usize;
            while r.read_byte_record(&mut rec).unwrap() {
                n += rec.len();
            }
            n
        }
    }
}

fn read_only(text: &[u8]) -> usize {
    fosx::read::read("bench", text, &Default::default())
        .documents
        .len()
}

fn validate(text: &[u8]) -> usize {
    let c = fosx::check_bytes("bench", text, &options());
    assert!(c.is_valid(false), "{:?}", c.diagnostics.first());
    c.documents.len()
}

/// What `fosx validate` does with a file: document by document
/// ([`fosx::check::stream`]), on every core.
fn validate_streamed(path: &std::path::Path) -> usize {
    let c = fosx::check::stream::check_path_streaming_from(path, &options(), 0);
    assert!(c.is_valid(false), "{:?}", c.diagnostics.first());
    c.documents.len()
}

fn validate_write(text: &[u8], to: Representation) -> usize {
    let c = fosx::check_bytes("bench", text, &options());
    fosx::write::write_bytes(&c.documents, to, &Default::default())
        .unwrap()
        .len()
}

fn other(repr: Representation) -> Representation {
    match repr {
        Representation::Json => Representation::Xml,
        _ => Representation::Json,
    }
}

/// Best of `runs` timings of `f`.
fn best(runs: usize, mut f: impl FnMut() -> usize) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// The `fosx` binary validating `path`: the best wall time of `runs` and
/// the largest peak memory (RSS, in KB) of any run, as `/usr/bin/time`
/// gives it (`None` without it). The bench itself holds the collections:
/// a child forked from it would count them in its peak before it runs fosx.
fn validate_process(runs: usize, path: &std::path::Path) -> (Duration, Option<u64>) {
    let time = Some(std::path::Path::new("/usr/bin/time")).filter(|t| t.exists());
    let report = path.with_extension("rss");
    let mut peak = None;
    let best = best(runs, || {
        let mut cmd = match time {
            Some(t) => {
                let mut c = std::process::Command::new(t);
                c.arg("-f").arg("%M").arg("-o").arg(&report);
                c.arg(env!("CARGO_BIN_EXE_fosx"));
                c
            }
            None => std::process::Command::new(env!("CARGO_BIN_EXE_fosx")),
        };
        let status = cmd
            .args(["validate", "--as-of=2026-11-28"])
            .arg(path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("fosx starts");
        assert!(status.success(), "fosx validate: {status}");
        let kb = std::fs::read_to_string(&report)
            .ok()
            .and_then(|t| t.lines().last()?.trim().parse::<u64>().ok());
        peak = peak.max(kb);
        1
    });
    (best, peak)
}

fn table(inputs: &[(Representation, Vec<u8>, usize)]) {
    println!(
        "\n{:<5} {:<30} {:>10} {:>12} {:>9} {:>9}",
        "repr", "workload", "MB/s", "documents/s", "vs bare", "peak RSS"
    );
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (repr, text, docs) in inputs {
        let mb = text.len() as f64 / 1e6;
        let runs = 5;
        let path = dir.path().join(format!("collection.{repr}"));
        std::fs::write(&path, text).expect("the collection is written");
        let base = best(runs, || baseline(*repr, text));
        let mut rows: Vec<(String, Duration, Option<u64>)> = vec![
            ("bare parser (baseline)".into(), base, None),
            ("fosx read".into(), best(runs, || read_only(text)), None),
            (
                "fosx read + validate".into(),
                best(runs, || validate(text)),
                None,
            ),
            (
                "fosx validate (file, 2 cores)".into(),
                best(runs, || validate_streamed(&path)),
                None,
            ),
        ];
        let (process, peak) = validate_process(runs, &path);
        rows.push(("fosx validate (binary)".into(), process, peak));
        if *repr != Representation::Xlsx {
            rows.push((
                "fosx read + validate + write".into(),
                best(runs, || validate_write(text, *repr)),
                None,
            ));
            rows.push((
                format!("fosx convert to {}", other(*repr)),
                best(runs, || validate_write(text, other(*repr))),
                None,
            ));
        }
        for (name, d, peak) in rows {
            let secs = d.as_secs_f64();
            let peak = peak.map_or(String::new(), |kb| format!("{:.0} MB", kb as f64 / 1024.0));
            println!(
                "{:<5} {:<30} {:>10.1} {:>12.0} {:>8.0}% {:>9}",
                repr.as_str(),
                name,
                mb / secs,
                *docs as f64 / secs,
                100.0 * base.as_secs_f64() / secs,
                peak
            );
        }
    }
    println!(
        "(\"vs bare\": the bare parser's time as a share of this workload's; 100% = as fast as parsing alone)\n"
    );
}

/// A workbook of progress reports: one sheet of about `rows` entry rows.
fn workbook(rows: usize) -> Vec<u8> {
    let one = corpus::documents(&corpus::collection(SEED, 1, Representation::Json));
    let per = one
        .first()
        .and_then(|d| d.get("entries"))
        .map_or(1, |e| match &e.value {
            fosx::tree::Value::Array(items) => items.len().max(1),
            _ => 1,
        });
    let json = corpus::collection(SEED, rows.div_ceil(per), Representation::Json);
    let docs = corpus::documents(&json);
    fosx::write::write_bytes(&docs, Representation::Xlsx, &Default::default())
        .expect("a workbook is written")
}

fn main() {
    let mb: usize = std::env::var("FOSX_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let documents: Option<usize> = std::env::var("FOSX_BENCH_DOCUMENTS")
        .ok()
        .and_then(|v| v.parse().ok());
    let mut inputs: Vec<(Representation, Vec<u8>, usize)> = [
        Representation::Json,
        Representation::Xml,
        Representation::Csv,
    ]
    .into_iter()
    .map(|r| {
        let text = match documents {
            Some(n) => corpus::collection(SEED, n, r),
            None => corpus::collection_of_size(SEED, mb << 20, r),
        }
        .into_bytes();
        let docs = read_only(&text);
        (r, text, docs)
    })
    .collect();
    let book = workbook(10_000);
    let docs = read_only(&book);
    inputs.push((Representation::Xlsx, book, docs));
    table(&inputs);
    if std::env::args().any(|a| a == "--table-only") {
        return;
    }
    let mut c = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .configure_from_args();
    for (repr, text, _) in inputs.iter().filter(|i| i.0 != Representation::Xlsx) {
        let mut g = c.benchmark_group(repr.as_str());
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("baseline", |b| b.iter(|| baseline(*repr, text)));
        g.bench_function("read", |b| b.iter(|| read_only(text)));
        g.bench_function("read+validate", |b| b.iter(|| validate(text)));
        g.bench_function("read+validate+write", |b| {
            b.iter(|| validate_write(text, *repr))
        });
        g.bench_function("convert", |b| b.iter(|| validate_write(text, other(*repr))));
        g.finish();
    }
    let typical: Vec<(Representation, String)> = [
        Representation::Json,
        Representation::Xml,
        Representation::Csv,
    ]
    .into_iter()
    .map(|r| (r, corpus::typical(SEED, r)))
    .collect();
    let mut g = c.benchmark_group("typical file");
    for (repr, text) in &typical {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(repr.as_str(), |b| b.iter(|| validate(text.as_bytes())));
    }
    g.finish();
    c.final_summary();
}
