//! French: every message, help and label in the WCO's other official
//! language, chosen by `--lang fr` or the environment (`LANG=fr_FR.UTF-8`),
//! with codes, places, paths and JSON keys exactly as in English.
//!
//! What no French text may lose (the same codes, places and keys as in
//! English) and the exact French of the reports, `explain`, `convert` and
//! `batch`. The catalogue itself is checked by `messages.rs`; the French
//! and Spanish outputs of every fixture by `no_english.rs`.

use super::cli::{Run, fosx, run};
use super::json_fixtures::{AS_OF, root};
use assert_cmd::Command;
use fosx::Code;
use fosx::diag::explain;
use fosx::i18n::Lang;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn validate(args: &[&str]) -> Command {
    let mut cmd = fosx();
    cmd.args(["validate", "--as-of", AS_OF]).args(args);
    cmd
}

fn json_report(cmd: &mut Command) -> Value {
    let r = run(cmd.args(["--format", "json"]));
    assert_eq!(r.stderr, "", "--format json writes nothing on stderr");
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.stdout))
}

/// Compares an English and a French report: the same keys everywhere, the
/// same values everywhere except `message` and `help`, which must differ
/// (they are translated). Returns the number of texts compared.
fn same_but_translated(en: &Value, fr: &Value, at: &str) -> usize {
    match (en, fr) {
        (Value::Object(e), Value::Object(f)) => {
            let ek: BTreeSet<&String> = e.keys().collect();
            let fk: BTreeSet<&String> = f.keys().collect();
            assert_eq!(ek, fk, "the keys differ at {at}");
            let mut texts = 0;
            for (k, ev) in e {
                let fv = &f[k];
                let here = format!("{at}/{k}");
                if k == "message" || k == "help" {
                    assert_ne!(ev, fv, "{here} is not translated: {ev}");
                    assert!(fv.is_string(), "{here}");
                    texts += 1;
                } else {
                    texts += same_but_translated(ev, fv, &here);
                }
            }
            texts
        }
        (Value::Array(e), Value::Array(f)) => {
            assert_eq!(e.len(), f.len(), "the lengths differ at {at}");
            e.iter()
                .zip(f)
                .enumerate()
                .map(|(i, (a, b))| same_but_translated(a, b, &format!("{at}/{i}")))
                .sum()
        }
        _ => {
            assert_eq!(en, fr, "the values differ at {at}");
            0
        }
    }
}

fn messages(report: &Value) -> Vec<&str> {
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().unwrap())
        .map(|d| d["message"].as_str().unwrap())
        .collect()
}

fn helps(report: &Value) -> Vec<&str> {
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().unwrap())
        .filter_map(|d| d["help"].as_str())
        .collect()
}

const THREE: &str = "fixtures/json/S01-S02-S04-three-mistakes.json";

#[test]
fn the_json_report_in_french_has_the_same_codes_places_and_keys() {
    let en = json_report(&mut validate(&[THREE, "--lang", "en"]));
    let fr = json_report(&mut validate(&[THREE, "--lang", "fr"]));
    let texts = same_but_translated(&en, &fr, "");
    assert_eq!(texts, 6, "three messages and three helps");
    assert_eq!(
        messages(&fr),
        [
            "le champ obligatoire `contact.email` est absent",
            "champ inconnu `evalutionMeeting`",
            "`in progress` n'est pas un statut",
        ]
    );
    assert_eq!(
        helps(&fr),
        [
            "ajoutez `email` (une adresse électronique)",
            "vouliez-vous dire `evaluationMeeting` ?",
            "vouliez-vous dire `in-progress` ?",
        ]
    );
    // No flag and no language in the environment: English.
    let default = json_report(&mut validate(&[THREE]));
    assert_eq!(default, en);
}

#[test]
fn the_environment_chooses_french_and_the_flag_overrides_it() {
    let en = json_report(&mut validate(&[THREE]));
    let fr = json_report(&mut validate(&[THREE, "--lang", "fr"]));
    let by_lang = json_report(validate(&[THREE]).env("LANG", "fr_FR.UTF-8"));
    assert_eq!(by_lang, fr, "LANG=fr_FR.UTF-8 chooses French");
    let by_lc_all = json_report(
        validate(&[THREE])
            .env("LANG", "en_GB.UTF-8")
            .env("LC_ALL", "fr_CA.UTF-8"),
    );
    assert_eq!(by_lc_all, fr, "LC_ALL comes before LANG");
    let c = json_report(validate(&[THREE]).env("LC_ALL", "C").env("LANG", "fr_FR"));
    assert_eq!(c, en, "LC_ALL=C is English whatever LANG says");
    let flag = json_report(validate(&[THREE, "--lang", "en"]).env("LANG", "fr_FR.UTF-8"));
    assert_eq!(flag, en, "--lang en wins over the environment");
    // The option is global: before the command too.
    let mut cmd = fosx();
    cmd.args(["--lang", "fr", "validate", "--as-of", AS_OF, THREE]);
    assert_eq!(json_report(&mut cmd), fr);
}

