//! The differential test: a table of edge values per type, each put into a
//! valid document in all three representations; fosx's structural verdict
//! (no P or S error) against the independent validators' verdicts on the
//! published schemas. Every remaining difference is listed, with its
//! reason, in `tests/oracles/known-differences.csv`; any other fails, and
//! so does a listed difference that no longer occurs.
//!
//! The documents of one representation are written to one directory and
//! each oracle is started once for all of them.

use super::{
    Oracle, check_jsonschema_verdicts, options, python_verdicts, root, structurally_valid,
    xmllint_verdicts,
};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// A field that takes the edge values of its type.
struct Slot {
    /// The type, as named in the case ids (`text`, `date`, ...).
    ty: &'static str,
    /// The valid fixture (`fixtures/valid/NAME.{json,xml,csv}`).
    base: &'static str,
    /// The JSON key (the last of the path).
    key: &'static str,
    /// The CSV column.
    column: &'static str,
    /// The value in the fixture, as JSON text.
    original: &'static str,
    /// Whether JSON has the value as a number or boolean (not a string).
    raw: bool,
    /// Whether the slot is a list of codes: the value is its CSV cell
    /// (items separated by `;`), a JSON array, XML item elements.
    list: bool,
    /// Whether the value is written into XML as it is, unescaped: its
    /// character references are the XML's own (JSON and CSV hold the
    /// reference's text).
    xml_raw: bool,
}

const SLOTS: &[Slot] = &[
    Slot {
        ty: "text",
        base: "progress-report",
        key: "name",
        column: "contact.name",
        original: "\"Jane Wanjiru\"",
        raw: false,
        list: false,
        xml_raw: false,
    },
    Slot {
        ty: "longtext",
        base: "progress-report",
        key: "remarks",
        column: "remarks",
        original: "\"Second annual report; figures for 2025 are provisional.\"",
        raw: false,
        list: false,
        xml_raw: false,
    },
    Slot {
        ty: "token",
        base: "progress-report",
        key: "documentId",
        column: "documentId",
        original: "\"KE-PR-2025\"",
        raw: false,
        list: false,
        xml_raw: false,
    },
    Slot {
        ty: "date",
        base: "progress-report",
        key: "submissionDate",
        column: "submissionDate",
        original: "\"2026-03-31\"",
        raw: false,
        list: false,
        xml_raw: false,
    },
    Slot {
        ty: "email",
        base: "progress-report",
        key: "email",
        column: "contact.email",
        original: "\"ecommerce.programme@customs.example.org\"",
        raw: false,
        list: false,
        xml_raw: false,
    },
    Slot {
        ty: "phone",
        base: "progress-report",
        key: "phone",
        column: "contact.phone",
        original: "\"+254 20 000 0000\"",
        raw: false,
        list: false,
        xml_raw: false,
    },
    Slot {
        ty: "integer",
        base: "progress-report",
        key: "ecommerceDeclarations",
        column: "indicators.ecommerceDeclarations",
        original: "1843200",
        raw: true,
        list: false,
        xml_raw: false,
    },
    Slot {
        ty: "decimal",
        base: "progress-report",
        key: "declaredValue",
        column: "indicators.declaredValue",
        original: "96500000.5",
        raw: true,
        list: false,
        xml_raw: false,
    },
    Slot {
        ty: "code",
        base: "progress-report",
        key: "currency",
        column: "indicators.currency",
        original: "\"USD\"",
        raw: false,
        list: false,
        xml_raw: false,
    },
    Slot {
        ty: "boolean",
        base: "notification",
        key: "legislativeChangesRequired",
        column: "intention.legislativeChangesRequired",
        original: "true",
        raw: true,
        list: false,
        xml_raw: false,
    },
    Slot {
        ty: "list",
        base: "progress-report",
        key: "stakeholders",
        column: "entries.stakeholders",
        original: "[\n        \"postal-operators\",\n        \"express-carriers\"\n      ]",
        raw: false,
        list: true,
        xml_raw: false,
    },
    Slot {
        ty: "version",
        base: "progress-report",
        key: "schemaVersion",
        column: "schemaVersion",
        original: "\"1.0\"",
        raw: false,
        list: false,
        xml_raw: false,
    },
    Slot {
        ty: "reference",
        base: "progress-report",
        key: "name",
        column: "contact.name",
        original: "\"Jane Wanjiru\"",
        raw: false,
        list: false,
        xml_raw: true,
    },
];

