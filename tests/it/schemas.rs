//! The published schemas equal what the dictionary generates.
//! `FOSX_BLESS=1 cargo test` rewrites them after a deliberate change.

use std::path::Path;

fn check_generated(path: &str, generated: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("FOSX_BLESS").is_some() {
        std::fs::write(&path, generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == generated,
        "{} is out of date: run FOSX_BLESS=1 cargo test",
        path.display()
    );
}

#[test]
fn json_schema_is_generated_from_the_dictionary() {
    check_generated(
        "schemas/fosx.schema.json",
        &fosx::schema::json_schema_text(),
    );
}

#[test]
fn xsd_is_generated_from_the_dictionary() {
    check_generated("schemas/fosx.xsd", &fosx::schema::xsd_text());
}

#[test]
fn table_schemas_are_generated_from_the_dictionary() {
    for &t in fosx::model::DocType::ALL {
        check_generated(
            &fosx::schema::table_schema_file(t),
            &fosx::schema::table_schema_text(t),
        );
    }
}
