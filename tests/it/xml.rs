//! The XML representation: every XML edge case of `representations.md`
//! (fixtures in `fixtures/xml/`), the canonical writer (byte-identical
//! conversions of the spec examples). Agreement with xmllint on the
//! published XSD is in the `oracles` test target.
//!
//! Each fixture test lists the *whole* list of diagnostics fosx must give
//! (code, line, column, path, document index) as the report shows them.

use fosx::report::FileReport;
use fosx::write::{WriteOptions, write};
use fosx::{CheckOptions, Checked, Date, Limits, Representation};
use std::path::Path;
use std::time::{Duration, Instant};

const AS_OF: &str = "2026-11-28";

fn options() -> CheckOptions {
    CheckOptions::new(Date::parse(AS_OF).unwrap())
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn check_with(path: &str, options: &CheckOptions) -> Checked {
    fosx::check_bytes(path, &read(path), options)
}

fn check(path: &str) -> Checked {
    check_with(path, &options())
}

/// One diagnostic as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Got {
    code: String,
    line: usize,
    column: usize,
    path: Option<String>,
    document: Option<usize>,
}

/// An error about a field of document `document`.
fn d(document: usize, code: &str, line: usize, column: usize, path: &str) -> Got {
    Got {
        code: format!("FOS-{code}"),
        line,
        column,
        path: Some(path.to_string()),
        document: Some(document),
    }
}

/// An error that belongs to no document.
fn p(code: &str, line: usize, column: usize) -> Got {
    Got {
        code: format!("FOS-{code}"),
        line,
        column,
        path: None,
        document: None,
    }
}

fn report(checked: &Checked) -> FileReport {
    FileReport::new(checked, false)
}

fn got(checked: &Checked) -> Vec<Got> {
    report(checked)
        .diagnostics
        .iter()
        .map(|r| Got {
            code: r.code.clone(),
            line: r.line.unwrap_or(0),
            column: r.column.unwrap_or(0),
            path: r.path.clone(),
            document: r.document_index,
        })
        .collect()
}

/// Checks a fixture of `fixtures/xml/` and compares every diagnostic.
fn assert_fixture(name: &str, expected: &[Got]) -> Checked {
    let checked = check(&format!("fixtures/xml/{name}"));
    assert_eq!(
        checked.source.representation,
        Some(Representation::Xml),
        "{name}"
    );
    let all = report(&checked).diagnostics;
    assert_eq!(got(&checked), expected, "{name}: {all:#?}");
    checked
}

fn to(checked: &Checked, representation: Representation) -> String {
    write(&checked.documents, representation, &WriteOptions::default()).unwrap()
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

#[test]
fn xml_spellings_of_one_document_read_as_the_canonical_document() {
    let canonical = text(read("fixtures/valid/timetable.json"));
    for name in [
        "prefixed.xml",
        "any-order.xml",
        "comments-and-pis.xml",
        "empty-is-absent.xml",
        "schema-location.xml",
    ] {
        let checked = assert_fixture(name, &[]);
        assert_eq!(to(&checked, Representation::Json), canonical, "{name}");
    }
}

#[test]
fn cdata_and_references_are_resolved() {
    let checked = assert_fixture("cdata-and-references.xml", &[]);
    let doc = &checked.documents[0];
    let remarks = doc.get("remarks").unwrap();
    assert_eq!(
        remarks.as_str(),
        Some("Rule 3 < rule 4 & <b>not</b> markup")
    );
    // A leaf holding only CDATA is located at the CDATA's content.
    let source = &checked.source.text;
    assert_eq!(
        &source[remarks.span.start..remarks.span.end],
        "Rule 3 < rule 4 & <b>not</b> markup"
    );
    assert_eq!(
        doc.pointer("/submitter/memberName").unwrap().as_str(),
        Some("Européan Union <>&\"'")
    );
    assert_eq!(
        doc.pointer("/entries/0/notes").unwrap().as_str(),
        Some("Line one\nline two\nline three")
    );
}

#[test]
fn line_ends_become_lf() {
    let checked = assert_fixture("crlf.xml", &[]);
    assert_eq!(
        checked.documents[0]
            .pointer("/entries/0/notes")
            .unwrap()
            .as_str(),
        Some("Depends on the reform\nof the customs code.")
    );
}

#[test]
fn declared_encodings_are_honoured() {
    for (name, encoding, remarks) in [
        ("latin1.xml", "iso-8859-1", "Révision prévue en 2019."),
        (
            "windows-1252.xml",
            "windows-1252",
            "Budget : 2 000 € ; l’équipe est prête.",
        ),
        ("utf-16le.xml", "utf-16le", "Révision — 2019."),
        ("utf-16be.xml", "utf-16be", "Révision — 2019."),
    ] {
        let checked = assert_fixture(name, &[]);
        assert_eq!(checked.source.encoding, encoding, "{name}");
        let doc = &checked.documents[0];
        assert_eq!(doc.str_of("remarks"), Some(remarks), "{name}");
        assert_eq!(
            doc.pointer("/submitter/memberName").unwrap().as_str(),
            Some("Sénégal"),
            "{name}"
        );
    }
}

#[test]
fn a_submissions_element_holds_several_documents() {
    let checked = assert_fixture("collection.xml", &[]);
    assert_eq!(checked.documents.len(), 2);
    let json = to(&checked, Representation::Json);
    assert!(json.starts_with("[\n  {\n"));
    // Written back: a Submissions element, with the namespace on it only.
    let xml = to(&checked, Representation::Xml);
    assert!(xml.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Submissions xmlns=\"urn:fosx:1\">\n  <Timetable>\n"
    ));
    assert!(xml.contains("\n  <Notification>\n"));
    assert!(xml.ends_with("  </Notification>\n</Submissions>\n"));
    let again = fosx::check_bytes("again.xml", xml.as_bytes(), &options());
    assert!(again.diagnostics.is_empty(), "{:?}", again.diagnostics);
    assert_eq!(to(&again, Representation::Json), json);

    // A problem in the second document names it.
    let checked = assert_fixture(
        "collection-errors.xml",
        &[d(1, "S04", 59, 14, "/intention/scope")],
    );
    let r = report(&checked);
    assert_eq!(
        r.diagnostics[0].document_id.as_deref(),
        Some("SN-NOT-2019-01")
    );
    assert!(r.documents[0].valid);
    assert!(!r.documents[1].valid);
}

