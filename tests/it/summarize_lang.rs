//! `fosx summarize` in French and Spanish: the command's lines, the
//! dashboard's words and numbers, in the language asked and no English
//! left (the submissions' own texts aside); the data files the same in
//! every language; and the dashboards in headless Chromium, with
//! screenshots kept in `target/artifacts/`.

use super::messages::english_words_in;
use super::summarize::{fosx, open_in_chromium, sorted};
use super::summarize_inbox::{AS_OF, MEMBERS};
use fosx::Lang;
use serde_json::Value;
use std::path::Path;

/// `fosx --lang LANG summarize` of the batch-sorted inbox: its folder and
/// its stderr.
fn summarize_in(lang: &str) -> (tempfile::TempDir, String) {
    let s = sorted();
    let dir = tempfile::tempdir().unwrap();
    let r = fosx()
        .args(["--lang", lang, "summarize"])
        .arg(&s.accepted)
        .arg("--out")
        .arg(dir.path())
        .args(["--as-of", AS_OF])
        .output()
        .unwrap();
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    (dir, String::from_utf8(r.stderr).unwrap())
}

/// What a person reads of a dashboard: its text, its tooltips and the
/// names of its charts, without its style and script.
fn read_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        out.push(' ');
        let tag_end = open + rest[open..].find('>').unwrap();
        let tag = &rest[open..=tag_end];
        for attr in [" title=\"", " aria-label=\""] {
            if let Some(i) = tag.find(attr) {
                let value = &tag[i + attr.len()..];
                out.push_str(&value[..value.find('"').unwrap()]);
                out.push(' ');
            }
        }
        rest = &rest[tag_end + 1..];
        for element in ["style", "script"] {
            if tag.starts_with(&format!("<{element}")) {
                let close = format!("</{element}>");
                rest = &rest[rest.find(&close).unwrap() + close.len()..];
            }
        }
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// `text` without the values that come from the submissions (Members'
/// codes and names, documents' identifiers, descriptions, the names of the
/// files skipped): each removed
/// where it stands as a whole (not inside a word).
fn without_submissions(text: &str, status_json: &Value) -> String {
    let mut values: Vec<String> = Vec::new();
    for m in status_json["members"].as_array().unwrap() {
        for key in [
            "memberCode",
            "memberName",
            "progressReportId",
            "timetableId",
        ] {
            values.extend(m[key].as_str().map(str::to_owned));
        }
    }
    for a in status_json["assistance"].as_array().unwrap() {
        for key in ["text", "documentId"] {
            values.extend(a[key].as_str().map(str::to_owned));
        }
    }
    for s in status_json["skipped"].as_array().unwrap() {
        for key in ["path", "documentId"] {
            values.extend(s[key].as_str().map(str::to_owned));
        }
    }
    values.sort_by_key(|v| std::cmp::Reverse(v.len()));
    values.dedup();
    let mut out = text.to_string();
    for v in values.iter().filter(|v| !v.is_empty()) {
        let mut kept = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(i) = rest.find(v.as_str()) {
            let before = rest[..i].chars().next_back();
            let after = rest[i + v.len()..].chars().next();
            let whole = !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric);
            kept.push_str(&rest[..i]);
            kept.push_str(if whole { " " } else { v });
            rest = &rest[i + v.len()..];
        }
        kept.push_str(rest);
        out = kept;
    }
    out
}

fn status_json(dir: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("status.json")).unwrap()).unwrap()
}

/// The dashboard's own words in `dir`, checked for English.
fn assert_no_english(dir: &Path, lang: Lang) {
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
    let text = without_submissions(&read_text(&html), &status_json(dir));
    let words = english_words_in(&text, lang);
    assert!(
        words.is_empty(),
        "English in the {lang} dashboard: {words:?}"
    );
}

#[test]
fn the_french_dashboard_has_no_english_left() {
    let (dir, stderr) = summarize_in("fr");
    assert_no_english(dir.path(), Lang::Fr);
    let html = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    for text in [
        "<h1>Cadre de normes sur le commerce électronique transfrontalier : tableau de bord de la mise en œuvre</h1>",
        "<div class=\"sorter\">Trier par : <button",
        "Retours",
        "<th scope=\"row\">Tous les Membres</th>",
        "<th scope=\"row\">ESA : Afrique orientale et australe</th>",
    ] {
        assert!(html.contains(text), "{text}");
    }
    assert!(
        stderr.ends_with(&format!(
            "{} Membres × 15 normes\n{}\n",
            MEMBERS.len(),
            [
                "status.csv",
                "members.csv",
                "assistance.csv",
                "skipped.csv",
                "notifications.csv",
                "status.json",
                "index.html",
                "meeting.xlsx"
            ]
            .map(|f| dir.path().join(f).display().to_string())
            .join("\n")
        )),
        "{stderr}"
    );
}

