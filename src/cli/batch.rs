//! `fosx batch`: an inbox folder to canonical files, rejects and a summary.

use super::output::{colour_on_stderr, eprint, error_line};
use super::{Outcome, Repr};
use fosx::batch::{Batch, BatchOptions, Progress, Summary};
use fosx::i18n::{Lang, tr};
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

    #[command(flatten)]
    limits: super::LimitArgs,
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    let options = BatchOptions {
        to: args.to.into(),
        check: CheckOptions {
            as_of: args.as_of.unwrap_or_else(Date::today_utc),
            strict: args.strict,
            read: ReadOptions {
                limits: args.limits.clone().into(),
                ..ReadOptions::default()
            },
        },
        write: WriteOptions::default(),
        jobs: args.jobs,
    };
    let batch = match Batch::open(&args.inbox, &args.out, options) {
        Ok(b) => b.with_lang(lang),
        Err(e) => {
            eprint(&error_line(&e.to_string(), lang));
            return Outcome::Trouble;
        }
    };
    let started = Instant::now();
    let bar = progress_bar(lang);
    let outcome = batch.run(&|p: Progress| {
        if let Some(bar) = &bar {
            bar.set_length(p.total as u64);
            bar.set_position(p.done as u64);
            let secs = started.elapsed().as_secs_f64().max(1e-3);
            let rate = format!(
                "{:.0} files/s, {:.1} MB/s",
                p.done as f64 / secs,
                p.bytes as f64 / 1e6 / secs
            );
            bar.set_message(tr(&rate, lang).into_owned());
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let mut result = match outcome {
        Ok(o) => {
            eprint(&table(&o.summary, started.elapsed(), &args.out, lang));
            for e in &o.write_errors {
                eprint(&error_line(&format!("cannot write {e}"), lang));
            }
            exit(o.exit_code())
        }
        Err(e) => {
            eprint(&error_line(&e.to_string(), lang));
            return Outcome::Trouble;
        }
    };
    if args.watch {
        result = watch(&batch, &args.out, lang).max(result);
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

fn progress_bar(lang: Lang) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(0);
    let bar_style = if colour_on_stderr() {
        "{bar:40.cyan/blue}"
    } else {
        "{bar:40}"
    };
    let template = format!("{bar_style} {{pos}}/{{len}} {}  {{msg}}", tr("files", lang));
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    Some(bar)
}

/// The short table printed at the end of a run.
fn table(summary: &Summary, elapsed: Duration, out: &Path, lang: Lang) -> String {
    let t = &summary.totals;
    let secs = elapsed.as_secs_f64().max(1e-6);
    let w = |word: &str| tr(word, lang).into_owned();
    let mut s = String::new();
    s.push_str(&format!("{:<12} {:>8}\n", w("inputs"), t.inputs));
    s.push_str(&format!(
        "{:<12} {:>8}   {}\n",
        w("accepted"),
        t.accepted,
        w(&format!("({} documents)", t.documents))
    ));
    s.push_str(&format!("{:<12} {:>8}\n", w("rejected"), t.rejected));
    s.push_str(&format!("{:<12} {:>8}\n", w("unreadable"), t.unreadable));
    if t.collisions > 0 {
        s.push_str(&format!(
            "{:<12} {:>8}   {}\n",
            w("collisions"),
            t.collisions,
            w("(same member and documentId; both kept)")
        ));
    }
    let mut seconds = format!("{secs:.2}");
    if lang == Lang::Fr {
        seconds = seconds.replace('.', ",");
    }
    let done = format!(
        "(skipped {} already done) in {seconds} s, {:.0} files/s",
        t.skipped,
        t.processed as f64 / secs
    );
    s.push_str(&format!(
        "{:<12} {:>8}   {}\n",
        w("processed"),
        t.processed,
        w(&done)
    ));
    s.push_str(&format!(
        "{}\n",
        w(&format!(
            "summary: {}",
            out.join(fosx::batch::summary::SUMMARY_FILE).display()
        ))
    ));
    s
}

/// How long a file must stay unchanged before it is read.
const SETTLE: Duration = Duration::from_secs(1);

/// Processes files as they arrive until Ctrl-C; a file is read once it has
/// stopped changing for [`SETTLE`].
fn watch(batch: &Batch, out: &Path, lang: Lang) -> Outcome {
    use notify::{RecursiveMode, Watcher};
    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = stop.clone();
        if let Err(e) = ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst)) {
            eprint(&error_line(&format!("cannot catch Ctrl-C: {e}"), lang));
            return Outcome::Trouble;
        }
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = match notify::recommended_watcher(tx) {
        Ok(w) => w,
        Err(e) => {
            eprint(&error_line(
                &format!("cannot watch {}: {e}", batch.inbox().display()),
                lang,
            ));
            return Outcome::Trouble;
        }
    };
    if let Err(e) = watcher.watch(batch.inbox(), RecursiveMode::Recursive) {
        eprint(&error_line(
            &format!("cannot watch {}: {e}", batch.inbox().display()),
            lang,
        ));
        return Outcome::Trouble;
    }
    let watching = format!("watching {} (Ctrl-C to stop)", batch.inbox().display());
    eprint(&format!("{}\n", tr(&watching, lang)));
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
                let line = format!(
                    "{} new: {} accepted, {} rejected, {} unreadable in all",
                    ready.len(),
                    t.accepted,
                    t.rejected,
                    t.unreadable
                );
                eprint(&format!("{}\n", tr(&line, lang)));
                worst = worst.max(exit(o.exit_code()));
            }
            Err(e) => {
                eprint(&error_line(&e.to_string(), lang));
                worst = Outcome::Trouble;
            }
        }
    }
    let _ = batch.finish(&batch.inputs());
    let stopped = format!(
        "stopped; summary: {}",
        out.join(fosx::batch::summary::SUMMARY_FILE).display()
    );
    eprint(&format!("{}\n", tr(&stopped, lang)));
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
