//! `fosx explain`: the catalogue entry of a diagnostic code.

use super::Outcome;
use super::output::{eprint, error_line, help_line, print};
use fosx::Code;
use fosx::diag::explain;
use fosx::i18n::{Lang, msg};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The code: FOS-S04, S04 or s04. Without it, every code is listed.
    #[arg(value_name = "CODE")]
    code: Option<String>,
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    let Some(text) = args.code else {
        print(&list(lang));
        return Outcome::Valid;
    };
    match Code::parse(&text) {
        Some(code) => {
            print(&explain::render_in(explain::entry_in(code, lang), lang));
            Outcome::Valid
        }
        None => {
            let names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
            let bare = text.trim();
            let bare = bare
                .get(..4)
                .filter(|p| p.eq_ignore_ascii_case("FOS-"))
                .map_or(bare, |_| &bare[4..]);
            let help = match fosx::value::suggest::nearest(bare, names.iter().copied()) {
                Some(c) => {
                    msg::explain_did_you_mean(format!("FOS-{c}"), msg::explain_codes_look_like())
                }
                None => msg::explain_codes_look_like(),
            };
            eprint(&format!(
                "{}{}",
                error_line(msg::explain_unknown_code(text.as_str()), lang),
                help_line(help, lang)
            ));
            Outcome::Trouble
        }
    }
}

/// Every code with its severity and summary, the severities in a column as
/// wide as the longest (at least 8).
fn list(lang: Lang) -> String {
    let names: Vec<String> = Code::ALL
        .iter()
        .map(|c| c.severity().name().render(lang))
        .collect();
    let width = names.iter().map(|n| n.width()).max().unwrap_or(0).max(8);
    let mut out = String::new();
    for (&code, severity) in Code::ALL.iter().zip(&names) {
        let pad = " ".repeat(width - severity.width());
        out.push_str(&format!(
            "{:<8} {severity}{pad} {}\n",
            code.full(),
            explain::entry_in(code, lang).title
        ));
    }
    out.push_str(&format!("\n{}\n", msg::explain_list_footer().render(lang)));
    out
}
