//! `fosx schema`: the published schemas, as in `schemas/`.

use super::Outcome;
use super::output::{eprint, error_line, help_line, print};
use super::template::DocTypeArg;
use clap::ValueEnum;
use fosx::i18n::{Lang, tr};

/// A published schema language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// JSON Schema (draft 2020-12) of the JSON form: schemas/fosx.schema.json.
    JsonSchema,
    /// XML Schema 1.0 of the XML form: schemas/fosx.xsd.
    Xsd,
    /// Frictionless Table Schema of the CSV form of one document type (also
    /// the first sheet of an XLSX workbook): schemas/TYPE.table-schema.json.
    TableSchema,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The schema language.
    #[arg(long, value_enum, default_value = "json-schema")]
    to: SchemaKind,

    /// The document type, for --to table-schema (one schema per type).
    #[arg(value_enum, value_name = "TYPE")]
    doc_type: Option<DocTypeArg>,
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    let text = match (args.to, args.doc_type) {
        (SchemaKind::JsonSchema, None) => fosx::schema::json_schema_text(),
        (SchemaKind::Xsd, None) => fosx::schema::xsd_text(),
        (SchemaKind::TableSchema, Some(t)) => fosx::schema::table_schema_text(t.into()),
        (SchemaKind::TableSchema, None) => {
            eprint(&format!(
                "{}{}",
                error_line(
                    "--to table-schema needs a document type: \
                     notification, timetable or progress-report",
                    lang
                ),
                help_line(
                    &tr(
                        "a CSV file holds one type of document, so each type has its own Table Schema",
                        lang
                    ),
                    lang
                )
            ));
            return Outcome::Trouble;
        }
        (kind, Some(_)) => {
            let name = kind.to_possible_value().map(|v| v.get_name().to_string());
            let why = format!(
                "--to {} describes every document type at once; it takes no TYPE",
                name.unwrap_or_default()
            );
            eprint(&format!(
                "{}{}",
                error_line(&why, lang),
                help_line(
                    &tr("leave out the type, or use --to table-schema TYPE", lang),
                    lang
                )
            ));
            return Outcome::Trouble;
        }
    };
    print(&text);
    Outcome::Valid
}
