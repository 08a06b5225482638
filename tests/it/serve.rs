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
            .env_remove("FOSX_SERVE_TEST_PANIC")
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
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("VmHWM in /proc/PID/status")
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

fn answer(r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Answer {
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
fn enc(s: &str) -> String {
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
fn fixtures() -> Vec<String> {
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

fn fosx() -> Command {
    let mut cmd = Command::cargo_bin("fosx").unwrap();
    cmd.current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

/// `fosx validate --format json --as-of AS_OF FILE`.
fn cli_report(file: &str) -> Run {
    run(fosx().args(["validate", "--format", "json", "--as-of", AS_OF, file]))
}

fn validate_url(server: &Server, file: &str) -> String {
    server.url(&format!("/v1/validate?name={}&as_of={AS_OF}", enc(file)))
}

fn read(file: &str) -> Vec<u8> {
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
        assert_eq!(answer.text(), cli.stdout, "{file}: the report differs");
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
        ("/v1/convert?to=xlsx", "unsupported-target", "XLSX"),
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
    for _ in 0..3 {
        write!(s, "200\r\n{}\r\n", " ".repeat(0x200)).unwrap();
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
    let a = get(&agent, &server.url("/v1/template/timetable?to=xlsx"));
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (400, "unsupported-target")
    );
}

// ----- load, idle connections, overload ------------------------------------

#[test]
fn six_hundred_validations_from_24_clients_are_all_right_in_little_memory() {
    let server = Arc::new(Server::start(&["--quiet"], &[]));
    let files = [
        "fixtures/valid/progress-report.json",
        "fixtures/valid/timetable.json",
        "fixtures/csv/S04-bad-stakeholder.csv",
        "fixtures/csv/valid-several-documents.csv",
        "fixtures/xml/p02-mismatched-tag.xml",
        "fixtures/json/R05-submission-before-adoption.json",
    ];
    // Each file: name, bytes, the CLI's report, the status it must get.
    type Expected = Vec<(String, Vec<u8>, String, u16)>;
    let expected: Arc<Expected> = Arc::new(
        files
            .iter()
            .map(|f| {
                let cli = cli_report(f);
                let status = if cli.code == 0 { 200 } else { 422 };
                (f.to_string(), read(f), cli.stdout, status)
            })
            .collect(),
    );
    let clients: Vec<_> = (0..24)
        .map(|c| {
            let server = server.clone();
            let expected = expected.clone();
            std::thread::spawn(move || {
                let agent = agent();
                for i in 0..25 {
                    let (name, bytes, report, status) = &expected[(c + i) % expected.len()];
                    let a = post(&agent, &validate_url(&server, name), bytes);
                    assert_eq!(a.status, *status, "{name}");
                    assert_eq!(a.text(), report, "{name}");
                }
            })
        })
        .collect();
    for c in clients {
        c.join().expect("every answer is right");
    }
    let peak = server.peak_memory_kib();
    assert!(peak < 200 * 1024, "peak memory {peak} KiB");
    let metrics = get(&agent(), &server.url("/metrics")).text().to_string();
    let valid = expected.iter().filter(|e| e.3 == 200).count();
    let line = |v: &str| {
        metrics
            .lines()
            .find(|l| l.starts_with(&format!("fosx_files_checked_total{{verdict=\"{v}\"}}")))
            .map(|l| l.rsplit(' ').next().unwrap().parse::<usize>().unwrap())
            .unwrap()
    };
    assert_eq!(line("valid") + line("invalid"), 600);
    assert_eq!(line("valid"), 600 * valid / expected.len());
    let requests = |status: &str| {
        let key =
            format!("fosx_http_requests_total{{route=\"/v1/validate\",status=\"{status}\"}} ");
        metrics
            .lines()
            .find_map(|l| l.strip_prefix(&key))
            .map_or(0, |n| n.parse::<usize>().unwrap())
    };
    assert_eq!(requests("200"), line("valid"));
    assert_eq!(requests("422"), line("invalid"));
    assert!(metrics.contains("fosx_http_request_duration_seconds_count "));
    assert!(metrics.contains("# TYPE fosx_http_request_duration_seconds histogram\n"));
}

#[test]
fn a_request_slower_than_the_timeout_is_408() {
    let server = Server::start(&["--quiet", "--timeout", "1"], &[]);
    let mut s = TcpStream::connect(server.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    // Half a body, then nothing.
    s.write_all(b"POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
        .unwrap();
    let start = Instant::now();
    let mut reply = vec![0u8; 4096];
    let n = s.read(&mut reply).unwrap();
    let reply = String::from_utf8_lossy(&reply[..n]);
    assert!(reply.starts_with("HTTP/1.1 408"), "{reply}");
    assert!(reply.contains("\"timeout\""), "{reply}");
    let took = start.elapsed();
    assert!(
        took >= Duration::from_millis(900) && took < Duration::from_secs(5),
        "{took:?}"
    );
    // The service goes on.
    assert_eq!(get(&agent(), &server.url("/healthz")).status, 200);
}

#[test]
fn idle_connections_do_not_delay_healthz() {
    let server = Server::start(&["--quiet"], &[]);
    let mut idle = Vec::new();
    for i in 0..64 {
        let mut s = TcpStream::connect(server.addr()).unwrap();
        // Half of them start a request and stop in the middle of it.
        if i % 2 == 0 {
            s.write_all(b"POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
                .unwrap();
        }
        idle.push(s);
    }
    let start = Instant::now();
    let a = get(&agent(), &server.url("/healthz"));
    let took = start.elapsed();
    assert_eq!((a.status, a.text()), (200, "ok\n"));
    assert!(took < Duration::from_secs(1), "/healthz took {took:?}");
    drop(idle);
}

#[test]
fn a_full_queue_gets_503_with_retry_after() {
    let server = Arc::new(Server::start(
        &["--quiet", "--workers", "1", "--queue", "0"],
        &[],
    ));
    // A large valid file, so that each check takes a while.
    let one =
        std::fs::read_to_string(root().join("fixtures/csv/valid-several-documents.csv")).unwrap();
    let mut lines = one.lines();
    let header = lines.next().unwrap().to_string();
    let rows: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
    let mut big = header + "\n";
    for _ in 0..400 {
        for r in &rows {
            big.push_str(r);
            big.push('\n');
        }
    }
    let big = Arc::new(big.into_bytes());
    let barrier = Arc::new(std::sync::Barrier::new(16));
    let answers: Vec<Answer> = (0..16)
        .map(|_| {
            let (server, big, barrier) = (server.clone(), big.clone(), barrier.clone());
            std::thread::spawn(move || {
                let agent = agent();
                barrier.wait();
                post(&agent, &server.url("/v1/validate"), &big)
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().unwrap())
        .collect();
    let busy: Vec<&Answer> = answers.iter().filter(|a| a.status == 503).collect();
    assert!(!busy.is_empty(), "some requests find the queue full");
    assert!(busy.len() < answers.len(), "some requests are answered");
    for a in &answers {
        assert!([200, 422, 503].contains(&a.status), "{}", a.status);
    }
    for a in busy {
        assert_eq!(a.header("retry-after"), Some("1"));
        assert_eq!(a.error_code(), "overloaded");
    }
}

// ----- shutdown, panics, logs ---------------------------------------------

#[test]
fn sigterm_lets_the_request_in_flight_finish_and_exits_0_within_5_seconds() {
    let mut server = Server::start(&[], &[]);
    let body = read("fixtures/valid/timetable.json");
    let (head, tail) = body.split_at(body.len() / 2);
    let mut s = TcpStream::connect(server.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "POST /v1/validate?as_of={AS_OF} HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .unwrap();
    s.write_all(head).unwrap();
    s.flush().unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let start = Instant::now();
    server.terminate();
    std::thread::sleep(Duration::from_millis(300));
    s.write_all(tail).unwrap();
    let mut reply = Vec::new();
    let _ = s.read_to_end(&mut reply);
    let reply = String::from_utf8_lossy(&reply);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(reply.contains("\"valid\": true"), "{reply}");
    let status = server
        .wait_exit(Duration::from_secs(5))
        .expect("the service exits within 5 seconds");
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(status.code(), Some(0));
    // New connections are refused once it has stopped.
    assert!(TcpStream::connect(server.addr()).is_err());
}

#[test]
fn sigterm_on_an_idle_service_exits_0_at_once() {
    let mut server = Server::start(&["--quiet"], &[]);
    // A keep-alive connection left open does not hold the exit.
    let _keep = TcpStream::connect(server.addr()).unwrap();
    assert_eq!(get(&agent(), &server.url("/healthz")).status, 200);
    let start = Instant::now();
    server.terminate();
    let status = server.wait_exit(Duration::from_secs(5)).expect("exits");
    assert_eq!(status.code(), Some(0));
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn a_panic_in_a_request_is_a_500_and_the_service_goes_on() {
    let server = Server::start(&["--quiet"], &[("FOSX_SERVE_TEST_PANIC", "1")]);
    let agent = agent();
    let body = read("fixtures/valid/timetable.json");
    for route in ["/v1/validate", "/v1/convert?to=xml&"] {
        let sep = if route.ends_with('&') { "" } else { "?" };
        let a = post(
            &agent,
            &server.url(&format!("{route}{sep}name=__panic__")),
            &body,
        );
        assert_eq!(a.status, 500, "{route}");
        assert_eq!(a.error_code(), "internal");
    }
    let a = post(
        &agent,
        &validate_url(&server, "fixtures/valid/timetable.json"),
        &body,
    );
    assert_eq!(a.status, 200, "the service goes on");
    assert_eq!(get(&agent, &server.url("/healthz")).status, 200);
}

#[test]
fn without_the_test_switch_no_request_can_panic_on_purpose() {
    let server = Server::start(&["--quiet"], &[]);
    let a = post(
        &agent(),
        &server.url(&format!("/v1/validate?name=__panic__&as_of={AS_OF}")),
        &read("fixtures/valid/timetable.json"),
    );
    assert_eq!(a.status, 200);
    assert_eq!(a.json()["files"][0]["file"], "__panic__");
}

#[test]
fn each_request_writes_one_access_log_line() {
    let server = Server::start(&[], &[]);
    let agent = agent();
    assert_eq!(get(&agent, &server.url("/healthz")).status, 200);
    assert_eq!(
        post(&agent, &server.url("/v1/validate?format=x"), b"{}").status,
        400
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    let lines = loop {
        let log = server.log.lock().unwrap().clone();
        let lines: Vec<Value> = log
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect();
        if lines.len() >= 2 || Instant::now() > deadline {
            break lines;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["method"], "GET");
    assert_eq!(lines[0]["path"], "/healthz");
    assert_eq!(lines[0]["status"], 200);
    assert_eq!(lines[1]["route"], "/v1/validate");
    assert_eq!(lines[1]["status"], 400);
    assert!(lines[1]["ms"].as_f64().unwrap() >= 0.0);
}

// ----- openapi, metrics, CORS ---------------------------------------------

#[test]
fn openapi_describes_every_route_and_nothing_else() {
    let server = Server::start(&["--quiet"], &[]);
    let agent = agent();
    let a = get(&agent, &server.url("/openapi.json"));
    assert_eq!(a.status, 200);
    let doc = a.json();
    assert_eq!(doc["openapi"], "3.1.0");
    let mut described: Vec<(String, String)> = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            if ["get", "post"].contains(&method.as_str()) {
                described.push((method.clone(), path.clone()));
            }
        }
    }
    described.sort();
    let mut served: Vec<(String, String)> = fosx::serve::ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    served.sort();
    assert_eq!(described, served);
    // Each route answers (with the example of its parameters), and each
    // status it answers is described.
    for (method, path) in &served {
        let concrete = path
            .replace("{type}", "timetable")
            .replace("{code}", "FOS-S04")
            .replace("{name}", "fosx.xsd")
            .replace("{list}", "status");
        let a = match method.as_str() {
            "get" => get(&agent, &server.url(&concrete)),
            _ => post(
                &agent,
                &server.url(
                    &format!("{concrete}?to=json&as_of={AS_OF}")
                        .replace("/v1/validate?to=json&", "/v1/validate?"),
                ),
                &read("fixtures/valid/timetable.json"),
            ),
        };
        assert_eq!(a.status, 200, "{method} {concrete}: {}", a.text());
        let responses = &doc["paths"][path][method]["responses"];
        assert!(
            responses.get("200").is_some(),
            "{method} {path}: 200 is described"
        );
    }
}

#[test]
fn cors_is_off_unless_an_origin_is_given() {
    let origin = "https://intake.example.org";
    let off = Server::start(&["--quiet"], &[]);
    let a = answer(
        agent()
            .get(&off.url("/healthz"))
            .header("Origin", origin)
            .call(),
    );
    assert_eq!(a.header("access-control-allow-origin"), None);
    let on = Server::start(&["--quiet", "--cors-origin", origin], &[]);
    let a = answer(
        agent()
            .get(&on.url("/healthz"))
            .header("Origin", origin)
            .call(),
    );
    assert_eq!(a.header("access-control-allow-origin"), Some(origin));
}

#[test]
fn the_page_is_self_contained_with_a_labelled_file_input() {
    let server = Server::start(&["--quiet"], &[]);
    let agent = agent();
    let page = get(&agent, &server.url("/"));
    assert_eq!(page.status, 200);
    assert_eq!(page.content_type, "text/html; charset=utf-8");
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.starts_with("default-src 'none'; script-src 'self'; style-src 'self';"),
        "{csp}"
    );
    let html = page.text();
    assert!(html.contains(r#"<input id="files" type="file" multiple"#));
    assert!(html.contains(r#"<label for="files""#));
    assert!(html.contains(r#"<label for="lang""#));
    for (path, content_type) in [
        ("/page.css", "text/css; charset=utf-8"),
        ("/page.js", "text/javascript; charset=utf-8"),
    ] {
        let a = get(&agent, &server.url(path));
        assert_eq!((a.status, a.content_type.as_str()), (200, content_type));
        for text in [a.text(), html] {
            assert!(
                !text.contains("http://") && !text.contains("https://"),
                "{path}"
            );
            assert!(
                !text.contains("@import") && !text.contains("url(h"),
                "{path}"
            );
        }
    }
}
