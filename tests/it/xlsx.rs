//! XLSX, the fourth representation: workbooks read as the CSV form of their
//! first worksheet (every cell type, places as `Submission!D7`), hostile
//! packages refused within the limits, and workbooks written by `convert`
//! and `template` (drop-down lists, Text columns) that read back to the
//! same JSON byte for byte. Fixtures: `fixtures/xlsx/`, made by
//! `fixtures/xlsx/make.py`.

use super::serve::fosx;
use fosx::model::DocType;
use fosx::report::FileReport;
use fosx::{CheckOptions, Checked, Date, Limits, Representation};
use std::io::Read;
use std::path::Path;

const AS_OF: &str = "2026-11-28";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn options() -> CheckOptions {
    CheckOptions::new(Date::parse(AS_OF).unwrap())
}

fn check(file: &str, options: &CheckOptions) -> Checked {
    let bytes = std::fs::read(root().join(file)).unwrap();
    fosx::check_bytes(file, &bytes, options)
}

/// (code, severity, line, column, path, message) of each diagnostic, as the
/// JSON report shows them.
fn seen(checked: &Checked) -> Vec<(String, String, usize, usize, String, String)> {
    let report = FileReport::new(checked, false);
    let value = serde_json::to_value(&report).unwrap();
    value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap_or(0) as usize,
                d["column"].as_u64().unwrap_or(0) as usize,
                d["path"].as_str().unwrap_or("").to_string(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn canonical(t: &str) -> String {
    std::fs::read_to_string(root().join(format!("fixtures/valid/{t}.json"))).unwrap()
}

const TYPES: [&str; 3] = ["notification", "timetable", "progress-report"];

#[test]
fn text_and_typed_workbooks_of_the_examples_are_valid_and_convert_to_their_json() {
    for t in TYPES {
        for kind in ["text", "typed"] {
            let file = format!("fixtures/xlsx/valid-{kind}-{t}.xlsx");
            let checked = assert_valid_and_converts_to_canonical(&file, t);
            assert_eq!(checked.source.representation, Some(Representation::Xlsx));
        }
    }
}

#[test]
fn dates_of_the_1904_system_read_as_the_same_iso_dates() {
    let file = "fixtures/xlsx/valid-typed-1904-progress-report.xlsx";
    let checked = check(file, &options());
    assert!(checked.diagnostics.is_empty(), "{:?}", seen(&checked));
    let json = fosx::write::write_json(&checked.documents).unwrap();
    assert_eq!(json, canonical("progress-report"));
}

#[test]
fn a_formula_a_rounded_number_and_an_error_value_are_said_at_their_cells() {
    let checked = check("fixtures/xlsx/cells-formula-rounded-error.xlsx", &options());
    let s = |x: &str| x.to_string();
    assert_eq!(
        seen(&checked),
        vec![
            (
                s("FOS-S03"),
                s("warning"),
                2,
                21,
                s("/indicators/declaredValue"),
                s(
                    "cell Submission!U2 holds the number 12345678901234568, which has more than 15 digits: the spreadsheet has already rounded it"
                )
            ),
            (
                s("FOS-S03"),
                s("warning"),
                2,
                28,
                s("/entries/0/completionPercent"),
                s(
                    "cell Submission!AB2 holds the formula `=50+100-50`: its value when the workbook was last saved, `100`, is read"
                )
            ),
            (
                s("FOS-R16"),
                s("error"),
                3,
                21,
                s("/indicators/declaredValue"),
                s(
                    "`indicators.declaredValue` is `96500000.5` here but `12345678901234568` on the document's first row (record 1)"
                )
            ),
            (
                s("FOS-S03"),
                s("error"),
                3,
                27,
                s("/entries/1/status"),
                s("cell Submission!AA3 holds the spreadsheet error #N/A, not a value")
            ),
            (
                s("FOS-S04"),
                s("error"),
                3,
                27,
                s("/entries/1/status"),
                s("`#N/A` is not a status")
            ),
        ]
    );
    // The cached value of the formula is what is read.
    let doc = &checked.documents[0];
    let first = &doc.get("entries").unwrap().items()[0];
    assert_eq!(
        first.get("completionPercent").unwrap().number_text(),
        Some("100")
    );
}

#[test]
fn the_human_report_names_the_cell_as_the_spreadsheet_does() {
    let out = fosx()
        .args([
            "validate",
            "fixtures/xlsx/cells-formula-rounded-error.xlsx",
            "--as-of",
            AS_OF,
        ])
        .env("COLUMNS", "100")
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("× FOS-S03: row 3, column AA (entries.status): cell Submission!AA3 holds the spreadsheet error #N/A,"),
        "{err}"
    );
    // The header cell and the cell itself, as a spreadsheet shows them.
    assert!(err.contains("AA1 │ entries.status\nAA3 │ #N/A\n"), "{err}");
    assert!(err.lines().all(|l| l.chars().count() <= 100), "{err}");
}

/// The one diagnostic a hostile package gives, read under `limits`.
fn refused(file: &str, limits: Limits) -> (String, String) {
    let mut options = options();
    options.read.limits = limits;
    let started = std::time::Instant::now();
    let checked = check(file, &options);
    // A generous bound, to catch a hang, not to measure.
    assert!(started.elapsed().as_secs() < 60, "{file} took too long");
    assert_eq!(checked.diagnostics.len(), 1, "{file}: {:?}", seen(&checked));
    let d = &checked.diagnostics[0];
    (d.code.full(), d.message.english())
}

#[test]
fn hostile_packages_are_refused_within_the_limits() {
    let limits = Limits {
        max_file_size: 16_000_000,
        ..Limits::default()
    };
    let cases = [
        (
            "hostile-zip-bomb.xlsx",
            "FOS-P06",
            "the workbook's parts hold more than 16000000 bytes uncompressed (at xl/media/zeros.bin); it was not read further",
        ),
        (
            "hostile-shared-strings.xlsx",
            "FOS-P06",
            "the workbook's parts hold more than 16000000 bytes uncompressed (at xl/sharedStrings.xml); it was not read further",
        ),
        (
            "hostile-size-lie.xlsx",
            "FOS-P07",
            "the workbook cannot be read as an XLSX package: xl/media/liar.bin: File is larger than its declared uncompressed size",
        ),
        (
            "hostile-deep.xlsx",
            "FOS-P06",
            "the workbook's part xl/worksheets/sheet1.xml nests elements more than 64 deep",
        ),
        (
            "hostile-doctype.xlsx",
            "FOS-P05",
            "the workbook's part xl/worksheets/sheet1.xml has a DOCTYPE declaration",
        ),
        (
            "hostile-doctype-upper-case.xlsx",
            "FOS-P05",
            "the workbook's part xl/worksheets/sheet1.XML has a DOCTYPE declaration",
        ),
        (
            "hostile-doctype-other-name.xlsx",
            "FOS-P05",
            "the workbook's part xl/worksheets/sheet1.bin has a DOCTYPE declaration",
        ),
        (
            "hostile-beyond-xfd.xlsx",
            "FOS-P07",
            "the workbook cannot be read as an XLSX package: a cell lies beyond column XFD, the last a worksheet has",
        ),
    ];
    for (file, code, message) in cases {
        let got = refused(&format!("fixtures/xlsx/{file}"), limits);
        assert_eq!(got, (code.to_string(), message.to_string()), "{file}");
    }
}

/// Each of 2,000 rows holds one cell, at XFD, to the right of the header's
/// only column: the cells belong to no column and are reported together,
/// at the header's last cell; the rows are not padded with the 16,383
/// empty cells between (they once made 32 MB of CSV text).
#[test]
fn cells_to_the_right_of_the_header_are_reported_not_padded() {
    let checked = check("fixtures/xlsx/hostile-wide-rows.xlsx", &options());
    assert_eq!(
        seen(&checked),
        [
            (
                "FOS-P03".to_string(),
                "error".to_string(),
                1,
                1,
                String::new(),
                "2000 cells to the right of the header's last column, A, hold values, from cell Submission!XFD2 (`x`) on: they belong to no column and are not read".to_string()
            ),
            (
                "FOS-S01".to_string(),
                "error".to_string(),
                1,
                1,
                String::new(),
                "the CSV has no `documentId` column, which every CSV submission needs".to_string()
            ),
        ]
    );
    assert!(checked.source.text.len() < 100, "{:?}", checked.source.text);
}

#[test]
fn a_zip_bomb_under_the_default_limits_is_read_and_its_sheet_checked() {
    // 64 MiB of zeros beside the sheet: within the default limit of 1 GiB,
    // inflated once to measure, never held.
    let checked = check("fixtures/xlsx/hostile-zip-bomb.xlsx", &options());
    assert!(checked.diagnostics.is_empty(), "{:?}", seen(&checked));
}

#[test]
fn a_zip_archive_that_is_not_a_workbook_is_still_refused() {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("notes.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(&mut zip, b"hello").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let checked = fosx::check_bytes("notes.zip", &bytes, &options());
    assert_eq!(checked.diagnostics.len(), 1);
    assert_eq!(checked.diagnostics[0].code.full(), "FOS-P07");
    assert!(checked.diagnostics[0].message.english().contains(
        "a ZIP archive that is neither an XLSX workbook nor an OpenDocument spreadsheet"
    ));
    // Named as XLSX, it is said not to be one.
    let mut forced = options();
    forced.read.representation = Some(Representation::Xlsx);
    let checked = fosx::check_bytes("notes.xlsx", b"documentType\nx\n", &forced);
    assert_eq!(
        checked.diagnostics[0].message.english(),
        "the file is not an XLSX workbook"
    );
}

/// The names of a package's parts and the text of one of them.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn the_progress_report_template_has_drop_down_lists_text_columns_and_its_sheets() {
    let out = fosx()
        .args(["template", "progress-report", "--to", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let bytes = out.stdout;
    let workbook = part(&bytes, "xl/workbook.xml");
    for sheet in [
        r#"<sheet name="Submission" sheetId="1" r:id="rId1"/>"#,
        r#"<sheet name="Codes" sheetId="2" r:id="rId2"/>"#,
        r#"<sheet name="Read me" sheetId="3" r:id="rId3"/>"#,
        r#"<sheet name="Lists" sheetId="4" state="hidden" r:id="rId4"/>"#,
    ] {
        assert!(workbook.contains(sheet), "{sheet} in {workbook}");
    }
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    let columns = fosx::model::columns(DocType::ProgressReport);
    // One validation per column: an input message each, a list for codes.
    assert_eq!(sheet.matches("<dataValidation ").count(), columns.len());
    let lists = columns
        .iter()
        .filter(|c| {
            matches!(c.ty, fosx::model::Ty::Code(_))
                || matches!(
                    c.ty,
                    fosx::model::Ty::List {
                        item: fosx::model::Ty::Code(_),
                        ..
                    }
                )
        })
        .count();
    assert_eq!(
        sheet.matches(r#"<dataValidation type="list""#).count(),
        lists
    );
    assert!(sheet.contains(
        r#"<formula1>"not-started,planned,in-progress,implemented,not-applicable"</formula1>"#
    ));
    assert!(
        sheet.contains("<formula1>'Lists'!$A$1:$A$"),
        "long lists come from the hidden sheet"
    );
    assert!(sheet.contains(r#"promptTitle="entries.status""#));
    assert!(sheet.contains(r#"state="frozen""#));
    // Every column formatted as Text (the built-in number format 49, `@`):
    // style 2 is the text format (1 the bold header).
    let styles = part(&bytes, "xl/styles.xml");
    assert!(
        styles.contains(r#"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#),
        "{styles}"
    );
    let cols = sheet.matches("<col ").count();
    assert!(cols > 0);
    assert_eq!(sheet.matches(r#"style="2""#).count(), cols);
    // Codes sheet: every code list with labels.
    let strings = part(&bytes, "xl/sharedStrings.xml");
    for label in [
        "In progress",
        "Kenya",
        "Kenyan Shilling",
        "East and Southern Africa",
    ] {
        assert!(strings.contains(label), "{label}");
    }
}

#[test]
fn a_french_template_speaks_french() {
    let out = fosx()
        .args(["--lang", "fr", "template", "timetable", "--to", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let workbook = part(&out.stdout, "xl/workbook.xml");
    assert!(
        workbook.contains(r#"<sheet name="Soumission""#),
        "{workbook}"
    );
    assert!(workbook.contains(r#"<sheet name="Lisez-moi""#));
    let sheet = part(&out.stdout, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("Obligatoire. Une date écrite AAAA-MM-JJ"),
        "{sheet}"
    );
}

#[test]
fn the_timetable_example_workbook_is_valid_and_converts_to_the_json_example() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("timetable.xlsx");
    fosx()
        .args(["template", "timetable", "--to", "xlsx", "--example", "-o"])
        .arg(&xlsx)
        .assert()
        .code(0);
    fosx()
        .arg("validate")
        .arg(&xlsx)
        .args(["--as-of", AS_OF])
        .assert()
        .code(0);
    let json = fosx()
        .arg("convert")
        .arg(&xlsx)
        .args(["--to", "json", "--as-of", AS_OF])
        .output()
        .unwrap();
    let example = fosx()
        .args(["template", "timetable", "--to", "json", "--example"])
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(0));
    assert_eq!(json.stdout, example.stdout);
}

#[test]
fn a_workbook_round_trip_gives_the_same_json_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    for t in TYPES {
        let source = root().join(format!("fixtures/xlsx/valid-typed-{t}.xlsx"));
        let step = |from: &Path, to: &str, name: &str| {
            let out = dir.path().join(name);
            fosx()
                .arg("convert")
                .arg(from)
                .args(["--to", to, "--as-of", AS_OF, "-o"])
                .arg(&out)
                .assert()
                .code(0);
            out
        };
        let json1 = step(&source, "json", &format!("{t}-1.json"));
        let xlsx = step(&json1, "xlsx", &format!("{t}.xlsx"));
        let json2 = step(&xlsx, "json", &format!("{t}-2.json"));
        let (a, b) = (
            std::fs::read(&json1).unwrap(),
            std::fs::read(&json2).unwrap(),
        );
        assert_eq!(a, b, "{t}");
        assert_eq!(String::from_utf8(a).unwrap(), canonical(t));
        // The same documents give the same workbook.
        let again = step(&json2, "xlsx", &format!("{t}-again.xlsx"));
        assert_eq!(
            std::fs::read(&xlsx).unwrap(),
            std::fs::read(&again).unwrap()
        );
    }
}

#[test]
fn a_blank_template_workbook_reports_only_the_gaps() {
    let bytes = fosx::write::template::template_bytes(
        DocType::Timetable,
        Representation::Xlsx,
        fosx::Lang::En,
    )
    .unwrap();
    let checked = fosx::check_bytes("timetable.xlsx", &bytes, &options());
    assert!(!checked.diagnostics.is_empty());
    for d in &checked.diagnostics {
        assert!(
            ["FOS-S01", "FOS-S07"].contains(&d.code.full().as_str()),
            "{:?}",
            seen(&checked)
        );
    }
}

#[test]
fn folder_walks_take_xlsx_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("fixtures/xlsx/valid-typed-timetable.xlsx"),
        dir.path().join("a.XLSX"),
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a submission").unwrap();
    let out = fosx()
        .arg("validate")
        .arg(dir.path())
        .args(["--as-of", AS_OF, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["representation"], "xlsx");
    assert!(fosx::batch::is_submission_name(Path::new("x/y.xlsx")));
}

#[test]
fn a_workbook_is_not_written_to_a_terminal_but_to_a_file_or_a_pipe() {
    // Standard output here is a pipe: the bytes are written.
    let out = fosx()
        .args(["template", "notification", "--to", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with(b"PK\x03\x04"));
    // -o writes atomically, leaving no temporary file.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("n.xlsx");
    fosx()
        .args(["template", "notification", "--to", "xlsx", "-o"])
        .arg(&file)
        .assert()
        .code(0);
    assert_eq!(std::fs::read(&file).unwrap(), out.stdout);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn places_are_the_rows_of_the_sheet_whatever_blank_rows_lie_between() {
    // Header on row 3, records on rows 6 and 9.
    let checked = check("fixtures/xlsx/S04-blank-rows-timetable.xlsx", &options());
    assert_eq!(
        seen(&checked),
        vec![(
            "FOS-S04".to_string(),
            "error".to_string(),
            9,
            20,
            "/entries/1/dateKind".to_string(),
            "`indicativ` is not a date kind".to_string()
        )]
    );
    let report = serde_json::to_value(FileReport::new(&checked, false)).unwrap();
    assert_eq!(report["diagnostics"][0]["record"], 2);
    assert_eq!(report["diagnostics"][0]["field"], "entries.dateKind");
    let at = fosx::source::Location {
        line: 9,
        column: 20,
        record: Some(2),
        cell: Some(19),
    };
    assert_eq!(
        checked.source.cell_name(&at).as_deref(),
        Some("Submission!T9")
    );
}

#[test]
fn a_sheet_name_that_is_not_a_word_is_quoted_as_in_formulas() {
    let sheet = fosx::source::SheetIndex {
        name: "Sheet 1".into(),
        header_row: 2,
        rows: vec![4, 7],
    };
    assert_eq!(sheet.cell_name(0, 0), "'Sheet 1'!A2");
    assert_eq!(sheet.cell_name(2, 27), "'Sheet 1'!AB7");
    let sheet = fosx::source::SheetIndex {
        name: "Feuil1".into(),
        header_row: 1,
        rows: vec![2],
    };
    assert_eq!(sheet.cell_name(1, 3), "Feuil1!D2");
    assert_eq!(fosx::read::xlsx::column_letters(16383), "XFD");
}

// ----- workbooks saved by LibreOffice Calc (fixtures/spreadsheet/) ---------

/// The documents of a workbook as JSON values, its schemaVersion set back to
/// `"1.0"` (a spreadsheet makes the number `1` of it, which the CSV reader
/// leaves to the checks).
fn documents_but_version(file: &str) -> (Checked, Vec<serde_json::Value>) {
    let checked = check(file, &options());
    let docs = checked
        .documents
        .iter()
        .map(|d| {
            let mut v = d.to_json();
            v["schemaVersion"] = "1.0".into();
            v
        })
        .collect();
    (checked, docs)
}

/// `fosx convert FILE --to json` gives the canonical JSON of example `t`.
/// `file` has no diagnostic, and converts to the example's canonical JSON.
fn assert_valid_and_converts_to_canonical(file: &str, t: &str) -> Checked {
    let checked = check(file, &options());
    assert!(
        checked.diagnostics.is_empty(),
        "{file}: {:?}",
        seen(&checked)
    );
    assert_converts_to_canonical(file, t);
    checked
}

/// `fosx convert --to json` of `file` gives the canonical JSON of the
/// example of type `t`.
fn assert_converts_to_canonical(file: &str, t: &str) {
    let out = fosx()
        .args(["convert", file, "--to", "json", "--as-of", AS_OF])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{file}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        canonical(t),
        "{file}"
    );
}

fn canonical_value(t: &str) -> serde_json::Value {
    serde_json::from_str(&canonical(t)).unwrap()
}

#[test]
fn all_text_workbooks_saved_by_calc_are_valid_with_no_diagnostic_and_convert_to_their_json() {
    for t in TYPES {
        let file = format!("fixtures/spreadsheet/text/{t}.xlsx");
        assert_valid_and_converts_to_canonical(&file, t);
    }
}

#[test]
fn typed_workbooks_saved_by_calc_hold_the_examples_but_for_the_version_number() {
    for t in TYPES {
        let file = format!("fixtures/spreadsheet/typed/{t}.xlsx");
        let (checked, docs) = documents_but_version(&file);
        assert_eq!(docs, vec![canonical_value(t)], "{file}");
        // What stands between them and validity is the version number only.
        let codes: Vec<_> = seen(&checked).into_iter().map(|d| (d.0, d.4)).collect();
        assert_eq!(
            codes,
            [("FOS-S10".to_string(), "/schemaVersion".to_string())],
            "{file}"
        );
    }
}

#[test]
fn typed_workbooks_saved_by_calc_are_valid_and_convert_to_their_json() {
    for t in TYPES {
        let file = format!("fixtures/spreadsheet/typed/{t}.xlsx");
        let checked = check(&file, &options());
        assert!(checked.is_valid(false), "{file}: {:?}", seen(&checked));
        assert_converts_to_canonical(&file, t);
    }
}

/// (code, severity, line, column, path) of the diagnostics but S10.
fn places_but_version(checked: &Checked) -> Vec<(String, String, usize, usize, String)> {
    seen(checked)
        .into_iter()
        .filter(|d| d.0 != "FOS-S10")
        .map(|d| (d.0, d.1, d.2, d.3, d.4))
        .collect()
}

fn warning(line: usize, column: usize, path: &str) -> (String, String, usize, usize, String) {
    (
        "FOS-S03".into(),
        "warning".into(),
        line,
        column,
        path.into(),
    )
}

#[test]
fn calc_workbooks_with_the_1904_date_system_formulas_and_an_error_value() {
    let dir = "fixtures/spreadsheet/xlsx";
    // Calc saves the boolean of AI4 again as the formula TRUE().
    let resaved = warning(4, 35, "/entries/2/technicalAssistanceRequested");

    let (checked, docs) = documents_but_version(&format!("{dir}/progress-report.date1904.xlsx"));
    assert_eq!(docs, vec![canonical_value("progress-report")]);
    assert_eq!(places_but_version(&checked), vec![resaved.clone()]);

    let (checked, docs) = documents_but_version(&format!("{dir}/progress-report.formulas.xlsx"));
    assert_eq!(docs, vec![canonical_value("progress-report")]);
    let places = places_but_version(&checked);
    assert!(
        places.contains(&warning(2, 5, "/submissionDate")),
        "{places:?}"
    );
    assert!(
        places.contains(&warning(2, 22, "/indicators/revenueCollected")),
        "{places:?}"
    );
    assert!(
        places.contains(&warning(3, 28, "/entries/1/completionPercent")),
        "{places:?}"
    );
    assert!(places.iter().all(|p| p.1 == "warning"), "{places:?}");
    let messages: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| d.message.english())
        .collect();
    assert!(messages.contains(
        &"cell 'progress-report'!E2 holds the formula `=DATE(2026,3,31)`: its value when the workbook was last saved, `2026-03-31`, is read".to_string()
    ), "{messages:?}");

    let checked = check(&format!("{dir}/progress-report.error-na.xlsx"), &options());
    let errors: Vec<_> = seen(&checked)
        .into_iter()
        .filter(|d| d.1 == "error" && d.0 != "FOS-S10")
        .collect();
    assert_eq!(errors[0].0, "FOS-S03");
    assert_eq!((errors[0].2, errors[0].3), (3, 28));
    assert_eq!(errors[0].4, "/entries/1/completionPercent");
    assert_eq!(
        errors[0].5,
        "cell 'progress-report'!AB3 holds the spreadsheet error #N/A, not a value"
    );
}

#[test]
fn a_long_number_rounded_by_calc_is_read_with_a_warning() {
    let (checked, docs) =
        documents_but_version("fixtures/spreadsheet/xlsx/progress-report.long-number.xlsx");
    assert_eq!(docs[0]["contact"]["phone"], "254200000000123000");
    let first = checked
        .diagnostics
        .iter()
        .find(|d| d.path.as_deref() == Some("/contact/phone"))
        .unwrap();
    assert_eq!(first.severity, fosx::Severity::Warning);
    assert_eq!(
        first.message.english(),
        "cell 'progress-report'!O2 holds the number 254200000000123000, which has more than 15 digits: the spreadsheet has already rounded it"
    );
}

#[test]
fn percentages_are_read_as_shown_with_a_warning() {
    // Calc holds 72.50% as 0.725 and 60% as 0.6: a reader of the bare value
    // would make a valid document with wrong values.
    let (checked, docs) =
        documents_but_version("fixtures/spreadsheet/xlsx/progress-report.percent.xlsx");
    assert_eq!(docs, vec![canonical_value("progress-report")]);
    let d = checked
        .diagnostics
        .iter()
        .find(|d| d.path.as_deref() == Some("/indicators/advanceDataCoveragePercent"))
        .unwrap();
    assert_eq!(d.severity, fosx::Severity::Warning);
    assert_eq!(
        d.message.english(),
        "cell 'progress-report'!Y2 shows a percentage: 72.5, the number shown, is read, not the fraction the cell holds"
    );
    assert!(
        checked
            .diagnostics
            .iter()
            .all(|d| d.code.full() == "FOS-S10" || d.severity == fosx::Severity::Warning)
    );
}

#[test]
fn fix_repairs_a_workbook_saved_by_calc_into_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    for t in TYPES {
        let out = dir.path().join(format!("{t}.xlsx"));
        let fixed = fosx()
            .args([
                "fix",
                &format!("fixtures/spreadsheet/typed/{t}.xlsx"),
                "--as-of",
                AS_OF,
                "-o",
            ])
            .arg(&out)
            .current_dir(root())
            .output()
            .unwrap();
        assert_eq!(
            fixed.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&fixed.stderr)
        );
        let said = String::from_utf8(fixed.stderr).unwrap();
        // The cell by the sheet's name, quoted when it is not one word.
        let sheet = if t.contains('-') {
            format!("'{t}'")
        } else {
            t.to_string()
        };
        assert!(
            said.starts_with(&format!(
                "fixtures/spreadsheet/typed/{t}.xlsx: {sheet}!A2 (schemaVersion): \"1\" → \"1.0\"\n"
            )),
            "{said}"
        );
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(b"PK\x03\x04"));
        let checked = fosx::check_bytes("fixed.xlsx", &bytes, &options());
        assert!(checked.diagnostics.is_empty(), "{:?}", seen(&checked));
        assert_eq!(
            fosx::write::write_json(&checked.documents).unwrap(),
            canonical(t)
        );
    }
}

#[test]
fn a_workbook_stored_without_compression_is_not_held_to_the_line_limit() {
    // Parts stored as they are: single-line XML parts, one long "line" of
    // the file, which is not text.
    let bytes = std::fs::read(root().join("fixtures/xlsx/valid-text-timetable.xlsx")).unwrap();
    let mut from = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut to = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..from.len() {
        let mut part = from.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut data = Vec::new();
        part.read_to_end(&mut data).unwrap();
        to.start_file(name, stored).unwrap();
        std::io::Write::write_all(&mut to, &data).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("stored.xlsx");
    std::fs::write(&file, to.finish().unwrap().into_inner()).unwrap();
    fosx()
        .arg("validate")
        .arg(&file)
        .args(["--as-of", AS_OF, "--max-line-length", "200"])
        .assert()
        .code(0);
}

/// A formula is said (a warning), and the value it last gave is judged as
/// any cell's: the number 1 in a boolean column is an error all the same.
#[test]
fn a_formula_whose_value_is_of_the_wrong_type_is_an_error_too() {
    let checked = check("fixtures/xlsx/cells-formula-wrong-type.xlsx", &options());
    let s = |x: &str| x.to_string();
    assert_eq!(
        seen(&checked),
        vec![
            (
                s("FOS-S03"),
                s("warning"),
                2,
                35,
                s("/entries/0/technicalAssistanceRequested"),
                s(
                    "cell Submission!AI2 holds the formula `=0+1`: its value when the workbook was last saved, `1`, is read"
                )
            ),
            (
                s("FOS-S03"),
                s("error"),
                2,
                35,
                s("/entries/0/technicalAssistanceRequested"),
                s("`entries.technicalAssistanceRequested` should be `true` or `false`, not \"1\"")
            ),
        ]
    );
    assert!(!checked.is_valid(false));
}
