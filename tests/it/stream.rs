//! Big collections checked document by document (`fosx::check::stream`): the same
//! verdict, diagnostics, lines and columns as reading the file whole, and
//! the problems only the splitter sees.

use super::json_fixtures::{json_files, options, root};
use fosx::check::stream::{check_bytes_streaming_from, check_path_streaming_from};
use fosx::report::FileReport;
use serde_json::{Value, json};
use std::path::Path;

/// The report of a file as `check_path` gives it (the whole file read), and
/// as the streaming check gives it (every file streamed, whatever its size).
/// The file's bytes streamed from memory give the report of the file
/// streamed from disk.
fn both(path: &Path, options: &fosx::CheckOptions) -> (Value, Value) {
    let whole = fosx::check_path(path, options);
    let streamed = check_path_streaming_from(path, options, 0);
    let bytes = std::fs::read(path).unwrap();
    let name = path.display().to_string();
    let in_memory = check_bytes_streaming_from(&name, &bytes, options, 0);
    let report = |c: &fosx::Checked| serde_json::to_value(FileReport::new(c, false)).unwrap();
    assert_eq!(
        essentials(&report(&in_memory)),
        essentials(&report(&streamed)),
        "{name} streamed from memory"
    );
    (report(&whole), report(&streamed))
}

/// The parts of a report both ways must agree on.
fn essentials(report: &Value) -> Value {
    json!({
        "valid": report["valid"],
        "documents": report["documents"],
        "diagnostics": report["diagnostics"],
    })
}

/// Every single-document JSON fixture without a syntax problem, in one
/// collection: each diagnostic at the same line and column, with the same
/// document index, as when the collection is read whole.
#[test]
fn a_json_collection_streams_to_the_same_report() {
    let mut parts = Vec::new();
    for path in json_files("fixtures/json")
        .into_iter()
        .chain(json_files("fixtures/valid"))
    {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let checked = fosx::check_path(&path, &options());
        let file_level = checked
            .diagnostics
            .iter()
            .any(|d| d.code.as_str().starts_with('P') || d.document.is_none());
        if text.trim_start().starts_with('{') && !file_level {
            parts.push(text.trim_end().to_string());
        }
    }
    assert!(parts.len() > 40, "{}", parts.len());
    let dir = tempfile::tempdir().unwrap();
    // Line ends of every kind between documents, and a BOM.
    let path = dir.path().join("collection.json");
    let text = format!("\u{feff}[\r\n{}\n]\n", parts.join(",\r"));
    std::fs::write(&path, &text).unwrap();
    let (whole, streamed) = both(&path, &options());
    assert_eq!(whole["valid"], false);
    assert!(whole["diagnostics"].as_array().unwrap().len() > 40);
    assert_eq!(essentials(&streamed), essentials(&whole));
}

/// The valid examples and the XML fixtures of single documents without a
/// syntax problem, in one `Submissions` collection.
#[test]
fn an_xml_collection_streams_to_the_same_report() {
    let mut docs = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(root().join("fixtures/xml"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .chain(
            ["notification", "timetable", "progress-report"]
                .map(|n| root().join(format!("fixtures/valid/{n}.xml"))),
        )
        .collect();
    files.sort();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let checked = fosx::check_path(&path, &options());
        let file_level = checked
            .diagnostics
            .iter()
            .any(|d| d.code.as_str().starts_with('P') || d.document.is_none());
        let body = text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .strip_prefix("<?xml")
            .and_then(|t| t.split_once("?>"))
            .map_or(text.as_str(), |(_, rest)| rest)
            .trim();
        if file_level || body.contains("<Submissions") || body.starts_with("<!") {
            continue;
        }
        docs.push(body.to_string());
    }
    assert!(docs.len() > 10, "{}", docs.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("collection.xml");
    let text = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- an inbox -->\n<f:Submissions xmlns:f=\"urn:fosx:1\">\n  {}\n<!-- end -->\n</f:Submissions>\n",
        docs.join("\r\n  <!-- next -->\n  ")
    );
    std::fs::write(&path, &text).unwrap();
    let (whole, streamed) = both(&path, &options());
    assert_eq!(whole["valid"], false);
    assert!(whole["diagnostics"].as_array().unwrap().len() > 10);
    assert_eq!(essentials(&streamed), essentials(&whole));
}

/// The spec's examples, several times over: valid, and R01 for the repeated
/// documentIds, at the same places both ways.
#[test]
fn repeated_document_ids_are_r01_across_the_stream() {
    let dir = tempfile::tempdir().unwrap();
    for kind in ["json", "xml"] {
        let doc = |n: &str| {
            let t =
                std::fs::read_to_string(root().join(format!("fixtures/valid/{n}.{kind}"))).unwrap();
            match t.split_once("?>") {
                Some((_, rest)) if kind == "xml" => rest.trim().to_string(),
                _ => t.trim().to_string(),
            }
        };
        let docs = [
            doc("timetable"),
            doc("notification"),
            doc("timetable"),
            doc("progress-report"),
            doc("timetable"),
        ];
        let text = match kind {
            "json" => format!("[{}]", docs.join(",")),
            _ => format!(
                "<Submissions xmlns=\"urn:fosx:1\">{}</Submissions>",
                docs.join("")
            ),
        };
        let path = dir.path().join(format!("repeated.{kind}"));
        std::fs::write(&path, text).unwrap();
        let (whole, streamed) = both(&path, &options());
        let codes: Vec<_> = streamed["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["code"].clone(), d["documentIndex"].clone()))
            .collect();
        assert_eq!(
            codes,
            [(json!("FOS-R01"), json!(2)), (json!("FOS-R01"), json!(4))],
            "{kind}"
        );
        assert_eq!(essentials(&streamed), essentials(&whole), "{kind}");
    }
}

/// Checks `text` streamed; the diagnostics as (code, line, column,
/// document index).
fn streamed(
    name: &str,
    text: &[u8],
    options: &fosx::CheckOptions,
) -> Vec<(String, u64, u64, Option<u64>)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    let checked = check_path_streaming_from(&path, options, 0);
    let report = serde_json::to_value(FileReport::new(&checked, false)).unwrap();
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
                d["documentIndex"].as_u64(),
            )
        })
        .collect()
}

