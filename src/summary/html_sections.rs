//! The sections of the dashboard after the heatmap: implementation rates,
//! slippage and overdue work, missing submissions, notifications to
//! transmit, assistance requests and skipped inputs.

use super::html::{escape, progress_cell, scroll_box, standard_headers};
use crate::i18n::{Lang, Msg, msg};
use crate::summary::labels::{decimal, percent, standard_title, text, title};
use crate::summary::{Aggregate, StandardAggregate, StatusRow, Summary, TECHNICAL_ASSISTANCE};
use std::fmt::Write;

/// Rows of the slippage table at most (the rest are in `status.csv`).
const SLIPPAGE_ROWS: usize = 100;
/// Rows of the skipped table at most (the rest are in `skipped.csv`).
const SKIPPED_ROWS: usize = 100;

fn section_head(h: &mut String, id: &str, class: &str, heading: Msg, notes: &[Msg], lang: Lang) {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{class}\"")
    };
    let _ = writeln!(
        h,
        "<section id=\"{id}\"{class}>\n<h2>{}</h2>",
        text(heading, lang)
    );
    for n in notes {
        let _ = writeln!(h, "<p class=\"note\">{}</p>", text(n.clone(), lang));
    }
}

/// A rate with its numerator and denominator (`50% (2/4)`), or its
/// absence when no Member counts.
fn rate_text(a: &StandardAggregate, lang: Lang) -> String {
    match a.implementation_rate {
        Some(rate) => {
            let implemented = a.members_by_status.get("implemented");
            format!(
                "{}<span class=\"base\">{}</span>",
                escape(&percent(rate, lang)),
                escape(&text(
                    msg::summary_rate_base(implemented, a.rate_base),
                    lang
                ))
            )
        }
        None => format!(
            "<span aria-hidden=\"true\">–</span><span class=\"sr\">{}</span>",
            escape(&text(msg::summary_rate_none(), lang))
        ),
    }
}

/// The overall rate per standard as bars, in a table: every title in full
/// and every value as text, for screen readers as for the eye.
fn rate_chart(h: &mut String, overall: &Aggregate, summary: &Summary, lang: Lang) {
    let caption = text(msg::summary_all_members(), lang);
    scroll_box(h, &caption);
    let _ = writeln!(
        h,
        "<table class=\"chart\">\n<caption class=\"sr\">{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        escape(&caption),
        text(msg::summary_standard(), lang),
        text(msg::summary_rate_header(), lang),
        text(msg::summary_bar(), lang),
    );
    for a in &overall.standards {
        let w = (a.implementation_rate.unwrap_or(0.0) * 100.0).round();
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}. {}</th><td class=\"rate\">{}</td>\
             <td class=\"bar\"><div class=\"track\" aria-hidden=\"true\"><div class=\"fill\" style=\"width: {w}%\"></div></div></td></tr>",
            a.standard,
            escape(&standard_title(summary, a.standard, lang)),
            rate_text(a, lang),
        );
    }
    h.push_str("</tbody>\n</table>\n</div>\n");
}

pub(crate) fn rates(h: &mut String, summary: &Summary, lang: Lang) {
    // The heading, its note and the chart stay together on paper.
    let mut head = String::new();
    section_head(
        &mut head,
        "rates",
        "",
        msg::summary_rates(),
        &[msg::summary_rates_note()],
        lang,
    );
    let (open, note) = head.split_once("<h2>").unwrap_or((head.as_str(), ""));
    let _ = write!(h, "{open}<div class=\"keep\"><h2>{note}");
    rate_chart(h, &summary.overall, summary, lang);
    h.push_str("</div>\n");
    let heading = text(msg::summary_rates_by_region(), lang);
    let _ = writeln!(h, "<div class=\"keep\"><h3>{}</h3>", escape(&heading));
    scroll_box(h, &heading);
    h.push_str("<table class=\"rates\">\n<thead><tr>");
    let _ = write!(
        h,
        "<th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th>",
        text(msg::summary_region(), lang),
        text(msg::summary_members(), lang),
        text(msg::summary_with_report(), lang)
    );
    standard_headers(h, summary, "num", lang);
    let _ = writeln!(
        h,
        "<th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody>",
        text(msg::summary_mean_maturity(), lang)
    );
    let groups = std::iter::once(&summary.overall).chain(&summary.regions);
    for (i, g) in groups.enumerate() {
        let name = if i == 0 {
            msg::summary_all_members()
        } else {
            match (&g.region, &g.region_name) {
                (Some(code), Some(_)) => {
                    msg::summary_region_row(code.as_str(), msg::summary_region_name(code.as_str()))
                }
                _ => msg::summary_no_region(),
            }
        };
        let _ = write!(
            h,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>",
            escape(&text(name, lang)),
            g.members,
            g.reported_by
        );
        for a in &g.standards {
            // Shade from white to green with the rate, light enough for
            // the ink to keep a contrast over 7:1.
            let alpha = (a.implementation_rate.unwrap_or(0.0) * 0.6 * 100.0).round() / 100.0;
            let _ = write!(
                h,
                "<td class=\"rate\" style=\"background: rgba(26, 152, 80, {alpha})\">{}</td>",
                rate_text(a, lang)
            );
        }
        let _ = writeln!(
            h,
            "<td class=\"num\">{}</td></tr>",
            g.mean_maturity
                .map(|m| decimal(m, lang))
                .unwrap_or_default()
        );
    }
    h.push_str("</tbody>\n</table>\n</div>\n</div>\n</section>\n");
}

