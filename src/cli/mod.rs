//! Command-line definitions and dispatch.

mod args_error;
mod batch;
mod completions;
mod convert;
mod explain;
mod fix;
mod output;
mod schema;
mod serve;
mod summarize;
mod template;
mod validate;

use clap::{Parser, Subcommand, ValueEnum};
use std::process::ExitCode;

/// Validate and convert submissions about the WCO Framework of Standards on
/// Cross-Border E-Commerce (notifications, timetables, progress reports).
#[derive(Debug, Parser)]
#[command(name = "fosx", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,

    /// Language of messages and reports: English, French or Spanish.
    /// Default: the language LC_ALL, LC_MESSAGES or LANG (the first one
    /// set) starts with, when fosx speaks it; English otherwise.
    #[arg(
        long,
        value_enum,
        global = true,
        ignore_case = true,
        value_name = "LANG"
    )]
    lang: Option<LangArg>,
}

/// A language named on the command line: one of `src/i18n/languages.csv`
/// (adding a language there adds it here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LangArg(fosx::Lang);

impl ValueEnum for LangArg {
    fn value_variants<'a>() -> &'a [Self] {
        static ALL: std::sync::OnceLock<Vec<LangArg>> = std::sync::OnceLock::new();
        ALL.get_or_init(|| fosx::Lang::ALL.iter().map(|&l| LangArg(l)).collect())
    }

    /// `fr`, shown as `French (français)`.
    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let l = self.0;
        let help = if l.native_name() == l.english_name() {
            l.english_name().to_string()
        } else {
            format!("{} ({})", l.english_name(), l.native_name().to_lowercase())
        };
        Some(clap::builder::PossibleValue::new(l.code()).help(help))
    }
}

impl From<LangArg> for fosx::Lang {
    fn from(l: LangArg) -> Self {
        l.0
    }
}

#[derive(Debug, Subcommand)]
// Each subcommand's arguments are built only when it runs (`defer`): a
// run of one command does not pay for the definitions of all the others.
#[command(defer = true)]
enum Command {
    /// Check files and report every problem, with its place and a fix.
    Validate(validate::Args),
    /// Convert a valid file to canonical JSON, XML or CSV.
    Convert(convert::Args),
    /// Repair what a spreadsheet changed: make every certain fix, write the
    /// file in canonical form and check it again.
    Fix(fix::Args),
    /// Sort an inbox folder: canonical files for valid inputs, copies and
    /// reports for invalid ones, and a summary.json of every input.
    Batch(batch::Args),
    /// Summarize submissions for an evaluation meeting: status per Member
    /// and standard (CSV, JSON) and a self-contained HTML dashboard.
    Summarize(summarize::Args),
    /// Explain a diagnostic code, with a failing and a passing example.
    Explain(explain::Args),
    /// Print a published schema (JSON Schema, XSD or Table Schema).
    Schema(schema::Args),
    /// Print a ready-to-fill file of a document type, or a complete example.
    Template(template::Args),
    /// Answer validations and conversions over HTTP, with a page for people.
    Serve(serve::Args),
    /// Print shell completions.
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff).
    Man(completions::ManArgs),
}

// The reading limits (`fosx::Limits`), shared by the commands that read
// submissions. Exceeding one gives FOS-P06, whose help names the option.
// (Not a doc comment: clap would make it the about of each command that
// flattens these arguments, since their definitions are deferred.)
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "Limits")]
pub struct LimitArgs {
    /// Largest file accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = fosx::Limits::default().max_file_size)]
    max_file_size: u64,

    /// Largest document accepted, in bytes of the file.
    #[arg(long, value_name = "BYTES", default_value_t = fosx::Limits::default().max_document_size)]
    max_document_size: usize,

    /// Deepest nesting accepted (at most 128).
    #[arg(long, value_name = "N", default_value_t = fosx::Limits::default().max_depth)]
    max_depth: usize,

    /// Longest text value accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = fosx::Limits::default().max_text_len)]
    max_text_length: usize,

    /// Longest line accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = fosx::Limits::default().max_line_len)]
    max_line_length: usize,

    /// Most documents accepted in one file.
    #[arg(long, value_name = "N", default_value_t = fosx::Limits::default().max_documents)]
    max_documents: usize,

    /// Most entries accepted in one document.
    #[arg(long, value_name = "N", default_value_t = fosx::Limits::default().max_entries)]
    max_entries: usize,

    /// Most diagnostics reported for one file; one more then says how many
    /// were left out and of which codes.
    #[arg(long, value_name = "N", default_value_t = fosx::Limits::default().max_diagnostics)]
    max_diagnostics: usize,

    /// XLSX: most cells accepted in a workbook (empty ones too); as many XML
    /// elements besides its cells, and cells of its sheet's CSV form.
    #[arg(long, value_name = "N", default_value_t = fosx::Limits::default().max_cells)]
    max_cells: usize,
}