fn diag(code: &str, line: u64, column: u64, doc: Option<u64>) -> (String, u64, u64, Option<u64>) {
    (code.to_string(), line, column, doc)
}

/// What only the splitter sees: the collection's own syntax, and limits.
#[test]
fn the_collection_syntax_and_limits_are_reported_in_place() {
    let timetable = std::fs::read_to_string(root().join("fixtures/valid/timetable.json")).unwrap();
    let t = timetable.trim();
    let lines = t.lines().count() as u64;
    let o = options();
    // A missing comma between documents.
    assert_eq!(
        streamed("a.json", format!("[{t}\n{t}]").as_bytes(), &o),
        [diag("FOS-P01", lines + 1, 1, None)]
    );
    // A trailing comma, the end of the file inside the list, trailing text.
    assert_eq!(
        streamed("b.json", format!("[{t},\n]").as_bytes(), &o),
        [diag("FOS-P01", lines + 1, 1, None)]
    );
    assert_eq!(
        streamed("c.json", format!("[{t},").as_bytes(), &o),
        [diag("FOS-P01", lines, 3, None)]
    );
    assert_eq!(
        streamed("d.json", format!("[{t}] x").as_bytes(), &o),
        [diag("FOS-P01", lines, 4, None)]
    );
    // A syntax error inside one document loses only that document.
    let broken = t.replacen("\"timetable\"", "\"timetable\" x", 1);
    let got = streamed("e.json", format!("[{broken},\n{t}]").as_bytes(), &o);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].3), ("FOS-P01", Some(0)));
    // A list where a document should be, and a number.
    assert_eq!(
        streamed("f.json", format!("[{t}, [1], 2]").as_bytes(), &o),
        [
            diag("FOS-S09", lines, 4, Some(1)),
            diag("FOS-S09", lines, 9, Some(2))
        ]
    );
    // An empty collection.
    assert_eq!(
        streamed("g.json", b"[ ]", &o),
        [diag("FOS-S09", 1, 1, None)]
    );
    // Limits: documents, document size, depth (said by the document's
    // reader, as read whole), line length.
    let mut small = o;
    small.read.limits.max_documents = 2;
    assert_eq!(
        streamed("h.json", format!("[{t},{t},\n {t}]").as_bytes(), &small),
        [
            diag("FOS-R01", lines + 3, 17, Some(1)),
            diag("FOS-P06", lines * 2, 2, None)
        ]
    );
    let mut small = o;
    small.read.limits.max_document_size = 100;
    assert_eq!(
        streamed("i.json", format!("[1, {t}]").as_bytes(), &small),
        [
            diag("FOS-S09", 1, 2, Some(0)),
            diag("FOS-P06", 1, 5, Some(1))
        ]
    );
    assert_eq!(
        streamed(
            "j.json",
            format!("[{}{}]", "[".repeat(100), "]".repeat(100)).as_bytes(),
            &o
        ),
        [diag("FOS-P06", 1, 33, Some(0))]
    );
    let mut small = o;
    small.read.limits.max_line_len = 1000;
    let long = format!("[\n{t},\n{{\"remarks\": \"{}\"}}]", "x".repeat(2000));
    assert_eq!(
        streamed("k.json", long.as_bytes(), &small),
        [diag("FOS-P06", lines + 2, 1001, None)]
    );
}

#[test]
fn the_xml_collection_syntax_is_reported_in_place() {
    let o = options();
    let t = std::fs::read_to_string(root().join("fixtures/valid/timetable.xml")).unwrap();
    let t = t.split_once("?>").unwrap().1.trim();
    let lines = t.lines().count() as u64;
    let open = "<Submissions xmlns=\"urn:fosx:1\">";
    // The end of the file before the collection's end tag.
    assert_eq!(
        streamed("a.xml", format!("{open}\n{t}\n").as_bytes(), &o),
        [diag("FOS-P02", lines + 2, 1, None)]
    );
    // Something after the collection.
    assert_eq!(
        streamed("b.xml", format!("{open}{t}</Submissions>x").as_bytes(), &o),
        [diag(
            "FOS-P02",
            lines,
            t.lines().last().unwrap().len() as u64 + 15,
            None
        )]
    );
    // An empty collection.
    assert_eq!(
        streamed(
            "c.xml",
            format!("{open}<!-- none --></Submissions>").as_bytes(),
            &o
        ),
        [diag("FOS-S09", 1, 1, None)]
    );
}

