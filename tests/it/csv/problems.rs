//! CSV problems: each fixture gives exactly the listed diagnostics, located
//! by line, column, record and column name in the JSON report.

use super::{at, bytes, check, check_text, expect, options, text};
use fosx::report::FileReport;
use fosx::{Code, Limits, ReadOptions, Representation};

#[test]
fn unknown_column_is_s02_with_did_you_mean() {
    let checked = check("fixtures/csv/S02-unknown-column.csv");
    expect(&checked, &[("S02", 1, 198, None, None, None)]);
    assert!(at(&checked, 1, 198).starts_with("contact.positon,"));
    let d = &checked.diagnostics[0];
    assert_eq!(
        d.help.as_ref().map(fosx::i18n::Msg::english).as_deref(),
        Some("did you mean `contact.position`?")
    );
    // A header problem concerns every document.
    assert_eq!(d.document, None);
    assert!(!checked.document_is_valid(0, false));
}

#[test]
fn duplicate_column_is_s08_pointing_at_both() {
    let checked = check("fixtures/csv/S08-duplicate-column.csv");
    expect(&checked, &[("S08", 1, 490, None, None, None)]);
    let report = serde_json::to_value(FileReport::new(&checked, false)).unwrap();
    assert_eq!(
        report["diagnostics"][0]["related"],
        serde_json::json!([{ "line": 1, "column": 476, "message": "first given here" }])
    );
    assert!(at(&checked, 1, 476).starts_with("entries.notes,"));
    assert_eq!(at(&checked, 1, 490), "entries.notes\r");
    // The first column is read.
    let notes = checked.documents[0].pointer("/entries/0/notes").unwrap();
    assert_eq!(
        notes.as_str(),
        Some("Depends on the reform of the customs code.")
    );
}

#[test]
fn ragged_row_is_p03_and_the_other_rows_are_still_checked() {
    let checked = check("fixtures/csv/P03-ragged-row.csv");
    expect(
        &checked,
        &[
            ("P03", 3, 191, Some(2), None, None),
            // Record 3 is the document's second entry: record 2 was left out.
            (
                "S04",
                4,
                155,
                Some(3),
                Some("entries.dateKind"),
                Some("/entries/1/dateKind"),
            ),
        ],
    );
    assert_eq!(
        checked.diagnostics[0].message.english(),
        "record 2 has 26 cells, but the header has 25 columns"
    );
    assert!(at(&checked, 4, 155).starts_with("Definitive,"));
    assert_eq!(
        checked.diagnostics[1]
            .help
            .as_ref()
            .map(fosx::i18n::Msg::english)
            .as_deref(),
        Some("did you mean `definitive`?")
    );
}

#[test]
fn unterminated_quote_is_p03_and_earlier_rows_are_read() {
    let checked = check("fixtures/csv/P03-unterminated-quote.csv");
    expect(
        &checked,
        &[("P03", 3, 181, Some(2), Some("entries.notes"), None)],
    );
    assert!(at(&checked, 3, 181).starts_with("\"Pending"));
    assert_eq!(checked.documents.len(), 1);
    assert_eq!(
        checked.documents[0].get("entries").unwrap().items().len(),
        1
    );
}

#[test]
fn a_document_cell_that_differs_between_rows_is_r16() {
    let checked = check("fixtures/csv/R16-document-cell-differs.csv");
    expect(
        &checked,
        &[(
            "R16",
            3,
            48,
            Some(2),
            Some("submitter.memberName"),
            Some("/submitter/memberName"),
        )],
    );
    let d = &checked.diagnostics[0];
    assert_eq!(d.document, Some(0));
    assert_eq!(
        d.message.english(),
        "`submitter.memberName` is `European Union (EU)` here but `European Union` on the document's first row (record 1)"
    );
    let report = serde_json::to_value(FileReport::new(&checked, false)).unwrap();
    assert_eq!(report["diagnostics"][0]["related"][0]["line"], 2);
    assert_eq!(report["diagnostics"][0]["related"][0]["column"], 48);
    assert_eq!(report["diagnostics"][0]["documentId"], "EU-TT-2026");
}

