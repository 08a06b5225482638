//! The dashboard (`index.html`): one self-contained page, inline CSS and SVG
//! and a few lines of inline script (to sort the heatmap), nothing loaded
//! from anywhere. Every word is a message of the catalogue
//! (`summary.ftl`), in the language asked; a print stylesheet for A4
//! landscape meeting papers.

use super::labels::{decimal, percent, standard_title, status, status_letters, text, title};
use super::{Aggregate, NO_STATUS, StatusRow, Summary, TECHNICAL_ASSISTANCE, status_codes};
use crate::i18n::{Lang, msg};
use std::fmt::Write;

/// Rows of the slippage table at most (the rest are in `status.csv`).
const SLIPPAGE_ROWS: usize = 100;
/// Rows of the skipped table at most (the rest are in `skipped.csv`).
const SKIPPED_ROWS: usize = 100;

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The CSS class of a status.
fn status_class(status: Option<&str>) -> String {
    format!("s-{}", status.unwrap_or(NO_STATUS))
}

const CSS: &str = r#"
:root { --ink: #1b1f24; --muted: #59636e; --line: #d0d7de; --head: #f3f5f7; }
* { box-sizing: border-box; }
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0 auto; padding: 16px 24px; max-width: 1400px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 6px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
p.note, .meta { color: var(--muted); margin: 2px 0 8px; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: var(--head); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.heat td.c { width: 30px; min-width: 30px; text-align: center; font-size: 10px; font-weight: 600; padding: 3px 0; }
.heat th.c { text-align: center; width: 30px; }
.s-not-started { background: #d73027; color: #fff; }
.s-planned { background: #fc8d59; color: #1b1f24; }
.s-in-progress { background: #fee08b; color: #1b1f24; }
.s-implemented { background: #1a9850; color: #fff; }
.s-not-applicable { background: #bdbdbd; color: #1b1f24; }
.s-no-status { background: #fff; color: #8c959f; }
.legend { display: flex; flex-wrap: wrap; gap: 12px; margin: 6px 0; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 5px; }
.legend span.sw { display: inline-block; width: 22px; height: 16px; border: 1px solid var(--line); text-align: center; font-size: 10px; font-weight: 600; line-height: 14px; }
.sorter button { font: inherit; margin-left: 4px; padding: 2px 10px; border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: pointer; }
.sorter button[aria-pressed="true"] { background: var(--ink); color: #fff; }
.rate { text-align: right; font-variant-numeric: tabular-nums; }
.late { color: #b42318; font-weight: 600; }
.early { color: #1a7f37; }
svg text { font: 11px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #1b1f24; }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  h2 { break-after: avoid; margin-top: 14px; }
  .sorter { display: none; }
  table { font-size: 8pt; }
  tr, svg { break-inside: avoid; }
  th, td { padding: 1px 3px; }
  .heat td.c { width: 18px; min-width: 18px; font-size: 7pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section { break-before: auto; }
  section.page { break-before: page; }
}
"#;

const SCRIPT: &str = r#"
(function () {
  var body = document.getElementById('heat-rows');
  var buttons = document.querySelectorAll('.sorter button');
  function sortBy(key) {
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      if (key === 'progress') {
        var d = parseFloat(b.dataset.progress) - parseFloat(a.dataset.progress);
        if (d !== 0) { return d; }
      } else if (key === 'region') {
        var ra = a.dataset.region, rb = b.dataset.region;
        if (ra !== rb) {
          if (!ra) { return 1; }
          if (!rb) { return -1; }
          return ra < rb ? -1 : 1;
        }
      }
      var ma = a.dataset.member, mb = b.dataset.member;
      return ma < mb ? -1 : (ma > mb ? 1 : 0);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.sort === key)); });
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { sortBy(b.dataset.sort); });
  });
})();
"#;

/// A Member's progress: mean completion over the standards, an implemented
/// standard counting 100 (when it gives no percentage) and a standard
/// without entry 0.
pub fn progress(rows: &[StatusRow]) -> f64 {
    if rows.is_empty() {
        return 0.0;
    }
    let sum: i64 = rows
        .iter()
        .map(|r| match (r.completion_percent, r.status.as_deref()) {
            (Some(p), _) => p,
            (None, Some("implemented")) => 100,
            _ => 0,
        })
        .sum();
    sum as f64 / rows.len() as f64
}

/// The dashboard of a summary, in `lang`.
pub fn dashboard(summary: &Summary, lang: Lang) -> String {
    let mut h = String::with_capacity(64 * 1024 + summary.status.len() * 120);
    let title = text(msg::summary_title(), lang);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <link rel=\"icon\" href=\"data:,\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        lang.code(),
        escape(&title)
    );
    let _ = writeln!(h, "<h1>{}</h1>", escape(&title));
    let t = &summary.totals;
    let meta = msg::summary_meta(
        escape(&summary.as_of),
        escape(&summary.edition),
        t.members,
        t.used,
        t.skipped,
    );
    let _ = writeln!(h, "<p class=\"meta\">{}</p>", text(meta, lang));
    heatmap(&mut h, summary, lang);
    rates(&mut h, summary, lang);
    slippage(&mut h, summary, lang);
    missing(&mut h, summary, lang);
    assistance(&mut h, summary, lang);
    skipped(&mut h, summary, lang);
    let footer = msg::summary_footer(escape(&summary.tool), summary.summary_version);
    let _ = writeln!(
        h,
        "<footer>{}</footer>\n<script>{SCRIPT}</script>\n</body>\n</html>",
        text(footer, lang)
    );
    h
}

fn legend(h: &mut String, lang: Lang) {
    h.push_str("<ul class=\"legend\">");
    for s in status_codes().iter().map(String::as_str).chain([NO_STATUS]) {
        let _ = write!(
            h,
            "<li><span class=\"sw {}\">{}</span>{}</li>",
            status_class(Some(s)),
            escape(&status_letters(s, lang)),
            escape(&status(s, lang))
        );
    }
    h.push_str("</ul>\n");
}

fn heatmap(h: &mut String, summary: &Summary, lang: Lang) {
    let _ = writeln!(
        h,
        "<section id=\"heatmap\">\n<h2>{}</h2>\n<p class=\"note\">{}</p>",
        text(msg::summary_heatmap(), lang),
        text(msg::summary_heatmap_note(), lang)
    );
    legend(h, lang);
    let _ = writeln!(
        h,
        "<div class=\"sorter\">{} <button type=\"button\" data-sort=\"member\" aria-pressed=\"true\">{}</button>\
         <button type=\"button\" data-sort=\"region\" aria-pressed=\"false\">{}</button>\
         <button type=\"button\" data-sort=\"progress\" aria-pressed=\"false\">{}</button></div>",
        text(msg::summary_sort_by(), lang),
        text(msg::summary_sort_member(), lang),
        text(msg::summary_sort_region(), lang),
        text(msg::summary_sort_progress(), lang)
    );
    h.push_str("<table class=\"heat\">\n<thead><tr>");
    let _ = write!(
        h,
        "<th>{}</th><th>{}</th><th>{}</th>",
        text(msg::summary_member(), lang),
        text(msg::summary_name(), lang),
        text(msg::summary_region(), lang)
    );
    standard_headers(h, summary, "c", lang);
    let _ = writeln!(
        h,
        "<th class=\"num\">{}</th></tr></thead>\n<tbody id=\"heat-rows\">",
        text(msg::summary_progress(), lang)
    );
    for m in &summary.members {
        let p = progress(&m.standards);
        let _ = write!(
            h,
            "<tr data-member=\"{}\" data-region=\"{}\" data-progress=\"{p:.4}\"><th>{}</th><td>{}</td><td>{}</td>",
            escape(&m.member_code),
            escape(m.region.as_deref().unwrap_or("")),
            escape(&m.member_code),
            escape(&m.member_name),
            escape(m.region.as_deref().unwrap_or(""))
        );
        for r in &m.standards {
            let code = r.status.as_deref();
            let name = msg::summary_status(code.unwrap_or(NO_STATUS));
            let tip = match r.completion_percent {
                Some(pc) => msg::summary_cell_percent(m.member_code.as_str(), r.standard, name, pc),
                None => msg::summary_cell(m.member_code.as_str(), r.standard, name),
            };
            let _ = write!(
                h,
                "<td class=\"c {}\" title=\"{}\">{}</td>",
                status_class(code),
                escape(&text(tip, lang)),
                code.map_or_else(String::new, |s| escape(&status_letters(s, lang)))
            );
        }
        let _ = writeln!(h, "<td class=\"num\">{}</td></tr>", decimal(p, lang));
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

/// A horizontal bar chart of the overall implementation rate per standard.
fn rate_chart(h: &mut String, overall: &Aggregate, summary: &Summary, lang: Lang) {
    let bar_h = 18;
    let label_w = 380;
    let chart_w = 360;
    let height = overall.standards.len() * (bar_h + 4) + 24;
    let width = label_w + chart_w + 60;
    let _ = writeln!(
        h,
        "<svg role=\"img\" aria-label=\"{}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">",
        escape(&text(msg::summary_rates(), lang))
    );
    for (i, a) in overall.standards.iter().enumerate() {
        let y = i * (bar_h + 4);
        let title = standard_title(summary, a.standard, lang);
        let mut label = format!("{}. {}", a.standard, title);
        if label.chars().count() > 58 {
            label = label.chars().take(57).collect::<String>() + "…";
        }
        let w = (a.implementation_rate * chart_w as f64).round();
        let _ = writeln!(
            h,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{chart_w}\" height=\"{bar_h}\" fill=\"#eef1f4\"/>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{w}\" height=\"{bar_h}\" fill=\"#1a9850\"><title>{}</title></rect>\
             <text x=\"{}\" y=\"{}\">{}</text>",
            label_w - 6,
            y + 13,
            escape(&label),
            escape(&percent(a.implementation_rate, lang)),
            label_w + chart_w + 6,
            y + 13,
            escape(&percent(a.implementation_rate, lang)),
        );
    }
    let axis_y = overall.standards.len() * (bar_h + 4) + 14;
    for tick in [0, 25, 50, 75, 100] {
        let x = label_w + chart_w * tick / 100;
        let _ = writeln!(
            h,
            "<text x=\"{x}\" y=\"{axis_y}\" text-anchor=\"middle\">{}</text>",
            escape(&percent(f64::from(tick as u32) / 100.0, lang))
        );
    }
    h.push_str("</svg>\n");
}

fn rates(h: &mut String, summary: &Summary, lang: Lang) {
    let _ = writeln!(
        h,
        "<section id=\"rates\" class=\"page\">\n<h2>{}</h2>\n<p class=\"note\">{}</p>",
        text(msg::summary_rates(), lang),
        text(msg::summary_rates_note(), lang)
    );
    rate_chart(h, &summary.overall, summary, lang);
    h.push_str("<table class=\"rates\">\n<thead><tr>");
    let _ = write!(
        h,
        "<th>{}</th><th class=\"num\">{}</th>",
        text(msg::summary_region(), lang),
        text(msg::summary_members(), lang)
    );
    standard_headers(h, summary, "num", lang);
    let _ = writeln!(
        h,
        "<th class=\"num\">{}</th></tr></thead>\n<tbody>",
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
            "<tr><th>{}</th><td class=\"num\">{}</td>",
            escape(&text(name, lang)),
            g.members
        );
        for a in &g.standards {
            // Shade from white to green with the rate.
            let alpha = (a.implementation_rate * 0.85 * 100.0).round() / 100.0;
            let _ = write!(
                h,
                "<td class=\"rate\" style=\"background: rgba(26, 152, 80, {alpha})\">{}</td>",
                escape(&percent(a.implementation_rate, lang))
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
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn slippage(h: &mut String, summary: &Summary, lang: Lang) {
    let _ = writeln!(
        h,
        "<section id=\"slippage\">\n<h2>{}</h2>\n<p class=\"note\">{}</p>",
        text(msg::summary_slippage(), lang),
        text(msg::summary_slippage_note(), lang)
    );
    let mut late: Vec<&StatusRow> = summary
        .status
        .iter()
        .filter(|r| r.slippage_days.is_some_and(|d| d > 0))
        .collect();
    late.sort_by(|a, b| {
        b.slippage_days
            .cmp(&a.slippage_days)
            .then_with(|| a.member_code.cmp(&b.member_code))
            .then_with(|| a.standard.cmp(&b.standard))
    });
    if late.is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>\n</section>",
            text(msg::summary_none_late(), lang)
        );
        return;
    }
    let max = late[0].slippage_days.unwrap_or(1).max(1);
    let _ = writeln!(
        h,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th><th></th></tr></thead>\n<tbody>",
        text(msg::summary_member(), lang),
        text(msg::summary_standard(), lang),
        text(msg::summary_planned(), lang),
        text(msg::summary_date_kind(), lang),
        text(msg::summary_expected(), lang),
        text(msg::summary_days(), lang)
    );
    for r in late.iter().take(SLIPPAGE_ROWS) {
        let days = r.slippage_days.unwrap_or(0);
        let w = (days as f64 / max as f64 * 160.0).round().max(1.0);
        let done = r
            .actual_completion
            .as_deref()
            .or(r.expected_completion.as_deref())
            .unwrap_or("");
        let kind = r
            .date_kind
            .as_deref()
            .map_or_else(String::new, |k| text(msg::summary_date_kind_name(k), lang));
        let _ = writeln!(
            h,
            "<tr><td>{} {}</td><td title=\"{}\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num late\">{days}</td>\
             <td><svg width=\"164\" height=\"12\" viewBox=\"0 0 164 12\" aria-hidden=\"true\"><rect x=\"0\" y=\"2\" width=\"{w}\" height=\"8\" fill=\"#b42318\"/></svg></td></tr>",
            escape(&r.member_code),
            escape(&r.member_name),
            escape(&standard_title(summary, r.standard, lang)),
            r.standard,
            escape(r.planned_completion.as_deref().unwrap_or("")),
            escape(&kind),
            escape(done),
        );
    }
    h.push_str("</tbody>\n</table>\n");
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

fn missing(h: &mut String, summary: &Summary, lang: Lang) {
    let _ = writeln!(
        h,
        "<section id=\"missing\">\n<h2>{}</h2>\n<p class=\"note\">{}</p>",
        text(msg::summary_missing(), lang),
        text(msg::summary_missing_note(), lang)
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
    let _ = writeln!(
        h,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th></th></tr></thead>\n<tbody>",
        text(msg::summary_member(), lang),
        text(msg::summary_name(), lang),
        text(msg::summary_region(), lang)
    );
    for m in rows {
        let what = match (m.timetable_missing, m.progress_report_missing) {
            (true, true) => msg::summary_missing_both(),
            (true, false) => msg::summary_missing_timetable(),
            _ => msg::summary_missing_report(),
        };
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&m.member_code),
            escape(&m.member_name),
            escape(m.region.as_deref().unwrap_or("")),
            escape(&text(what, lang))
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn assistance(h: &mut String, summary: &Summary, lang: Lang) {
    let _ = writeln!(
        h,
        "<section id=\"assistance\">\n<h2>{}</h2>",
        text(msg::summary_assistance(), lang)
    );
    if summary.assistance.is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>\n</section>",
            text(msg::summary_none_assistance(), lang)
        );
        return;
    }
    let _ = writeln!(
        h,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
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
            "<tr><td>{} {}</td><td title=\"{}\">{}</td><td>{}</td><td>{} ({})</td><td>{}</td></tr>",
            escape(&a.member_code),
            escape(&a.member_name),
            title,
            a.standard,
            kind,
            escape(&a.document_id),
            escape(&a.submission_date),
            escape(a.text.as_deref().unwrap_or("")),
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn skipped(h: &mut String, summary: &Summary, lang: Lang) {
    if summary.skipped.is_empty() {
        return;
    }
    let _ = writeln!(
        h,
        "<section id=\"skipped\">\n<h2>{}</h2>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        text(msg::summary_skipped(summary.skipped.len()), lang),
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
    h.push_str("</tbody>\n</table>\n");
    more(h, summary.skipped.len(), SKIPPED_ROWS, "skipped.csv", lang);
    h.push_str("</section>\n");
}

/// One header cell per standard of the edition: its number, its title on
/// hover.
fn standard_headers(h: &mut String, summary: &Summary, class: &str, lang: Lang) {
    for s in &summary.standards {
        let _ = write!(
            h,
            "<th class=\"{class}\" title=\"{}\">{}</th>",
            escape(&title(s, lang)),
            s.number
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href=\"x\">R&D's</a>"),
            "&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;"
        );
    }
}
