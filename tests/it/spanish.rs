//! Spanish, and every language but English: the command line's own words
//! (verdicts, summaries, labels, places, errors), its reports and
//! `fosx explain`, through the real binary (`--lang es`, `LANG=es_*`). Each
//! test checks exact lines, and that no English word is left outside code,
//! values and file names. (The messages of the diagnostics themselves are
//! the checks' and the readers'; the fixtures here give diagnostics of the
//! business rules, whose messages are in every language.)

use super::cli::{Run, fosx, run, validate};
use super::json_fixtures::{AS_OF, root};
use super::messages::english_words_in;
use fosx::Lang;

/// The languages other than English.
fn others() -> impl Iterator<Item = Lang> {
    Lang::ALL.iter().copied().filter(|l| *l != Lang::En)
}

/// Fails on an English word in `text` (in `lang`) outside code, quotes and
/// the `values` (file names, paths) given; lines for which `skip` is true
/// (a snippet of the file) are not looked at.
fn assert_no_english(text: &str, lang: Lang, values: &[&str], skip: impl Fn(&str) -> bool) {
    for line in text.lines().filter(|l| !skip(l)) {
        let mut line = line.to_string();
        for v in values {
            line = line.replace(v, "");
        }
        let words = english_words_in(&line, lang);
        assert!(words.is_empty(), "{lang}: English {words:?} in `{line}`");
    }
}

/// A line of a source snippet (miette's or the sheet renderer's): the
/// file's own text.
fn snippet(line: &str) -> bool {
    line.contains('│') || line.contains('╭') || line.contains('╰') || line.contains('·')
}

const R01: &str = "fixtures/json/R01-duplicate-document-id.json";
const WARNINGS: &str = "fixtures/json/R13-R15-R18-warnings-only.json";
const R04_XML: &str = "fixtures/xml/r04-dates-out-of-order.xml";

