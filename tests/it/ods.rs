//! OpenDocument spreadsheets (`.ods`, what LibreOffice Calc saves by
//! default), read as XLSX workbooks are: the first sheet, places by cell,
//! typed cells, percentages as shown, formulas said; known by their content
//! (the `mimetype` entry), not by their name; and their repeated cells and
//! rows counted against `--max-cells` before the reader expands them.
//! Fixtures: `fixtures/spreadsheet/ods/`, written by LibreOffice through
//! `fixtures/spreadsheet/make.sh`.

use super::cells::{prlimit, seen, under, validate};
use super::cli::fosx;
use super::json_fixtures::{AS_OF, root};
use fosx::{CheckOptions, Checked, Date};
use std::io::Write;
use std::time::Duration;

const TYPES: [&str; 3] = ["notification", "timetable", "progress-report"];

fn options() -> CheckOptions {
    CheckOptions {
        as_of: Date::parse(AS_OF).unwrap(),
        ..Default::default()
    }
}

fn check(file: &str) -> Checked {
    let bytes = std::fs::read(root().join(file)).unwrap();
    fosx::check_bytes(file, &bytes, &options())
}

/// (code, severity, path, message) of each diagnostic.
fn said(checked: &Checked) -> Vec<(String, String, String, String)> {
    checked
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code.to_string(),
                format!("{:?}", d.severity),
                d.path.clone().unwrap_or_default(),
                d.message.english(),
            )
        })
        .collect()
}

/// `fosx convert --to json FILE` of a workbook of the example of type `t`
/// prints the example's canonical JSON, byte for byte; its run is returned.
pub(super) fn assert_converts_to_example(file: &str, t: &str) -> std::process::Output {
    let out = fosx()
        .args(["convert", "--to", "json", file])
        .output()
        .unwrap();
    let want = std::fs::read(root().join(format!("fixtures/valid/{t}.json"))).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&want),
        "{file}"
    );
    out
}

#[test]
fn each_example_saved_by_calc_as_ods_is_valid_and_converts_to_its_json() {
    for t in TYPES {
        let file = format!("fixtures/spreadsheet/ods/{t}.ods");
        let checked = check(&file);
        assert!(checked.is_valid(false), "{file}: {:?}", said(&checked));
        let out = assert_converts_to_example(&file, t);
        assert_eq!(out.status.code(), Some(0), "{file}");
    }
}

/// Gnumeric indents `content.xml`: the spaces between the cells of a row
/// are read as the package's text, and the workbook as the examples.
#[test]
fn each_example_saved_by_gnumeric_as_ods_converts_to_its_json() {
    for t in TYPES {
        let file = format!("fixtures/spreadsheet/ods/{t}.gnumeric.ods");
        let checked = check(&file);
        assert!(checked.is_valid(false), "{file}: {:?}", said(&checked));
        assert_converts_to_example(&file, t);
    }
}

#[test]
fn an_ods_is_known_by_its_content_whatever_its_name() {
    let bytes = std::fs::read(root().join("fixtures/spreadsheet/ods/timetable.ods")).unwrap();
    for name in [
        "timetable.ods",
        "timetable.xlsx",
        "timetable",
        "timetable.csv",
    ] {
        let checked = fosx::check_bytes(name, &bytes, &options());
        assert!(checked.is_valid(false), "{name}: {:?}", said(&checked));
    }
}