/// Code points around the characters XML 1.0 allows (its `Char`
/// production), for character references.
const REFERENCED: &[u32] = &[
    0x0, 0x1, 0x8, 0x9, 0xA, 0xB, 0xC, 0xD, 0xE, 0x1F, 0x20, 0x7F, 0x85, 0x9F, 0xD7FF, 0xD800,
    0xDFFF, 0xE000, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x10FFFF, 0x110000,
];

/// The whitespace classes of the issue: U+0009–U+000D, U+0085, U+00A0,
/// U+1680, U+180E, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000,
/// U+FEFF, and the space.
fn spaces() -> Vec<char> {
    let mut v: Vec<char> = ('\u{9}'..='\u{D}').collect();
    v.extend(['\u{20}', '\u{85}', '\u{A0}', '\u{1680}', '\u{180E}']);
    v.extend('\u{2000}'..='\u{200A}');
    v.extend([
        '\u{2028}', '\u{2029}', '\u{202F}', '\u{205F}', '\u{3000}', '\u{FEFF}',
    ]);
    v
}

/// Control characters and other characters XML cannot hold.
const CONTROLS: &[char] = &[
    '\u{1}', '\u{8}', '\u{1B}', '\u{1F}', '\u{7F}', '\u{9F}', '\u{FFFE}',
];

