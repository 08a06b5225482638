//! Date order: R04 and R06.

use super::{Ctx, date, entries};
use crate::diag::{Code, Related};
use crate::model::DocType;

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let submitted = date(ctx.doc, "submissionDate");
    if let Some(period) = ctx.doc.get("reportingPeriod") {
        let start = date(period, "start");
        let end = date(period, "end");
        if let (Some((s, s_span)), Some((e, e_span))) = (start, end)
            && s > e
        {
            let d = ctx.push(
                Code::R04,
                e_span,
                "/reportingPeriod/end",
                format!("the reporting period ends ({e}) before it starts ({s})"),
            );
            d.related.push(Related {
                span: s_span,
                message: "start given here".into(),
            });
            d.help = Some("swap the two dates, or correct one of them".into());
        }
        if ctx.doc_type == DocType::ProgressReport
            && let (Some((e, e_span)), Some((sub, sub_span))) = (end, submitted)
            && e > sub
        {
            let d = ctx.push(
                Code::R06,
                e_span,
                "/reportingPeriod/end",
                format!("the reporting period ends ({e}) after the report was submitted ({sub})"),
            );
            d.related.push(Related {
                span: sub_span,
                message: "submissionDate given here".into(),
            });
            d.help = Some("report on a period that has ended".into());
        }
    }
    for (path, entry) in entries(ctx.doc) {
        if let (Some((s, s_span)), Some((c, c_span))) = (
            date(entry, "plannedStart"),
            date(entry, "plannedCompletion"),
        ) && s > c
        {
            let d = ctx.push(
                Code::R04,
                c_span,
                format!("{path}/plannedCompletion"),
                format!("plannedCompletion {c} is before plannedStart {s}"),
            );
            d.related.push(Related {
                span: s_span,
                message: "plannedStart given here".into(),
            });
            d.help = Some("swap the two dates, or correct one of them".into());
        }
        if let (Some((a, a_span)), Some((sub, sub_span))) =
            (date(entry, "actualCompletion"), submitted)
            && a > sub
        {
            let d = ctx.push(
                Code::R04,
                a_span,
                format!("{path}/actualCompletion"),
                format!("actualCompletion {a} is after the submission date {sub}"),
            );
            d.related.push(Related {
                span: sub_span,
                message: "submissionDate given here".into(),
            });
            d.help = Some("an entry can only be completed on or before the day of the report; use expectedCompletion for a future date".into());
        }
    }
}
