//! The schema check's diagnostics (`src/check/`), the help for values a
//! spreadsheet changed (`src/sheet/`), the model's descriptions of types and
//! values, and the cap's closing diagnostic, in French and Spanish: exact
//! texts, and no English words left. French through the real binary and the
//! library; Spanish through the library (the messages a binary renders).

use super::cli::{fosx, run};
use super::json_fixtures::{AS_OF, options, root};
use super::messages::english_words;
use fosx::i18n::Msg;
use fosx::{Lang, check_bytes};
use serde_json::Value;

/// The JSON report of `fosx --lang LANG validate ARGS` of an invalid file.
fn report(lang: &str, args: &[&str]) -> Value {
    let r = run(fosx()
        .args([
            "--lang", lang, "validate", "--as-of", AS_OF, "--format", "json",
        ])
        .args(args));
    assert_eq!(r.code, 1, "{args:?} is invalid: {}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

/// (message, help) of every diagnostic of `file`, checked by the library
/// with at most `max` diagnostics, in `lang`.
fn checked(file: &str, max: usize, lang: Lang) -> Vec<(String, String)> {
    let mut options = options();
    options.read.limits.max_diagnostics = max;
    let bytes = std::fs::read(root().join(file)).unwrap();
    let checked = check_bytes(file, &bytes, &options);
    assert!(!checked.diagnostics.is_empty(), "{file}");
    checked
        .diagnostics
        .iter()
        .map(|d| {
            let help = d.help.as_ref().map(|h| h.render(lang));
            (d.message.render(lang), help.unwrap_or_default())
        })
        .collect()
}

/// Whether a message is one of the surfaces tested here.
fn ours(m: &Msg) -> bool {
    ["check-", "sheet-", "model-"]
        .iter()
        .any(|p| m.id().starts_with(p))
}

/// Every message, help and related message of `file` of the surfaces
/// tested here, in `lang`, with its English words.
fn texts(file: &str, lang: Lang) -> Vec<(String, Vec<String>)> {
    let bytes = std::fs::read(root().join(file)).unwrap();
    let checked = check_bytes(file, &bytes, &options());
    let mut msgs = Vec::new();
    for d in &checked.diagnostics {
        msgs.push(&d.message);
        msgs.extend(&d.help);
        msgs.extend(d.related.iter().map(|r| &r.message));
    }
    msgs.into_iter()
        .filter(|m| ours(m))
        .map(|m| {
            let text = m.render(lang);
            let words = english_words(&text);
            (text, words)
        })
        .collect()
}

fn diagnostics(report: &Value) -> impl Iterator<Item = &Value> {
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().unwrap())
}

/// (message, help) of every diagnostic.
fn said(report: &Value) -> Vec<(String, String)> {
    diagnostics(report)
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            (s("message"), s("help"))
        })
        .collect()
}

fn pair(message: &str, help: &str) -> (String, String) {
    (message.into(), help.into())
}

const THREE: &str = "fixtures/json/S01-S02-S04-three-mistakes.json";

#[test]
fn three_mistakes_in_french_and_spanish() {
    let fr = [
        pair(
            "le champ obligatoire `contact.email` est absent",
            "ajoutez `email` (une adresse électronique)",
        ),
        pair(
            "champ inconnu `evalutionMeeting`",
            "vouliez-vous dire `evaluationMeeting` ?",
        ),
        pair(
            "`in progress` n'est pas un statut",
            "vouliez-vous dire `in-progress` ?",
        ),
    ];
    assert_eq!(said(&report("fr", &[THREE])), fr);
    assert_eq!(checked(THREE, 1000, Lang::Fr), fr);
    assert_eq!(
        checked(THREE, 1000, Lang::Es),
        [
            pair(
                "falta el campo obligatorio `contact.email`",
                "añada `email` (una dirección de correo electrónico)"
            ),
            pair(
                "campo desconocido `evalutionMeeting`",
                "¿quiso decir `evaluationMeeting`?"
            ),
            pair(
                "`in progress` no es un estado",
                "¿quiso decir `in-progress`?"
            ),
        ]
    );
}

#[test]
fn types_numbers_and_lists_in_french_and_spanish() {
    for (file, fr, es) in [
        (
            "fixtures/json/S03-exponent.json",
            pair(
                "`indicators.ecommerceDeclarations` devrait être un nombre entier, et non 1.8432e6",
                "écrivez le nombre en entier, sans exposant",
            ),
            pair(
                "`indicators.ecommerceDeclarations` debería ser un número entero, no 1.8432e6",
                "escriba el número completo, sin exponente",
            ),
        ),
        (
            "fixtures/json/S03-null.json",
            pair(
                "`entries.notes` vaut null, ce qui n'est pas une valeur",
                "omettez le champ lorsqu'il n'a pas de valeur",
            ),
            pair(
                "`entries.notes` vale null, lo cual no es un valor",
                "omita el campo cuando no tenga valor",
            ),
        ),
        (
            "fixtures/json/S07-empty-stakeholders.json",
            pair(
                "`entries.stakeholders` doit contenir au moins 1 élément",
                "ajoutez les éléments, ou omettez le champ s'il est facultatif",
            ),
            pair(
                "`entries.stakeholders` debe contener al menos 1 elemento",
                "añada los elementos, u omita el campo si es opcional",
            ),
        ),
    ] {
        assert_eq!(said(&report("fr", &[file]))[0], fr, "{file}");
        assert_eq!(checked(file, 1000, Lang::Es)[0], es, "{file}");
    }
}

