//! Human rendering of a CSV file's diagnostics, as a spreadsheet user reads
//! them: the place as row, column letter and column name, then the header
//! cell and the offending cell only (never whole rows), in at most
//! [`MAX_LINES`] lines none wider than the terminal.
//!
//! ```text
//! × FOS-S04: row 10, column AA (entries.status): `In Progress` is not a status
//!      ╭─[pr15.csv:10:390]
//!   AA1 │ entries.status
//!  AA10 │ In Progress
//!   help: did you mean `in-progress`?
//!         see `fosx explain FOS-S04`
//! ```

use crate::diag::{Diagnostic, Severity};
use crate::i18n::{Lang, msg};
use crate::report::printable::printable_name;
use crate::source::sheet::{SheetPlace, column_letter};
use crate::source::{Location, SourceFile};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The most lines one diagnostic takes.
pub const MAX_LINES: usize = 6;

/// The narrowest width rendered to (a narrower terminal gets lines this wide).
const MIN_WIDTH: usize = 20;

/// How to render: the width of the terminal, colour, a last help line.
#[derive(Debug, Clone, Copy)]
pub struct Style<'a> {
    /// The widest a line may be, in terminal columns.
    pub width: usize,
    /// Whether to colour the severity mark (terminal escape sequences).
    pub colour: bool,
    /// A last line of help (`see `fosx explain FOS-S04``), already in `lang`.
    pub hint: Option<&'a str>,
}

/// The place of a diagnostic of a CSV file in words and in `lang`:
/// `row 10, column AA (entries.status)`. `None` when it is in no row.
pub fn place_words(file: &SourceFile, d: &Diagnostic, lang: Lang) -> Option<String> {
    let at = d.places_in(file)?.at;
    let place = file.sheet_place(&at)?;
    Some(place.message().render(lang))
}

/// One cell shown under the message: its reference, its text, a note.
struct Cell {
    reference: String,
    text: String,
    note: Option<crate::i18n::Msg>,
}

/// Renders one diagnostic of a CSV file (see the module documentation),
/// ending with a line feed.
pub fn render(file: &SourceFile, d: &Diagnostic, lang: Lang, style: Style<'_>) -> String {
    let width = style.width.max(MIN_WIDTH);
    let places = d.places_in(file);
    let at = places.as_ref().map(|p| p.at);
    let sheet = at.and_then(|a| file.sheet_place(&a));
    let mut message = d.message.render(lang);
    if let Some(place) = &sheet {
        message = msg::report_place_message(place.message(), message).render(lang);
    }
    let mark = match d.severity {
        Severity::Error => "×",
        Severity::Warning => "⚠",
    };
    let head = format!(
        "{mark} {} ",
        msg::report_code_label(d.code.full()).render(lang)
    );
    let cells = sheet
        .as_ref()
        .map_or_else(|| (Vec::new(), None), |p| cells(file, d, p, at));
    let location = at.map(|a| format!("[{}:{}:{}]", printable_name(&file.name), a.line, a.column));
    let (mut cells, related) = cells;
    let help_label = format!("{} ", msg::report_help_label().render(lang));
    let indent = " ".repeat(2 + help_label.width());
    // The help; without one, the hint's first line takes its place. A hint
    // of several lines starts with one that must be shown (that `fosx fix`
    // can make the change): a line is kept for it.
    let (help, hint) = match d.help.as_ref() {
        Some(h) => (Some(h.render(lang)), style.hint),
        None => match style.hint.and_then(|h| h.split_once('\n')) {
            Some((first, rest)) => (Some(first.to_string()), Some(rest)),
            None => (style.hint.map(str::to_string), None),
        },
    };
    let reserved = usize::from(hint.is_some_and(|h| h.contains('\n')));
    let help_lines = help.map_or_else(Vec::new, |h| {
        wrap(&format!("  {help_label}{h}"), width, &indent)
    });
    // What the lines go to, in order of need: the message's first line, the
    // place and its cells, the help (up to two lines: it holds the exact
    // fix), the rest of the message (up to three lines in all), a related
    // cell, the hint.
    let message_lines = wrap(&format!("{head}{message}"), width, "  ");
    // The `╭─[file:line:column]` line goes first when the message would
    // not fit whole otherwise (the file is named by the verdict below).
    let need = message_lines.len().min(3) + cells.len() + help_lines.len().min(2) + reserved;
    let location = location.filter(|_| need < MAX_LINES);
    let fixed = usize::from(location.is_some()) + cells.len();
    let message_keep = message_lines
        .len()
        .min(3)
        .min(MAX_LINES.saturating_sub(fixed + help_lines.len().min(2) + reserved))
        .max(1);
    let mut left = MAX_LINES.saturating_sub(message_keep + fixed);
    let help_keep = help_lines.len().min(left.saturating_sub(reserved));
    left -= help_keep;
    if let Some(cell) = related.filter(|_| left > reserved) {
        cells.push(cell);
        left -= 1;
    }
    let gutter = cells
        .iter()
        .map(|c| c.reference.len())
        .max()
        .unwrap_or(0)
        .max(2);
    let mut lines = cut(message_lines, message_keep, width);
    if let Some(location) = location {
        lines.push(fit(&format!("{:gutter$} ╭─{location}", ""), width));
    }
    for cell in &cells {
        let mut line = format!("{:>gutter$} │ {}", cell.reference, cell.text);
        if let Some(note) = &cell.note {
            line = format!("{line}  ← {}", note.render(lang));
        }
        lines.push(fit(line.trim_end(), width));
    }
    lines.extend(cut(help_lines, help_keep, width));
    // The hint's lines (`fosx fix` can make the change; see `fosx explain`)
    // as far as there is room.
    for line in hint.into_iter().flat_map(str::lines).take(left) {
        lines.push(fit(&format!("{indent}{line}"), width));
    }
    let mut out = lines.join("\n");
    out.push('\n');
    if style.colour {
        let colour = match d.severity {
            Severity::Error => "\u{1b}[31;1m",
            Severity::Warning => "\u{1b}[33;1m",
        };
        out = out.replacen(&head, &format!("{colour}{head}\u{1b}[0m"), 1);
    }
    out
}

