//! Bounded and truthful on any input: linear time in the number of keys,
//! at most `--max-diagnostics` diagnostics per file, standard input under
//! the limits of a file, and the streaming path as strict as reading the
//! file whole (a differential test over malformed collections).
//!
//! The figures of these inputs in a release build are in
//! `benches/hostile.sh`; the bounds here are generous, to catch a
//! quadratic cost or a hang in a debug build on a loaded machine.

use super::json_fixtures::{AS_OF, options, root};
use fosx::check::stream::check_path_streaming_from;
use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What one run of the binary gave.
pub(super) struct Run {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: String,
    pub elapsed: Duration,
    pub max_rss_kib: Option<u64>,
}

impl Run {
    pub(super) fn report(&self) -> Value {
        serde_json::from_slice(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not a JSON report ({e}):\n{}", self.stderr))
    }
}

/// Runs `fosx ARGS` (under `/usr/bin/time -v` when present), with `stdin`
/// written to its standard input.
fn fosx(args: &[&str], stdin: Option<Vec<u8>>) -> Run {
    fosx_under(&[], args, stdin)
}

/// [`fosx`], run through the command `under` (`prlimit --as=N`), which
/// execs it. The run must end by itself: not by a signal, not by a panic.
pub(super) fn fosx_under(under: &[&str], args: &[&str], stdin: Option<Vec<u8>>) -> Run {
    let bin = assert_cmd::cargo::cargo_bin("fosx");
    let time = Path::new("/usr/bin/time");
    let mut argv: Vec<std::ffi::OsString> = Vec::new();
    if time.is_file() {
        argv.extend([time.into(), "-v".into()]);
    }
    argv.extend(under.iter().map(Into::into));
    argv.push(bin.into());
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..])
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn().expect("fosx runs");
    let writer = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().unwrap();
        // fosx may stop reading early: a broken pipe is expected then.
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })
    });
    let out = child.wait_with_output().unwrap();
    let elapsed = start.elapsed();
    if let Some(w) = writer {
        w.join().unwrap();
    }
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !stderr.contains("internal error"),
        "fosx {args:?} reached the panic hook:\n{stderr}"
    );
    assert!(
        !stderr.contains("Command terminated by signal") && out.status.code().is_some(),
        "fosx {args:?} ended by a signal:\n{stderr}"
    );
    let max_rss_kib = stderr
        .lines()
        .find_map(|l| {
            l.trim_start()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.parse().ok());
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr,
        elapsed,
        max_rss_kib,
    }
}

fn validate_json(path: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["validate", "--as-of", AS_OF, "--format", "json"];
    args.extend_from_slice(extra);
    args.push(path.to_str().unwrap());
    fosx(&args, None)
}

fn valid(name: &str) -> String {
    std::fs::read_to_string(root().join("fixtures/valid").join(name)).unwrap()
}

/// The diagnostics of the first file of a JSON report.
fn diagnostics(report: &Value) -> &Vec<Value> {
    report["files"][0]["diagnostics"].as_array().unwrap()
}

// ----- linear time -----------------------------------------------------------

/// One JSON object with 40,000 unknown keys, one XML element with 40,000
/// unknown children: each is an S02, the first 1,000 are reported, and
/// the run takes linear time (before: 19 s for 430 KB of keys, in a release
/// build; `benches/hostile.sh` has the figures).
#[test]
fn forty_thousand_unknown_keys_or_children_exit_1_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let n = 40_000;
    let json = valid("progress-report.json").replacen(
        "\"remarks\":",
        &((0..n)
            .map(|i| format!("\"unknown{i}\": 1, "))
            .collect::<String>()
            + "\"remarks\":"),
        1,
    );
    let xml = valid("progress-report.xml").replacen(
        "<SchemaVersion>",
        &((0..n)
            .map(|i| format!("<Unknown{i}>1</Unknown{i}>"))
            .collect::<String>()
            + "<SchemaVersion>"),
        1,
    );
    for (name, text, first) in [
        ("keys.json", json, "unknown field `unknown0`"),
        ("children.xml", xml, "unknown field `unknown0`"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let run = validate_json(&path, &[]);
        assert_eq!(run.code, 1, "{name}: {}", run.stderr);
        let report = run.report();
        let d = diagnostics(&report);
        assert_eq!(d.len(), 1001, "{name}");
        assert_eq!(d[0]["code"], "FOS-S02", "{name}");
        assert_eq!(d[0]["message"], first, "{name}");
        assert_eq!(
            d[1000]["message"],
            "39000 more diagnostics of this file were left out, over the limit of 1000 (39000 FOS-S02)",
            "{name}"
        );
        assert!(
            run.elapsed < Duration::from_secs(60),
            "{name} took {:?}",
            run.elapsed
        );
    }
}