/// What is not a collection in UTF-8 is read whole, with the same report.
#[test]
fn other_files_are_read_whole() {
    for name in [
        "fixtures/xml/windows-1252.xml",
        "fixtures/xml/utf-16le.xml",
        "fixtures/xml/p05-billion-laughs.xml",
        "fixtures/xml/s09-wrong-root.xml",
        "fixtures/xml/s09-missing-namespace.xml",
        "fixtures/valid/timetable.json",
        "fixtures/valid/timetable.csv",
        "fixtures/json/P01-missing-comma.json",
    ] {
        let (whole, streamed) = both(&root().join(name), &options());
        assert_eq!(streamed, whole, "{name}");
    }
}

/// The command line streams big files: a 20 MB collection (over
/// `STREAM_FROM`) of the spec's examples, with one mistake in the last
/// document, found at its line.
#[test]
fn validate_streams_a_big_collection() {
    let t = std::fs::read_to_string(root().join("fixtures/valid/progress-report.json")).unwrap();
    let t = t.trim();
    let n = (fosx::check::stream::STREAM_FROM as usize / t.len()) + 10;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.json");
    let mut text = String::from("[\n");
    for i in 0..n {
        let doc = t.replacen("\"KE-PR-2025\"", &format!("\"KE-PR-{i}\""), 1);
        let doc = if i == n - 1 {
            doc.replacen("\"in-progress\"", "\"in progress\"", 1)
        } else {
            doc
        };
        text.push_str(&doc);
        text.push_str(if i == n - 1 { "\n" } else { ",\n" });
    }
    text.push_str("]\n");
    std::fs::write(&path, &text).unwrap();
    let line = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("\"in progress\""))
        .map(|(i, _)| i as u64 + 1)
        .next()
        .unwrap();
    let out = assert_cmd::Command::cargo_bin("fosx")
        .unwrap()
        .args(["validate", "--as-of", "2026-11-28", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let file = &report["files"][0];
    assert_eq!(file["documents"].as_array().unwrap().len(), n);
    let d = &file["diagnostics"];
    assert_eq!(d.as_array().unwrap().len(), 1, "{d:#}");
    assert_eq!(d[0]["code"], "FOS-S04");
    assert_eq!(d[0]["line"], line);
    assert_eq!(d[0]["documentIndex"], n as u64 - 1);
    assert_eq!(d[0]["help"], "did you mean `in-progress`?");
    // The human report says where, without a snippet.
    let out = assert_cmd::Command::cargo_bin("fosx")
        .unwrap()
        .env("NO_COLOR", "1")
        .args(["validate", "--as-of", "2026-11-28"])
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "`in progress` is not a status (line {line}, column"
        )),
        "{stderr}"
    );
}

