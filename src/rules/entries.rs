//! Rules on entries: R02, R03, R07, R08, R09, R10, R13, R14, R15.

use super::{Ctx, EntryAt, date, entries, int, ranges, text};
use crate::diag::{Code, Related};
use crate::i18n::{Msg, msg};
use crate::model::{DocType, refdata};
use crate::tree::Node;

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let doc = ctx.doc;
    let catalogue: Option<Vec<i64>> = text(doc, "frameworkEdition")
        .and_then(|(e, _)| refdata::get().standards(e))
        .map(|s| s.iter().map(|s| s.number).collect());
    let edition = text(doc, "frameworkEdition")
        .map(|(e, _)| e)
        .unwrap_or_default();

    // R02 and R03
    let mut seen: Vec<(i64, crate::tree::Span)> = Vec::new();
    for (path, entry) in entries(doc) {
        let Some((number, span)) = int(entry, "standard") else {
            continue;
        };
        if let Some(&(_, first)) = seen.iter().find(|(n, _)| *n == number) {
            let d = ctx.push(
                Code::R02,
                span,
                format!("{path}/standard"),
                msg::r02_repeated(number),
            );
            d.related.push(Related {
                span: first,
                message: msg::r02_first_given_here(),
            });
            d.help = Some(msg::r02_help());
        } else {
            seen.push((number, span));
        }
        if let Some(numbers) = &catalogue
            && !numbers.contains(&number)
        {
            let range = ranges(numbers);
            ctx.push(
                Code::R03,
                span,
                format!("{path}/standard"),
                msg::r03_not_in_catalogue(number, edition, &range),
            )
            .help = Some(msg::r03_help(edition, &range));
        }
    }
    let covered: Vec<i64> = seen.iter().map(|(n, _)| *n).collect();
    let missing: Vec<i64> = catalogue
        .as_ref()
        .map(|c| c.iter().copied().filter(|n| !covered.contains(n)).collect())
        .unwrap_or_default();

    match ctx.doc_type {
        DocType::Notification => scope(ctx, &missing),
        DocType::Timetable => {
            for (path, entry) in entries(doc) {
                assistance(ctx, path, entry);
            }
        }
        DocType::ProgressReport => {
            if catalogue.is_some()
                && !missing.is_empty()
                && doc.get("entries").is_some_and(|e| !e.items().is_empty())
            {
                let span = doc.get("entries").map_or(doc.span, |e| e.span);
                let span = doc.member("entries").map_or(span, |m| m.key_span);
                ctx.push(
                    Code::R13,
                    span,
                    "/entries",
                    msg::r13_incomplete(edition, ranges(&missing)),
                )
                .help = Some(msg::r13_help());
            }
            let period_start = doc.get("reportingPeriod").and_then(|p| date(p, "start"));
            for (path, entry) in entries(doc) {
                progress_entry(ctx, path, entry, period_start);
                assistance(ctx, path, entry);
            }
        }
    }
}

/// R10: a notification's entries match its scope.
fn scope(ctx: &mut Ctx<'_>, missing: &[i64]) {
    let doc = ctx.doc;
    let Some(intention) = doc.get("intention") else {
        return;
    };
    let Some((scope, scope_span)) = text(intention, "scope") else {
        return;
    };
    let n_entries = doc.get("entries").map_or(0, |e| e.items().len());
    if scope == "partial" && n_entries == 0 {
        ctx.push(
            Code::R10,
            scope_span,
            "/intention/scope",
            msg::r10_partial_empty(),
        )
        .help = Some(msg::r10_partial_empty_help());
    } else if scope == "full" && n_entries > 0 && !missing.is_empty() {
        let span = doc.member("entries").map_or(doc.span, |m| m.key_span);
        let d = ctx.push(
            Code::R10,
            span,
            "/entries",
            msg::r10_full_incomplete(ranges(missing)),
        );
        d.related.push(Related {
            span: scope_span,
            message: msg::r10_scope_given_here(),
        });
        d.help = Some(msg::r10_full_incomplete_help());
    }
}

/// R09 on an entry: technical assistance needs a description.
fn assistance(ctx: &mut Ctx<'_>, path: EntryAt, entry: &Node) {
    if let Some(flag) = entry.get("technicalAssistanceRequested")
        && flag.as_bool() == Some(true)
        && entry.get("technicalAssistanceDescription").is_none()
    {
        ctx.push(
            Code::R09,
            flag.span,
            format!("{path}/technicalAssistanceDescription"),
            msg::r09_assistance(),
        )
        .help = Some(msg::r09_assistance_help());
    }
}

