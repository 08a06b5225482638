//! The semantics of `docs/spec/summary.md` as pure functions: from the
//! latest documents of each Member to the rows and aggregates.

use super::aggregate::{Aggregate, StatusCounts, aggregate};
use super::{Body, Collector, DocInfo, MemberDocs, ProgressEntry, Skipped, SummaryOptions};
use crate::model::DocType;
use crate::model::refdata::Standard;
use crate::value::date::Date;
use serde::Serialize;

/// Version of the shape of `status.json` (and of the CSV columns).
pub const SUMMARY_VERSION: u32 = 2;

/// A progress report older than this many days before the reference date
/// does not cover "the last reporting year".
pub const REPORTING_YEAR_DAYS: i64 = 365;

/// A standard of the edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StandardInfo {
    /// Number.
    pub number: i64,
    /// Stable identifier.
    pub id: String,
    /// Key area identifier.
    pub key_area: String,
    /// Title.
    pub title: String,
}

/// One row of `status.csv`: a Member on one standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusRow {
    /// `submitter.memberCode`.
    pub member_code: String,
    /// The name in the Member's latest document.
    pub member_name: String,
    /// The region in the Member's latest document that gives one.
    pub region: Option<String>,
    /// Standard number.
    pub standard: i64,
    /// Standard title.
    pub standard_title: String,
    /// From the latest progress report.
    pub status: Option<String>,
    /// From the latest progress report.
    pub completion_percent: Option<i64>,
    /// From the latest progress report.
    pub maturity_level: Option<i64>,
    /// From the latest timetable.
    pub planned_start: Option<String>,
    /// From the latest timetable.
    pub planned_completion: Option<String>,
    /// From the latest timetable.
    pub date_kind: Option<String>,
    /// From the latest progress report.
    pub expected_completion: Option<String>,
    /// From the latest progress report.
    pub actual_completion: Option<String>,
    /// Actual (or else expected) completion minus planned completion, in days.
    pub slippage_days: Option<i64>,
    /// The reference date minus planned completion, in days, when that date
    /// has passed and the latest progress report says the standard is
    /// `not-started`, `planned` or `in-progress` with no actual completion.
    pub overdue_days: Option<i64>,
    /// Whether the latest timetable or progress report requests technical
    /// assistance for the standard.
    pub technical_assistance_requested: Option<bool>,
    /// Whether the latest timetable says capacity building is required, or
    /// the latest progress report describes capacity-building needs.
    pub capacity_building: Option<bool>,
    /// The `documentId`s the row comes from (timetable, then progress report).
    pub source_documents: Vec<String>,
}

/// One row of `members.csv`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberRow {
    /// `submitter.memberCode`.
    pub member_code: String,
    /// The name in the Member's latest document.
    pub member_name: String,
    /// The member type in the Member's latest document.
    pub member_type: String,
    /// The region in the Member's latest document that gives one.
    pub region: Option<String>,
    /// Latest notification: `documentId`.
    pub notification_id: Option<String>,
    /// Latest notification: `submissionDate`.
    pub notification_date: Option<String>,
    /// Latest notification: `intention.scope`.
    pub notification_scope: Option<String>,
    /// Latest timetable: `documentId`.
    pub timetable_id: Option<String>,
    /// Latest timetable: `submissionDate`.
    pub timetable_date: Option<String>,
    /// Latest progress report: `documentId`.
    pub progress_report_id: Option<String>,
    /// Latest progress report: `submissionDate`.
    pub progress_report_date: Option<String>,
    /// Latest progress report: `reportingPeriod.start`.
    pub reporting_period_start: Option<String>,
    /// Latest progress report: `reportingPeriod.end`.
    pub reporting_period_end: Option<String>,
    /// Standards of the edition per status of the latest progress report.
    pub status_counts: StatusCounts,
    /// The mean completion over the standards that apply ([`progress`]);
    /// `None` without a progress report.
    pub progress: Option<f64>,
    /// Took part (sent any valid document), but no timetable.
    pub timetable_missing: bool,
    /// A timetable, but no progress report submitted in the
    /// [`REPORTING_YEAR_DAYS`] days up to the reference date.
    pub progress_report_missing: bool,
    /// The Member's rows of `status.csv`, one per standard.
    #[serde(skip)]
    pub standards: Vec<StatusRow>,
}