/// The edge values of a type.
fn values(ty: &str) -> Vec<String> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let mut out = Vec::new();
    match ty {
        "text" | "longtext" => {
            let max = if ty == "text" { 200 } else { 4000 };
            for c in spaces() {
                out.push(c.to_string());
                out.push(format!("a{c}"));
            }
            for c in CONTROLS {
                out.push(format!("a{c}b"));
            }
            out.extend(s(&["a", "\u{1F600}", "a\u{10FFFF}"]));
            out.push("x".repeat(max));
            out.push("x".repeat(max + 1));
            out.push("é".repeat(max));
            out.push("\u{1F600}".repeat(max));
        }
        "token" => {
            out.extend(s(&[
                "a",
                "0",
                "-a",
                ".a",
                "a-",
                "a b",
                "a\u{A0}",
                "é",
                "a\n",
                " a",
                "a ",
                "\u{0663}",
                "a\u{FEFF}",
            ]));
            out.push("a".repeat(64));
            out.push("a".repeat(65));
        }
        "date" => out.extend(s(&[
            "0000-01-01",
            "0001-01-01",
            "9999-12-31",
            "10000-01-01",
            "2024-02-29",
            "2023-02-29",
            "2000-02-29",
            "1900-02-29",
            "2024-04-31",
            "2024-00-10",
            "2024-13-01",
            "2024-1-01",
            "2024-01-01Z",
            "2024-01-01T00:00:00",
            "+2024-01-01",
            "-2024-01-01",
            " 2024-01-01",
            "2024-01-01 ",
            "2024-01-01\n",
            "\u{A0}2024-01-01",
            "2024-01-01\u{85}",
            "\u{0662}\u{0660}\u{0662}\u{0664}-01-01",
            "20240101",
        ])),
        "email" => {
            out.extend(s(&[
                "a@b.c",
                "a@b",
                "@b.c",
                "a@.c",
                "a@@b.c",
                "a b@c.d",
                "a@b.c ",
                " a@b.c",
                "a@b.c\n",
                "a\u{A0}@b.c",
                "a\u{85}@b.c",
                "a\u{FEFF}@b.c",
                "a\u{180E}@b.c",
                "a\u{1}@b.c",
                "é@ü.ç",
            ]));
            let local = "a".repeat(64);
            out.push(format!("{local}@{}.org", "b".repeat(254 - 64 - 1 - 4)));
            out.push(format!("{local}@{}.org", "b".repeat(255 - 64 - 1 - 4)));
        }
        "phone" => {
            out.extend(s(&[
                "123456",
                "12345",
                "+123456",
                "+12345",
                "12345 ",
                " 123456",
                "123456 ",
                "+32 2 000 00 00",
                "(0)12345",
                "12345)",
                "++123456",
                "123456\n",
                "\u{0661}23456",
                "12\u{A0}3456",
            ]));
            out.push("1".repeat(30));
            out.push("1".repeat(31));
            out.push(format!("+{}", "1".repeat(30)));
            out.push(format!("+{}", "1".repeat(31)));
        }
        "integer" => out.extend(s(&[
            "0",
            "-0",
            "1",
            "-1",
            "007",
            "1e2",
            "1E2",
            "1.0",
            "1.5",
            "999999999999999999",
            "1000000000000000000",
            "-999999999999999999",
            "+5",
            "1_000",
            "\u{0663}",
            " 5",
            "5 ",
            "5\u{A0}",
            "\u{2003}5",
            "",
        ])),
        "decimal" => out.extend(s(&[
            "0",
            "-0",
            "-0.0",
            "0.5",
            "1.123456",
            "1.1234567",
            "1.1234560",
            "1.",
            ".5",
            "1e2",
            "1.5E-3",
            "123456789012.345678",
            "1234567890123.345678",
            "999999999999999999",
            "1000000000000000000",
            "100000000000000000000",
            "0000000000000000001.5",
            "+1.5",
            " 1.5",
            "1.5\u{A0}",
            "NaN",
            "Infinity",
        ])),
        "code" => out.extend(s(&[
            "USD",
            "usd",
            "US",
            "USDD",
            " USD",
            "USD ",
            "USD\n",
            "\u{A0}USD",
            "USD\u{3000}",
            "U SD",
            "XXX",
        ])),
        "list" => out.extend(s(&[
            "customs",
            "customs;consumers",
            "customs;customs",
            "customs;",
            ";customs",
            " customs",
            "customs; consumers",
            "customs ;consumers",
            "customs;\u{A0}consumers",
            "Customs",
            "customs;nope",
            "customs,consumers",
        ])),
        "boolean" => out.extend(s(&[
            "true",
            "false",
            "TRUE",
            "True",
            "FALSE",
            "False",
            "1",
            "0",
            "yes",
            " true",
            "true ",
            "true\u{A0}",
            "tRUE",
        ])),
        // A spreadsheet writes `1.0` back as `1`: CSV reads it as `1.0`
        // with a warning (S10), and its Table Schema allows it.
        "version" => out.extend(s(&[
            "1.0", "1", " 1", "1 ", "1\u{A0}", "1.00", "01", "1.0.0", "2.0", "1,0", "v1", "",
        ])),
        // Character references: XML resolves them (and refuses those to a
        // character it does not allow); JSON and CSV hold their text.
        "reference" => {
            for code in REFERENCED {
                out.push(format!("a&#x{code:X};b"));
            }
            out.extend(s(&[
                "&#xFFFE;",
                "a&#65534;b",
                "a&#xfffe;b",
                "a&#1;b",
                "a&#xA0;b",
            ]));
        }
        _ => unreachable!("{ty}"),
    }
    out
}

/// A readable name of a value for case ids: printable ASCII as it is,
/// everything else as `<U+XXXX>`, long runs of one character as `x×201`.
fn label(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() > 20 {
        let mut runs: Vec<(char, usize)> = Vec::new();
        for &c in &chars {
            match runs.last_mut() {
                Some((last, n)) if *last == c => *n += 1,
                _ => runs.push((c, 1)),
            }
        }
        return runs
            .iter()
            .map(|&(c, n)| {
                if n > 3 {
                    format!("{}×{n}", label(&c.to_string()))
                } else {
                    label(&c.to_string().repeat(n))
                }
            })
            .collect();
    }
    let mut out = String::new();
    for c in chars {
        if c.is_ascii_graphic() || c == ' ' {
            out.push(c);
        } else {
            let _ = write!(out, "<U+{:04X}>", u32::from(c));
        }
    }
    if out.is_empty() {
        out.push_str("<empty>");
    }
    out
}

/// One edge value in one slot.
struct Case {
    id: String,
    slot: &'static Slot,
    value: String,
}