// ----- the diagnostic cap ----------------------------------------------------

/// A list of 100,000 wrong two-byte items (each an S03, an S04 and an S07):
/// the report keeps the first 1,000 diagnostics and says how many more
/// there were, of which codes; the verdict stays "invalid".
#[test]
fn a_flood_of_wrong_items_gives_a_small_report_that_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("flood.json");
    let n = 100_000;
    std::fs::write(
        &path,
        valid("progress-report.json").replacen("\"postal-operators\",", &"1,".repeat(n), 1),
    )
    .unwrap();
    let run = validate_json(&path, &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.len() < 5 << 20,
        "the report is {} bytes",
        run.stdout.len()
    );
    let report = run.report();
    let d = diagnostics(&report);
    assert_eq!(d.len(), 1001);
    let last = &d[1000];
    assert_eq!(last["code"], "FOS-P06");
    assert_eq!(last["severity"], "error");
    assert_eq!(
        last["message"],
        "298999 more diagnostics of this file were left out, over the limit of 1000 (99666 FOS-S03, 99666 FOS-S04, 99667 FOS-S07)"
    );
    assert_eq!(
        last["help"],
        "fix the problems shown and check again, or raise the limit with --max-diagnostics"
    );
    assert_eq!(report["files"][0]["valid"], false);
    assert_eq!(report["summary"]["errors"], 1001);
}

/// The million-item flood of the issue stays under 300 MiB: its long list
/// is checked against the schema in windows, so that the errors of the
/// `jsonschema` crate (three a item) are not all held at once.
#[test]
fn a_million_item_flood_stays_under_300_mib() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("flood.json");
    std::fs::write(
        &path,
        valid("progress-report.json").replacen("\"postal-operators\",", &"1,".repeat(1_000_000), 1),
    )
    .unwrap();
    let run = validate_json(&path, &[]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.len() < 5 << 20);
    let report = run.report();
    let d = diagnostics(&report);
    assert_eq!(d.len(), 1001);
    assert_eq!(
        d[1000]["message"],
        "2998999 more diagnostics of this file were left out, over the limit of 1000 (999666 FOS-S03, 999666 FOS-S04, 999667 FOS-S07)"
    );
    let kib = run.max_rss_kib.expect("/usr/bin/time -v measures memory");
    assert!(kib < 300 * 1024, "{kib} KiB");
}

