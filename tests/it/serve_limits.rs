//! `fosx serve` against clients that hold what they can: queue places given
//! up, bodies stalled under the limit, connections, slow heads, forms of
//! many parts; what every answer says to the browser; and no switch for
//! tests in the shipped binary. Each bound is met by the real binary over
//! real HTTP on 127.0.0.1.

use super::json_fixtures::{AS_OF, root};
use super::serve::{Server, agent, answer, get, post, read};
use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The value of a gauge or counter of `/metrics`.
fn metric(server: &Server, name: &str) -> u64 {
    let text = get(&agent(), &server.url("/metrics")).text().to_string();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{name} ")))
        .unwrap_or_else(|| panic!("no {name} in /metrics:\n{text}"))
        .parse()
        .unwrap()
}

/// Whether `metric` reaches `value` within 20 s.
fn reaches(server: &Server, name: &str, value: u64) -> bool {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if metric(server, name) == value {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

/// A connection to the service that gives up reading after `wait`.
fn connect(server: &Server, wait: Duration) -> TcpStream {
    let s = TcpStream::connect(server.addr()).unwrap();
    s.set_read_timeout(Some(wait)).unwrap();
    s
}

/// The first line of what the service says on `s`: `None` when it says
/// nothing within the read timeout, `Some("")` when it closes.
fn status_line(s: &mut TcpStream) -> Option<String> {
    let mut reply = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                reply.extend_from_slice(&buf[..n]);
                if reply.windows(4).any(|w| w == b"\r\n\r\n") {
                    break;
                }
            }
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                if reply.is_empty() {
                    return None;
                }
                break;
            }
            Err(_) => break,
        }
    }
    let text = String::from_utf8_lossy(&reply);
    Some(text.lines().next().unwrap_or_default().to_string())
}

/// A valid collection big enough to keep a worker busy for a while.
fn busy_body() -> Arc<Vec<u8>> {
    let one = std::fs::read_to_string(root().join("fixtures/valid/progress-report.json")).unwrap();
    let docs: Vec<String> = (0..4000)
        .map(|i| one.replace("\"KE-PR-2025\"", &format!("\"KE-PR-{i}\"")))
        .collect();
    Arc::new(format!("[{}]", docs.join(",")).into_bytes())
}

/// A document whose `stakeholders` list holds a million wrong items: its
/// check costs seconds of a worker's time on any machine (a valid
/// collection of the same size is checked faster than a second timeout).
fn flood_body() -> Arc<Vec<u8>> {
    let one = std::fs::read_to_string(root().join("fixtures/valid/progress-report.json")).unwrap();
    let flood = one.replacen("\"postal-operators\",", &"1,".repeat(1_000_000), 1);
    assert_ne!(flood, one);
    Arc::new(flood.into_bytes())
}

/// Sends the busy request; join the thread for its status.
fn occupy(server: &Arc<Server>, body: &Arc<Vec<u8>>) -> std::thread::JoinHandle<u16> {
    let (server, body) = (server.clone(), body.clone());
    std::thread::spawn(move || {
        let url = server.url(&format!("/v1/validate?as_of={AS_OF}"));
        post(&agent(), &url, &body).status
    })
}

/// The head and body of a small valid request.
fn small_request() -> Vec<u8> {
    let body = read("fixtures/valid/timetable.json");
    let mut r = format!(
        "POST /v1/validate?as_of={AS_OF} HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend(body);
    r
}

/// A small request that finds the one worker busy and waits in the queue
/// (one answered within 300 ms found the worker free, or the queue full:
/// it must be a 200, and another is sent).
fn queued(server: &Server) -> TcpStream {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        assert!(Instant::now() < deadline, "the worker is never busy");
        let mut s = connect(server, Duration::from_millis(300));
        s.write_all(&small_request()).unwrap();
        match status_line(&mut s) {
            None => return s,
            Some(line) => assert!(line.starts_with("HTTP/1.1 200"), "{line}"),
        }
    }
}

/// Waits until a small request is answered at once: no worker is busy.
fn wait_until_free(server: &Server) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        assert!(Instant::now() < deadline, "the worker is never free");
        let mut s = connect(server, Duration::from_millis(300));
        s.write_all(&small_request()).unwrap();
        if status_line(&mut s).is_some_and(|l| l.starts_with("HTTP/1.1 200")) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

// ----- the queue --------------------------------------------------------

