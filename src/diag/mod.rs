//! Diagnostics: what fosx says about a file.
//!
//! A [`Diagnostic`] carries a stable [`Code`] from the catalogue of
//! `docs/spec/rules.md`, a severity, a plain message, an optional help text, a
//! byte span into the decoded source and the canonical path of the field it
//! concerns. Lines and columns are computed only when a report is rendered
//! (see [`Diagnostic::places_in`]).

mod cap;
pub mod explain;
mod limit;

pub use cap::{Capped, LeftOut};
pub use limit::Limit;

use crate::i18n::{Arg, Msg};
use crate::tree::Span;
use serde::Serialize;
use std::fmt;

/// Severity of a diagnostic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Informs; does not make the document invalid unless in strict mode.
    Warning,
    /// Makes the document invalid.
    Error,
}

impl Severity {
    /// The severity's name for people (`error`, `erreur`).
    pub fn name(self) -> Msg {
        match self {
            Severity::Warning => crate::i18n::msg::severity_warning(),
            Severity::Error => crate::i18n::msg::severity_error(),
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

macro_rules! codes {
    ($($name:ident => $sev:ident, $summary:literal;)*) => {
        /// A diagnostic code of the catalogue (`docs/spec/rules.md`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[allow(missing_docs)]
        pub enum Code { $($name,)* }

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[$(Code::$name,)*];

            /// The short code without prefix: `S04`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$name => stringify!($name),)* }
            }

            /// The default severity of the code.
            pub fn severity(self) -> Severity {
                match self { $(Code::$name => Severity::$sev,)* }
            }

            /// One line saying what the code means.
            pub fn summary(self) -> &'static str {
                match self { $(Code::$name => $summary,)* }
            }
        }
    };
}

codes! {
    P01 => Error, "JSON is not well-formed";
    P02 => Error, "XML is not well-formed";
    P03 => Error, "CSV structure is broken";
    P04 => Error, "the text encoding is wrong or was guessed";
    P05 => Error, "XML DOCTYPE or entity declaration refused";
    P06 => Error, "a limit was exceeded";
    P07 => Error, "the representation cannot be determined, or the file is empty";
    IO => Error, "the file cannot be read";
    S01 => Error, "a required field is missing";
    S02 => Error, "an unknown field";
    S03 => Error, "a value of the wrong type or lexical form";
    S04 => Error, "a value not in its code list";
    S05 => Error, "a value breaks a pattern or a length limit";
    S06 => Error, "a number out of its range";
    S07 => Error, "a list with too few items or a duplicate item";
    S08 => Error, "a field given twice";
    S09 => Error, "the root is not a document";
    S10 => Error, "an unsupported schemaVersion";
    R01 => Error, "documentId is not unique within the file";
    R02 => Error, "a standard appears more than once in the entries";
    R03 => Error, "a standard that is not in the edition's catalogue";
    R04 => Error, "dates out of order";
    R05 => Error, "submissionDate out of the allowed range";
    R06 => Error, "reporting period ends after the submission date";
    R07 => Error, "status and figures disagree";
    R08 => Error, "actualCompletion on an entry that is not implemented";
    R09 => Error, "a description is missing for a flag that is true";
    R10 => Error, "notification entries do not match its scope";
    R11 => Error, "memberCode does not suit memberType";
    R12 => Error, "amounts without a currency";
    R13 => Warning, "the progress report does not cover every standard";
    R14 => Warning, "a planned or in-progress entry lacks a usable expectedCompletion";
    R15 => Warning, "an implemented entry has no actualCompletion";
    R16 => Error, "CSV: a document-level cell differs between rows of one document";
    R17 => Error, "CSV: rows have different documentType values";
    R18 => Warning, "language is absent although the document has free text";
}

impl Code {
    /// The full code as written in reports: `FOS-S04`.
    pub fn full(self) -> String {
        format!("FOS-{}", self.as_str())
    }

    /// Parses `FOS-S04`, `S04` or `s04`.
    pub fn parse(text: &str) -> Option<Code> {
        let t = text.trim();
        let t = t
            .get(..4)
            .filter(|p| p.eq_ignore_ascii_case("FOS-"))
            .map_or(t, |_| &t[4..]);
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(t))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "FOS-{}", self.as_str())
    }
}

/// A secondary location of a diagnostic ("first given here").
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    /// Where.
    pub span: Span,
    /// What is there.
    pub message: Msg,
}

