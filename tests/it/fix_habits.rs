//! A French officer's habits typed in a French Calc (dates day first,
//! `6,5`, `60%`, `VRAI`), saved as `.xlsx` and as `.ods` from the same cells
//! (`fixtures/spreadsheet/make.sh`): the `.ods` gets exactly the diagnostics
//! of the `.xlsx`, each at its cell, in French; `fosx fix` names each change
//! by its cell and repairs the workbook, leaving the input as it was.

use super::cli::{fosx, run};
use super::json_fixtures::{AS_OF, root};
use fosx::i18n::Lang;
use fosx::{CheckOptions, Checked, Date};

const TEXT: &str = "progress-report.habits-fr-FR";
const GENERAL: &str = "progress-report.habits-fr-FR-general";

fn check(file: &str) -> Checked {
    let bytes = std::fs::read(root().join(file)).unwrap();
    let options = CheckOptions::new(Date::parse(AS_OF).unwrap());
    fosx::check_bytes(file, &bytes, &options)
}

/// Each diagnostic as a French officer reads it: code, severity, cell,
/// path, message and help in French.
fn said_fr(checked: &Checked) -> Vec<[String; 6]> {
    checked
        .diagnostics
        .iter()
        .map(|d| {
            let cell = d
                .places_in(&checked.source)
                .and_then(|p| checked.source.cell_name(&p.at))
                .unwrap_or_default();
            [
                d.code.to_string(),
                format!("{:?}", d.severity),
                cell,
                d.path.clone().unwrap_or_default(),
                d.message.render(Lang::Fr),
                d.help
                    .as_ref()
                    .map(|h| h.render(Lang::Fr))
                    .unwrap_or_default(),
            ]
        })
        .collect()
}

fn both(name: &str) -> (Vec<[String; 6]>, Vec<[String; 6]>) {
    let xlsx = said_fr(&check(&format!("fixtures/spreadsheet/xlsx/{name}.xlsx")));
    let ods = said_fr(&check(&format!("fixtures/spreadsheet/ods/{name}.ods")));
    (xlsx, ods)
}

/// Typed into the Text cells of fosx's French workbook, every habit stays
/// text: an S03 at its cell, whose help holds the value to type.
#[test]
fn text_cells_get_the_same_diagnostics_in_ods_and_xlsx() {
    let (xlsx, ods) = both(TEXT);
    assert_eq!(ods, xlsx);
    assert_eq!(ods.len(), 34);
    assert!(ods.iter().all(|d| d[0] == "FOS-S03" && d[1] == "Error"));
    let at = |cell: &str| {
        ods.iter()
            .find(|d| d[2] == cell)
            .unwrap_or_else(|| panic!("no diagnostic at {cell}: {ods:?}"))
            .clone()
    };
    let row = |cell: &str, path: &str, message: &str, help: &str| {
        [
            "FOS-S03".to_string(),
            "Error".into(),
            format!("Soumission!{cell}"),
            path.into(),
            message.into(),
            help.into(),
        ]
    };
    assert_eq!(
        at("Soumission!E2"),
        row(
            "E2",
            "/submissionDate",
            "`31/03/2026` n'est pas une date écrite AAAA-MM-JJ",
            "cette date est écrite le jour en premier (jour/mois/année) : vouliez-vous dire \
             2026-03-31 ?"
        )
    );
    assert_eq!(
        at("Soumission!X2"),
        row(
            "X2",
            "/indicators/averageReleaseHours",
            "`indicators.averageReleaseHours` devrait être un nombre décimal, et non \"6,5\"",
            "écrivez le nombre avec un point décimal, et non une virgule décimale : vouliez-vous \
             dire 6.5 ?"
        )
    );
    assert_eq!(
        at("Soumission!AB3"),
        row(
            "AB3",
            "/entries/1/completionPercent",
            "`entries.completionPercent` devrait être un nombre entier, et non \"60%\"",
            "écrivez le pourcentage comme un nombre de 0 à 100, sans % : vouliez-vous dire 60 ?"
        )
    );
    assert_eq!(
        at("Soumission!AI4"),
        row(
            "AI4",
            "/entries/2/technicalAssistanceRequested",
            "`entries.technicalAssistanceRequested` devrait être `true` ou `false`, et non \"VRAI\"",
            "écrivez les booléens true ou false : vouliez-vous dire true ?"
        )
    );
}

