//! Counts and aggregates by status: per Member, and over all Members or a
//! region, per standard (the benchmarking of Resolution 2.9).

use super::build::{MemberRow, StandardInfo};
use crate::model::CodeList;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// Counts per status, in the order of the status code list, then
/// `no-status`; serialised as an object.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StatusCounts(pub Vec<(String, usize)>);

impl StatusCounts {
    pub(super) fn new() -> StatusCounts {
        StatusCounts(
            status_codes()
                .into_iter()
                .chain([NO_STATUS.to_string()])
                .map(|s| (s, 0))
                .collect(),
        )
    }

    pub(super) fn add(&mut self, status: Option<&str>) {
        let key = status.unwrap_or(NO_STATUS);
        if let Some((_, n)) = self.0.iter_mut().find(|(s, _)| s == key) {
            *n += 1;
        }
    }

    /// The count of a status (`no-status` for none).
    pub fn get(&self, status: &str) -> usize {
        self.0
            .iter()
            .find(|(s, _)| s == status)
            .map_or(0, |(_, n)| *n)
    }
}

impl Serialize for StatusCounts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Shares per status, as [`StatusCounts`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatusShares(pub Vec<(String, f64)>);

impl Serialize for StatusShares {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// The key of "no progress-report entry" in counts and shares.
pub const NO_STATUS: &str = "no-status";

/// A Member without a progress report, in the dashboard (not a key of
/// the counts: such a Member is counted under [`NO_STATUS`] there and in
/// `noReport` of the aggregates).
pub const NO_REPORT: &str = "no-report";

/// The status codes, in code-list order.
pub fn status_codes() -> Vec<String> {
    CodeList::Status.values().to_vec()
}

/// One standard in an aggregate.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StandardAggregate {
    /// Standard number.
    pub standard: i64,
    /// Members per status.
    pub members_by_status: StatusCounts,
    /// Share of the group's Members per status (0–1, four decimals).
    pub share_by_status: StatusShares,
    /// Members of the group without a progress report: out of the rate.
    pub no_report: usize,
    /// Members whose latest progress report says `not-applicable`: out of
    /// the rate.
    pub not_applicable: usize,
    /// The rate's denominator: the group's Members with a progress report
    /// for whom the standard applies.
    pub rate_base: usize,
    /// Members with status `implemented` over [`Self::rate_base`] (four
    /// decimals); `None` when the base is 0.
    pub implementation_rate: Option<f64>,
    /// Mean `maturityLevel` of the Members that give one (two decimals).
    pub mean_maturity: Option<f64>,
    /// Members that give a `maturityLevel`.
    pub maturity_reported_by: usize,
}

/// Aggregates over a group of Members: all, or one region.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Aggregate {
    /// The region code; `None` overall, or for Members without a region.
    pub region: Option<String>,
    /// The region's name.
    pub region_name: Option<String>,
    /// Members in the group.
    pub members: usize,
    /// Members of the group with a progress report.
    pub reported_by: usize,
    /// Per standard of the edition.
    pub standards: Vec<StandardAggregate>,
    /// Mean `maturityLevel` over every reported entry of the group.
    pub mean_maturity: Option<f64>,
}

fn round(x: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (x * f).round() / f
}

pub(super) fn aggregate(
    region: Option<String>,
    region_name: Option<String>,
    members: &[MemberRow],
    standards: &[StandardInfo],
) -> Aggregate {
    let n = members.len();
    let share = |count: usize| {
        if n == 0 {
            0.0
        } else {
            round(count as f64 / n as f64, 4)
        }
    };
    let mut all_maturity = (0i64, 0usize);
    let per_standard = standards
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut counts = StatusCounts::new();
            let mut maturity = (0i64, 0usize);
            let mut no_report = 0;
            for m in members {
                let row = &m.standards[i];
                counts.add(row.status.as_deref());
                if m.progress_report_id.is_none() {
                    no_report += 1;
                }
                if let Some(level) = row.maturity_level {
                    maturity.0 += level;
                    maturity.1 += 1;
                }
            }
            all_maturity.0 += maturity.0;
            all_maturity.1 += maturity.1;
            let shares = StatusShares(
                counts
                    .0
                    .iter()
                    .map(|(s, c)| (s.clone(), share(*c)))
                    .collect(),
            );
            let not_applicable = counts.get("not-applicable");
            let rate_base = n - no_report - not_applicable;
            StandardAggregate {
                standard: s.number,
                no_report,
                not_applicable,
                rate_base,
                implementation_rate: (rate_base > 0)
                    .then(|| round(counts.get("implemented") as f64 / rate_base as f64, 4)),
                members_by_status: counts,
                share_by_status: shares,
                mean_maturity: (maturity.1 > 0)
                    .then(|| round(maturity.0 as f64 / maturity.1 as f64, 2)),
                maturity_reported_by: maturity.1,
            }
        })
        .collect();
    Aggregate {
        region,
        region_name,
        members: n,
        reported_by: members
            .iter()
            .filter(|m| m.progress_report_id.is_some())
            .count(),
        standards: per_standard,
        mean_maturity: (all_maturity.1 > 0)
            .then(|| round(all_maturity.0 as f64 / all_maturity.1 as f64, 2)),
    }
}
