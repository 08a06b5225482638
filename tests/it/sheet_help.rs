//! Help for values a spreadsheet changed (`fixtures/sheet/`): the cause and
//! the exact canonical value, in English and French, with the fix each
//! diagnostic carries in the JSON report.

use super::json_fixtures::{AS_OF, root};
use assert_cmd::Command;
use serde_json::Value;

/// The JSON report of `fosx validate` on a fixture of `fixtures/sheet/`, in `lang`.
fn report(file: &str, lang: &str) -> Value {
    let out = Command::cargo_bin("fosx")
        .unwrap()
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args([
            "--lang", lang, "validate", "--as-of", AS_OF, "--format", "json",
        ])
        .arg(format!("fixtures/sheet/{file}"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{file} is invalid");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// (code, path, help, fix value, certain) of every diagnostic.
fn helps(report: &Value) -> Vec<(String, String, String, Value, bool)> {
    report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] != "FOS-R13")
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            (
                s("code"),
                s("path"),
                s("help"),
                d["fix"]["value"].clone(),
                d["fix"]["certain"].as_bool().unwrap_or(false),
            )
        })
        .collect()
}

fn one(code: &str, path: &str, help: &str, value: Value) -> (String, String, String, Value, bool) {
    let certain = !value.is_null();
    (code.into(), path.into(), help.into(), value, certain)
}

#[test]
fn day_first_dates_get_their_iso_form() {
    let en = "this date is written day first (day/month/year): did you mean";
    let file = "the file's other dates are written day first (day/month/year): did you mean";
    let got = helps(&report("day-first.csv", "en"));
    assert_eq!(
        got,
        [
            one(
                "FOS-S10",
                "/schemaVersion",
                "write 1.0 in a cell formatted as Text, so that the spreadsheet keeps it",
                "1.0".into()
            ),
            one(
                "FOS-S03",
                "/submissionDate",
                &format!("{en} 2026-05-20?"),
                "2026-05-20".into()
            ),
            one(
                "FOS-S03",
                "/entries/0/plannedStart",
                &format!("{file} 2026-07-01?"),
                "2026-07-01".into()
            ),
            one(
                "FOS-S03",
                "/entries/0/plannedCompletion",
                &format!("{file} 2028-07-01?"),
                "2028-07-01".into()
            ),
            one(
                "FOS-S03",
                "/entries/0/legislativeChangesRequired",
                "write booleans as true or false: did you mean true?",
                true.into()
            ),
            one(
                "FOS-S03",
                "/entries/1/plannedStart",
                "the file's other dates are written day first (day/month/year): did you mean 2026-01-01?",
                "2026-01-01".into()
            ),
            one(
                "FOS-S03",
                "/entries/1/plannedCompletion",
                &format!("{en} 2026-12-31?"),
                "2026-12-31".into()
            ),
            one(
                "FOS-S03",
                "/entries/1/capacityBuildingRequired",
                "write booleans as true or false: did you mean false?",
                false.into()
            ),
            one(
                "FOS-S03",
                "/entries/1/technicalAssistanceRequested",
                "write booleans as true or false: did you mean false?",
                false.into()
            ),
        ]
    );
    let fr = helps(&report("day-first.csv", "fr"));
    assert_eq!(
        fr[1].2,
        "cette date est écrite le jour en premier (jour/mois/année) : vouliez-vous dire 2026-05-20 ?"
    );
    assert_eq!(
        fr[2].2,
        "les autres dates du fichier sont écrites le jour en premier (jour/mois/année) : vouliez-vous dire 2026-07-01 ?"
    );
    assert_eq!(
        fr[0].2,
        "écrivez 1.0 dans une cellule au format Texte, pour que le tableur le garde"
    );
    assert_eq!(
        fr[4].2,
        "écrivez les booléens true ou false : vouliez-vous dire true ?"
    );
}

#[test]
fn month_first_dates_get_their_iso_form() {
    let got = helps(&report("month-first.csv", "en"));
    let dates: Vec<(&str, &str)> = got
        .iter()
        .filter(|d| d.1.ends_with("Start") || d.1.ends_with("Completion") || d.1.ends_with("Date"))
        .map(|d| (d.1.as_str(), d.2.as_str()))
        .collect();
    assert_eq!(
        dates,
        [
            (
                "/submissionDate",
                "this date is written month first (month/day/year): did you mean 2026-05-20?"
            ),
            (
                "/entries/0/plannedStart",
                "the file's other dates are written month first (month/day/year): did you mean 2026-07-01?"
            ),
            (
                "/entries/0/plannedCompletion",
                "the file's other dates are written month first (month/day/year): did you mean 2028-07-01?"
            ),
            (
                "/entries/1/plannedStart",
                "the file's other dates are written month first (month/day/year): did you mean 2026-01-01?"
            ),
            (
                "/entries/1/plannedCompletion",
                "this date is written month first (month/day/year): did you mean 2026-12-31?"
            ),
        ]
    );
    let fr = helps(&report("month-first.csv", "fr"));
    assert_eq!(
        fr[1].2,
        "cette date est écrite le mois en premier (mois/jour/année) : vouliez-vous dire 2026-05-20 ?"
    );
}

