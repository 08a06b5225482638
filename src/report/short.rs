//! The short report: one line per diagnostic, for editors, `grep` and
//! scripts (`fosx validate --format short`).
//!
//! ```text
//! pr15.csv:10:390: error FOS-S04: row 10, column AA (entries.status): `In Progress` is not a status [did you mean `in-progress`?]
//! ke.json:50:17: error FOS-S04: `in progress` is not a status [did you mean `in-progress`?]
//! ```

use crate::check::Checked;
use crate::i18n::{Arg, Lang, msg};
use crate::report::printable::printable_name;
use crate::report::{DiagnosticReport, FileReport};
use crate::source::sheet::SheetPlace;

/// The short report of one file: `file:line:column: severity CODE: message
/// [help]` for each diagnostic (without `:line:column` when it has no
/// place); for a CSV file the message starts with the row and column.
pub fn short_text(checked: &Checked, strict: bool, lang: Lang) -> String {
    let report = FileReport::new_in(checked, strict, lang);
    let mut out = String::new();
    for d in &report.diagnostics {
        out.push_str(&short_line(&report.file, d, lang));
        out.push('\n');
    }
    out
}

/// One diagnostic of a file's report on one line: the file name, message
/// and help on it have every control character shown as its picture
/// ([`printable_name`]), so that the line stays one line and sends nothing
/// to a terminal.
pub fn short_line(file: &str, d: &DiagnosticReport, lang: Lang) -> String {
    let mut line = file.to_string();
    if let (Some(l), Some(c)) = (d.line, d.column) {
        line.push_str(&format!(":{l}:{c}"));
    }
    let mut message = Arg::from(one_line(&d.message));
    if let Some(row) = d.row {
        let place = SheetPlace {
            row,
            column: None,
            column_letter: d.column_letter.clone(),
            column_name: d.column_letter.as_ref().and(d.field.clone()),
        };
        message = Arg::from(msg::report_place_message(place.message(), message));
    }
    let head = msg::report_diagnostic(d.severity.name(), &d.code, message);
    line.push_str(&format!(": {}", head.render(lang)));
    if let Some(help) = &d.help {
        line.push_str(&format!(" [{}]", one_line(help)));
    }
    printable_name(&line).into_owned()
}

/// A text on one line: line ends become spaces.
fn one_line(text: &str) -> String {
    text.split(['\n', '\r'])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