/// Typed into cells of the standard format, French Calc stores a date, a
/// number, a boolean and a percentage: only the percentage is said (the
/// number shown is read), at the same cells in both files.
#[test]
fn standard_cells_get_the_same_diagnostics_in_ods_and_xlsx() {
    let (xlsx, ods) = both(GENERAL);
    assert_eq!(ods, xlsx);
    assert_eq!(ods.len(), 29);
    assert!(ods.iter().all(|d| d[0] == "FOS-S03" && d[1] == "Warning"));
    let ab3 = ods.iter().find(|d| d[2] == "Soumission!AB3").unwrap();
    assert_eq!(ab3[3], "/entries/1/completionPercent");
    assert_eq!(
        ab3[4],
        "la cellule Soumission!AB3 affiche un pourcentage : c'est 60, le nombre affiché, qui \
         est lu, et non la fraction que contient la cellule"
    );
    // The date, the decimal and the boolean are read as they were meant.
    let checked = check(&format!("fixtures/spreadsheet/ods/{GENERAL}.ods"));
    assert!(checked.is_valid(false));
    let json = fosx::write::write_json(&checked.documents).unwrap();
    let want = std::fs::read_to_string(root().join("fixtures/valid/progress-report.json")).unwrap();
    assert_eq!(json, want);
}

/// `fosx fix` of the `.ods`: each change named by its cell, in French; the
/// result valid (exit 0) and the example's document; the input unchanged,
/// byte for byte. The `.xlsx` of the same cells gets the same lines.
#[test]
fn fix_repairs_the_ods_and_names_each_change_by_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let fix = |file: &str, out: &std::path::Path| {
        run(fosx()
            .current_dir(root())
            .args(["--lang", "fr", "fix", "--as-of", AS_OF, file, "-o"])
            .arg(out))
    };
    let input = format!("fixtures/spreadsheet/ods/{TEXT}.ods");
    let before = std::fs::read(root().join(&input)).unwrap();
    let out = dir.path().join("fixed.xlsx");
    let r = fix(&input, &out);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read(root().join(&input)).unwrap(), before);
    let lines: Vec<&str> = r.stderr.lines().collect();
    for line in [
        r#" : Soumission!E2 (submissionDate) : "31/03/2026" → "2026-03-31""#,
        r#" : Soumission!X2 (indicators.averageReleaseHours) : "6,5" → "6.5""#,
        r#" : Soumission!Y2 (indicators.advanceDataCoveragePercent) : "72,5%" → "72.5""#,
        r#" : Soumission!AB3 (entries.completionPercent) : "60%" → "60""#,
        r#" : Soumission!AI4 (entries.technicalAssistanceRequested) : "VRAI" → "true""#,
    ] {
        let want = format!("{input}{line}");
        assert!(lines.contains(&want.as_str()), "{want}\n{}", r.stderr);
    }
    assert_eq!(lines.iter().filter(|l| l.contains(" → ")).count(), 34);
    assert_eq!(
        lines.last().copied(),
        Some(
            format!("{input} : 34 valeurs modifiées ; le résultat : 0 erreur, 0 avertissement")
                .as_str()
        )
    );
    let fixed = std::fs::read(&out).unwrap();
    assert!(fosx::read::xlsx::is_workbook(&fixed));
    let checked = fosx::check_bytes(
        "fixed.xlsx",
        &fixed,
        &CheckOptions::new(Date::parse(AS_OF).unwrap()),
    );
    assert!(checked.diagnostics.is_empty());
    // Written in the input's language (its sheet is `Soumission`).
    assert_eq!(checked.source.sheet.as_ref().unwrap().name, "Soumission");
    let want = std::fs::read_to_string(root().join("fixtures/valid/progress-report.json")).unwrap();
    assert_eq!(fosx::write::write_json(&checked.documents).unwrap(), want);
    assert_eq!(
        run(fosx().args(["validate", "--as-of", AS_OF]).arg(&out)).code,
        0
    );
    // The .xlsx of the same cells: the same changes, by the same cells.
    let xlsx = format!("fixtures/spreadsheet/xlsx/{TEXT}.xlsx");
    let r2 = fix(&xlsx, &dir.path().join("fixed2.xlsx"));
    assert_eq!(r2.code, 0, "{}", r2.stderr);
    assert_eq!(r2.stderr.replace(&xlsx, &input), r.stderr);
}

/// The workbook of standard cells needs no change: `fix` exits 0 with the
/// same document, and the percentage cells written as the numbers shown.
#[test]
fn fix_of_the_standard_cells_changes_nothing_and_is_valid() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("fixed.xlsx");
    let input = root().join(format!("fixtures/spreadsheet/ods/{GENERAL}.ods"));
    let before = std::fs::read(&input).unwrap();
    let r = run(fosx()
        .args(["fix", "--as-of", AS_OF])
        .arg(&input)
        .arg("-o")
        .arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains(" → "), "{}", r.stderr);
    assert!(
        r.stderr
            .ends_with(": 0 value(s) changed; the result: 0 error(s), 0 warning(s)\n"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read(&input).unwrap(), before);
    assert_eq!(
        run(fosx().args(["validate", "--as-of", AS_OF]).arg(&out)).code,
        0
    );
}