#[test]
fn repeated_elements_are_s08_at_the_second() {
    let checked = assert_fixture(
        "s08-repeated-element.xml",
        &[d(0, "S08", 13, 5, "/submitter/memberName")],
    );
    let r = report(&checked);
    let related = &r.diagnostics[0].related;
    assert_eq!((related[0].line, related[0].column), (11, 5));
    assert_eq!(related[0].message, "first given here");
    // The first one is kept.
    assert_eq!(
        checked.documents[0]
            .pointer("/submitter/memberName")
            .unwrap()
            .as_str(),
        Some("European Union")
    );
}

#[test]
fn unknown_elements_and_attributes_are_s02() {
    // A misspelt element is kept as a field, so the schema finds it and
    // suggests the name; a name without its capital is caught while reading.
    let checked = assert_fixture(
        "s02-unknown-element.xml",
        &[
            d(0, "S01", 9, 3, "/submitter/memberName"),
            d(0, "S02", 11, 5, "/submitter/memberNme"),
            d(0, "S01", 14, 3, "/contact/email"),
            d(0, "S02", 16, 5, "/contact/email"),
        ],
    );
    let help: Vec<Option<String>> = checked
        .diagnostics
        .iter()
        .map(|d| d.help.as_ref().map(fosx::i18n::Msg::english))
        .collect();
    assert_eq!(help[1].as_deref(), Some("did you mean `memberName`?"));
    assert_eq!(help[3].as_deref(), Some("did you mean `<Email>`?"));

    let checked = assert_fixture(
        "s02-unknown-attribute.xml",
        &[d(0, "S02", 25, 14, "/entries/0/notes")],
    );
    assert_eq!(
        checked.diagnostics[0].message.english(),
        "unknown attributes `xml:lang`, `priority` on `<Notes>`"
    );

    let checked = assert_fixture("s02-list-item.xml", &[d(0, "S02", 27, 5, "/entries/1")]);
    assert_eq!(
        checked.diagnostics[0]
            .help
            .as_ref()
            .map(fosx::i18n::Msg::english)
            .as_deref(),
        Some("did you mean `<Entry>`?")
    );
    assert_fixture("s02-foreign-element.xml", &[d(0, "S02", 14, 3, "/audit")]);
}

