//! The evaluation-meeting dataset: from an inbox of submissions, where each
//! Member stands on each standard of an edition (`docs/spec/summary.md`).
//!
//! Files are found and checked with the library's own checks; only valid
//! documents count, everything else is listed as skipped with its codes.
//! Per Member and document type only the latest document is kept (the
//! greatest `submissionDate`, then the greatest `documentId`), so memory is
//! bounded by the summary, not by the inputs. [`Collector`] gathers,
//! [`Summary::build`] works out the rows and aggregates, [`write`] writes
//! `status.csv`, `members.csv`, `assistance.csv`, `skipped.csv`,
//! `notifications.csv`, `status.json`, the `index.html` dashboard
//! ([`html`]) and the `meeting.xlsx` workbook.
//!
//! ```
//! use fosx::summary::{Collector, Summary, SummaryOptions};
//! use fosx::{CheckOptions, Date};
//!
//! let as_of = Date::parse("2026-11-28").unwrap();
//! let options = SummaryOptions {
//!     check: CheckOptions { as_of, ..Default::default() },
//!     ..Default::default()
//! };
//! let mut collector = Collector::new(&options).unwrap();
//! collector.add_path(std::path::Path::new("fixtures/valid/progress-report.json"));
//! let summary = Summary::build(collector, &options);
//! let kenya = &summary.members[0];
//! assert_eq!(kenya.member_code, "KE");
//! assert_eq!(kenya.standards.len(), 15);
//! assert_eq!(kenya.standards[0].status.as_deref(), Some("implemented"));
//! ```

mod aggregate;
mod build;
mod collect;
pub mod html;
mod html_sections;
mod labels;
mod write;
mod xlsx;

pub use aggregate::{
    Aggregate, NO_REPORT, NO_STATUS, StandardAggregate, StatusCounts, StatusShares, status_codes,
};
pub use build::{
    AssistanceRow, CAPACITY_BUILDING, MemberRow, REPORTING_YEAR_DAYS, SUMMARY_VERSION,
    StandardInfo, StatusRow, Summary, TECHNICAL_ASSISTANCE, Totals, progress,
};
pub use collect::{Collector, Input, MemberDocs, find_inputs};
pub use write::{OUTPUT_FILES, SummaryWriteError, write};

use crate::check::CheckOptions;
use crate::i18n::{Lang, Msg, msg};
use crate::model::DocType;
use crate::model::refdata::{self, Standard};
use crate::tree::Node;
use crate::value::date::Date;
use serde::Serialize;
use std::cmp::Reverse;
use std::path::PathBuf;

/// How to summarize.
#[derive(Debug, Clone)]
pub struct SummaryOptions {
    /// How to check the inputs; `check.as_of` is also the reference date of
    /// the summary (what "the last reporting year" means).
    pub check: CheckOptions,
    /// The edition whose standards make the columns (`2018`).
    pub edition: String,
    /// The language of the dashboard and of `meeting.xlsx`.
    pub lang: Lang,
    /// Whether the CSV files start with a UTF-8 byte order mark (the
    /// default: they are for people, and spreadsheet programs read a
    /// BOM-less CSV in the system's 8-bit character set).
    pub csv_bom: bool,
}

impl Default for SummaryOptions {
    fn default() -> Self {
        SummaryOptions {
            check: CheckOptions::default(),
            edition: "2018".to_string(),
            lang: Lang::En,
            csv_bom: true,
        }
    }
}

/// Why a summary cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message().english())]
pub enum SummaryError {
    /// No standards file for the edition.
    UnknownEdition(String, String),
    /// An input folder is the output folder (itself, or through a symbolic
    /// link): its outputs would be read back as inputs.
    OutputIsInput(PathBuf),
    /// An input file is (or leads to) a file written to the output folder.
    InputIsOutput(PathBuf, PathBuf),
}

impl SummaryError {
    /// What went wrong, for people.
    pub fn message(&self) -> Msg {
        match self {
            SummaryError::UnknownEdition(edition, known) => {
                msg::summary_unknown_edition(edition, known)
            }
            SummaryError::OutputIsInput(folder) => {
                msg::summary_output_is_input(folder.display().to_string())
            }
            SummaryError::InputIsOutput(input, folder) => msg::summary_input_is_output(
                input.display().to_string(),
                folder.display().to_string(),
            ),
        }
    }
}

/// Why an input did not count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// The file could not be read (`unreadable`).
    Unreadable,
    /// The file or document is not valid (`invalid`).
    Invalid,
    /// A valid document of another edition (`other-edition`).
    OtherEdition,
}

impl SkipReason {
    /// Every reason.
    pub const ALL: [SkipReason; 3] = [
        SkipReason::Unreadable,
        SkipReason::Invalid,
        SkipReason::OtherEdition,
    ];

    /// Its code in `skipped.csv` and `status.json`: `unreadable`,
    /// `invalid` or `other-edition`.
    pub fn code(self) -> &'static str {
        match self {
            SkipReason::Unreadable => "unreadable",
            SkipReason::Invalid => "invalid",
            SkipReason::OtherEdition => "other-edition",
        }
    }
}