#[test]
fn dates_no_other_date_orders_are_explained_not_guessed() {
    let got = helps(&report("ambiguous-dates.csv", "en"));
    assert_eq!(
        got[0],
        one(
            "FOS-S03",
            "/submissionDate",
            "read day first this date is 2026-04-05, read month first 2026-05-04; no other date of the file tells which: write it year-month-day, or run `fosx fix --date-order dmy` (or mdy)",
            Value::Null
        )
    );
    let fr = helps(&report("ambiguous-dates.csv", "fr"));
    assert_eq!(
        fr[0].2,
        "lue le jour en premier, cette date est le 2026-04-05, lue le mois en premier, le 2026-05-04 ; aucune autre date du fichier ne permet de choisir : écrivez-la sous la forme année-mois-jour, ou lancez `fosx fix --date-order dmy` (ou mdy)"
    );
}

#[test]
fn numbers_codes_and_lists_get_their_canonical_value() {
    let got = helps(&report("numbers.csv", "en"));
    let list: Value = serde_json::json!(["postal-operators", "express-carriers"]);
    assert_eq!(
        got[1..],
        [
            one(
                "FOS-S04",
                "/submitter/region",
                "did you mean `ESA`? write the code, not the name",
                "ESA".into()
            ),
            one(
                "FOS-S03",
                "/indicators/ecommerceDeclarations",
                "write the number without thousands separators: did you mean 1843200?",
                1843200.into()
            ),
            one(
                "FOS-S03",
                "/indicators/declaredValue",
                "write the number with a decimal point and without thousands separators: did you mean 96500000.5?",
                96500000.5.into()
            ),
            one(
                "FOS-S03",
                "/indicators/revenueCollected",
                "write the number without thousands separators: did you mean 12750000?",
                12750000.into()
            ),
            one(
                "FOS-S04",
                "/indicators/currency",
                "did you mean `KES`? `KSH` is a common alias, not the code",
                "KES".into()
            ),
            one(
                "FOS-S03",
                "/indicators/averageReleaseHours",
                "write the number with a decimal point, not a decimal comma: did you mean 6.5?",
                6.5.into()
            ),
            one(
                "FOS-S03",
                "/indicators/advanceDataCoveragePercent",
                "write the percentage as a number from 0 to 100, without %: did you mean 72.5?",
                72.5.into()
            ),
            one(
                "FOS-S03",
                "/entries/0/technicalAssistanceRequested",
                "write booleans as true or false: did you mean true?",
                true.into()
            ),
            one(
                "FOS-S04",
                "/entries/0/stakeholders/0",
                "separate the items of a list with `;`, not `,`: did you mean `postal-operators;express-carriers`?",
                list
            ),
            one(
                "FOS-S03",
                "/entries/1/completionPercent",
                "write the percentage as a number from 0 to 100, without %: did you mean 60?",
                60.into()
            ),
        ]
    );
    let fr: Vec<String> = helps(&report("numbers.csv", "fr"))
        .into_iter()
        .map(|d| d.2)
        .collect();
    assert_eq!(
        fr[1..],
        [
            "vouliez-vous dire `ESA` ? écrivez le code, pas le nom",
            "écrivez le nombre sans séparateur de milliers : vouliez-vous dire 1843200 ?",
            "écrivez le nombre avec un point décimal et sans séparateur de milliers : vouliez-vous dire 96500000.5 ?",
            "écrivez le nombre sans séparateur de milliers : vouliez-vous dire 12750000 ?",
            "vouliez-vous dire `KES` ? `KSH` est un alias courant, pas le code",
            "écrivez le nombre avec un point décimal, et non une virgule décimale : vouliez-vous dire 6.5 ?",
            "écrivez le pourcentage comme un nombre de 0 à 100, sans % : vouliez-vous dire 72.5 ?",
            "écrivez les booléens true ou false : vouliez-vous dire true ?",
            "séparez les éléments d'une liste par `;` et non par `,` : vouliez-vous dire `postal-operators;express-carriers` ?",
            "écrivez le pourcentage comme un nombre de 0 à 100, sans % : vouliez-vous dire 60 ?",
        ]
    );
}

