//! A panic while answering, through routes that only the tests have: the
//! service answers 500 `internal`, gives the worker back, and goes on; it
//! says so, and that a request took too long, in the request's language.

use super::{Config, ops, run_app};
use axum::extract::State;
use axum::response::Response;
use axum::routing::post;
use std::time::Duration;

/// The service with one worker and no queue, two routes that panic (in
/// the handler, and on the worker) and one that takes 5 s. Its address.
fn start(timeout: Duration) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let config = Config {
        workers: 1,
        queue: 0,
        timeout,
        ..Config::default()
    };
    std::thread::spawn(move || {
        run_app(
            config,
            listener,
            move |addr| tx.send(addr).unwrap(),
            std::future::pending,
            |routes| {
                routes
                    .route("/test/panic", post(panic_in_handler))
                    .route("/test/panic-on-worker", post(panic_on_worker))
                    .route("/test/slow", post(slow))
            },
        )
    });
    let addr = rx.recv_timeout(Duration::from_secs(10)).unwrap();
    format!("http://{addr}")
}

async fn panic_in_handler() -> Response {
    panic!("on purpose")
}

async fn slow() -> Response {
    tokio::time::sleep(Duration::from_secs(5)).await;
    panic!("the deadline answered first")
}

async fn panic_on_worker(State(state): State<ops::State>) -> Response {
    match state
        .on_worker(|| -> Response { panic!("on purpose") })
        .await
    {
        Ok(r) | Err(r) => r,
    }
}

#[test]
fn a_panic_while_answering_is_a_500_and_the_service_goes_on() {
    let base = start(Duration::from_secs(30));
    let agent = agent();
    let timetable = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/valid/timetable.json"),
    )
    .unwrap();
    for round in 0..2 {
        for route in ["/test/panic", "/test/panic-on-worker"] {
            let mut r = agent.post(format!("{base}{route}")).send(&[][..]).unwrap();
            assert_eq!(r.status(), 500, "{route}");
            let body = r.body_mut().read_to_string().unwrap();
            assert!(body.contains(r#""code":"internal""#), "{route}: {body}");
        }
        // The one worker is free again (no queue: 503 otherwise).
        let url = format!("{base}/v1/validate?as_of=2026-11-28&name=timetable.json");
        let mut r = agent.post(url).send(&timetable[..]).unwrap();
        let body = r.body_mut().read_to_string().unwrap();
        assert_eq!(r.status(), 200, "round {round}: {body}");
        assert!(body.contains(r#""valid": true"#), "{body}");
    }
    // In the request's language.
    let mut r = agent
        .post(format!("{base}/test/panic?lang=es"))
        .send(&[][..])
        .unwrap();
    assert_eq!(
        r.body_mut().read_to_string().unwrap(),
        "{\"error\":{\"code\":\"internal\",\"message\":\"un error interno detuvo esta solicitud; el servicio continúa\"}}\n"
    );
}

#[test]
fn the_deadline_is_said_in_the_request_s_language() {
    let base = start(Duration::from_secs(1));
    let mut r = agent()
        .post(format!("{base}/test/slow?lang=fr"))
        .send(&[][..])
        .unwrap();
    assert_eq!(r.status(), 408);
    assert_eq!(
        r.body_mut().read_to_string().unwrap(),
        "{\"error\":{\"code\":\"timeout\",\"message\":\"la requête a duré plus de 1 seconde\"}}\n"
    );
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}
