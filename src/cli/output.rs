//! Writing to the terminal: colour choice, rendering diagnostics, and
//! writing to stdout without treating a closed pipe as a crash.

use fosx::Checked;
use fosx::i18n::{Lang, Msg, msg};
use fosx::report::human::Human;
use fosx::report::printable::printable_text;
use miette::{GraphicalReportHandler, GraphicalTheme};
use std::io::{IsTerminal, Write};
use std::sync::OnceLock;
use unicode_width::UnicodeWidthStr;

/// The language of this run, once the command line has chosen it.
static LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the language of this run (`--lang`, else the environment's).
pub fn set_lang(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The language of this run: what [`set_lang`] set, else the
/// environment's (before the command line is read).
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_else(Lang::from_env)
}

/// Whether stderr gets colour: a terminal, and `NO_COLOR` unset or empty.
pub fn colour_on_stderr() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The width of reports for people: `COLUMNS` when set, else the width of
/// the terminal on stderr, else 100.
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .filter(|&w: &usize| w > 0)
        .or_else(|| terminal_size::terminal_size_of(std::io::stderr()).map(|(w, _)| w.0.into()))
        .unwrap_or(100)
}

fn handler(colour: bool) -> GraphicalReportHandler {
    let theme = if colour {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(width())
        .with_links(false)
}

/// Renders every diagnostic of a file for people, in `lang`, coloured when
/// stderr gets colour.
pub fn render_human(checked: &Checked, lang: Lang) -> String {
    if checked.diagnostics.iter().any(|d| d.limit.is_some()) {
        let mut named = checked.clone();
        name_limits(&mut named);
        return render_human_for(&named, lang, colour_on_stderr());
    }
    render_human_for(checked, lang, colour_on_stderr())
}

/// Names each limit a diagnostic met as the command's option that raises
/// it (`--max-depth`), where the library names the field of `Limits`.
pub fn name_limits(checked: &mut Checked) {
    for d in &mut checked.diagnostics {
        d.name_limit(&|limit| limit.option().into());
    }
}

/// Renders every diagnostic of a file for people, in `lang`: a CSV file's
/// as a spreadsheet shows its places ([`fosx::report::sheet`]), the others
/// with their source snippets.
pub fn render_human_for(checked: &Checked, lang: Lang, colour: bool) -> String {
    let handler = handler(colour);
    // A workbook is shown as its CSV form is: by rows and columns.
    let sheet = matches!(
        checked.source.representation,
        Some(fosx::Representation::Csv | fosx::Representation::Xlsx)
    );
    let mut out = String::new();
    for d in &checked.diagnostics {
        let mut hint = msg::cli_see_explain(d.code.full()).render(lang);
        if d.fix.as_ref().is_some_and(|f| f.certain) {
            let fix = fosx::report::human::fix_hint().render(lang);
            hint = format!("{fix}\n{hint}");
        }
        if sheet {
            let style = fosx::report::sheet::Style {
                width: width(),
                colour,
                hint: Some(&hint),
            };
            out.push_str(&fosx::report::sheet::render(
                &checked.source,
                d,
                lang,
                style,
            ));
            out.push('\n');
            continue;
        }
        let human = Human::new_in(&checked.source, d, lang).with_hint(hint);
        let mut one = String::new();
        if handler.render_report(&mut one, &human).is_err() {
            let code = msg::report_code_label(d.code.full()).render(lang);
            one = format!("{code} {}\n", d.message.render(lang));
        }
        out.push_str(&localise_help(&one, lang));
        out.push('\n');
    }
    out
}

/// miette writes its own label, `help: `, before the help: it becomes the
/// catalogue's (`aide : `, `ayuda: `), and the help's next lines, which
/// miette indents under the help, are indented as much more as the label
/// is longer (or less, as it is shorter).
fn localise_help(report: &str, lang: Lang) -> String {
    const MIETTE: &str = "help:";
    let label = msg::report_help_label().render(lang);
    if label == MIETTE {
        return report.to_string();
    }
    let shift = label.width() as isize - MIETTE.width() as isize;
    let mut out = String::with_capacity(report.len() + 64);
    let mut in_help = false;
    for line in report.split_inclusive('\n') {
        if !in_help && without_escapes(line).starts_with("  help: ") {
            out.push_str(&line.replacen(MIETTE, &label, 1));
            in_help = true;
            continue;
        }
        if in_help && line.starts_with("        ") {
            match shift {
                n if n >= 0 => {
                    out.extend(std::iter::repeat_n(' ', n.unsigned_abs()));
                    out.push_str(line);
                }
                n => out.push_str(&line[n.unsigned_abs().min(8)..]),
            }
            continue;
        }
        out.push_str(line);
    }
    out
}

/// A line without its terminal escape sequences (colours).
fn without_escapes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // ESC [ parameters, up to a final letter.
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// `error: MESSAGE` and a line feed, in `lang`.
pub fn error_line(message: Msg, lang: Lang) -> String {
    format!("{}\n", msg::cli_error(message).render(lang))
}

/// `  help: TEXT` and a line feed, in `lang`.
pub fn help_line(text: Msg, lang: Lang) -> String {
    let label = msg::report_help_label().render(lang);
    format!("  {label} {}\n", text.render(lang))
}

/// Writes to stderr, ignoring failures (nothing sensible is left to do).
///
/// The text quotes files (snippets, column names, file names), which may
/// hold terminal control sequences: every control character but LF and TAB
/// is shown as its picture (ESC as `␛`), except the colour sequences the
/// renderer itself wrote when stderr gets colour.
pub fn eprint(text: &str) {
    let text = printable(text, colour_on_stderr());
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// `text` with every control character but LF and TAB shown as its picture
/// ([`printable_text`]). With `keep_colours`, a Select Graphic Rendition
/// sequence (`ESC [ digits and ; m`) is kept as it is.
fn printable(text: &str, keep_colours: bool) -> std::borrow::Cow<'_, str> {
    if !keep_colours || !text.contains('\u{1b}') {
        return printable_text(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(i) = rest.find('\u{1b}') {
        out.push_str(&printable_text(&rest[..i]));
        let after = &rest[i + 1..];
        let params = after.strip_prefix('[').map(|p| {
            p.bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b';')
                .count()
        });
        match params {
            Some(n) if after.as_bytes().get(1 + n) == Some(&b'm') => {
                out.push_str(&rest[i..i + 1 + 1 + n + 1]);
                rest = &after[1 + n + 1..];
            }
            _ => {
                // ESC's picture.
                out.push('\u{241b}');
                rest = after;
            }
        }
    }
    out.push_str(&printable_text(rest));
    out.into()
}

/// Writes to stdout. `false` when stdout is closed (e.g. `| head`): the
/// caller stops writing, which is not an error. Any other failure (a full
/// disk, `/dev/full`) is: it is reported with the system's reason and the
/// process exits 2, since the output is lost.
pub fn print(text: &str) -> bool {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => false,
        Err(e) => {
            eprint(&error_line(
                msg::cli_cannot_write_stdout(e.to_string()),
                lang(),
            ));
            std::process::exit(2)
        }
    }
}

/// Writes the bytes of a representation to stdout: text as [`print`] does;
/// a binary representation (XLSX) only when stdout is not a terminal (it
/// would fill the screen with noise): `false` and an error line then.
/// Refuses an output named for a workbook fosx does not write (`.ods`,
/// `.xls`): its bytes would be an XLSX workbook under another format's name.
/// The message names the file to write instead.
pub fn output_name_ok(path: &std::path::Path, lang: Lang) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some(ext @ ("ods" | "xls")) => {
            let instead = path.with_extension("xlsx").display().to_string();
            let why = msg::cli_workbook_written_as_xlsx(
                ext.to_string(),
                instead,
                path.display().to_string(),
            );
            eprint(&error_line(why, lang));
            false
        }
        _ => true,
    }
}

pub fn print_output(bytes: &[u8], to: fosx::Representation, lang: Lang) -> bool {
    let mut out = std::io::stdout().lock();
    if to == fosx::Representation::Xlsx && out.is_terminal() {
        eprint(&error_line(msg::cli_xlsx_not_to_terminal(), lang));
        return false;
    }
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => true,
        Err(e) => {
            eprint(&error_line(
                msg::cli_cannot_write_stdout(e.to_string()),
                lang,
            ));
            std::process::exit(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn control_characters_become_pictures() {
        let text = "a\u{1b}]0;title\u{7}b\u{1b}[2Jc\r\n\td\u{7f}\u{85}";
        assert_eq!(printable(text, false), "a␛]0;title␇b␛[2Jc␍\n\td␡\u{fffd}");
        assert_eq!(printable("plain\n", false), "plain\n");
    }

    #[test]
    fn colours_are_kept_only_when_asked() {
        let text = "\u{1b}[1;31merror\u{1b}[0m \u{1b}[2J";
        assert_eq!(printable(text, true), "\u{1b}[1;31merror\u{1b}[0m ␛[2J");
        assert_eq!(printable(text, false), "␛[1;31merror␛[0m ␛[2J");
    }
}
