//! The errors of reading the command line (an unknown option, a value not
//! among the possible ones, a missing argument), in the language of the
//! run. In English they are clap's own lines, as they always were; in
//! another language the same lines come from the catalogue (`cli-args-...`),
//! built from what clap found (the kind of error and its context), never
//! from clap's English text.

use super::output;
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use fosx::i18n::{Lang, Msg, msg};
use std::fmt::Write;

/// Prints a command-line error (or the help or version clap was asked
/// for) in the language of the run.
pub fn print(e: clap::Error) {
    let lang = output::lang();
    let shown = matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    let _ = match lang {
        Lang::En => e.print(),
        _ if shown => e.print(),
        _ => e.apply::<InLanguage>().print(),
    };
}

/// clap's errors as messages of the catalogue, in [`output::lang`].
struct InLanguage;

impl ErrorFormatter for InLanguage {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let lang = output::lang();
        let mut out = StyledStr::new();
        let _ = write!(out, "{}", msg::cli_error(what(error)).render(lang));
        for (kind, which) in [
            (ContextKind::SuggestedSubcommand, Similar::Command),
            (ContextKind::SuggestedArg, Similar::Argument),
            (ContextKind::SuggestedValue, Similar::Value),
        ] {
            if let Some(possible) = error.get(kind).and_then(strings) {
                let possible = quoted(&possible);
                let tip = match which {
                    Similar::Command => msg::cli_args_similar_command(possible),
                    Similar::Argument => msg::cli_args_similar_argument(possible),
                    Similar::Value => msg::cli_args_similar_value(possible),
                };
                let _ = write!(out, "\n\n  {}", tip.render(lang));
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            // clap's usage is `Usage: ` (its heading) then the syntax.
            let usage = usage.to_string();
            let syntax = usage.strip_prefix("Usage: ").unwrap_or(&usage);
            let _ = write!(out, "\n\n{}", msg::cli_args_usage(syntax).render(lang));
        }
        let _ = writeln!(out, "\n\n{}", msg::cli_args_more("--help").render(lang));
        out
    }
}

enum Similar {
    Command,
    Argument,
    Value,
}

/// What went wrong, from the kind of error and what clap found.
fn what(error: &clap::error::Error<InLanguage>) -> Msg {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    match (error.kind(), arg, value) {
        (ErrorKind::UnknownArgument, Some(arg), _) => msg::cli_args_unknown_argument(arg),
        (ErrorKind::InvalidValue, Some(arg), Some(value)) if value.is_empty() => {
            msg::cli_args_value_required(arg)
        }
        (ErrorKind::InvalidValue, Some(arg), Some(value)) => {
            match error.get(ContextKind::ValidValue).and_then(strings) {
                Some(values) if !values.is_empty() => {
                    msg::cli_args_invalid_value_among(value, arg, quoted(&values))
                }
                _ => msg::cli_args_invalid_value(value, arg),
            }
        }
        (ErrorKind::ValueValidation, Some(arg), Some(value)) => {
            match std::error::Error::source(error) {
                Some(why) => msg::cli_args_invalid_value_why(value, arg, why.to_string()),
                None => msg::cli_args_invalid_value(value, arg),
            }
        }
        (ErrorKind::TooManyValues, Some(arg), Some(value)) => msg::cli_args_too_many(value, arg),
        (ErrorKind::ArgumentConflict, Some(arg), _) => {
            let prior = error.get(ContextKind::PriorArg).and_then(strings);
            match prior {
                Some(p) if p == [arg.clone()] => msg::cli_args_used_twice(arg),
                Some(p) => msg::cli_args_conflict(arg, quoted(&p)),
                None => msg::cli_args_invalid(),
            }
        }
        (ErrorKind::MissingRequiredArgument, _, _) => {
            match error.get(ContextKind::InvalidArg).and_then(strings) {
                Some(missing) => msg::cli_args_missing(quoted(&missing)),
                None => msg::cli_args_invalid(),
            }
        }
        (ErrorKind::InvalidSubcommand, _, _) => match text(ContextKind::InvalidSubcommand) {
            Some(command) => msg::cli_args_unknown_command(command),
            None => msg::cli_args_invalid(),
        },
        (ErrorKind::MissingSubcommand, _, _) => match text(ContextKind::InvalidSubcommand) {
            Some(command) => msg::cli_args_missing_command(command),
            None => msg::cli_args_invalid(),
        },
        _ => msg::cli_args_invalid(),
    }
}

/// One or more names clap gives (`String` or `Strings`).
fn strings(value: &ContextValue) -> Option<Vec<String>> {
    match value {
        ContextValue::String(s) => Some(vec![s.clone()]),
        ContextValue::Strings(s) => Some(s.clone()),
        _ => None,
    }
}

/// `` `a`, `b`, `c` ``: names, as code.
fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