/// One problem found in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// The catalogue code.
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// A plain sentence saying what is wrong.
    pub message: Msg,
    /// How to fix it, when known (including "did you mean").
    pub help: Option<Msg>,
    /// Where in the decoded source, when the problem has a place.
    pub span: Option<Span>,
    /// Canonical JSON Pointer of the field, when it belongs to a document.
    pub path: Option<String>,
    /// Index of the document in the file, when it belongs to one.
    pub document: Option<usize>,
    /// Secondary locations.
    pub related: Vec<Related>,
    /// Lines and columns worked out when the diagnostic was made, for a file
    /// whose text is not kept (a big collection checked document by
    /// document: `check::stream`); `None` when they come from the source.
    pub places: Option<Box<Places>>,
    /// A replacement that would repair the problem, when one is known.
    pub fix: Option<Box<Fix>>,
    /// The limit a P06 diagnostic met: its help names how to raise it, in
    /// the words of the front end that shows it ([`Diagnostic::name_limit`]).
    pub limit: Option<Limit>,
}

/// A replacement that repairs a diagnostic: the new value of the field at
/// `path` (usually the diagnostic's own; for an item of a list that should
/// have been several items, the list's).
#[derive(Debug, Clone, PartialEq)]
pub struct Fix {
    /// Canonical JSON Pointer of the value to replace.
    pub path: String,
    /// The new value.
    pub value: FixValue,
    /// Whether it is the only reading: `fosx fix` makes only certain fixes.
    pub certain: bool,
}

/// The new value of a [`Fix`].
#[derive(Debug, Clone, PartialEq)]
pub enum FixValue {
    /// A string (a date, a code, ...).
    Text(String),
    /// A number, in canonical form.
    Number(String),
    /// A boolean.
    Bool(bool),
    /// A list of strings.
    List(Vec<String>),
}

impl fmt::Display for FixValue {
    /// The value as a CSV cell holds it (a list joined with `;`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FixValue::Text(t) | FixValue::Number(t) => f.write_str(t),
            FixValue::Bool(b) => write!(f, "{b}"),
            FixValue::List(items) => f.write_str(&items.join(";")),
        }
    }
}

impl FixValue {
    /// The value as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            FixValue::Text(t) => serde_json::Value::String(t.clone()),
            FixValue::Number(n) => n.parse::<serde_json::Number>().map_or_else(
                |_| serde_json::Value::String(n.clone()),
                serde_json::Value::Number,
            ),
            FixValue::Bool(b) => serde_json::Value::Bool(*b),
            FixValue::List(items) => items
                .iter()
                .cloned()
                .map(serde_json::Value::String)
                .collect(),
        }
    }
}

/// The lines and columns of a diagnostic's span and related spans.
#[derive(Debug, Clone, PartialEq)]
pub struct Places {
    /// The place of [`Diagnostic::span`].
    pub at: crate::source::Location,
    /// The place of each related span, in order.
    pub related: Vec<crate::source::Location>,
}