#[test]
fn roots_and_namespaces_are_s09() {
    for name in [
        "s09-wrong-root.xml",
        "s09-missing-namespace.xml",
        "s09-other-namespace.xml",
    ] {
        assert_fixture(name, &[d(0, "S09", 2, 1, "")]);
    }
    let checked = check("fixtures/xml/s09-missing-namespace.xml");
    assert_eq!(
        checked.diagnostics[0]
            .help
            .as_ref()
            .map(fosx::i18n::Msg::english)
            .as_deref(),
        Some("add xmlns=\"urn:fosx:1\" to the root element")
    );
    assert_fixture(
        "s09-type-mismatch.xml",
        &[d(0, "S09", 4, 17, "/documentType")],
    );
    // One S09 per root, even when both its name and its namespace are wrong;
    // a collection's namespace problem is the collection's, not its documents'.
    let timetable = text(read("fixtures/valid/timetable.xml"));
    for (open, close, expected) in [
        ("<Report>", "</Report>", d(0, "S09", 2, 1, "")),
        (
            "<Submissions><Timetable>",
            "</Timetable></Submissions>",
            p("S09", 2, 1),
        ),
    ] {
        let doc = timetable
            .replacen("<Timetable xmlns=\"urn:fosx:1\">", open, 1)
            .replace("</Timetable>", close);
        let checked = fosx::check_bytes("root.xml", doc.as_bytes(), &options());
        assert_eq!(got(&checked), [expected], "{doc}");
    }
    // An empty collection holds no document.
    let text = "<?xml version=\"1.0\"?>\n<Submissions xmlns=\"urn:fosx:1\">\n</Submissions>\n";
    let checked = fosx::check_bytes("empty.xml", text.as_bytes(), &options());
    assert_eq!(got(&checked), [p("S09", 1, 1)]);
}

#[test]
fn values_of_the_wrong_shape_are_s03() {
    assert_fixture("s03-mixed-text.xml", &[d(0, "S03", 11, 5, "/submitter")]);
    // An element with child elements where text is expected is an object
    // (reported at its start tag); text where an object is expected is text.
    assert_fixture(
        "s03-shapes.xml",
        &[
            d(0, "S03", 9, 3, "/remarks"),
            d(0, "S03", 15, 12, "/contact"),
        ],
    );
    let checked = assert_fixture(
        "s-values.xml",
        &[
            d(0, "S03", 28, 17, "/entries/1/standard"),
            d(0, "S03", 30, 26, "/entries/1/plannedCompletion"),
            d(0, "S04", 31, 17, "/entries/1/dateKind"),
            d(0, "S03", 32, 33, "/entries/1/capacityBuildingRequired"),
        ],
    );
    // Values of every type but text are trimmed.
    assert_eq!(
        checked.documents[0]
            .pointer("/entries/0/plannedStart")
            .unwrap()
            .as_str(),
        Some("2026-07-01")
    );
}

#[test]
fn business_rules_apply_to_xml_too() {
    assert_fixture(
        "r04-dates-out-of-order.xml",
        &[d(0, "R04", 30, 26, "/entries/1/plannedCompletion")],
    );
}

#[test]
fn malformed_xml_is_p02_at_the_exact_place() {
    for (name, line, column) in [
        ("p02-mismatched-tag.xml", 11, 31),
        ("p02-unclosed-element.xml", 27, 5),
        ("p02-two-roots.xml", 37, 1),
        ("p02-text-after-root.xml", 37, 1),
        ("p02-unquoted-attribute.xml", 2, 18),
        ("p02-undeclared-prefix.xml", 8, 3),
        ("p02-bare-ampersand.xml", 15, 17),
    ] {
        let checked = assert_fixture(name, &[p("P02", line, column)]);
        assert!(checked.documents.is_empty(), "{name}");
    }
    let checked = check("fixtures/xml/p02-mismatched-tag.xml");
    assert_eq!(
        checked.diagnostics[0].message.english(),
        "`</Membername>` closes `<MemberName>`: the end tag does not match the open element"
    );
    // Inline cases: duplicate attribute, stray end tag, `<` in an attribute,
    // a control character, a misplaced declaration.
    for (text, line, column) in [
        (
            "<Timetable xmlns=\"urn:fosx:1\" xmlns=\"urn:fosx:1\"/>",
            1,
            31,
        ),
        ("<Timetable xmlns=\"urn:fosx:1\"/>\n</Timetable>", 2, 1),
        ("<Timetable xmlns=\"urn:fosx:1\" a=\"<\"/>", 1, 31),
        ("<Timetable xmlns=\"urn:fosx:1\">\u{1}</Timetable>", 1, 31),
        (
            "\n<?xml version=\"1.0\"?><Timetable xmlns=\"urn:fosx:1\"/>",
            2,
            1,
        ),
        (
            "<Timetable xmlns=\"urn:fosx:1\"><!-- a -- b --></Timetable>",
            1,
            38,
        ),
    ] {
        let checked = fosx::check_bytes("inline.xml", text.as_bytes(), &options());
        assert_eq!(got(&checked), [p("P02", line, column)], "{text}");
    }
}

