//! `fosx serve` under load and in trouble: many clients, idle and slow
//! connections, a full queue, timeouts, SIGTERM; and what it tells
//! operators (access log, metrics, OpenAPI, CORS, the page's assets).

use super::json_fixtures::{AS_OF, root};
use super::serve::{Answer, Server, agent, answer, cli_report, get, post, read, validate_url};
use serde_json::Value;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

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

// ----- shutdown, logs -----------------------------------------------------

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
