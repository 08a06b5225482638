//! `fosx validate`.

use super::output::{colour_on_stderr, eprint, error_line, print, render_human_for};
use super::{Format, Outcome, Repr};
use fosx::i18n::{Lang, msg};
use fosx::report::Report;
use fosx::report::printable::{printable_name, printable_text};
use fosx::{CheckOptions, Checked, Date};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories to check (`-` reads standard input). A directory
    /// is searched for *.json, *.xml and *.csv files.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// Report format.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,

    /// Reference date of FOS-R05 (no submission dated after it), YYYY-MM-DD.
    /// Default: today, UTC.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    as_of: Option<Date>,

    /// Count warnings as errors.
    #[arg(long)]
    strict: bool,

    /// Read every file as this representation instead of detecting it.
    #[arg(long, value_enum, value_name = "REPR")]
    from: Option<Repr>,

    /// Write the report to FILE (replaced whole, never left half written)
    /// instead of standard output (standard error for the human report).
    #[arg(short = 'o', long, value_name = "FILE")]
    output: Option<PathBuf>,

    #[command(flatten)]
    limits: super::LimitArgs,
}

/// Files checked at once (and reported together).
const BATCH: usize = 256;

fn check(target: &Target, options: &CheckOptions) -> Checked {
    let mut checked = match target {
        Target::Stdin => fosx::check_stream(
            "<stdin>",
            std::io::stdin().lock(),
            msg::read_standard_input(),
            options,
        ),
        Target::File(p) => fosx::check::stream::check_path_streaming(p, options),
        Target::Unreadable(p, d) => fosx::unreadable(&p.display().to_string(), p, d.clone()),
    };
    super::output::name_limits(&mut checked);
    checked
}

pub fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).map_err(|_| msg::cli_not_a_date(s).render(super::output::lang()))
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    let options = super::check_options(
        args.as_of,
        args.strict,
        args.from.map(Into::into),
        args.limits.clone().into(),
    );
    let targets: Vec<Target> = args.paths.iter().flat_map(|p| expand(p, lang)).collect();
    if let Some(out) = &args.output
        && let Some(input) = targets.iter().find(|t| is_same_file(t, out))
    {
        let Target::File(input) = input else {
            return Outcome::Trouble;
        };
        let why = msg::cli_report_would_replace_input(input.display().to_string());
        eprint(&error_line(why, lang));
        return Outcome::Trouble;
    }
    let mut results: Vec<Checked> = Vec::with_capacity(targets.len());
    // With `-o`, the report is gathered and written at the end.
    let mut gathered = args.output.as_ref().map(|_| String::new());
    // The human report goes to stderr, where `eprint` shows control
    // characters as pictures; written to a file, it is shown the same way.
    let mut emit = |text: &str, to_stderr: bool| match gathered.as_mut() {
        Some(all) if to_stderr => all.push_str(&printable_text(text)),
        Some(all) => all.push_str(text),
        None if to_stderr => eprint(text),
        None => {
            print(text);
        }
    };
    let colour = args.output.is_none() && colour_on_stderr();
    // Files are checked on every core, a batch at a time, and reported in
    // order; each result is kept without its text and documents.
    for batch in targets.chunks(BATCH) {
        let one = |target: &Target| {
            let checked = check(target, &options);
            let text = match args.format {
                Format::Human => Some(human_file(&checked, options.strict, lang, colour)),
                Format::Short => Some(fosx::report::short::short_text(
                    &checked,
                    options.strict,
                    lang,
                )),
                _ => None,
            };
            (checked.without_source(), text)
        };
        // One file is checked on this thread: starting the thread pool
        // would cost more than it saves.
        let checked: Vec<(Checked, Option<String>)> = if batch.len() == 1 {
            batch.iter().map(one).collect()
        } else {
            batch.par_iter().map(one).collect()
        };
        // The batch's lines in one write.
        let mut lines = String::new();
        for (checked, text) in checked {
            if let Some(text) = text {
                lines.push_str(&text);
            }
            results.push(checked);
        }
        if !lines.is_empty() {
            emit(&lines, args.format == Format::Human);
        }
    }
    match args.format {
        Format::Json => {
            emit(&Report::new_in(&results, &options, lang).json_text(), false);
        }
        Format::Sarif => {
            let report = Report::new_in(&results, &options, lang);
            emit(&fosx::report::sarif::sarif_text_in(&report, lang), false);
        }
        Format::Junit => {
            emit(
                &fosx::report::junit::junit_in(&results, options.strict, lang),
                false,
            );
        }
        Format::Short => {}
        Format::Human if results.is_empty() => emit(
            &format!("{}\n", msg::cli_no_submission_files().render(lang)),
            true,
        ),
        Format::Human => emit(&human_summary(&results, options.strict, lang), true),
    }
    if let (Some(path), Some(text)) = (&args.output, gathered)
        && let Err(e) = fosx::fsio::write_file(path, text.as_bytes())
    {
        let why = msg::cli_cannot_write(path.display().to_string(), e.to_string());
        eprint(&error_line(why, lang));
        return Outcome::Trouble;
    }
    outcome(&results, options.strict)
}