#[test]
fn rows_of_another_document_type_are_r17() {
    let checked = check("fixtures/csv/R17-two-document-types.csv");
    expect(
        &checked,
        &[(
            "R17",
            3,
            5,
            Some(2),
            Some("documentType"),
            Some("/documentType"),
        )],
    );
    assert!(at(&checked, 3, 5).starts_with("notification,"));
    let report = serde_json::to_value(FileReport::new(&checked, false)).unwrap();
    assert_eq!(
        report["diagnostics"][0]["related"][0],
        serde_json::json!({ "line": 2, "column": 5, "message": "the file's document type is first given here" })
    );
}

#[test]
fn missing_document_id_column_is_s01_at_the_header() {
    let checked = check("fixtures/csv/S01-no-document-id-column.csv");
    expect(
        &checked,
        &[("S01", 1, 1, None, Some("documentId"), Some("/documentId"))],
    );
    // The rows are still read, as one document, and checked.
    assert_eq!(checked.documents.len(), 1);
    assert_eq!(
        checked.documents[0].get("entries").unwrap().items().len(),
        2
    );
}

#[test]
fn missing_document_type_column_is_s01_at_the_header() {
    let checked = check_text("documentId,schemaVersion\nA,1.0\nB,1.0\n");
    expect(
        &checked,
        &[
            (
                "S01",
                1,
                1,
                None,
                Some("documentType"),
                Some("/documentType"),
            ),
            // The second document's own report of the same problem: the
            // field has no column, so the place is the row and the field is
            // the one the path names.
            (
                "S01",
                3,
                1,
                Some(2),
                Some("documentType"),
                Some("/documentType"),
            ),
        ],
    );
    assert_eq!(checked.documents.len(), 2);
}

#[test]
fn a_bad_item_of_a_list_cell_is_located_inside_the_cell() {
    let checked = check("fixtures/csv/S04-bad-stakeholder.csv");
    expect(
        &checked,
        &[(
            "S04",
            2,
            531,
            Some(1),
            Some("entries.stakeholders"),
            Some("/entries/0/stakeholders/1"),
        )],
    );
    assert!(at(&checked, 2, 531).starts_with("express-carrier,"));
    assert!(at(&checked, 2, 514).starts_with("postal-operators;express-carrier,"));
    assert_eq!(
        checked.diagnostics[0]
            .help
            .as_ref()
            .map(fosx::i18n::Msg::english)
            .as_deref(),
        Some("did you mean `express-carriers`?")
    );
}

#[test]
fn unknown_document_type_is_s09() {
    let checked = check("fixtures/csv/S09-unknown-document-type.csv");
    expect(
        &checked,
        &[(
            "S09",
            2,
            5,
            Some(1),
            Some("documentType"),
            Some("/documentType"),
        )],
    );
    assert_eq!(
        checked.diagnostics[0]
            .help
            .as_ref()
            .map(fosx::i18n::Msg::english)
            .as_deref(),
        Some("did you mean `timetable`?")
    );
}

#[test]
fn structure_problems_of_the_file() {
    // No header row: the first row names no column.
    let c = check_text("1.0,timetable,X\n");
    expect(&c, &[("P03", 1, 1, None, None, None)]);
    // Only blank lines, read as CSV on request: no header row.
    let read = ReadOptions {
        representation: Some(Representation::Csv),
        ..ReadOptions::default()
    };
    let parsed = fosx::read::read("blank.csv", b"\r\n\r\n", &read);
    assert_eq!(parsed.diagnostics[0].code, Code::P03);
    // A header without rows holds no document.
    let c = check_text("documentType,documentId\n");
    expect(&c, &[("S09", 1, 1, None, None, None)]);
    // An unnamed column.
    let c = check_text("documentType,documentId,\ntimetable,A,\n");
    assert_eq!(c.diagnostics[0].code, Code::S02);
    assert_eq!(c.diagnostics[0].message.english(), "column 3 has no name");
}

