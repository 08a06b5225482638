//! Hostile and messy input (`fixtures/hostile/`, and big files generated
//! here into a temporary directory): entity bombs, external entities, deep
//! nesting, a 200 MB line, huge numbers, impossible dates, overlong text, a
//! CSV of 100,000 columns, archives renamed `.csv`, empty and blank files,
//! UTF-16 without a byte order mark, NUL bytes, truncated UTF-8 and mixed
//! line ends.
//!
//! Every input goes through the real binary (`fosx validate --format json`),
//! which must answer with the expected diagnostics (code, line, column, CSV
//! record and column, path), never reach the panic hook ("internal error"),
//! and stay within bounds: [`TIME_LIMIT`] of wall-clock time measured around
//! the child process, and [`MEMORY_LIMIT_KIB`] of resident memory measured by
//! `/usr/bin/time -v` (the memory check is skipped, with a note, when it is
//! missing). `fixtures/hostile/README.md` lists every file.

use super::json_fixtures::{AS_OF, options, root};
use serde_json::Value;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Wall-clock bound of one run of the binary.
const TIME_LIMIT: Duration = Duration::from_secs(1);
/// When the machine is loaded (tests run in parallel, other builds), the
/// wall clock can exceed [`TIME_LIMIT`] for reasons that are not fosx's: a
/// run is then accepted if its CPU time (user + system, from
/// `/usr/bin/time`) is within [`TIME_LIMIT`] and its wall-clock time within
/// this bound, which still catches any hang.
const LOADED_TIME_LIMIT: Duration = Duration::from_secs(10);
/// Resident memory bound of one run, in KiB (100 MiB).
const MEMORY_LIMIT_KIB: u64 = 100 * 1024;

/// Runs of the binary take turns, so that the big inputs are not measured
/// while another one runs.
static SERIAL: Mutex<()> = Mutex::new(());

/// What one run of `fosx validate --format json` gave.
struct Run {
    /// The command, for messages.
    what: String,
    code: i32,
    report: Value,
    stderr: String,
    elapsed: Duration,
    cpu: Option<Duration>,
    max_rss_kib: Option<u64>,
}

fn time_v() -> Option<&'static Path> {
    let p = Path::new("/usr/bin/time");
    p.is_file().then_some(p)
}

/// The value of a `/usr/bin/time -v` line (`\tName: value`).
fn time_field<'a>(stderr: &'a str, name: &str) -> Option<&'a str> {
    stderr
        .lines()
        .find_map(|l| l.trim_start().strip_prefix(name)?.strip_prefix(": "))
}

/// Runs `fosx validate --as-of AS_OF --format json ARGS` from the crate root
/// (under `/usr/bin/time -v` when present) and checks the bounds.
fn validate<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let run = validate_unbounded(args);
    assert_bounded(&run.what, &run);
    run
}

/// [`validate`] without the time and memory bounds (only the panic hook
/// is checked).
fn validate_unbounded<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let args: Vec<OsString> = args.into_iter().map(|a| a.as_ref().to_owned()).collect();
    let bin = assert_cmd::cargo::cargo_bin("fosx");
    let mut cmd = match time_v() {
        Some(time) => {
            let mut c = Command::new(time);
            c.arg("-v").arg(&bin);
            c
        }
        None => Command::new(&bin),
    };
    cmd.current_dir(root())
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .env("COLUMNS", "100")
        .args(["validate", "--as-of", AS_OF, "--format", "json"])
        .args(&args);
    let guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let start = Instant::now();
    let out = cmd.output().expect("fosx runs");
    let elapsed = start.elapsed();
    drop(guard);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let what = format!("fosx validate {args:?}");
    assert!(
        !stderr.contains("internal error"),
        "{what} reached the panic hook:\n{stderr}"
    );
    let code = out.status.code().unwrap_or(-1);
    assert!(
        !stderr.contains("Command terminated by signal"),
        "{what} was killed by a signal:\n{stderr}"
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{what}: stdout is not a JSON report ({e}):\n{}\n{stderr}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    let seconds = |name| {
        time_field(&stderr, name)
            .and_then(|v| v.parse::<f64>().ok())
            .map(Duration::from_secs_f64)
    };
    let cpu = match (
        seconds("User time (seconds)"),
        seconds("System time (seconds)"),
    ) {
        (Some(u), Some(s)) => Some(u + s),
        _ => None,
    };
    let max_rss_kib =
        time_field(&stderr, "Maximum resident set size (kbytes)").and_then(|v| v.parse().ok());
    Run {
        what,
        code,
        report,
        stderr,
        elapsed,
        cpu,
        max_rss_kib,
    }
}

