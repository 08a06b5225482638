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

/// The first diagnostic of a file: code, line, column, English message and
/// help, with the representation and encoding the report names.
fn first(path: &str, bytes: &[u8]) -> (String, usize, usize, String, String, String) {
    let checked = fosx::check_bytes(path, bytes, &options());
    let report = fosx::report::FileReport::new(&checked, false);
    assert_eq!(
        report.diagnostics.len(),
        1,
        "{path}: {:#?}",
        report.diagnostics
    );
    assert!(checked.documents.is_empty(), "{path}");
    assert_eq!(
        checked.source.representation,
        Some(fosx::Representation::Xml),
        "{path}"
    );
    let d = &report.diagnostics[0];
    (
        d.code.clone(),
        d.line.unwrap_or(0),
        d.column.unwrap_or(0),
        d.message.clone(),
        d.help.clone().unwrap_or_default(),
        checked.source.encoding.to_string(),
    )
}

/// US-ASCII is read as XML processors read it (libxml2, expat,
/// xmlschema): a byte from 80 up is not ASCII, P04 at its place, with help
/// naming the encoding the bytes look like. encoding_rs, made for web
/// pages, would read it as windows-1252.
#[test]
fn a_byte_above_7f_in_us_ascii_is_p04_at_its_place() {
    let path = "fixtures/xml/p04-us-ascii-windows-1252.xml";
    let bytes = std::fs::read(root().join(path)).unwrap();
    assert_eq!(
        first(path, &bytes),
        (
            "FOS-P04".into(),
            15,
            16,
            "the XML declaration says the file is `US-ASCII` (ASCII), but byte 92 is not an ASCII character".into(),
            "the file looks like windows-1252, where byte 92 is `’`: change the declaration to encoding=\"windows-1252\", or save the file as UTF-8 and declare encoding=\"UTF-8\"".into(),
            "windows-1252".into(),
        )
    );
    let path = "fixtures/xml/p04-ascii-utf-8.xml";
    let bytes = std::fs::read(root().join(path)).unwrap();
    assert_eq!(
        first(path, &bytes),
        (
            "FOS-P04".into(),
            15,
            30,
            "the XML declaration says the file is `ascii` (ASCII), but byte C3 is not an ASCII character".into(),
            "the file is valid UTF-8: change the declaration to encoding=\"UTF-8\"".into(),
            "utf-8".into(),
        )
    );
    // Every ASCII label, whatever its case; a byte windows-1252 has no
    // character for names no encoding.
    let example = std::fs::read(root().join("fixtures/valid/timetable.xml")).unwrap();
    let text = String::from_utf8(example).unwrap();
    for label in [
        "us-ascii",
        "ASCII",
        "ANSI_X3.4-1968",
        "iso646-us",
        "csASCII",
    ] {
        let ascii = text.replace("UTF-8", label);
        let checked = fosx::check_bytes("ascii.xml", ascii.as_bytes(), &options());
        assert!(
            checked.is_valid(false),
            "{label}: {:?}",
            checked.diagnostics
        );
        assert_eq!(checked.source.encoding, "us-ascii", "{label}");
        let bad = ascii.replacen("desk", "desk\u{81}", 1).into_bytes();
        let bad: Vec<u8> = String::from_utf8(bad)
            .unwrap()
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap())
            .collect();
        let (code, line, column, _, help, _) = first("ascii.xml", &bad);
        assert_eq!(
            (code.as_str(), line, column),
            ("FOS-P04", 15, 26),
            "{label}"
        );
        assert_eq!(
            help,
            "change the declaration to the encoding the file is saved in, or save the file as UTF-8 and declare encoding=\"UTF-8\""
        );
    }
}

/// A UTF-8 file whose declaration names UTF-16 is XML with a wrong
/// declaration, whatever its length: read as UTF-16, a file of an even
/// number of bytes gave CJK text taken for CSV (P03), one of an odd number
/// a P04 in that text. A UTF-8 BOM contradicts the declaration too.
#[test]
fn utf8_declared_utf16_is_p04_at_the_label() {
    let message = "the XML declaration says the file is `UTF-16`, but the declaration itself is written one byte a character, not two as in UTF-16";
    let help = "the file is valid UTF-8: change the declaration to encoding=\"UTF-8\"";
    let expected = |label: &str| {
        (
            "FOS-P04".to_string(),
            1,
            31,
            message.replace("UTF-16`", &format!("{label}`")),
            help.to_string(),
            "utf-8".to_string(),
        )
    };
    for path in [
        "fixtures/xml/p04-utf-8-declared-utf-16.xml",
        "fixtures/xml/p04-utf-8-bom-declared-utf-16.xml",
    ] {
        let bytes = std::fs::read(root().join(path)).unwrap();
        assert_eq!(first(path, &bytes), expected("UTF-16"), "{path}");
    }
    let even = std::fs::read(root().join("fixtures/xml/p04-utf-8-declared-utf-16.xml")).unwrap();
    assert_eq!(even.len() % 2, 0, "the length that was read as CSV");
    let mut odd = even.clone();
    odd.push(b'\n');
    assert_eq!(first("odd.xml", &odd), expected("UTF-16"));
    // On one line, and naming UTF-16LE or UTF-16BE.
    for label in ["UTF-16LE", "utf-16be"] {
        let one = format!(
            "<?xml version=\"1.0\" encoding=\"{label}\"?><Timetable xmlns=\"urn:fosx:1\"/>"
        );
        assert_eq!(first("one.xml", one.as_bytes()), expected(label), "{label}");
    }
    // Not UTF-8 either: the help names no encoding.
    let latin = b"<?xml version=\"1.0\" encoding=\"UTF-16\"?><Timetable xmlns=\"urn:fosx:1\">\xe9</Timetable>";
    let (code, .., help, _) = first("latin.xml", latin);
    assert_eq!(code, "FOS-P04");
    assert_eq!(
        help,
        "change the declaration to the encoding the file is saved in, or save the file as UTF-8 and declare encoding=\"UTF-8\""
    );
}

/// Indented before its declaration, an XML file is XML (P02: the
/// declaration must come first), not CSV.
#[test]
fn an_xml_declaration_after_white_space_is_xml() {
    let example = std::fs::read_to_string(root().join("fixtures/valid/timetable.xml")).unwrap();
    for lead in ["  ", "\n\n", "\t"] {
        for encoding in ["UTF-8", "UTF-16"] {
            let text = format!("{lead}{}", example.replace("UTF-8", encoding));
            let checked = fosx::check_bytes("lead.xml", text.as_bytes(), &options());
            assert_eq!(
                checked.source.representation,
                Some(fosx::Representation::Xml),
                "{lead:?} {encoding}"
            );
            let codes: Vec<_> = checked
                .diagnostics
                .iter()
                .map(|d| d.code.as_str())
                .collect();
            assert_eq!(codes, ["P02"], "{lead:?} {encoding}");
        }
    }
}
