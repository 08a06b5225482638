//! `fosx schema`: the published schemas, as in `schemas/`.

use super::Outcome;
use super::output::{eprint, error_line, help_line, print};
use super::template::DocTypeArg;
use clap::ValueEnum;
use fosx::i18n::{Lang, msg};

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
                error_line(msg::cli_schema_needs_type(), lang),
                help_line(msg::cli_schema_needs_type_help(), lang)
            ));
            return Outcome::Trouble;
        }
        (kind, Some(_)) => {
            let name = kind.to_possible_value().map(|v| v.get_name().to_string());
            let why = msg::cli_schema_takes_no_type(name.unwrap_or_default());
            eprint(&format!(
                "{}{}",
                error_line(why, lang),
                help_line(msg::cli_schema_takes_no_type_help(), lang)
            ));
            return Outcome::Trouble;
        }
    };
    print(&text);
    Outcome::Valid
}