/// One request of `assistance.csv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AssistanceRow {
    /// `submitter.memberCode`.
    pub member_code: String,
    /// The Member's name.
    pub member_name: String,
    /// The Member's region.
    pub region: Option<String>,
    /// Standard number.
    pub standard: i64,
    /// Standard title.
    pub standard_title: String,
    /// `technical-assistance` or `capacity-building`.
    pub kind: &'static str,
    /// `timetable` or `progress-report`.
    pub source: &'static str,
    /// The document's `documentId`.
    pub document_id: String,
    /// The document's `submissionDate`.
    pub submission_date: String,
    /// The description, when given.
    pub text: Option<String>,
}

/// Counts of the run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    /// Files read (or tried).
    pub files: usize,
    /// Documents found in them.
    pub documents: usize,
    /// Valid documents of the edition.
    pub used: usize,
    /// Entries of `skipped`.
    pub skipped: usize,
    /// Files that could not be read.
    pub unreadable: usize,
    /// Members.
    pub members: usize,
}

/// Everything the outputs hold.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// [`SUMMARY_VERSION`].
    pub summary_version: u32,
    /// `fosx VERSION`.
    pub tool: String,
    /// The reference date.
    pub as_of: String,
    /// The edition.
    pub edition: String,
    /// The standards of the edition.
    pub standards: Vec<StandardInfo>,
    /// Counts of the run.
    pub totals: Totals,
    /// One per Member, by `memberCode`.
    pub members: Vec<MemberRow>,
    /// One per Member × standard (`status.csv`).
    pub status: Vec<StatusRow>,
    /// Every technical-assistance and capacity-building request.
    pub assistance: Vec<AssistanceRow>,
    /// Overall.
    pub overall: Aggregate,
    /// Per region (regions of the reference data with Members, in its
    /// order; then Members without a region).
    pub regions: Vec<Aggregate>,
    /// Inputs that did not count.
    pub skipped: Vec<Skipped>,
}

impl Summary {
    /// Works out the summary from what was collected.
    pub fn build(collector: Collector, options: &SummaryOptions) -> Summary {
        let standards: Vec<StandardInfo> = super::standards(&options.edition)
            .unwrap_or_default()
            .iter()
            .map(standard_info)
            .collect();
        let as_of = options.check.as_of;
        let members: Vec<MemberRow> = collector
            .members
            .iter()
            .map(|(code, docs)| member_row(code, docs, &standards, as_of))
            .collect();
        let status: Vec<StatusRow> = members
            .iter()
            .flat_map(|m| m.standards.iter().cloned())
            .collect();
        let assistance: Vec<AssistanceRow> = collector
            .members
            .iter()
            .zip(&members)
            .flat_map(|((_, docs), m)| assistance_rows(m, docs, &standards))
            .collect();
        let overall = aggregate(None, None, &members, &standards);
        let mut regions = Vec::new();
        for (code, name) in &crate::model::refdata::get().regions {
            let group: Vec<MemberRow> = members
                .iter()
                .filter(|m| m.region.as_deref() == Some(code))
                .cloned()
                .collect();
            if !group.is_empty() {
                regions.push(aggregate(
                    Some(code.clone()),
                    Some(name.clone()),
                    &group,
                    &standards,
                ));
            }
        }
        let unassigned: Vec<MemberRow> = members
            .iter()
            .filter(|m| m.region.is_none())
            .cloned()
            .collect();
        if !unassigned.is_empty() {
            regions.push(aggregate(None, None, &unassigned, &standards));
        }
        let totals = Totals {
            files: collector.files,
            documents: collector.documents,
            used: collector.used,
            skipped: collector.skipped.len(),
            unreadable: collector.unreadable,
            members: members.len(),
        };
        Summary {
            summary_version: SUMMARY_VERSION,
            tool: format!("fosx {}", crate::VERSION),
            as_of: as_of.to_string(),
            edition: options.edition.clone(),
            standards,
            totals,
            members,
            status,
            assistance,
            overall,
            regions,
            skipped: collector.skipped,
        }
    }
}

fn standard_info(s: &Standard) -> StandardInfo {
    StandardInfo {
        number: s.number,
        id: s.id.clone(),
        key_area: s.key_area.clone(),
        title: s.title.clone(),
    }
}

fn progress_entries(doc: Option<&DocInfo>) -> &[ProgressEntry] {
    match doc.map(|d| &d.body) {
        Some(Body::ProgressReport { entries, .. }) => entries,
        _ => &[],
    }
}

