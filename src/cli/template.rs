//! `fosx template`: a ready-to-fill file, or a complete example.

use super::output::{eprint, error_line, print};
use super::{Outcome, Repr};
use clap::ValueEnum;
use fosx::i18n::Lang;
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
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    let doc_type = args.doc_type.into();
    let text = if args.example {
        match fosx::write::template::example(doc_type, args.to.into()) {
            Ok(text) => text,
            Err(e) => {
                eprint(&error_line(&format!("cannot write the example: {e}"), lang));
                return Outcome::Trouble;
            }
        }
    } else {
        fosx::write::template::template(doc_type, args.to.into())
    };
    print(&text);
    Outcome::Valid
}
