// The officers' page: choose or drop files, see every diagnostic in place,
// download the canonical forms. Talks only to this service.
"use strict";

const TEXT = {
  en: {
    title: "Check a submission", language: "Language", pick: "Files to check",
    intro: "Notifications, timetables and progress reports in JSON, XML, CSV or XLSX. The files are checked by this service and kept nowhere.",
    choose: "Choose files", orDrop: "or drop them here.", templates: "Templates and examples",
    docType: "Document type", template: "To fill", example: "Complete example",
    footer: "fosx checks files against the WCO Framework of Standards on Cross-Border E-Commerce data dictionary.",
    api: "HTTP API", checking: "Checking {n} file(s)…", checked: "{n} file(s) checked.",
    valid: "valid", invalid: "invalid", counts: "{e} error(s), {w} warning(s)",
    code: "Code", severity: "Severity", place: "Place", message: "Message", help: "Help",
    error: "error", warning: "warning", line: "line {l}, column {c}",
    cell: "row {r}, column {col} ({field})", record: "row {r}",
    download: "Download the canonical", failed: "The service could not check this file: {m}",
    source: "The file, with each problem highlighted", explain: "What {code} means",
    notification: "Notification", timetable: "Timetable", "progress-report": "Progress report",
    truncated: "Only the first {n} lines are shown.",
  },
  fr: {
    title: "Vérifier une soumission", language: "Langue", pick: "Fichiers à vérifier",
    intro: "Notifications, calendriers et rapports d’étape en JSON, XML, CSV ou XLSX. Les fichiers sont vérifiés par ce service et ne sont conservés nulle part.",
    choose: "Choisir des fichiers", orDrop: "ou les déposer ici.", templates: "Modèles et exemples",
    docType: "Type de document", template: "À remplir", example: "Exemple complet",
    footer: "fosx vérifie les fichiers selon le dictionnaire de données du Cadre de normes de l’OMD sur le commerce électronique transfrontalier.",
    api: "API HTTP", checking: "Vérification de {n} fichier(s)…", checked: "{n} fichier(s) vérifié(s).",
    valid: "valide", invalid: "non valide", counts: "{e} erreur(s), {w} avertissement(s)",
    code: "Code", severity: "Gravité", place: "Emplacement", message: "Message", help: "Aide",
    error: "erreur", warning: "avertissement", line: "ligne {l}, colonne {c}",
    cell: "ligne {r}, colonne {col} ({field})", record: "ligne {r}",
    download: "Télécharger la forme canonique", failed: "Le service n’a pas pu vérifier ce fichier : {m}",
    source: "Le fichier, chaque problème en évidence", explain: "Ce que signifie {code}",
    notification: "Notification", timetable: "Calendrier", "progress-report": "Rapport d’étape",
    truncated: "Seules les {n} premières lignes sont affichées.",
  },
};

const MAX_LINES = 5000;
const state = { lang: "en", files: [], run: 0 };

function t(key, vars) {
  let s = (TEXT[state.lang] && TEXT[state.lang][key]) || TEXT.en[key] || key;
  for (const [k, v] of Object.entries(vars || {})) s = s.split("{" + k + "}").join(String(v));
  return s;
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
  document.title = "fosx: " + t("title").toLowerCase();
  const body = document.getElementById("tpl-body");
  body.replaceChildren();
  for (const type of ["notification", "timetable", "progress-report"]) {
    const links = (example) => {
      const cell = el("td");
      for (const to of ["json", "xml", "csv", "xlsx"]) {
        const q = "?to=" + to + (example ? "&example=true" : "");
        cell.append(el("a", { href: "/v1/template/" + type + q, download: type + (example ? "-example." : "-template.") + to, text: to.toUpperCase() }));
      }
      return cell;
    };
    body.append(el("tr", {}, el("th", { scope: "row", text: t(type) }), links(false), links(true)));
  }
}

function initialLang() {
  const langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
  return langs.some((l) => /^fr\b/i.test(l)) && !/^en\b/i.test(langs[0]) ? "fr" : "en";
}

// ----- checking ------------------------------------------------------------

async function checkAll() {
  const run = ++state.run;
  const results = document.getElementById("results");
  const status = document.getElementById("status");
  status.textContent = t("checking", { n: state.files.length });
  const cards = [];
  for (const file of state.files) {
    cards.push(await checkOne(file));
    if (run !== state.run) return; // a newer choice or language took over
  }
  results.replaceChildren(...cards);
  status.textContent = t("checked", { n: state.files.length });
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
    card.append(el("p", { class: "sev-error", role: "alert", text: t("failed", { m: e.message }) }));
    return card;
  }
  const errors = report.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = report.diagnostics.length - errors;
  card.dataset.valid = String(report.valid);
  card.append(el("p", {},
    el("span", { class: "verdict " + (report.valid ? "valid" : "invalid"), text: t(report.valid ? "valid" : "invalid") }),
    " " + t("counts", { e: errors, w: warnings })));
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
    return t("cell", { r: d.line, col: columnLetters(d.column - 1), field: d.field || "" });
  }
  // The row as a spreadsheet numbers it (header = row 1), as the CLI says it.
  const r = d.row || d.record;
  if (d.record && d.field) {
    const j = header.indexOf(d.field);
    const col = d.columnLetter || (j >= 0 ? columnLetters(j) : "?");
    return t("cell", { r, col, field: d.field });
  }
  if (d.record) return t("record", { r });
  if (d.line) return t("line", { l: d.line, c: d.column || 1 });
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
  if (lines.length > n) view.append(el("p", { text: t("truncated", { n: MAX_LINES }) }));
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