fn assert_bounded(what: &str, run: &Run) {
    if run.elapsed >= TIME_LIMIT {
        let cpu = run.cpu.unwrap_or_else(|| {
            panic!(
                "{what} took {:?} (limit {TIME_LIMIT:?}), and no CPU time was measured",
                run.elapsed
            )
        });
        assert!(
            cpu < TIME_LIMIT && run.elapsed < LOADED_TIME_LIMIT,
            "{what} took {:?} wall-clock, {cpu:?} CPU (limit {TIME_LIMIT:?})",
            run.elapsed
        );
        eprintln!(
            "note: {what} took {:?} wall-clock but {cpu:?} CPU: the machine is loaded",
            run.elapsed
        );
    }
    super::cells::memory_within(run.max_rss_kib, MEMORY_LIMIT_KIB, what);
}

/// One expected diagnostic: code, line, column, CSV record and column
/// name, path (`None`: the report has no such member).
type Exp = (
    &'static str,
    Option<u64>,
    Option<u64>,
    Option<u64>,
    Option<&'static str>,
    Option<&'static str>,
);

/// A diagnostic at a line and column, without a path.
const fn at(code: &'static str, line: u64, column: u64) -> Exp {
    (code, Some(line), Some(column), None, None, None)
}

/// A diagnostic of a field at a line and column.
const fn field(code: &'static str, line: u64, column: u64, path: &'static str) -> Exp {
    (code, Some(line), Some(column), None, None, Some(path))
}

/// A diagnostic of a CSV cell.
const fn cell(
    code: &'static str,
    line: u64,
    column: u64,
    record: u64,
    name: &'static str,
    path: &'static str,
) -> Exp {
    (
        code,
        Some(line),
        Some(column),
        Some(record),
        Some(name),
        Some(path),
    )
}

fn got(file: &Value) -> Vec<Exp> {
    let leak = |v: &Value| v.as_str().map(|s| &*s.to_string().leak());
    file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                &*d["code"].as_str().unwrap().to_string().leak(),
                d["line"].as_u64(),
                d["column"].as_u64(),
                d["record"].as_u64(),
                leak(&d["field"]),
                leak(&d["path"]).filter(|p| !p.is_empty()),
            )
        })
        .collect()
}

/// Checks one file through the binary: exit 1, exactly `expected`.
fn expect_file(path: impl AsRef<Path>, expected: &[Exp]) -> Run {
    let path = path.as_ref();
    let run = validate([path]);
    let file = &run.report["files"][0];
    assert_eq!(
        got(file),
        expected,
        "{}:\n{:#}\n{}",
        path.display(),
        file["diagnostics"],
        run.stderr
    );
    assert_eq!(run.code, 1, "{}: exit code", path.display());
    assert_eq!(file["valid"], false, "{}", path.display());
    run
}

/// The message of the first diagnostic of the first file of a run.
fn first_message(run: &Run) -> &str {
    run.report["files"][0]["diagnostics"][0]["message"]
        .as_str()
        .expect("a message")
}

fn hostile(name: &str) -> PathBuf {
    let path = root().join("fixtures/hostile").join(name);
    assert!(path.is_file(), "no fixture {}", path.display());
    path
}

fn valid(name: &str) -> String {
    std::fs::read_to_string(root().join("fixtures/valid").join(name)).unwrap()
}

/// Replaces exactly one occurrence of `old`.
fn replace_once(text: &str, old: &str, new: &str) -> String {
    assert_eq!(text.matches(old).count(), 1, "`{old}` once");
    text.replacen(old, new, 1)
}

// ----- XML: entities and DTDs --------------------------------------------

#[test]
fn entity_bombs_and_external_entities_are_refused_unexpanded() {
    for name in [
        "P05-billion-laughs.xml",
        "P05-quadratic-blowup.xml",
        "P05-xxe-system.xml",
        "P05-xxe-parameter-entity.xml",
        "P05-external-dtd.xml",
    ] {
        let run = expect_file(hostile(name), &[at("FOS-P05", 2, 1)]);
        assert_eq!(run.report["files"][0]["documents"], serde_json::json!([]));
    }
    let run = expect_file(
        hostile("P05-undeclared-entity.xml"),
        &[at("FOS-P05", 25, 14)],
    );
    let message = first_message(&run);
    assert!(message.contains("&xxe;"), "{message}");
    // Nothing of /etc/passwd reaches the report.
    for name in ["P05-xxe-system.xml", "P05-xxe-parameter-entity.xml"] {
        let checked = fosx::check_path(&hostile(name), &options());
        assert!(checked.documents.is_empty());
        let report = serde_json::to_string(&fosx::report::FileReport::new(&checked, false));
        assert!(!report.unwrap().contains("root:"), "{name}");
    }
}

// ----- nesting ------------------------------------------------------------

#[test]
fn nesting_100_000_deep_is_p06() {
    let dir = tempfile::tempdir().unwrap();
    let n = 100_000;
    let cases = [
        ("deep-arrays.json", "[".repeat(n) + &"]".repeat(n), 1, 33),
        (
            "deep-objects.json",
            "{\"a\":".repeat(n) + "1" + &"}".repeat(n),
            1,
            161,
        ),
        (
            "deep-elements.xml",
            "<Timetable xmlns=\"urn:fosx:1\">".to_string()
                + &"<Entries>".repeat(n)
                + &"</Entries>".repeat(n)
                + "</Timetable>",
            1,
            319,
        ),
        ("deep-unclosed.xml", "<a>".repeat(n), 1, 100),
    ];
    for (name, text, line, column) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let run = expect_file(&path, &[at("FOS-P06", line, column)]);
        let message = first_message(&run);
        assert!(message.contains("nested more than 32 levels"), "{message}");
    }
}

