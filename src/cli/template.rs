//! `fosx template`: a ready-to-fill file, or a complete example.

use super::output::{eprint, error_line, print_output};
use super::{Outcome, Repr};
use clap::ValueEnum;
use fosx::i18n::{Lang, msg};
use fosx::model::DocType;

/// A document type named on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocTypeArg {
    /// Notification of intention to implement.
    Notification,
    /// Indicative implementation timetable.
    Timetable,
    /// Periodic progress report.
    ProgressReport,
}

impl From<DocTypeArg> for DocType {
    fn from(t: DocTypeArg) -> Self {
        match t {
            DocTypeArg::Notification => DocType::Notification,
            DocTypeArg::Timetable => DocType::Timetable,
            DocTypeArg::ProgressReport => DocType::ProgressReport,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The document type.
    #[arg(value_enum, value_name = "TYPE")]
    doc_type: DocTypeArg,

    /// The representation to write.
    #[arg(long, value_enum, default_value = "json")]
    to: Repr,

    /// Write a complete, valid example (the specification's) instead of a
    /// file to fill.
    #[arg(long)]
    example: bool,

    /// Where to write (standard output when not given; an XLSX workbook is
    /// never written to a terminal). Written atomically, as `convert -o`.
    #[arg(short, long, value_name = "OUTPUT")]
    output: Option<std::path::PathBuf>,
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    let doc_type = args.doc_type.into();
    let to = args.to.into();
    let written = if args.example {
        fosx::write::template::example_bytes(doc_type, to, lang)
    } else {
        fosx::write::template::template_bytes(doc_type, to, lang)
    };
    let bytes = match written {
        Ok(bytes) => bytes,
        Err(e) => {
            let why = if args.example {
                msg::cli_cannot_write_example(e.message())
            } else {
                msg::cli_cannot_write_template(e.message())
            };
            eprint(&error_line(why, lang));
            return Outcome::Trouble;
        }
    };
    match &args.output {
        None => {
            if !print_output(&bytes, to, lang) {
                return Outcome::Trouble;
            }
        }
        Some(path) => {
            if let Err(e) = fosx::fsio::write_file(path, &bytes) {
                let why = msg::cli_cannot_write(path.display().to_string(), e.to_string());
                eprint(&error_line(why, lang));
                return Outcome::Trouble;
            }
        }
    }
    Outcome::Valid
}