/// R07, R08, R14, R15 on a progress entry.
fn progress_entry(
    ctx: &mut Ctx<'_>,
    path: EntryAt,
    entry: &Node,
    period_start: Option<(crate::value::date::Date, crate::tree::Span)>,
) {
    let Some((status, span)) = text(entry, "status") else {
        return;
    };
    if !crate::model::CodeList::Status.contains(status) {
        return; // S04 says so; a value that is not a status is not judged further
    }
    let at = Status {
        path,
        entry,
        status,
        span,
    };
    at.r07(ctx);
    at.r08(ctx);
    at.r14(ctx, period_start);
    at.r15(ctx);
}

/// A progress entry with a known status, and where the status is.
struct Status<'a> {
    path: EntryAt,
    entry: &'a Node,
    status: &'a str,
    span: crate::tree::Span,
}

impl Status<'_> {
    /// The related place of the status.
    fn label(&self) -> Related {
        Related {
            span: self.span,
            message: msg::status_given_here(self.status),
        }
    }

    /// R07: the figures agree with the status.
    fn r07(&self, ctx: &mut Ctx<'_>) {
        let (path, entry, status) = (self.path, self.entry, self.status);
        let percent = int(entry, "completionPercent");
        let maturity = int(entry, "maturityLevel");
        let r07 = |ctx: &mut Ctx<'_>, span, key: &str, message: Msg, help: Msg| {
            let d = ctx.push(Code::R07, span, format!("{path}/{key}"), message);
            d.related.push(self.label());
            d.help = Some(help);
        };
        match (status, percent) {
            ("implemented", Some((p, span))) if p != 100 => r07(
                ctx,
                span,
                "completionPercent",
                msg::r07_implemented_percent(p),
                msg::r07_implemented_percent_help(),
            ),
            ("not-started", Some((p, span))) if p != 0 => r07(
                ctx,
                span,
                "completionPercent",
                msg::r07_not_started_percent(p),
                msg::r07_not_started_percent_help(),
            ),
            _ => {}
        }
        if status == "not-applicable" {
            for key in ["completionPercent", "maturityLevel"] {
                if let Some(n) = entry.get(key) {
                    r07(
                        ctx,
                        n.span,
                        key,
                        msg::r07_not_applicable_figure(key),
                        msg::r07_not_applicable_figure_help(),
                    );
                }
            }
        }
        if let Some((4, span)) = maturity
            && status != "implemented"
        {
            r07(
                ctx,
                span,
                "maturityLevel",
                msg::r07_maturity(status),
                msg::r07_maturity_help(),
            );
        }
    }

    /// R08: an actual completion only for an implemented entry.
    fn r08(&self, ctx: &mut Ctx<'_>) {
        let (path, entry, status) = (self.path, self.entry, self.status);
        if status != "implemented"
            && let Some(n) = entry.get("actualCompletion")
        {
            let d = ctx.push(
                Code::R08,
                n.span,
                format!("{path}/actualCompletion"),
                msg::r08_actual_not_implemented(status),
            );
            d.related.push(self.label());
            d.help = Some(msg::r08_help());
        }
    }

    /// R14: a planned or in-progress entry has an expected completion, not
    /// before the reporting period starts.
    fn r14(
        &self,
        ctx: &mut Ctx<'_>,
        period_start: Option<(crate::value::date::Date, crate::tree::Span)>,
    ) {
        let (path, entry, status, status_span) = (self.path, self.entry, self.status, self.span);
        if matches!(status, "planned" | "in-progress") {
            match (
                entry.get("expectedCompletion"),
                date(entry, "expectedCompletion"),
                period_start,
            ) {
                (None, _, _) => {
                    let d = ctx.push(
                        Code::R14,
                        status_span,
                        format!("{path}/expectedCompletion"),
                        msg::r14_no_expected(status),
                    );
                    d.help = Some(msg::r14_no_expected_help());
                }
                (Some(_), Some((e, span)), Some((s, s_span))) if e < s => {
                    let d = ctx.push(
                        Code::R14,
                        span,
                        format!("{path}/expectedCompletion"),
                        msg::r14_expected_before_period(e.to_string(), s.to_string()),
                    );
                    d.related.push(Related {
                        span: s_span,
                        message: msg::r14_period_start_here(),
                    });
                    d.help = Some(msg::r14_expected_before_period_help());
                }
                _ => {}
            }
        }
    }

    /// R15: an implemented entry has an actual completion.
    fn r15(&self, ctx: &mut Ctx<'_>) {
        let (path, entry, status, status_span) = (self.path, self.entry, self.status, self.span);
        if status == "implemented" && entry.get("actualCompletion").is_none() {
            ctx.push(
                Code::R15,
                status_span,
                format!("{path}/actualCompletion"),
                msg::r15_no_actual(),
            )
            .help = Some(msg::r15_help());
        }
    }
}
