//! The machine-readable validation report, version 1 (`docs/spec/report.md`).

pub mod human;
pub mod junit;
pub mod printable;
pub mod sarif;
pub mod sheet;
pub mod short;

use crate::check::{CheckOptions, Checked};
use crate::diag::Severity;
use crate::i18n::Lang;
use crate::source::Representation;
use crate::tree::field_name;
use serde::Serialize;

/// The report's shape version.
pub const REPORT_VERSION: u32 = 1;

/// The whole report: every file checked in one run.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Shape version of this report.
    pub report_version: u32,
    /// `fosx 0.1.0`.
    pub tool: String,
    /// The spec version the verdicts follow.
    pub spec_version: &'static str,
    /// The as-of date of R05.
    pub as_of: String,
    /// Whether warnings counted.
    pub strict: bool,
    /// One entry per file.
    pub files: Vec<FileReport>,
    /// Totals.
    pub summary: ReportSummary,
}

/// The verdict on one file.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FileReport {
    /// The file as named on the command line.
    pub file: String,
    /// JSON, XML or CSV; `null` when it could not be determined.
    pub representation: Option<Representation>,
    /// The encoding the file was decoded from; `null` when unreadable.
    pub encoding: Option<&'static str>,
    /// Whether every document is valid.
    pub valid: bool,
    /// The documents found.
    pub documents: Vec<DocumentReport>,
    /// Every diagnostic.
    pub diagnostics: Vec<DiagnosticReport>,
}

/// The verdict on one document.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentReport {
    /// Position in the file, from 0.
    pub index: usize,
    /// Its `documentId`, when it has a usable one.
    pub document_id: Option<String>,
    /// Its `documentType`, when it has one.
    pub document_type: Option<String>,
    /// Whether it is valid.
    pub valid: bool,
}

/// One diagnostic, located.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DiagnosticReport {
    /// `FOS-S04`.
    pub code: String,
    /// `error` or `warning`.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// 1-based line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column in characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// CSV: 1-based data record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<usize>,
    /// CSV: the row as a spreadsheet numbers it (the header is row 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// CSV: the column's letter as a spreadsheet shows it (`A`, `AA`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column_letter: Option<String>,
    /// CSV: the column name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Canonical JSON Pointer of the field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Index of the document in the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_index: Option<usize>,
    /// `documentId` of that document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_id: Option<String>,
    /// Secondary places.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RelatedReport>,
    /// The replacement that would repair it, when one is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<FixReport>,
}

/// A suggested replacement: the new value of the field at `path`.
#[derive(Debug, Clone, Serialize)]
pub struct FixReport {
    /// Canonical JSON Pointer of the value to replace.
    pub path: String,
    /// The new value, as JSON.
    pub value: serde_json::Value,
    /// Whether it is the only reading (`fosx fix` makes only certain fixes).
    pub certain: bool,
}

/// A secondary place of a diagnostic.
#[derive(Debug, Clone, Serialize)]
pub struct RelatedReport {
    /// 1-based line.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// What is there.
    pub message: String,
}

/// Totals over all files.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportSummary {
    /// Files checked.
    pub files: usize,
    /// Valid files.
    pub valid_files: usize,
    /// Invalid files (unreadable ones included).
    pub invalid_files: usize,
    /// Files that could not be read.
    pub unreadable_files: usize,
    /// Documents found.
    pub documents: usize,
    /// Error diagnostics.
    pub errors: usize,
    /// Warning diagnostics.
    pub warnings: usize,
}

