//! Date order: R04 and R06.

use super::{Ctx, date, entries};
use crate::diag::{Code, Related};
use crate::i18n::msg;
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
                msg::r04_period_reversed(e.to_string(), s.to_string()),
            );
            d.related.push(Related {
                span: s_span,
                message: msg::r04_start_given_here(),
            });
            d.help = Some(msg::r04_swap_help());
        }
        if ctx.doc_type == DocType::ProgressReport
            && let (Some((e, e_span)), Some((sub, sub_span))) = (end, submitted)
            && e > sub
        {
            let d = ctx.push(
                Code::R06,
                e_span,
                "/reportingPeriod/end",
                msg::r06_period_after_submission(e.to_string(), sub.to_string()),
            );
            d.related.push(Related {
                span: sub_span,
                message: msg::submission_date_given_here(),
            });
            d.help = Some(msg::r06_help());
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
                msg::r04_planned_reversed(c.to_string(), s.to_string()),
            );
            d.related.push(Related {
                span: s_span,
                message: msg::r04_planned_start_given_here(),
            });
            d.help = Some(msg::r04_swap_help());
        }
        if let (Some((a, a_span)), Some((sub, sub_span))) =
            (date(entry, "actualCompletion"), submitted)
            && a > sub
        {
            let d = ctx.push(
                Code::R04,
                a_span,
                format!("{path}/actualCompletion"),
                msg::r04_actual_after_submission(a.to_string(), sub.to_string()),
            );
            d.related.push(Related {
                span: sub_span,
                message: msg::submission_date_given_here(),
            });
            d.help = Some(msg::r04_actual_help());
        }
    }
}