#[test]
fn the_dashboard_speaks_spanish() {
    let s = sorted();
    let (dir, stderr) = summarize_in("es");
    let t = &status_json(dir.path())["totals"];
    assert_eq!(t["skipped"], 0);
    assert_eq!(
        stderr.lines().next().unwrap(),
        format!(
            "{} archivos, {} documentos: {} contabilizados, 0 descartados; {} Miembros × 15 normas",
            t["files"],
            t["documents"],
            t["used"],
            MEMBERS.len()
        )
    );
    let html = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    assert!(html.contains("<html lang=\"es\">"));
    for text in [
        "<h1>Marco de Normas sobre el Comercio Electrónico Transfronterizo: panel de seguimiento de la aplicación</h1>",
        "<h2>Estado por Miembro y por norma</h2>",
        "<h2>Tasa de aplicación por norma</h2>",
        "<h2>Envíos que faltan</h2>",
        "<h2>Asistencia técnica y creación de capacidad</h2>",
        "<div class=\"sorter\">Ordenar por: <button",
        "<li><span class=\"sw s-implemented\" aria-hidden=\"true\">AP</span>aplicada</li>",
        "<th scope=\"row\">AMS: América del Sur, América del Norte, América Central y el Caribe</th>",
        "Procedimientos de despacho simplificados",
        // Decimal commas, and a no-break space before the percent sign.
        "\u{a0}%<span class=\"base\">",
    ] {
        assert!(html.contains(text), "{text}");
    }
    let numbers: Vec<&str> = html
        .split("<td class=\"num\">")
        .skip(1)
        .map(|cell| cell.split('<').next().unwrap())
        .collect();
    assert!(numbers.iter().all(|n| !n.contains('.')), "{numbers:?}");
    let decimals = numbers.iter().filter(|n| n.contains(',')).count();
    assert!(decimals > MEMBERS.len(), "{numbers:?}");
    assert_no_english(dir.path(), Lang::Es);
    // The data files do not depend on the language.
    for name in [
        "status.csv",
        "members.csv",
        "assistance.csv",
        "skipped.csv",
        "notifications.csv",
        "status.json",
    ] {
        assert_eq!(
            std::fs::read(dir.path().join(name)).unwrap(),
            std::fs::read(s.out.join(name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn skipped_inputs_are_said_in_spanish() {
    let s = sorted();
    let dir = tempfile::tempdir().unwrap();
    let r = fosx()
        .args(["--lang", "es", "summarize"])
        .arg(&s.inbox)
        .arg("--out")
        .arg(dir.path())
        .args(["--as-of", AS_OF])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(1));
    let stderr = String::from_utf8(r.stderr).unwrap();
    let skipped: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("descartado "))
        .collect();
    assert!(skipped.len() >= 30, "{stderr}");
    for line in &skipped {
        assert!(line.contains(": no válido FOS-"), "{line}");
        assert!(english_words_in(line.split(": ").last().unwrap(), Lang::Es).is_empty());
    }
    assert!(
        skipped.iter().any(|l| l.contains(" (documento ")),
        "{stderr}"
    );
    let html = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    assert!(html.contains(&format!("<h2>Envíos descartados ({})</h2>", skipped.len())));
    assert!(html.contains(
        "<th scope=\"col\">Archivo</th><th scope=\"col\">Motivo</th><th scope=\"col\">Códigos</th>"
    ));
    assert_no_english(dir.path(), Lang::Es);
}

#[test]
fn an_unknown_edition_is_refused_in_french_and_spanish() {
    for (lang, said) in [
        (
            "fr",
            "erreur : il n'y a pas de catalogue de normes pour l'édition `2022` (connues : 2018)\n",
        ),
        (
            "es",
            "no hay ningún catálogo de normas para la edición `2022` (conocidas: 2018)\n",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let r = fosx()
            .args([
                "--lang",
                lang,
                "summarize",
                "docs/spec/examples",
                "--edition",
                "2022",
                "--out",
            ])
            .arg(dir.path().join("out"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert_eq!(r.status.code(), Some(2));
        assert!(
            String::from_utf8(r.stderr).unwrap().ends_with(said),
            "{lang}"
        );
    }
}

#[test]
#[cfg_attr(
    not(fosx_browser),
    ignore = "needs /usr/bin/chromium, /usr/bin/chromedriver and python3 selenium (.ci/run installs them; then touch build.rs)"
)]
fn the_french_and_spanish_dashboards_open_in_headless_chromium() {
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    for (lang, code, heading) in [
        (Lang::Fr, "fr", "Taux de mise en œuvre par norme"),
        (Lang::Es, "es", "Tasa de aplicación por norma"),
    ] {
        let (dir, _) = summarize_in(code);
        let shot = artifacts.join(format!("summarize-dashboard-{code}.png"));
        let result = open_in_chromium(&dir.path().join("index.html"), &shot);
        // What the browser shows: the headings, every Member, and no English.
        let text = result["text"].as_str().unwrap();
        assert!(text.contains(heading), "{code}");
        for (member, name, _) in MEMBERS {
            assert!(
                text.contains(member) && text.contains(name),
                "{code}: {member}"
            );
        }
        let shown = without_submissions(text, &status_json(dir.path()));
        let words = english_words_in(&shown, lang);
        assert!(words.is_empty(), "{code}: English shown: {words:?}");
        // Sorting still works.
        let order = |k: &str| result["order"][k].as_array().unwrap().len();
        assert_eq!(order("progress"), MEMBERS.len());
        assert_eq!(order("region"), MEMBERS.len());
        let png = std::fs::read(&shot).unwrap();
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 20_000,
            "{}",
            shot.display()
        );
    }
}
