//! Rules on entries: R02, R03, R07, R08, R09, R10, R13, R14, R15.

use super::{Ctx, date, entries, int, ranges, text};
use crate::diag::{Code, Related};
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
                format!("standard {number} appears more than once in the entries"),
            );
            d.related.push(Related {
                span: first,
                message: "first given here".into(),
            });
            d.help = Some("give each standard one entry".into());
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
                format!("standard {number} is not in the {edition} catalogue ({range})"),
            )
            .help = Some(format!(
                "the {edition} edition numbers its standards {range}"
            ));
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
                assistance(ctx, &path, entry);
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
                    format!(
                        "the report does not cover every standard of the {edition} edition: missing {}",
                        ranges(&missing)
                    ),
                )
                .help = Some("add an entry for each missing standard (status `not-started` or `not-applicable` where that is the case)".into());
            }
            let period_start = doc.get("reportingPeriod").and_then(|p| date(p, "start"));
            for (path, entry) in entries(doc) {
                progress_entry(ctx, &path, entry, period_start);
                assistance(ctx, &path, entry);
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
            "a notification with scope `partial` has no entries".into(),
        )
        .help =
            Some("list the standards to implement in entries, or set the scope to `full`".into());
    } else if scope == "full" && n_entries > 0 && !missing.is_empty() {
        let span = doc.member("entries").map_or(doc.span, |m| m.key_span);
        let d = ctx.push(
            Code::R10,
            span,
            "/entries",
            format!(
                "a notification with scope `full` must cover every standard; missing {}",
                ranges(missing)
            ),
        );
        d.related.push(Related {
            span: scope_span,
            message: "scope given here".into(),
        });
        d.help = Some(
            "add the missing standards, leave entries out, or set the scope to `partial`".into(),
        );
    }
}

/// R09 on an entry: technical assistance needs a description.
fn assistance(ctx: &mut Ctx<'_>, path: &str, entry: &Node) {
    if let Some(flag) = entry.get("technicalAssistanceRequested")
        && flag.as_bool() == Some(true)
        && entry.get("technicalAssistanceDescription").is_none()
    {
        ctx.push(
            Code::R09,
            flag.span,
            format!("{path}/technicalAssistanceDescription"),
            "technical assistance is requested but `technicalAssistanceDescription` is missing"
                .into(),
        )
        .help = Some("describe the assistance needed".into());
    }
}

/// R07, R08, R14, R15 on a progress entry.
fn progress_entry(
    ctx: &mut Ctx<'_>,
    path: &str,
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
    path: &'a str,
    entry: &'a Node,
    status: &'a str,
    span: crate::tree::Span,
}

impl Status<'_> {
    /// The related place of the status.
    fn label(&self) -> Related {
        Related {
            span: self.span,
            message: format!("status `{}` given here", self.status),
        }
    }

    /// R07: the figures agree with the status.
    fn r07(&self, ctx: &mut Ctx<'_>) {
        let (path, entry, status) = (self.path, self.entry, self.status);
        let percent = int(entry, "completionPercent");
        let maturity = int(entry, "maturityLevel");
        let r07 = |ctx: &mut Ctx<'_>, span, key: &str, message: String, help: &str| {
            let d = ctx.push(Code::R07, span, format!("{path}/{key}"), message);
            d.related.push(self.label());
            d.help = Some(help.into());
        };
        match (status, percent) {
            ("implemented", Some((p, span))) if p != 100 => r07(
                ctx,
                span,
                "completionPercent",
                format!("an implemented standard is 100% complete, not {p}%"),
                "set completionPercent to 100, or change the status",
            ),
            ("not-started", Some((p, span))) if p != 0 => r07(
                ctx,
                span,
                "completionPercent",
                format!("a standard not started is 0% complete, not {p}%"),
                "set completionPercent to 0, or change the status",
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
                        format!("a standard that is not applicable has no {key}"),
                        "leave the figure out, or change the status",
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
                format!("maturity level 4 (advanced) needs status `implemented`, not `{status}`"),
                "lower the maturity level, or change the status",
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
                format!(
                    "actualCompletion is given but the status is `{status}`, not `implemented`"
                ),
            );
            d.related.push(self.label());
            d.help = Some(
                "use expectedCompletion for a date still to come, or set the status to `implemented`"
                    .into(),
            );
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
                        format!("an entry with status `{status}` has no expectedCompletion"),
                    );
                    d.help = Some(
                        "add expectedCompletion, the date the standard should be implemented"
                            .into(),
                    );
                }
                (Some(_), Some((e, span)), Some((s, s_span))) if e < s => {
                    let d = ctx.push(
                        Code::R14,
                        span,
                        format!("{path}/expectedCompletion"),
                        format!(
                            "expectedCompletion {e} is before the reporting period starts ({s})"
                        ),
                    );
                    d.related.push(Related {
                        span: s_span,
                        message: "reporting period start".into(),
                    });
                    d.help =
                        Some("give the date the standard is now expected to be implemented".into());
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
                "an implemented entry has no actualCompletion".into(),
            )
            .help = Some("add actualCompletion, the date the standard was implemented".into());
        }
    }
}
