//! The officers' page in a real headless Chromium, driven by Python's
//! selenium (`tests/page/drive.py`) against the real service: choose a bad
//! CSV, see its diagnostics and the highlighted cell; switch to French,
//! where nothing the page says is English; choose a valid file and
//! download its XML; a browser in Spanish gets the page in Spanish, its
//! template links Spanish workbooks, and can switch to English; no console
//! errors, nothing loaded from elsewhere. Screenshots go to
//! `target/artifacts/` (`page.png`, `page-valid.png`, `page-es.png`).

use super::json_fixtures::{AS_OF, root};
use super::messages::english_words_in;
use super::serve::{Server, agent, get};
use fosx::Lang;
use fosx::model::DocType;
use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::Command;

pub(crate) fn cli(args: &[&str]) -> Vec<u8> {
    let out = Command::new(assert_cmd::cargo::cargo_bin("fosx"))
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .output()
        .unwrap();
    out.stdout
}

pub(crate) fn report(lang: &str, file: &str) -> Value {
    let out = cli(&[
        "--lang", lang, "validate", "--format", "json", "--as-of", AS_OF, file,
    ]);
    serde_json::from_slice(&out).unwrap()
}

/// Runs `tests/page/drive.py` on `plan`: what it saw.
pub(crate) fn drive(plan: &Value) -> Value {
    let work = tempfile::tempdir().unwrap();
    let plan_file = work.path().join("plan.json");
    std::fs::write(&plan_file, plan.to_string()).unwrap();
    let out = Command::new("python3")
        .arg(root().join("tests/page/drive.py"))
        .arg(&plan_file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the browser could not be driven:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Where the screenshots are kept: `target/artifacts/`.
pub(crate) fn artifacts() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("artifacts")
}

/// Nothing loaded from elsewhere, no console errors or warnings.
pub(crate) fn assert_clean(seen: &Value, server: &Server) {
    for url in seen["resources"].as_array().unwrap() {
        assert!(
            url.as_str().unwrap().starts_with(&server.base),
            "loaded from elsewhere: {url}"
        );
    }
    let console = seen["console"].as_array().unwrap();
    let errors: Vec<&Value> = console
        .iter()
        .filter(|m| m["level"] == "SEVERE" || m["level"] == "WARNING")
        .collect();
    assert!(errors.is_empty(), "console: {errors:#?}");
}

/// Every template link carries `lang=LANG`: 3 types, to fill and example,
/// in 4 representations.
fn assert_links_in(links: &Value, lang: &str) {
    let links = strings(links);
    assert_eq!(links.len(), 24, "{links:?}");
    for l in &links {
        assert!(l.ends_with(&format!("&lang={lang}")), "{l}");
    }
}

/// Nothing the page itself says (`text`, its `tooltips`) is English; the
/// field names of the report's `diagnostics` are the dictionary's, in
/// every language.
fn assert_no_english(text: &Value, tooltips: &Value, diagnostics: &[Value], lang: Lang) {
    let mut text = text.as_str().unwrap().to_string() + " " + &strings(tooltips).join(" ");
    for d in diagnostics {
        text = text.replace(d["field"].as_str().unwrap(), " ");
    }
    let words = english_words_in(&text, lang);
    assert!(
        words.is_empty(),
        "English on the {lang} page: {words:?}\n{text}"
    );
}

pub(crate) fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[test]
#[cfg_attr(
    not(fosx_browser),
    ignore = "needs /usr/bin/chromium, /usr/bin/chromedriver and python3 selenium (.ci/run installs them; then touch build.rs)"
)]
fn the_page_shows_a_bad_csv_in_place_speaks_french_and_downloads_xml() {
    let server = Server::start(&["--quiet"], &[]);
    let bad = "fixtures/csv/S04-bad-stakeholder.csv";
    let valid = "fixtures/valid/timetable.json";
    let xml = "fixtures/xml/s02-unknown-element.xml";
    let downloads = tempfile::tempdir().unwrap();
    let screenshot = artifacts().join("page.png");
    let _ = std::fs::remove_file(&screenshot);
    let plan = json!({
        "url": server.url("/"),
        "chromium": std::env::var("FOSX_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
        "chromedriver": std::env::var("FOSX_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into()),
        "downloads": downloads.path(),
        "bad": root().join(bad),
        "valid": root().join(valid),
        "xml": root().join(xml),
        "fr_title": "Vérifier une soumission",
        "screenshot": screenshot,
        "expect_download": "timetable.xml",
    });
    let seen = drive(&plan);

    // The page: a title, one file chooser with its label.
    assert_eq!(seen["title"], "Check a submission");
    assert_eq!(seen["file_inputs"], 1);
    assert_eq!(seen["file_input_label"], "Choose files");

    // The bad CSV: the CLI's codes and messages, the place, the cell.
    let en = report("en", bad);
    let diags = en["files"][0]["diagnostics"].as_array().unwrap();
    let codes: Vec<String> = diags
        .iter()
        .map(|d| d["code"].as_str().unwrap().into())
        .collect();
    assert_eq!(codes, ["FOS-S04"]);
    let b = &seen["bad"];
    assert_eq!(b["verdict"], "invalid");
    assert_eq!(strings(&b["codes"]), codes);
    let messages: Vec<String> = diags
        .iter()
        .map(|d| d["message"].as_str().unwrap().into())
        .collect();
    assert_eq!(strings(&b["messages"]), messages);
    assert_eq!(
        strings(&b["places"]),
        ["row 2, column AK (entries.stakeholders)"]
    );
    assert_eq!(
        b["cells"],
        json!([{
            "record": "1",
            "field": "entries.stakeholders",
            "text": "postal-operators;express-carrier",
            "class": "bad"
        }])
    );

    // In French: the page and the report.
    let fr = report("fr", bad);
    let f = &seen["fr"];
    assert_eq!(seen["fr_title"], "Vérifier une soumission");
    assert_eq!(seen["fr_html_lang"], "fr");
    assert_eq!(f["verdict"], "non valide");
    let fr_messages: Vec<String> = fr["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap().into())
        .collect();
    assert_ne!(fr_messages, messages, "the messages are translated");
    assert_eq!(strings(&f["messages"]), fr_messages);
    assert_eq!(
        strings(&f["places"]),
        ["ligne 2, colonne AK (entries.stakeholders)"]
    );
    assert_eq!(
        strings(&f["headers"]),
        ["Code", "Gravité", "Emplacement", "Message", "Aide"]
    );
    assert_eq!(f["cells"], b["cells"]);
    assert_eq!(
        seen["fr_status"],
        "1 fichier vérifié. S04-bad-stakeholder.csv : non valide, 1 erreur et 0 avertissement."
    );
    assert_no_english(
        &seen["fr_page_text"],
        &seen["fr_tooltips"],
        fr["files"][0]["diagnostics"].as_array().unwrap(),
        Lang::Fr,
    );

    // The bad XML: each diagnostic's line marked, and its character.
    let xml_report = report("fr", xml);
    let mut expected: std::collections::BTreeMap<u64, Vec<u64>> = Default::default();
    for d in xml_report["files"][0]["diagnostics"].as_array().unwrap() {
        expected
            .entry(d["line"].as_u64().unwrap())
            .or_default()
            .push(d["column"].as_u64().unwrap());
    }
    assert_eq!(expected.len(), 4);
    let expected: Vec<Value> = expected.into_iter().map(|(l, c)| json!([l, c])).collect();
    assert_eq!(seen["xml_marks"], json!(expected));
    assert_eq!(
        strings(&seen["xml"]["codes"]),
        ["FOS-S01", "FOS-S02", "FOS-S01", "FOS-S02"]
    );

    // The valid file, and its XML as `fosx convert` writes it.
    let v = &seen["valid"];
    assert_eq!(v["name"], "timetable.json");
    assert_eq!(v["verdict"], "valide");
    assert_eq!(v["codes"], json!([]));
    assert_eq!(seen["downloaded"], json!(["timetable.xml"]));
    let xml = std::fs::read(downloads.path().join("timetable.xml")).unwrap();
    let expected = cli(&["convert", "--as-of", AS_OF, "--to", "xml", valid]);
    assert!(expected.starts_with(b"<?xml"));
    assert_eq!(xml, expected);

    // The French page's template links give French workbooks.
    assert_links_in(&seen["fr_links"], "fr");
    let xlsx = strings(&seen["fr_links"])
        .into_iter()
        .find(|l| l.contains("/progress-report?to=xlsx&lang"))
        .unwrap();
    assert_eq!(
        get(&agent(), &xlsx).body,
        fosx::write::template::template_bytes(
            DocType::ProgressReport,
            fosx::Representation::Xlsx,
            Lang::Fr
        )
        .unwrap()
    );
    assert_clean(&seen, &server);

    // The screenshot, a real PNG.
    let png = std::fs::read(&screenshot).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(png.len() > 10_000, "{} bytes", png.len());
}

#[test]
#[cfg_attr(
    not(fosx_browser),
    ignore = "needs /usr/bin/chromium, /usr/bin/chromedriver and python3 selenium (.ci/run installs them; then touch build.rs)"
)]
fn a_browser_in_spanish_gets_the_page_in_spanish_and_spanish_workbooks() {
    let server = Server::start(&["--quiet"], &[]);
    let bad = "fixtures/csv/S04-bad-stakeholder.csv";
    let downloads = tempfile::tempdir().unwrap();
    let screenshot = artifacts().join("page-es.png");
    let _ = std::fs::remove_file(&screenshot);
    let seen = drive(&json!({
        "url": server.url("/"),
        "chromium": std::env::var("FOSX_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
        "chromedriver": std::env::var("FOSX_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into()),
        "downloads": downloads.path(),
        "languages": "es-ES,es,en",
        "scenario": "es",
        "bad": root().join(bad),
        "en_title": "Check a submission",
        "screenshot": screenshot,
    }));

    // In Spanish from the start: the browser's language.
    assert_eq!(seen["html_lang"], "es");
    assert_eq!(seen["selected"], "es");
    assert_eq!(seen["title"], "Comprobar un envío");
    assert_eq!(seen["document_title"], "fosx: comprobar un envío");
    assert_eq!(seen["file_input_label"], "Elegir archivos");
    // The switch: every language of fosx, each named in itself.
    let options: Vec<Value> = Lang::ALL
        .iter()
        .map(|l| json!([l.code(), l.code(), l.native_name()]))
        .collect();
    assert_eq!(seen["options"], json!(options));
    assert_eq!(
        seen["options"],
        json!([
            ["en", "en", "English"],
            ["fr", "fr", "Français"],
            ["es", "es", "Español"]
        ])
    );

    // The bad CSV: the report of `fosx --lang es`, the place in Spanish.
    let es = report("es", bad);
    let diags = es["files"][0]["diagnostics"].as_array().unwrap();
    let card = &seen["card"];
    assert_eq!(card["verdict"], "no válido");
    assert_eq!(strings(&card["codes"]), ["FOS-S04"]);
    let messages: Vec<String> = diags
        .iter()
        .map(|d| d["message"].as_str().unwrap().into())
        .collect();
    assert_eq!(strings(&card["messages"]), messages);
    assert_eq!(
        strings(&card["places"]),
        ["fila 2, columna AK (entries.stakeholders)"]
    );
    assert_eq!(
        strings(&card["headers"]),
        ["Código", "Gravedad", "Ubicación", "Mensaje", "Ayuda"]
    );
    assert_eq!(
        seen["status"],
        "1 archivo comprobado. S04-bad-stakeholder.csv: no válido, 1 error y 0 advertencias."
    );
    assert_eq!(seen["counts"], "no válido 1 error y 0 advertencias");

    assert_no_english(&seen["page_text"], &seen["tooltips"], diags, Lang::Es);

    // Its template links give Spanish workbooks.
    assert_links_in(&seen["links"], "es");
    for (link, example) in [
        ("/v1/template/progress-report?to=xlsx&lang=es", false),
        ("/v1/template/timetable?to=xlsx&example=true&lang=es", true),
    ] {
        let href = server.url(link);
        assert!(strings(&seen["links"]).contains(&href), "{href}");
        let a = get(&agent(), &href);
        assert_eq!(a.status, 200, "{href}");
        let doc_type = if example {
            DocType::Timetable
        } else {
            DocType::ProgressReport
        };
        let made = if example {
            fosx::write::template::example_bytes(doc_type, fosx::Representation::Xlsx, Lang::Es)
        } else {
            fosx::write::template::template_bytes(doc_type, fosx::Representation::Xlsx, Lang::Es)
        };
        assert_eq!(a.body, made.unwrap(), "{href}");
    }

    // Switched to English, at once, links too.
    assert_eq!(seen["en_html_lang"], "en");
    assert_links_in(&seen["en_links"], "en");
    assert_clean(&seen, &server);
    let png = std::fs::read(&screenshot).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(png.len() > 10_000, "{} bytes", png.len());
}
