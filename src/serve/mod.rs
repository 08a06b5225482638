//! The pre-ingest HTTP service and the officers' page (`fosx serve`;
//! `docs/spec/http.md`).
//!
//! Every answer is built by the same library functions as the command line
//! (`check_bytes`, [`crate::report::Report::json_text`], [`crate::report::sarif`],
//! [`crate::report::junit`], [`crate::write`], [`crate::write::template`],
//! [`crate::diag::explain`], [`crate::schema`]), so that the service and the CLI
//! answer byte for byte the same. Files live in memory for one request only;
//! nothing is written to disk.

mod api;
mod ops;
mod page;

pub use ops::{ErrorBody, ErrorDetail};

use crate::i18n::Lang;
use crate::read::Limits;
use crate::value::Date;
use axum::Router;
use axum::routing::{get, post};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// A sink for the access log: one JSON object per request, without the line
/// feed.
pub type LogSink = Arc<dyn Fn(&str) + Send + Sync>;

/// How the service runs.
#[derive(Clone)]
pub struct Config {
    /// The reading limits; `max_file_size` also bounds a request's body.
    pub limits: Limits,
    /// The reference date of FOS-R05 when a request gives no `as_of`
    /// (`None`: today, UTC, on each request).
    pub as_of: Option<Date>,
    /// The report language when a request gives no `lang`.
    pub lang: Lang,
    /// Checks and conversions running at once.
    pub workers: usize,
    /// Requests waiting for a worker; one more gets 503 with `Retry-After`.
    pub queue: usize,
    /// The longest a request may take, reading its body included (408).
    pub timeout: Duration,
    /// How long in-flight requests may go on after SIGTERM or SIGINT.
    pub grace: Duration,
    /// The origin allowed to call the service from a browser (CORS); none
    /// when `None`.
    pub cors_origin: Option<String>,
    /// Where the access log goes (`None`: nowhere).
    pub log: Option<LogSink>,
    /// Tests only: a file named `__panic__` makes its check panic, to show
    /// that a panic becomes a 500 and the service goes on. `fosx serve` sets
    /// it only when `FOSX_SERVE_TEST_PANIC=1` is in its environment at start.
    pub test_panic: bool,
}

impl Default for Config {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Config {
            limits: Limits::default(),
            as_of: None,
            lang: Lang::En,
            workers: cores,
            queue: 64,
            timeout: Duration::from_secs(30),
            grace: Duration::from_secs(4),
            cors_origin: None,
            log: None,
            test_panic: false,
        }
    }
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("limits", &self.limits)
            .field("as_of", &self.as_of)
            .field("lang", &self.lang)
            .field("workers", &self.workers)
            .field("queue", &self.queue)
            .field("timeout", &self.timeout)
            .field("grace", &self.grace)
            .field("cors_origin", &self.cors_origin)
            .field("test_panic", &self.test_panic)
            .finish_non_exhaustive()
    }
}

/// The routes the service answers, as `(method, path)`, in the form
/// `openapi.json` names them.
pub const ROUTES: &[(&str, &str)] = &[
    ("get", "/"),
    ("get", "/page.css"),
    ("get", "/page.js"),
    ("get", "/healthz"),
    ("get", "/metrics"),
    ("get", "/openapi.json"),
    ("post", "/v1/validate"),
    ("post", "/v1/convert"),
    ("get", "/v1/template/{type}"),
    ("get", "/v1/explain/{code}"),
    ("get", "/v1/schemas/{name}"),
    ("get", "/v1/codes/{list}"),
];

/// The OpenAPI 3.1 description of the service.
pub const OPENAPI: &str = include_str!("openapi.json");

/// The service's router (every route, limit and layer), for tests or to
/// embed in another axum application.
pub fn router(config: Config) -> Router {
    let state = ops::State::new(config);
    let cors = state.config.cors_origin.clone();
    let mut app = Router::new()
        .route("/", get(page::index))
        .route("/page.css", get(page::css))
        .route("/page.js", get(page::js))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/metrics", get(ops::metrics))
        .route("/openapi.json", get(ops::openapi))
        .route("/v1/validate", post(api::validate))
        .route("/v1/convert", post(api::convert))
        .route("/v1/template/{type}", get(api::template))
        .route("/v1/explain/{code}", get(api::explain))
        .route("/v1/schemas/{name}", get(api::schema))
        .route("/v1/codes/{list}", get(api::codes))
        .fallback(ops::not_found)
        // Bodies are read by the handlers with the service's own limit.
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ops::deadline,
        ))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            ops::panic_response,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ops::access,
        ));
    if let Some(origin) = cors
        && let Ok(origin) = origin.parse::<axum::http::HeaderValue>()
    {
        app = app.layer(
            tower_http::cors::CorsLayer::new()
                .allow_origin(origin)
                .allow_methods([axum::http::Method::GET, axum::http::Method::POST])
                .allow_headers([axum::http::header::CONTENT_TYPE]),
        );
    }
    app.with_state(state)
}

/// Serves on `listener` until SIGTERM or SIGINT, on a multi-thread runtime
/// with one worker per core. `ready` is called with the bound address once
/// the service accepts connections. In-flight requests finish (for at most
/// [`Config::grace`]); then it returns.
pub fn run(
    config: Config,
    listener: std::net::TcpListener,
    ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cores)
        .max_blocking_threads(config.workers.max(1) + 4)
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        listener.set_nonblocking(true)?;
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let addr = listener.local_addr()?;
        let grace = config.grace;
        let app = router(config);
        let (stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);
        // The handlers are in place before the service says it listens, so
        // a signal sent as soon as it answers stops it gracefully.
        let signal = signals();
        let server = axum::serve(listener, app).with_graceful_shutdown(async move {
            signal.await;
            let _ = stop_tx.send(true);
        });
        ready(addr);
        let deadline = async move {
            let _ = stop_rx.wait_for(|stopped| *stopped).await;
            tokio::time::sleep(grace).await;
        };
        tokio::select! {
            r = server.into_future() => r,
            () = deadline => Ok(()),
        }
    })?;
    // Requests still running after the grace period are abandoned.
    runtime.shutdown_timeout(Duration::from_millis(100));
    Ok(())
}

/// SIGTERM or SIGINT: the handlers are installed at once; the future ends
/// at the first signal.
fn signals() -> impl Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let term = signal(SignalKind::terminate()).ok();
        let int = signal(SignalKind::interrupt()).ok();
        async move {
            match (term, int) {
                (Some(mut term), Some(mut int)) => {
                    tokio::select! {
                        _ = term.recv() => {}
                        _ = int.recv() => {}
                    }
                }
                (Some(mut one), None) | (None, Some(mut one)) => {
                    one.recv().await;
                }
                (None, None) => std::future::pending().await,
            }
        }
    }
    #[cfg(not(unix))]
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}
