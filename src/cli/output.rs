//! Writing to the terminal: colour choice, rendering diagnostics, and
//! writing to stdout without treating a closed pipe as a crash.

use fosx::Checked;
use fosx::render::Human;
use miette::{GraphicalReportHandler, GraphicalTheme};
use std::io::{IsTerminal, Write};

/// Whether stderr gets colour: a terminal, and `NO_COLOR` unset or empty.
pub fn colour_on_stderr() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn handler() -> GraphicalReportHandler {
    let theme = if colour_on_stderr() {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100);
    GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false)
}

/// Renders every diagnostic of a file for people.
pub fn render_human(checked: &Checked) -> String {
    let handler = handler();
    let mut out = String::new();
    for d in &checked.diagnostics {
        let human =
            Human::new(&checked.source, d).with_hint(format!("see `fosx explain {}`", d.code));
        if handler.render_report(&mut out, &human).is_err() {
            out.push_str(&format!("{}: {}\n", d.code, d.message));
        }
        out.push('\n');
    }
    out
}

/// Writes to stderr, ignoring failures (nothing sensible is left to do).
pub fn eprint(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Writes to stdout. `false` when stdout is closed (e.g. `| head`): the
/// caller stops writing, which is not an error.
pub fn print(text: &str) -> bool {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .is_ok()
}
