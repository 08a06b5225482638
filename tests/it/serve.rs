//! `fosx serve`, the real binary on an ephemeral port of 127.0.0.1, spoken to
//! over HTTP: every answer is held to what the CLI prints for the same bytes.

use super::cli::{Run, run};
use super::json_fixtures::{AS_OF, root};
use assert_cmd::Command;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;

use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running `fosx serve`, stopped when dropped.
pub(crate) struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// What it wrote on stderr after the address line (the access log).
    pub log: Arc<Mutex<String>>,
}

impl Server {
    /// Starts `fosx serve --addr 127.0.0.1:0 --as-of AS_OF` with `args` and
    /// waits for its address.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("fosx"));
        cmd.current_dir(root())
            .args(["serve", "--addr", "127.0.0.1:0", "--as-of", AS_OF])
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("fosx serve starts");
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut first = String::new();
        stderr.read_line(&mut first).unwrap();
        let base = first
            .trim()
            .strip_prefix("fosx serve: listening on ")
            .unwrap_or_else(|| panic!("unexpected first line: {first:?}"))
            .trim_end_matches('/')
            .to_string();
        let log = Arc::new(Mutex::new(String::new()));
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in stderr.lines().map_while(Result::ok) {
                let mut l = sink.lock().unwrap();
                l.push_str(&line);
                l.push('\n');
            }
        });
        Server { child, base, log }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn addr(&self) -> String {
        self.base.trim_start_matches("http://").to_string()
    }

    /// The server's peak resident memory (VmHWM), in KiB.
    pub fn peak_memory_kib(&self) -> u64 {
        self.status_kib("VmHWM")
    }

    /// The server's resident memory now (VmRSS), in KiB.
    pub fn memory_kib(&self) -> u64 {
        self.status_kib("VmRSS")
    }

    fn status_kib(&self, key: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key}:")))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or_else(|| panic!("{key} in /proc/PID/status"))
    }

    /// Sends SIGTERM.
    pub fn terminate(&self) {
        let ok = std::process::Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill -TERM");
    }

    /// Waits for the exit, at most `limit`; `None` when it is still running.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP client that does not treat 4xx/5xx as errors.
pub(crate) fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

/// An answer: status, content type, body.
#[derive(Debug)]
pub(crate) struct Answer {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
    pub headers: Vec<(String, String)>,
}

impl Answer {
    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.body).unwrap()
    }
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
    pub fn error_code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub(crate) fn answer(r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Answer {
    let mut r = r.expect("the request is answered");
    let headers = r
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or_default().to_string()))
        .collect();
    let content_type = r
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    Answer {
        status: r.status().as_u16(),
        content_type,
        body: r
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_to_vec()
            .unwrap(),
        headers,
    }
}

pub(crate) fn post(agent: &ureq::Agent, url: &str, body: &[u8]) -> Answer {
    answer(agent.post(url).send(body))
}

pub(crate) fn get(agent: &ureq::Agent, url: &str) -> Answer {
    answer(agent.get(url).call())
}