// ----- size limits ----------------------------------------------------------

/// A 200 MB file on one line is refused by the streaming line limit of
/// `check_path`, which stops reading after the limit (16 MiB): the memory
/// bound proves that the file was not read whole.
#[test]
fn a_200_mb_line_is_refused_without_reading_it_all() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one-line.json");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    file.write_all(b"{\"remarks\": \"").unwrap();
    let block = vec![b'a'; 1 << 20];
    for _ in 0..200 {
        file.write_all(&block).unwrap();
    }
    file.write_all(b"\"}\n").unwrap();
    drop(file);
    assert!(std::fs::metadata(&path).unwrap().len() > 200 << 20);

    let run = expect_file(&path, &[(("FOS-P06"), None, None, None, None, None)]);
    let message = first_message(&run);
    assert!(
        message.contains("a line is longer than the limit of 16777216 bytes"),
        "{message}"
    );

    // The library alone: refused, and fast.
    let start = Instant::now();
    let err = fosx::read_file(&path, &fosx::Limits::default()).unwrap_err();
    assert_eq!(err.code, fosx::Code::P06);
    assert!(start.elapsed() < LOADED_TIME_LIMIT);
}

/// Text values: 5,000 characters break the dictionary's limit of 4,000
/// (S05); 2 MB break the reader's limit of 1 MiB (P06), and the document is
/// not checked further.
#[test]
fn overlong_text_is_s05_then_p06() {
    expect_file(
        hostile("S05-remarks-5000-chars.json"),
        &[field("FOS-S05", 21, 14, "/remarks")],
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("remarks-2mb.json");
    let text = replace_once(
        &valid("progress-report.json"),
        "\"Second annual report; figures for 2025 are provisional.\"",
        &format!("\"{}\"", "x".repeat(2 << 20)),
    );
    std::fs::write(&path, text).unwrap();
    let run = expect_file(&path, &[at("FOS-P06", 21, 14)]);
    let d = &run.report["files"][0]["diagnostics"][0];
    assert_eq!(
        d["message"],
        "a text value is 2097152 bytes long, more than the limit of 1048576"
    );
}

/// Every P06 names the option that raises its limit; that option must exist.
/// Today `validate` has `--max-file-size`, `--max-depth` and
/// `--max-documents` only, so following the help of a P06 for a long line,
/// a long text, a big document or many entries is a usage error.
#[test]
fn the_option_a_p06_names_exists() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("remarks-2mb.json");
    let text = replace_once(
        &valid("progress-report.json"),
        "\"Second annual report; figures for 2025 are provisional.\"",
        &format!("\"{}\"", "x".repeat(2 << 20)),
    );
    std::fs::write(&path, text).unwrap();
    let run = validate([&path]);
    let help = run.report["files"][0]["diagnostics"][0]["help"]
        .as_str()
        .unwrap()
        .to_string();
    let option = help
        .split_whitespace()
        .find(|w| w.starts_with("--"))
        .unwrap_or_else(|| panic!("no option in {help}"));
    // Raised to 4 MiB, the text is within the limit: only the dictionary's
    // own limit of 4,000 characters is left (S05).
    let run = validate([OsStr::new(option), OsStr::new("4194304"), path.as_os_str()]);
    assert_eq!(
        got(&run.report["files"][0]),
        [field("FOS-S05", 21, 14, "/remarks")]
    );
}

/// The CSV of 100,000 columns of [`a_csv_of_100_000_columns`] with a real
/// header: 100,000 unknown columns.
fn extra_columns_csv(dir: &Path) -> (PathBuf, String, Vec<String>) {
    let n = 100_000;
    let extra: Vec<String> = (0..n).map(|i| format!("extra{i}")).collect();
    let path = dir.join("extra-columns.csv");
    let timetable = valid("timetable.csv");
    let mut lines = timetable.split("\r\n");
    let header = lines.next().unwrap().to_string();
    let row = lines.next().unwrap();
    let text = format!("{header},{}\r\n{row}{}\r\n", extra.join(","), ",".repeat(n));
    std::fs::write(&path, text).unwrap();
    (path, header, extra)
}