impl Report {
    /// The report as `fosx validate --format json` writes it: pretty JSON
    /// and a final line feed.
    pub fn json_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("the report serialises");
        text.push('\n');
        text
    }

    /// Builds the report of a run, in English.
    pub fn new(files: &[Checked], options: &CheckOptions) -> Report {
        Report::new_in(files, options, Lang::En)
    }

    /// Builds the report of a run with its messages, helps and related
    /// messages in `lang`; everything else (codes, paths, keys) is the same
    /// in every language.
    pub fn new_in(files: &[Checked], options: &CheckOptions, lang: Lang) -> Report {
        let files: Vec<FileReport> = files
            .iter()
            .map(|c| FileReport::new_in(c, options.strict, lang))
            .collect();
        let mut summary = ReportSummary {
            files: files.len(),
            ..ReportSummary::default()
        };
        for f in &files {
            if f.valid {
                summary.valid_files += 1;
            } else {
                summary.invalid_files += 1;
            }
            if f.diagnostics.iter().any(|d| d.code == "FOS-IO") {
                summary.unreadable_files += 1;
            }
            summary.documents += f.documents.len();
            for d in &f.diagnostics {
                match d.severity {
                    Severity::Error => summary.errors += 1,
                    Severity::Warning => summary.warnings += 1,
                }
            }
        }
        Report {
            report_version: REPORT_VERSION,
            tool: format!("fosx {}", crate::VERSION),
            spec_version: crate::model::SCHEMA_VERSION,
            as_of: options.as_of.to_string(),
            strict: options.strict,
            files,
            summary,
        }
    }
}

/// The `documentId` of a document, if it is a string.
pub fn document_id(checked: &Checked, index: usize) -> Option<String> {
    checked
        .documents
        .get(index)?
        .str_of("documentId")
        .map(str::to_owned)
}

impl FileReport {
    /// Builds the verdict on one file, in English.
    pub fn new(checked: &Checked, strict: bool) -> FileReport {
        FileReport::new_in(checked, strict, Lang::En)
    }

    /// Builds the verdict on one file, with its messages in `lang`.
    pub fn new_in(checked: &Checked, strict: bool, lang: Lang) -> FileReport {
        let source = &checked.source;
        let is_csv = matches!(
            source.representation,
            Some(Representation::Csv | Representation::Xlsx)
        );
        let valid = checked.documents_valid(strict);
        let documents = (0..checked.documents.len())
            .map(|i| DocumentReport {
                index: i,
                document_id: document_id(checked, i),
                document_type: checked.documents[i]
                    .str_of("documentType")
                    .map(str::to_owned),
                valid: valid[i],
            })
            .collect();
        let diagnostics = checked
            .diagnostics
            .iter()
            .map(|d| {
                let field = d.path.as_deref().map(field_name).filter(|f| !f.is_empty());
                let places = d.places_in(source);
                let located = places.as_ref().map(|p| p.at);
                let sheet = located
                    .filter(|_| is_csv)
                    .and_then(|l| source.sheet_place(&l));
                // A place in the header row names no field (its cell may
                // be an unknown column, or no column name at all).
                let csv_field = located
                    .filter(|l| l.record.is_some() || field.is_some())
                    .and_then(|l| l.cell)
                    .and_then(|c| source.csv.as_ref().and_then(|i| i.header.get(c).cloned()));
                DiagnosticReport {
                    code: d.code.full(),
                    severity: d.severity,
                    message: d.message.render(lang),
                    help: d.help.as_ref().map(|h| h.render(lang)),
                    line: located.map(|l| l.line),
                    column: located.map(|l| l.column),
                    record: if is_csv {
                        located.and_then(|l| l.record)
                    } else {
                        None
                    },
                    row: sheet.as_ref().map(|p| p.row),
                    column_letter: sheet.and_then(|p| p.column_letter),
                    field: if is_csv { csv_field.or(field) } else { None },
                    path: d.path.clone(),
                    document_index: d.document,
                    document_id: d.document.and_then(|i| document_id(checked, i)),
                    related: d
                        .related
                        .iter()
                        .enumerate()
                        .map(|(k, r)| {
                            let (line, column) =
                                match places.as_ref().and_then(|p| p.related.get(k)) {
                                    Some(l) => (l.line, l.column),
                                    None => source.line_col(r.span.start),
                                };
                            RelatedReport {
                                line,
                                column,
                                message: r.message.render(lang),
                            }
                        })
                        .collect(),
                    fix: d.fix.as_ref().map(|f| FixReport {
                        path: f.path.clone(),
                        value: f.value.to_json(),
                        certain: f.certain,
                    }),
                }
            })
            .collect();
        FileReport {
            file: source.name.clone(),
            representation: source.representation,
            encoding: (!checked.unreadable).then_some(source.encoding),
            valid: checked.is_valid(strict),
            documents,
            diagnostics,
        }
    }
}