impl std::fmt::Display for SkipReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// An input that did not count, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Skipped {
    /// The file, as found.
    pub path: String,
    /// The document's index in the file (0-based), when the problem is one
    /// document's; `None` for the whole file.
    pub document: Option<usize>,
    /// The document's `documentId`, when it has one.
    pub document_id: Option<String>,
    /// Why it did not count.
    pub reason: SkipReason,
    /// The codes of the blocking diagnostics (`FOS-S04`), sorted, each once.
    pub codes: Vec<String>,
}

/// A timetable entry, as the summary needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimetableEntry {
    /// Standard number.
    pub standard: i64,
    /// `plannedStart`.
    pub planned_start: Option<Date>,
    /// `plannedCompletion`.
    pub planned_completion: Option<Date>,
    /// `dateKind`.
    pub date_kind: Option<String>,
    /// `capacityBuildingRequired`.
    pub capacity_building_required: Option<bool>,
    /// `technicalAssistanceRequested`.
    pub technical_assistance_requested: Option<bool>,
    /// `technicalAssistanceDescription`.
    pub technical_assistance_description: Option<String>,
}

/// A progress-report entry, as the summary needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressEntry {
    /// Standard number.
    pub standard: i64,
    /// `status`.
    pub status: Option<String>,
    /// `completionPercent`.
    pub completion_percent: Option<i64>,
    /// `maturityLevel`.
    pub maturity_level: Option<i64>,
    /// `expectedCompletion`.
    pub expected_completion: Option<Date>,
    /// `actualCompletion`.
    pub actual_completion: Option<Date>,
    /// `capacityBuildingNeeds`.
    pub capacity_building_needs: Option<String>,
    /// `technicalAssistanceRequested`.
    pub technical_assistance_requested: Option<bool>,
    /// `technicalAssistanceDescription`.
    pub technical_assistance_description: Option<String>,
}

/// What a document says that the summary uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// A notification: its scope.
    Notification {
        /// `intention.scope`.
        scope: Option<String>,
    },
    /// A timetable: its entries.
    Timetable(Vec<TimetableEntry>),
    /// A progress report: its period and entries.
    ProgressReport {
        /// `reportingPeriod.start`.
        period_start: Option<Date>,
        /// `reportingPeriod.end`.
        period_end: Option<Date>,
        /// The entries.
        entries: Vec<ProgressEntry>,
    },
}

/// One valid document, reduced to what the summary uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocInfo {
    /// `documentType`.
    pub doc_type: DocType,
    /// `documentId`.
    pub document_id: String,
    /// `submissionDate`.
    pub submission_date: Date,
    /// `frameworkEdition`.
    pub edition: String,
    /// `submitter.memberCode`.
    pub member_code: String,
    /// `submitter.memberName`.
    pub member_name: String,
    /// `submitter.memberType`.
    pub member_type: String,
    /// `submitter.region`.
    pub region: Option<String>,
    /// The file it came from.
    pub path: String,
    /// Its index in the file.
    pub index: usize,
    /// The type's content.
    pub body: Body,
}

/// The order of "latest": greater is later. Submission date, then
/// `documentId` (compared as text, code point by code point); two documents
/// alike in both are told apart by where they were found, the first file
/// in path order (then the first document in it) counting as the later, so
/// the choice never depends on the order in which files were read.
pub type LatestKey = (Date, String, Reverse<String>, Reverse<usize>);

impl DocInfo {
    /// The order of "latest".
    pub fn key(&self) -> LatestKey {
        (
            self.submission_date,
            self.document_id.clone(),
            Reverse(self.path.clone()),
            Reverse(self.index),
        )
    }

    /// Reads the fields the summary uses from a valid document.
    pub fn from_node(doc: &Node, path: &str, index: usize) -> Option<DocInfo> {
        let doc_type = DocType::from_code(doc.str_of("documentType")?)?;
        let submitter = doc.get("submitter")?;
        let body = match doc_type {
            DocType::Notification => Body::Notification {
                scope: doc
                    .get("intention")
                    .and_then(|i| i.str_of("scope"))
                    .map(str::to_owned),
            },
            DocType::Timetable => Body::Timetable(
                entries(doc)
                    .iter()
                    .filter_map(|e| {
                        Some(TimetableEntry {
                            standard: int(e, "standard")?,
                            planned_start: date(e, "plannedStart"),
                            planned_completion: date(e, "plannedCompletion"),
                            date_kind: text(e, "dateKind"),
                            capacity_building_required: boolean(e, "capacityBuildingRequired"),
                            technical_assistance_requested: boolean(
                                e,
                                "technicalAssistanceRequested",
                            ),
                            technical_assistance_description: text(
                                e,
                                "technicalAssistanceDescription",
                            ),
                        })
                    })
                    .collect(),
            ),
            DocType::ProgressReport => {
                let period = doc.get("reportingPeriod");
                Body::ProgressReport {
                    period_start: period.and_then(|p| date(p, "start")),
                    period_end: period.and_then(|p| date(p, "end")),
                    entries: entries(doc)
                        .iter()
                        .filter_map(|e| {
                            Some(ProgressEntry {
                                standard: int(e, "standard")?,
                                status: text(e, "status"),
                                completion_percent: int(e, "completionPercent"),
                                maturity_level: int(e, "maturityLevel"),
                                expected_completion: date(e, "expectedCompletion"),
                                actual_completion: date(e, "actualCompletion"),
                                capacity_building_needs: text(e, "capacityBuildingNeeds"),
                                technical_assistance_requested: boolean(
                                    e,
                                    "technicalAssistanceRequested",
                                ),
                                technical_assistance_description: text(
                                    e,
                                    "technicalAssistanceDescription",
                                ),
                            })
                        })
                        .collect(),
                }
            }
        };
        Some(DocInfo {
            doc_type,
            document_id: doc.str_of("documentId")?.to_owned(),
            submission_date: date(doc, "submissionDate")?,
            edition: text(doc, "frameworkEdition")?,
            member_code: submitter.str_of("memberCode")?.to_owned(),
            member_name: text(submitter, "memberName").unwrap_or_default(),
            member_type: text(submitter, "memberType").unwrap_or_default(),
            region: text(submitter, "region"),
            path: path.to_owned(),
            index,
            body,
        })
    }
}

