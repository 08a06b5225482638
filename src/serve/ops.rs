//! What every request goes through: the error body, the worker gate (a
//! concurrency limit with a queue), the deadline, the access log and the
//! metrics.

use super::Config;
use super::intake::Budget;
use super::listen::Connections;
use crate::i18n::{Arg, Lang, Msg, msg};
use axum::extract::{MatchedPath, Query, Request, State as AxState};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The shared state of the service.
#[derive(Clone)]
pub(crate) struct State {
    pub config: Arc<Config>,
    pub gate: Gate,
    pub budget: Budget,
    pub connections: Connections,
    pub metrics: Arc<Metrics>,
}

impl State {
    pub fn new(config: Config) -> State {
        State {
            gate: Gate::new(config.workers.max(1), config.queue),
            budget: Budget::new(config.max_memory),
            connections: Connections::new(config.max_connections, config.header_timeout),
            metrics: Arc::new(Metrics::default()),
            config: Arc::new(config),
        }
    }

    /// Runs `work` on a worker thread once a worker is free (after waiting
    /// in the queue); 503 with `Retry-After` when the queue is full, 500
    /// when `work` panics. The worker's place is given back when `work` ends,
    /// and the queue place when the request leaves the queue, whichever way
    /// it leaves (a timeout, a client gone).
    pub async fn on_worker<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Response> {
        let admitted = self.gate.admit().await?;
        tokio::task::spawn_blocking(move || {
            let _admitted = admitted;
            work()
        })
        .await
        .map_err(|_| panic_response(Box::new(())))
    }
}

/// `workers` checks at once and `queue` more waiting, as two counts of
/// permits that each request owns: a place (running or waiting) and, once
/// one is free, a worker.
#[derive(Clone)]
pub(crate) struct Gate {
    places: Arc<Semaphore>,
    workers: Arc<Semaphore>,
    count: usize,
    queue: usize,
}

/// A request's place and worker; dropping it gives both back.
pub(crate) struct Admitted {
    _place: OwnedSemaphorePermit,
    _worker: OwnedSemaphorePermit,
}

impl Gate {
    fn new(workers: usize, queue: usize) -> Gate {
        let workers = workers.min(Semaphore::MAX_PERMITS / 2);
        let queue = queue.min(Semaphore::MAX_PERMITS / 2);
        Gate {
            places: Arc::new(Semaphore::new(workers + queue)),
            workers: Arc::new(Semaphore::new(workers)),
            count: workers,
            queue,
        }
    }

    /// A worker: at once when one is free, after waiting in the queue
    /// otherwise; 503 with `Retry-After` when the queue is full.
    async fn admit(&self) -> Result<Admitted, Response> {
        let Ok(place) = self.places.clone().try_acquire_owned() else {
            return Err(overloaded());
        };
        // Never closed: acquiring only waits.
        let Ok(worker) = self.workers.clone().acquire_owned().await else {
            return Err(overloaded());
        };
        Ok(Admitted {
            _place: place,
            _worker: worker,
        })
    }

    /// Whether no worker is busy.
    pub fn is_idle(&self) -> bool {
        self.busy() == 0
    }

    fn busy(&self) -> usize {
        self.count - self.workers.available_permits()
    }

    fn queued(&self) -> usize {
        let places = self.count + self.queue;
        (places - self.places.available_permits()).saturating_sub(self.busy())
    }
}

/// 503 with `Retry-After: 1`: the service is busy; `code` says with what.
pub(crate) fn busy(code: &str, message: Msg) -> Response {
    let mut r = error(StatusCode::SERVICE_UNAVAILABLE, code, message);
    r.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    r
}

/// No place in the queue.
fn overloaded() -> Response {
    busy("overloaded", msg::serve_overloaded())
}

/// The body of every answer that is not a report or a document:
/// `{"error":{"code":…,"message":…}}`.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// The code and message of an [`ErrorBody`].
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct ErrorDetail {
    /// A stable code, e.g. `bad-parameter` (`docs/spec/http.md`).
    pub code: String,
    /// What went wrong, for people.
    pub message: String,
}

/// The text of an error body, with a final line feed.
pub(crate) fn error_text(code: &str, message: &str) -> String {
    let body = ErrorBody {
        error: ErrorDetail {
            code: code.to_string(),
            message: message.to_string(),
        },
    };
    let mut text = serde_json::to_string(&body).unwrap_or_default();
    text.push('\n');
    text
}

/// An error answer, its message in the request's language
/// ([`request_lang`]).
pub(crate) fn error(status: StatusCode, code: &str, message: Msg) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        error_text(code, &message.render(request_lang())),
    )
        .into_response()
}

tokio::task_local! {
    /// The language of the request being answered.
    static LANG: Lang;
}

/// The language of the messages of the request being answered: its `lang`
/// parameter when that names a language fosx speaks (on any route), else
/// the service's ([`Config::lang`]). Outside a request, English.
pub(crate) fn request_lang() -> Lang {
    LANG.try_with(|l| *l).unwrap_or_default()
}

/// The language a `lang` parameter names: a code of [`Lang::ALL`].
pub(crate) fn lang_code(value: &str) -> Option<Lang> {
    Lang::ALL.iter().copied().find(|l| l.code() == value)
}

/// Answers each request in its language ([`request_lang`]): every error
/// made while it is answered (a bad parameter, a body refused, the
/// deadline, a panic) says its message in it.
pub(crate) async fn language(AxState(state): AxState<State>, req: Request, next: Next) -> Response {
    // The query as the routes read it; one that cannot be read names none.
    let asked = Query::<Vec<(String, String)>>::try_from_uri(req.uri())
        .ok()
        .and_then(|Query(pairs)| {
            pairs
                .into_iter()
                .find(|(k, _)| k == "lang")
                .and_then(|(_, v)| lang_code(&v))
        });
    LANG.scope(asked.unwrap_or(state.config.lang), next.run(req))
        .await
}