impl LimitArgs {
    /// `--max-file-size`.
    pub fn max_file_size(&self) -> u64 {
        self.max_file_size
    }
}

impl From<LimitArgs> for fosx::Limits {
    fn from(a: LimitArgs) -> Self {
        fosx::Limits {
            max_file_size: a.max_file_size,
            max_depth: a.max_depth,
            max_documents: a.max_documents,
            max_entries: a.max_entries,
            max_document_size: a.max_document_size,
            max_text_len: a.max_text_length,
            max_line_len: a.max_line_length,
            max_diagnostics: a.max_diagnostics,
            max_cells: a.max_cells,
        }
    }
}

/// How a run ended, as the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Everything checked is valid.
    Valid = 0,
    /// Something checked is invalid.
    Invalid = 1,
    /// Something could not be checked (usage, I/O, internal error).
    Trouble = 2,
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> Self {
        ExitCode::from(o as u8)
    }
}

/// Output format of reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Diagnostics with source snippets (for CSV, the header cell and the
    /// offending cell, by row and column letter), for people (stderr).
    Human,
    /// One line per diagnostic, `file:line:column: severity CODE: message
    /// [help]`, for editors and scripts (stdout).
    Short,
    /// The JSON report of docs/spec/report.md (stdout).
    Json,
    /// SARIF 2.1.0, for code-scanning tools (stdout).
    Sarif,
    /// JUnit XML, for continuous-integration servers (stdout).
    Junit,
}

/// Representation named on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Repr {
    /// JSON.
    Json,
    /// XML.
    Xml,
    /// CSV.
    Csv,
    /// XLSX (a workbook; binary).
    Xlsx,
}

impl From<Repr> for fosx::Representation {
    fn from(r: Repr) -> Self {
        match r {
            Repr::Json => fosx::Representation::Json,
            Repr::Xml => fosx::Representation::Xml,
            Repr::Csv => fosx::Representation::Csv,
            Repr::Xlsx => fosx::Representation::Xlsx,
        }
    }
}

/// Runs the command line.
pub fn main() -> ExitCode {
    if let Some(lang) = lang_named(std::env::args_os().skip(1)) {
        output::set_lang(lang);
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let trouble = e.use_stderr();
            args_error::print(e);
            return if trouble {
                Outcome::Trouble
            } else {
                Outcome::Valid
            }
            .into();
        }
    };
    let lang = cli.lang.map_or_else(fosx::Lang::from_env, Into::into);
    output::set_lang(lang);
    let outcome = match cli.command {
        Command::Validate(args) => validate::run(args, lang),
        Command::Convert(args) => convert::run(args, lang),
        Command::Fix(args) => fix::run(args, lang, cli.lang.is_some()),
        Command::Batch(args) => batch::run(args, lang),
        Command::Summarize(args) => summarize::run(args, lang),
        Command::Explain(args) => explain::run(args, lang),
        Command::Schema(args) => schema::run(args, lang),
        Command::Template(args) => template::run(args, lang),
        Command::Serve(args) => serve::run(args, lang),
        Command::Completions(args) => completions::completions(args),
        Command::Man(args) => completions::man(args, lang),
    };
    outcome.into()
}

/// The language `--lang` names on a command line, read before the rest of
/// it so that the checks of other values (a date, a date order), which run
/// while it is read, speak that language too. The last one named wins; a
/// value that is not a language is left for the parser to refuse.
fn lang_named(args: impl Iterator<Item = std::ffi::OsString>) -> Option<fosx::Lang> {
    let mut found = None;
    let mut args = args.map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--" => break,
            "--lang" => args.next(),
            _ => arg.strip_prefix("--lang=").map(str::to_string),
        };
        if let Some(l) = value.and_then(|v| LangArg::from_str(&v, true).ok()) {
            found = Some(l.into());
        }
    }
    found
}

/// What a panic (a bug) says: where, what, and that it is fosx's fault,
/// in the language of the run.
pub fn internal_error(place: Option<&std::panic::Location<'_>>, what: String) -> String {
    use fosx::i18n::msg;
    let lang = output::lang();
    let head = match place {
        Some(l) => msg::cli_internal_error_at(format!("{}:{}", l.file(), l.line()), what),
        None => msg::cli_internal_error(what),
    };
    format!(
        "{}\n{}",
        head.render(lang),
        msg::cli_internal_error_help().render(lang)
    )
}

/// The options of a command that checks: `as_of` (default: today, UTC,
/// which the command takes where the library takes no default), strictness,
/// the representation given, the limits.
pub fn check_options(
    as_of: Option<fosx::Date>,
    strict: bool,
    representation: Option<fosx::Representation>,
    limits: fosx::Limits,
) -> fosx::CheckOptions {
    let mut options = fosx::CheckOptions::new(as_of.unwrap_or_else(fosx::Date::today_utc));
    options.strict = strict;
    options.read.representation = representation;
    options.read.limits = limits;
    options
}