/// The percentages, formulas and places of the percentage job are said of
/// its `.ods` and its `.xls` exactly as of its `.xlsx` (all saved by Calc
/// from the same cells).
#[test]
fn an_ods_gets_the_diagnostics_of_the_xlsx_of_the_same_cells() {
    let xlsx = check("fixtures/spreadsheet/xlsx/progress-report.percent.xlsx");
    let ods = check("fixtures/spreadsheet/ods/progress-report.percent.ods");
    assert_eq!(said(&ods), said(&xlsx));
    // The same job saved as .xls: its number formats say the same; its
    // formula is given back by the reader as `TRUE`.
    let xls = check("fixtures/spreadsheet/xls/progress-report.percent.xls");
    let mut from_xlsx = said(&xlsx);
    let formula = from_xlsx
        .iter()
        .position(|d| d.3.contains("formula"))
        .unwrap();
    from_xlsx[formula].3 = "cell 'progress-report'!AI4 holds the formula `=TRUE`: its value \
                            when the workbook was last saved, `true`, is read"
        .into();
    assert_eq!(said(&xls), from_xlsx);
    let places = |c: &Checked| {
        c.diagnostics
            .iter()
            .map(|d| (d.span, d.path.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(places(&ods), places(&xlsx));
    let d = &ods.diagnostics[4];
    assert_eq!(
        d.message.english(),
        "cell 'progress-report'!AB3 shows a percentage: 60, the number shown, is read, \
         not the fraction the cell holds"
    );
    assert_eq!(d.path.as_deref(), Some("/entries/1/completionPercent"));
    let sheet = ods.source.sheet.as_ref().unwrap();
    assert_eq!(sheet.name, "progress-report");
}

/// An `.ods` package with one sheet whose `content.xml` body is `rows`.
fn ods(rows: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default();
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", deflated).unwrap();
    zip.write_all(
        br#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"#,
    )
    .unwrap();
    zip.start_file("content.xml", deflated).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Soumission">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    )
    .unwrap();
    zip.finish().unwrap().into_inner()
}

/// A row of string cells.
fn row(cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .map(|c| format!(r#"<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>"#))
        .collect();
    format!("<table:table-row>{cells}</table:table-row>")
}

/// The timetable example as rows of string cells.
fn timetable_rows() -> String {
    let text = std::fs::read_to_string(root().join("fixtures/valid/timetable.csv")).unwrap();
    text.lines()
        .map(|l| row(&l.split(',').collect::<Vec<_>>()))
        .collect()
}

/// A sheet as Calc writes it: the rows with values, then the rest of the
/// sheet as one row of empty cells repeated a million times. Read as the
/// values say; the empty rows cost nothing.
#[test]
fn the_empty_rows_calc_writes_after_the_values_cost_nothing() {
    let rows = timetable_rows()
        + r#"<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calc.ods");
    std::fs::write(&path, ods(&rows)).unwrap();
    let run = validate(&path, None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    under(&run, 100, "a sheet with a million empty rows");
}

/// A few hundred bytes that say "this cell, 16,384 times, in 6,000 rows"
/// (98 million cells, under the reader's own cap of 100 million, which
/// would take it some 5 GB): P06 at the count, before the reader expands
/// it, fast and in little memory (under a 1 GiB address space when
/// `prlimit` is there).
#[test]
fn a_repeated_cell_bomb_is_refused_before_it_is_expanded() {
    let rows = timetable_rows()
        + r#"<table:table-row table:number-rows-repeated="6000"><table:table-cell office:value-type="string" office:string-value="x" table:number-columns-repeated="16384"/></table:table-row>"#;
    let bytes = ods(&rows);
    assert!(bytes.len() < 4096, "{}", bytes.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.ods");
    std::fs::write(&path, bytes).unwrap();
    let run = validate(&path, prlimit().then_some(1 << 30));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.elapsed < Duration::from_secs(20), "{:?}", run.elapsed);
    under(&run, 100, "a repeated-cell bomb");
    assert_eq!(
        seen(&run),
        vec![(
            "FOS-P06".into(),
            1,
            1,
            "the workbook's sheets, their repeated cells and rows expanded, hold more than \
             1000000 cells (at content.xml); it was not read further"
                .into()
        )]
    );
    // Under a higher limit, the same file is refused for its text: each
    // copy of the cell's text counts.
    let run = super::bounded::fosx_under(
        &[],
        &[
            "validate",
            "--format",
            "json",
            "--max-cells",
            "100000000000000",
            "--max-file-size",
            "100000",
            path.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    under(&run, 100, "a repeated-text bomb");
    assert_eq!(
        seen(&run)[0].3,
        "the text of the workbook's sheets, their repeated cells and rows expanded, is longer \
         than 100000 bytes (at content.xml); it was not read further"
    );
}

/// A space repeated two billion times (`text:s text:c`) is text the reader
/// would write out: counted, and refused under the size limit.
#[test]
fn a_repeated_space_is_counted_as_text() {
    let rows = timetable_rows()
        + r#"<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2000000000"/></text:p></table:table-cell></table:table-row>"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("spaces.ods");
    std::fs::write(&path, ods(&rows)).unwrap();
    let run = validate(&path, prlimit().then_some(1 << 30));
    assert_eq!(run.code, 1, "{}", run.stderr);
    under(&run, 100, "a repeated space");
    assert_eq!(seen(&run)[0].0, "FOS-P06");
    assert!(
        seen(&run)[0]
            .3
            .starts_with("the text of the workbook's sheets")
    );
}

/// A sheet written by hand: cells repeated across columns and rows are
/// read at their places, as the reader lays them out.
#[test]
fn repeated_cells_are_read_at_their_places() {
    let text = std::fs::read_to_string(root().join("fixtures/valid/timetable.csv")).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let first: Vec<&str> = lines.next().unwrap().split(',').collect();
    let status = header
        .iter()
        .position(|h| *h == "entries.dateKind")
        .unwrap();
    let mut bad = first.clone();
    bad[status] = "soon";
    // Two empty rows repeated once, then the bad row.
    let rows = row(&header)
        + &row(&first)
        + r#"<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3"/></table:table-row>"#
        + &row(&bad);
    let checked = fosx::check_bytes("repeats.ods", &ods(&rows), &options());
    assert!(!checked.is_valid(false));
    let report = serde_json::to_value(fosx::report::FileReport::new(&checked, false)).unwrap();
    let s04: Vec<_> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "FOS-S04")
        .collect();
    assert_eq!(s04.len(), 1, "{report}");
    // Header row 1, the example's row 2, two empty rows, the bad row 5.
    assert_eq!(s04[0]["row"], 5, "{}", s04[0]);
    assert_eq!(
        s04[0]["columnLetter"],
        fosx::read::xlsx::column_letters(status),
        "{}",
        s04[0]
    );
    assert_eq!(s04[0]["path"], "/entries/1/dateKind", "{}", s04[0]);
    assert_eq!(checked.source.sheet.as_ref().unwrap().name, "Soumission");
}

/// `batch` takes `.ods` and `.xls` files from an inbox as it takes `.xlsx`
/// ones: each example accepted, its canonical JSON written.
#[test]
fn batch_takes_ods_and_xls_files() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    std::fs::create_dir(&inbox).unwrap();
    for (from, to) in [
        ("ods/timetable.ods", "calc.ods"),
        ("xls/progress-report.xls", "excel97.XLS"),
    ] {
        std::fs::copy(
            root().join("fixtures/spreadsheet").join(from),
            inbox.join(to),
        )
        .unwrap();
    }
    super::batch::run_batch(&inbox, &out).code(0);
    let summary = super::batch::summary(&out);
    let inputs = summary["inputs"].as_array().unwrap();
    let mut seen: Vec<(String, String)> = inputs
        .iter()
        .map(|r| {
            (
                r["path"].as_str().unwrap().to_string(),
                r["outputs"][0].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    seen.sort();
    assert_eq!(seen.len(), 2, "{summary}");
    assert_eq!(seen[0].0, "calc.ods");
    assert_eq!(seen[1].0, "excel97.XLS");
    for (t, (_, output)) in ["timetable", "progress-report"].iter().zip(&seen) {
        let written = std::fs::read(out.join(output)).unwrap();
        let want = std::fs::read(root().join(format!("fixtures/valid/{t}.json"))).unwrap();
        assert_eq!(written, want, "{output}");
    }
}

/// `summarize` counts the documents of `.ods` and `.xls` files.
#[test]
fn summarize_takes_ods_and_xls_files() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    std::fs::create_dir(&inbox).unwrap();
    for from in ["ods/timetable.ods", "xls/progress-report.xls"] {
        let from = root().join("fixtures/spreadsheet").join(from);
        std::fs::copy(&from, inbox.join(from.file_name().unwrap())).unwrap();
    }
    let r = fosx()
        .arg("summarize")
        .arg(&inbox)
        .arg("--out")
        .arg(&out)
        .args(["--as-of", AS_OF])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("2 files, 2 documents: 2 counted, 0 skipped"),
        "{stderr}"
    );
}

/// `fix` reads an `.ods` and writes an `.xlsx` (writing stays XLSX and
/// CSV): the percentages Calc kept as fractions become the numbers shown,
/// and the result is valid with no warning left.
#[test]
fn fix_repairs_an_ods_into_an_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("fixed.xlsx");
    let r = fosx()
        .args([
            "fix",
            "--as-of",
            AS_OF,
            "fixtures/spreadsheet/ods/progress-report.percent.ods",
            "-o",
        ])
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("0 error(s), 0 warning(s)"), "{stderr}");
    let bytes = std::fs::read(&out).unwrap();
    assert!(fosx::read::xlsx::is_workbook(&bytes));
    let checked = fosx::check_bytes("fixed.xlsx", &bytes, &options());
    assert!(checked.diagnostics.is_empty(), "{:?}", said(&checked));
    let json = fosx()
        .args(["convert", "--to", "json"])
        .arg(&out)
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["entries"][1]["completionPercent"], 60);
}

/// `POST /v1/validate` checks an `.ods` and an `.xls` as the command line
/// does: valid, their representation a workbook's.
#[test]
fn the_service_checks_ods_and_xls_files() {
    use super::serve::{Server, agent, post, read, validate_url};
    let server = Server::start(&["--quiet"], &[]);
    let agent = agent();
    for file in [
        "fixtures/spreadsheet/ods/timetable.ods",
        "fixtures/spreadsheet/ods/timetable.gnumeric.ods",
        "fixtures/spreadsheet/xls/progress-report.xls",
    ] {
        let answer = post(&agent, &validate_url(&server, file), &read(file));
        assert_eq!(answer.status, 200, "{file}: {}", answer.text());
        let report = answer.json();
        assert_eq!(report["files"][0]["valid"], true, "{file}: {report}");
        assert_eq!(report["files"][0]["representation"], "xlsx", "{file}");
    }
}

/// A package whose `mimetype` entry fails its checksum is P07, said of an
/// `.ods` (not of an XLSX package).
#[test]
fn a_damaged_ods_is_said_to_be_an_unreadable_ods() {
    let mut bytes = ods(&timetable_rows());
    // The CRC-32 of the first entry (mimetype), in its local header (at
    // 14) and in the central directory (at 16).
    bytes[14] ^= 0xFF;
    let central = bytes.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    bytes[central + 16] ^= 0xFF;
    let checked = fosx::check_bytes("abîmé.ods", &bytes, &options());
    assert_eq!(checked.diagnostics.len(), 1, "{:?}", said(&checked));
    let d = &checked.diagnostics[0];
    assert_eq!(d.code.full(), "FOS-P07");
    assert_eq!(d.message.id(), "ods-unreadable", "{:?}", said(&checked));
}

/// fosx reads `.ods` and `.xls` but writes workbooks as `.xlsx`: an output
/// named `.ods` or `.xls` would hold XLSX bytes under another format's name,
/// so `fix` and `convert` refuse it (exit 2) before writing anything, and
/// say which name to give.
#[test]
fn an_output_named_ods_or_xls_is_refused_with_the_name_to_give() {
    let dir = tempfile::tempdir().unwrap();
    let ods = dir.path().join("fixed.ods");
    let out = fosx()
        .current_dir(root())
        .args([
            "fix",
            "fixtures/spreadsheet/ods/notification.gnumeric.ods",
            "-o",
        ])
        .arg(&ods)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    let xlsx = dir.path().join("fixed.xlsx");
    assert!(
        err.contains(&format!(
            "fosx does not write .ods files; it writes workbooks as .xlsx, which LibreOffice and Excel open: name the output {} (not {})",
            xlsx.display(),
            ods.display()
        )),
        "{err}"
    );
    assert!(!ods.exists() && !xlsx.exists());

    let xls = dir.path().join("out.XLS");
    let out = fosx()
        .current_dir(root())
        .args([
            "--lang",
            "fr",
            "convert",
            "fixtures/valid/notification.json",
        ])
        .args(["--to", "xlsx", "-o"])
        .arg(&xls)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("fosx n'écrit pas de fichiers .xls ; il écrit les classeurs en .xlsx"),
        "{err}"
    );
    assert!(!xls.exists());
}