/// The rows of the slippage table: late (positive slippage) or overdue,
/// the largest number of days first.
pub(crate) fn late_rows(summary: &Summary) -> Vec<&StatusRow> {
    let days = |r: &StatusRow| {
        r.slippage_days
            .unwrap_or(0)
            .max(r.overdue_days.unwrap_or(0))
    };
    let mut late: Vec<&StatusRow> = summary.status.iter().filter(|r| days(r) > 0).collect();
    late.sort_by(|a, b| {
        days(b)
            .cmp(&days(a))
            .then_with(|| a.member_code.cmp(&b.member_code))
            .then_with(|| a.standard.cmp(&b.standard))
    });
    late
}

pub(crate) fn slippage(h: &mut String, summary: &Summary, lang: Lang) {
    section_head(
        h,
        "slippage",
        "",
        msg::summary_slippage(),
        &[msg::summary_slippage_note(), msg::summary_overdue_note()],
        lang,
    );
    let late = late_rows(summary);
    if late.is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>\n</section>",
            text(msg::summary_none_late(), lang)
        );
        return;
    }
    scroll_box(h, &text(msg::summary_slippage(), lang));
    let _ = writeln!(
        h,
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody>",
        text(msg::summary_member(), lang),
        text(msg::summary_standard(), lang),
        text(msg::summary_planned(), lang),
        text(msg::summary_date_kind(), lang),
        text(msg::summary_expected(), lang),
        text(msg::summary_slippage_days(), lang),
        text(msg::summary_overdue_days(), lang)
    );
    for r in late.iter().take(SLIPPAGE_ROWS) {
        let done = r
            .actual_completion
            .as_deref()
            .or(r.expected_completion.as_deref())
            .unwrap_or("");
        let kind = r
            .date_kind
            .as_deref()
            .map_or_else(String::new, |k| text(msg::summary_date_kind_name(k), lang));
        let days = |d: Option<i64>| d.map_or_else(String::new, |d| d.to_string());
        let _ = writeln!(
            h,
            "<tr><td>{} {}</td><td>{}. {}</td><td class=\"date\">{}</td><td>{}</td><td class=\"date\">{}</td><td class=\"num late\">{}</td><td class=\"num late\">{}</td></tr>",
            escape(&r.member_code),
            escape(&r.member_name),
            r.standard,
            escape(&standard_title(summary, r.standard, lang)),
            escape(r.planned_completion.as_deref().unwrap_or("")),
            escape(&kind),
            escape(done),
            days(r.slippage_days.filter(|d| *d > 0)),
            days(r.overdue_days),
        );
    }
    h.push_str("</tbody>\n</table>\n</div>\n");
    more(h, late.len(), SLIPPAGE_ROWS, "status.csv", lang);
    h.push_str("</section>\n");
}

/// The note under a table cut at `shown` rows of `total`.
fn more(h: &mut String, total: usize, shown: usize, file: &str, lang: Lang) {
    if total > shown {
        let _ = writeln!(
            h,
            "<p class=\"note\">{}</p>",
            text(msg::summary_more_in(total - shown, file), lang)
        );
    }
}

pub(crate) fn missing(h: &mut String, summary: &Summary, lang: Lang) {
    section_head(
        h,
        "missing",
        "",
        msg::summary_missing(),
        &[msg::summary_missing_note()],
        lang,
    );
    let rows: Vec<_> = summary
        .members
        .iter()
        .filter(|m| m.timetable_missing || m.progress_report_missing)
        .collect();
    if rows.is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>\n</section>",
            text(msg::summary_none_missing(), lang)
        );
        return;
    }
    scroll_box(h, &text(msg::summary_missing(), lang));
    let _ = writeln!(
        h,
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody>",
        text(msg::summary_member(), lang),
        text(msg::summary_name(), lang),
        text(msg::summary_region(), lang),
        text(msg::summary_missing_what(), lang),
        text(msg::summary_progress(), lang)
    );
    for m in rows {
        let what = match (m.timetable_missing, m.progress_report_missing) {
            (true, true) => msg::summary_missing_both(),
            (true, false) => msg::summary_missing_timetable(),
            _ => msg::summary_missing_report(),
        };
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            escape(&m.member_code),
            escape(&m.member_name),
            escape(m.region.as_deref().unwrap_or("")),
            escape(&text(what, lang)),
            progress_cell(m, lang)
        );
    }
    h.push_str("</tbody>\n</table>\n</div>\n</section>\n");
}

