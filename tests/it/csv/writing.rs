//! Canonical CSV writing and its options.

use super::{check, check_text, text};
use fosx::model::DocType;
use fosx::write::{WriteError, WriteOptions, write_csv};

#[test]
fn the_writer_refuses_mixed_types_and_nothing() {
    let a = check("fixtures/valid/timetable.csv").documents;
    let b = check("fixtures/valid/notification.csv").documents;
    let both: Vec<_> = a.into_iter().chain(b).collect();
    assert_eq!(
        write_csv(&both, &WriteOptions::default()),
        Err(WriteError::MixedTypes("notification, timetable".into()))
    );
    assert_eq!(
        write_csv(&[], &WriteOptions::default()),
        Err(WriteError::Empty)
    );
}

#[test]
fn writer_options_bom_and_formula_guard() {
    let docs = check("fixtures/valid/progress-report.csv").documents;
    let plain = write_csv(&docs, &WriteOptions::default()).unwrap();
    let with_bom = write_csv(
        &docs,
        &WriteOptions {
            csv_bom: true,
            ..WriteOptions::default()
        },
    )
    .unwrap();
    assert_eq!(with_bom, format!("\u{FEFF}{plain}"));
    // Text starting with + (the phone number) is guarded; numbers are not.
    let guarded = write_csv(
        &docs,
        &WriteOptions {
            csv_formula_guard: true,
            ..WriteOptions::default()
        },
    )
    .unwrap();
    assert_eq!(
        guarded,
        plain.replace(",+254 20 000 0000,", ",'+254 20 000 0000,")
    );
    // Without the guard the text is written exactly, and reads back the same.
    let text = check_text(&plain.replace("Jane Wanjiru", "=Jane Wanjiru"));
    assert!(text.is_valid(false));
    assert_eq!(
        text.documents[0].pointer("/contact/name").unwrap().as_str(),
        Some("=Jane Wanjiru")
    );
}

#[test]
fn canonical_csv_has_every_column_in_dictionary_order() {
    for &t in DocType::ALL {
        let header: Vec<String> = fosx::model::columns(t)
            .into_iter()
            .map(|c| c.name)
            .collect();
        let csv = text(&format!("fixtures/valid/{}.csv", t.code()));
        assert_eq!(csv.split("\r\n").next().unwrap(), header.join(","));
    }
}