/// 100,000 columns: without one known name the first row is no header
/// (P03); after a real header, every extra column is reported (S02) at its
/// place.
#[test]
fn a_csv_of_100_000_columns() {
    let dir = tempfile::tempdir().unwrap();
    let n = 100_000;
    let path = dir.path().join("unknown-columns.csv");
    let names: Vec<String> = (0..n).map(|i| format!("extra{i}")).collect();
    let text = names.join(",") + "\r\n" + &vec!["x"; n].join(",") + "\r\n";
    std::fs::write(&path, text).unwrap();
    expect_file(&path, &[at("FOS-P03", 1, 1)]);

    let (path, header, extra) = extra_columns_csv(dir.path());
    let run = validate_unbounded([&path]);
    assert_eq!(run.code, 1);
    let diags = got(&run.report["files"][0]);
    // The first 100 one by one, the other 99,900 in one diagnostic at the
    // 101st.
    assert_eq!(diags.len(), 101);
    let first_column = header.chars().count() as u64 + 2;
    let column_of =
        |i: usize| first_column + extra[..i].iter().map(|e| e.len() as u64 + 1).sum::<u64>();
    for (i, d) in diags.iter().enumerate() {
        assert_eq!(*d, at("FOS-S02", 1, column_of(i)), "diagnostic {i}");
    }
    assert_eq!(
        run.report["files"][0]["diagnostics"][100]["message"],
        "99900 more unknown columns, from `extra100` on"
    );
}

/// The same file within the bounds (it took 1.6 s and 130 MiB in a release
/// build while each of the 100,000 columns had its own S02 and suggestion).
#[test]
fn a_csv_of_100_000_columns_in_bounded_time_and_memory() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = extra_columns_csv(dir.path());
    validate([&path]);
}

/// 100,000 documents, each with its diagnostics (a 300 KB file): building
/// the report asks, for each document, whether it is valid, and
/// `Checked::document_is_valid` goes through every diagnostic of the file
/// each time, so the time grows with the square of the documents (release
/// build: 10,000 documents 0.5 s, 30,000 5 s, 100,000 70 s; a CSV of 100,000
/// one-row documents more than 2 minutes).
#[test]
fn many_documents_with_errors_are_reported_in_linear_time() {
    let n = 20_000;
    let text = format!("[{}]", vec!["{}"; n].join(","));
    // Every diagnostic is kept (no cap): the report is what is measured.
    let mut options = options();
    options.read.limits.max_diagnostics = usize::MAX;
    let checked = fosx::check_bytes("many.json", text.as_bytes(), &options);
    assert_eq!(checked.documents.len(), n);
    assert!(checked.diagnostics.len() >= n);
    let (start, cpu_start) = (Instant::now(), thread_cpu());
    let report = fosx::report::FileReport::new(&checked, false);
    let elapsed = start.elapsed();
    let cpu = thread_cpu().zip(cpu_start).map(|(end, start)| end - start);
    assert_eq!(report.documents.len(), n);
    // On a loaded machine the wall clock says little: the thread's own CPU
    // time is what must stay within the limit then.
    assert!(
        elapsed < TIME_LIMIT
            || (cpu.is_some_and(|c| c < TIME_LIMIT) && elapsed < LOADED_TIME_LIMIT),
        "the report of {n} documents took {elapsed:?}, {cpu:?} CPU"
    );
}

/// The CPU time the calling thread has used (Linux's
/// `/proc/thread-self/schedstat`, first field in nanoseconds).
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// 10,000 CSV documents with two errors each, in the human report: each
/// snippet is found without scanning the file from its start (miette does
/// that with the whole text; `render::Source` gives it only the lines it
/// shows). Before, 30,000 rows took 140 s (release build) and 10,000 about
/// a ninth of that, growing as the square; the bound is generous
/// for a debug build and a loaded machine.
#[test]
fn the_human_report_of_many_diagnostics_is_not_quadratic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many-rows.csv");
    let mut text = String::from("documentType,documentId\n");
    for i in 0..10_000 {
        text.push_str(&format!("timetable,D{i}\n"));
    }
    std::fs::write(&path, text).unwrap();
    let start = Instant::now();
    let out = Command::new(assert_cmd::cargo::cargo_bin("fosx"))
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .args([
            "validate",
            "--as-of",
            AS_OF,
            "--max-diagnostics",
            "10000000",
        ])
        .arg(&path)
        .output()
        .unwrap();
    let elapsed = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("internal error"));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("many-rows.csv:10001:1]"),
        "{}",
        &stderr[stderr.len().saturating_sub(2000)..]
    );
    assert!(
        elapsed < Duration::from_secs(60),
        "the human report took {elapsed:?}"
    );
}

// ----- numbers, dates -------------------------------------------------------

#[test]
fn huge_numbers_are_s03() {
    expect_file(
        hostile("S03-huge-exponent.json"),
        &[
            field("FOS-S03", 32, 28, "/indicators/averageReleaseHours"),
            field("FOS-S06", 32, 28, "/indicators/averageReleaseHours"),
            field("FOS-S03", 51, 28, "/entries/1/completionPercent"),
            field("FOS-S06", 51, 28, "/entries/1/completionPercent"),
        ],
    );
    expect_file(
        hostile("S03-10000-digit-number.json"),
        &[field(
            "FOS-S03",
            28,
            30,
            "/indicators/ecommerceDeclarations",
        )],
    );
    expect_file(
        hostile("S03-huge-number-and-bad-date.csv"),
        &[
            cell(
                "FOS-S03",
                2,
                131,
                1,
                "entries.standard",
                "/entries/0/standard",
            ),
            cell(
                "FOS-S03",
                3,
                134,
                2,
                "entries.plannedStart",
                "/entries/1/plannedStart",
            ),
        ],
    );
}

