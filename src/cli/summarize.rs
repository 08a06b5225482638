//! `fosx summarize`: the evaluation-meeting dataset and dashboard.

use super::Outcome;
use super::output::{eprint, error_line};
use fosx::i18n::{Arg, Lang, Msg, msg};
use fosx::report::printable::printable_name;
use fosx::summary::{Collector, SkipReason, Skipped, Summary, SummaryOptions, find_inputs, write};
use fosx::{CheckOptions, Date, ReadOptions};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders of submissions, in any representation (typically
    /// the accepted/ folder of `fosx batch`). A folder is searched for
    /// *.json, *.xml, *.csv, *.xlsx, *.ods and *.xls files.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// The folder to write status.csv, members.csv, assistance.csv,
    /// skipped.csv, notifications.csv, status.json, index.html and
    /// meeting.xlsx to. It may lie inside an
    /// input folder (it is not searched); an input folder that is this
    /// folder, or an input that is one of these files, is refused.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,

    /// Reference date, YYYY-MM-DD: of FOS-R05, and of "the last reporting
    /// year". The same inputs and date give the same files, byte for byte.
    /// Default: today, UTC.
    #[arg(long, value_name = "DATE", value_parser = super::validate::parse_date)]
    as_of: Option<Date>,

    /// The edition of the Framework whose standards make the columns.
    #[arg(long, value_name = "EDITION", default_value = "2018")]
    edition: String,

    /// Write the CSV files without the UTF-8 byte order mark they start
    /// with by default (for programs; spreadsheet programs need the mark
    /// to read accents right).
    #[arg(long)]
    csv_no_bom: bool,

    #[command(flatten)]
    limits: super::LimitArgs,
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    let options = SummaryOptions {
        check: CheckOptions {
            as_of: args.as_of.unwrap_or_else(Date::today_utc),
            strict: false,
            read: ReadOptions {
                limits: args.limits.clone().into(),
                ..ReadOptions::default()
            },
        },
        edition: args.edition.clone(),
        lang,
        csv_bom: !args.csv_no_bom,
    };
    let mut collector = match Collector::new(&options) {
        Ok(c) => c,
        Err(e) => {
            eprint(&error_line(e.message(), lang));
            return Outcome::Trouble;
        }
    };
    let inputs = match find_inputs(&args.inputs, Some(&args.out)) {
        Ok(inputs) => inputs,
        Err(e) => {
            eprint(&error_line(e.message(), lang));
            return Outcome::Trouble;
        }
    };
    collector.add_inputs(&inputs);
    let summary = Summary::build(collector, &options);
    let mut text = String::new();
    for s in &summary.skipped {
        text.push_str(&skipped_line(s).render(lang));
        text.push('\n');
    }
    let t = &summary.totals;
    let counts = msg::summarize_totals(
        t.files,
        t.documents,
        t.used,
        t.skipped,
        t.members,
        summary.standards.len(),
    );
    text.push_str(&counts.render(lang));
    text.push('\n');
    eprint(&text);
    match write(&summary, &options, &args.out) {
        Ok(files) => {
            let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
            eprint(&format!("{}\n", names.join("\n")));
        }
        Err(e) => {
            eprint(&error_line(e.message(), lang));
            return Outcome::Trouble;
        }
    }
    if t.unreadable > 0 {
        Outcome::Trouble
    } else if summary
        .skipped
        .iter()
        .any(|s| s.reason == SkipReason::Invalid)
    {
        Outcome::Invalid
    } else {
        Outcome::Valid
    }
}

/// `skipped FILE (document 2, ID): invalid FOS-S04`.
fn skipped_line(s: &Skipped) -> Msg {
    let path = printable_name(&s.path).into_owned();
    let place = match (&s.document, &s.document_id) {
        (Some(i), Some(id)) => {
            msg::summarize_place_document_id(path, *i, printable_name(id).into_owned())
        }
        (Some(i), None) => msg::summarize_place_document(path, *i),
        _ => return skipped_at(Arg::from(path), s),
    };
    skipped_at(Arg::from(place), s)
}

fn skipped_at(place: Arg, s: &Skipped) -> Msg {
    let reason = msg::summarize_reason(s.reason.code());
    if s.codes.is_empty() {
        msg::summarize_skipped(place, reason)
    } else {
        msg::summarize_skipped_codes(place, reason, s.codes.join(" "))
    }
}
