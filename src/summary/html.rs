//! The dashboard (`index.html`): one self-contained page, inline CSS and SVG
//! and a few lines of inline script (to sort the heatmap), nothing loaded
//! from anywhere. Every word is a message of the catalogue
//! (`summary.ftl`), in the language asked; a print stylesheet for A4
//! landscape meeting papers.

use super::html_sections as sections;
use super::labels::{decimal, status, status_letters, text, title};
use super::{MemberRow, NO_REPORT, NO_STATUS, StatusRow, Summary, status_codes};
use crate::i18n::{Lang, msg};
use std::fmt::Write;

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
pub(super) fn status_class(status: Option<&str>) -> String {
    format!("s-{}", status.unwrap_or(NO_STATUS))
}

const CSS: &str = include_str!("dashboard.css");

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

/// The dashboard of a summary, in `lang`.
pub fn dashboard(summary: &Summary, lang: Lang) -> String {
    let mut h = String::with_capacity(64 * 1024 + summary.status.len() * 120);
    let title = text(msg::summary_title(), lang);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <link rel=\"icon\" href=\"data:,\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n",
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
    sections::rates(&mut h, summary, lang);
    sections::slippage(&mut h, summary, lang);
    sections::missing(&mut h, summary, lang);
    sections::notifications(&mut h, summary, lang);
    sections::assistance(&mut h, summary, lang);
    sections::skipped(&mut h, summary, lang);
    let footer = msg::summary_footer(escape(&summary.tool), summary.summary_version);
    let _ = writeln!(
        h,
        "</main>\n<footer>{}</footer>\n<script>{SCRIPT}</script>\n</body>\n</html>",
        text(footer, lang)
    );
    h
}

fn legend(h: &mut String, lang: Lang) {
    h.push_str("<ul class=\"legend\">");
    for s in status_codes()
        .iter()
        .map(String::as_str)
        .chain([NO_STATUS, NO_REPORT])
    {
        let _ = write!(
            h,
            "<li><span class=\"sw {}\" aria-hidden=\"true\">{}</span>{}</li>",
            status_class(Some(s)),
            escape(&status_letters(s, lang)),
            escape(&status(s, lang))
        );
    }
    h.push_str("</ul>\n");
}

/// The standards of the edition with their full titles, visible (not only
/// on hover), as the key of the numbered columns (under the table, so that
/// a printed heatmap of 40 Members fits its page).
fn standards_key(h: &mut String, summary: &Summary, lang: Lang) {
    let _ = write!(
        h,
        "<div class=\"key\"><h3 id=\"standards-key\">{}</h3>\n<ol class=\"standards\">",
        text(msg::summary_standards_key(), lang)
    );
    for s in &summary.standards {
        let _ = write!(
            h,
            "<li value=\"{}\">{}</li>",
            s.number,
            escape(&title(s, lang))
        );
    }
    h.push_str("</ol></div>\n");
}

/// The label of a scrolling box: a region a keyboard can reach and scroll.
pub(super) fn scroll_box(h: &mut String, label: &str) {
    let _ = write!(
        h,
        "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">",
        escape(label)
    );
}

/// A Member's progress as the dashboard shows it: two decimals, or a dash
/// (with its reason for screen readers) when there is none.
pub(super) fn progress_cell(m: &MemberRow, lang: Lang) -> String {
    match m.progress {
        Some(p) => decimal(p, lang),
        None => {
            let why = if m.progress_report_id.is_none() {
                NO_REPORT
            } else {
                "not-applicable"
            };
            format!(
                "<span aria-hidden=\"true\">–</span><span class=\"sr\">{}</span>",
                escape(&status(why, lang))
            )
        }
    }
}

fn heatmap(h: &mut String, summary: &Summary, lang: Lang) {
    let heading = text(msg::summary_heatmap(), lang);
    let _ = writeln!(
        h,
        "<section id=\"heatmap\">\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n<p class=\"note\">{}</p>",
        heading,
        text(msg::summary_heatmap_note(), lang),
        text(msg::summary_progress_note(), lang)
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
    scroll_box(h, &heading);
    h.push_str("<table class=\"heat\">\n<thead><tr>");
    let _ = write!(
        h,
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        text(msg::summary_member(), lang),
        text(msg::summary_name(), lang),
        text(msg::summary_region(), lang)
    );
    standard_headers(h, summary, "c", lang);
    let _ = writeln!(
        h,
        "<th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody id=\"heat-rows\">",
        text(msg::summary_progress(), lang)
    );
    for m in &summary.members {
        // Without progress, a Member sorts after every Member with one.
        let sort_key = m.progress.unwrap_or(-1.0);
        let _ = write!(
            h,
            "<tr data-member=\"{}\" data-region=\"{}\" data-progress=\"{sort_key:.4}\"><th scope=\"row\">{}</th><td>{}</td><td>{}</td>",
            escape(&m.member_code),
            escape(m.region.as_deref().unwrap_or("")),
            escape(&m.member_code),
            escape(&m.member_name),
            escape(m.region.as_deref().unwrap_or(""))
        );
        if m.progress_report_id.is_none() {
            let _ = write!(
                h,
                "<td class=\"none {}\" colspan=\"{}\">{}</td>",
                status_class(Some(NO_REPORT)),
                m.standards.len(),
                escape(&status(NO_REPORT, lang))
            );
        } else {
            for r in &m.standards {
                heat_cell(h, m, r, lang);
            }
        }
        let _ = writeln!(h, "<td class=\"num\">{}</td></tr>", progress_cell(m, lang));
    }
    h.push_str("</tbody>\n</table>\n</div>\n");
    standards_key(h, summary, lang);
    h.push_str("</section>\n");
}

/// One cell: the status's letters, its name and percentage for screen
/// readers and on hover.
fn heat_cell(h: &mut String, m: &MemberRow, r: &StatusRow, lang: Lang) {
    let code = r.status.as_deref();
    let name = msg::summary_status(code.unwrap_or(NO_STATUS));
    let tip = match r.completion_percent {
        Some(pc) => msg::summary_cell_percent(m.member_code.as_str(), r.standard, name, pc),
        None => msg::summary_cell(m.member_code.as_str(), r.standard, name),
    };
    let tip = escape(&text(tip, lang));
    let _ = write!(
        h,
        "<td class=\"c {}\" title=\"{tip}\"><span aria-hidden=\"true\">{}</span><span class=\"sr\">{tip}</span></td>",
        status_class(code),
        code.map_or_else(String::new, |s| escape(&status_letters(s, lang))),
    );
}

/// One header cell per standard of the edition: its number, its title for
/// screen readers and on hover (the titles are listed, visible, above the
/// table).
pub(super) fn standard_headers(h: &mut String, summary: &Summary, class: &str, lang: Lang) {
    for s in &summary.standards {
        let t = escape(&title(s, lang));
        let _ = write!(
            h,
            "<th scope=\"col\" class=\"{class}\" title=\"{t}\"><span aria-hidden=\"true\">{}</span><span class=\"sr\">{} {t}</span></th>",
            s.number, s.number
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