pub(crate) async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "not-found", msg::serve_not_found())
}

/// A panic while answering becomes a 500; the service goes on.
pub(crate) fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    error(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        msg::serve_internal(),
    )
}

/// Every request within [`Config::timeout`], reading its body included.
pub(crate) async fn deadline(AxState(state): AxState<State>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(state.config.timeout, next.run(req)).await {
        Ok(r) => r,
        Err(_) => {
            // A whole number of seconds is a count (`1 seconde`).
            let t = state.config.timeout;
            let seconds = if t.subsec_nanos() == 0 {
                Arg::from(t.as_secs())
            } else {
                Arg::from(t.as_secs_f64().to_string())
            };
            let mut r = error(
                StatusCode::REQUEST_TIMEOUT,
                "timeout",
                msg::serve_timeout(seconds),
            );
            r.headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            r
        }
    }
}

/// One access-log line per request, and the request metrics.
pub(crate) async fn access(AxState(state): AxState<State>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().to_string();
    let path = req.uri().path().to_string();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "other".to_string(), |m| m.as_str().to_string());
    let response = next.run(req).await;
    let seconds = start.elapsed().as_secs_f64();
    let status = response.status().as_u16();
    state.metrics.request(&route, status, seconds);
    if let Some(log) = &state.config.log {
        let time = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64());
        let line = serde_json::json!({
            "time": (time * 1000.0).round() / 1000.0,
            "method": method,
            "path": path,
            "route": route,
            "status": status,
            "ms": (seconds * 1e6).round() / 1e3,
        });
        log(&line.to_string());
    }
    response
}

/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 11] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];

/// Counters in the Prometheus text format.
#[derive(Default)]
pub(crate) struct Metrics {
    requests: Mutex<BTreeMap<(String, u16), u64>>,
    buckets: [AtomicU64; BUCKETS.len()],
    count: AtomicU64,
    /// Total latency, in microseconds.
    sum_micros: AtomicU64,
    valid: AtomicU64,
    invalid: AtomicU64,
}

impl Metrics {
    /// Requests answered so far.
    pub fn answered(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }
}

impl Metrics {
    fn request(&self, route: &str, status: u16, seconds: f64) {
        if let Ok(mut m) = self.requests.lock() {
            *m.entry((route.to_string(), status)).or_default() += 1;
        }
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                self.buckets[i].fetch_add(1, Ordering::Relaxed);
            }
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        self.sum_micros
            .fetch_add((seconds * 1e6) as u64, Ordering::Relaxed);
    }

    /// Counts a file's verdict.
    pub fn verdict(&self, valid: bool) {
        let c = if valid { &self.valid } else { &self.invalid };
        c.fetch_add(1, Ordering::Relaxed);
    }

    fn text(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        out.push_str("# HELP fosx_http_requests_total Requests answered, by route and status.\n");
        out.push_str("# TYPE fosx_http_requests_total counter\n");
        if let Ok(m) = self.requests.lock() {
            for ((route, status), n) in m.iter() {
                let _ = writeln!(
                    out,
                    "fosx_http_requests_total{{route=\"{}\",status=\"{status}\"}} {n}",
                    route.replace('\\', "\\\\").replace('"', "\\\"")
                );
            }
        }
        out.push_str("# HELP fosx_files_checked_total Files checked, by verdict.\n");
        out.push_str("# TYPE fosx_files_checked_total counter\n");
        for (name, c) in [("valid", &self.valid), ("invalid", &self.invalid)] {
            let _ = writeln!(
                out,
                "fosx_files_checked_total{{verdict=\"{name}\"}} {}",
                c.load(Ordering::Relaxed)
            );
        }
        out.push_str("# HELP fosx_http_request_duration_seconds Time to answer a request.\n");
        out.push_str("# TYPE fosx_http_request_duration_seconds histogram\n");
        for (i, bound) in BUCKETS.iter().enumerate() {
            let _ = writeln!(
                out,
                "fosx_http_request_duration_seconds_bucket{{le=\"{bound}\"}} {}",
                self.buckets[i].load(Ordering::Relaxed)
            );
        }
        let count = self.count.load(Ordering::Relaxed);
        let _ = writeln!(
            out,
            "fosx_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {count}"
        );
        let _ = writeln!(
            out,
            "fosx_http_request_duration_seconds_sum {}",
            self.sum_micros.load(Ordering::Relaxed) as f64 / 1e6
        );
        let _ = writeln!(out, "fosx_http_request_duration_seconds_count {count}");
        out
    }
}

/// What the service holds now: connections, workers, queue, memory.
fn gauges(state: &State) -> String {
    let gauges = [
        (
            "fosx_connections_open",
            "Connections open (of --max-connections).",
            state.connections.open(),
        ),
        (
            "fosx_workers_busy",
            "Workers checking or converting (of --workers).",
            state.gate.busy(),
        ),
        (
            "fosx_requests_queued",
            "Requests waiting for a worker (of --queue).",
            state.gate.queued(),
        ),
        (
            "fosx_memory_held_bytes",
            "Bytes of bodies and answers held (of --max-memory).",
            state.budget.held(),
        ),
    ];
    let mut out = String::new();
    for (name, help, value) in gauges {
        out.push_str(&format!(
            "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}\n"
        ));
    }
    out
}

pub(crate) async fn metrics(AxState(state): AxState<State>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.text() + &gauges(&state),
    )
        .into_response()
}

pub(crate) async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], super::OPENAPI).into_response()
}