fn cases() -> Vec<Case> {
    SLOTS
        .iter()
        .flat_map(|slot| {
            values(slot.ty).into_iter().map(move |value| Case {
                id: format!("{}:{}", slot.ty, label(&value)),
                slot,
                value,
            })
        })
        .collect()
}

fn read_base(slot: &Slot, ext: &str) -> String {
    std::fs::read_to_string(root().join(format!("fixtures/valid/{}.{ext}", slot.base))).unwrap()
}

/// Replaces the single occurrence of `from` in `text`.
fn replace_once(text: &str, from: &str, to: &str, id: &str) -> Result<String, String> {
    if text.matches(from).count() != 1 {
        return Err(format!("{id}: `{from}` is not in the fixture exactly once"));
    }
    Ok(text.replacen(from, to, 1))
}

/// Whether text is a JSON number token.
fn json_number(text: &str) -> bool {
    matches!(
        serde_json::from_str::<serde_json::Value>(text),
        Ok(serde_json::Value::Number(_))
    ) && !text.starts_with(char::is_whitespace)
        && !text.ends_with(char::is_whitespace)
}

/// The JSON document of a case. A number or boolean slot takes the value as
/// it is when it is a JSON number or literal, and as a string otherwise.
fn json_doc(case: &Case) -> Result<String, String> {
    let slot = case.slot;
    let value = if slot.list {
        serde_json::to_string(&case.value.split(';').collect::<Vec<_>>()).unwrap()
    } else if slot.raw
        && (json_number(&case.value) || matches!(case.value.as_str(), "true" | "false"))
    {
        case.value.clone()
    } else {
        serde_json::to_string(&case.value).unwrap()
    };
    replace_once(
        &read_base(slot, "json"),
        &format!("\"{}\": {}", slot.key, slot.original),
        &format!("\"{}\": {value}", slot.key),
        &case.id,
    )
}

/// The XML document of a case: the value as element content, with `&`,
/// `<` and `>` escaped and every other character as it is.
fn xml_doc(case: &Case) -> Result<String, String> {
    let slot = case.slot;
    let name = fosx::model::xml_name(slot.key);
    let original: String = serde_json::from_str::<serde_json::Value>(slot.original)
        .map(|v| match v {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        })
        .unwrap();
    let escape = |v: &str| {
        v.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    if slot.list {
        let items: String = case
            .value
            .split(';')
            .map(|item| format!("<Stakeholder>{}</Stakeholder>", escape(item)))
            .collect();
        return replace_once(
            &read_base(slot, "xml"),
            "<Stakeholders>\n        <Stakeholder>postal-operators</Stakeholder>\n        <Stakeholder>express-carriers</Stakeholder>\n      </Stakeholders>",
            &format!("<Stakeholders>{items}</Stakeholders>"),
            &case.id,
        );
    }
    let escaped = if slot.xml_raw {
        case.value.clone()
    } else {
        escape(&case.value)
    };
    replace_once(
        &read_base(slot, "xml"),
        &format!("<{name}>{original}</{name}>"),
        &format!("<{name}>{escaped}</{name}>"),
        &case.id,
    )
}

/// The CSV document of a case: the value in the slot's column of every row.
fn csv_doc(case: &Case) -> Result<String, String> {
    let base = read_base(case.slot, "csv");
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(base.as_bytes());
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut column = None;
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| e.to_string())?;
        let mut cells: Vec<String> = record.iter().map(str::to_string).collect();
        if i == 0 {
            column = cells.iter().position(|c| c == case.slot.column);
        } else if let Some(c) = column {
            cells[c] = case.value.clone();
        }
        writer.write_record(&cells).map_err(|e| e.to_string())?;
    }
    if column.is_none() {
        return Err(format!("{}: no column {}", case.id, case.slot.column));
    }
    Ok(String::from_utf8(writer.into_inner().map_err(|e| e.to_string())?).unwrap())
}

/// A known difference: (representation, oracle, case id) → reason.
type Known = BTreeMap<(String, String, String), String>;

