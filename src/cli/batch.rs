//! `fosx batch`: an inbox folder to canonical files, rejects and a summary.

use super::output::{colour_on_stderr, eprint, error_line};
use super::{Outcome, Repr};
use fosx::Date;
use fosx::batch::{Batch, BatchOptions, BatchOutcome, Progress};
use fosx::i18n::{Lang, msg};
use fosx::write::WriteOptions;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

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
        check: super::check_options(args.as_of, args.strict, None, args.limits.clone().into()),
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
            let why = msg::batch_cannot_catch_ctrl_c(e.to_string());
            eprint(&error_line(why, lang));
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
                bar.set_message(fosx::batch::rate(&p, started.elapsed()).render(lang));
            }
        },
        &stop,
    );
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let result = match outcome {
        Ok(o) => {
            eprint(&fosx::batch::table(
                &o.summary,
                started.elapsed(),
                &args.out,
                lang,
            ));
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
        eprint(&error_line(e.clone(), lang));
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
    let files = msg::batch_files().render(lang);
    let template = format!("{bar_style} {{pos}}/{{len}} {files}  {{msg}}");
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    Some(bar)
}