/// Lines of /etc/passwd that would betray an expanded external entity.
fn secrets() -> Vec<String> {
    std::fs::read_to_string("/etc/passwd")
        .unwrap_or_default()
        .lines()
        .filter(|l| l.len() > 8)
        .map(str::to_string)
        .collect()
}

#[test]
fn doctypes_and_entities_are_refused_without_expanding_anything() {
    for (name, line, column) in [
        ("p05-billion-laughs.xml", 2, 1),
        ("p05-xxe.xml", 2, 1),
        ("p05-harmless-doctype.xml", 2, 1),
        ("p05-undeclared-entity.xml", 15, 21),
    ] {
        let started = Instant::now();
        let checked = assert_fixture(name, &[p("P05", line, column)]);
        assert!(started.elapsed() < Duration::from_secs(1), "{name}");
        assert!(checked.documents.is_empty());
    }
    // Nothing of the referenced file appears in any output.
    let secrets = secrets();
    for args in [
        vec!["validate", "fixtures/xml/p05-xxe.xml"],
        vec!["validate", "--format", "json", "fixtures/xml/p05-xxe.xml"],
        vec!["convert", "fixtures/xml/p05-xxe.xml", "--to", "json"],
    ] {
        let out = assert_cmd::Command::cargo_bin("fosx")
            .unwrap()
            .current_dir(root())
            .args(&args)
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap();
        assert!(!out.status.success());
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(all.contains("FOS-P05"), "{all}");
        for s in &secrets {
            assert!(!all.contains(s.as_str()), "{args:?} shows {s}");
        }
    }
}

#[test]
fn limits_are_p06() {
    // Nesting: the 34th element is 33 containers deep, over the default 32.
    let mut text = String::from("<Timetable xmlns=\"urn:fosx:1\">");
    text.push_str(&"<Remarks>".repeat(40));
    text.push_str(&"</Remarks>".repeat(40));
    text.push_str("</Timetable>");
    let checked = fosx::check_bytes("deep.xml", text.as_bytes(), &options());
    assert_eq!(got(&checked), [p("P06", 1, 30 + 32 * 9 + 1)]);

    let limited = |limits: Limits| {
        let mut o = options();
        o.read.limits = limits;
        o
    };
    let checked = check_with(
        "fixtures/xml/collection.xml",
        &limited(Limits {
            max_documents: 1,
            ..Limits::default()
        }),
    );
    assert_eq!(got(&checked), [p("P06", 2, 1)]);
    assert!(checked.documents.is_empty());
    let checked = check_with(
        "fixtures/valid/timetable.xml",
        &limited(Limits {
            max_entries: 1,
            ..Limits::default()
        }),
    );
    // Too many entries: that document is reported and not checked further
    // (it stays in the list, so that document indices do not shift).
    assert_eq!(got(&checked), [d(0, "P06", 18, 3, "/entries")]);
    assert_eq!(checked.documents.len(), 1);
}

