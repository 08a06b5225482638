//! `fosx batch`: an inbox folder to canonical files, rejects and a summary.

use super::output::{colour_on_stderr, eprint};
use super::{Outcome, Repr};
use fosx::batch::{Batch, BatchOptions, Progress, Summary};
use fosx::write::WriteOptions;
use fosx::{CheckOptions, Date, ReadOptions};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The inbox folder (searched recursively; hidden entries are skipped).
    #[arg(value_name = "INBOX")]
    inbox: PathBuf,

    /// The output folder: accepted/, rejected/ and summary.json go there.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,

    /// Representation of the accepted files.
    #[arg(long, value_enum, default_value = "json")]
    to: Repr,

    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N", default_value_t = 0)]
    jobs: usize,

    /// Reference date of FOS-R05, YYYY-MM-DD. Default: today, UTC.
    #[arg(long, value_name = "DATE", value_parser = super::validate::parse_date)]
    as_of: Option<Date>,

    /// Reject files with warnings too.
    #[arg(long)]
    strict: bool,

    /// Keep running and process files as they arrive, until Ctrl-C.
    #[arg(long)]
    watch: bool,
}

pub fn run(args: Args) -> Outcome {
    let options = BatchOptions {
        to: args.to.into(),
        check: CheckOptions {
            as_of: args.as_of.unwrap_or_else(Date::today_utc),
            strict: args.strict,
            read: ReadOptions::default(),
        },
        write: WriteOptions::default(),
        jobs: args.jobs,
    };
    let batch = match Batch::open(&args.inbox, &args.out, options) {
        Ok(b) => b,
        Err(e) => {
            eprint(&format!("error: {e}\n"));
            return Outcome::Trouble;
        }
    };
    let started = Instant::now();
    let bar = progress_bar();
    let outcome = batch.run(&|p: Progress| {
        if let Some(bar) = &bar {
            bar.set_length(p.total as u64);
            bar.set_position(p.done as u64);
            let secs = started.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!(
                "{:.0} files/s, {:.1} MB/s",
                p.done as f64 / secs,
                p.bytes as f64 / 1e6 / secs
            ));
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let mut result = match outcome {
        Ok(o) => {
            eprint(&table(&o.summary, started.elapsed(), &args.out));
            for e in &o.write_errors {
                eprint(&format!("error: cannot write {e}\n"));
            }
            exit(o.exit_code())
        }
        Err(e) => {
            eprint(&format!("error: {e}\n"));
            return Outcome::Trouble;
        }
    };
    if args.watch {
        result = watch(&batch, &args.out).max(result);
    }
    result
}

fn exit(code: u8) -> Outcome {
    match code {
        0 => Outcome::Valid,
        1 => Outcome::Invalid,
        _ => Outcome::Trouble,
    }
}

fn progress_bar() -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(0);
    let template = if colour_on_stderr() {
        "{bar:40.cyan/blue} {pos}/{len} files  {msg}"
    } else {
        "{bar:40} {pos}/{len} files  {msg}"
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    Some(bar)
}

/// The short table printed at the end of a run.
fn table(summary: &Summary, elapsed: Duration, out: &Path) -> String {
    let t = &summary.totals;
    let secs = elapsed.as_secs_f64().max(1e-6);
    let mut s = String::new();
    s.push_str(&format!("{:<12} {:>8}\n", "inputs", t.inputs));
    s.push_str(&format!(
        "{:<12} {:>8}   ({} documents)\n",
        "accepted", t.accepted, t.documents
    ));
    s.push_str(&format!("{:<12} {:>8}\n", "rejected", t.rejected));
    s.push_str(&format!("{:<12} {:>8}\n", "unreadable", t.unreadable));
    if t.collisions > 0 {
        s.push_str(&format!(
            "{:<12} {:>8}   (same member and documentId; both kept)\n",
            "collisions", t.collisions
        ));
    }
    s.push_str(&format!(
        "{:<12} {:>8}   (skipped {} already done) in {:.2} s, {:.0} files/s\n",
        "processed",
        t.processed,
        t.skipped,
        secs,
        t.processed as f64 / secs
    ));
    s.push_str(&format!(
        "summary: {}\n",
        out.join(fosx::batch::summary::SUMMARY_FILE).display()
    ));
    s
}

/// How long a file must stay unchanged before it is read.
const SETTLE: Duration = Duration::from_secs(1);

/// Processes files as they arrive until Ctrl-C; a file is read once it has
/// stopped changing for [`SETTLE`].
fn watch(batch: &Batch, out: &Path) -> Outcome {
    use notify::{RecursiveMode, Watcher};
    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = stop.clone();
        if let Err(e) = ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst)) {
            eprint(&format!("error: cannot catch Ctrl-C: {e}\n"));
            return Outcome::Trouble;
        }
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = match notify::recommended_watcher(tx) {
        Ok(w) => w,
        Err(e) => {
            eprint(&format!(
                "error: cannot watch {}: {e}\n",
                batch.inbox().display()
            ));
            return Outcome::Trouble;
        }
    };
    if let Err(e) = watcher.watch(batch.inbox(), RecursiveMode::Recursive) {
        eprint(&format!(
            "error: cannot watch {}: {e}\n",
            batch.inbox().display()
        ));
        return Outcome::Trouble;
    }
    eprint(&format!(
        "watching {} (Ctrl-C to stop)\n",
        batch.inbox().display()
    ));
    // Path → when it last changed. A file is read once it has been quiet
    // for SETTLE: a copy in progress keeps changing it.
    let mut pending: std::collections::BTreeMap<PathBuf, Instant> = Default::default();
    let mut worst = Outcome::Valid;
    while !stop.load(Ordering::SeqCst) {
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(Ok(event)) => {
                for p in event.paths {
                    if !p.starts_with(batch.out()) && !is_hidden_below(&p, batch.inbox()) {
                        pending.insert(p, Instant::now());
                    }
                }
                continue;
            }
            Ok(Err(_)) | Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        }
        let ready: Vec<PathBuf> = pending
            .iter()
            .filter(|(_, t)| t.elapsed() >= SETTLE)
            .map(|(p, _)| p.clone())
            .collect();
        if ready.is_empty() {
            continue;
        }
        for p in &ready {
            pending.remove(p);
            if stop.load(Ordering::SeqCst) {
                break;
            }
            if p.is_file() {
                batch.process(p);
            }
        }
        match batch.finish(&batch.inputs()) {
            Ok(o) => {
                let t = &o.summary.totals;
                eprint(&format!(
                    "{} new: {} accepted, {} rejected, {} unreadable in all\n",
                    ready.len(),
                    t.accepted,
                    t.rejected,
                    t.unreadable
                ));
                worst = worst.max(exit(o.exit_code()));
            }
            Err(e) => {
                eprint(&format!("error: {e}\n"));
                worst = Outcome::Trouble;
            }
        }
    }
    let _ = batch.finish(&batch.inputs());
    eprint(&format!(
        "stopped; summary: {}\n",
        out.join(fosx::batch::summary::SUMMARY_FILE).display()
    ));
    worst
}

fn is_hidden_below(path: &Path, root: &Path) -> bool {
    path.strip_prefix(root)
        .map(|rel| {
            rel.components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
        })
        .unwrap_or(true)
}