#[test]
fn a_queued_request_whose_client_leaves_gives_its_place_back() {
    let server = Arc::new(Server::start(
        &["--quiet", "--workers", "1", "--queue", "1"],
        &[],
    ));
    let busy = busy_body();
    for round in 0..3 {
        let worker = occupy(&server, &busy);
        drop(queued(&server));
        assert_eq!(worker.join().unwrap(), 200, "round {round}");
    }
    // The worker busy again, a request that must wait is served in turn.
    let worker = occupy(&server, &busy);
    let mut waiting = queued(&server);
    waiting
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    assert_eq!(
        status_line(&mut waiting).as_deref(),
        Some("HTTP/1.1 200 OK")
    );
    assert_eq!(worker.join().unwrap(), 200);
    assert_eq!(metric(&server, "fosx_requests_queued"), 0);
    assert_eq!(metric(&server, "fosx_workers_busy"), 0);
}

#[test]
fn a_queued_request_that_times_out_gives_its_place_back() {
    let server = Arc::new(Server::start(
        &[
            "--quiet",
            "--workers",
            "1",
            "--queue",
            "1",
            "--timeout",
            "1",
        ],
        &[],
    ));
    let busy = flood_body();
    for round in 0..3 {
        // The busy request is answered 408 after a second, but its check
        // goes on and holds the worker.
        wait_until_free(&server);
        let worker = occupy(&server, &busy);
        let mut waiting = queued(&server);
        waiting
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        assert_eq!(
            status_line(&mut waiting).as_deref(),
            Some("HTTP/1.1 408 Request Timeout"),
            "round {round}"
        );
        assert_eq!(worker.join().unwrap(), 408, "round {round}");
    }
    wait_until_free(&server);
    assert_eq!(metric(&server, "fosx_requests_queued"), 0);
}

// ----- memory and connections ---------------------------------------------

/// What the service answers to `head` and then `body` (sent as far as the
/// service reads it), read until it closes the connection.
fn reply(server: &Server, head: &str, body: &[u8]) -> String {
    let mut s = connect(server, Duration::from_secs(20));
    s.write_all(head.as_bytes()).unwrap();
    let _ = s.write_all(body);
    let mut reply = String::new();
    let _ = s.read_to_string(&mut reply);
    reply
}