/// A query value, percent-encoded.
pub(crate) fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Every submission file below `fixtures/`, as paths relative to the crate
/// root, sorted.
pub(crate) fn fixtures() -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(root().join("fixtures"))
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| x == "json" || x == "xml" || x == "csv")
        })
        .map(|e| {
            e.path()
                .strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    out.sort();
    out
}

/// `fosx` from the crate root, without colour, in English whatever the
/// language of the machine, at the default width (unlike
/// [`super::cli::fosx`], which sets 100 columns).
pub(crate) fn fosx() -> Command {
    let mut cmd = Command::cargo_bin("fosx").unwrap();
    cmd.current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

/// `fosx validate --format json --as-of AS_OF FILE`.
pub(crate) fn cli_report(file: &str) -> Run {
    run(fosx().args(["validate", "--format", "json", "--as-of", AS_OF, file]))
}

pub(crate) fn validate_url(server: &Server, file: &str) -> String {
    server.url(&format!("/v1/validate?name={}&as_of={AS_OF}", enc(file)))
}

pub(crate) fn read(file: &str) -> Vec<u8> {
    std::fs::read(root().join(file)).unwrap()
}

// ----- the report, fixture by fixture ------------------------------------

#[test]
fn every_fixture_gets_the_report_of_the_cli() {
    let server = Server::start(&["--quiet"], &[]);
    let agent = agent();
    let files = fixtures();
    assert!(files.len() > 100, "the fixtures are found: {}", files.len());
    let (mut valid, mut invalid) = (0, 0);
    for file in &files {
        let cli = cli_report(file);
        let answer = post(&agent, &validate_url(&server, file), &read(file));
        if cli.stdout.contains("\"FOS-P06\"") {
            // A limit's help names the option of each front end: the same
            // report otherwise.
            let (mut a, mut c) = (answer.json(), serde_json::from_str(&cli.stdout).unwrap());
            for (report, option) in [
                (
                    &mut a,
                    "an option of `fosx serve` that the service's operator sets",
                ),
                (&mut c, "--max-"),
            ] {
                for d in report["files"][0]["diagnostics"].as_array_mut().unwrap() {
                    if d["code"] == "FOS-P06" {
                        let help = d["help"].take();
                        assert!(help.as_str().unwrap().contains(option), "{file}: {help}");
                    }
                }
            }
            assert_eq!(a, c, "{file}: the report differs");
        } else {
            assert_eq!(answer.text(), cli.stdout, "{file}: the report differs");
        }
        assert_eq!(answer.content_type, "application/json", "{file}");
        match cli.code {
            0 => {
                assert_eq!(answer.status, 200, "{file}");
                valid += 1;
            }
            1 => {
                assert_eq!(answer.status, 422, "{file}");
                invalid += 1;
            }
            other => panic!("{file}: the CLI exits {other}: {}", cli.stderr),
        }
    }
    assert!(
        valid > 20 && invalid > 50,
        "{valid} valid, {invalid} invalid"
    );
}

#[test]
fn verdict_status_false_answers_200_with_the_same_report() {
    let server = Server::start(&["--quiet"], &[]);
    let file = "fixtures/csv/S04-bad-stakeholder.csv";
    let url = format!("{}&verdict_status=false", validate_url(&server, file));
    let a = post(&agent(), &url, &read(file));
    assert_eq!(a.status, 200);
    assert_eq!(a.text(), cli_report(file).stdout);
    assert_eq!(a.json()["files"][0]["valid"], false);
}

#[test]
fn sarif_junit_and_french_reports_are_the_clis() {
    let server = Server::start(&["--quiet"], &[]);
    let agent = agent();
    let file = "fixtures/csv/S04-bad-stakeholder.csv";
    for (format, content_type) in [
        ("sarif", "application/sarif+json"),
        ("junit", "application/xml"),
        ("json", "application/json"),
    ] {
        for lang in ["en", "fr"] {
            let cli = run(fosx().args([
                "--lang", lang, "validate", "--format", format, "--as-of", AS_OF, file,
            ]));
            assert_eq!(cli.code, 1);
            let url = format!(
                "{}&format={format}&lang={lang}",
                validate_url(&server, file)
            );
            let a = post(&agent, &url, &read(file));
            assert_eq!(a.status, 422, "{format} {lang}");
            assert_eq!(a.content_type, content_type);
            assert_eq!(a.text(), cli.stdout, "{format} {lang}");
        }
    }
}

#[test]
fn multipart_checks_every_file_part_as_the_cli_checks_them_together() {
    let server = Server::start(&["--quiet"], &[]);
    let files = [
        "fixtures/valid/timetable.json",
        "fixtures/csv/S04-bad-stakeholder.csv",
        "fixtures/xml/p02-mismatched-tag.xml",
    ];
    for f in &files {
        assert!(root().join(f).exists(), "{f}");
    }
    let boundary = "fosx-test-boundary-7d3f";
    let mut body = Vec::new();
    for f in &files {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{f}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(&read(f));
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let a = answer(
        agent()
            .post(&server.url(&format!("/v1/validate?as_of={AS_OF}")))
            .header(
                "Content-Type",
                &format!("multipart/form-data; boundary={boundary}"),
            )
            .send(&body[..]),
    );
    let mut args = vec!["validate", "--format", "json", "--as-of", AS_OF];
    args.extend(files);
    let cli = run(fosx().args(&args));
    assert_eq!(cli.code, 1);
    assert_eq!(a.status, 422);
    assert_eq!(a.text(), cli.stdout);
    assert_eq!(a.json()["summary"]["files"], 3);

    // A form without a `file` field is a bad body.
    let bad = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--{boundary}--\r\n"
    );
    let a = answer(
        agent()
            .post(&server.url("/v1/validate"))
            .header(
                "Content-Type",
                &format!("multipart/form-data; boundary={boundary}"),
            )
            .send(bad.as_bytes()),
    );
    assert_eq!(a.status, 400);
    assert_eq!(a.error_code(), "bad-body");
}

// ----- convert ------------------------------------------------------------

#[test]
fn convert_is_byte_identical_to_the_cli() {
    let server = Server::start(&["--quiet"], &[]);
    let agent = agent();
    let inputs: Vec<String> = fixtures()
        .into_iter()
        .filter(|f| f.starts_with("fixtures/valid/") || f.starts_with("fixtures/csv/valid-"))
        .collect();
    assert!(inputs.len() >= 10, "{inputs:?}");
    for file in &inputs {
        for (to, content_type) in [
            ("json", "application/json"),
            ("xml", "application/xml"),
            ("csv", "text/csv; charset=utf-8"),
        ] {
            let cli = fosx()
                .args(["convert", "--as-of", AS_OF, "--to", to, file])
                .output()
                .unwrap();
            let url = server.url(&format!(
                "/v1/convert?to={to}&as_of={AS_OF}&name={}",
                enc(file)
            ));
            let a = post(&agent, &url, &read(file));
            if cli.status.code() == Some(0) {
                assert_eq!(a.status, 200, "{file} -> {to}: {}", a.text());
                assert_eq!(a.content_type, content_type);
                assert_eq!(a.body, cli.stdout, "{file} -> {to}");
            } else {
                // A CSV of several document types cannot be written.
                assert_eq!(cli.status.code(), Some(2), "{file} -> {to}");
                assert_eq!(a.status, 422, "{file} -> {to}");
                assert_eq!(a.error_code(), "cannot-convert");
            }
        }
    }
    // The CSV options are the CLI's too.
    let file = "fixtures/valid/progress-report.json";
    let cli = fosx()
        .args([
            "convert",
            "--as-of",
            AS_OF,
            "--to",
            "csv",
            "--csv-bom",
            file,
        ])
        .output()
        .unwrap();
    let a = post(
        &agent,
        &server.url(&format!("/v1/convert?to=csv&csv_bom=true&as_of={AS_OF}")),
        &read(file),
    );
    assert_eq!(a.status, 200);
    assert!(a.body.starts_with(b"\xEF\xBB\xBF"));
    assert_eq!(a.body, cli.stdout);
}

#[test]
fn convert_of_an_invalid_file_is_422_with_the_report() {
    let server = Server::start(&["--quiet"], &[]);
    let file = "fixtures/csv/S04-bad-stakeholder.csv";
    let a = post(
        &agent(),
        &server.url(&format!(
            "/v1/convert?to=xml&as_of={AS_OF}&name={}",
            enc(file)
        )),
        &read(file),
    );
    assert_eq!(a.status, 422);
    assert_eq!(a.content_type, "application/json");
    assert_eq!(a.text(), cli_report(file).stdout);
    let report = a.json();
    let codes: Vec<&str> = report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["FOS-S04"]);
}

// ----- bad requests, limits -----------------------------------------------

#[test]
fn bad_parameters_are_400_with_a_stable_code() {
    let server = Server::start(&["--quiet"], &[]);
    let agent = agent();
    let body = read("fixtures/valid/timetable.json");
    for (query, code, words) in [
        ("/v1/validate?as_of=2026-13-01", "bad-parameter", "as_of"),
        ("/v1/validate?format=pdf", "bad-parameter", "format"),
        ("/v1/validate?lang=de", "bad-parameter", "lang"),
        ("/v1/validate?strict=maybe", "bad-parameter", "strict"),
        (
            "/v1/validate?colour=red",
            "bad-parameter",
            "unknown parameter `colour`",
        ),
        ("/v1/validate?from=yaml", "bad-parameter", "from"),
        ("/v1/convert", "bad-parameter", "`to` is required"),
        ("/v1/convert?to=pdf", "bad-parameter", "`to`"),
    ] {
        let a = post(&agent, &server.url(query), &body);
        assert_eq!(a.status, 400, "{query}: {}", a.text());
        assert_eq!(a.content_type, "application/json");
        assert_eq!(a.error_code(), code, "{query}");
        let message = a.json()["error"]["message"].as_str().unwrap().to_string();
        assert!(message.contains(words), "{query}: {message}");
    }
    let a = get(&agent, &server.url("/v2/nothing"));
    assert_eq!((a.status, a.error_code().as_str()), (404, "not-found"));
    let a = get(&agent, &server.url("/v1/validate"));
    assert_eq!(a.status, 405);
}

#[test]
fn a_body_over_max_file_size_is_413() {
    let server = Server::start(&["--quiet", "--max-file-size", "1000"], &[]);
    let agent = agent();
    // Under the limit: checked.
    let small = read("fixtures/json/P07-empty.json");
    assert!(small.len() <= 1000);
    assert_eq!(
        post(&agent, &server.url("/v1/validate"), &small).status,
        422
    );
    // Over it, with a Content-Length: refused before it is read.
    let big = vec![b' '; 1001];
    let a = post(&agent, &server.url("/v1/validate"), &big);
    assert_eq!(a.status, 413);
    assert_eq!(a.error_code(), "body-too-large");
    let a = post(&agent, &server.url("/v1/convert?to=xml"), &big);
    assert_eq!(a.status, 413);
    // Over it, chunked (no Content-Length): refused while it is read.
    let mut s = TcpStream::connect(server.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "POST /v1/validate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    // The service may answer and close as soon as the limit is passed, so
    // a later chunk can meet a closed connection: that is not a failure.
    for _ in 0..3 {
        if write!(s, "200\r\n{}\r\n", " ".repeat(0x200)).is_err() {
            break;
        }
    }
    let _ = write!(s, "0\r\n\r\n");
    let mut reply = String::new();
    let _ = s.read_to_string(&mut reply);
    assert!(reply.starts_with("HTTP/1.1 413"), "{reply}");
    assert!(reply.contains("body-too-large"), "{reply}");
}

// ----- the read-only routes ---------------------------------------------

#[test]
fn templates_explanations_and_schemas_are_what_the_cli_prints() {
    let server = Server::start(&["--quiet"], &[]);
    let agent = agent();
    let cases: Vec<(Vec<&str>, String)> = vec![
        (
            vec!["template", "timetable"],
            "/v1/template/timetable".into(),
        ),
        (
            vec!["template", "progress-report", "--to", "csv"],
            "/v1/template/progress-report?to=csv".into(),
        ),
        (
            vec!["template", "notification", "--to", "xml", "--example"],
            "/v1/template/notification?to=xml&example=true".into(),
        ),
        (vec!["explain", "FOS-S04"], "/v1/explain/FOS-S04".into()),
        (
            vec!["--lang", "fr", "explain", "r05"],
            "/v1/explain/r05?lang=fr".into(),
        ),
        (vec!["schema"], "/v1/schemas/fosx.schema.json".into()),
        (vec!["schema", "--to", "xsd"], "/v1/schemas/fosx.xsd".into()),
        (
            vec!["schema", "--to", "table-schema", "timetable"],
            "/v1/schemas/timetable.table-schema.json".into(),
        ),
    ];
    for (args, path) in cases {
        let cli = fosx().args(&args).output().unwrap();
        assert_eq!(cli.status.code(), Some(0), "{args:?}");
        let a = get(&agent, &server.url(&path));
        assert_eq!(a.status, 200, "{path}");
        assert_eq!(a.body, cli.stdout, "{path}");
    }
    let a = get(&agent, &server.url("/v1/codes/status"));
    assert_eq!(a.status, 200);
    assert_eq!(
        a.json(),
        serde_json::json!([
            "not-started",
            "planned",
            "in-progress",
            "implemented",
            "not-applicable"
        ])
    );
    for (path, code) in [
        ("/v1/template/invoice", "unknown-type"),
        ("/v1/explain/FOS-Z99", "unknown-code"),
        ("/v1/schemas/fosx.yaml", "unknown-schema"),
        ("/v1/codes/colours", "unknown-list"),
    ] {
        let a = get(&agent, &server.url(path));
        assert_eq!((a.status, a.error_code().as_str()), (404, code), "{path}");
    }
    // XLSX: the workbook of `fosx template`, and an uploaded workbook
    // converted as `fosx convert` converts it.
    let a = get(
        &agent,
        &server.url("/v1/template/timetable?to=xlsx&example=true"),
    );
    assert_eq!(a.status, 200);
    assert_eq!(
        a.content_type,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(
        a.body,
        fosx::write::template::example_bytes(
            fosx::model::DocType::Timetable,
            fosx::Representation::Xlsx,
            fosx::Lang::En
        )
        .unwrap()
    );
    let b = post(
        &agent,
        &server.url("/v1/convert?to=json&as_of=2026-11-28"),
        &a.body,
    );
    assert_eq!(b.status, 200, "{}", b.text());
    assert_eq!(
        b.text(),
        fosx::write::template::example(fosx::model::DocType::Timetable, fosx::Representation::Json)
            .unwrap()
    );
}

/// A limit met is named by each front end in its own words: the library by
/// the field of `Limits`, the command by its option, the service by the
/// option of `fosx serve` its operator sets (a client cannot raise it).
#[test]
fn each_front_end_names_a_limit_its_own_way() {
    let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
    let help = |checked: &Value| {
        checked["files"][0]["diagnostics"][0]["help"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let mut options = fosx::CheckOptions::new(fosx::Date::parse(AS_OF).unwrap());
    options.read.limits.max_depth = 32;
    let library = fosx::check_bytes("deep.json", deep.as_bytes(), &options);
    let d = &library.diagnostics[0];
    assert_eq!(d.limit, Some(fosx::read::Limit::Depth));
    assert_eq!(
        d.help.as_ref().unwrap().english(),
        "a submission is nested at most 5 levels deep; raise the limit with `max_depth` (at most 128)"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("deep.json");
    std::fs::write(&file, &deep).unwrap();
    let out = Command::cargo_bin("fosx")
        .unwrap()
        .args(["validate", "--format", "json", "--max-depth", "32"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        help(&report),
        "a submission is nested at most 5 levels deep; raise the limit with --max-depth (at most 128)"
    );
    let server = Server::start(&["--quiet", "--max-depth", "32"], &[]);
    let a = post(
        &agent(),
        &server.url("/v1/validate?name=deep.json"),
        deep.as_bytes(),
    );
    assert_eq!(a.status, 422);
    assert_eq!(
        help(&a.json()),
        "a submission is nested at most 5 levels deep; raise the limit with --max-depth, \
         an option of `fosx serve` that the service's operator sets (at most 128)"
    );
}