#[test]
fn the_human_report_in_french() {
    let r: Run = run(&mut validate(&[THREE, "--lang", "fr"]));
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    let e = &r.stderr;
    for expected in [
        "FOS-S01",
        "  × le champ obligatoire `contact.email` est absent",
        "  aide : ajoutez `email` (une adresse électronique)",
        "         voir `fosx explain FOS-S01`",
        "  × `in progress` n'est pas un statut",
        "╰── /entries/6/status",
        "[fixtures/json/S01-S02-S04-three-mistakes.json:89:17]",
        "  aide : vouliez-vous dire `in-progress` ?",
        "fixtures/json/S01-S02-S04-three-mistakes.json : invalide : 3 erreurs, 0 avertissement\n",
    ] {
        assert!(e.contains(expected), "no `{expected}` in:\n{e}");
    }
    assert!(!e.contains("help:"), "{e}");
    assert!(!e.contains("see `fosx"), "{e}");
    // Two files: the summary line too.
    let r = run(&mut validate(&[
        THREE,
        "fixtures/valid/timetable.json",
        "--lang",
        "fr",
    ]));
    assert!(
        r.stderr.contains(
            "fixtures/valid/timetable.json : valide\n\n2 fichiers vérifiés : 1 valide, 1 invalide\n"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn a_csv_file_in_french() {
    let file = "fixtures/csv/S04-bad-stakeholder.csv";
    let en = json_report(&mut validate(&[file]));
    let fr = json_report(&mut validate(&[file, "--lang", "fr"]));
    assert!(same_but_translated(&en, &fr, "") > 0);
    assert_eq!(
        messages(&fr),
        ["`express-carrier` n'est pas une partie prenante"]
    );
    // The place of a CSV cell as a spreadsheet shows it.
    let r = run(&mut validate(&[file, "--lang", "fr"]));
    assert!(
        r.stderr
            .contains("ligne 2, colonne AK (entries.stakeholders) : `express-carrier`"),
        "{}",
        r.stderr
    );
    // A broken CSV file.
    let file = "fixtures/csv/P03-ragged-row.csv";
    let en = json_report(&mut validate(&[file]));
    let fr = json_report(&mut validate(&[file, "--lang", "fr"]));
    same_but_translated(&en, &fr, "");
    assert!(messages(&fr)[0].starts_with("l'enregistrement "), "{fr}");
}

#[test]
fn an_xml_file_in_french() {
    let file = "fixtures/xml/r04-dates-out-of-order.xml";
    let en = json_report(&mut validate(&[file]));
    let fr = json_report(&mut validate(&[file, "--lang", "fr"]));
    assert!(same_but_translated(&en, &fr, "") > 0);
    let related: Vec<String> = fr["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["related"].as_array().cloned().unwrap_or_default())
        .map(|r| r["message"].as_str().unwrap().to_string())
        .collect();
    assert!(
        related.iter().any(|r| r == "plannedStart indiqué ici"),
        "{related:?}"
    );
    let file = "fixtures/xml/p02-mismatched-tag.xml";
    let fr = json_report(&mut validate(&[file, "--lang", "fr"]));
    assert!(
        messages(&fr)[0].contains("la balise de fin ne correspond pas"),
        "{fr}"
    );
}

#[test]
fn sarif_and_junit_in_french() {
    let r = run(validate(&[THREE, "--lang", "fr"]).args(["--format", "sarif"]));
    let log: Value = serde_json::from_str(&r.stdout).unwrap();
    let run0 = &log["runs"][0];
    assert_eq!(
        run0["results"][0]["message"]["text"],
        "le champ obligatoire `contact.email` est absent\naide : ajoutez `email` (une adresse électronique)"
    );
    assert_eq!(run0["results"][0]["ruleId"], "FOS-S01");
    assert_eq!(
        run0["tool"]["driver"]["rules"][11]["shortDescription"]["text"],
        "une valeur absente de sa liste de codes"
    );
    let r = run(validate(&[THREE, "--lang", "fr"]).args(["--format", "junit"]));
    assert!(
        r.stdout.contains(
            r#"<failure message="invalide : 3 erreurs, 0 avertissement" type="FOS-S01">"#
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains(":89:17: erreur FOS-S04 : `in progress` n'est pas un statut\n")
    );
}

#[test]
fn explain_in_french() {
    let r = run(fosx().args(["explain", "S04", "--lang", "fr"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = &r.stdout;
    assert!(
        text.starts_with("FOS-S04 (erreur) : une valeur absente de sa liste de codes\n"),
        "{text}"
    );
    for expected in [
        "\nPourquoi c'est important\n",
        "\nÉchoue (json) :\n",
        "\nRéussit (json) :\n",
        "Les codes de `dateKind` s'écrivent en minuscules :",
        r#""dateKind": "Indicative""#,
    ] {
        assert!(text.contains(expected), "no `{expected}` in:\n{text}");
    }
    // The same snippets as in English.
    let en = run(fosx().args(["explain", "S04"])).stdout;
    let snippet = |t: &str| {
        t.lines()
            .filter(|l| l.starts_with("    "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(snippet(text), snippet(&en));
    // The list, and a code that does not exist.
    let list = run(fosx().args(["explain", "--lang", "fr"])).stdout;
    assert!(
        list.contains(
            "FOS-R13  avertissement le rapport d'avancement ne couvre pas toutes les normes\n"
        ),
        "{list}"
    );
    let r = run(fosx().args(["explain", "S4O"]).env("LANG", "fr_FR.UTF-8"));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("erreur : `S4O` n'est pas un code de diagnostic de fosx\n  aide : "),
        "{}",
        r.stderr
    );
}

#[test]
fn every_code_has_an_english_and_a_french_entry_with_the_same_snippets() {
    for &code in Code::ALL {
        let en = explain::entry_in(code, Lang::En);
        let fr = explain::entry_in(code, Lang::Fr);
        assert_eq!(en.code, code);
        assert_eq!(fr.code, code);
        assert_eq!(en.title, code.summary(), "{code}");
        assert_ne!(fr.title, en.title, "{code}: the French title is English");
        assert_eq!(en.failing.text, fr.failing.text, "{code}");
        assert_eq!(en.passing.text, fr.passing.text, "{code}");
        assert_eq!(en.failing.lang, fr.failing.lang, "{code}");
        assert_eq!(en.passing.lang, fr.passing.lang, "{code}");
    }
}

#[test]
fn convert_and_batch_in_french() {
    let r = run(fosx().args([
        "convert", "--as-of", AS_OF, THREE, "--to", "xml", "--lang", "fr",
    ]));
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.ends_with(&format!(
            "{THREE} : non converti : 3 erreurs, 0 avertissement\n"
        )),
        "{}",
        r.stderr
    );
    let inbox = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::copy(root().join(THREE), inbox.path().join("ke.json")).unwrap();
    let r = run(fosx()
        .args(["batch", "--as-of", AS_OF, "--lang", "fr"])
        .arg(inbox.path())
        .arg("--out")
        .arg(out.path()));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("rejetés"), "{}", r.stderr);
    let txt = std::fs::read_to_string(out.path().join("reports/ke.json.report.txt")).unwrap();
    assert!(
        txt.contains(": erreur FOS-S04 : `in progress` n'est pas un statut\n"),
        "{txt}"
    );
    assert!(
        txt.contains("  aide : vouliez-vous dire `in-progress` ?\n"),
        "{txt}"
    );
    assert!(
        txt.ends_with(" : invalide : 3 erreurs, 0 avertissement\n"),
        "{txt}"
    );
    let json: Value = serde_json::from_str(
        &std::fs::read_to_string(out.path().join("reports/ke.json.report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        json["files"][0]["diagnostics"][2]["message"],
        "`in progress` n'est pas un statut"
    );
}

// ----- coverage -------------------------------------------------------
//
// Every message of the catalogue is rendered in every language by
// `messages.rs`, and the French and Spanish outputs of every fixture are
// read for English words by `no_english.rs`.

#[test]
fn the_renderers_words_are_messages_of_the_catalogue() {
    use fosx::i18n::{Msg, msg};
    let fr = |m: Msg| m.render(Lang::Fr);
    let counts = || msg::report_counts(3, 1);
    for (m, french) in [
        (msg::report_here(), "ici"),
        (
            msg::report_record_column(2, "entries.status"),
            "enregistrement 2, colonne `entries.status`",
        ),
        (
            msg::place_row_column_named(3, "AA", "entries.status"),
            "ligne 3, colonne AA (entries.status)",
        ),
        (msg::place_row_column(3, "AA"), "ligne 3, colonne AA"),
        (msg::place_row(3), "ligne 3"),
        (msg::report_help_label(), "aide :"),
        (
            msg::report_line_column(1, 20001),
            "(ligne 1, colonne 20001)",
        ),
        (
            msg::cli_see_explain("FOS-S04"),
            "voir `fosx explain FOS-S04`",
        ),
        (msg::report_record(2), "enregistrement 2"),
        (msg::report_column("documentId"), "colonne `documentId`"),
        (
            msg::report_document_id(0, "KE-TT-2026"),
            "document 0, KE-TT-2026",
        ),
        (msg::report_document(1), "document 1"),
        (
            msg::report_at("/entries/0, document 0"),
            "emplacement : /entries/0, document 0",
        ),
        (msg::severity_error(), "erreur"),
        (msg::severity_warning(), "avertissement"),
        (counts(), "3 erreurs, 1 avertissement"),
        (msg::report_counts(1, 0), "1 erreur, 0 avertissement"),
        (
            msg::report_junit_invalid(counts()),
            "invalide : 3 erreurs, 1 avertissement",
        ),
        (
            msg::report_file_valid("x.json", msg::report_counts(0, 2)),
            "x.json : valide : 0 erreur, 2 avertissements",
        ),
        (
            msg::report_sarif_explain("FOS-S04"),
            "Lancez `fosx explain FOS-S04` pour voir un exemple.",
        ),
        (msg::explain_why(), "Pourquoi c'est important"),
        (msg::explain_fails_as("json"), "Échoue (json) :"),
        (msg::explain_passes(), "Réussit :"),
        (msg::explain_empty(), "(vide)"),
        (
            msg::cli_file_unreadable("x.json"),
            "x.json : n'a pas pu être lu",
        ),
        (
            msg::cli_file_valid_warnings("x.json", 1),
            "x.json : valide, avec 1 avertissement",
        ),
        (
            msg::cli_file_valid_warnings("x.json", 2),
            "x.json : valide, avec 2 avertissements",
        ),
        (
            msg::cli_file_invalid("x.json", 2, 0),
            "x.json : invalide : 2 erreurs, 0 avertissement",
        ),
        (
            msg::cli_file_invalid("x.json", 1, 1),
            "x.json : invalide : 1 erreur, 1 avertissement",
        ),
        (
            msg::cli_files_checked_unreadable(3, 1, 1, 1),
            "3 fichiers vérifiés : 1 valide, 1 invalide, 1 illisible",
        ),
        (
            msg::cli_not_converted(msg::report_counts(1, 0)),
            "non converti : 1 erreur, 0 avertissement",
        ),
        (
            msg::explain_unknown_code("S4O"),
            "`S4O` n'est pas un code de diagnostic de fosx",
        ),
        (msg::batch_documents(12), "(12 documents)"),
        (msg::batch_documents(1), "(1 document)"),
        (
            msg::batch_processed_note(0, "0", "12", "41"),
            "(0 déjà traités, sautés) en 0,12 s, 41 fichiers/s",
        ),
        (
            msg::batch_round(2, 1, 1, 0),
            "2 nouveau(x) : 1 acceptés, 1 rejetés, 0 illisibles en tout",
        ),
        (
            msg::cli_schema_takes_no_type("xsd"),
            "--to xsd décrit tous les types de document à la fois ; il ne prend pas de TYPE",
        ),
    ] {
        assert_eq!(fr(m), french);
    }
}

#[test]
fn a_file_name_is_never_translated() {
    // A French report keeps the file's name, even one that reads like a message.
    let dir = tempfile::tempdir().unwrap();
    let name = "here.json";
    let path: &Path = &dir.path().join(name);
    std::fs::write(path, "{").unwrap();
    let r = run(fosx()
        .current_dir(dir.path())
        .args(["validate", name, "--lang", "fr"]));
    assert!(
        r.stderr
            .contains("here.json : invalide : 1 erreur, 0 avertissement"),
        "{}",
        r.stderr
    );
}