/// The header cell and the offending cell of a place, and a related cell
/// (R16's first row) when the file's text is at hand.
fn cells(
    file: &SourceFile,
    d: &Diagnostic,
    place: &SheetPlace,
    at: Option<Location>,
) -> (Vec<Cell>, Option<Cell>) {
    let Some(letter) = place.column_letter.as_deref() else {
        return (Vec::new(), None);
    };
    let header_row = match &file.sheet {
        Some(sheet) => sheet.header_row,
        None => file.csv.as_ref().map_or(1, |c| c.header_row.max(1)),
    };
    let mut out = vec![Cell {
        reference: format!("{letter}{header_row}"),
        text: shown(place.column_name.as_deref().unwrap_or_default()),
        note: None,
    }];
    if place.row == header_row {
        return (out, None);
    }
    let field = d
        .path
        .as_deref()
        .map(crate::tree::field_name)
        .filter(|f| !f.is_empty());
    // The whole cell (not only the item of a list that is wrong), when the
    // file's text is at hand.
    let whole = at.and_then(|a| {
        let csv = file.csv.as_ref()?;
        let k = csv.record_index(a.record?)?;
        csv.cell(&file.text, Some(k), place.column?)
    });
    let value = whole
        .or_else(|| d.span.map(|s| file.locate(s, field.as_deref()).0))
        .filter(|_| !file.text.is_empty())
        .and_then(|s| file.text.get(s.start..s.end))
        .map(cell_value);
    // A file whose text was not kept (checked row by row) shows the header
    // cell only.
    if let Some(text) = value {
        out.push(Cell {
            reference: format!("{letter}{}", place.row),
            text,
            note: None,
        });
    }
    let related = d
        .related
        .first()
        .filter(|_| !file.text.is_empty())
        .and_then(|r| {
            let (span, loc) = file.locate(r.span, None);
            let row = file.sheet_place(&loc)?.row;
            Some(Cell {
                reference: format!("{}{row}", column_letter(loc.cell?)),
                text: file.text.get(span.start..span.end).map(cell_value)?,
                note: Some(r.message.clone()),
            })
        });
    (out, related)
}

/// The most of a cell's text that is looked at (a line shows far less).
const CELL_PREFIX: usize = 4096;

/// A cell's text as written, without its quotes, on one line.
fn cell_value(raw: &str) -> String {
    let mut end = raw.len().min(CELL_PREFIX);
    while !raw.is_char_boundary(end) {
        end -= 1;
    }
    let raw = if end < raw.len() { &raw[..end] } else { raw };
    let inner = raw.strip_prefix('"').map_or_else(
        || raw.to_string(),
        |r| r.strip_suffix('"').unwrap_or(r).replace("\"\"", "\""),
    );
    shown(&inner)
}

/// Text on one line: control characters (a line end in a cell) escaped.
fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

/// `text` wrapped to `width`, later lines indented; lines break at spaces,
/// not at the hyphens of `YYYY-MM-DD` or `in-progress` (a word longer than
/// a line is still cut).
fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    let options = textwrap::Options::new(width)
        .subsequent_indent(indent)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(true);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}

/// The first `keep` lines; the last one ends with `…` when lines were left out.
fn cut(mut lines: Vec<String>, keep: usize, width: usize) -> Vec<String> {
    if lines.len() > keep {
        lines.truncate(keep);
        if let Some(last) = lines.last_mut() {
            *last = fit(&format!("{last} …"), width);
        }
    }
    lines
}

/// `text` cut to `width` terminal columns, ending with `…` when cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}
