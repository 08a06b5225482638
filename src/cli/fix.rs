//! `fosx fix`: wiring of [`fosx::fix`].

use super::output::{eprint, error_line, print_output, render_human};
use super::{Outcome, Repr};
use fosx::fix::{FixError, FixOptions, Fixed, WorkbookLang, fix_bytes};
use fosx::i18n::{Lang, msg};
use fosx::report::printable::printable_name;
use fosx::sheet::dates::DateOrder;
use fosx::{Checked, Date};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The file to repair (never changed, unless -o names it).
    #[arg(value_name = "INPUT")]
    input: PathBuf,

    /// Where to write the repaired file (standard output when not given),
    /// atomically.
    #[arg(short, long, value_name = "OUTPUT")]
    output: Option<PathBuf>,

    /// The representation to write (default: the input's).
    #[arg(long, value_enum)]
    to: Option<Repr>,

    /// The order of the file's dates: dmy (20/05/2026), mdy (5/20/2026) or
    /// ymd. Default: inferred from the dates that can be read one way only.
    #[arg(long, value_name = "ORDER", value_parser = parse_order)]
    date_order: Option<DateOrder>,

    /// Reference date of FOS-R05, YYYY-MM-DD. Default: today, UTC.
    #[arg(long, value_name = "DATE", value_parser = super::validate::parse_date)]
    as_of: Option<Date>,

    #[command(flatten)]
    limits: super::LimitArgs,
}

fn parse_order(text: &str) -> Result<DateOrder, String> {
    DateOrder::parse(text)
        .ok_or_else(|| msg::cli_not_a_date_order(text).render(super::output::lang()))
}

/// `lang_given`: whether `--lang` named the language (else a workbook is
/// written in its input's language).
pub fn run(args: Args, lang: Lang, lang_given: bool) -> Outcome {
    let options = FixOptions {
        check: super::check_options(args.as_of, false, None, args.limits.clone().into()),
        date_order: args.date_order,
        to: args.to.map(Into::into),
        lang: if lang_given {
            WorkbookLang::Given(lang)
        } else {
            WorkbookLang::OfInput(lang)
        },
    };
    if let Some(path) = &args.output
        && !super::output::output_name_ok(path, lang)
    {
        return Outcome::Trouble;
    }
    let bytes = match fosx::read_file(&args.input, &options.check.read.limits) {
        Ok(bytes) => bytes,
        Err(d) => {
            let name = args.input.display().to_string();
            eprint(&render_human(
                &fosx::unreadable(&name, &args.input, *d),
                lang,
            ));
            return Outcome::Trouble;
        }
    };
    let name = args.input.display().to_string();
    // The name as the lines below show it.
    let shown = printable_name(&name);
    let fixed = match fix_bytes(&name, &bytes, &options) {
        Ok(fixed) => fixed,
        Err(e) => {
            let (FixError::Unreadable(checked) | FixError::WouldLose(checked, _)) = &e;
            eprint(&render_human(checked, lang));
            eprint(&error_line(e.line(&shown), lang));
            return match e {
                FixError::Unreadable(_) => Outcome::Trouble,
                FixError::WouldLose(..) => Outcome::Invalid,
            };
        }
    };
    let several = fixed.before.documents.len() > 1;
    for change in &fixed.changes {
        eprint(&change.line(&shown, several, lang));
    }
    let left = left_as_is(&fixed);
    if !left.diagnostics.is_empty() {
        eprint(&render_human(&left, lang));
    }
    match &args.output {
        None => {
            if !print_output(&fixed.bytes, fixed.to, lang) {
                return Outcome::Trouble;
            }
        }
        Some(path) => {
            if let Err(e) = fosx::fsio::write_file(path, &fixed.bytes) {
                let why = msg::cli_cannot_write(path.display().to_string(), e.to_string());
                eprint(&error_line(why, lang));
                return Outcome::Trouble;
            }
        }
    }
    eprint(&format!("{}\n", fixed.verdict(&shown).render(lang)));
    if fixed.after.is_valid(false) {
        Outcome::Valid
    } else {
        Outcome::Invalid
    }
}

/// What the input still holds after the fixes: its diagnostics without a
/// certain fix, and those the result has that the input did not (each
/// located in the input when it can be).
fn left_as_is(fixed: &Fixed) -> Checked {
    let mut left = fixed.before.clone();
    left.diagnostics
        .retain(|d| !d.fix.as_ref().is_some_and(|f| f.certain));
    let known = |d: &fosx::Diagnostic| {
        left.diagnostics
            .iter()
            .any(|k| k.code == d.code && k.document == d.document && k.path == d.path)
    };
    let fresh: Vec<fosx::Diagnostic> = fixed
        .after
        .diagnostics
        .iter()
        .filter(|d| !known(d))
        .map(|d| {
            let mut d = d.clone();
            d.span = None;
            d.related.clear();
            d
        })
        .collect();
    left.diagnostics.extend(fresh);
    left
}