/// A message quotes the value it is about; a value of 10,000 digits (or any
/// other huge value) should be shortened there, as the report and the
/// terminal are read by people.
#[test]
fn messages_quote_huge_values_shortened() {
    let run = validate([hostile("S03-10000-digit-number.json")]);
    let message = first_message(&run);
    assert!(message.len() < 300, "a message of {} bytes", message.len());
}

#[test]
fn impossible_dates_are_s03() {
    let run = expect_file(
        hostile("S03-invalid-dates.json"),
        &[
            field("FOS-S03", 6, 21, "/submissionDate"),
            field("FOS-S03", 23, 14, "/reportingPeriod/start"),
            field("FOS-S03", 24, 12, "/reportingPeriod/end"),
            field("FOS-S03", 41, 27, "/entries/0/actualCompletion"),
        ],
    );
    let messages: Vec<&str> = run.report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "`2026-02-30` is not a real calendar date",
            "`2026-13-01` is not a real calendar date",
            "`0000-00-00` is not a real calendar date",
            "`99999-01-01` is not a date written YYYY-MM-DD",
        ]
    );
}

// ----- not text, or not UTF-8 ----------------------------------------------

#[test]
fn empty_and_blank_files_are_p07() {
    expect_file(hostile("P07-empty.csv"), &[at("FOS-P07", 1, 1)]);
    expect_file(hostile("P07-spaces.xml"), &[at("FOS-P07", 1, 1)]);
}

/// A workbook (a ZIP archive) renamed `.csv` is named for what it is.
#[test]
fn a_zip_renamed_csv_is_p07() {
    const ZIP: &[u8] = b"PK\x03\x04\x14\x00\x00\x00\x00\x00\x00`|]H\x87H\xB4$\x00\x00\x00$\x00\
        \x00\x00\x09\x00\x00\x00sheet.csvdocumentType,documentId\x0Atimetable,A\x0APK\x01\x02\
        \x14\x03\x14\x00\x00\x00\x00\x00\x00`|]H\x87H\xB4$\x00\x00\x00$\x00\x00\x00\x09\x00\x00\
        \x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00sheet.csvPK\x05\x06\x00\x00\
        \x00\x00\x01\x00\x01\x007\x00\x00\x00K\x00\x00\x00\x00\x00";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.csv");
    std::fs::write(&path, ZIP).unwrap();
    let run = expect_file(&path, &[at("FOS-P07", 1, 1)]);
    let message = first_message(&run);
    assert!(message.contains("ZIP archive"), "{message}");
    // Forced to CSV, the same.
    let run = validate([OsStr::new("--from"), OsStr::new("csv"), path.as_os_str()]);
    assert_eq!(got(&run.report["files"][0]), [at("FOS-P07", 1, 1)]);
}

#[test]
fn utf16_without_bom_is_p04() {
    for name in [
        "P04-utf-16le-no-bom.json",
        "P04-utf-16be-no-bom.xml",
        "P04-utf-16le-no-bom.csv",
    ] {
        let run = expect_file(hostile(name), &[at("FOS-P04", 1, 1)]);
        let message = first_message(&run);
        assert!(message.contains("without a byte order mark"), "{message}");
    }
}

/// NUL bytes: a syntax error where JSON and XML forbid them, and a P04 in a
/// CSV file (whose reader would otherwise take them into a cell).
#[test]
fn nul_bytes_are_refused_where_they_are() {
    expect_file(hostile("P01-nul-byte.json"), &[at("FOS-P01", 10, 21)]);
    expect_file(hostile("P02-nul-byte.xml"), &[at("FOS-P02", 11, 25)]);
    expect_file(hostile("P04-nul-byte.csv"), &[at("FOS-P04", 2, 56)]);
}

#[test]
fn truncated_utf8_is_p04_at_its_place() {
    let run = expect_file(
        hostile("P04-truncated-utf8-at-end.json"),
        &[at("FOS-P04", 10, 21)],
    );
    assert_eq!(
        run.report["files"][0]["diagnostics"][0]["message"],
        "the file ends in the middle of a UTF-8 character"
    );
    let run = expect_file(
        hostile("P04-truncated-utf8-inside.xml"),
        &[at("FOS-P04", 11, 18)],
    );
    assert_eq!(
        run.report["files"][0]["diagnostics"][0]["message"],
        "the bytes C3 are not valid UTF-8"
    );
}

// ----- line ends ------------------------------------------------------------