#[test]
fn a_spreadsheets_habits_in_french_and_spanish() {
    let file = "fixtures/sheet/numbers.csv";
    let fr = said(&report("fr", &[file]));
    let es = checked(file, 1000, Lang::Es);
    for (said, expected) in [
        (
            &fr,
            [
                pair(
                    "`entries.completionPercent` devrait être un nombre entier, et non \"60%\"",
                    "écrivez le pourcentage comme un nombre de 0 à 100, sans % : vouliez-vous dire 60 ?",
                ),
                pair(
                    "`KSH` n'est pas un code de monnaie ISO 4217",
                    "vouliez-vous dire `KES` ? `KSH` est un alias courant, pas le code",
                ),
                pair(
                    "`postal-operators, express-carriers` n'est pas une partie prenante",
                    "séparez les éléments d'une liste par `;` et non par `,` : vouliez-vous dire `postal-operators;express-carriers` ?",
                ),
                pair(
                    "`indicators.averageReleaseHours` devrait être un nombre décimal, et non \"6,5\"",
                    "écrivez le nombre avec un point décimal, et non une virgule décimale : vouliez-vous dire 6.5 ?",
                ),
            ],
        ),
        (
            &es,
            [
                pair(
                    "`entries.completionPercent` debería ser un número entero, no \"60%\"",
                    "escriba el porcentaje como un número de 0 a 100, sin %: ¿quiso decir 60?",
                ),
                pair(
                    "`KSH` no es un código de moneda ISO 4217",
                    "¿quiso decir `KES`? `KSH` es un alias habitual, no el código",
                ),
                pair(
                    "`postal-operators, express-carriers` no es una parte interesada",
                    "separe los elementos de una lista con `;`, no con `,`: ¿quiso decir `postal-operators;express-carriers`?",
                ),
                pair(
                    "`indicators.averageReleaseHours` debería ser un número decimal, no \"6,5\"",
                    "escriba el número con un punto decimal, no con una coma decimal: ¿quiso decir 6.5?",
                ),
            ],
        ),
    ] {
        for e in expected {
            assert!(said.contains(&e), "{e:?} not in {said:#?}");
        }
    }
}

#[test]
fn the_caps_closing_diagnostic_in_french_and_spanish() {
    let fr = pair(
        "2 diagnostics de plus de ce fichier ont été omis, au-delà de la limite de 1 (1 FOS-S02, 1 FOS-S04)",
        "corrigez les problèmes affichés et vérifiez de nouveau, ou relevez la limite avec --max-diagnostics",
    );
    let r = report("fr", &[THREE, "--max-diagnostics", "1"]);
    assert_eq!(said(&r).pop().unwrap(), fr);
    // The library names the limit by its field of `Limits`; the command
    // (above) by its option.
    let fr = (
        fr.0,
        "corrigez les problèmes affichés et vérifiez de nouveau, ou relevez la limite avec `max_diagnostics`".to_string(),
    );
    assert_eq!(checked(THREE, 1, Lang::Fr).pop().unwrap(), fr);
    assert_eq!(
        checked(THREE, 1, Lang::Es).pop().unwrap(),
        pair(
            "se han omitido 2 diagnósticos más de este archivo, por superar el límite de 1 (1 FOS-S02, 1 FOS-S04)",
            "corrija los problemas mostrados y vuelva a comprobar, o aumente el límite con `max_diagnostics`"
        )
    );
    let one = checked(THREE, 2, Lang::Es).pop().unwrap();
    assert_eq!(
        one.0,
        "se ha omitido 1 diagnóstico más de este archivo, por superar el límite de 2 (1 FOS-S04)"
    );
}

/// The schema check's fixtures (`S*` of `fixtures/json/` and `fixtures/csv/`)
/// and those of `fixtures/sheet/`: the texts of the check, the spreadsheet's
/// help and the model have no English word in French or Spanish. (The
/// readers' texts are tested with the readers.)
#[test]
fn no_english_is_left_in_the_check_and_sheet_fixtures() {
    let mut files = Vec::new();
    for dir in ["fixtures/json", "fixtures/csv", "fixtures/sheet"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            let name = e.unwrap().file_name().into_string().unwrap();
            let ours = name.starts_with('S') || dir == "fixtures/sheet" && name.ends_with(".csv");
            if ours {
                files.push(format!("{dir}/{name}"));
            }
        }
    }
    files.sort();
    assert!(files.len() > 20, "{files:?}");
    let mut left = Vec::new();
    let mut seen = 0;
    for lang in [Lang::Fr, Lang::Es] {
        for file in &files {
            for (text, words) in texts(file, lang) {
                seen += 1;
                if !words.is_empty() {
                    left.push(format!("{lang} {file}: {words:?} in {text}"));
                }
            }
        }
    }
    assert!(seen > 100, "{seen} texts");
    assert!(left.is_empty(), "{}", left.join("\n"));
}