#[test]
fn timetable_rows_without_entries_are_s07() {
    let c = check_text(
        &text("fixtures/valid/timetable.csv")
            .replace(",7,2026-07-01,2028-07-01,indicative,true,,,,Depends on the reform of the customs code.", ",,,,,,,,,")
            .replace(",14,2026-01-01,2026-12-31,definitive,,false,false,,", ",,,,,,,,,"),
    );
    // `entries` has no column of its own: the place is the row.
    expect(
        &c,
        &[("S07", 2, 1, Some(1), Some("entries"), Some("/entries"))],
    );
}

#[test]
fn limits_are_p06() {
    let mut options = options();
    options.read.limits = Limits {
        max_entries: 1,
        ..Limits::default()
    };
    let c = fosx::check_bytes("t.csv", &bytes("fixtures/valid/timetable.csv"), &options);
    assert_eq!(c.diagnostics.len(), 1);
    assert_eq!(c.diagnostics[0].code, Code::P06);
    // The document is kept (so indices stay stable) but not checked further.
    assert_eq!(c.documents.len(), 1);
}

#[test]
fn reading_never_panics_on_mangled_input() {
    let base = text("fixtures/csv/S04-bad-stakeholder.csv");
    let base = &base[..base.len().min(1200)];
    let read = ReadOptions {
        representation: Some(Representation::Csv),
        ..ReadOptions::default()
    };
    let mut cuts: Vec<String> = (0..base.len())
        .filter(|&i| base.is_char_boundary(i))
        .map(|i| base[..i].to_string())
        .collect();
    for (i, _) in base.match_indices([',', '\n']).step_by(7) {
        cuts.push(format!("{}\"{}", &base[..i], &base[i..]));
        cuts.push(format!("{}\n{}", &base[..i], &base[i..]));
    }
    for text in &cuts {
        let parsed = fosx::read::read("m.csv", text.as_bytes(), &read);
        for d in &parsed.diagnostics {
            if let Some(s) = d.span {
                parsed.source.locate(s, None);
            }
        }
    }
    // A few complete checks through the report.
    for text in cuts.iter().step_by(97) {
        let c = check_text(text);
        FileReport::new(&c, false);
    }
}

#[test]
fn blank_lines_are_neither_records_nor_lines_lost() {
    let c = check_text(
        &text("fixtures/csv/valid-blank-lines.csv").replace(",definitive,", ",Definitive,"),
    );
    expect(
        &c,
        &[(
            "S04",
            7,
            156,
            Some(2),
            Some("entries.dateKind"),
            Some("/entries/1/dateKind"),
        )],
    );
    assert!(at(&c, 7, 156).starts_with("Definitive,"));
}

#[test]
fn a_quoted_cell_is_located_at_its_opening_quote() {
    let c = check_text(
        &text("fixtures/valid/progress-report.csv")
            .replace("\"E-Commerce FoS evaluation meeting, 2026\"", "\"  \r\n \""),
    );
    expect(
        &c,
        &[(
            "S05",
            2,
            305,
            Some(1),
            Some("evaluationMeeting"),
            Some("/evaluationMeeting"),
        )],
    );
    assert!(at(&c, 2, 305).starts_with("\"  \r"));
}

#[test]
fn a_bad_item_of_a_quoted_list_cell_is_located_inside_the_quotes() {
    // In a `;`-delimited file a list cell is quoted: "postal-operators;express-carrier".
    let c = fosx::check_bytes(
        "s.csv",
        text("fixtures/csv/valid-spreadsheet-progress-report.csv")
            .replace("express-carriers", "express-carrier")
            .as_bytes(),
        &options(),
    );
    expect(
        &c,
        &[(
            "S04",
            2,
            130,
            Some(1),
            Some("entries.stakeholders"),
            Some("/entries/0/stakeholders/1"),
        )],
    );
    assert!(at(&c, 2, 130).starts_with("express-carrier\";"));
}