/// CRLF, LF and a CR alone each end a line, as in editors (and in the
/// snippets of the human report): the places are those of the same file
/// with LF line ends.
#[test]
fn mixed_line_ends_count_every_line() {
    expect_file(
        hostile("S04-mixed-line-ends.json"),
        &[field("FOS-S04", 50, 17, "/entries/1/status")],
    );
    expect_file(
        hostile("S04-mixed-line-ends.csv"),
        &[cell(
            "FOS-S04",
            4,
            155,
            3,
            "entries.dateKind",
            "/entries/2/dateKind",
        )],
    );
}

// ----- the terminal ----------------------------------------------------------

/// A file can hold terminal control sequences (ESC, BEL, ...); the human
/// report shows the file's text in snippets, and column names and values in
/// messages, and must not send such sequences to the terminal.
#[test]
fn no_control_sequence_reaches_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("escape.csv");
    std::fs::write(
        &path,
        "documentType,documentId,\u{1b}]0;title\u{7}\r\n\u{1b}[2Jtimetable,A,x\r\n",
    )
    .unwrap();
    let out = Command::new(assert_cmd::cargo::cargo_bin("fosx"))
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .args(["validate", "--as-of", AS_OF])
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("internal error"), "{stderr}");
    let bad: Vec<char> = stderr
        .chars()
        .filter(|&c| c.is_control() && c != '\n' && c != '\t')
        .collect();
    assert!(bad.is_empty(), "control characters {bad:?} in:\n{stderr}");
}

// ----- the whole corpus -------------------------------------------------------

/// Every file of `fixtures/hostile/` (and of `regressions/`, the inputs the
/// fuzzers found), in one run and one by one as each representation, through
/// the library and every renderer: never a panic, and always a diagnostic.
#[test]
fn no_hostile_input_reaches_the_panic_hook() {
    let hostile = corpus("fixtures/hostile");
    let regressions = corpus("fixtures/hostile/regressions");
    assert!(hostile.len() >= 20, "{hostile:?}");
    let files: Vec<PathBuf> = hostile.iter().chain(&regressions).cloned().collect();
    let run = validate(&files);
    let reports = run.report["files"].as_array().unwrap();
    assert_eq!(reports.len(), files.len());
    // Every hostile file is invalid; a regression input need not be (it
    // may be a valid document that broke a round trip).
    for file in &reports[..hostile.len()] {
        assert!(
            !file["diagnostics"].as_array().unwrap().is_empty(),
            "no diagnostic for {}",
            file["file"]
        );
    }
    // The human report too.
    let out = Command::new(assert_cmd::cargo::cargo_bin("fosx"))
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .args(["validate", "--as-of", AS_OF])
        .args(&files)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("internal error"), "{stderr}");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    // The library, each representation forced.
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        for representation in [
            fosx::Representation::Json,
            fosx::Representation::Xml,
            fosx::Representation::Csv,
        ] {
            let mut options = options();
            options.read.representation = Some(representation);
            let checked = fosx::check_bytes("hostile", &bytes, &options);
            let text = fosx::report::human::plain_text(&checked, false);
            assert!(text.contains("hostile: "), "{}", path.display());
        }
    }
}

/// The files of a corpus directory (not its README), sorted.
fn corpus(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"))
        .collect();
    files.sort();
    files
}

// ----- what the fuzzers found ---------------------------------------------------

/// Found by the `roundtrip` fuzz target: a text holding U+0000 (`\u0000` in
/// JSON; any C0 control but TAB, LF and CR, or U+FFFE, U+FFFF) passes every
/// check, but XML cannot hold it: `fosx convert --to xml` writes `&#0;`,
/// which fosx itself then refuses (P02), so the round-trip rule breaks. Such
/// a text has no XML form, so the check should refuse it (S05).
#[test]
fn regression_a_control_character_in_text_is_s05() {
    let path = root().join("fixtures/hostile/regressions/roundtrip-nul-in-text.json");
    let checked = fosx::check_path(&path, &options());
    let report = fosx::report::FileReport::new(&checked, false);
    let report = serde_json::to_value(&report).unwrap();
    assert_eq!(got(&report), [field("FOS-S05", 24, 16, "/entries/0/notes")]);
}

/// Whatever the check decides about the text above, a valid document must
/// convert to XML and back unchanged.
#[test]
fn regression_a_valid_document_round_trips_through_xml() {
    let path = root().join("fixtures/hostile/regressions/roundtrip-nul-in-text.json");
    let checked = fosx::check_path(&path, &options());
    if !checked.is_valid(false) {
        return;
    }
    let xml = fosx::write::write_xml(&checked.documents).unwrap();
    let back = fosx::check_bytes("back.xml", xml.as_bytes(), &options());
    assert!(
        back.is_valid(false),
        "{}",
        fosx::report::human::plain_text(&back, false)
    );
    assert_eq!(
        fosx::write::write_json(&back.documents).unwrap(),
        fosx::write::write_json(&checked.documents).unwrap()
    );
}