#[test]
fn bodies_held_at_once_stay_within_max_memory() {
    let args = ["--quiet", "--max-memory", "1000000"];
    let server = Server::start(&[&args[..], &["--max-file-size", "1000000"]].concat(), &[]);
    // One client sends 900,000 bytes of a 1,000,000-byte body and stalls.
    let mut stalled = connect(&server, Duration::from_secs(10));
    stalled
        .write_all(b"POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n")
        .unwrap();
    stalled.write_all(&vec![b' '; 900_000]).unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while metric(&server, "fosx_memory_held_bytes") < 900_000 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(metric(&server, "fosx_memory_held_bytes") >= 900_000);
    // Another body does not fit beside it: 503 at once (not after
    // --timeout), whether its length is told before (and nothing of it is
    // read) or found as it arrives.
    let start = Instant::now();
    let head = "POST /v1/validate HTTP/1.1\r\nHost: x\r\n";
    let told = reply(
        &server,
        &format!("{head}Content-Length: 200000\r\n\r\n"),
        &[b' '; 200_000],
    );
    let mut chunked = Vec::new();
    for _ in 0..4 {
        chunked.extend_from_slice(format!("{:x}\r\n{}\r\n", 50_000, " ".repeat(50_000)).as_bytes());
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let found = reply(
        &server,
        &format!("{head}Transfer-Encoding: chunked\r\n\r\n"),
        &chunked,
    );
    for reply in [told, found] {
        assert!(reply.starts_with("HTTP/1.1 503"), "{reply}");
        assert!(reply.contains("\"memory-full\""), "{reply}");
        assert!(reply.contains("(--max-memory)"), "{reply}");
        assert!(
            reply.to_ascii_lowercase().contains("retry-after: 1\r\n"),
            "{reply}"
        );
    }
    assert!(start.elapsed() < Duration::from_secs(20));
    // Once the stalled client has gone, its bytes are given back.
    drop(stalled);
    assert!(reaches(&server, "fosx_memory_held_bytes", 0));
    let a = post(&agent(), &server.url("/v1/validate"), &[b' '; 200_000]);
    assert_eq!(a.status, 422, "{}", a.text());
    // A budget smaller than the largest body could never hold it: no start.
    let out = super::serve::fosx()
        .args(["serve", "--addr", "127.0.0.1:0", "--max-memory", "1000"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("--max-memory (1000) is smaller than --max-file-size (33554432)")
    );
}

#[test]
fn memory_held_for_clients_that_left_goes_back_to_the_system() {
    let server = Server::start(&["--quiet"], &[]);
    let idle = server.memory_kib();
    // Eight clients send half of a 32 MiB body each, and stall.
    let half = vec![b' '; 16 << 20];
    let stalled: Vec<TcpStream> = (0..8)
        .map(|_| {
            let mut s = connect(&server, Duration::from_secs(10));
            s.write_all(
                b"POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Length: 33554432\r\n\r\n",
            )
            .unwrap();
            s.write_all(&half).unwrap();
            s
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.memory_kib() < idle + 100 * 1024 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        server.memory_kib() >= idle + 100 * 1024,
        "{} KiB",
        server.memory_kib()
    );
    drop(stalled);
    // Within 10 s of their leaving, the service is back near where it began.
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.memory_kib() > idle + 32 * 1024 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        server.memory_kib() <= idle + 32 * 1024,
        "{} KiB, {idle} KiB idle",
        server.memory_kib()
    );
}

#[test]
fn connections_past_max_connections_wait_to_be_accepted() {
    let server = Server::start(&["--quiet", "--max-connections", "3"], &[]);
    let idle: Vec<TcpStream> = (0..3)
        .map(|_| connect(&server, Duration::from_secs(10)))
        .collect();
    let mut fourth = connect(&server, Duration::from_secs(1));
    fourth
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    assert_eq!(
        status_line(&mut fourth),
        None,
        "not accepted while 3 are open"
    );
    drop(idle);
    fourth
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    assert_eq!(status_line(&mut fourth).as_deref(), Some("HTTP/1.1 200 OK"));
}

// ----- slow heads -----------------------------------------------------------

/// How long the service keeps `s` open while `feed` sends it a byte every
/// 500 ms (at most 30 s).
fn kept_open(mut s: TcpStream, feed: bool) -> Duration {
    s.set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    let start = Instant::now();
    loop {
        assert!(start.elapsed() < Duration::from_secs(30), "still open");
        match s.read(&mut [0u8; 64]) {
            Ok(0) => return start.elapsed(),
            Ok(_) => panic!("no answer is due"),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                if feed && s.write_all(b"a").is_err() {
                    return start.elapsed();
                }
            }
            Err(_) => return start.elapsed(),
        }
    }
}

#[test]
fn slow_heads_and_idle_connections_are_closed_after_the_header_timeout() {
    let server = Server::start(&["--quiet"], &[]);
    // A head sent a byte every 500 ms: closed after 10 s, whatever it sends.
    let mut slow = connect(&server, Duration::from_secs(10));
    slow.write_all(b"GET /healthz HTTP/1.1\r\nX-Slow: ")
        .unwrap();
    let slow = std::thread::spawn(move || kept_open(slow, true));
    // A kept-alive connection that sends nothing after its answer: closed
    // after 10 s too.
    let mut idle = connect(&server, Duration::from_secs(10));
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let mut reply = vec![0u8; 4096];
    let n = idle.read(&mut reply).unwrap();
    assert!(reply[..n].starts_with(b"HTTP/1.1 200"));
    let idle = kept_open(idle, false);
    let slow = slow.join().unwrap();
    for took in [slow, idle] {
        assert!(
            took > Duration::from_secs(8) && took < Duration::from_secs(20),
            "{took:?}"
        );
    }
}

#[test]
fn healthz_is_answered_while_250_half_open_connections_are_held() {
    let server = Server::start(&["--quiet"], &[]);
    let held: Vec<TcpStream> = (0..250)
        .map(|_| {
            let mut s = connect(&server, Duration::from_secs(10));
            s.write_all(b"POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Le")
                .unwrap();
            s
        })
        .collect();
    let a = get(&agent(), &server.url("/healthz"));
    assert_eq!((a.status, a.text()), (200, "ok\n"));
    assert!(metric(&server, "fosx_connections_open") > 250);
    drop(held);
}

// ----- forms ----------------------------------------------------------------

fn form(parts: usize) -> Vec<u8> {
    let part =
        "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.json\"\r\n\r\n{}\r\n";
    let mut body = part.repeat(parts);
    body.push_str("--B--\r\n");
    body.into_bytes()
}

#[test]
fn a_form_of_too_many_parts_is_413_as_soon_as_the_part_past_the_limit_comes() {
    let server = Server::start(&["--quiet"], &[]);
    // 300,000 parts announced; the first 200 sent, then nothing.
    let body = form(300_000);
    let mut s = connect(&server, Duration::from_secs(20));
    write!(
        s,
        "POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .unwrap();
    s.write_all(&body[..form(200).len() - 9]).unwrap();
    let mut reply = String::new();
    let _ = s.read_to_string(&mut reply);
    assert!(reply.starts_with("HTTP/1.1 413"), "{reply}");
    assert!(reply.contains("\"too-many-parts\""), "{reply}");
    assert!(
        reply.contains("more than 100 parts (--max-parts)"),
        "{reply}"
    );

    let server = Server::start(&["--quiet", "--max-parts", "3"], &[]);
    let send = |parts| {
        answer(
            agent()
                .post(&server.url(&format!("/v1/validate?as_of={AS_OF}")))
                .header("Content-Type", "multipart/form-data; boundary=B")
                .send(&form(parts)[..]),
        )
    };
    assert_eq!(send(3).status, 422);
    let a = send(4);
    assert_eq!((a.status, a.error_code().as_str()), (413, "too-many-parts"));
}

// ----- what the answers say to browsers --------------------------------------

#[test]
fn an_invalid_cors_origin_stops_the_service_from_starting() {
    for (origin, why) in [
        ("https://intake.example.org/", "no path"),
        ("intake.example.org", "https://HOST"),
        ("*", "https://HOST"),
    ] {
        let out = super::serve::fosx()
            .args(["serve", "--addr", "127.0.0.1:0", "--cors-origin", origin])
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{origin}: {stderr}");
        assert!(stderr.contains("--cors-origin"), "{stderr}");
        assert!(
            stderr.contains(&format!("`{origin}` is not an origin")),
            "{stderr}"
        );
        assert!(stderr.contains(why), "{stderr}");
        assert!(!stderr.contains("listening"), "{stderr}");
    }
}

#[test]
fn every_answer_says_nosniff_and_only_the_page_may_load_anything() {
    let server = Server::start(&["--quiet", "--max-file-size", "1000"], &[]);
    let agent = agent();
    let answers = [
        get(&agent, &server.url("/")),
        get(&agent, &server.url("/page.js")),
        get(&agent, &server.url("/page.css")),
        get(&agent, &server.url("/healthz")),
        get(&agent, &server.url("/metrics")),
        get(&agent, &server.url("/openapi.json")),
        get(&agent, &server.url("/v1/codes/status")),
        get(&agent, &server.url("/v1/template/timetable?to=xml")),
        get(&agent, &server.url("/no/such/route")),
        get(&agent, &server.url("/v1/validate")),
        post(&agent, &server.url("/v1/validate?format=pdf"), b"{}"),
        post(&agent, &server.url("/v1/validate?name=%3Cb%3E.json"), b"{}"),
        post(&agent, &server.url("/v1/validate"), &vec![b' '; 1001]),
        post(&agent, &server.url("/v1/convert?to=csv"), b"{}"),
    ];
    let statuses: Vec<u16> = answers.iter().map(|a| a.status).collect();
    assert_eq!(
        statuses,
        [
            200, 200, 200, 200, 200, 200, 200, 200, 404, 405, 400, 422, 413, 422
        ]
    );
    for a in &answers {
        assert_eq!(a.header("x-content-type-options"), Some("nosniff"), "{a:?}");
        let csp = a.header("content-security-policy").unwrap_or_default();
        if a.content_type.starts_with("text/html") {
            assert!(
                csp.starts_with("default-src 'none'; script-src 'self';"),
                "{csp}"
            );
        } else {
            assert_eq!(csp, "default-src 'none'", "{}", a.content_type);
        }
    }
}

// ----- nothing left for tests in the shipped binary ------------------------

#[test]
fn the_old_test_panic_switch_does_nothing() {
    let server = Server::start(&["--quiet"], &[("FOSX_SERVE_TEST_PANIC", "1")]);
    let body = read("fixtures/valid/timetable.json");
    for route in ["/v1/validate?", "/v1/convert?to=xml&"] {
        let url = server.url(&format!("{route}name=__panic__&as_of={AS_OF}"));
        let a = post(&agent(), &url, &body);
        assert_eq!(a.status, 200, "{route}: {}", a.text());
    }
}