#[test]
fn the_human_report_says_which_diagnostics_fix_repairs() {
    let out = Command::cargo_bin("fosx")
        .unwrap()
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args([
            "validate",
            "--as-of",
            AS_OF,
            "fixtures/sheet/ambiguous-dates.csv",
            "fixtures/sheet/day-first.csv",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    // 9 diagnostics of day-first.csv have a certain fix; the 3 ambiguous dates none.
    assert_eq!(
        stderr.matches("`fosx fix` can make this change").count(),
        9,
        "{stderr}"
    );
}

#[test]
fn serials_years_first_short_years_currency_aliases_and_respellings() {
    let got = helps(&report("other-forms.csv", "en"));
    assert_eq!(
        got,
        [
            one(
                "FOS-S03",
                "/submissionDate",
                "this is a spreadsheet's date serial (1900 date system): did you mean 2026-03-31?",
                "2026-03-31".into()
            ),
            one(
                "FOS-S04",
                "/submitter/memberCode",
                "did you mean `GB`? `UK` is a common alias, not the code",
                "GB".into()
            ),
            one(
                "FOS-S03",
                "/reportingPeriod/start",
                "write the date with `-` between year, month and day: did you mean 2025-01-01?",
                "2025-01-01".into()
            ),
            one(
                "FOS-S03",
                "/reportingPeriod/end",
                "the year has only two digits (25), so its century is not known: write the date year-month-day with all four digits of the year",
                Value::Null
            ),
            one(
                "FOS-S03",
                "/indicators/ecommerceDeclarations",
                "write the number without thousands separators: did you mean 1843?",
                1843.into()
            ),
            one(
                "FOS-S03",
                "/indicators/declaredValue",
                "write the number without a currency symbol (the currency has a field of its own): did you mean 96500000.5?",
                96500000.5.into()
            ),
            one(
                "FOS-S03",
                "/indicators/revenueCollected",
                "read with a thousands separator this is 12750, read with a decimal comma 12.75: write the number without thousands separators, with a decimal point",
                Value::Null
            ),
            one(
                "FOS-S03",
                "/entries/0/maturityLevel",
                "write the whole number without a decimal point: did you mean 3?",
                3.into()
            ),
            one(
                "FOS-S04",
                "/entries/1/status",
                "did you mean `in-progress`?",
                "in-progress".into()
            ),
        ]
    );
    let fr: Vec<String> = helps(&report("other-forms.csv", "fr"))
        .into_iter()
        .map(|d| d.2)
        .collect();
    assert_eq!(
        fr,
        [
            "c'est le numéro de série d'une date de tableur (système de dates 1900) : vouliez-vous dire 2026-03-31 ?",
            "vouliez-vous dire `GB` ? `UK` est un alias courant, pas le code",
            "écrivez la date avec `-` entre l'année, le mois et le jour : vouliez-vous dire 2025-01-01 ?",
            "l'année n'a que deux chiffres (25), son siècle n'est donc pas connu : écrivez la date sous la forme année-mois-jour avec les quatre chiffres de l'année",
            "écrivez le nombre sans séparateur de milliers : vouliez-vous dire 1843 ?",
            "écrivez le nombre sans symbole monétaire (la monnaie a son propre champ) : vouliez-vous dire 96500000.5 ?",
            "lu avec un séparateur de milliers, c'est 12750, lu avec une virgule décimale, 12.75 : écrivez le nombre sans séparateur de milliers, avec un point décimal",
            "écrivez le nombre entier sans partie décimale : vouliez-vous dire 3 ?",
            "vouliez-vous dire `in-progress` ?",
        ]
    );
}

#[test]
fn the_same_help_applies_to_json() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/spec/examples/timetable.json")).unwrap(),
    )
    .unwrap();
    doc["submissionDate"] = "20/05/2026".into();
    doc["entries"][0]["legislativeChangesRequired"] = "VRAI".into();
    let path = dir.path().join("tt.json");
    std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let out = Command::cargo_bin("fosx")
        .unwrap()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(["validate", "--as-of", AS_OF, "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let got: Vec<(String, String)> = helps(&report).into_iter().map(|d| (d.1, d.2)).collect();
    assert_eq!(
        got,
        [
            // serde_json writes the keys in alphabetical order.
            (
                "/entries/0/legislativeChangesRequired".to_string(),
                "write booleans as true or false: did you mean true?".to_string()
            ),
            (
                "/submissionDate".to_string(),
                "this date is written day first (day/month/year): did you mean 2026-05-20?"
                    .to_string()
            ),
        ]
    );
}

#[test]
fn the_french_human_report_says_which_diagnostics_fix_repairs() {
    let out = Command::cargo_bin("fosx")
        .unwrap()
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env("LANG", "fr_FR.UTF-8")
        .args([
            "validate",
            "--as-of",
            AS_OF,
            "fixtures/sheet/other-forms.csv",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr
            .matches("`fosx fix` peut faire cette correction")
            .count(),
        7,
        "{stderr}"
    );
}
