//! Writes the benchmark corpus to a folder (default `target/corpus`):
//!
//! - `typical/progress-report.{json,xml,csv}`: one typical file of each kind;
//! - `inbox/`: 10,000 mixed files (a tenth invalid);
//! - `collections/collection.{json,xml,csv}`: about 100 MB each.
//!
//! ```sh
//! cargo run --release --example corpus -- [DIR] [--inbox N] [--collection-mb N]
//! ```
//! Sizes and seeds are fixed, so the corpus is the same on every run.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use fosx::Representation;
use std::path::PathBuf;

const SEED: u64 = 2018;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut dir = PathBuf::from("target/corpus");
    let mut inbox_files = 10_000usize;
    let mut collection_mb = 100usize;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--inbox" => {
                inbox_files = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(inbox_files)
            }
            "--collection-mb" => {
                collection_mb = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(collection_mb)
            }
            _ => dir = PathBuf::from(a),
        }
    }
    let reprs = [
        Representation::Json,
        Representation::Xml,
        Representation::Csv,
    ];
    std::fs::create_dir_all(dir.join("typical"))?;
    for r in reprs {
        std::fs::write(
            dir.join("typical")
                .join(format!("progress-report.{}", r.as_str())),
            corpus::typical(SEED, r),
        )?;
    }
    let inbox = dir.join("inbox");
    if inbox.exists() {
        std::fs::remove_dir_all(&inbox)?;
    }
    std::fs::create_dir_all(&inbox)?;
    for i in 0..inbox_files {
        let (name, bytes) = corpus::inbox_file(SEED, i);
        std::fs::write(inbox.join(name), bytes)?;
    }
    std::fs::create_dir_all(dir.join("collections"))?;
    for r in reprs {
        let text = corpus::collection_of_size(SEED, collection_mb << 20, r);
        std::fs::write(
            dir.join("collections")
                .join(format!("collection.{}", r.as_str())),
            text,
        )?;
    }
    eprintln!("corpus written to {}", dir.display());
    Ok(())
}
