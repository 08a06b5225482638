//! `fosx batch`: an inbox folder to canonical files, rejects and a summary.

use super::output::{colour_on_stderr, eprint, error_line};
use super::{Outcome, Repr};
use fosx::batch::{Batch, BatchOptions, BatchOutcome, Progress, Summary};
use fosx::i18n::{Lang, tr};
use fosx::write::WriteOptions;
use fosx::{CheckOptions, Date, ReadOptions};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

mod watch;

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

    /// Keep running and process files as they arrive, until Ctrl-C or
    /// SIGTERM (the file in hand is finished; exit 0 unless an output could
    /// not be written).
    #[arg(long)]
    watch: bool,

    /// Follow symbolic links of the inbox that lead to regular files inside
    /// it (other links are listed as skipped).
    #[arg(long)]
    follow_symlinks: bool,

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
        follow_symlinks: args.follow_symlinks,
    };
    let batch = match Batch::open(&args.inbox, &args.out, options) {
        Ok(b) => b.with_lang(lang),
        Err(e) => {
            eprint(&error_line(&e.to_string(), lang));
            return Outcome::Trouble;
        }
    };
    // Under --watch, Ctrl-C and SIGTERM stop the run after the files in
    // hand; otherwise they end the process (the journal keeps what was done).
    let stop = Arc::new(AtomicBool::new(false));
    if args.watch {
        let stop = stop.clone();
        if let Err(e) = ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst)) {
            eprint(&error_line(&format!("cannot catch Ctrl-C: {e}"), lang));
            return Outcome::Trouble;
        }
    }
    let started = Instant::now();
    let bar = progress_bar(lang);
    let outcome = batch.run_until(
        &|p: Progress| {
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
        },
        &stop,
    );
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let result = match outcome {
        Ok(o) => {
            eprint(&table(&o.summary, started.elapsed(), &args.out, lang));
            report_failures(&o, lang);
            exit(o.exit_code())
        }
        Err(e) => {
            eprint(&error_line(&e.to_string(), lang));
            return Outcome::Trouble;
        }
    };
    if args.watch {
        // A watcher's verdicts are in summary.json; its exit says whether
        // every output was written.
        let first = if result == Outcome::Trouble {
            Outcome::Trouble
        } else {
            Outcome::Valid
        };
        return watch::watch(&batch, &args.out, lang, &stop).max(first);
    }
    result
}

/// Says which outputs could not be written, and why.
pub(super) fn report_failures(outcome: &BatchOutcome, lang: Lang) {
    for e in &outcome.write_errors {
        eprint(&error_line(&format!("cannot write {e}"), lang));
    }
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
    // Rows shown only when they count something, each with its note.
    for (word, n, note) in [
        (
            "collisions",
            t.collisions,
            "(same member and documentId; both kept)",
        ),
        (
            "duplicates",
            t.duplicates,
            "(same documents as another input; stored once)",
        ),
        (
            "skipped",
            t.skipped,
            "(not inputs; the reasons are in the summary)",
        ),
        (
            "failed",
            t.failed,
            "(outputs not written; run again once fixed)",
        ),
    ] {
        if n > 0 {
            s.push_str(&format!("{:<12} {:>8}   {}\n", w(word), n, w(note)));
        }
    }
    let mut seconds = format!("{secs:.2}");
    if lang == Lang::Fr {
        seconds = seconds.replace('.', ",");
    }
    let done = format!(
        "(skipped {} already done) in {seconds} s, {:.0} files/s",
        t.unchanged,
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