fn timetable_entries(doc: Option<&DocInfo>) -> &[super::TimetableEntry] {
    match doc.map(|d| &d.body) {
        Some(Body::Timetable(entries)) => entries,
        _ => &[],
    }
}

fn member_row(code: &str, docs: &MemberDocs, standards: &[StandardInfo], as_of: Date) -> MemberRow {
    let (member_name, member_type) = docs
        .identity
        .as_ref()
        .map(|(_, n, t)| (n.clone(), t.clone()))
        .unwrap_or_default();
    let region = docs.region.as_ref().map(|(_, r)| r.clone());
    let notification = docs.latest(DocType::Notification);
    let timetable = docs.latest(DocType::Timetable);
    let report = docs.latest(DocType::ProgressReport);
    let who = (code, member_name.as_str(), &region);
    let rows: Vec<StatusRow> = standards
        .iter()
        .map(|s| status_row(who, s, timetable, report, as_of))
        .collect();
    let mut status_counts = StatusCounts::new();
    for r in &rows {
        status_counts.add(r.status.as_deref());
    }
    let (period_start, period_end) = match report.map(|d| &d.body) {
        Some(Body::ProgressReport {
            period_start,
            period_end,
            ..
        }) => (*period_start, *period_end),
        _ => (None, None),
    };
    let recent_report = report.is_some_and(|r| {
        as_of.days_since_epoch() - r.submission_date.days_since_epoch() <= REPORTING_YEAR_DAYS
    });
    let scope = match notification.map(|d| &d.body) {
        Some(Body::Notification { scope }) => scope.clone(),
        _ => None,
    };
    MemberRow {
        member_code: code.to_string(),
        member_name,
        member_type,
        region,
        notification_id: notification.map(|d| d.document_id.clone()),
        notification_date: notification.map(|d| d.submission_date.to_string()),
        notification_scope: scope,
        timetable_id: timetable.map(|d| d.document_id.clone()),
        timetable_date: timetable.map(|d| d.submission_date.to_string()),
        progress_report_id: report.map(|d| d.document_id.clone()),
        progress_report_date: report.map(|d| d.submission_date.to_string()),
        reporting_period_start: period_start.map(|d| d.to_string()),
        reporting_period_end: period_end.map(|d| d.to_string()),
        status_counts,
        progress: report.and_then(|_| progress(&rows)),
        // Every Member here sent at least one valid document: it took part.
        timetable_missing: timetable.is_none(),
        progress_report_missing: timetable.is_some() && !recent_report,
        standards: rows,
    }
}

/// The row of `status.csv` of a Member (code, name, region) on a standard.
fn status_row(
    who: (&str, &str, &Option<String>),
    s: &StandardInfo,
    timetable: Option<&DocInfo>,
    report: Option<&DocInfo>,
    as_of: Date,
) -> StatusRow {
    let t = timetable_entries(timetable)
        .iter()
        .find(|e| e.standard == s.number);
    let p = progress_entries(report)
        .iter()
        .find(|e| e.standard == s.number);
    let done = p.and_then(|p| p.actual_completion.or(p.expected_completion));
    let planned = t.and_then(|t| t.planned_completion);
    let slippage_days = match (done, planned) {
        (Some(d), Some(p)) => Some(d.days_since_epoch() - p.days_since_epoch()),
        _ => None,
    };
    let open = p.is_some_and(|p| {
        p.actual_completion.is_none()
            && matches!(
                p.status.as_deref(),
                Some("not-started" | "planned" | "in-progress")
            )
    });
    let overdue_days = planned
        .filter(|_| open)
        .map(|p| as_of.days_since_epoch() - p.days_since_epoch())
        .filter(|days| *days > 0);
    let ta = [
        t.and_then(|t| t.technical_assistance_requested),
        p.and_then(|p| p.technical_assistance_requested),
    ];
    let technical_assistance_requested = if ta.contains(&Some(true)) {
        Some(true)
    } else if ta.contains(&Some(false)) {
        Some(false)
    } else {
        None
    };
    let cb = [
        t.and_then(|t| t.capacity_building_required),
        p.map(|p| p.capacity_building_needs.is_some())
            .filter(|needs| *needs),
    ];
    let capacity_building = if cb.contains(&Some(true)) {
        Some(true)
    } else if cb.contains(&Some(false)) {
        Some(false)
    } else {
        None
    };
    let mut source_documents = Vec::new();
    if t.is_some() {
        source_documents.extend(timetable.map(|d| d.document_id.clone()));
    }
    if p.is_some() {
        source_documents.extend(report.map(|d| d.document_id.clone()));
    }
    StatusRow {
        member_code: who.0.to_string(),
        member_name: who.1.to_string(),
        region: who.2.clone(),
        standard: s.number,
        standard_title: s.title.clone(),
        status: p.and_then(|p| p.status.clone()),
        completion_percent: p.and_then(|p| p.completion_percent),
        maturity_level: p.and_then(|p| p.maturity_level),
        planned_start: t.and_then(|t| t.planned_start).map(|d| d.to_string()),
        planned_completion: planned.map(|d| d.to_string()),
        date_kind: t.and_then(|t| t.date_kind.clone()),
        expected_completion: p.and_then(|p| p.expected_completion).map(|d| d.to_string()),
        actual_completion: p.and_then(|p| p.actual_completion).map(|d| d.to_string()),
        slippage_days,
        overdue_days,
        technical_assistance_requested,
        capacity_building,
        source_documents,
    }
}

