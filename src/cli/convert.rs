//! `fosx convert`.

use super::output::{eprint, error_line, print_output, render_human};
use super::{Outcome, Repr};
use fosx::i18n::{Lang, msg};
use fosx::report::printable::printable_name;
use fosx::write::WriteOptions;
use fosx::{ConvertOptions, Date, NotConverted, ReadOptions, convert};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The file to convert (`-` reads standard input).
    #[arg(value_name = "INPUT")]
    input: PathBuf,

    /// The representation to write.
    #[arg(long, value_enum)]
    to: Repr,

    /// Where to write (standard output when not given). A file is written
    /// to a temporary file and renamed into place, never left half-written,
    /// and keeps its mode; a symbolic link is written through to its target;
    /// a device or FIFO is written directly.
    #[arg(short, long, value_name = "OUTPUT")]
    output: Option<PathBuf>,

    /// Read the input as this representation instead of detecting it.
    #[arg(long, value_enum, value_name = "REPR")]
    from: Option<Repr>,

    /// Reference date of FOS-R05, YYYY-MM-DD. Default: today, UTC.
    #[arg(long, value_name = "DATE", value_parser = super::validate::parse_date)]
    as_of: Option<Date>,

    /// Refuse to convert a file with warnings.
    #[arg(long)]
    strict: bool,

    /// CSV: start the file with a UTF-8 byte order mark, for spreadsheet programs.
    #[arg(long)]
    csv_bom: bool,

    /// CSV: prefix cells starting with = + - @, TAB or CR with ' (not canonical; for
    /// files opened only in spreadsheet programs).
    #[arg(long)]
    csv_formula_guard: bool,

    #[command(flatten)]
    limits: super::LimitArgs,
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    let mut options = ConvertOptions::new(args.as_of.unwrap_or_else(Date::today_utc));
    options.check.strict = args.strict;
    options.check.read = ReadOptions {
        representation: args.from.map(Into::into),
        limits: args.limits.clone().into(),
    };
    options.write = WriteOptions {
        csv_bom: args.csv_bom,
        csv_formula_guard: args.csv_formula_guard,
        lang,
    };
    if let Some(path) = &args.output
        && !super::output::output_name_ok(path, lang)
    {
        return Outcome::Trouble;
    }
    let limits = &options.check.read.limits;
    let (name, read) = if args.input.as_os_str() == "-" {
        // Read under the same limits as a file.
        let read = fosx::read_stream(std::io::stdin().lock(), msg::read_standard_input(), limits);
        ("<stdin>".to_string(), read)
    } else {
        (
            args.input.display().to_string(),
            fosx::read_file(&args.input, limits),
        )
    };
    let converted = match read {
        Ok(bytes) => convert(&name, &bytes, args.to.into(), &options),
        Err(d) if d.code == fosx::Code::IO && args.input.as_os_str() == "-" => {
            eprint(&error_line(d.message, lang));
            return Outcome::Trouble;
        }
        Err(d) => {
            // Too large (P06) is the file's problem; not readable at all
            // (FOS-IO) is trouble.
            let checked = Box::new(fosx::unreadable(&name, &args.input, *d));
            Err(if checked.unreadable {
                NotConverted::Unreadable(checked)
            } else {
                NotConverted::Invalid(checked)
            })
        }
    };
    let checked = match &converted {
        Ok(c) => &c.checked,
        Err(not) => not.checked(),
    };
    if !checked.diagnostics.is_empty() {
        eprint(&render_human(checked, lang));
    }
    let text = match converted {
        Ok(mut c) => c.outputs.swap_remove(0),
        Err(NotConverted::Invalid(checked)) => {
            let (errors, warnings) = checked.counts();
            let why = msg::cli_not_converted(msg::report_counts(errors, warnings));
            let line =
                msg::cli_file_message(printable_name(&checked.source.name).into_owned(), why);
            eprint(&format!("{}\n", line.render(lang)));
            return Outcome::Invalid;
        }
        Err(NotConverted::Unwritable(checked, e)) => {
            let name = printable_name(&checked.source.name).into_owned();
            eprint(&error_line(msg::cli_file_message(name, e.message()), lang));
            return Outcome::Trouble;
        }
        Err(_) => return Outcome::Trouble,
    };
    match &args.output {
        None => {
            if !print_output(&text, args.to.into(), lang) {
                return Outcome::Trouble;
            }
        }
        Some(path) => {
            if let Err(e) = fosx::fsio::write_file(path, &text) {
                let why = msg::cli_cannot_write(path.display().to_string(), e.to_string());
                eprint(&error_line(why, lang));
                return Outcome::Trouble;
            }
        }
    }
    Outcome::Valid
}
