//! Human rendering: each [`Diagnostic`] of a file as a `miette::Diagnostic`
//! with its source snippet, code, labels and help. The library only defines
//! the diagnostics; the binary chooses the handler (graphical, colour or not).

use crate::diag::{Diagnostic, Severity};
use crate::i18n::{Lang, Msg, msg};
use crate::report::printable::printable_name;
use crate::source::{Representation, SourceFile};
use crate::tree::field_name;
use miette::{LabeledSpan, MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use std::fmt;

/// The source text of a file for miette, with columns counted in characters
/// (as in the JSON report) rather than bytes.
#[derive(Debug)]
pub struct Source<'a> {
    file: &'a SourceFile,
}

impl SourceCode for Source<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let text: &'b str = self.file.text.as_str();
        if span.offset() + span.len() > text.len() {
            return Err(MietteError::OutOfBounds);
        }
        // miette scans its input from the start to find the lines of a
        // span: hand it only the lines it shows (the span's and the context
        // lines), so that rendering many diagnostics of a big file is not
        // quadratic. Lines and offsets are then made absolute again.
        let first = self.file.line_index(span.offset()).saturating_sub(before);
        let last = self
            .file
            .line_index(span.offset() + span.len().saturating_sub(1))
            .saturating_add(after)
            .saturating_add(1);
        let from = self.file.line_start(first);
        let window = &text[from..self.file.line_start(last).max(from)];
        let local = SourceSpan::new((span.offset() - from).into(), span.len());
        let inner = window.read_span(&local, before, after)?;
        let start = from + inner.span().offset();
        let (_, column) = self.file.line_col(start);
        Ok(Box::new(MietteSpanContents::new_named(
            printable_name(&self.file.name).into_owned(),
            inner.data(),
            SourceSpan::new(start.into(), inner.span().len()),
            first + inner.line(),
            column - 1,
            // miette counts the line ends from the start of its input.
            first + inner.line_count(),
        )))
    }
}

/// One diagnostic of a file, ready for a miette handler, in a language.
#[derive(Debug)]
pub struct Human<'a> {
    diag: &'a Diagnostic,
    source: Source<'a>,
    /// The message, help and related labels in the chosen language.
    message: String,
    help: Option<String>,
    related: Vec<String>,
    label: String,
    span: Option<SourceSpan>,
    /// Where, in words, when no snippet is shown.
    place: Option<String>,
    hint: Option<String>,
}

/// Lines longer than this (in bytes) are not shown as a snippet.
const MAX_SNIPPET_LINE: usize = 2000;

impl<'a> Human<'a> {
    /// Wraps a diagnostic of `file`, in English.
    pub fn new(file: &'a SourceFile, diag: &'a Diagnostic) -> Self {
        Human::new_in(file, diag, Lang::En)
    }

    /// Wraps a diagnostic of `file`, with its message, help, labels and
    /// place in `lang` (see [`crate::i18n`]).
    pub fn new_in(file: &'a SourceFile, diag: &'a Diagnostic, lang: Lang) -> Self {
        let field = diag
            .path
            .as_deref()
            .map(field_name)
            .filter(|f| !f.is_empty());
        let mut label = diag
            .path
            .clone()
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| msg::report_here().render(lang));
        let mut span = None;
        let mut place = None;
        if let Some(p) = &diag.places {
            // The file's text was not kept: say where instead of a snippet.
            place = Some(match file.cell_name(&p.at) {
                Some(cell) => format!(" ({cell})"),
                None => format!(
                    " {}",
                    msg::report_line_column(p.at.line, p.at.column).render(lang)
                ),
            });
        } else if let Some(s) = diag.span {
            let (s, loc) = file.locate(s, field.as_deref());
            if let Some(sheet) = &file.sheet {
                // A workbook: the cell as the spreadsheet names it.
                let column = loc
                    .cell
                    .and_then(|c| file.csv.as_ref().and_then(|i| i.header.get(c).cloned()))
                    .or(field.clone());
                let cell = sheet.cell_name(loc.record.unwrap_or(0), loc.column.saturating_sub(1));
                label = match column {
                    Some(c) => format!("{cell} ({c})"),
                    None => cell,
                };
            } else if file.representation == Some(Representation::Csv)
                && let Some(record) = loc.record
            {
                let column = loc
                    .cell
                    .and_then(|c| file.csv.as_ref().and_then(|i| i.header.get(c).cloned()))
                    .or(field)
                    .unwrap_or_default();
                label = msg::report_record_column(record, column).render(lang);
            }
            let line = file.line_index(s.start);
            let (line_start, line_end) = (file.line_start(line), file.line_start(line + 1));
            if line_end - line_start > MAX_SNIPPET_LINE {
                // A snippet of a huge line helps nobody: say where instead.
                place = Some(format!(
                    " {}",
                    msg::report_line_column(loc.line, loc.column).render(lang)
                ));
            } else {
                span = Some(SourceSpan::new(s.start.into(), s.len()));
            }
        }
        Human {
            diag,
            source: Source { file },
            message: diag.message.render(lang),
            help: diag.help.as_ref().map(|h| h.render(lang)),
            related: diag
                .related
                .iter()
                .map(|r| r.message.render(lang))
                .collect(),
            label,
            span,
            place,
            hint: None,
        }
    }

    /// Adds a last line to the help (e.g. where to read more).
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Human<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        f.write_str(self.place.as_deref().unwrap_or_default())
    }
}