fn assistance_rows(
    member: &MemberRow,
    docs: &MemberDocs,
    standards: &[StandardInfo],
) -> Vec<AssistanceRow> {
    let timetable = docs.latest(DocType::Timetable);
    let report = docs.latest(DocType::ProgressReport);
    let mut rows = Vec::new();
    for s in standards {
        let row = |kind, source, doc: &DocInfo, text: Option<&String>| AssistanceRow {
            member_code: member.member_code.clone(),
            member_name: member.member_name.clone(),
            region: member.region.clone(),
            standard: s.number,
            standard_title: s.title.clone(),
            kind,
            source,
            document_id: doc.document_id.clone(),
            submission_date: doc.submission_date.to_string(),
            text: text.cloned(),
        };
        if let Some(doc) = timetable {
            for e in timetable_entries(Some(doc))
                .iter()
                .filter(|e| e.standard == s.number)
            {
                if e.technical_assistance_requested == Some(true) {
                    rows.push(row(
                        TECHNICAL_ASSISTANCE,
                        "timetable",
                        doc,
                        e.technical_assistance_description.as_ref(),
                    ));
                }
                if e.capacity_building_required == Some(true) {
                    rows.push(row(CAPACITY_BUILDING, "timetable", doc, None));
                }
            }
        }
        if let Some(doc) = report {
            for e in progress_entries(Some(doc))
                .iter()
                .filter(|e| e.standard == s.number)
            {
                if e.technical_assistance_requested == Some(true) {
                    rows.push(row(
                        TECHNICAL_ASSISTANCE,
                        "progress-report",
                        doc,
                        e.technical_assistance_description.as_ref(),
                    ));
                }
                if e.capacity_building_needs.is_some() {
                    rows.push(row(
                        CAPACITY_BUILDING,
                        "progress-report",
                        doc,
                        e.capacity_building_needs.as_ref(),
                    ));
                }
            }
        }
    }
    rows
}

/// A Member's progress, from its latest progress report: the mean, over
/// the standards of the edition that apply to it (status other than
/// `not-applicable`), of `completionPercent`, an `implemented` entry
/// without a percentage counting 100 and any other standard 0 (an entry
/// without a percentage, or no entry); rounded to two decimals. `None`
/// when no standard applies. A Member without a progress report has no
/// progress (the caller gives `None`), which is not 0.
pub fn progress(rows: &[StatusRow]) -> Option<f64> {
    let applying: Vec<&StatusRow> = rows
        .iter()
        .filter(|r| r.status.as_deref() != Some("not-applicable"))
        .collect();
    if applying.is_empty() {
        return None;
    }
    let sum: i64 = applying
        .iter()
        .map(|r| match (r.completion_percent, r.status.as_deref()) {
            (Some(p), _) => p,
            (None, Some("implemented")) => 100,
            _ => 0,
        })
        .sum();
    Some((sum as f64 / applying.len() as f64 * 100.0).round() / 100.0)
}

/// `kind` of a technical-assistance request.
pub const TECHNICAL_ASSISTANCE: &str = "technical-assistance";
/// `kind` of a capacity-building request or need.
pub const CAPACITY_BUILDING: &str = "capacity-building";