/// Every CSV fixture, streamed or read whole: the same report (a file with
/// a problem of its own is read whole by both).
#[test]
fn csv_files_stream_to_the_same_report() {
    let mut files: Vec<_> = std::fs::read_dir(root().join("fixtures/csv"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .chain(
            ["notification", "timetable", "progress-report"]
                .map(|n| root().join(format!("fixtures/valid/{n}.csv"))),
        )
        .collect();
    files.sort();
    for path in files {
        let (whole, streamed) = both(&path, &options());
        assert_eq!(
            essentials(&streamed),
            essentials(&whole),
            "{}",
            path.display()
        );
    }
}

/// Rows of many documents in any order, with mistakes in the header and in
/// rows, blank lines and every kind of line end: the same diagnostics (line,
/// column, record, column name, document) streamed as read whole.
#[test]
fn a_csv_collection_streams_to_the_same_report() {
    let text =
        std::fs::read_to_string(root().join("fixtures/csv/valid-non-adjacent-rows.csv")).unwrap();
    let mut lines = text.lines();
    let header = lines
        .next()
        .unwrap()
        .replacen("language", "language,colour", 1);
    let rows: Vec<String> = lines
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            format!("{},red,{}", cells[..6].join(","), cells[6..].join(","))
        })
        .collect();
    let mut out = format!("{header}\r\n");
    for i in 0..60 {
        let row = rows[i % rows.len()].replacen("-TT-2026", &format!("-TT-{}", 3000 + i / 8), 1);
        let row = row.replacen("-TT-2027", &format!("-TT-{}", 3000 + i / 8), 1);
        let row = match i {
            7 => row.replacen("indicative", "indicativ", 1),
            19 => row.replacen("2026-07-01", "2026-02-30", 1),
            33 => row.replacen("European Union", "Europe", 1),
            _ => row,
        };
        out.push_str(&row);
        out.push_str(["\r\n", "\n", "\r", "\n\n"][i % 4]);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rows.csv");
    std::fs::write(&path, out).unwrap();
    let (whole, streamed) = both(&path, &options());
    assert_eq!(whole["valid"], false);
    let n = whole["diagnostics"].as_array().unwrap().len();
    assert!(n >= 4, "{:#}", whole["diagnostics"]);
    let (w, s) = (&whole["diagnostics"], &streamed["diagnostics"]);
    for i in 0..n {
        assert_eq!(s[i], w[i], "diagnostic {i}");
    }
    assert_eq!(essentials(&streamed), essentials(&whole));
}

/// Bytes that are not UTF-8 are found streamed where reading the file whole
/// finds them, whether a document holds them or the splitter never reads
/// them: a character cut by the splitter's 64 KiB blocks is not such bytes,
/// a byte after the collection and a character the file ends in are.
#[test]
fn bytes_that_are_not_utf8_are_found_as_the_whole_read_finds_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("collection.json");
    let p04 = |report: &Value| -> Vec<Value> {
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "FOS-P04")
            .map(|d| json!([d["line"], d["column"], d["message"]]))
            .collect()
    };
    // `é` (C3 A9) across the first block's end.
    let mut text = b"[{\"documentType\":\"timetable\",\"remarks\":\"".to_vec();
    text.resize((1 << 16) - 1, b'a');
    text.extend_from_slice("é\"}\n]".as_bytes());
    let cases: [(&[u8], usize); 4] = [(b"", 0), (b"\n\xFA", 1), (b"\n\xC3", 1), (b"\n\xE2\x82", 1)];
    for (tail, expected) in cases {
        let mut bytes = text.clone();
        bytes.extend_from_slice(tail);
        std::fs::write(&path, &bytes).unwrap();
        let (whole, streamed) = both(&path, &options());
        assert_eq!(p04(&whole).len(), expected, "{tail:?}: {whole}");
        assert_eq!(p04(&streamed), p04(&whole), "{tail:?}: {streamed}");
        assert_eq!(streamed["valid"], whole["valid"]);
    }
    // In a document the splitter reads, the document's reader says it.
    let mut bytes = text.clone();
    bytes.splice(100..101, [0xFA]);
    std::fs::write(&path, &bytes).unwrap();
    let (whole, streamed) = both(&path, &options());
    assert_eq!(p04(&whole).len(), 1, "{whole}");
    assert_eq!(p04(&streamed), p04(&whole), "{streamed}");
}

