// The officers' page: choose or drop files, see every diagnostic in place,
// download the canonical forms. Talks only to this service.
"use strict";

// Every language's texts, written into the page by the service from the
// message catalogue (src/i18n/locales/*/page.ftl): {lang: {key: text}}. A
// text has {name} where a value goes; a text whose form a number chooses is
// {category: text}, one per plural category of its language.
const TEXTS = JSON.parse(document.getElementById("texts").textContent);

const MAX_LINES = 5000;
const state = { lang: "en", files: [], run: 0 };

function t(key, vars) {
  let s = TEXTS[state.lang][key];
  if (s === undefined) {
    console.error("fosx: the page has no text " + key);
    return key;
  }
  if (typeof s !== "string") s = s[new Intl.PluralRules(state.lang).select(vars.count)] || s.other;
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
  const body = document.getElementById("tpl-body");
  body.replaceChildren();
  for (const type of ["notification", "timetable", "progress-report"]) {
    const links = (example) => {
      const cell = el("td");
      for (const to of ["json", "xml", "csv", "xlsx"]) {
        const q = "?to=" + to + (example ? "&example=true" : "") + "&lang=" + state.lang;
        cell.append(el("a", { href: "/v1/template/" + type + q, download: type + (example ? "-example." : "-template.") + to, text: to.toUpperCase() }));
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
  for (const file of state.files) {
    cards.push(await checkOne(file));
    if (run !== state.run) return; // a newer choice or language took over
  }
  results.replaceChildren(...cards);
  status.textContent = t("checked", { count: state.files.length });
  const first = results.querySelector("td.bad, td.warn, .ln.bad, .ln.warn");
  if (first) first.scrollIntoView({ block: "nearest", inline: "center" });
}

async function checkOne(file) {
  const bytes = await file.arrayBuffer();
  const card = el("section", { class: "file", "aria-label": file.name });
  card.append(el("h3", { text: file.name }));
  let report;
  try {
    const r = await fetch("/v1/validate?name=" + encodeURIComponent(file.name) + "&lang=" + state.lang + "&verdict_status=false", { method: "POST", body: bytes });
    const body = await r.json();
    if (r.status !== 200) throw new Error(body.error ? body.error.message : String(r.status));
    report = body.files[0];
  } catch (e) {
    card.append(el("p", { class: "sev-error", role: "alert", text: t("failed", { reason: e.message }) }));
    return card;
  }
  const errors = report.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = report.diagnostics.length - errors;
  card.dataset.valid = String(report.valid);
  card.append(el("p", {},
    el("span", { class: "verdict " + (report.valid ? "valid" : "invalid"), text: t(report.valid ? "valid" : "invalid") }),
    " " + t("counts", { errors: t("errors", { count: errors }), warnings: t("warnings", { count: warnings }) })));
  // A workbook is not text: its places name the cells.
  const text = report.representation === "xlsx" ? null : decode(bytes, report.encoding);
  const rows = text !== null && report.representation === "csv" ? parseCsv(text) : null;
  if (report.diagnostics.length) card.append(diagnosticsTable(report, rows ? rows[0] || [] : []));
  if (report.valid) card.append(downloads(file, bytes));
  if (text !== null && report.diagnostics.length) {
    card.append(el("h4", { text: t("source") }));
    card.append(rows ? csvView(rows, report) : sourceView(text, report));
  }
  return card;
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

function diagnosticsTable(report, header) {
  const head = el("tr", {}, ...["code", "severity", "place", "message", "help"].map((k) => el("th", { scope: "col", text: t(k) })));
  const rows = report.diagnostics.map((d) => el("tr", { class: "diag", "data-code": d.code },
    el("td", {}, el("a", { href: "/v1/explain/" + d.code + "?lang=" + state.lang, target: "_blank", rel: "noopener", title: t("explain", { code: d.code }), text: d.code })),
    el("td", { class: "sev-" + d.severity, text: t(d.severity) }),
    el("td", { class: "place", text: place(d, header, report.representation) }),
    el("td", { class: "message", text: d.message }),
    el("td", { class: "help", text: d.help || "" })));
  return el("table", { class: "diags" }, el("thead", {}, head), el("tbody", {}, ...rows));
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
  const pre = el("pre", { class: "source", tabindex: "0" });
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
  const thead = el("thead", {}, el("tr", {}, el("th", { class: "row", scope: "col", text: "" }),
    ...header.map((h, j) => el("th", { scope: "col", title: h, text: columnLetters(j) + " · " + h }))));
  const body = el("tbody");
  for (let r = 1; r < rows.length; r++) {
    const whole = marks.get(r + ":-1");
    const tr = el("tr", {}, el("th", { class: "row", scope: "row", text: String(r) }));
    rows[r].forEach((v, j) => {
      const m = marks.get(r + ":" + j) || whole;
      tr.append(el("td", m ? { class: m.severity === "error" ? "bad" : "warn", title: m.message, "data-record": String(r), "data-field": header[j], text: v } : { text: v }));
    });
    body.append(tr);
  }
  return el("div", { class: "view", tabindex: "0" }, el("table", { class: "cells" }, thead, body));
}

// ----- downloads -------------------------------------------------------------

function downloads(file, bytes) {
  const box = el("p", { class: "downloads" }, t("download") + " ");
  const stem = file.name.replace(/\.[^.]*$/, "");
  for (const to of ["json", "xml", "csv", "xlsx"]) {
    const b = el("button", { type: "button", class: "plain", "data-to": to, text: to.toUpperCase() });
    b.addEventListener("click", async () => {
      const r = await fetch("/v1/convert?to=" + to + "&name=" + encodeURIComponent(file.name) + "&lang=" + state.lang, { method: "POST", body: bytes });
      if (r.status !== 200) {
        const body = await r.json();
        box.append(el("span", { class: "sev-error", role: "alert", text: " " + (body.error ? body.error.message : r.status) }));
        return;
      }
      const url = URL.createObjectURL(await r.blob());
      const a = el("a", { href: url, download: stem + "." + to });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    });
    box.append(b);
  }
  return box;
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
