//! XML as other tools write it in UTF-16 (`fixtures/xml/encodings/`, made
//! by `make.sh` there with xmllint and Python's ElementTree): read, valid,
//! and the same canonical JSON, byte for byte, as the UTF-8 spec example.

use super::json_fixtures::{options, root};
use fosx::write::write_json;

#[test]
fn utf16_written_by_xmllint_and_elementtree_reads_as_the_spec_examples() {
    let dir = root().join("fixtures/xml/encodings");
    let mut seen = 0;
    for name in ["notification", "timetable", "progress-report"] {
        let example = fosx::check_path(
            &root().join(format!("docs/spec/examples/{name}.xml")),
            &options(),
        );
        let expected = write_json(&example.documents).unwrap();
        for (variant, encoding) in [
            ("xmllint-utf-16le", "utf-16le"),
            ("etree-utf-16", "utf-16le"),
            ("etree-utf-16le", "utf-16le"),
            ("etree-utf-16be", "utf-16be"),
        ] {
            let path = dir.join(format!("{name}.{variant}.xml"));
            let bytes = std::fs::read(&path).unwrap();
            // Only ElementTree's "UTF-16" starts with a byte order mark.
            assert_eq!(
                bytes.starts_with(&[0xFF, 0xFE]),
                variant == "etree-utf-16",
                "{variant}"
            );
            let checked = fosx::check_path(&path, &options());
            let codes: Vec<_> = checked.diagnostics.iter().map(|d| d.code).collect();
            assert!(checked.is_valid(false), "{name}.{variant}: {codes:?}");
            assert_eq!(checked.source.encoding, encoding, "{name}.{variant}");
            assert_eq!(
                write_json(&checked.documents).unwrap(),
                expected,
                "{name}.{variant}"
            );
            seen += 1;
        }
    }
    assert_eq!(seen, 12);
}

/// ISO-8859-1 is read as XML processors read it: byte 0x92 is U+0092 (a C1
/// control, which a text may hold), not windows-1252's `’`.
#[test]
fn iso_8859_1_is_read_byte_for_code_point() {
    let example = std::fs::read_to_string(root().join("docs/spec/examples/timetable.xml")).unwrap();
    let latin1 = example
        .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
        .replace("</MemberName>", "\u{92}</MemberName>");
    assert!(latin1.contains("ISO-8859-1") && latin1.contains("\u{92}</MemberName>"));
    let bytes: Vec<u8> = latin1
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("Latin-1 text"))
        .collect();
    let checked = fosx::check_bytes("latin1.xml", &bytes, &options());
    assert!(checked.is_valid(false), "{:?}", checked.diagnostics);
    assert_eq!(checked.source.encoding, "iso-8859-1");
    let name = checked.documents[0]
        .pointer("/submitter/memberName")
        .unwrap()
        .as_str()
        .unwrap();
    assert_eq!(name, "European Union\u{92}");
}