/// Past the cap a diagnostic is counted, not made: checked into a sink
/// that keeps ten, the 299,999 problems of 100,000 wrong items are ten
/// diagnostics made (messages, helps, suggestions) and the others counted
/// by code from their code, place and path alone (they once cost about
/// 6 µs each, 17 s for a million items; `benches/hostile.sh`).
#[test]
fn past_the_cap_a_diagnostic_is_counted_not_made() {
    use fosx::diag::{Code, Diagnostic, Severity, Sink};
    use std::collections::BTreeMap;
    struct Keeps {
        keep: usize,
        made: Vec<Diagnostic>,
        counted: BTreeMap<Code, usize>,
    }
    impl Sink for Keeps {
        fn push(&mut self, d: Diagnostic) {
            self.made.push(d);
        }
        fn admits(&self, _: Code, _: Option<usize>) -> bool {
            self.made.len() < self.keep
        }
        fn count(&mut self, code: Code, _: Severity, _: Option<&str>, _: Option<fosx::Span>) {
            *self.counted.entry(code).or_default() += 1;
        }
    }
    let text =
        valid("progress-report.json").replacen("\"postal-operators\",", &"1,".repeat(100_000), 1);
    let doc = fosx::read::json::read(&text, &fosx::Limits::default(), &mut Vec::new()).remove(0);
    let mut keeps = Keeps {
        keep: 10,
        made: Vec::new(),
        counted: BTreeMap::new(),
    };
    fosx::check::check_document(&doc, fosx::Date::parse(AS_OF).unwrap(), &mut keeps);
    assert_eq!(keeps.made.len(), 10);
    let mut all = keeps.counted.clone();
    for d in &keeps.made {
        *all.entry(d.code).or_default() += 1;
    }
    assert_eq!(
        all,
        BTreeMap::from([
            (Code::S03, 100_000),
            (Code::S04, 100_000),
            (Code::S07, 99_999)
        ])
    );
}

/// `--max-diagnostics` on validate, convert and batch; warnings left out
/// give a warning, so that the verdict does not change.
#[test]
fn the_cap_is_an_option_of_validate_convert_and_batch() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("flood.json");
    std::fs::write(
        &path,
        valid("progress-report.json").replacen("\"postal-operators\",", &"1,".repeat(10), 1),
    )
    .unwrap();
    let run = validate_json(&path, &["--max-diagnostics", "2"]);
    assert_eq!(run.code, 1);
    let report = run.report();
    let d = diagnostics(&report);
    assert_eq!(d.len(), 3);
    assert_eq!(
        d[2]["message"],
        "27 more diagnostics of this file were left out, over the limit of 2 (9 FOS-S03, 9 FOS-S04, 9 FOS-S07)"
    );

    let run = fosx(
        &[
            "convert",
            "--as-of",
            AS_OF,
            "--to",
            "xml",
            "--max-diagnostics",
            "1",
            path.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("28 more diagnostics of this file were left out, over the limit of 1"),
        "{}",
        run.stderr
    );

    let inbox = dir.path().join("inbox");
    let out = dir.path().join("out");
    std::fs::create_dir(&inbox).unwrap();
    std::fs::copy(&path, inbox.join("flood.json")).unwrap();
    let run = fosx(
        &[
            "batch",
            "--as-of",
            AS_OF,
            "--max-diagnostics",
            "3",
            inbox.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let summary: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["inputs"][0]["errors"], 4);
    let report = std::fs::read_to_string(out.join("reports/flood.json.report.json")).unwrap();
    assert!(
        report.contains("26 more diagnostics of this file were left out, over the limit of 3"),
        "{report}"
    );
}

// ----- standard input --------------------------------------------------------

/// Standard input is read block by block under the limits of a file: 3 MB
/// with `--max-file-size 1000000` is P06 (exit 1), and 200 MB is refused
/// without being held in memory.
#[test]
fn standard_input_is_read_under_the_limits_of_a_file() {
    let p = valid("progress-report.json");
    let big = p.replace(
        "\"Second annual report; figures for 2025 are provisional.\"",
        &format!("\"{}\"", "x".repeat(3 << 20)),
    );
    let args = [
        "validate",
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--max-file-size",
        "1000000",
        "-",
    ];
    let run = fosx(&args, Some(big.into_bytes()));
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.report();
    let d = diagnostics(&report);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0]["code"], "FOS-P06");
    assert_eq!(
        d[0]["message"],
        "standard input is longer than the limit of 1000000 bytes (it was not read further)"
    );
    assert_eq!(
        d[0]["help"],
        "if the file is genuine, raise the limit with --max-file-size"
    );

    // Within the limit, standard input is checked as a file is.
    let run = fosx(&args, Some(p.into_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);

    // 200 MB: refused after the first megabyte.
    let run = fosx(&args, Some(vec![b' '; 200 << 20]));
    assert_eq!(run.code, 1);
    super::cells::memory_within(run.max_rss_kib, 100 * 1024, "a 200 MB line");
    assert!(run.elapsed < Duration::from_secs(60), "{:?}", run.elapsed);
}

