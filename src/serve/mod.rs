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
mod cors;
mod intake;
mod listen;
mod ops;
mod page;
#[cfg(test)]
mod tests;

pub use cors::{CorsOrigin, InvalidOrigin};
pub use ops::{ErrorBody, ErrorDetail};

use crate::i18n::Lang;
use crate::read::Limits;
use crate::value::Date;
use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tower_http::set_header::SetResponseHeaderLayer;

/// A sink for the access log: one JSON object per request, without the line
/// feed.
pub type LogSink = Arc<dyn Fn(&str) + Send + Sync>;

/// A way to give the memory the allocator keeps for later back to the
/// system, called when the service goes idle after work (`fosx serve`
/// passes mimalloc's `mi_collect`).
pub type MemoryRelease = Arc<dyn Fn() + Send + Sync>;

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
    /// The bytes that every request together may hold at once: the bodies
    /// being received and the answers not yet sent. A request that would go
    /// past it gets 503 `memory-full` with `Retry-After`.
    pub max_memory: usize,
    /// Connections open at once; past it, new connections wait to be
    /// accepted (never more than the process may open files, less 32).
    pub max_connections: usize,
    /// The longest a connection may take to send a request's head, counted
    /// from its opening or from its previous answer: a slow head, and an
    /// idle kept-alive connection, are closed after it.
    pub header_timeout: Duration,
    /// Most parts in one `multipart/form-data` body (413 `too-many-parts`).
    pub max_parts: usize,
    /// How long in-flight requests may go on after SIGTERM or SIGINT.
    pub grace: Duration,
    /// The origin allowed to call the service from a browser (CORS); none
    /// when `None`.
    pub cors_origin: Option<CorsOrigin>,
    /// Where the access log goes (`None`: nowhere).
    pub log: Option<LogSink>,
    /// Called when the service goes idle after work, to give memory back to
    /// the system (`None`: nothing is done).
    pub release_memory: Option<MemoryRelease>,
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
            max_memory: 256 << 20,
            max_connections: 1024,
            header_timeout: Duration::from_secs(10),
            max_parts: 100,
            grace: Duration::from_secs(4),
            cors_origin: None,
            log: None,
            release_memory: None,
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
            .field("max_memory", &self.max_memory)
            .field("max_connections", &self.max_connections)
            .field("header_timeout", &self.header_timeout)
            .field("max_parts", &self.max_parts)
            .field("grace", &self.grace)
            .field("cors_origin", &self.cors_origin)
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
/// embed in another axum application. The limits of connections
/// ([`Config::max_connections`], [`Config::header_timeout`]) are [`run`]'s:
/// an application that serves the router itself sets its own.
pub fn router(config: Config) -> Router {
    app(ops::State::new(config), |routes| routes)
}

/// The router on `state`, with `more` routes (tests add some) inside every
/// layer.
fn app(state: ops::State, more: impl FnOnce(Router<ops::State>) -> Router<ops::State>) -> Router {
    let cors = state.config.cors_origin.clone();
    let routes = Router::new()
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
        .route("/v1/codes/{list}", get(api::codes));
    let mut app = more(routes)
        .fallback(ops::not_found)
        // Bodies are read by the handlers with the service's own limits.
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ops::deadline,
        ))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            ops::panic_response,
        ))
        // Outside the deadline and the panic guard, so that their answers
        // too are in the request's language.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ops::language,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ops::access,
        ))
        // No answer is to be read as anything but its content type, and
        // none but the page (which has its own policy) may load or run
        // anything.
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'"),
        ));
    if let Some(origin) = cors {
        app = app.layer(
            tower_http::cors::CorsLayer::new()
                .allow_origin(origin.header_value())
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
    run_app(config, listener, ready, signals, |routes| routes)
}

/// [`run`], until `stop` (made on the runtime) ends, with `more` routes.
fn run_app<F: Future<Output = ()> + Send + 'static>(
    config: Config,
    listener: std::net::TcpListener,
    ready: impl FnOnce(SocketAddr),
    stop: impl FnOnce() -> F,
    more: impl FnOnce(Router<ops::State>) -> Router<ops::State>,
) -> std::io::Result<()> {
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cores)
        .max_blocking_threads(config.workers.max(1).saturating_add(4))
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        listener.set_nonblocking(true)?;
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let addr = listener.local_addr()?;
        let grace = config.grace;
        let state = ops::State::new(config);
        let connections = state.connections.clone();
        if let Some(release) = state.config.release_memory.clone() {
            tokio::spawn(listen::release_when_idle(state.clone(), release));
        }
        let app = app(state, more);
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        // The handlers are in place before the service says it listens, so
        // a signal sent as soon as it answers stops it gracefully.
        let signal = stop();
        tokio::spawn(async move {
            signal.await;
            let _ = stop_tx.send(true);
        });
        ready(addr);
        let mut stopped = stop_rx.clone();
        let deadline = async move {
            let _ = stopped.wait_for(|stopped| *stopped).await;
            tokio::time::sleep(grace).await;
        };
        tokio::select! {
            () = listen::serve(listener, app, connections, stop_rx) => {}
            () = deadline => {}
        }
        Ok::<(), std::io::Error>(())
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