/// Every Member that notified its intention, by `memberCode`, with its
/// latest notification: what the WCO transmits to all Members. A page of
/// its own when printed.
pub(crate) fn notifications(h: &mut String, summary: &Summary, lang: Lang) {
    section_head(
        h,
        "notifications",
        "page",
        msg::summary_notifications(),
        &[msg::summary_notifications_note()],
        lang,
    );
    let rows: Vec<_> = summary
        .members
        .iter()
        .filter(|m| m.notification_id.is_some())
        .collect();
    if rows.is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>\n</section>",
            text(msg::summary_none_notified(), lang)
        );
        return;
    }
    scroll_box(h, &text(msg::summary_notifications(), lang));
    let _ = writeln!(
        h,
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        text(msg::summary_member(), lang),
        text(msg::summary_name(), lang),
        text(msg::summary_region(), lang),
        text(msg::summary_notified_on(), lang),
        text(msg::summary_document(), lang)
    );
    for m in rows {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"date\">{}</td><td>{}</td></tr>",
            escape(&m.member_code),
            escape(&m.member_name),
            escape(m.region.as_deref().unwrap_or("")),
            escape(m.notification_date.as_deref().unwrap_or("")),
            escape(m.notification_id.as_deref().unwrap_or("")),
        );
    }
    h.push_str("</tbody>\n</table>\n</div>\n</section>\n");
}

pub(crate) fn assistance(h: &mut String, summary: &Summary, lang: Lang) {
    section_head(h, "assistance", "", msg::summary_assistance(), &[], lang);
    if summary.assistance.is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>\n</section>",
            text(msg::summary_none_assistance(), lang)
        );
        return;
    }
    scroll_box(h, &text(msg::summary_assistance(), lang));
    let _ = writeln!(
        h,
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        text(msg::summary_member(), lang),
        text(msg::summary_standard(), lang),
        text(msg::summary_request(), lang),
        text(msg::summary_document(), lang),
        text(msg::summary_description(), lang)
    );
    let technical = text(msg::summary_technical_assistance(), lang);
    let capacity = text(msg::summary_capacity_building(), lang);
    let titles: Vec<(i64, String)> = summary
        .standards
        .iter()
        .map(|s| (s.number, escape(&title(s, lang))))
        .collect();
    for a in &summary.assistance {
        let kind = if a.kind == TECHNICAL_ASSISTANCE {
            &technical
        } else {
            &capacity
        };
        let title = titles
            .iter()
            .find(|(n, _)| *n == a.standard)
            .map_or("", |(_, t)| t.as_str());
        let _ = writeln!(
            h,
            "<tr><td>{} {}</td><td>{}. {}</td><td>{}</td><td>{} <span class=\"date\">({})</span></td><td>{}</td></tr>",
            escape(&a.member_code),
            escape(&a.member_name),
            a.standard,
            title,
            kind,
            escape(&a.document_id),
            escape(&a.submission_date),
            escape(a.text.as_deref().unwrap_or("")),
        );
    }
    h.push_str("</tbody>\n</table>\n</div>\n</section>\n");
}

pub(crate) fn skipped(h: &mut String, summary: &Summary, lang: Lang) {
    if summary.skipped.is_empty() {
        return;
    }
    let heading = text(msg::summary_skipped(summary.skipped.len()), lang);
    let _ = writeln!(h, "<section id=\"skipped\">\n<h2>{heading}</h2>");
    scroll_box(h, &heading);
    let _ = writeln!(
        h,
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        text(msg::summary_file(), lang),
        text(msg::summary_reason(), lang),
        text(msg::summary_codes(), lang)
    );
    for s in summary.skipped.iter().take(SKIPPED_ROWS) {
        let place = match (&s.document, &s.document_id) {
            (Some(i), Some(id)) => format!("{} [{i}] {id}", s.path),
            (Some(i), None) => format!("{} [{i}]", s.path),
            _ => s.path.clone(),
        };
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&place),
            text(msg::summary_reason_name(s.reason.code()), lang),
            escape(&s.codes.join(" "))
        );
    }
    h.push_str("</tbody>\n</table>\n</div>\n");
    more(h, summary.skipped.len(), SKIPPED_ROWS, "skipped.csv", lang);
    h.push_str("</section>\n");
}
