//! Repairing a file: every certain [`Fix`] that the check suggested is made
//! in the documents, which are then written in canonical form and checked
//! again. Nothing uncertain is changed: a date that may be read two ways, a
//! number that may hold a thousands separator or a decimal comma, a
//! two-digit year are reported and left as they are.
//!
//! ```
//! let csv = "schemaVersion,documentType,documentId,frameworkEdition,submissionDate,language,\
//! submitter.memberCode,submitter.memberName,submitter.memberType,contact.name,contact.email,\
//! entries.standard,entries.plannedStart,entries.plannedCompletion,entries.dateKind\n\
//! 1,timetable,KE-TT-1,2018,20/05/2026,en,KE,Kenya,member,Desk,desk@example.org,7,01/07/2026,31/12/2027,indicative\n";
//! let as_of = fosx::Date::parse("2026-11-28").unwrap();
//! let options = fosx::fix::FixOptions::new(fosx::CheckOptions::new(as_of));
//! let fixed = fosx::fix::fix_bytes("tt.csv", csv.as_bytes(), &options).unwrap();
//! assert_eq!(fixed.changes.len(), 4);
//! assert!(fixed.after.is_valid(false));
//! assert!(fixed.text.contains("2026-07-01"));
//! ```

use crate::check;
use crate::check::{CheckOptions, Checked};
use crate::diag::{Code, Diagnostic, Fix, FixValue, Severity};
use crate::i18n::{Arg, Lang, Msg, msg};
use crate::sheet::dates::DateOrder;
use crate::source::sheet::SheetPlace;
use crate::source::{Location, Representation, SourceFile};
use crate::tree::{Node, Value, pointer_tokens};
use crate::write::{WriteError, WriteOptions, sheet_lang, write_bytes};

/// How to repair a file.
#[derive(Debug, Clone, Copy)]
pub struct FixOptions {
    /// How to check it (before and after).
    pub check: CheckOptions,
    /// The order of the file's dates; inferred from its unambiguous dates when not given.
    pub date_order: Option<DateOrder>,
    /// The representation to write; the input's when not given.
    pub to: Option<Representation>,
    /// The language of a workbook written: its sheets' names, input
    /// messages and read-me.
    pub lang: WorkbookLang,
}

impl FixOptions {
    /// Options that check with `check`, infer the date order, write the
    /// input's representation and a workbook in its own language.
    pub fn new(check: CheckOptions) -> FixOptions {
        FixOptions {
            check,
            date_order: None,
            to: None,
            lang: WorkbookLang::default(),
        }
    }
}

/// The language of the workbook `fix` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbookLang {
    /// This language, whatever the input's.
    Given(Lang),
    /// The language of the input workbook, known by the name of its first
    /// sheet (`Submission`, `Soumission`, ...: [`crate::write::sheet_lang`]);
    /// this one when the name is of no language (a sheet another program
    /// named, an input that is not a workbook).
    OfInput(Lang),
}

impl Default for WorkbookLang {
    fn default() -> Self {
        WorkbookLang::OfInput(Lang::En)
    }
}

/// One change made.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Index of the document.
    pub document: usize,
    /// Canonical JSON Pointer of the value changed.
    pub path: String,
    /// Where the old value was in the input, when known.
    pub at: Option<Location>,
    /// That place as the diagnostics name it, when known.
    pub place: Option<Place>,
    /// The old value, as it was written.
    pub old: String,
    /// The new value.
    pub new: FixValue,
}

/// Where a change was, as the diagnostics of its file name it.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// A cell of a workbook: its name (`Soumission!E2`, the sheet's own
    /// name) and its column's (`submissionDate`).
    Cell {
        /// The cell, `Soumission!E2`.
        cell: String,
        /// The name of its column in the header row.
        column: String,
    },
    /// A cell of a CSV file, as a spreadsheet shows it: its row (the
    /// header is row 1), column letter and column name.
    Row(SheetPlace),
    /// A line and column of a JSON or XML file.
    Line(Location),
}

