//! `fosx batch`: an inbox folder to canonical files, rejects and a summary.

use super::foreign::Message;
use super::output::{colour_on_stderr, eprint, error_line};
use super::{Outcome, Repr};
use fosx::batch::{Batch, BatchOptions, BatchOutcome, Progress, Summary};
use fosx::i18n::{Lang, Msg, msg};
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
            eprint(&error_line(e.message(), lang));
            return Outcome::Trouble;
        }
    };
    // Under --watch, Ctrl-C and SIGTERM stop the run after the files in
    // hand; otherwise they end the process (the journal keeps what was done).
    let stop = Arc::new(AtomicBool::new(false));
    if args.watch {
        let stop = stop.clone();
        if let Err(e) = ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst)) {
            eprint(&error_line(
                msg::cli_batch_cannot_catch_ctrl_c(e.to_string()),
                lang,
            ));
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
                let files = format!("{:.0}", p.done as f64 / secs);
                let megabytes = decimal(&format!("{:.1}", p.bytes as f64 / 1e6 / secs));
                bar.set_message(msg::cli_batch_rate(files, megabytes).render(lang));
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
            eprint(&error_line(e.message(), lang));
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
        eprint(&error_line(msg::cli_cannot_write_output(e), lang));
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
    let files = msg::cli_batch_progress_files().render(lang);
    let template = format!("{bar_style} {{pos}}/{{len}} {files}  {{msg}}");
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    Some(bar)
}

/// A number written with a decimal point (`0.12`), as `lang` writes it.
fn decimal(text: &str) -> Msg {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    msg::cli_decimal(whole, fraction)
}

/// The short table printed at the end of a run.
fn table(summary: &Summary, elapsed: Duration, out: &Path, lang: Lang) -> String {
    let t = &summary.totals;
    let secs = elapsed.as_secs_f64().max(1e-6);
    let row = |word: Msg, n: usize, note: Option<Msg>| {
        let word = word.render(lang);
        match note {
            Some(note) => format!("{word:<12} {n:>8}   {}\n", note.render(lang)),
            None => format!("{word:<12} {n:>8}\n"),
        }
    };
    let mut s = String::new();
    s.push_str(&row(msg::cli_batch_inputs(), t.inputs, None));
    let documents = msg::cli_batch_documents(t.documents);
    s.push_str(&row(msg::cli_batch_accepted(), t.accepted, Some(documents)));
    s.push_str(&row(msg::cli_batch_rejected(), t.rejected, None));
    s.push_str(&row(msg::cli_batch_unreadable(), t.unreadable, None));
    // Rows shown only when they count something, each with its note.
    for (word, n, note) in [
        (
            msg::cli_batch_collisions(),
            t.collisions,
            msg::cli_batch_collisions_note(),
        ),
        (
            msg::cli_batch_duplicates(),
            t.duplicates,
            msg::cli_batch_duplicates_note(),
        ),
        (
            msg::cli_batch_skipped(),
            t.skipped,
            msg::cli_batch_skipped_note(),
        ),
        (
            msg::cli_batch_failed(),
            t.failed,
            msg::cli_batch_failed_note(),
        ),
    ] {
        if n > 0 {
            s.push_str(&row(word, n, Some(note)));
        }
    }
    let done = msg::cli_batch_processed_note(
        t.unchanged,
        decimal(&format!("{secs:.2}")),
        format!("{:.0}", t.processed as f64 / secs),
    );
    s.push_str(&row(msg::cli_batch_processed(), t.processed, Some(done)));
    let path = out.join(fosx::batch::summary::SUMMARY_FILE);
    let line = msg::cli_batch_summary(path.display().to_string());
    s.push_str(&format!("{}\n", line.render(lang)));
    s
}