fn entries(doc: &Node) -> &[Node] {
    doc.get("entries").map(Node::items).unwrap_or_default()
}

fn text(node: &Node, key: &str) -> Option<String> {
    node.str_of(key).map(str::to_owned)
}

fn date(node: &Node, key: &str) -> Option<Date> {
    Date::parse(node.str_of(key)?).ok()
}

fn int(node: &Node, key: &str) -> Option<i64> {
    let n = node.get(key)?;
    n.as_int().or_else(|| n.as_str()?.parse().ok())
}

fn boolean(node: &Node, key: &str) -> Option<bool> {
    let n = node.get(key)?;
    n.as_bool().or_else(|| match n.as_str()? {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    })
}

/// The standards of an edition.
pub fn standards(edition: &str) -> Result<&'static [Standard], SummaryError> {
    let data = refdata::get();
    data.standards(edition).ok_or_else(|| {
        SummaryError::UnknownEdition(
            edition.to_string(),
            crate::model::CodeList::FrameworkEdition.values().join(", "),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn report(id: &str, date: &str, path: &str, status: &str) -> DocInfo {
        DocInfo {
            doc_type: DocType::ProgressReport,
            document_id: id.into(),
            submission_date: d(date),
            edition: "2018".into(),
            member_code: "KE".into(),
            member_name: format!("Kenya {id}"),
            member_type: "member".into(),
            region: None,
            path: path.into(),
            index: 0,
            body: Body::ProgressReport {
                period_start: None,
                period_end: None,
                entries: vec![ProgressEntry {
                    standard: 1,
                    status: Some(status.into()),
                    completion_percent: None,
                    maturity_level: None,
                    expected_completion: None,
                    actual_completion: None,
                    capacity_building_needs: None,
                    technical_assistance_requested: None,
                    technical_assistance_description: None,
                }],
            },
        }
    }

    fn status_of(docs: Vec<DocInfo>) -> (Option<String>, usize) {
        let options = SummaryOptions::default();
        let mut c = Collector::new(&options).unwrap();
        for doc in docs {
            c.add(doc);
        }
        let skipped = c.skipped.len();
        let s = Summary::build(c, &options);
        (s.status.first().and_then(|r| r.status.clone()), skipped)
    }

    #[test]
    fn the_latest_is_the_last_submitted_then_the_greatest_id_then_the_first_path() {
        let a = report("KE-PR-1", "2025-03-01", "a.json", "planned");
        let b = report("KE-PR-2", "2025-03-01", "b.json", "in-progress");
        let c = report("KE-PR-0", "2025-02-28", "c.json", "implemented");
        let b2 = report("KE-PR-2", "2025-03-01", "a2.json", "not-started");
        // In any order of arrival.
        for docs in [
            vec![a.clone(), b.clone(), c.clone()],
            vec![c.clone(), b.clone(), a.clone()],
        ] {
            assert_eq!(status_of(docs).0.as_deref(), Some("in-progress"));
        }
        for docs in [vec![b.clone(), b2.clone()], vec![b2.clone(), b.clone()]] {
            assert_eq!(status_of(docs).0.as_deref(), Some("not-started"));
        }
    }

    #[test]
    fn another_edition_is_skipped() {
        let mut doc = report("KE-PR-1", "2025-03-01", "a.json", "planned");
        doc.edition = "2022".into();
        let (status, skipped) = status_of(vec![doc]);
        assert_eq!((status, skipped), (None, 1));
    }

    #[test]
    fn an_unknown_edition_is_refused() {
        let options = SummaryOptions {
            edition: "1999".into(),
            ..Default::default()
        };
        assert_eq!(
            Collector::new(&options).unwrap_err().to_string(),
            "there is no catalogue of standards for edition `1999` (known: 2018)"
        );
    }
}
