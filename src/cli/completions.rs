//! `fosx completions` and `fosx man`: shell completions and the manual
//! page, generated from the command-line definitions.

use super::output::{eprint, error_line, help_line, print};
use super::{Cli, Outcome};
use clap::CommandFactory;
use fosx::i18n::{Lang, msg};

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum, value_name = "SHELL")]
    shell: clap_complete::Shell,
}

pub fn completions(args: CompletionsArgs) -> Outcome {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "fosx", &mut out);
    print(&String::from_utf8_lossy(&out));
    Outcome::Valid
}

/// Moves the `.TH` title line to the top. clap_mangen writes the string
/// definitions its text uses (`.ie`/`.el`) before it; they work anywhere
/// before their first use, and `man`, `whatis` and `mandb` look for the
/// title first.
fn th_first(page: &str) -> String {
    let lines: Vec<&str> = page.lines().collect();
    let Some(at) = lines.iter().position(|l| l.starts_with(".TH ")) else {
        return page.to_string();
    };
    let mut out = String::with_capacity(page.len() + 1);
    for line in std::iter::once(lines[at])
        .chain(lines[..at].iter().copied())
        .chain(lines[at + 1..].iter().copied())
    {
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// The page of one command (`validate` gives fosx-validate(1)); without
    /// it, the page of fosx itself.
    #[arg(value_name = "COMMAND")]
    command: Option<String>,
}

pub fn man(args: ManArgs, lang: Lang) -> Outcome {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    if let Some(name) = &args.command {
        let Some(sub) = command.find_subcommand(name).cloned() else {
            let names: Vec<&str> = command.get_subcommands().map(|c| c.get_name()).collect();
            eprint(&format!(
                "{}{}",
                error_line(msg::cli_man_no_command(name), lang),
                help_line(msg::cli_man_commands(names.join(", ")), lang)
            ));
            return Outcome::Trouble;
        };
        command = sub;
    }
    let mut out = Vec::new();
    if let Err(e) = clap_mangen::Man::new(command).render(&mut out) {
        eprint(&error_line(msg::cli_man_cannot_render(e.to_string()), lang));
        return Outcome::Trouble;
    }
    print(&th_first(&String::from_utf8_lossy(&out)));
    Outcome::Valid
}