#[test]
fn conversions_of_the_spec_examples_are_byte_identical() {
    for name in ["notification", "timetable", "progress-report"] {
        let json = text(read(&format!("fixtures/valid/{name}.json")));
        let xml = text(read(&format!("fixtures/valid/{name}.xml")));
        let from_json = check(&format!("fixtures/valid/{name}.json"));
        assert!(from_json.diagnostics.is_empty(), "{name}");
        assert_eq!(
            to(&from_json, Representation::Xml),
            xml,
            "{name}: JSON to XML"
        );
        let from_xml = check(&format!("fixtures/valid/{name}.xml"));
        assert!(from_xml.diagnostics.is_empty(), "{name}");
        assert_eq!(
            to(&from_xml, Representation::Json),
            json,
            "{name}: XML to JSON"
        );
        assert_eq!(
            to(&from_xml, Representation::Xml),
            xml,
            "{name}: XML to XML"
        );
        // Reading the written XML gives the same documents.
        assert_eq!(from_xml.documents.len(), 1);
        let again = fosx::check_bytes("again.xml", xml.as_bytes(), &options());
        assert_eq!(
            again.documents[0].to_json(),
            from_json.documents[0].to_json()
        );
    }
    // And through the command line.
    let out = assert_cmd::Command::cargo_bin("fosx")
        .unwrap()
        .current_dir(root())
        .args([
            "convert",
            "fixtures/valid/progress-report.json",
            "--to",
            "xml",
            "--as-of",
            AS_OF,
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, read("fixtures/valid/progress-report.xml"));
}

#[test]
fn the_writer_escapes_what_xml_cannot_hold_and_reads_it_back() {
    let json = text(read("fixtures/valid/timetable.json")).replace(
        "Depends on the reform of the customs code.",
        "A < B && C > D ]]> \\\"q\\\" 'a'\\n\\tend",
    );
    let checked = fosx::check_bytes("t.json", json.as_bytes(), &options());
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let xml = to(&checked, Representation::Xml);
    assert!(
        xml.contains("<Notes>A &lt; B &amp;&amp; C &gt; D ]]&gt; \"q\" 'a'\n\tend</Notes>"),
        "{xml}"
    );
    let back = fosx::check_bytes("t.xml", xml.as_bytes(), &options());
    assert!(back.diagnostics.is_empty(), "{:?}", back.diagnostics);
    assert_eq!(to(&back, Representation::Json), json);
}

/// A control character XML cannot hold (here U+0001) makes the text invalid
/// in every representation, so that every valid document has an XML form:
/// S05 in JSON; in XML, where only a reference could write it, the
/// reference is not well-formed (P02).
#[test]
fn a_control_character_in_text_is_invalid_in_every_representation() {
    let json = text(read("fixtures/valid/timetable.json")).replace(
        "Depends on the reform of the customs code.",
        "before\\u0001after",
    );
    let xml = text(read("fixtures/valid/timetable.xml")).replace(
        "Depends on the reform of the customs code.",
        "before&#1;after",
    );
    let checked = fosx::check_bytes("t.xml", xml.as_bytes(), &options());
    assert_eq!(got(&checked), [p("P02", 25, 20)]);
    assert_eq!(
        checked.diagnostics[0].message.english(),
        "`&#1;` stands for the character U+0001, which is not allowed in XML"
    );
    let checked = fosx::check_bytes("t.json", json.as_bytes(), &options());
    let codes: Vec<_> = checked
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code.as_str(),
                d.path.clone().unwrap_or_default(),
                d.message.english(),
            )
        })
        .collect();
    assert_eq!(
        codes,
        [(
            "S05",
            "/entries/0/notes".to_string(),
            "`entries.notes` holds the control character U+0001".to_string()
        )]
    );
}

/// A character reference to a character XML 1.0 does not allow (`&#xFFFE;`,
/// a control character but tab, LF and CR, a surrogate) is P02 at the
/// reference, in text and in an attribute, as xmllint and expat say; one
/// to a character it allows is read.
#[test]
fn a_reference_to_a_character_xml_does_not_allow_is_p02() {
    let checked = assert_fixture("p02-reference-to-fffe.xml", &[p("P02", 15, 11)]);
    assert!(checked.documents.is_empty());
    assert_eq!(
        checked.diagnostics[0].message.english(),
        "`&#xFFFE;` stands for the character U+FFFE, which is not allowed in XML"
    );
    assert_eq!(
        checked.diagnostics[0]
            .help
            .as_ref()
            .map(fosx::i18n::Msg::english)
            .as_deref(),
        Some(
            "remove it; XML allows no control character other than tab, line feed and carriage return, nor U+FFFE or U+FFFF, even written as a reference"
        )
    );
    let example = String::from_utf8(read("fixtures/valid/timetable.xml")).unwrap();
    let with = |name: &str| example.replacen("E-commerce desk", &format!("desk{name}"), 1);
    for reference in [
        "&#x0;",
        "&#x1;",
        "&#8;",
        "&#xB;",
        "&#xC;",
        "&#xE;",
        "&#x1F;",
        "&#xD800;",
        "&#xDFFF;",
        "&#xFFFE;",
        "&#xffff;",
        "&#65534;",
        "&#x110000;",
    ] {
        let checked = fosx::check_bytes("ref.xml", with(reference).as_bytes(), &options());
        assert_eq!(got(&checked), [p("P02", 15, 15)], "{reference}");
        let attribute = example.replacen(
            "<Timetable xmlns=\"urn:fosx:1\">",
            &format!("<Timetable xmlns=\"urn:fosx:1\" note=\"a{reference}\">"),
            1,
        );
        let checked = fosx::check_bytes("ref.xml", attribute.as_bytes(), &options());
        assert_eq!(
            got(&checked),
            [p("P02", 2, 38)],
            "{reference} in an attribute"
        );
    }
    for reference in [
        "&#x9;",
        "&#xA;",
        "&#xD;",
        "&#x7F;",
        "&#x85;",
        "&#xD7FF;",
        "&#xE000;",
        "&#xFFFD;",
        "&#x10000;",
        "&#x10FFFF;",
    ] {
        let checked = fosx::check_bytes("ref.xml", with(reference).as_bytes(), &options());
        assert!(
            !got(&checked).iter().any(|g| g.code.starts_with("FOS-P")),
            "{reference}: {:?}",
            got(&checked)
        );
    }
}
