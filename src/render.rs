//! Human rendering: each [`Diagnostic`] of a file as a `miette::Diagnostic`
//! with its source snippet, code, labels and help. The library only defines
//! the diagnostics; the binary chooses the handler (graphical, colour or not).

use crate::diag::{Diagnostic, Severity};
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
        let inner = text.read_span(span, before, after)?;
        let start = inner.span().offset();
        let (_, column) = self.file.line_col(start);
        Ok(Box::new(MietteSpanContents::new_named(
            self.file.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column - 1,
            inner.line_count(),
        )))
    }
}

/// One diagnostic of a file, ready for a miette handler.
#[derive(Debug)]
pub struct Human<'a> {
    diag: &'a Diagnostic,
    source: Source<'a>,
    label: String,
    span: Option<SourceSpan>,
    /// Where, in words, when no snippet is shown.
    place: Option<String>,
    hint: Option<String>,
}

/// Lines longer than this (in bytes) are not shown as a snippet.
const MAX_SNIPPET_LINE: usize = 2000;

impl<'a> Human<'a> {
    /// Wraps a diagnostic of `file`.
    pub fn new(file: &'a SourceFile, diag: &'a Diagnostic) -> Self {
        let field = diag
            .path
            .as_deref()
            .map(field_name)
            .filter(|f| !f.is_empty());
        let mut label = diag
            .path
            .clone()
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| "here".into());
        let mut span = None;
        let mut place = None;
        if let Some(s) = diag.span {
            let (s, loc) = file.locate(s, field.as_deref());
            if file.representation == Some(Representation::Csv)
                && let Some(record) = loc.record
            {
                let column = loc
                    .cell
                    .and_then(|c| file.csv.as_ref().and_then(|i| i.header.get(c).cloned()))
                    .or(field)
                    .unwrap_or_default();
                label = format!("record {record}, column `{column}`");
            }
            let text = file.text.as_str();
            let line_start = text[..s.start.min(text.len())]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            let line_end = text[s.start.min(text.len())..]
                .find('\n')
                .map_or(text.len(), |i| s.start + i);
            if line_end - line_start > MAX_SNIPPET_LINE {
                // A snippet of a huge line helps nobody: say where instead.
                place = Some(format!(" (line {}, column {})", loc.line, loc.column));
            } else {
                span = Some(SourceSpan::new(s.start.into(), s.len()));
            }
        }
        Human {
            diag,
            source: Source { file },
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
        f.write_str(&self.diag.message)?;
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
        match (&self.diag.help, &self.hint) {
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
        let related = self.diag.related.iter().map(|r| {
            LabeledSpan::new_with_span(
                Some(r.message.clone()),
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
pub fn plain_text(checked: &crate::Checked, strict: bool) -> String {
    use std::fmt::Write;
    let report = crate::report::FileReport::new(checked, strict);
    let mut out = String::new();
    for d in &report.diagnostics {
        let _ = write!(out, "{}", report.file);
        if let (Some(line), Some(column)) = (d.line, d.column) {
            let _ = write!(out, ":{line}:{column}");
        }
        let _ = writeln!(out, ": {} {}: {}", d.severity, d.code, d.message);
        let mut place = Vec::new();
        if let Some(record) = d.record {
            place.push(format!("record {record}"));
        }
        if let Some(field) = &d.field {
            place.push(format!("column `{field}`"));
        }
        if let Some(path) = d.path.as_deref().filter(|p| !p.is_empty()) {
            place.push(path.to_string());
        }
        if let Some(i) = d.document_index {
            place.push(match &d.document_id {
                Some(id) => format!("document {i}, {id}"),
                None => format!("document {i}"),
            });
        }
        if !place.is_empty() {
            let _ = writeln!(out, "  at {}", place.join(", "));
        }
        for r in &d.related {
            let _ = writeln!(out, "  {}:{}: {}", r.line, r.column, r.message);
        }
        if let Some(help) = &d.help {
            let _ = writeln!(out, "  help: {help}");
        }
    }
    let (errors, warnings) = checked.counts();
    let verdict = if report.valid { "valid" } else { "invalid" };
    let _ = writeln!(
        out,
        "{}: {verdict}: {errors} error(s), {warnings} warning(s)",
        report.file
    );
    out
}