impl Place {
    /// The place of `at` in `file`: a cell of a workbook, a row and column
    /// of a CSV file, else the line and column. `path` names the column
    /// of a workbook's cell whose header cell has no name.
    pub fn of(file: &SourceFile, at: Location, path: &str) -> Place {
        let Some(sheet) = file.sheet_place(&at).filter(|p| p.column.is_some()) else {
            return Place::Line(at);
        };
        match file.cell_name(&at) {
            Some(cell) => Place::Cell {
                cell,
                column: sheet.column_name.unwrap_or_else(|| path.to_string()),
            },
            None => Place::Row(sheet),
        }
    }
}

/// A file after repair.
#[derive(Debug, Clone)]
pub struct Fixed {
    /// The input, as checked (with every suggested fix).
    pub before: Checked,
    /// The changes made, in the order of the input.
    pub changes: Vec<Change>,
    /// The repaired documents in canonical form (empty for XLSX, a binary
    /// representation: see `bytes`).
    pub text: String,
    /// The repaired file as written, in any representation.
    pub bytes: Vec<u8>,
    /// The representation of `text`.
    pub to: Representation,
    /// `text`, checked.
    pub after: Checked,
}

/// Why a file could not be repaired.
#[derive(Debug, Clone)]
pub enum FixError {
    /// It could not be read into documents; its diagnostics say why.
    Unreadable(Box<Checked>),
    /// Writing it would lose what it holds.
    WouldLose(Box<Checked>, Loss),
}

/// What writing a file in canonical form would lose.
#[derive(Debug, Clone)]
pub enum Loss {
    /// A field the canonical form has no place for: the message of its
    /// diagnostic (FOS-S02).
    NoPlace(Msg),
    /// The documents cannot be written at all.
    NotWritten(WriteError),
}

impl FixError {
    /// The line that says why the file was not repaired; `file` is the
    /// name it shows.
    pub fn line(&self, file: &str) -> Msg {
        match self {
            FixError::Unreadable(_) => msg::fix_unreadable(file),
            FixError::WouldLose(_, Loss::NoPlace(what)) => msg::fix_no_place(file, what.clone()),
            FixError::WouldLose(_, Loss::NotWritten(e)) => msg::fix_not_written(file, e.message()),
        }
    }
}

/// Reads, checks and repairs one file's bytes. `name` is what reports call it.
pub fn fix_bytes(name: &str, bytes: &[u8], options: &FixOptions) -> Result<Fixed, FixError> {
    let parsed = crate::read::read(name, bytes, &options.check.read);
    let diagnostics = check::check_parsed_with(
        &parsed,
        options.check.as_of,
        options.check.read.limits.max_diagnostics,
        options.date_order,
    );
    let before = Checked {
        source: parsed.source,
        documents: parsed.documents,
        diagnostics,
        unreadable: false,
    };
    let read_failed = before.documents.is_empty()
        || before.diagnostics.iter().any(|d| {
            d.severity == Severity::Error
                && (d.code.as_str().starts_with('P') || d.code == Code::IO || d.code == Code::S09)
        });
    if read_failed {
        return Err(FixError::Unreadable(Box::new(before)));
    }
    if let Some(d) = before.diagnostics.iter().find(|d| d.code == Code::S02) {
        let what = d.message.clone();
        return Err(FixError::WouldLose(Box::new(before), Loss::NoPlace(what)));
    }
    let mut documents = before.documents.clone();
    let changes = apply(&before, &mut documents);
    let to = options
        .to
        .or(before.source.representation)
        .unwrap_or(Representation::Json);
    let lang = match options.lang {
        WorkbookLang::Given(lang) => lang,
        WorkbookLang::OfInput(otherwise) => before
            .source
            .sheet
            .as_ref()
            .and_then(|s| sheet_lang(&s.name))
            .unwrap_or(otherwise),
    };
    let write = WriteOptions {
        lang,
        ..WriteOptions::default()
    };
    let bytes = match write_bytes(&documents, to, &write) {
        Ok(bytes) => bytes,
        Err(e) => return Err(FixError::WouldLose(Box::new(before), Loss::NotWritten(e))),
    };
    let text = match to {
        Representation::Xlsx => String::new(),
        _ => String::from_utf8_lossy(&bytes).into_owned(),
    };
    let mut again = options.check;
    again.read.representation = Some(to);
    let after = check::check_bytes(&before.source.name, &bytes, &again);
    Ok(Fixed {
        before,
        changes,
        text,
        bytes,
        to,
        after,
    })
}

