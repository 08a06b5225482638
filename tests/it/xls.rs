//! Excel 97-2003 workbooks (`.xls`), read as XLSX workbooks are: the first
//! sheet, places by cell, typed cells; known by their content (a compound
//! file with a `Workbook` stream), not by their name; and what their
//! records would make the reader hold counted against the limits before
//! it reads them. Fixtures: `fixtures/spreadsheet/xls/`, written by
//! LibreOffice ("MS Excel 97") and Gnumeric (`ssconvert`, `excel_biff8`)
//! through `fixtures/spreadsheet/make.sh`.

use super::cells::{prlimit, seen, under, validate};
use super::json_fixtures::{AS_OF, root};
use fosx::{CheckOptions, Date};
use std::io::Write;
use std::time::Duration;

const TYPES: [&str; 3] = ["notification", "timetable", "progress-report"];

fn options() -> CheckOptions {
    CheckOptions {
        as_of: Date::parse(AS_OF).unwrap(),
        ..Default::default()
    }
}

#[test]
fn each_example_saved_by_calc_and_gnumeric_as_xls_is_valid_and_converts_to_its_json() {
    for (t, writer) in TYPES.iter().flat_map(|t| [(t, ""), (t, ".gnumeric")]) {
        let file = format!("fixtures/spreadsheet/xls/{t}{writer}.xls");
        let bytes = std::fs::read(root().join(&file)).unwrap();
        assert!(
            bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"),
            "{file}"
        );
        // Known by its content, whatever its name.
        for name in [file.as_str(), "sans-nom", "rapport.csv"] {
            let checked = fosx::check_bytes(name, &bytes, &options());
            let codes: Vec<_> = checked.diagnostics.iter().map(|d| d.code.full()).collect();
            assert!(checked.is_valid(false), "{name}: {codes:?}");
            let sheet = &checked.source.sheet.as_ref().unwrap().name;
            // Calc names the sheet after the CSV file; Gnumeric after the
            // workbook it converted (the same).
            assert_eq!(sheet, t, "{name}");
        }
        let out = super::ods::assert_converts_to_example(&file, t);
        assert_eq!(out.status.code(), Some(0), "{file}");
    }
}

#[test]
fn a_value_of_an_xls_is_placed_at_its_cell() {
    let run = validate(&root().join("fixtures/spreadsheet/xls/timetable.xls"), None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = run.report();
    let d = &report["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "FOS-S10");
    assert_eq!(d["row"], 2);
    assert_eq!(d["columnLetter"], "A");
    assert_eq!(d["path"], "/schemaVersion");
}

/// A BIFF8 record.
fn record(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut out = typ.to_le_bytes().to_vec();
    out.extend((data.len() as u16).to_le_bytes());
    out.extend(data);
    out
}

/// A compound file whose `Workbook` stream holds the workbook globals and
/// one sheet made of `sheet` (records between its BOF and EOF).
fn xls(sheet: &[u8]) -> Vec<u8> {
    let bof = |dt: u16| {
        let mut d = vec![0u8; 16];
        d[0..2].copy_from_slice(&0x0600u16.to_le_bytes());
        d[2..4].copy_from_slice(&dt.to_le_bytes());
        record(0x0809, &d)
    };
    let mut stream = bof(0x0005);
    stream.extend(record(0x000A, &[]));
    stream.extend(bof(0x0010));
    stream.extend(sheet);
    stream.extend(record(0x000A, &[]));
    let mut file = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
    file.create_stream("/Workbook")
        .unwrap()
        .write_all(&stream)
        .unwrap();
    file.flush().unwrap();
    file.into_inner().into_inner()
}

/// A NUMBER record at (row, col).
fn number(row: u16, col: u16) -> Vec<u8> {
    let mut d = row.to_le_bytes().to_vec();
    d.extend(col.to_le_bytes());
    d.extend(0u16.to_le_bytes());
    d.extend(1.0f64.to_le_bytes());
    record(0x0203, &d)
}

/// Runs a hostile `.xls` and returns its one diagnostic's message.
fn refused(name: &str, bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let run = validate(&path, prlimit().then_some(1 << 30));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.elapsed < Duration::from_secs(20), "{:?}", run.elapsed);
    under(&run, 100, name);
    let seen = seen(&run);
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].0, "FOS-P06", "{seen:?}");
    seen[0].3.clone()
}

/// Two cells far apart: the reader would lay out the 16 million cells
/// between them. A DIMENSIONS record that asks room for four billion rows:
/// the reader would reserve it (and abort). Both are P06, counted from the
/// records before the reader reads them.
#[test]
fn records_that_ask_for_millions_of_cells_are_refused_before_they_are_read() {
    let far = [number(0, 0), number(65_535, 255)].concat();
    let message = refused("far.xls", &xls(&far));
    assert_eq!(
        message,
        "the workbook's sheets, as its records lay them out, hold more than 1000000 cells; \
         it was not read further"
    );
    let mut dims = 0u32.to_le_bytes().to_vec();
    dims.extend(u32::MAX.to_le_bytes());
    dims.extend(0u16.to_le_bytes());
    dims.extend(200u16.to_le_bytes());
    dims.extend(0u16.to_le_bytes());
    let huge = [record(0x0200, &dims), number(0, 0)].concat();
    assert_eq!(refused("dims.xls", &xls(&huge)), message);
}

/// A compound file without a workbook stream (a Word 97 document) is not a
/// workbook: still P07, the old Office format.
#[test]
fn a_compound_file_without_a_workbook_is_still_refused() {
    let mut file = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
    file.create_stream("/WordDocument")
        .unwrap()
        .write_all(b"text")
        .unwrap();
    file.flush().unwrap();
    let bytes = file.into_inner().into_inner();
    let checked = fosx::check_bytes("lettre.doc", &bytes, &options());
    assert_eq!(checked.diagnostics.len(), 1);
    assert_eq!(checked.diagnostics[0].code.full(), "FOS-P07");
    assert_eq!(checked.diagnostics[0].message.id(), "decode-old-office");
}
