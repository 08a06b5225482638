//! The connections: accepted under a limit of connections open at once,
//! each served by hyper's HTTP/1 server with a header-read timeout, closed
//! gracefully on shutdown; and memory given back once the service is idle.

use super::MemoryRelease;
use super::ops::State;
use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};

/// Descriptors kept for everything but connections (the listener, the
/// runtime, standard streams).
const SPARE_FILES: usize = 32;

/// The largest request head a connection may send (and the most of an
/// answer hyper buffers for a connection): a head with a 100 KB query is
/// still read, to be answered 414.
const MAX_HEAD: usize = 128 << 10;

/// How connections are served, and how many are open.
#[derive(Clone)]
pub(crate) struct Connections {
    /// A connection holds one from its acceptance to its end.
    slots: Arc<Semaphore>,
    /// Connections accepted and not yet ended.
    open: Arc<AtomicUsize>,
    /// Open at once; past it, new connections wait in the listen queue.
    max: usize,
    /// See [`super::Config::header_timeout`].
    header_timeout: Duration,
}

impl Connections {
    pub fn new(wanted: usize, header_timeout: Duration) -> Connections {
        // At most u32::MAX, so that all of them can be waited for at once.
        let max = max_connections(wanted).min(u32::MAX as usize);
        Connections {
            slots: Arc::new(Semaphore::new(max)),
            open: Arc::new(AtomicUsize::new(0)),
            max,
            header_timeout,
        }
    }

    /// Connections open now.
    pub fn open(&self) -> usize {
        self.open.load(Ordering::Relaxed)
    }
}

/// A connection's place: its slot, and its count in the connections open;
/// both given back when it ends.
struct Place {
    _slot: OwnedSemaphorePermit,
    open: Arc<AtomicUsize>,
}

impl Place {
    fn new(slot: OwnedSemaphorePermit, open: &Arc<AtomicUsize>) -> Place {
        open.fetch_add(1, Ordering::Relaxed);
        Place {
            _slot: slot,
            open: open.clone(),
        }
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        self.open.fetch_sub(1, Ordering::Relaxed);
    }
}

/// `wanted`, but never more than the process may open files, less
/// [`SPARE_FILES`]: the service never fails to accept for want of a
/// descriptor.
fn max_connections(wanted: usize) -> usize {
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit only writes the struct it is given.
        let ok = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } == 0;
        if ok && limit.rlim_cur != libc::RLIM_INFINITY {
            let files = usize::try_from(limit.rlim_cur).unwrap_or(usize::MAX);
            return wanted.min(files.saturating_sub(SPARE_FILES)).max(1);
        }
    }
    wanted.max(1)
}

/// Accepts connections on `listener` and serves `app` on each, until `stop`
/// turns true; then stops accepting, lets each connection finish the
/// request it is answering, and returns when every connection is closed.
pub(crate) async fn serve(
    listener: TcpListener,
    app: Router,
    connections: Connections,
    stop: watch::Receiver<bool>,
) {
    let slots = connections.slots.clone();
    let mut stopping = stop.clone();
    loop {
        let accepted = tokio::select! {
            biased;
            _ = stopping.wait_for(|s| *s) => break,
            accepted = accept(&listener, &slots) => accepted,
        };
        let (stream, slot) = accepted;
        let place = Place::new(slot, &connections.open);
        let service = TowerToHyperService::new(app.clone());
        let mut stop = stop.clone();
        let header_timeout = connections.header_timeout;
        tokio::spawn(async move {
            let _place = place;
            let mut builder = http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                .max_buf_size(MAX_HEAD);
            let conn = builder.serve_connection(TokioIo::new(stream), service);
            let mut conn = std::pin::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => return,
                _ = stop.wait_for(|s| *s) => conn.as_mut().graceful_shutdown(),
            }
            let _ = conn.await;
        });
    }
    drop(listener);
    // Every connection has ended once all the slots are back.
    let all = u32::try_from(connections.max).unwrap_or(u32::MAX);
    let _ = slots.acquire_many(all).await;
}

/// The next connection, once a slot is free for it. An error of the
/// listener (no descriptor left, a connection reset before it was
/// accepted) is waited out.
async fn accept(
    listener: &TcpListener,
    slots: &Arc<Semaphore>,
) -> (tokio::net::TcpStream, OwnedSemaphorePermit) {
    loop {
        let Ok(slot) = slots.clone().acquire_owned().await else {
            // The semaphore is never closed; wait for the stop signal.
            return std::future::pending().await;
        };
        match listener.accept().await {
            Ok((stream, _)) => return (stream, slot),
            Err(e) => {
                drop(slot);
                let reset = matches!(
                    e.kind(),
                    std::io::ErrorKind::ConnectionAborted
                        | std::io::ErrorKind::ConnectionReset
                        | std::io::ErrorKind::ConnectionRefused
                );
                if !reset {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
    }
}

/// Gives memory back to the system once the service has gone idle after
/// work: no body or answer held, no worker busy. Checked every second.
pub(crate) async fn release_when_idle(state: State, release: MemoryRelease) {
    let busy = |state: &State| (state.budget.returns(), state.metrics.answered());
    let mut seen = busy(&state);
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    loop {
        tick.tick().await;
        let now = busy(&state);
        if now != seen && state.budget.is_unused() && state.gate.is_idle() {
            seen = now;
            let release = release.clone();
            let _ = tokio::task::spawn_blocking(move || release()).await;
        }
    }
}
