//! `fosx explain`: the catalogue entry of a diagnostic code.

use super::Outcome;
use super::output::{eprint, print};
use fosx::{Code, explain};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The code: FOS-S04, S04 or s04. Without it, every code is listed.
    #[arg(value_name = "CODE")]
    code: Option<String>,
}

pub fn run(args: Args) -> Outcome {
    let Some(text) = args.code else {
        print(&list());
        return Outcome::Valid;
    };
    match Code::parse(&text) {
        Some(code) => {
            print(&explain::render(explain::entry(code)));
            Outcome::Valid
        }
        None => {
            let names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
            let bare = text.trim();
            let bare = bare
                .get(..4)
                .filter(|p| p.eq_ignore_ascii_case("FOS-"))
                .map_or(bare, |_| &bare[4..]);
            let hint = fosx::suggest::nearest(bare, names.iter().copied())
                .map(|c| format!("did you mean FOS-{c}? "))
                .unwrap_or_default();
            eprint(&format!(
                "error: `{text}` is not a fosx diagnostic code\n  \
                 help: {hint}codes look like FOS-S04 (or S04); `fosx explain` lists them all\n"
            ));
            Outcome::Trouble
        }
    }
}

/// Every code with its severity and summary.
fn list() -> String {
    let mut out = String::new();
    for &code in Code::ALL {
        out.push_str(&format!(
            "{:<8} {:<8} {}\n",
            code.full(),
            code.severity().to_string(),
            code.summary()
        ));
    }
    out.push_str(
        "\nfosx explain CODE shows what a code means, with a failing and a passing example.\n",
    );
    out
}