/// Found by the `stream` fuzz target: an XML collection whose last document
/// runs into CSV text, holds the byte FA and never ends. Read whole, the
/// file is not UTF-8 (P04 at the byte). Streamed, the splitter stopped at the
/// end of the file inside that document (P02) and no reader ever saw its
/// bytes, so the encoding went unsaid. Now both reads report the file's
/// first bytes that are not UTF-8, at the same place, with the same message,
/// and so does the streamed check of the same bytes in memory.
#[test]
fn regression_a_stream_reports_bytes_that_are_not_utf8_as_the_whole_read_does() {
    use fosx::check::stream::{check_bytes_streaming_from, check_path_streaming_from};
    let path = root().join("fixtures/hostile/regressions/stream-invalid-utf8-unclosed.xml");
    let bytes = std::fs::read(&path).unwrap();
    let whole = fosx::check_path(&path, &options());
    let streamed = check_path_streaming_from(&path, &options(), 0);
    let in_memory = check_bytes_streaming_from(&path.display().to_string(), &bytes, &options(), 0);
    let report =
        |c: &fosx::Checked| serde_json::to_value(fosx::report::FileReport::new(c, false)).unwrap();
    let p04 = |c: &fosx::Checked| -> Vec<(Exp, String)> {
        let report = report(c);
        let messages = report["diagnostics"].as_array().unwrap().iter();
        got(&report)
            .into_iter()
            .zip(messages.map(|d| d["message"].as_str().unwrap().to_string()))
            .filter(|(d, _)| d.0 == "FOS-P04")
            .collect()
    };
    let expected = vec![(
        at("FOS-P04", 11, 92),
        "the bytes FA are not valid UTF-8".to_string(),
    )];
    assert_eq!(p04(&whole), expected, "{}", report(&whole));
    assert_eq!(p04(&streamed), expected, "{}", report(&streamed));
    assert!(!whole.is_valid(false) && !streamed.is_valid(false));
    assert_eq!(report(&in_memory), report(&streamed));
}

/// Found by the `http` fuzz target: a route's segment that is not UTF-8
/// once percent-decoded (`/v1/explain/notification%AA`) was answered by
/// axum's own extractor, 400 in plain text, not the documented JSON error.
/// It names no type, code, schema or list: 404 with the error body.
#[test]
fn regression_a_path_segment_that_is_not_utf8_is_404_with_the_error_body() {
    use super::serve::{Server, agent, get};
    let server = Server::start(&["--quiet"], &[]);
    let agent = agent();
    for (path, code) in [
        ("/v1/explain/notification%AA%AA", "unknown-code"),
        ("/v1/template/%FF", "unknown-type"),
        ("/v1/schemas/fosx%C3.xsd", "unknown-schema"),
        ("/v1/codes/status%80", "unknown-list"),
    ] {
        let a = get(&agent, &server.url(path));
        assert_eq!(a.status, 404, "{path}: {}", a.text());
        assert_eq!(a.content_type, "application/json", "{path}");
        assert_eq!(a.error_code(), code, "{path}");
        assert!(a.text().ends_with("}\n"), "{path}: {}", a.text());
    }
}

/// Found by the `stream` fuzz target: a JSON collection whose one document
/// is `\0t\0a\0c\0t\0.\0p` (17 bytes). Read whole, the file is UTF-8 and
/// the NUL characters are a syntax error (P01); streamed, the document was
/// read alone and its first bytes taken for UTF-16 without a byte order
/// mark (P04). A document of a streamed collection is read as the UTF-8 the
/// file is: both reads give the same diagnostics.
#[test]
fn regression_a_streamed_document_is_not_taken_for_utf16() {
    let path = root().join("fixtures/hostile/regressions/stream-json-document-like-utf16.json");
    let whole = fosx::check_path(&path, &options());
    let streamed = fosx::check::stream::check_path_streaming_from(&path, &options(), 0);
    let report =
        |c: &fosx::Checked| serde_json::to_value(fosx::report::FileReport::new(c, false)).unwrap();
    let (whole, streamed) = (report(&whole), report(&streamed));
    let codes = |r: &Value| -> Vec<Exp> {
        got(r)
            .into_iter()
            .map(|d| (d.0, d.1, d.2, None, None, None))
            .collect()
    };
    assert_eq!(codes(&whole), [at("FOS-P01", 2, 1)], "{whole}");
    assert_eq!(codes(&streamed), codes(&whole), "{streamed}");
}