/// Found by the `stream` fuzz target: a CSV file whose first document is a
/// timetable and whose second is a notification. Read whole, the file's
/// type is the timetable's (its first row's), so the notification's row is
/// R17 (its related place the timetable's cell) and the columns a timetable
/// has not are S02. Streamed, each document read alone took its own type
/// and gave neither. Each document is now read with the file's type.
#[test]
fn a_streamed_csv_document_takes_the_file_type() {
    let path =
        root().join("fixtures/hostile/regressions/stream-csv-rows-of-two-document-types.csv");
    let (whole, streamed) = both(&path, &options());
    let codes = |r: &Value| -> Vec<String> {
        let mut c: Vec<String> = r["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect();
        c.dedup();
        c
    };
    let r17 = whole["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "FOS-R17")
        .unwrap_or_else(|| panic!("{whole:#}"));
    assert_eq!(
        json!([
            r17["line"],
            r17["column"],
            r17["related"][0]["line"],
            r17["related"][0]["column"]
        ]),
        json!([3, 5, 2, 5]),
        "{r17:#}"
    );
    assert!(codes(&whole).contains(&"FOS-S02".to_string()), "{whole:#}");
    assert_eq!(essentials(&streamed), essentials(&whole));
}

/// The file's type is that of its first row with a known type wherever it
/// is: after more documents than a batch holds (the file is then read
/// again up to that row), and in a file whose documents' rows are not next
/// to each other (kept whole, cut by `documentId`).
#[test]
fn a_streamed_csv_file_takes_the_type_of_its_first_typed_row() {
    let text = std::fs::read_to_string(root().join("fixtures/valid/timetable.csv")).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    let row = lines.next().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("types.csv");
    let with = |kind: &str, id: &str| {
        row.replacen("timetable", kind, 1)
            .replacen("EU-TT-2026", id, 1)
    };
    // 600 documents without a known type, a notification, then a timetable.
    let mut out = format!("{header}\r\n");
    for i in 0..600 {
        out.push_str(&with("timetabel", &format!("X-{i}")));
        out.push_str("\r\n");
    }
    out.push_str(&with("notification", "N-1"));
    out.push_str("\r\n");
    out.push_str(&with("timetable", "T-1"));
    out.push_str("\r\n");
    std::fs::write(&path, &out).unwrap();
    let (whole, streamed) = both(&path, &options());
    let r17: Vec<&Value> = whole["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "FOS-R17")
        .collect();
    assert_eq!(r17.len(), 1, "{:#}", whole["diagnostics"]);
    assert_eq!(r17[0]["related"][0]["line"], 602);
    assert_eq!(essentials(&streamed), essentials(&whole));
    // Rows not next to each other: the first typed row is a later
    // document's.
    let out = format!(
        "{header}\n{}\n{}\n{}\n{}\n",
        with("x", "A"),
        with("timetable", "B"),
        with("notification", "A"),
        with("notification", "C"),
    );
    std::fs::write(&path, &out).unwrap();
    let (whole, streamed) = both(&path, &options());
    let codes: Vec<&Value> = whole["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "FOS-R17")
        .map(|d| &d["related"][0]["line"])
        .collect();
    assert_eq!(codes, [&json!(3), &json!(3)], "{:#}", whole["diagnostics"]);
    assert_eq!(essentials(&streamed), essentials(&whole));
}

/// Each diagnostic of a report as `[code, line, column, message]`.
fn said(report: &Value) -> Vec<Value> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| json!([d["code"], d["line"], d["column"], d["message"]]))
        .collect()
}

/// Found by the `stream` fuzz target: `[` then `{` 32 times, a line end and
/// `[`. Read whole, the second `{` is a syntax error (P01: a key must be a
/// string); streamed, the splitter counted the nesting first and stopped at
/// the 33rd level (P06). The splitter now leaves the depth to the
/// document's reader, which judges the syntax first, as read whole.
#[test]
fn a_streamed_document_is_judged_for_syntax_before_depth() {
    let path =
        root().join("fixtures/hostile/regressions/stream-json-syntax-error-before-depth.json");
    let (whole, streamed) = both(&path, &options());
    assert_eq!(said(&whole).len(), 1, "{whole:#}");
    assert_eq!(whole["diagnostics"][0]["code"], "FOS-P01", "{whole:#}");
    assert!(said(&streamed).contains(&said(&whole)[0]), "{streamed:#}");
    assert!(
        said(&streamed).iter().all(|d| d[0] != "FOS-P06"),
        "{streamed:#}"
    );
}

/// Found by the `stream` fuzz target: an XML collection whose document is
/// 33 elements deep (the root's 34) and never ends. Read whole, P02 (the
/// innermost element is not closed): the reader allows elements inside 32
/// others, as JSON allows values inside 32 containers. Streamed, the
/// splitter counted the root as a level and stopped at the 33rd element
/// (P06). As for JSON, the splitter now leaves the depth to the document's
/// reader, which reads the document inside the root, as deep as in the
/// file, and judges its syntax first.
#[test]
fn a_streamed_xml_document_is_as_deep_as_in_the_file() {
    let path = root().join("fixtures/hostile/regressions/stream-xml-33-elements-deep-unclosed.xml");
    let (whole, streamed) = both(&path, &options());
    let unclosed = json!([
        "FOS-P02",
        1,
        126,
        "the element `<N>` is not closed before the end of the file"
    ]);
    assert_eq!(said(&whole), [unclosed], "{whole:#}");
    assert_eq!(said(&streamed), said(&whole), "{streamed:#}");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("deep.xml");
    let open = "<Submissions xmlns=\"urn:fosx:1\"><Timetable>";
    let deep = |n: usize| "<a>".repeat(n) + &"</a>".repeat(n);
    // Elements inside 32 others: the depth allowed, the same report.
    std::fs::write(
        &file,
        format!("{open}{}</Timetable></Submissions>", deep(31)),
    )
    .unwrap();
    let (whole, streamed) = both(&file, &options());
    assert!(said(&whole).iter().all(|d| d[0] != "FOS-P06"), "{whole:#}");
    assert_eq!(essentials(&streamed), essentials(&whole));
    // One more: P06 at the 34th element's start tag, both ways.
    std::fs::write(
        &file,
        format!("{open}{}</Timetable></Submissions>", deep(32)),
    )
    .unwrap();
    let (whole, streamed) = both(&file, &options());
    let column = open.len() + 31 * 3 + 1;
    let too_deep = json!([
        "FOS-P06",
        1,
        column,
        "the XML is nested more than 32 levels deep"
    ]);
    assert_eq!(said(&whole), [too_deep], "{whole:#}");
    assert_eq!(said(&streamed), said(&whole), "{streamed:#}");
    // A syntax error before the depth: P02 at it, both ways.
    std::fs::write(
        &file,
        format!("{open}<b></c>{}</b></Timetable></Submissions>", deep(40)),
    )
    .unwrap();
    let (whole, streamed) = both(&file, &options());
    let column = open.len() + 3 + 1;
    let mismatched = json!([
        "FOS-P02",
        1,
        column,
        "`</c>` closes `<b>`: the end tag does not match the open element"
    ]);
    assert_eq!(said(&whole), [mismatched], "{whole:#}");
    assert!(said(&streamed).contains(&said(&whole)[0]), "{streamed:#}");
}

/// Found by the `stream` fuzz target: an XML collection whose document ends
/// in a tag that is not a name (`<>`) past the depth limit. Read whole, P06
/// (the reader is past the limit when it meets the tag); streamed, P02 (the
/// splitter read the bad tag alone). The document up to a bad tag is now
/// read as the file holds it, so what the whole read meets first (the
/// depth, a tag that does not match) is reported first.
#[test]
fn a_streamed_bad_tag_is_read_with_its_document() {
    let path = root().join("fixtures/hostile/regressions/stream-xml-too-deep-before-a-bad-tag.xml");
    let (whole, streamed) = both(&path, &options());
    let too_deep = json!([
        "FOS-P06",
        1,
        129,
        "the XML is nested more than 32 levels deep"
    ]);
    assert_eq!(said(&whole), [too_deep], "{whole:#}");
    assert_eq!(said(&streamed), said(&whole), "{streamed:#}");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.xml");
    let open = "<Submissions xmlns=\"urn:fosx:1\"><Timetable>";
    // A tag that does not match before the bad tag: P02 at it, both ways.
    std::fs::write(
        &file,
        format!("{open}<b></c><=></b></Timetable></Submissions>"),
    )
    .unwrap();
    let (whole, streamed) = both(&file, &options());
    let mismatched = json!([
        "FOS-P02",
        1,
        open.len() + 4,
        "`</c>` closes `<b>`: the end tag does not match the open element"
    ]);
    assert_eq!(said(&whole), [mismatched], "{whole:#}");
    assert!(said(&streamed).contains(&said(&whole)[0]), "{streamed:#}");
    // The bad tag alone: P02 at it, both ways.
    std::fs::write(&file, format!("{open}<b><=></b></Timetable></Submissions>")).unwrap();
    let (whole, streamed) = both(&file, &options());
    let bad = json!([
        "FOS-P02",
        1,
        open.len() + 4,
        "`=` is not a valid element name"
    ]);
    assert_eq!(said(&whole), [bad], "{whole:#}");
    assert!(said(&streamed).contains(&said(&whole)[0]), "{streamed:#}");
}

/// Found by the `stream` fuzz target: an XML collection whose text after
/// the last document holds a refused entity reference, then an end tag that
/// does not close the root. Read whole, P05 at the reference (met first);
/// streamed, P02 at the end tag (checked before the text). The text and the
/// end tag are now read together, in the file's order.
#[test]
fn a_streamed_root_end_is_read_after_the_text_before_it() {
    let path =
        root().join("fixtures/hostile/regressions/stream-xml-entity-before-a-wrong-root-end.xml");
    let (whole, streamed) = both(&path, &options());
    let refused = json!([
        "FOS-P05",
        1,
        33,
        "the entity reference `&x;` is refused: nothing was expanded"
    ]);
    assert_eq!(said(&whole), [refused], "{whole:#}");
    assert_eq!(said(&streamed), said(&whole), "{streamed:#}");
}

/// Found by the `stream` fuzz target: an XML collection whose root holds
/// only text. Read whole, S09 (no document) and S03 (the text); streamed,
/// only S03: the file holding no document was said only when nothing else
/// was wrong. It is now said unless the file could not be read, as read
/// whole.
#[test]
fn a_streamed_collection_of_text_alone_holds_no_document() {
    let path = root().join("fixtures/hostile/regressions/stream-xml-text-alone-in-the-root.xml");
    let (whole, streamed) = both(&path, &options());
    let expected = [
        json!(["FOS-S09", 1, 1, "the file holds no document"]),
        json!([
            "FOS-S03",
            1,
            33,
            "text is not allowed between the child elements of `<Submissions>`"
        ]),
    ];
    assert_eq!(said(&whole), expected, "{whole:#}");
    assert_eq!(said(&streamed), said(&whole), "{streamed:#}");
}

/// Found by the `stream` fuzz target: an XML collection holding a character
/// XML allows nowhere (U+0002) after a document past the depth limit. Read
/// whole, P02 at the character alone (the file is searched for such
/// characters before it is parsed); streamed, P06 at the depth. The
/// splitter now looks for them as it goes: the first one is reported alone,
/// as read whole, whatever was found before it; also when it lies across
/// two blocks of the file.
#[test]
fn a_streamed_character_xml_allows_nowhere_is_reported_alone() {
    let path = root()
        .join("fixtures/hostile/regressions/stream-xml-control-character-after-the-depth.xml");
    let (whole, streamed) = both(&path, &options());
    let control = json!([
        "FOS-P02",
        1,
        145,
        "the character U+0002 is not allowed in XML"
    ]);
    assert_eq!(said(&whole), [control], "{whole:#}");
    assert_eq!(essentials(&streamed), essentials(&whole));

    // U+FFFF cut by the end of the splitter's first block of 64 KiB, after
    // its first byte and after its second; and U+FFFE in a comment after
    // the root.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.xml");
    let open = "<Submissions xmlns=\"urn:fosx:1\"><Timetable><Remarks>é";
    for cut in [1, 2] {
        let pad = (1 << 16) - cut - open.len();
        let text = format!(
            "{open}{}\u{FFFF}</Remarks></Timetable></Submissions>",
            "x".repeat(pad)
        );
        std::fs::write(&file, &text).unwrap();
        let (whole, streamed) = both(&file, &options());
        let column = open.chars().count() + pad + 1;
        let at = json!([
            "FOS-P02",
            1,
            column,
            "the character U+FFFF is not allowed in XML"
        ]);
        assert_eq!(said(&whole), [at], "{whole:#}");
        assert_eq!(essentials(&streamed), essentials(&whole));
    }
    let text = "<Submissions xmlns=\"urn:fosx:1\"><Timetable/></Submissions>\n<!-- \u{FFFE} -->";
    std::fs::write(&file, text).unwrap();
    let (whole, streamed) = both(&file, &options());
    let at = json!([
        "FOS-P02",
        2,
        6,
        "the character U+FFFE is not allowed in XML"
    ]);
    assert_eq!(said(&whole), [at], "{whole:#}");
    assert_eq!(essentials(&streamed), essentials(&whole));
}

/// Found by the `stream` fuzz target: an XML collection whose root holds
/// text, with text after the root. Read whole, P02 (text after the root),
/// nothing else; streamed, S03 (the text in the root, said first, which
/// stopped the check). What the text in the root holds is now said once
/// what follows the root is known to be well-formed, and what follows the
/// root is read as the file holds it: the whole read's words.
#[test]
fn a_streamed_collection_is_judged_for_what_follows_its_root_first() {
    let path =
        root().join("fixtures/hostile/regressions/stream-xml-text-in-and-after-the-root.xml");
    let (whole, streamed) = both(&path, &options());
    let after = json!(["FOS-P02", 1, 48, "text after the root element"]);
    assert_eq!(said(&whole), [after], "{whole:#}");
    assert_eq!(said(&streamed), said(&whole), "{streamed:#}");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("after.xml");
    let collection = "<Submissions xmlns=\"urn:fosx:1\"><Timetable/></Submissions>\n ";
    for (after, code, message) in [
        ("x", "FOS-P02", "text after the root element"),
        (
            "&x;",
            "FOS-P05",
            "the entity reference `&x;` is refused: nothing was expanded",
        ),
        (
            "<b/>",
            "FOS-P02",
            "a second root element `<b>`: an XML document has exactly one root",
        ),
        ("</x>", "FOS-P02", "`</x>` closes no open element"),
        (
            "<!DOCTYPE a [<!ENTITY x \"y\">]>",
            "FOS-P05",
            "the file has a DOCTYPE, which fosx refuses: no DTD is read and no entity is expanded",
        ),
        (
            "<!DOCTYPE a [",
            "FOS-P02",
            "DOCTYPE not closed: `>` not found before end of input",
        ),
    ] {
        std::fs::write(&file, format!("{collection}{after}")).unwrap();
        let (whole, streamed) = both(&file, &options());
        let first = &said(&whole)[0];
        assert_eq!(first, &json!([code, 2, 2, message]), "{after}: {whole:#}");
        assert!(said(&streamed).contains(first), "{after}: {streamed:#}");
    }
}

/// Found by the `stream` fuzz target: a CSV file whose first line, ended by
/// a CR alone, holds only a tab, then the header `documentId` (LF) and the
/// row `,`. The delimiter was chosen from the first LF-ended line, which
/// held the tab: read whole, the row was one cell (a document); streamed,
/// each document read alone took a comma, and the row was blank (S09). The
/// header line is now the first line that is not blank, a CR alone ending
/// it, as records do: a comma, and a blank row, both ways.
#[test]
fn a_csv_delimiter_is_chosen_from_the_header_line() {
    let path = root()
        .join("fixtures/hostile/regressions/stream-csv-tab-on-a-blank-line-before-the-header.csv");
    let (whole, streamed) = both(&path, &options());
    let expected = [
        json!([
            "FOS-S01",
            2,
            1,
            "the CSV has no `documentType` column, which every CSV submission needs"
        ]),
        json!([
            "FOS-S09",
            2,
            1,
            "the file has a header row but no row of data"
        ]),
    ];
    assert_eq!(said(&whole), expected, "{whole:#}");
    assert_eq!(essentials(&streamed), essentials(&whole));
}

/// Found by the `stream` fuzz target: a CSV file whose header, after a
/// first line, starts with U+FEFF. Read whole, the first column is
/// `\u{FEFF}schemaVersion`, unknown (S02), and `schemaVersion` is missing
/// (S01); streamed, the `csv` crate's reader, started at the header row or
/// at a document read alone, dropped the mark, and neither was said. The
/// mark is now kept both ways; also a second mark at the file's start.
#[test]
fn a_csv_header_starting_with_u_feff_keeps_it() {
    let path = root()
        .join("fixtures/hostile/regressions/stream-csv-byte-order-mark-on-the-header-line.csv");
    let dir = tempfile::tempdir().unwrap();
    let second = dir.path().join("second-mark.csv");
    let text = std::fs::read(&path).unwrap();
    std::fs::write(&second, [b"\xEF\xBB\xBF", &text[2..]].concat()).unwrap();
    for (path, line) in [(path, 2), (second, 1)] {
        let (whole, streamed) = both(&path, &options());
        let said = said(&whole);
        assert_eq!(
            said[0],
            json!([
                "FOS-S02",
                line,
                1,
                "unknown column `\u{FEFF}schemaVersion` for a notification"
            ]),
            "{whole:#}"
        );
        assert_eq!(
            said[1],
            json!([
                "FOS-S01",
                line + 1,
                1,
                "required column `schemaVersion` is missing"
            ]),
            "{whole:#}"
        );
        assert_eq!(essentials(&streamed), essentials(&whole));
    }
}

/// Found by the `stream` fuzz target: a JSON collection whose one document
/// is a list holding a string with raw control characters. Read whole, the
/// control characters are a syntax error (P01); streamed, a document that
/// is a list was S09 without being read. It is now read, as the file holds
/// it: the same P01, at the same place, with the same words (streamed, it
/// is the document's problem, as every syntax error inside a document is).
#[test]
fn a_streamed_document_that_is_a_list_is_read() {
    let path =
        root().join("fixtures/hostile/regressions/stream-json-list-with-control-character.json");
    let (whole, streamed) = both(&path, &options());
    let first = |r: &Value| -> Value {
        let d = &r["diagnostics"][0];
        json!([d["code"], d["line"], d["column"]])
    };
    assert_eq!(said(&whole).len(), 1, "{whole:#}");
    assert_eq!(first(&whole), json!(["FOS-P01", 3, 26]), "{whole:#}");
    assert_eq!(said(&streamed), said(&whole), "{streamed:#}");
    assert_eq!(streamed["diagnostics"][0]["documentIndex"], 0);
    // A list the file ends in (streamed, the list before it is still
    // checked), and a list without a syntax error (S09).
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list.json");
    std::fs::write(&list, "[\n  [1, {\"a\": 2}],\n  [\"x\"\n").unwrap();
    let (whole, streamed) = both(&list, &options());
    assert_eq!(first(&whole), json!(["FOS-P01", 4, 1]), "{whole:#}");
    assert!(said(&streamed).contains(&said(&whole)[0]), "{streamed:#}");
    std::fs::write(&list, "[\n  [1, {\"a\": 2}]\n]\n").unwrap();
    let (whole, streamed) = both(&list, &options());
    assert_eq!(first(&whole), json!(["FOS-S09", 2, 3]), "{whole:#}");
    assert_eq!(essentials(&streamed), essentials(&whole));
}

/// Found by the `stream` fuzz target: an XML collection whose last document
/// never ends and holds a reference to an undeclared entity (`&jiru,…;`, a
/// CSV row run into the text). Read whole, the reference is refused (P05)
/// and nothing after it is read; streamed, the splitter reached the end of
/// the file inside the document and said only that the root is never
/// closed (P02). The document the file ends in is now read, as the whole
/// read does, before the end is reported: the same P05, at the same place,
/// with the same words.
#[test]
fn a_streamed_xml_document_the_file_ends_in_is_read() {
    let path = root().join("fixtures/hostile/regressions/stream-xml-unknown-entity-reference.xml");
    let (whole, streamed) = both(&path, &options());
    assert_eq!(said(&whole).len(), 1, "{whole:#}");
    assert_eq!(
        json!([
            whole["diagnostics"][0]["code"],
            whole["diagnostics"][0]["line"],
            whole["diagnostics"][0]["column"]
        ]),
        json!(["FOS-P05", 7, 132]),
        "{whole:#}"
    );
    assert_eq!(said(&streamed), said(&whole), "{streamed:#}");
    // A document the file ends in without any other problem: the root is
    // never closed, both ways, in the same words.
    let dir = tempfile::tempdir().unwrap();
    let cut = dir.path().join("cut.xml");
    std::fs::write(
        &cut,
        "<?xml version=\"1.0\"?>\n<Submissions xmlns=\"urn:fosx:1\">\n  <Timetable>\n    <SchemaVersion>1.0</SchemaVersion>\n",
    )
    .unwrap();
    let (whole, streamed) = both(&cut, &options());
    assert_eq!(whole["diagnostics"][0]["code"], "FOS-P02", "{whole:#}");
    assert_eq!(said(&streamed), said(&whole), "{streamed:#}");
}

/// Found by the `stream` fuzz target: a CSV file whose first cell starts
/// with `{` (`{chemaVersion,documentType,…`) and whose rows hold NUL
/// bytes. Read whole, detection takes `{` for JSON: P01 at 1:2 (a key must
/// be a string); streamed, anything but `[` and `<` went to the CSV
/// splitter, which read the rows: P04 and S01. A file starting with `{` is
/// now read whole by the streaming check too, as the one JSON document
/// detection says it is; said to be CSV, it is still split as CSV.
#[test]
fn a_streamed_file_starting_with_a_brace_is_read_as_detection_says() {
    let path = root().join("fixtures/hostile/regressions/stream-csv-header-after-a-brace.json");
    let (whole, streamed) = both(&path, &options());
    assert_eq!(
        said(&whole),
        [json!([
            "FOS-P01",
            1,
            2,
            "JSON syntax: key must be a string"
        ])],
        "{whole:#}"
    );
    assert_eq!(said(&streamed), said(&whole), "{streamed:#}");
    let mut csv = options();
    csv.read.representation = Some(fosx::Representation::Csv);
    let (whole, streamed) = both(&path, &csv);
    // Read as CSV, the NUL byte stops the whole read (P04); streamed, the
    // same P04, and the documents after it are still checked.
    assert_eq!(said(&whole).len(), 1, "{whole:#}");
    assert_eq!(whole["diagnostics"][0]["code"], "FOS-P04", "{whole:#}");
    assert!(said(&streamed).contains(&said(&whole)[0]), "{streamed:#}");
}