impl std::error::Error for Human<'_> {}

impl miette::Diagnostic for Human<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.diag.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diag.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        match (&self.help, &self.hint) {
            (Some(h), Some(x)) => Some(Box::new(format!("{h}\n{x}"))),
            (Some(h), None) => Some(Box::new(h)),
            (None, Some(x)) => Some(Box::new(x)),
            (None, None) => None,
        }
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.span.map(|_| &self.source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.span?;
        let primary = LabeledSpan::new_primary_with_span(Some(self.label.clone()), span);
        let related = self
            .diag
            .related
            .iter()
            .zip(&self.related)
            .map(|(r, text)| {
                LabeledSpan::new_with_span(
                    Some(text.clone()),
                    SourceSpan::new(r.span.start.into(), r.span.len()),
                )
            });
        Some(Box::new(std::iter::once(primary).chain(related)))
    }
}

/// A plain-text report of one file, without colour or drawing characters,
/// for files a person opens later (batch `*.report.txt`).
///
/// ```text
/// inbox/ke.json:50:17: error FOS-S04: `in progress` is not a status
///   at /entries/1/status (document 0, KE-PR-2025)
///   help: did you mean `in-progress`?
/// ```
pub fn plain_text(checked: &crate::check::Checked, strict: bool) -> String {
    plain_text_in(checked, strict, Lang::En)
}

/// What the human reports add to a diagnostic that `fosx fix` repairs.
pub fn fix_hint() -> Msg {
    msg::report_fix_hint()
}

/// [`plain_text`] in a language: messages, helps, places and verdict
/// translated; codes, lines, columns and paths as they are; the file name
/// with its control characters shown ([`printable_name`]).
///
/// ```text
/// inbox/ke.json:50:17: erreur FOS-S04 : `in progress` n'est pas un statut
///   emplacement : /entries/1/status, document 0, KE-PR-2025
///   aide : vouliez-vous dire `in-progress` ?
/// ```
pub fn plain_text_in(checked: &crate::check::Checked, strict: bool, lang: Lang) -> String {
    use std::fmt::Write;
    let report = crate::report::FileReport::new_in(checked, strict, lang);
    let file = printable_name(&report.file);
    let help_label = msg::report_help_label().render(lang);
    let mut out = String::new();
    for d in &report.diagnostics {
        let _ = write!(out, "{file}");
        if let (Some(line), Some(column)) = (d.line, d.column) {
            let _ = write!(out, ":{line}:{column}");
        }
        let head = msg::report_diagnostic(d.severity.name(), &d.code, &d.message);
        let _ = writeln!(out, ": {}", head.render(lang));
        let mut place = Vec::new();
        if let Some(row) = d.row {
            // A CSV place as a spreadsheet shows it.
            let sheet = crate::source::sheet::SheetPlace {
                row,
                column: None,
                column_letter: d.column_letter.clone(),
                column_name: d.column_letter.as_ref().and(d.field.clone()),
            };
            place.push(sheet.message().render(lang));
        } else {
            if let Some(record) = d.record {
                place.push(msg::report_record(record).render(lang));
            }
            if let Some(field) = &d.field {
                place.push(msg::report_column(field).render(lang));
            }
        }
        if let Some(path) = d.path.as_deref().filter(|p| !p.is_empty()) {
            place.push(path.to_string());
        }
        if let Some(i) = d.document_index {
            place.push(match &d.document_id {
                Some(id) => msg::report_document_id(i, id).render(lang),
                None => msg::report_document(i).render(lang),
            });
        }
        if !place.is_empty() {
            let at = msg::report_at(place.join(", "));
            let _ = writeln!(out, "  {}", at.render(lang));
        }
        for r in &d.related {
            let related = msg::report_related(r.line, r.column, &r.message);
            let _ = writeln!(out, "  {}", related.render(lang));
        }
        if let Some(help) = &d.help {
            let _ = writeln!(out, "  {help_label} {help}");
        }
        if d.fix.as_ref().is_some_and(|f| f.certain) {
            let _ = writeln!(out, "  {}", fix_hint().render(lang));
        }
    }
    let (errors, warnings) = checked.counts();
    let counts = msg::report_counts(errors, warnings);
    let verdict = if report.valid {
        msg::report_file_valid(file.as_ref(), counts)
    } else {
        msg::report_file_invalid(file.as_ref(), counts)
    };
    let _ = writeln!(out, "{}", verdict.render(lang));
    out
}
