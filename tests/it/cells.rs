//! Cells cost what they hold: a CSV of wide rows of empty cells costs its
//! text, not its width; a workbook whose compressed cells would take more
//! memory than the budget (`--max-cells`) is P06 before any is read; a
//! count or number written in a workbook cannot make the reader allocate
//! for it; and an allocation that fails ends the run with exit code 2 and
//! a message, never an abort.
//!
//! Every input is made here, at run time, and checked by the real binary
//! (under `/usr/bin/time -v`, which measures its memory, when present; the
//! bounds are loose, for a debug build on a loaded machine). The figures of
//! the full-size inputs, in a release build, are in `benches/hostile.sh`.

use super::bounded::{Run, fosx_under};
use super::json_fixtures::{AS_OF, root};
use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::Command;

/// The (code, line, column, message) of each diagnostic of a run's report.
pub(super) fn seen(run: &Run) -> Vec<(String, u64, u64, String)> {
    run.report()["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Runs `fosx validate --format json FILE` (under `/usr/bin/time -v` when
/// present, and under `prlimit --as=BYTES` when `address_space` is given);
/// it must end by itself (no signal, no panic).
pub(super) fn validate(file: &Path, address_space: Option<u64>) -> Run {
    validate_with(file, address_space, &[])
}

/// [`validate`] with more arguments.
fn validate_with(file: &Path, address_space: Option<u64>, more: &[&str]) -> Run {
    let cap = address_space.map(|bytes| format!("--as={bytes}"));
    let under: Vec<&str> = cap.iter().flat_map(|c| ["prlimit", c.as_str()]).collect();
    let file = file.to_str().unwrap();
    let mut args = vec!["validate", "--as-of", AS_OF, "--format", "json"];
    args.extend_from_slice(more);
    args.push(file);
    fosx_under(&under, &args, None)
}

/// Whether `prlimit` (util-linux) is there to cap the address space.
pub(super) fn prlimit() -> bool {
    Command::new("prlimit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Checks that a run stayed under `mib` MiB of resident memory (when
/// measured).
pub(super) fn under(run: &Run, mib: u64, what: &str) {
    memory_within(run.max_rss_kib, mib * 1024, what);
}

/// The peak memory `/usr/bin/time -v` measured (`kib`) is below
/// `limit_kib`. Unmeasured (GNU time missing), it is a note; in CI, which
/// installs GNU time, a failure.
pub(super) fn memory_within(kib: Option<u64>, limit_kib: u64, what: &str) {
    match kib {
        Some(kib) => assert!(
            kib < limit_kib,
            "{what} used {kib} KiB of memory (limit {limit_kib} KiB)"
        ),
        None if std::env::var_os("CI").is_some_and(|v| v == "true") => {
            panic!("/usr/bin/time -v is missing: the memory of {what} is not measured")
        }
        None => {
            eprintln!("note: /usr/bin/time -v is missing: the memory of {what} is not measured")
        }
    }
}

/// The columns of a worksheet.
const WIDTH: usize = 16_384;

/// The timetable example's header and first row, as CSV cells.
fn timetable() -> (Vec<String>, Vec<String>) {
    let text = std::fs::read_to_string(root().join("fixtures/valid/timetable.csv")).unwrap();
    let mut lines = text.lines();
    let cells = |l: &str| l.split(',').map(str::to_string).collect::<Vec<_>>();
    (cells(lines.next().unwrap()), cells(lines.next().unwrap()))
}

/// 300 rows of 16,384 cells, almost all empty, under a header as wide: each
/// row the example's (documentIds apart), the last with a wrong status.
/// Each empty cell once cost about 57 bytes (300 rows: 280 MB); the file
/// is 5 MB. The places are found in the rows' text again.
#[test]
fn a_wide_csv_of_empty_cells_costs_its_text_not_its_width() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wide.csv");
    let (header, row) = timetable();
    let pad = |cells: &[String]| format!("{}{}", cells.join(","), ",".repeat(WIDTH - cells.len()));
    let id = header.iter().position(|h| h == "documentId").unwrap();
    let status = header.iter().position(|h| h == "entries.dateKind").unwrap();
    let mut text = pad(&header) + "\r\n";
    for k in 0..300 {
        let mut cells = row.clone();
        cells[id] = format!("KE-TT-{k}");
        if k == 299 {
            cells[status] = "soon".into();
        }
        text += &(pad(&cells) + "\r\n");
    }
    std::fs::write(&path, text).unwrap();
    let run = validate(&path, None);
    assert_eq!(run.code, 1, "{}", run.stderr);
    under(&run, 100, "300 rows of 16,384 cells");
    let seen = seen(&run);
    // Each unnamed column is S02 at its header cell; the wrong value is
    // at its cell of the last row (row 301, column W).
    assert_eq!(
        seen[0],
        ("FOS-S02".into(), 1, 490, "column 26 has no name".into())
    );
    assert_eq!(seen.len(), 1001);
    assert_eq!(
        seen[1000].3,
        "15360 more diagnostics of this file were left out, over the limit of 1000 (15359 FOS-S02, 1 FOS-S04)"
    );
    assert_eq!(seen[999].3, "column 1025 has no name");
    // Every diagnostic, and the wrong value's place: row 301 of the sheet,
    // the column of `entries.dateKind`.
    let all = validate_with(&path, None, &["--max-diagnostics", "20000"]);
    under(&all, 100, "300 rows of 16,384 cells, every diagnostic");
    let report = all.report();
    let found = report["files"][0]["diagnostics"].as_array().unwrap();
    assert_eq!(found.len(), 16360);
    let wrong = found.iter().find(|d| d["code"] == "FOS-S04").unwrap();
    let letter = fosx::source::sheet::column_letter(status);
    assert_eq!(
        (
            &wrong["row"],
            &wrong["columnLetter"],
            &wrong["path"],
            &wrong["record"]
        ),
        (
            &Value::from(301),
            &Value::from(letter),
            &Value::from("/entries/0/dateKind"),
            &Value::from(300)
        ),
        "{wrong}"
    );
}

/// A header of 2,000,001 columns, all but the first unnamed: each is S02,
/// past the cap counted and not made (each once cost a diagnostic held in
/// memory, and a header cell's span: 1.25 GiB for this 2 MB file).
#[test]
fn a_header_of_millions_of_unnamed_columns_costs_counting_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("header.csv");
    let columns = 2_000_000;
    std::fs::write(&path, format!("documentId{}\r\nx\r\n", ",".repeat(columns))).unwrap();
    let run = validate(&path, None);
    assert_eq!(run.code, 1, "{}", run.stderr);
    under(&run, 100, "a header of 2,000,001 columns");
    let seen = seen(&run);
    assert_eq!(seen.len(), 1001);
    assert_eq!(
        seen[0].3,
        "the CSV has no `documentType` column, which every CSV submission needs"
    );
    assert_eq!(seen[1].3, "column 2 has no name");
    assert_eq!(seen[999].3, "column 1000 has no name");
    assert_eq!(
        seen[1000].3,
        "1999002 more diagnostics of this file were left out, over the limit of 1000 (1 FOS-P03, 1999001 FOS-S02)"
    );
}

/// A workbook part: name and text.
type Part = (&'static str, Vec<u8>);

/// A minimal workbook whose first sheet's `sheetData` is `rows` (written
/// by `rows`, so that a big sheet is deflated as it is made), with `extra`
/// parts.
fn workbook(path: &Path, rows: impl FnOnce(&mut dyn Write), extra: Vec<Part>) {
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let package = "http://schemas.openxmlformats.org/package/2006/relationships";
    let parts: Vec<(&str, String)> = vec![
        (
            "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>".into(),
        ),
        (
            "_rels/.rels",
            format!("<Relationships xmlns=\"{package}\"><Relationship Id=\"rId1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        ),
        (
            "xl/workbook.xml",
            format!("<workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"Submission\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!("<Relationships xmlns=\"{package}\"><Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
        ),
    ];
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    for (name, bytes) in extra {
        zip.start_file(name, options).unwrap();
        zip.write_all(&bytes).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    write!(zip, "<worksheet xmlns=\"{main}\"><sheetData>").unwrap();
    rows(&mut zip);
    zip.write_all(b"</sheetData></worksheet>").unwrap();
    zip.finish().unwrap();
}

/// A row of one text cell, `documentType`.
fn header_row(out: &mut dyn Write) {
    out.write_all(
        b"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>documentType</t></is></c></row>",
    )
    .unwrap();
}

/// Cell bombs: one-digit cells deflate about 500 to 1. 70 rows of 16,384
/// cells (1,146,880; 38 KB) and 1,100,000 cells all at A1: each once cost
/// 80 to 200 bytes of memory (the first took 220 MB). They are counted as
/// the package is checked, and refused past `--max-cells` before any is
/// read; under an address space of 1 GiB too.
#[test]
fn a_workbook_of_more_cells_than_the_limit_is_p06_before_any_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let wide = dir.path().join("wide-rows.xlsx");
    workbook(
        &wide,
        |out| {
            let row = format!("<row>{}</row>", "<c><v>1</v></c>".repeat(WIDTH));
            for _ in 0..70 {
                out.write_all(row.as_bytes()).unwrap();
            }
        },
        Vec::new(),
    );
    let same = dir.path().join("same-cell.xlsx");
    workbook(
        &same,
        |out| {
            out.write_all(b"<row r=\"1\">").unwrap();
            let block = "<c r=\"A1\"><v>1</v></c>".repeat(10_000);
            for _ in 0..110 {
                out.write_all(block.as_bytes()).unwrap();
            }
            out.write_all(b"</row>").unwrap();
        },
        Vec::new(),
    );
    let expected = (
        "FOS-P06".to_string(),
        1,
        1,
        "the workbook holds more than 1000000 cells (at xl/worksheets/sheet1.xml); it was not read further".to_string(),
    );
    for path in [&wide, &same] {
        let run = validate(path, None);
        assert_eq!(run.code, 1, "{path:?}: {}", run.stderr);
        assert_eq!(seen(&run), std::slice::from_ref(&expected), "{path:?}");
        under(&run, 100, &format!("{path:?}"));
        let help = &run.report()["files"][0]["diagnostics"][0]["help"];
        assert_eq!(
            help, "if the file is genuine, raise the limit with --max-cells",
            "{path:?}"
        );
        if prlimit() {
            let capped = validate(path, Some(1 << 30));
            assert_eq!(capped.code, 1, "{path:?}: {}", capped.stderr);
            assert_eq!(seen(&capped), std::slice::from_ref(&expected), "{path:?}");
        }
    }
}

/// Numbers written in a workbook that its reader would allocate for: a
/// shared-string table that declares four billion strings (96 GB reserved),
/// a shared formula numbered four billion (a table of 160 GB), and a
/// styles part of 1,500,000 cell formats (12 KB; they took 396 MB). Each
/// once aborted the process (SIGABRT) under an address space of 1 GiB.
#[test]
fn counts_and_numbers_in_a_workbook_cannot_make_its_reader_allocate() {
    let dir = tempfile::tempdir().unwrap();
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let strings = dir.path().join("strings.xlsx");
    workbook(
        &strings,
        header_row,
        vec![(
            "xl/sharedStrings.xml",
            format!("<sst xmlns=\"{main}\" count=\"1\" uniqueCount=\"4000000000\"><si><t>a</t></si></sst>").into_bytes(),
        )],
    );
    let formula = dir.path().join("formula.xlsx");
    workbook(
        &formula,
        |out| {
            out.write_all(
                b"<row r=\"1\"><c r=\"A1\"><f t=\"shared\" si=\"4000000000\" ref=\"A1:A2\">1</f><v>1</v></c></row>",
            )
            .unwrap()
        },
        Vec::new(),
    );
    let styles = dir.path().join("styles.xlsx");
    workbook(
        &styles,
        header_row,
        vec![(
            "xl/styles.xml",
            format!(
                "<styleSheet xmlns=\"{main}\"><cellXfs>{}</cellXfs></styleSheet>",
                "<xf/>".repeat(1_500_000)
            )
            .into_bytes(),
        )],
    );
    let others = |part: &str| {
        format!(
            "the workbook holds more than 1000000 shared strings, styles and other XML elements besides its cells (at {part}); it was not read further"
        )
    };
    for (path, code, message) in [
        (&strings, "FOS-P06", others("xl/sharedStrings.xml")),
        (
            &formula,
            "FOS-P07",
            "the workbook cannot be read as an XLSX package: xl/worksheets/sheet1.xml: a shared formula is numbered 4000000000, more than the part's formulas so far (1)".into(),
        ),
        (&styles, "FOS-P06", others("xl/styles.xml")),
    ] {
        let space = prlimit().then_some(1 << 30);
        let run = validate(path, space);
        assert_eq!(run.code, 1, "{path:?}: {}", run.stderr);
        assert_eq!(seen(&run), [(code.to_string(), 1, 1, message)], "{path:?}");
        under(&run, 100, &format!("{path:?}"));
    }
}

/// An allocation that fails (here under an address space of 64 MiB, too
/// small for a 48 MB file) ends the run with exit code 2 and a message
/// that says so, not with an abort (SIGABRT).
#[test]
fn an_allocation_that_fails_exits_2_with_a_message() {
    if !prlimit() {
        eprintln!("note: prlimit is missing: the address space cannot be capped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.json");
    let doc = std::fs::read_to_string(root().join("fixtures/valid/timetable.json")).unwrap();
    std::fs::write(&path, doc + &" ".repeat(48 << 20)).unwrap();
    let run = validate(&path, Some(64 << 20));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("fosx: out of memory: ")
            && run.stderr.contains(
                " more bytes could not be allocated, and the check was stopped. Give fosx more memory"
            ),
        "{}",
        run.stderr
    );
}

/// A row of text cells at sheet row `r`, from column A, and `extra` cells
/// elsewhere (reference, text).
fn sheet_row(out: &mut dyn Write, r: usize, cells: &[String], extra: &[(&str, &str)]) {
    let cell = |reference: &str, text: &str| {
        format!("<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>")
    };
    let mut xml = format!("<row r=\"{r}\">");
    for (c, text) in cells.iter().enumerate() {
        let column = fosx::source::sheet::column_letter(c);
        xml += &cell(&format!("{column}{r}"), text);
    }
    for (reference, text) in extra {
        xml += &cell(reference, text);
    }
    xml += "</row>";
    out.write_all(xml.as_bytes()).unwrap();
}

/// A value to the right of the header's last column belongs to no column:
/// it is P03, at the header's last cell, naming the cell, and the rest of
/// its row is read (here, the example's row: nothing else to say).
#[test]
fn a_value_to_the_right_of_the_header_is_p03_and_its_row_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("note.xlsx");
    let (header, row) = timetable();
    workbook(
        &path,
        |out| {
            sheet_row(out, 1, &header, &[]);
            sheet_row(out, 2, &row, &[("AB2", "checked by J.")]);
        },
        Vec::new(),
    );
    let run = validate(&path, None);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let last = fosx::source::sheet::column_letter(header.len() - 1);
    assert_eq!(
        seen(&run),
        [(
            "FOS-P03".to_string(),
            1,
            header.len() as u64,
            format!(
                "cell Submission!AB2 holds `checked by J.`, to the right of the header's last column, {last}: it belongs to no column and is not read"
            )
        )]
    );
}

/// The CSV form of a sheet is as wide as its header on every row: its
/// empty cells count against `--max-cells` too. Ten rows of one value
/// under a header of ten columns are 20 cells in the workbook and 110 in
/// its CSV form.
#[test]
fn the_csv_form_of_a_sheet_counts_its_empty_cells_against_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("narrow.xlsx");
    let header: Vec<String> = std::iter::once("documentType".to_string())
        .chain((1..10).map(|i| format!("c{i}")))
        .collect();
    workbook(
        &path,
        |out| {
            sheet_row(out, 1, &header, &[]);
            for r in 2..12 {
                sheet_row(out, r, &["timetable".to_string()], &[]);
            }
        },
        Vec::new(),
    );
    let run = validate_with(&path, None, &["--max-cells", "50"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        seen(&run),
        [(
            "FOS-P06".to_string(),
            1,
            1,
            "the worksheet's CSV form has more than 50 cells, its rows as wide as its header (it was not read further)".to_string()
        )]
    );
    let run = validate_with(&path, None, &["--max-cells", "110"]);
    assert!(
        seen(&run).iter().all(|d| d.0 != "FOS-P06"),
        "{:?}",
        seen(&run)
    );
}
