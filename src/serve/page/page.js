// The officers' page: choose or drop files, see every diagnostic in place,
// download the canonical forms. Talks only to this service.
"use strict";

// Every language's texts, written into the page by the service from the
// message catalogue (src/i18n/locales/*/page.ftl): {lang: {key: text}}. A
// text has {name} where a value goes; a text whose form a number chooses is
// {category: text}, one per plural category of its language; a text with a
// variant per document type is {type: text}, chosen by `choice`.
const TEXTS = JSON.parse(document.getElementById("texts").textContent);

const MAX_LINES = 5000;
// More problems than this are grouped (by code, then by column) and can be
// filtered; more than OPEN_UP_TO, the groups start closed.
const GROUP_FROM = 20;
const OPEN_UP_TO = 100;
const FORMATS = ["json", "xml", "csv", "xlsx"];
const state = { lang: "en", files: [], run: 0 };

function t(key, vars) {
  let s = TEXTS[state.lang][key];
  if (s === undefined) {
    console.error("fosx: the page has no text " + key);
    return key;
  }
  if (typeof s !== "string") {
    s = Object.hasOwn(vars, "choice") ? s[vars.choice] : s[new Intl.PluralRules(state.lang).select(vars.count)] || s.other;
  }
  return s.replace(/\{(\w+)\}/g, (m, k) => (vars && Object.hasOwn(vars, k) ? String(vars[k]) : m));
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function columnLetters(n) {
  let s = "";
  for (n += 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// ----- static texts, language ---------------------------------------------

function applyTexts() {
  document.documentElement.lang = state.lang;
  for (const e of document.querySelectorAll("[data-t]")) e.textContent = t(e.dataset.t);
  document.title = t("document-title");
  document.querySelector('meta[name="description"]').content = t("description");
  const body = document.getElementById("tpl-body");
  body.replaceChildren();
  for (const type of ["notification", "timetable", "progress-report"]) {
    const links = (example) => {
      const cell = el("td", { "data-label": t(example ? "example" : "to-fill") });
      for (const to of FORMATS) {
        const q = "?to=" + to + (example ? "&example=true" : "") + "&lang=" + state.lang;
        const name = t(example ? "example-link" : "template-link", { choice: type, format: to.toUpperCase() });
        cell.append(el("a", { href: "/v1/template/" + type + q, download: type + (example ? "-example." : "-template.") + to, "aria-label": name, text: to.toUpperCase() }), " ");
      }
      return cell;
    };
    body.append(el("tr", {}, el("th", { scope: "row", text: t(type) }), links(false), links(true)));
  }
}

// The page's `lang` parameter, else the first of the browser's languages
// that the page speaks, else the first it speaks.
function initialLang() {
  const offered = Array.from(document.querySelectorAll("#lang option"), (o) => o.value);
  const asked = new URLSearchParams(location.search).get("lang");
  if (offered.includes(asked)) return asked;
  const langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  for (const l of langs) {
    const code = l.toLowerCase().split("-")[0];
    if (offered.includes(code)) return code;
  }
  return offered[0];
}

// ----- checking ------------------------------------------------------------

async function checkAll() {
  const run = ++state.run;
  const results = document.getElementById("results");
  const status = document.getElementById("status");
  status.textContent = t("checking", { count: state.files.length });
  const cards = [];
  const said = [];
  for (const [i, file] of state.files.entries()) {
    const { card, announce } = await checkOne(file, i);
    cards.push(card);
    said.push(announce);
    if (run !== state.run) return; // a newer choice or language took over
  }
  results.replaceChildren(...cards);
  // The live region: how many files, then each one's verdict and counts.
  status.textContent = [t("checked", { count: state.files.length }), ...said].join(" ");
  // Each file view shows its first problem, scrolled inside its own box;
  // the page itself stays where the verdict is.
  for (const view of results.querySelectorAll(".view")) scrollInside(view, view.querySelector("td.bad, td.warn, .ln.bad, .ln.warn"));
  const verdict = results.querySelector(".verdict");
  if (verdict) verdict.scrollIntoView({ block: "nearest" });
}

function scrollInside(view, target) {
  if (!target) return;
  const v = view.getBoundingClientRect(), c = target.getBoundingClientRect();
  const head = view.querySelector("thead");
  const above = head ? head.getBoundingClientRect().height : 0;
  view.scrollTop += c.top - v.top - above - Math.max(0, (view.clientHeight - above - c.height) / 2);
  view.scrollLeft += c.left - v.left - Math.max(0, (view.clientWidth - c.width) / 2);
}

// One file's card (its verdict, its downloads, its problems, the file
// itself) and what the live region says of it.
async function checkOne(file, i) {
  const bytes = await file.arrayBuffer();
  const id = "file-" + (i + 1);
  const card = el("section", { class: "file", "aria-labelledby": id + "-name" });
  card.append(el("h3", { id: id + "-name", text: file.name }));
  let report, body;
  try {
    const r = await fetch("/v1/validate?name=" + encodeURIComponent(file.name) + "&lang=" + state.lang + "&verdict_status=false", { method: "POST", body: bytes });
    body = await r.text();
    const json = JSON.parse(body);
    if (r.status !== 200) throw new Error(json.error ? json.error.message : String(r.status));
    report = json.files[0];
  } catch (e) {
    card.append(el("p", { class: "sev-error", role: "alert", text: t("failed", { reason: e.message }) }));
    return { card, announce: t("not-checked", { name: file.name }) };
  }
  const errors = report.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = report.diagnostics.length - errors;
  const verdict = t(report.valid ? "valid" : "invalid");
  const counts = t("counts", { errors: t("errors", { count: errors }), warnings: t("warnings", { count: warnings }) });
  card.dataset.valid = String(report.valid);
  card.append(el("p", {}, el("span", { class: "verdict " + (report.valid ? "valid" : "invalid"), text: verdict }), " " + counts));
  card.append(downloads(file, bytes, body, report.valid, id));
  // A workbook is not text: its places name the cells.
  const text = report.representation === "xlsx" ? null : decode(bytes, report.encoding);
  const rows = text !== null && report.representation === "csv" ? parseCsv(text) : null;
  if (report.diagnostics.length) card.append(problems(report, rows ? rows[0] || [] : []));
  if (text !== null && report.diagnostics.length) {
    card.append(el("h4", { text: t("source") }));
    const view = rows ? csvView(rows, report) : sourceView(text, report);
    view.setAttribute("role", "region");
    view.setAttribute("aria-label", t("view", { name: file.name }));
    view.setAttribute("tabindex", "0");
    card.append(view);
  }
  return { card, announce: t("announce", { name: file.name, verdict, counts }) };
}

function place(d, header, representation) {
  if (representation === "xlsx" && d.line && d.column) {
    // The sheet row and column number of the cell.
    return t("cell", { row: d.line, column: columnLetters(d.column - 1), field: d.field || "" });
  }
  // The row as a spreadsheet numbers it (header = row 1), as the CLI says it.
  const r = d.row || d.record;
  if (d.record && d.field) {
    const j = header.indexOf(d.field);
    const col = d.columnLetter || (j >= 0 ? columnLetters(j) : "?");
    return t("cell", { row: r, column: col, field: d.field });
  }
  if (d.record) return t("row", { row: r });
  if (d.line) return t("line", { line: d.line, column: d.column || 1 });
  return "";
}

// The problems: a table (each row a card where the table does not fit);
// many problems are grouped by code, then by column, with a filter.
function problems(report, header) {
  const diags = report.diagnostics;
  if (diags.length <= GROUP_FROM) return diagnosticsTable(diags, report, header);
  const box = el("div", { class: "problems" });
  const open = diags.length <= OPEN_UP_TO;
  const byCode = groupBy(diags, (d) => d.code);
  const groups = [];
  for (const [code, list] of byCode) {
    const inner = [];
    for (const [, sub] of groupBy(list, (d) => columnOf(d, header))) {
      const g = group(columnOf(sub[0], header), open, diagnosticsTable(sub, report, header));
      inner.push(g);
    }
    groups.push(group(code, open, ...inner));
  }
  box.append(filter(box, byCode), ...groups);
  return box;
}

function groupBy(list, key) {
  const out = new Map();
  for (const d of list) {
    const k = key(d);
    if (!out.has(k)) out.set(k, []);
    out.get(k).push(d);
  }
  return out;
}

// The column of a problem, as a group names it.
function columnOf(d, header) {
  if (d.field) {
    const j = header.indexOf(d.field);
    const letter = d.columnLetter || (j >= 0 ? columnLetters(j) : null);
    return letter ? t("column", { column: letter, field: d.field }) : d.field;
  }
  return t("elsewhere");
}

// A group that opens and closes; its summary names it and counts the
// problems it shows.
function group(name, open, ...content) {
  const summary = el("summary", {});
  const g = el("details", { class: "group" }, summary, ...content);
  g.dataset.name = name;
  g.open = open;
  countGroup(g);
  return g;
}

function countGroup(g) {
  const shown = g.querySelectorAll(".diag:not([hidden])").length;
  g.hidden = shown === 0;
  g.querySelector(":scope > summary").textContent = t("group", { name: g.dataset.name, problems: t("problems", { count: shown }) });
}

// Which problems show: by severity, by code.
function filter(box, byCode) {
  const severity = el("select", { class: "filter-severity", "aria-label": t("severity") },
    el("option", { value: "", text: t("all-severities") }),
    el("option", { value: "error", text: t("only-errors") }),
    el("option", { value: "warning", text: t("only-warnings") }));
  const code = el("select", { class: "filter-code", "aria-label": t("code") },
    el("option", { value: "", text: t("all-codes") }),
    ...[...byCode].map(([c, list]) => el("option", { value: c, text: t("group", { name: c, problems: t("problems", { count: list.length }) }) })));
  const apply = () => {
    for (const row of box.querySelectorAll(".diag")) {
      row.hidden = (severity.value && row.dataset.severity !== severity.value) || (code.value && row.dataset.code !== code.value);
    }
    const groups = [...box.querySelectorAll("details.group")];
    for (const g of groups.reverse()) countGroup(g); // the inner groups first
  };
  severity.addEventListener("change", apply);
  code.addEventListener("change", apply);
  return el("div", { class: "filter", role: "group", "aria-label": t("filter") }, el("span", { "aria-hidden": "true", text: t("filter") }), severity, code);
}

function diagnosticsTable(diags, report, header) {
  const labels = ["code", "severity", "place", "message", "help"].map((k) => t(k));
  const head = el("tr", {}, ...labels.map((l) => el("th", { scope: "col", text: l })));
  const rows = diags.map((d) => el("tr", { class: "diag", "data-code": d.code, "data-severity": d.severity },
    el("td", { "data-label": labels[0] }, el("a", { href: "/v1/explain/" + d.code + "?lang=" + state.lang, target: "_blank", rel: "noopener", title: t("explain", { code: d.code }), text: d.code })),
    el("td", { class: "sev-" + d.severity, "data-label": labels[1], text: t(d.severity) }),
    el("td", { class: "place", "data-label": labels[2], text: place(d, header, report.representation) }),
    el("td", { class: "message", "data-label": labels[3], text: d.message }),
    el("td", { class: "help", "data-label": labels[4], text: d.help || "" })));
  return el("table", { class: "diags stack" }, el("thead", {}, head), el("tbody", {}, ...rows));
}

function decode(bytes, encoding) {
  try {
    return new TextDecoder((encoding || "utf-8").toLowerCase()).decode(bytes);
  } catch (e) {
    return null;
  }
}

// JSON and XML: the lines, each line with a problem marked, and the
// character at its column.
function sourceView(text, report) {
  const marks = new Map();
  for (const d of report.diagnostics) {
    for (const p of [d, ...(d.related || [])]) {
      if (!p.line) continue;
      const m = marks.get(p.line) || { cols: new Set(), severity: "warning" };
      m.cols.add(p.column || 1);
      if ((d.severity || "error") === "error") m.severity = "error";
      marks.set(p.line, m);
    }
  }
  const lines = text.split(/\r\n|\r|\n/);
  const pre = el("pre", { class: "source" });
  const n = Math.min(lines.length, MAX_LINES);
  for (let i = 0; i < n; i++) {
    const m = marks.get(i + 1);
    const line = el("span", { class: "ln" + (m ? (m.severity === "error" ? " bad" : " warn") : ""), "data-n": String(i + 1) });
    if (m) {
      const chars = Array.from(lines[i]);
      let from = 0;
      for (const c of [...m.cols].sort((a, b) => a - b)) {
        const at = Math.min(c - 1, chars.length);
        if (at < from) continue;
        line.append(chars.slice(from, at).join(""));
        line.append(el("mark", { text: chars[at] === undefined ? " " : chars[at] }));
        from = at + 1;
      }
      line.append(chars.slice(from).join(""));
    } else {
      line.textContent = lines[i];
    }
    pre.append(line);
  }
  const view = el("div", { class: "view" }, pre);
  if (lines.length > n) view.append(el("p", { text: t("truncated", { count: MAX_LINES }) }));
  return view;
}

// CSV: a table; each cell with a problem highlighted.
function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const first = text.split(/\r?\n/, 1)[0];
  const count = (c) => first.split(c).length;
  const sep = [",", ";", "\t"].reduce((a, b) => (count(b) > count(a) ? b : a));
  const rows = [];
  let row = [], cell = "", quoted = false, i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === sep) { row.push(cell); cell = ""; i++; continue; }
    if (c === "\r" || c === "\n") {
      row.push(cell); cell = "";
      if (!(row.length === 1 && row[0] === "")) rows.push(row);
      row = [];
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      if (rows.length > MAX_LINES) break;
      continue;
    }
    cell += c; i++;
  }
  if (cell !== "" || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function csvView(rows, report) {
  const header = rows[0] || [];
  const marks = new Map();
  for (const d of report.diagnostics) {
    if (!d.record) continue;
    const col = d.field ? header.indexOf(d.field) : -1;
    const key = d.record + ":" + col;
    const old = marks.get(key);
    marks.set(key, { severity: old && old.severity === "error" ? "error" : d.severity, message: (old ? old.message + "\n" : "") + d.code + ": " + d.message });
  }
  // Numbered as the spreadsheet numbers them: the column letters above,
  // the header in row 1, record r in row r + 1.
  const thead = el("thead", {},
    el("tr", {}, el("th", { class: "row", scope: "col" }, el("span", { class: "vh", text: t("row-header") })),
      ...header.map((h, j) => el("th", { scope: "col", text: columnLetters(j) }))),
    el("tr", {}, el("th", { class: "row", scope: "row", text: "1" }), ...header.map((h) => el("th", { class: "name", scope: "col", text: h }))));
  const body = el("tbody");
  for (let r = 1; r < rows.length; r++) {
    const whole = marks.get(r + ":-1");
    const tr = el("tr", {}, el("th", { class: "row", scope: "row", text: String(r + 1) }));
    rows[r].forEach((v, j) => {
      const m = marks.get(r + ":" + j) || whole;
      tr.append(el("td", m ? { class: m.severity === "error" ? "bad" : "warn", title: m.message, "data-record": String(r), "data-row": String(r + 1), "data-field": header[j], text: v } : { text: v }));
    });
    body.append(tr);
  }
  return el("div", { class: "view" }, el("table", { class: "cells" }, thead, body));
}

// ----- downloads -------------------------------------------------------------

// The report as the service gave it; a valid file's canonical forms.
function downloads(file, bytes, report, valid, id) {
  const box = el("div", { class: "downloads", id: id + "-downloads", tabindex: "-1" });
  const stem = file.name.replace(/\.[^.]*$/, "");
  const reportButton = el("button", { type: "button", class: "plain", "data-report": "json", text: t("download-report") });
  reportButton.addEventListener("click", () => save(new Blob([report], { type: "application/json" }), stem + ".report.json"));
  box.append(reportButton);
  if (!valid) return box;
  for (const to of FORMATS) {
    const b = el("button", { type: "button", class: "plain", "data-to": to, text: t("download-as", { format: to.toUpperCase() }) });
    b.addEventListener("click", async () => {
      const r = await fetch("/v1/convert?to=" + to + "&name=" + encodeURIComponent(file.name) + "&lang=" + state.lang, { method: "POST", body: bytes });
      if (r.status !== 200) {
        const body = await r.json();
        box.append(el("span", { class: "sev-error", role: "alert", text: " " + (body.error ? body.error.message : r.status) }));
        return;
      }
      save(await r.blob(), stem + "." + to);
    });
    box.append(b);
  }
  return box;
}

function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

// ----- wiring ----------------------------------------------------------------

function choose(list) {
  state.files = Array.from(list || []);
  if (state.files.length) checkAll();
}

document.addEventListener("DOMContentLoaded", () => {
  state.lang = initialLang();
  const select = document.getElementById("lang");
  select.value = state.lang;
  select.addEventListener("change", () => {
    state.lang = select.value;
    applyTexts();
    if (state.files.length) checkAll();
  });
  applyTexts();
  // The skip link: to the first file's downloads, else the templates.
  document.querySelector("a.skip").addEventListener("click", (e) => {
    const target = document.querySelector("#results .downloads") || document.getElementById("templates");
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "nearest" });
  });
  const input = document.getElementById("files");
  input.addEventListener("change", () => choose(input.files));
  const drop = document.getElementById("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    choose(e.dataTransfer.files);
  });
});