// ----- streaming as strict as reading whole ----------------------------------

/// The codes of a checked file, in order.
fn codes(c: &fosx::Checked) -> Vec<&'static str> {
    c.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

/// Reads `text` both ways (whole, and streamed whatever its size) and
/// checks they agree: the same verdict; a file read whole with a problem
/// of its syntax (P) gives that code streamed too (streamed, the documents
/// before the problem are still checked); otherwise the same codes (text
/// between documents is reported once read whole, once per place
/// streamed).
fn agree(dir: &Path, name: &str, text: &[u8]) {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    let options = options();
    let whole = fosx::check_path(&path, &options);
    let streamed = check_path_streaming_from(&path, &options, 0);
    let (w, s) = (codes(&whole), codes(&streamed));
    assert_eq!(
        whole.is_valid(false),
        streamed.is_valid(false),
        "{name}: whole {w:?}, streamed {s:?}\n{:#?}",
        streamed.diagnostics
    );
    match w.iter().find(|c| c.starts_with('P')) {
        Some(p) => assert!(s.contains(p), "{name}: whole {w:?}, streamed {s:?}"),
        None => {
            let set = |mut c: Vec<&'static str>| {
                c.sort_unstable();
                c.dedup();
                c
            };
            assert_eq!(set(w), set(s), "{name}");
        }
    }
}

/// Malformed XML and JSON collections, of every class that the splitter
/// must see outside the documents, read whole and streamed.
#[test]
fn streaming_and_whole_reading_agree_on_malformed_collections() {
    let dir = tempfile::tempdir().unwrap();
    let doc = valid("timetable.xml");
    let doc = doc.split_once("?>").unwrap().1.trim();
    let open = "<Submissions xmlns=\"urn:fosx:1\">";
    let docs = format!("{doc}\n{doc}");
    let xml = [
        ("well-formed", format!("{open}{docs}</Submissions>")),
        ("garbage-end", format!("{open}{docs}</Garbage>")),
        (
            "prefixed-garbage-end",
            format!("<f:Submissions xmlns:f=\"urn:fosx:1\">{docs}</f:Garbage>"),
        ),
        (
            "end-with-attribute",
            format!("{open}{docs}</Submissions a=\"1\">"),
        ),
        ("unclosed-end", format!("{open}{docs}</Submissions")),
        ("no-end", format!("{open}{docs}")),
        (
            "late-declaration-first",
            format!("{open}<?xml version=\"1.0\"?>{docs}</Submissions>"),
        ),
        (
            "late-declaration-between",
            format!("{open}{doc}<?xml version=\"1.0\"?>\n{doc}</Submissions>"),
        ),
        (
            "late-declaration-last",
            format!("{open}{docs}\n<?xml version=\"1.0\"?></Submissions>"),
        ),
        (
            "late-declaration-after",
            format!("{open}{docs}</Submissions><?xml version=\"1.0\"?>"),
        ),
        (
            "space-before-declaration",
            format!(" <?xml version=\"1.0\"?>{open}{docs}</Submissions>"),
        ),
        (
            "declaration-twice",
            format!("<?xml version=\"1.0\"?><?xml version=\"1.0\"?>{open}{docs}</Submissions>"),
        ),
        (
            "dashes-prolog",
            format!("<!-- a -- b -->{open}{docs}</Submissions>"),
        ),
        (
            "dashes-first",
            format!("{open}<!-- a -- b -->{docs}</Submissions>"),
        ),
        (
            "dashes-between",
            format!("{open}{doc}\n<!-- a -- b -->\n{doc}</Submissions>"),
        ),
        (
            "dashes-last",
            format!("{open}{docs}\n<!-- a -- b -->\n</Submissions>"),
        ),
        (
            "dashes-after",
            format!("{open}{docs}</Submissions>\n<!-- a -- b -->\n"),
        ),
        (
            "comment-ending-dashes",
            format!("{open}{docs}<!-- a ---></Submissions>"),
        ),
        (
            "unclosed-comment-after",
            format!("{open}{docs}</Submissions><!-- a"),
        ),
        (
            "cdata-between",
            format!("{open}{doc}<![CDATA[x]]>{doc}</Submissions>"),
        ),
        (
            "cdata-last",
            format!("{open}{docs}<![CDATA[x]]></Submissions>"),
        ),
        ("text-last", format!("{open}{docs}x</Submissions>")),
        ("text-after", format!("{open}{docs}</Submissions>x")),
        ("element-after", format!("{open}{docs}</Submissions><a/>")),
        (
            "doctype-inside",
            format!("{open}{doc}<!DOCTYPE a>{doc}</Submissions>"),
        ),
        (
            "bad-instruction-last",
            format!("{open}{docs}<?xml-stylesheet x?></Submissions>"),
        ),
        (
            "nul-after",
            format!("{open}{docs}</Submissions><!-- \u{1} -->"),
        ),
    ];
    for (name, text) in &xml {
        agree(dir.path(), &format!("{name}.xml"), text.as_bytes());
    }
    let doc = valid("timetable.json");
    let doc = doc.trim();
    let json = [
        ("well-formed", format!("[{doc},{doc}]")),
        ("garbage-after", format!("[{doc},{doc}]x")),
        ("second-array", format!("[{doc}][{doc}]")),
        ("no-end", format!("[{doc},{doc}")),
        ("trailing-comma", format!("[{doc},{doc},]")),
        ("leading-comma", format!("[,{doc}]")),
        ("double-comma", format!("[{doc},,{doc}]")),
        ("missing-comma", format!("[{doc} {doc}]")),
        ("unclosed-object", format!("[{{\"a\": 1, {doc}]")),
        ("comment", format!("[{doc}, /* x */ {doc}]")),
    ];
    for (name, text) in &json {
        agree(dir.path(), &format!("{name}.json"), text.as_bytes());
    }
}