impl Diagnostic {
    /// Where a diagnostic is: the places it carries
    /// ([`Diagnostic::places`]), or else those of its span and
    /// related spans in `source`. `None` for a diagnostic without a span.
    pub fn places_in<'a>(
        &'a self,
        source: &crate::source::SourceFile,
    ) -> Option<std::borrow::Cow<'a, Places>> {
        let d = self;
        if let Some(p) = &d.places {
            return Some(std::borrow::Cow::Borrowed(p));
        }
        let field = d
            .path
            .as_deref()
            .map(crate::tree::field_name)
            .filter(|f| !f.is_empty());
        let (_, at) = source.locate(d.span?, field.as_deref());
        let related = d
            .related
            .iter()
            .map(|r| {
                let (line, column) = source.line_col(r.span.start);
                crate::source::Location {
                    line,
                    column,
                    record: None,
                    cell: None,
                }
            })
            .collect();
        Some(std::borrow::Cow::Owned(Places { at, related }))
    }

    /// A diagnostic with the code's default severity.
    pub fn new(code: Code, message: impl Into<Msg>) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            message: message.into(),
            help: None,
            span: None,
            path: None,
            document: None,
            related: Vec::new(),
            places: None,
            fix: None,
            limit: None,
        }
    }

    /// P06 for a limit met: `what` says how; the help says how to raise the
    /// limit, naming it by the field of `read::Limits` until a front end
    /// names it its own way ([`Diagnostic::name_limit`]).
    pub fn over_limit(limit: Limit, what: impl Into<Msg>, help: impl FnOnce(Arg) -> Msg) -> Self {
        let field = format!("`{}`", limit.field());
        let mut d = Diagnostic::new(Code::P06, what).help(help(field.into()));
        d.limit = Some(limit);
        d
    }

    /// Names the limit of a P06 diagnostic as a front end does (the
    /// command: `--max-depth`): the help's `option` becomes `name(limit)`.
    /// Nothing changes for a diagnostic of no limit.
    pub fn name_limit(&mut self, name: &dyn Fn(Limit) -> Arg) {
        if let (Some(limit), Some(help)) = (self.limit, self.help.as_mut()) {
            help.set_arg("option", name(limit));
        }
    }

    /// Sets the span.
    pub fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// Sets the canonical path.
    pub fn path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Sets the help text.
    pub fn help(mut self, help: impl Into<Msg>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the help text when there is one.
    pub fn maybe_help(mut self, help: Option<impl Into<Msg>>) -> Self {
        self.help = help.map(Into::into);
        self
    }

    /// Sets the suggested replacement.
    pub fn with_fix(mut self, fix: Option<Fix>) -> Self {
        self.fix = fix.map(Box::new);
        self
    }

    /// Sets the severity.
    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Adds a related location.
    pub fn related(mut self, span: Span, message: impl Into<Msg>) -> Self {
        self.related.push(Related {
            span,
            message: message.into(),
        });
        self
    }

    /// Marks the diagnostic as belonging to document `index`.
    pub fn in_document(mut self, index: usize) -> Self {
        self.document = Some(index);
        self
    }

    /// Whether this diagnostic makes its document invalid (`strict`: warnings too).
    pub fn is_blocking(&self, strict: bool) -> bool {
        self.severity == Severity::Error || strict
    }
}

/// Where a check puts what it finds: a plain list, or a set that drops
/// repeats and keeps at most a limit of them (so that a file with millions
/// of problems is checked in memory proportional to the limit).
pub trait Sink {
    /// Takes one diagnostic.
    fn push(&mut self, d: Diagnostic);

    /// Whether a diagnostic of `code` at byte `at` of the file would be
    /// kept if it were pushed now. A sink that keeps at most a number of
    /// diagnostics (a [`Capped`] set, past its cap) says no to one that
    /// would be left out: it need not be made, only counted
    /// ([`Sink::count`]). Every diagnostic is kept by default.
    fn admits(&self, code: Code, at: Option<usize>) -> bool {
        let _ = (code, at);
        true
    }

    /// Counts a diagnostic that [`Sink::admits`] said would not be kept,
    /// instead of pushing it: its code and severity, and the pointer of its
    /// field and its span, by which a repeat is known.
    fn count(&mut self, code: Code, severity: Severity, path: Option<&str>, span: Option<Span>) {
        let _ = (code, severity, path, span);
    }
}

/// Pushes the diagnostic `make` makes, of `code`, at `span` and of the
/// field at `path`, unless `out` would not keep it: then it is only
/// counted, and not made (past the cap, a diagnostic costs counting it).
pub fn emit(
    out: &mut dyn Sink,
    (code, span, path): (Code, Option<Span>, Option<&str>),
    make: impl FnOnce() -> Diagnostic,
) {
    emit_as(out, (code, code.severity(), span, path), make);
}

/// [`emit`], of a diagnostic of `severity` (which is not its code's).
pub fn emit_as(
    out: &mut dyn Sink,
    (code, severity, span, path): (Code, Severity, Option<Span>, Option<&str>),
    make: impl FnOnce() -> Diagnostic,
) {
    if out.admits(code, span.map(|s| s.start)) {
        out.push(make());
    } else {
        out.count(code, severity, path, span);
    }
}

impl Sink for Vec<Diagnostic> {
    fn push(&mut self, d: Diagnostic) {
        Vec::push(self, d);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_in_every_spelling() {
        assert_eq!(Code::parse("FOS-S04"), Some(Code::S04));
        assert_eq!(Code::parse("s04"), Some(Code::S04));
        assert_eq!(Code::parse("fos-io"), Some(Code::IO));
        assert_eq!(Code::parse("S99"), None);
        assert_eq!(Code::R13.severity(), Severity::Warning);
        assert_eq!(Code::R04.full(), "FOS-R04");
    }
}