/// Found by the `stream` fuzz target: an XML collection whose text runs into
/// CSV rows, with an end tag (`</DocumentType>`) that closes no element at
/// the collection's level. Read whole, that end tag is the file's syntax
/// error (P02); streamed, the text before it was judged first (S03) and the
/// end tag never was. Now the streamed read says the P02 too, at its place.
#[test]
fn regression_a_stream_reports_an_end_tag_that_closes_no_element() {
    use fosx::check::stream::check_path_streaming_from;
    let path = root().join("fixtures/hostile/regressions/stream-end-tag-closing-no-element.xml");
    let whole = fosx::check_path(&path, &options());
    let streamed = check_path_streaming_from(&path, &options(), 0);
    let p02 = |c: &fosx::Checked| -> Vec<Exp> {
        let report = serde_json::to_value(fosx::report::FileReport::new(c, false)).unwrap();
        got(&report)
            .into_iter()
            .filter(|d| d.0 == "FOS-P02")
            .collect()
    };
    assert_eq!(p02(&whole), vec![at("FOS-P02", 3, 81)]);
    assert_eq!(p02(&streamed), vec![at("FOS-P02", 3, 81)]);
    assert!(!streamed.is_valid(false));
}

/// Found by the `stream` fuzz target: `[` and `t`, `a`, `c`... each followed
/// by a zero byte. Read whole, the file is UTF-16 without a byte order mark
/// (P04); streamed, the splitter took it for a JSON array and read its
/// document as UTF-8 (P01). A file the whole read does not take for text is
/// now read whole by the streaming check too.
#[test]
fn regression_a_stream_reads_utf16_without_a_bom_as_the_whole_read_does() {
    use fosx::check::stream::{check_bytes_streaming_from, check_path_streaming_from};
    let path = root().join("fixtures/hostile/regressions/stream-json-utf16-without-bom.json");
    let bytes = std::fs::read(&path).unwrap();
    let whole = fosx::check_path(&path, &options());
    let streamed = check_path_streaming_from(&path, &options(), 0);
    let in_memory = check_bytes_streaming_from(&path.display().to_string(), &bytes, &options(), 0);
    let codes = |c: &fosx::Checked| -> Vec<&str> {
        c.diagnostics.iter().map(|d| d.code.as_str()).collect()
    };
    assert_eq!(codes(&whole), vec!["P04"]);
    assert_eq!(codes(&streamed), vec!["P04"]);
    assert_eq!(codes(&in_memory), vec!["P04"]);
}

/// Found by the `csv` fuzz target: a list cell with text after its closing
/// quote (`"postal-operators;express-carrierz"é`), as long as the quotes it
/// lost. Each item was placed by its offset in the value as if the value
/// were the text between the quotes: the second item's span crossed the
/// closing quote and ended inside `é`. When a quote is out of place in a
/// cell, its items are now placed at the cell.
#[test]
fn list_items_of_a_cell_with_text_after_its_quote_are_placed_at_the_cell() {
    let path = root().join("fixtures/hostile/regressions/csv-list-text-after-closing-quote.csv");
    expect_file(
        &path,
        &[
            cell(
                "FOS-S04",
                2,
                514,
                1,
                "entries.stakeholders",
                "/entries/0/stakeholders/1",
            ),
            (
                "FOS-P03",
                Some(2),
                Some(549),
                Some(1),
                Some("entries.stakeholders"),
                None,
            ),
        ],
    );
    let checked = fosx::check_path(
        &path,
        &fosx::CheckOptions::new(fosx::Date::parse("2026-11-28").unwrap()),
    );
    let text = checked.source.text.as_str();
    for d in &checked.diagnostics {
        let s = d.span.expect("a place");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{} {s:?}",
            d.code
        );
    }
}

/// Found by the `xml` fuzz target: a byte order mark, then the character
/// U+FEFF again (a second mark), then the file. Decoding takes the first
/// mark; the XML reader skipped the second unseen, and the text after it
/// was placed as if it started at the file's first byte: a span inside
/// U+FEFF. The second mark is now what it is in XML, a character before
/// the root element (P02, at it), as other XML readers say.
#[test]
fn a_second_byte_order_mark_is_text_before_the_root() {
    let path = root().join("fixtures/hostile/regressions/xml-second-byte-order-mark.xml");
    let run = validate(["--from".as_ref(), "xml".as_ref(), path.as_os_str()]);
    let file = &run.report["files"][0];
    assert_eq!(got(file), [at("FOS-P02", 1, 1)], "{file:#}");
    assert_eq!(
        file["diagnostics"][0]["message"], "text before the root element",
        "{file:#}"
    );
    assert_eq!(run.code, 1);
    // A collection so marked, read whole and document by document.
    let mut bytes = b"\xEF\xBB\xBF\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(root().join("fixtures/xml/collection.xml")).unwrap());
    let mut options = options();
    options.read.representation = Some(fosx::Representation::Xml);
    let whole = fosx::check_bytes("marked.xml", &bytes, &options);
    let streamed =
        fosx::check::stream::check_bytes_streaming_from("marked.xml", &bytes, &options, 0);
    let said = |c: &fosx::Checked| -> Vec<(String, Option<fosx::Span>)> {
        c.diagnostics
            .iter()
            .map(|d| (d.code.as_str().to_string(), d.span))
            .collect()
    };
    assert_eq!(
        said(&whole),
        [("P02".to_string(), Some(fosx::Span::new(0, 3)))]
    );
    assert_eq!(said(&streamed), said(&whole));
}
