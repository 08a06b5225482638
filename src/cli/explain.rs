//! `fosx explain`: the catalogue entry of a diagnostic code.

use super::Outcome;
use super::output::{eprint, error_line, help_line, print};
use fosx::Code;
use fosx::diag::explain;
use fosx::i18n::{Lang, tr};

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
            let hint = fosx::value::suggest::nearest(bare, names.iter().copied())
                .map(|c| format!("{} ", tr(&format!("did you mean FOS-{c}?"), lang)))
                .unwrap_or_default();
            let help = tr(
                "codes look like FOS-S04 (or S04); `fosx explain` lists them all",
                lang,
            );
            eprint(&format!(
                "{}{}",
                error_line(&format!("`{text}` is not a fosx diagnostic code"), lang),
                help_line(&format!("{hint}{help}"), lang)
            ));
            Outcome::Trouble
        }
    }
}

/// Every code with its severity and summary.
fn list(lang: Lang) -> String {
    let mut out = String::new();
    for &code in Code::ALL {
        let severity = tr(&code.severity().to_string(), lang).into_owned();
        let width = if lang == Lang::En { 8 } else { 13 };
        out.push_str(&format!(
            "{:<8} {severity:<width$} {}\n",
            code.full(),
            explain::entry_in(code, lang).title
        ));
    }
    out.push_str(&format!(
        "\n{}\n",
        tr(
            "fosx explain CODE shows what a code means, with a failing and a passing example.",
            lang
        )
    ));
    out
}
