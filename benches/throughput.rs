//! Throughput of fosx per representation against a parse-only baseline.
//!
//! ```sh
//! cargo bench --bench throughput            # table of MB/s and ratios, then criterion
//! FOSX_BENCH_MB=32 cargo bench --bench throughput -- --table-only
//! ```
//! For each representation, on a collection of progress reports (8 MB by
//! default): the baseline (the parser alone, doing no work beyond parsing:
//! serde_json into `IgnoredAny`, a quick-xml event loop, a csv `ByteRecord`
//! loop), then fosx reading, reading and validating, reading, validating and
//! writing canonically, and converting to another representation (one
//! thread each); and what `fosx validate` does with the file on disk:
//! document by document, on every core.

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

fn baseline(repr: Representation, text: &str) -> usize {
    match repr {
        Representation::Json => {
            serde_json::from_str::<serde::de::IgnoredAny>(text).unwrap();
            1
        }
        Representation::Xml => {
            let mut r = quick_xml::Reader::from_str(text);
            let mut n = 0usize;
            loop {
                match r.read_event().unwrap() {
                    quick_xml::events::Event::Eof => break n,
                    _ => n += 1,
                }
            }
        }
        Representation::Csv | Representation::Xlsx => {
            let mut r = csv::Reader::from_reader(text.as_bytes());
            let mut rec = csv::ByteRecord::new();
            let mut n = 0usize;
            while r.read_byte_record(&mut rec).unwrap() {
                n += rec.len();
            }
            n
        }
    }
}

fn read_only(text: &str) -> usize {
    fosx::read::read("bench", text.as_bytes(), &Default::default())
        .documents
        .len()
}

fn validate(text: &str) -> usize {
    let c = fosx::check_bytes("bench", text.as_bytes(), &options());
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

fn validate_write(text: &str, to: Representation) -> usize {
    let c = fosx::check_bytes("bench", text.as_bytes(), &options());
    fosx::write::write(&c.documents, to, &Default::default())
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

fn table(inputs: &[(Representation, String, usize)]) {
    println!(
        "\n{:<5} {:<30} {:>10} {:>12} {:>9}",
        "repr", "workload", "MB/s", "documents/s", "vs parse"
    );
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (repr, text, docs) in inputs {
        let mb = text.len() as f64 / 1e6;
        let runs = 5;
        let path = dir.path().join(format!("collection.{repr}"));
        std::fs::write(&path, text).expect("the collection is written");
        let base = best(runs, || baseline(*repr, text));
        let rows: Vec<(String, Duration)> = vec![
            ("parse only (baseline)".into(), base),
            ("fosx read".into(), best(runs, || read_only(text))),
            ("fosx read + validate".into(), best(runs, || validate(text))),
            (
                "fosx validate (file, 2 cores)".into(),
                best(runs, || validate_streamed(&path)),
            ),
            (
                "fosx read + validate + write".into(),
                best(runs, || validate_write(text, *repr)),
            ),
            (
                format!("fosx convert to {}", other(*repr)),
                best(runs, || validate_write(text, other(*repr))),
            ),
        ];
        for (name, d) in rows {
            let secs = d.as_secs_f64();
            println!(
                "{:<5} {:<30} {:>10.1} {:>12.0} {:>8.0}%",
                repr.as_str(),
                name,
                mb / secs,
                *docs as f64 / secs,
                100.0 * base.as_secs_f64() / secs
            );
        }
    }
    println!(
        "(\"vs parse\": the baseline's time as a share of this workload's; 100% = as fast as parsing alone)\n"
    );
}

fn main() {
    let mb: usize = std::env::var("FOSX_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let inputs: Vec<(Representation, String, usize)> = [
        Representation::Json,
        Representation::Xml,
        Representation::Csv,
    ]
    .into_iter()
    .map(|r| {
        let text = corpus::collection_of_size(SEED, mb << 20, r);
        let docs = read_only(&text);
        (r, text, docs)
    })
    .collect();
    table(&inputs);
    if std::env::args().any(|a| a == "--table-only") {
        return;
    }
    let mut c = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .configure_from_args();
    for (repr, text, _) in &inputs {
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
        g.bench_function(repr.as_str(), |b| b.iter(|| validate(text)));
    }
    g.finish();
    c.final_summary();
}
