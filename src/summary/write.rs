//! The files of a summary: CSV tables, `status.json` and the dashboard,
//! each written atomically.

use super::{AssistanceRow, MemberRow, NO_STATUS, StatusRow, Summary, status_codes};
use super::{Skipped, SummaryOptions};
use crate::fsio::write_atomically;
use crate::i18n::{Msg, msg};
use crate::write::formula_guard;
use std::path::{Path, PathBuf};

/// The files written, in the order they are written.
pub const OUTPUT_FILES: &[&str] = &[
    "status.csv",
    "members.csv",
    "assistance.csv",
    "skipped.csv",
    "notifications.csv",
    "status.json",
    "index.html",
    "meeting.xlsx",
];

/// A file that could not be written.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message().english())]
pub struct SummaryWriteError {
    /// The file.
    pub path: PathBuf,
    /// Why.
    pub source: std::io::Error,
}

impl SummaryWriteError {
    /// What went wrong, for people (the system's reason as it gives it).
    pub fn message(&self) -> Msg {
        msg::summary_cannot_write(self.path.display().to_string(), self.source.to_string())
    }
}

/// Writes every file of [`OUTPUT_FILES`] into `dir` (created if needed).
/// Stops at the first file that cannot be written.
pub fn write(
    summary: &Summary,
    options: &SummaryOptions,
    dir: &Path,
) -> Result<Vec<PathBuf>, SummaryWriteError> {
    let mut json = serde_json::to_string_pretty(summary).expect("the summary serialises");
    json.push('\n');
    let bom = |text: String| -> Vec<u8> {
        if options.csv_bom {
            let mut bytes = "\u{feff}".as_bytes().to_vec();
            bytes.extend(text.into_bytes());
            bytes
        } else {
            text.into_bytes()
        }
    };
    let workbook =
        super::xlsx::meeting_workbook(summary, options.lang).map_err(|e| SummaryWriteError {
            path: dir.join("meeting.xlsx"),
            source: std::io::Error::other(e.to_string()),
        })?;
    let contents = [
        bom(status_csv(&summary.status)),
        bom(members_csv(&summary.members)),
        bom(assistance_csv(&summary.assistance)),
        bom(skipped_csv(&summary.skipped)),
        bom(notifications_csv(&summary.members)),
        json.into_bytes(),
        super::html::dashboard(summary, options.lang).into_bytes(),
        workbook,
    ];
    let mut written = Vec::new();
    for (name, content) in OUTPUT_FILES.iter().zip(contents) {
        let path = dir.join(name);
        write_atomically(&path, &content).map_err(|source| SummaryWriteError {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

/// A CSV table: comma, quotes where needed, CRLF, UTF-8 (the BOM is added
/// by [`write`]). Every
/// cell goes through [`formula_guard`], so that no text of a submission
/// (a name, an identifier, a path) runs as a formula in a spreadsheet.
fn table(header: &[String], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut w = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Necessary)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(header).expect("writing CSV to memory");
    for row in rows {
        w.write_record(row.iter().map(|cell| formula_guard(cell).into_owned()))
            .expect("writing CSV to memory");
    }
    String::from_utf8(w.into_inner().expect("flushing CSV to memory"))
        .expect("CSV of UTF-8 cells is UTF-8")
}

pub(super) fn names(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| (*s).to_string()).collect()
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// The columns of `status.csv`.
pub const STATUS_COLUMNS: &[&str] = &[
    "memberCode",
    "memberName",
    "region",
    "standard",
    "standardTitle",
    "status",
    "completionPercent",
    "maturityLevel",
    "plannedStart",
    "plannedCompletion",
    "dateKind",
    "expectedCompletion",
    "actualCompletion",
    "slippageDays",
    "overdueDays",
    "technicalAssistanceRequested",
    "capacityBuilding",
    "sourceDocuments",
];

fn status_csv(rows: &[StatusRow]) -> String {
    table(&names(STATUS_COLUMNS), status_rows(rows))
}

/// The cells of `status.csv`'s rows, as text (before the formula guard).
pub(super) fn status_rows(rows: &[StatusRow]) -> impl Iterator<Item = Vec<String>> + '_ {
    {
        rows.iter().map(|r| {
            vec![
                r.member_code.clone(),
                r.member_name.clone(),
                opt(&r.region),
                r.standard.to_string(),
                r.standard_title.clone(),
                opt(&r.status),
                opt(&r.completion_percent),
                opt(&r.maturity_level),
                opt(&r.planned_start),
                opt(&r.planned_completion),
                opt(&r.date_kind),
                opt(&r.expected_completion),
                opt(&r.actual_completion),
                opt(&r.slippage_days),
                opt(&r.overdue_days),
                opt(&r.technical_assistance_requested),
                opt(&r.capacity_building),
                r.source_documents.join(";"),
            ]
        })
    }
}

/// `not-started` → `standardsNotStarted`.
pub fn count_column(status: &str) -> String {
    let mut out = String::from("standards");
    for part in status.split('-') {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

/// The columns of `members.csv`.
pub fn member_columns() -> Vec<String> {
    let mut cols = names(&[
        "memberCode",
        "memberName",
        "memberType",
        "region",
        "notificationId",
        "notificationDate",
        "notificationScope",
        "timetableId",
        "timetableDate",
        "progressReportId",
        "progressReportDate",
        "reportingPeriodStart",
        "reportingPeriodEnd",
    ]);
    cols.extend(
        status_codes()
            .iter()
            .map(|s| count_column(s))
            .chain([count_column(NO_STATUS)]),
    );
    cols.extend(names(&[
        "progress",
        "timetableMissing",
        "progressReportMissing",
    ]));
    cols
}

fn members_csv(rows: &[MemberRow]) -> String {
    table(&member_columns(), member_rows(rows))
}

/// The cells of `members.csv`'s rows, as text.
pub(super) fn member_rows(rows: &[MemberRow]) -> impl Iterator<Item = Vec<String>> + '_ {
    {
        rows.iter().map(|m| {
            let mut row = vec![
                m.member_code.clone(),
                m.member_name.clone(),
                m.member_type.clone(),
                opt(&m.region),
                opt(&m.notification_id),
                opt(&m.notification_date),
                opt(&m.notification_scope),
                opt(&m.timetable_id),
                opt(&m.timetable_date),
                opt(&m.progress_report_id),
                opt(&m.progress_report_date),
                opt(&m.reporting_period_start),
                opt(&m.reporting_period_end),
            ];
            row.extend(m.status_counts.0.iter().map(|(_, n)| n.to_string()));
            row.push(m.progress.map(|p| format!("{p:.2}")).unwrap_or_default());
            row.push(m.timetable_missing.to_string());
            row.push(m.progress_report_missing.to_string());
            row
        })
    }
}

/// The columns of `assistance.csv`.
pub const ASSISTANCE_COLUMNS: &[&str] = &[
    "memberCode",
    "memberName",
    "region",
    "standard",
    "standardTitle",
    "kind",
    "source",
    "documentId",
    "submissionDate",
    "text",
];

fn assistance_csv(rows: &[AssistanceRow]) -> String {
    table(&names(ASSISTANCE_COLUMNS), assistance_rows(rows))
}

/// The cells of `assistance.csv`'s rows, as text.
pub(super) fn assistance_rows(rows: &[AssistanceRow]) -> impl Iterator<Item = Vec<String>> + '_ {
    {
        rows.iter().map(|r| {
            vec![
                r.member_code.clone(),
                r.member_name.clone(),
                opt(&r.region),
                r.standard.to_string(),
                r.standard_title.clone(),
                r.kind.to_string(),
                r.source.to_string(),
                r.document_id.clone(),
                r.submission_date.clone(),
                r.text.clone().unwrap_or_default(),
            ]
        })
    }
}

/// The columns of `skipped.csv`.
pub const SKIPPED_COLUMNS: &[&str] = &["path", "document", "documentId", "reason", "codes"];

fn skipped_csv(rows: &[Skipped]) -> String {
    table(&names(SKIPPED_COLUMNS), skipped_rows(rows))
}

/// The cells of `skipped.csv`'s rows, as text.
pub(super) fn skipped_rows(rows: &[Skipped]) -> impl Iterator<Item = Vec<String>> + '_ {
    {
        rows.iter().map(|s| {
            vec![
                s.path.clone(),
                opt(&s.document),
                opt(&s.document_id),
                s.reason.to_string(),
                s.codes.join(";"),
            ]
        })
    }
}

/// The columns of `notifications.csv`.
pub const NOTIFICATION_COLUMNS: &[&str] = &[
    "memberCode",
    "memberName",
    "region",
    "notificationDate",
    "notificationId",
    "notificationScope",
];

/// One row per Member that notified its intention (its latest
/// notification), by `memberCode`: what the WCO transmits to the Customs
/// administrations of all Members.
fn notifications_csv(rows: &[MemberRow]) -> String {
    table(&names(NOTIFICATION_COLUMNS), notification_rows(rows))
}

/// The cells of `notifications.csv`'s rows, as text.
pub(super) fn notification_rows(rows: &[MemberRow]) -> impl Iterator<Item = Vec<String>> + '_ {
    {
        rows.iter()
            .filter(|m| m.notification_id.is_some())
            .map(|m| {
                vec![
                    m.member_code.clone(),
                    m.member_name.clone(),
                    opt(&m.region),
                    opt(&m.notification_date),
                    opt(&m.notification_id),
                    opt(&m.notification_scope),
                ]
            })
    }
}
