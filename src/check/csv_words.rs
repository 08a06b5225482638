//! What the checks say, in the words of a spreadsheet, for a CSV file: a
//! field is a column whose cell is filled in or empty, an entry is a row.
//!
//! The checks speak of documents (fields, objects, lists); for a CSV file
//! this adapter rewrites the diagnostics whose JSON wording would not tell a
//! spreadsheet user what to do: a required field with an empty cell, one
//! without a column, a group of columns (`submitter.*`) that the header
//! lacks, and a document without entry rows.

use crate::diag::{Code, Diagnostic, Sink};
use crate::i18n::msg;
use crate::model::columns;
use crate::model::{DocType, Ty};
use crate::tree::field_name;

/// A [`Sink`] that rewrites the diagnostics of one CSV document (see the
/// module documentation) before passing them on.
pub(crate) struct CsvWords<'a> {
    /// Where the diagnostics go.
    pub out: &'a mut dyn Sink,
    /// The header row's column names.
    pub header: &'a std::collections::HashSet<&'a str>,
    /// The document's type, when it has a known one.
    pub doc_type: Option<DocType>,
}

impl Sink for CsvWords<'_> {
    fn push(&mut self, d: Diagnostic) {
        let d = match d.code {
            Code::S01 => self.missing(d),
            Code::S07 if d.path.as_deref() == Some("/entries") => self.no_entries(d),
            _ => d,
        };
        self.out.push(d);
    }

    // The words change, not the code, place or path.
    fn admits(&self, code: Code, at: Option<usize>) -> bool {
        self.out.admits(code, at)
    }

    fn count(
        &mut self,
        code: Code,
        severity: crate::diag::Severity,
        path: Option<&str>,
        span: Option<crate::tree::Span>,
    ) {
        self.out.count(code, severity, path, span);
    }
}

impl CsvWords<'_> {
    /// The required columns whose names start with `prefix` (`submitter.`,
    /// `entries.`), in table order.
    fn required_columns(&self, prefix: &str) -> Vec<String> {
        let Some(t) = self.doc_type else {
            return Vec::new();
        };
        columns(t)
            .into_iter()
            .filter(|c| c.required && c.name.starts_with(prefix))
            .map(|c| c.name)
            .collect()
    }

    /// S01: a required field. Its column is there and the cell is empty:
    /// "fill in"; the column is not there: "add a column"; a group
    /// (an object) without its columns: the columns to add.
    fn missing(&self, d: Diagnostic) -> Diagnostic {
        let Some(path) = d.path.clone() else {
            return d;
        };
        let column = field_name(&path);
        if column.is_empty() || !super::structure::is_missing_field(&d.message) {
            return d;
        }
        let ty = self.doc_type.and_then(|t| t.type_at(&path));
        let what = ty.map(Ty::describe);
        let mut out = if self.header.contains(column.as_str()) {
            Diagnostic {
                message: msg::check_cell_empty(&column),
                help: Some(match what {
                    Some(what) => msg::check_fill_in_described(&column, what),
                    None => msg::check_fill_in(&column),
                }),
                ..d
            }
        } else if let Some(Ty::Object(_)) = ty {
            let wanted = self.required_columns(&format!("{column}."));
            let help = match wanted.is_empty() {
                true => msg::check_add_group_columns(&column),
                false => msg::check_add_columns(ticked(&wanted)),
            };
            Diagnostic {
                message: msg::check_no_group_columns(&column),
                help: Some(help),
                ..d
            }
        } else {
            Diagnostic {
                message: msg::check_column_missing(&column),
                help: Some(match what {
                    Some(what) => msg::check_add_column_described(&column, what),
                    None => msg::check_add_column(&column),
                }),
                ..d
            }
        };
        out.code = Code::S01;
        out
    }

    /// S07 on `entries`: no row has an entry.
    fn no_entries(&self, d: Diagnostic) -> Diagnostic {
        let wanted = self.required_columns("entries.");
        let help = if wanted.is_empty() {
            msg::check_fill_in_entries()
        } else {
            msg::check_fill_in_entry_columns(ticked(&wanted))
        };
        Diagnostic {
            message: msg::check_no_entry_rows(),
            help: Some(help),
            ..d
        }
    }
}

/// `a`, `b` and `c` as a list of names in backticks.
fn ticked(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