/// The exit outcome of checked files.
pub fn outcome(results: &[Checked], strict: bool) -> Outcome {
    if results.iter().any(|c| c.unreadable) {
        Outcome::Trouble
    } else if results.iter().all(|c| c.is_valid(strict)) {
        Outcome::Valid
    } else {
        Outcome::Invalid
    }
}

fn human_file(checked: &Checked, strict: bool, lang: Lang, colour: bool) -> String {
    // A file without diagnostics renders nothing (and needs no renderer).
    let mut out = if checked.diagnostics.is_empty() {
        String::new()
    } else {
        render_human_for(checked, lang, colour)
    };
    let (errors, warnings) = checked.counts();
    let file = printable_name(&checked.source.name).into_owned();
    let verdict = if checked.unreadable {
        msg::cli_file_unreadable(file)
    } else if checked.is_valid(strict) {
        match warnings {
            0 => msg::cli_file_valid(file),
            n => msg::cli_file_valid_warnings(file, n),
        }
    } else {
        msg::cli_file_invalid(file, errors, warnings)
    };
    out.push_str(&verdict.render(lang));
    out.push('\n');
    out
}

fn human_summary(results: &[Checked], strict: bool, lang: Lang) -> String {
    if results.len() < 2 {
        return String::new();
    }
    let valid = results.iter().filter(|c| c.is_valid(strict)).count();
    let unreadable = results.iter().filter(|c| c.unreadable).count();
    let invalid = results.len() - valid - unreadable;
    let line = if unreadable == 0 {
        msg::cli_files_checked(results.len(), valid, invalid)
    } else {
        msg::cli_files_checked_unreadable(results.len(), valid, invalid, unreadable)
    };
    format!("\n{}\n", line.render(lang))
}

/// Whether a target is the file at `out` (inputs are never replaced).
fn is_same_file(target: &Target, out: &Path) -> bool {
    let Target::File(input) = target else {
        return false;
    };
    match (std::fs::canonicalize(input), std::fs::canonicalize(out)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

enum Target {
    Stdin,
    File(PathBuf),
    Unreadable(PathBuf, fosx::Diagnostic),
}

/// A path as given (a FIFO too: `fosx validate <(cmd)`), or the
/// submission files below a directory (sorted, hidden entries skipped): only
/// regular files, and symbolic links to regular files (a broken link is
/// reported unreadable); FIFOs, sockets and devices are skipped with a note,
/// since reading them could block or never end. A directory without
/// submission files is an error: nothing was checked.
fn expand(path: &Path, lang: Lang) -> Vec<Target> {
    if path.as_os_str() == "-" {
        return vec![Target::Stdin];
    }
    if !path.is_dir() {
        return vec![Target::File(path.to_path_buf())];
    }
    let walker = walkdir::WalkDir::new(path)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    let mut out = Vec::new();
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_dir() => {}
            Ok(e) if !fosx::batch::is_submission_name(e.path()) => {}
            Ok(e) if e.file_type().is_file() => out.push(Target::File(e.into_path())),
            Ok(e) => {
                // A link is followed to a regular file; reading a broken one
                // reports why.
                let kind = match std::fs::metadata(e.path()) {
                    Ok(m) if m.is_file() => None,
                    Ok(m) if m.is_dir() => continue,
                    Ok(m) => Some(fosx::batch::special_kind(&m.file_type())),
                    Err(_) => None,
                };
                match kind {
                    None => out.push(Target::File(e.into_path())),
                    Some(kind) => {
                        let name = e.path().display().to_string();
                        let line = msg::cli_skipped(printable_name(&name).into_owned(), kind);
                        eprint(&format!("{}\n", line.render(lang)));
                    }
                }
            }
            Err(e) => {
                let p = e
                    .path()
                    .map_or_else(|| path.to_path_buf(), Path::to_path_buf);
                let d = fosx::Diagnostic::new(
                    fosx::Code::IO,
                    msg::cli_cannot_read(p.display().to_string(), e.to_string()),
                );
                out.push(Target::Unreadable(p, d));
            }
        }
    }
    if out.is_empty() {
        let d = fosx::Diagnostic::new(
            fosx::Code::IO,
            msg::cli_no_submission_files_in(path.display().to_string()),
        );
        out.push(Target::Unreadable(path.to_path_buf(), d));
    }
    out
}