/// Every XML and JSON fixture (hostile ones too), two copies in one
/// collection, read whole and streamed.
#[test]
fn streaming_and_whole_reading_agree_on_the_fixtures_in_collections() {
    let dir = tempfile::tempdir().unwrap();
    let mut n = 0;
    for folder in [
        "fixtures/xml",
        "fixtures/json",
        "fixtures/valid",
        "fixtures/hostile",
    ] {
        let mut paths: Vec<_> = std::fs::read_dir(root().join(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let wrapped = match path.extension().and_then(|e| e.to_str()) {
                Some("xml") => {
                    let body = if text.starts_with("<?xml") {
                        text.split_once("?>").map_or(&*text, |(_, rest)| rest)
                    } else {
                        &text
                    };
                    format!("<Submissions xmlns=\"urn:fosx:1\">{body}{body}</Submissions>")
                }
                Some("json") if text.trim_start().starts_with('{') => {
                    format!("[{text},{text}]")
                }
                _ => continue,
            };
            agree(dir.path(), &name, wrapped.as_bytes());
            n += 1;
        }
    }
    assert!(n > 80, "{n} fixtures");
}

/// XML collections past the streaming threshold (16 MiB), broken outside
/// their documents: `validate` (streamed) exits 1 with the code `convert`
/// (read whole) gives.
#[test]
fn big_xml_collections_broken_outside_the_documents_are_rejected_like_convert() {
    let dir = tempfile::tempdir().unwrap();
    let doc = valid("progress-report.xml");
    let doc = doc.split_once("?>").unwrap().1;
    let count = (17 << 20) / doc.len() + 1;
    let mut docs = String::with_capacity(doc.len() * count + 8 * count);
    for i in 0..count {
        docs.push_str(&doc.replace("KE-PR-2025", &format!("KE-PR-{i}")));
    }
    let open = "<Submissions xmlns=\"urn:fosx:1\">";
    for (name, text) in [
        ("garbage-end.xml", format!("{open}{docs}</Garbage>\n")),
        (
            "late-declaration.xml",
            format!("{open}<?xml version=\"1.0\"?>{docs}</Submissions>\n"),
        ),
        (
            "dashes-in-comment.xml",
            format!("{open}{docs}<!-- a -- b --></Submissions>\n"),
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, &text).unwrap();
        assert!(text.len() > 16 << 20);
        let run = validate_json(&path, &[]);
        assert_eq!(run.code, 1, "{name}: {}", run.stderr);
        let report = run.report();
        let validate_codes: Vec<&str> = diagnostics(&report)
            .iter()
            .map(|d| d["code"].as_str().unwrap())
            .collect();
        let out = dir.path().join("out.json");
        let convert = fosx(
            &[
                "convert",
                "--as-of",
                AS_OF,
                "--to",
                "json",
                path.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(convert.code, 1, "{name}: {}", convert.stderr);
        assert!(
            convert.stderr.contains("FOS-P02"),
            "{name}: {}",
            convert.stderr
        );
        assert_eq!(validate_codes, ["FOS-P02"], "{name}");
    }
}

/// A CSV document whose rows are far apart is as big as its extent in the
/// file, streamed or read whole: over `--max-document-size`, P06 both ways
/// (before, the streamed check measured its rows alone and passed it).
#[test]
fn csv_documents_far_apart_are_over_the_size_limit_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let text = valid("timetable.csv");
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    let (a, b) = (lines.next().unwrap(), lines.next().unwrap());
    let other = |i: usize| a.replace("EU-TT-2026", &format!("EU-TT-{i}"));
    // Document EU-TT-2026's two rows with 20 other documents between them.
    let mut csv = format!("{header}\r\n{a}\r\n");
    for i in 0..20 {
        csv.push_str(&other(i));
        csv.push_str("\r\n");
    }
    csv.push_str(b);
    csv.push_str("\r\n");
    let path = dir.path().join("far.csv");
    std::fs::write(&path, &csv).unwrap();
    let mut options = options();
    options.read.limits.max_document_size = 1000;
    let whole = fosx::check_path(&path, &options);
    let streamed = check_path_streaming_from(&path, &options, 0);
    let p06 = |c: &fosx::Checked| -> Vec<(Option<usize>, String, Option<usize>)> {
        c.diagnostics
            .iter()
            .filter(|d| d.code == fosx::Code::P06)
            .map(|d| (d.document, d.message.english(), d.span.map(|s| s.start)))
            .collect()
    };
    let expected_size =
        csv.rfind(b).unwrap() + b.trim_end_matches(',').len() - csv.find(a).unwrap();
    assert_eq!(
        p06(&whole),
        [(
            Some(0),
            format!("document 0 is {expected_size} bytes long, more than the limit of 1000"),
            Some(csv.find(a).unwrap())
        )]
    );
    assert_eq!(p06(&streamed), p06(&whole));
    assert_eq!(codes(&streamed), codes(&whole));
}

// ----- CSV quoting -------------------------------------------------------------

/// `"a"b` (text after the closing quote) and `a"b` (a quote in a cell that
/// is not quoted) are P03 at the offending character, with help, read whole
/// and streamed (before, `"a"b` was silently read as `ab`).
#[test]
fn misplaced_csv_quotes_are_p03_at_their_place() {
    let text = valid("timetable.csv");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[1] = lines[1].replace(
        ",Depends on the reform of the customs code.",
        ",\"Depends\" on the reform",
    );
    lines[2] = lines[2].replace(",E-commerce desk,", ",E-commerce \"desk\",");
    let csv = lines.join("\r\n") + "\r\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("quotes.csv");
    std::fs::write(&path, &csv).unwrap();
    let help = "put the whole value in quotes and write each quote inside it as `\"\"`: \"a\"\"b\"";
    for checked in [
        fosx::check_path(&path, &options()),
        check_path_streaming_from(&path, &options(), 0),
    ] {
        let report = serde_json::to_value(fosx::report::FileReport::new(&checked, false)).unwrap();
        let p03: Vec<(u64, u64, &str, &str, &str)> = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "FOS-P03")
            .map(|d| {
                (
                    d["line"].as_u64().unwrap(),
                    d["column"].as_u64().unwrap(),
                    d["field"].as_str().unwrap(),
                    d["message"].as_str().unwrap(),
                    d["help"].as_str().unwrap(),
                )
            })
            .collect();
        let l2 = lines[1].find("\" on").unwrap() as u64 + 2;
        let l3 = lines[2].find("\"desk").unwrap() as u64 + 1;
        assert_eq!(
            p03,
            [
                (
                    2,
                    l2,
                    "entries.notes",
                    "text after the closing quote of a quoted cell: the quote would be lost",
                    help
                ),
                (
                    3,
                    l3,
                    "contact.name",
                    "a quote inside a cell that is not quoted",
                    help
                ),
            ]
        );
        assert!(!checked.is_valid(false));
    }
}

/// A long list of distinct items with repeats: each repeat (S07) is found
/// through a map of the items seen, not by comparing with every earlier
/// item (150,000 items took minutes when compared pairwise).
#[test]
fn repeats_in_a_long_list_are_found_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let n = 150_000;
    let items: String = (0..n).map(|i| format!("\"s{i}\",")).collect();
    let json = valid("progress-report.json").replacen(
        "\"postal-operators\",",
        &(items + "\"s7\", \"s149999\", \"postal-operators\","),
        1,
    );
    let path = dir.path().join("repeats.json");
    std::fs::write(&path, json).unwrap();
    let run = validate_json(&path, &["--max-diagnostics", "1000000"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.report();
    let repeats: Vec<(&Value, &Value)> = diagnostics(&report)
        .iter()
        .filter(|d| d["code"] == "FOS-S07")
        .map(|d| (&d["message"], &d["related"][0]["line"]))
        .collect();
    assert_eq!(repeats.len(), 2, "{repeats:?}");
    assert!(repeats[0].0.as_str().unwrap().ends_with("lists `s7` twice"));
    assert!(
        repeats[1]
            .0
            .as_str()
            .unwrap()
            .ends_with("lists `s149999` twice")
    );
    assert!(
        run.elapsed < Duration::from_secs(60),
        "took {:?}",
        run.elapsed
    );
}

/// A CSV document over `--max-document-size` under a header with more
/// problems than `--max-diagnostics` (1,100 unnamed columns): streamed, its
/// size (P06) is reported where reading the file whole reports it, past
/// the cap, and not in the place of the last header problem kept.
#[test]
fn a_document_over_the_size_limit_streamed_past_the_cap_is_reported_as_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wide.csv");
    let text = valid("timetable.csv");
    let mut lines = text.lines();
    let pad = ",".repeat(1100);
    let header = format!("{}{pad}\r\n", lines.next().unwrap());
    let row = format!("{}{pad}\r\n", lines.next().unwrap());
    std::fs::write(&path, header + &row.repeat(30)).unwrap();
    let mut options = options();
    options.read.limits.max_document_size = 10_000;
    let whole = fosx::check_path(&path, &options);
    let streamed = check_path_streaming_from(&path, &options, 0);
    let said = |c: &fosx::Checked| -> Vec<(String, String)> {
        c.diagnostics
            .iter()
            .map(|d| (d.code.full(), d.message.english()))
            .collect()
    };
    let (w, s) = (said(&whole), said(&streamed));
    assert_eq!(w.len(), 1001);
    assert_eq!(w[999].1, "column 1025 has no name");
    assert_eq!(
        w[1000].1,
        "101 more diagnostics of this file were left out, over the limit of 1000 (1 FOS-P06, 100 FOS-S02)"
    );
    assert_eq!(s, w);
}