fn known_differences() -> Result<Known, String> {
    let path = root().join("tests/oracles/known-differences.csv");
    let mut reader = ::csv::Reader::from_path(&path).map_err(|e| e.to_string())?;
    let mut out = Known::new();
    for record in reader.records() {
        let r = record.map_err(|e| e.to_string())?;
        let key = (r[0].to_string(), r[1].to_string(), r[2].to_string());
        if r[3].trim().is_empty() {
            return Err(format!("{key:?}: a known difference needs its reason"));
        }
        if out.insert(key.clone(), r[3].to_string()).is_some() {
            return Err(format!("{key:?} is listed twice"));
        }
    }
    Ok(out)
}

/// Writes the documents of one representation, runs the oracles, compares.
fn run(
    representation: &str,
    make: fn(&Case) -> Result<String, String>,
    oracles: &[Oracle],
) -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let cases = cases();
    let mut fosx_verdicts = BTreeMap::new();
    // Per base (document type), the files, for the Table Schema of the type.
    let mut files: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (i, case) in cases.iter().enumerate() {
        let text = make(case)?;
        let name = format!("case-{i:04}.{representation}");
        std::fs::write(dir.path().join(&name), &text).map_err(|e| e.to_string())?;
        let checked = fosx::check_bytes(&name, text.as_bytes(), &options());
        fosx_verdicts.insert(
            name.clone(),
            (structurally_valid(&checked), super::codes(&checked)),
        );
        files.entry(case.slot.base).or_default().push(name);
    }
    let mut theirs: BTreeMap<Oracle, BTreeMap<String, bool>> = BTreeMap::new();
    for &oracle in oracles {
        let mut verdicts = BTreeMap::new();
        for (base, names) in &files {
            let got = match oracle {
                Oracle::PythonJsonschema => python_verdicts(
                    "jsonschema",
                    &root().join("schemas/fosx.schema.json"),
                    dir.path(),
                    names,
                )?,
                Oracle::CheckJsonschema => check_jsonschema_verdicts(dir.path(), names)?,
                Oracle::Xmllint => xmllint_verdicts(dir.path(), names)?,
                Oracle::Xmlschema => python_verdicts(
                    "xmlschema",
                    &root().join("schemas/fosx.xsd"),
                    dir.path(),
                    names,
                )?,
                Oracle::Frictionless => python_verdicts(
                    "frictionless",
                    &root().join(format!("schemas/{base}.table-schema.json")),
                    dir.path(),
                    names,
                )?,
            };
            verdicts.extend(got);
        }
        theirs.insert(oracle, verdicts);
    }
    let known = known_differences()?;
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, case) in cases.iter().enumerate() {
        let name = format!("case-{i:04}.{representation}");
        let (fosx_valid, codes) = &fosx_verdicts[&name];
        for &oracle in oracles {
            let their = theirs[&oracle][&name];
            let key = (
                representation.to_string(),
                oracle.name().to_string(),
                case.id.clone(),
            );
            let listed = known.contains_key(&key);
            if listed {
                seen.insert(key.clone());
            }
            if (*fosx_valid != their) != listed {
                problems.push(format!(
                    "{representation},{},{},{}: fosx {} {codes:?}, {} {}",
                    oracle.name(),
                    csv_field(&case.id),
                    if listed { "listed but agree" } else { "differ" },
                    if *fosx_valid { "valid" } else { "invalid" },
                    oracle.name(),
                    if their { "valid" } else { "invalid" },
                ));
            }
        }
    }
    for key in known.keys() {
        let ours = key.0 == representation && oracles.iter().any(|o| o.name() == key.1);
        if ours && !seen.contains(key) {
            problems.push(format!("{key:?}: listed, but no such case"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} disagreement(s) not in tests/oracles/known-differences.csv:\n{}",
            problems.len(),
            problems.join("\n")
        ))
    }
}

/// A CSV field, quoted when it must be.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn json() -> Result<(), String> {
    run(
        "json",
        json_doc,
        &[Oracle::PythonJsonschema, Oracle::CheckJsonschema],
    )
}

pub fn xml() -> Result<(), String> {
    run("xml", xml_doc, &[Oracle::Xmllint, Oracle::Xmlschema])
}

pub fn csv() -> Result<(), String> {
    run("csv", csv_doc, &[Oracle::Frictionless])
}