#[test]
fn the_human_report_in_spanish() {
    let r = run(validate().args(["--lang", "es", R01, WARNINGS, R04_XML]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let e = &r.stderr;
    for line in [
        "  × el documentId `EU-TT-2026` también lo usa el documento 0",
        "   ·                       ╰── primer uso aquí",
        "  ayuda: dé a cada documento del archivo su propio documentId",
        "         véase `fosx explain FOS-R01`",
        "fixtures/json/R01-duplicate-document-id.json: no válido: 1 error, 0 advertencias",
        "fixtures/json/R13-R15-R18-warnings-only.json: válido, con 3 advertencias",
        "fixtures/xml/r04-dates-out-of-order.xml: no válido: 1 error, 0 advertencias",
        "3 archivos comprobados: 1 válido, 2 no válidos",
    ] {
        assert!(e.lines().any(|l| l == line), "no line `{line}` in:\n{e}");
    }
    assert_no_english(e, Lang::Es, &[R01, WARNINGS, R04_XML], snippet);
    // LANG=es_ES chooses Spanish too.
    let by_env = run(validate()
        .args([R01, WARNINGS, R04_XML])
        .env("LANG", "es_ES.UTF-8"));
    assert_eq!(by_env.stderr, r.stderr);
}

#[test]
fn every_language_words_the_human_report_and_its_summary() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.json");
    let missing = missing.to_str().unwrap();
    for lang in others() {
        let r = run(validate()
            .args(["--lang", lang.code(), R01, WARNINGS, R04_XML])
            .arg(missing));
        assert_eq!(r.code, 2, "{}", r.stderr);
        // The last line counts the unreadable file apart.
        assert!(r.stderr.lines().last().is_some_and(|l| l.contains(" 1 ")));
        // The unreadable file's own message is the reader's: left out.
        assert_no_english(&r.stderr, lang, &[R01, WARNINGS, R04_XML, missing], |l| {
            snippet(l) || l.starts_with("  × ") && l.contains(missing)
        });
    }
}

/// A valid CSV timetable, submitted before the Framework was adopted
/// (FOS-R05, a message of the rules).
fn csv_before_adoption(dir: &std::path::Path) -> String {
    let text = std::fs::read_to_string(root().join("fixtures/valid/timetable.csv")).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let at = header.iter().position(|h| *h == "submissionDate").unwrap();
    for line in lines.iter_mut().skip(1) {
        let mut cells: Vec<&str> = line.split(',').collect();
        cells[at] = "2017-03-31";
        *line = cells.join(",");
    }
    let path = dir.join("old.csv");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn a_sheet_and_the_short_report_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let file = csv_before_adoption(dir.path());
    let r = run(validate().args(["--lang", "es", &file]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let first = r.stderr.lines().next().unwrap();
    assert!(
        first.starts_with(
            "× FOS-R05: fila 2, columna E (submissionDate): submissionDate (2017-03-31) es anterior"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("\n  ayuda: compruebe el año de la fecha de envío\n")
    );
    assert_no_english(&r.stderr, Lang::Es, &[&file], snippet);
    let r = run(validate().args(["--lang", "es", "--format", "short", &file]));
    let line = r.stdout.lines().next().unwrap();
    assert!(
        line.starts_with(&format!(
            "{file}:2:"
        )) && line.contains(": error FOS-R05: fila 2, columna E (submissionDate): submissionDate (2017-03-31) es anterior a la adopción del Marco de Normas (2018-06-01) [compruebe el año de la fecha de envío]"),
        "{}",
        r.stdout
    );
    for lang in others() {
        let r = run(validate().args(["--lang", lang.code(), "--format", "short", &file, R01]));
        assert_no_english(&r.stdout, lang, &[&file, R01], |_| false);
    }
}

#[test]
fn the_plain_text_report_sarif_and_junit_in_spanish() {
    let r = run(validate().args(["--lang", "es", "--format", "junit", R01]));
    assert!(
        r.stdout
            .contains(r#"<failure message="no válido: 1 error, 0 advertencias" type="FOS-R01">"#),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains(
        ">fixtures/json/R01-duplicate-document-id.json:40:17: error FOS-R01: el documentId `EU-TT-2026` también lo usa el documento 0\n"
    ));
    for line in [
        "  en /documentId, documento 1, EU-TT-2026",
        "  5:17: primer uso aquí",
        "  ayuda: dé a cada documento del archivo su propio documentId",
        "fixtures/json/R01-duplicate-document-id.json: no válido: 1 error, 0 advertencias",
    ] {
        assert!(
            r.stdout.lines().any(|l| l == line),
            "no `{line}` in:\n{}",
            r.stdout
        );
    }
    let r = run(validate().args(["--lang", "es", "--format", "sarif", R01]));
    let log: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let run0 = &log["runs"][0];
    assert_eq!(
        run0["results"][0]["message"]["text"],
        "el documentId `EU-TT-2026` también lo usa el documento 0\nayuda: dé a cada documento del archivo su propio documentId"
    );
    let help = run0["tool"]["driver"]["rules"][11]["help"]["text"]
        .as_str()
        .unwrap();
    assert!(
        help.ends_with("\nEjecute `fosx explain FOS-S04` para ver un ejemplo."),
        "{help}"
    );
}

#[test]
fn explain_in_every_language() {
    let r = run(fosx().args(["explain", "S04", "--lang", "es"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = &r.stdout;
    assert!(
        text.starts_with("FOS-S04 (error): un valor que no figura en su lista de códigos\n"),
        "{text}"
    );
    for line in [
        "Por qué es importante",
        "Falla (json):",
        "Pasa (json):",
        "  Los códigos de `dateKind` se escriben en minúsculas:",
    ] {
        assert!(text.lines().any(|l| l == line), "no `{line}` in:\n{text}");
    }
    // The same snippets as in English.
    let snippets = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| l.starts_with("    "))
            .map(str::to_owned)
            .collect()
    };
    let en = run(fosx().args(["explain", "S04"])).stdout;
    assert_eq!(snippets(text), snippets(&en));
    let list = run(fosx().args(["explain", "--lang", "es"])).stdout;
    assert!(
        list.contains("\nFOS-R13  advertencia el informe de avance no cubre todas las normas\n"),
        "{list}"
    );
    assert!(
        list.contains("\nFOS-S04  error       un valor que no figura en su lista de códigos\n")
    );
    let r = run(fosx().args(["explain", "S044"]).env("LANG", "es_MX.UTF-8"));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: `S044` no es un código de diagnóstico de fosx\n  ayuda: ¿quiso decir FOS-S04? los códigos se escriben FOS-S04 (o S04); `fosx explain` los enumera todos\n"
    );
    // Every code in every language: the prose is the language's, the
    // snippets (indented) are the files'.
    let codes: Vec<String> = en_codes();
    for lang in others() {
        let list = run(fosx().args(["explain", "--lang", lang.code()])).stdout;
        assert_no_english(&list, lang, &[], |_| false);
        for code in &codes {
            let r = run(fosx().args(["explain", code, "--lang", lang.code()]));
            assert_no_english(&r.stdout, lang, &[], |l| l.starts_with("    "));
        }
    }
}

/// Every code `fosx explain` lists.
fn en_codes() -> Vec<String> {
    run(fosx().arg("explain"))
        .stdout
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.starts_with("FOS-"))
        .map(str::to_owned)
        .collect()
}

/// `--lang es` is a language of the command line, and names itself in the
/// help. (The help's own words are clap's, and stay English for now.)
#[test]
fn spanish_is_a_language_of_the_command_line() {
    let r = run(fosx().args(["--help"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .lines()
            .any(|l| l == "          - es: Spanish (español)"),
        "{}",
        r.stdout
    );
    for args in [
        ["--lang", "es", "validate", "-h"],
        ["validate", "-h", "--lang", "ES"],
    ] {
        let r = run(fosx().args(args));
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    }
}

/// The checks of values that run while the command line is read (a date,
/// a date order) speak the language `--lang` names, wherever it is on the
/// line, before or after the value; else the environment's.
#[test]
fn values_are_refused_in_the_language_named_anywhere_on_the_line() {
    for (args, lang, why) in [
        (
            vec!["--lang=es", "validate", "--as-of", "2026-13-01", "x"],
            "",
            "`2026-13-01` no es una fecha",
        ),
        (
            vec!["validate", "--as-of", "2026-13-01", "x", "--lang", "fr"],
            "es_ES.UTF-8",
            "`2026-13-01` n'est pas une date",
        ),
        (
            vec!["validate", "--as-of", "2026-13-01", "x"],
            "es_ES.UTF-8",
            "`2026-13-01` no es una fecha",
        ),
        (
            vec!["fix", "--date-order", "x", "y", "--lang", "en"],
            "es_ES.UTF-8",
            "`x` is not a date order (dmy, mdy, ymd)",
        ),
    ] {
        let r = run(fosx().args(&args).env("LANG", lang));
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(why), "{args:?}: {}", r.stderr);
    }
}

/// A command line fosx cannot read is refused in the language of the run:
/// what is wrong, a similar name when there is one, the usage and where
/// the help is, with no English but the syntax of the usage.
#[test]
fn a_wrong_command_line_is_refused_in_the_language_of_the_run() {
    let r = run(fosx().args(["--lang", "es", "validat", "x"]));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: comando `validat` desconocido\n\n  \
         sugerencia: existe un comando parecido: `validate`\n\n\
         Uso: fosx [OPTIONS] <COMMAND>\n\n\
         Para más información, pruebe --help.\n"
    );
    let r = run(fosx()
        .args(["validate", "--format", "jsn", "x"])
        .env("LANG", "fr_FR.UTF-8"));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "erreur : valeur `jsn` non valide pour `--format <FORMAT>` (valeurs possibles : \
         `human`, `short`, `json`, `sarif`, `junit`)\n\n  \
         conseil : une valeur proche existe : `json`\n\n\
         Pour en savoir plus, essayez --help.\n"
    );
    let r = run(fosx().args(["validate", "--lang", "es"]));
    assert!(
        r.stderr
            .starts_with("error: faltan estos argumentos obligatorios: `<PATH>...`\n"),
        "{}",
        r.stderr
    );
    for lang in others() {
        for args in [
            vec!["validat", "x"],
            vec!["validate", "--to", "xml", "x"],
            vec!["validate", "--format", "jsn", "x"],
            vec!["validate", "--format", "", "x"],
            vec!["validate"],
            vec!["validate", "x", "--strict", "--strict"],
            vec!["fix", "--date-order", "x", "y"],
            vec![],
        ] {
            let r = run(fosx().args(["--lang", lang.code()]).args(&args));
            assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
            assert_ne!(r.stderr, "", "{args:?}");
            let usage = |l: &str| l.starts_with(&msg_usage(lang));
            assert_no_english(&r.stderr, lang, &[], usage);
        }
    }
    // English is clap's own.
    let r = run(fosx().args(["--lang", "en", "validat", "x"]));
    assert!(
        r.stderr
            .starts_with("error: unrecognized subcommand 'validat'\n"),
        "{}",
        r.stderr
    );
}

/// The heading of a usage line in `lang` (`Uso: `).
fn msg_usage(lang: Lang) -> String {
    fosx::i18n::msg::cli_args_usage("").render(lang)
}

#[test]
fn convert_fix_and_schema_say_why_in_spanish() {
    let r = run(fosx().args([
        "convert", "--as-of", AS_OF, R01, "--to", "xml", "--lang", "es",
    ]));
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .ends_with(&format!("{R01}: no convertido: 1 error, 0 advertencias\n")),
        "{}",
        r.stderr
    );
    let r = run(fosx().args(["schema", "--to", "xsd", "notification", "--lang", "es"]));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: --to xsd describe todos los tipos de documento a la vez; no admite TYPE\n  ayuda: omita el tipo, o use --to table-schema TYPE\n"
    );
    let r = run(fosx()
        .args([
            "fix",
            "fixtures/sheet/ambiguous-dates.csv",
            "--date-order",
            "dmy",
        ])
        .env("LANG", "es_ES.UTF-8"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.ends_with(
            "fixtures/sheet/ambiguous-dates.csv: 3 valores cambiados; resultado: 0 errores, 0 advertencias\n"
        ),
        "{}",
        r.stderr
    );
    let Run { stderr, .. } = run(fosx().args(["fix", "--date-order", "x", "y", "--lang", "es"]));
    assert!(
        stderr.contains("`x` no es un orden de fecha (dmy, mdy, ymd)"),
        "{stderr}"
    );
}

#[test]
fn batch_says_what_it_did_in_spanish() {
    let inbox = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::copy(root().join(R01), inbox.path().join("eu.json")).unwrap();
    std::fs::copy(
        root().join("fixtures/valid/timetable.json"),
        inbox.path().join("ke.json"),
    )
    .unwrap();
    let r = run(fosx()
        .args(["batch", "--as-of", AS_OF, "--lang", "es"])
        .arg(inbox.path())
        .arg("--out")
        .arg(out.path()));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines[0], "archivos            2");
    assert_eq!(lines[1], "aceptados           1   (1 documento)");
    assert_eq!(lines[2], "rechazados          1");
    assert_eq!(lines[3], "ilegibles           0");
    assert!(
        lines[4].starts_with("procesados          2   (0 ya procesados, omitidos) en "),
        "{}",
        r.stderr
    );
    let summary = out.path().join("summary.json");
    assert_eq!(
        lines[5],
        format!("resumen: {}", summary.display()),
        "{}",
        r.stderr
    );
    let txt = std::fs::read_to_string(out.path().join("reports/eu.json.report.txt")).unwrap();
    assert!(
        txt.ends_with(": no válido: 1 error, 0 advertencias\n"),
        "{txt}"
    );
}