impl Change {
    /// The line that says what changed, as `docs/spec/fix.md` has it: in
    /// a workbook `FILE: Soumission!E2 (submissionDate): "old" → "new"`,
    /// in CSV `FILE: row 2, column E (submissionDate): "old" → "new"`, in
    /// JSON and XML `FILE:LINE:COLUMN: PATH: "old" → "new"` (the
    /// document's index before the path when the file holds `several`);
    /// `file` is the name it shows.
    pub fn line(&self, file: &str, several: bool, lang: Lang) -> String {
        let old = format!("{:?}", self.old);
        let new = format!("{:?}", self.new.to_string());
        let path: Arg = if several {
            msg::fix_change_in_document(self.document, self.path.as_str()).into()
        } else {
            self.path.clone().into()
        };
        let line = match &self.place {
            Some(Place::Cell { cell, column }) => {
                msg::fix_change_at_cell(file, cell, column, old, new)
            }
            Some(Place::Row(place)) => msg::fix_change_at_row(file, place.message(), old, new),
            Some(Place::Line(at)) => {
                msg::fix_change_at_line(file, at.line, at.column, path, old, new)
            }
            None => msg::fix_change_at_path(file, path, old, new),
        };
        format!("{}\n", line.render(lang))
    }
}

impl Fixed {
    /// The closing line: how many values changed, and what the result
    /// still has; `file` is the name it shows.
    pub fn verdict(&self, file: &str) -> Msg {
        let (errors, warnings) = self.after.counts();
        msg::fix_verdict(file, self.changes.len(), errors, warnings)
    }
}

/// Makes every certain fix of `checked` in `documents`, once per value.
fn apply(checked: &Checked, documents: &mut [Node]) -> Vec<Change> {
    let mut done: std::collections::HashSet<(usize, &str)> = std::collections::HashSet::new();
    let mut changes = Vec::new();
    for d in &checked.diagnostics {
        let (Some(fix), Some(i)) = (certain(d), d.document) else {
            continue;
        };
        if !done.insert((i, fix.path.as_str())) {
            continue;
        }
        let Some(node) = documents
            .get_mut(i)
            .and_then(|doc| pointer_mut(doc, &fix.path))
        else {
            continue;
        };
        let old = match &node.value {
            Value::String(_) | Value::Number(_) | Value::Bool(_) => {
                written(checked, node.span).unwrap_or_else(|| shown(node))
            }
            _ => shown(node),
        };
        node.value = match &fix.value {
            FixValue::Text(t) => Value::String(t.clone()),
            FixValue::Number(n) => Value::Number(n.clone()),
            FixValue::Bool(b) => Value::Bool(*b),
            FixValue::List(items) => Value::Array(
                items
                    .iter()
                    .map(|t| Node::new(Value::String(t.clone()), node.span))
                    .collect(),
            ),
        };
        let at = d.places_in(&checked.source).map(|p| p.at);
        changes.push(Change {
            document: i,
            path: fix.path.clone(),
            at,
            place: at.map(|at| Place::of(&checked.source, at, &fix.path)),
            old,
            new: fix.value.clone(),
        });
    }
    changes
}

fn certain(d: &Diagnostic) -> Option<&Fix> {
    d.fix.as_deref().filter(|f| f.certain)
}

/// The text of a scalar as the input holds it (a reader may have read it
/// as it was meant: `schemaVersion` `1` in CSV).
fn written(checked: &Checked, span: crate::tree::Span) -> Option<String> {
    let text = checked.source.text.get(span.start..span.end)?;
    let inner = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(text);
    (!inner.is_empty() && !inner.contains(['"', '\\', '<', '&'])).then(|| inner.to_string())
}

/// The value of a node as a cell would show it (a list joined with `;`).
fn shown(node: &Node) -> String {
    match &node.value {
        Value::String(s) | Value::Number(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join(";"),
        _ => node.display(),
    }
}

fn pointer_mut<'a>(node: &'a mut Node, pointer: &str) -> Option<&'a mut Node> {
    let mut at = node;
    for token in pointer_tokens(pointer) {
        at = match &mut at.value {
            Value::Object(members) => &mut members.iter_mut().find(|m| m.key == token)?.node,
            Value::Array(items) => items.get_mut(token.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(at)
}
