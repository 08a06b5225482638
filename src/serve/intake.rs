//! What requests hold in memory: one budget of bytes shared by every request
//! ([`Config::max_memory`](super::Config::max_memory)), charged for the bytes
//! of a body as they arrive and for the bytes of an answer until it is sent;
//! and the reading of a request's files within that budget, the size limit
//! and the number of parts.
//!
//! A request's bytes are a [`Held`]: whatever becomes of the request (answered,
//! timed out, its client gone), dropping it gives them back.

use super::ops::{State, busy, error};
use crate::i18n::{Msg, msg};
use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use http_body::{Frame, SizeHint};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The name of a file sent as the whole body without `name`.
const DEFAULT_NAME: &str = "upload";

/// An answer is handed to the connection this much at a time, so that the
/// bytes of an answer a client is slow to read stay counted.
const ANSWER_CHUNK: usize = 64 << 10;

/// The bytes every request together may hold at once.
#[derive(Clone)]
pub(crate) struct Budget {
    bytes: Arc<Semaphore>,
    total: usize,
    /// How many times bytes were given back: the service was busy.
    returns: Arc<AtomicU64>,
}

impl Budget {
    pub fn new(total: usize) -> Budget {
        let total = total.min(Semaphore::MAX_PERMITS);
        Budget {
            bytes: Arc::new(Semaphore::new(total)),
            total,
            returns: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Nothing held yet.
    pub fn none(&self) -> Held {
        Held {
            budget: self.clone(),
            permit: None,
        }
    }

    /// Whether no request holds any byte.
    pub fn is_unused(&self) -> bool {
        self.held() == 0
    }

    /// The bytes held now.
    pub fn held(&self) -> usize {
        self.total - self.available()
    }

    /// The bytes not held now.
    pub fn available(&self) -> usize {
        self.bytes.available_permits()
    }

    /// Grows each time a request gives bytes back.
    pub fn returns(&self) -> u64 {
        self.returns.load(Ordering::Relaxed)
    }
}

/// Bytes of the [`Budget`] held by one request; given back when dropped.
pub(crate) struct Held {
    budget: Budget,
    permit: Option<OwnedSemaphorePermit>,
}

impl Held {
    pub fn bytes(&self) -> usize {
        self.permit
            .as_ref()
            .map_or(0, OwnedSemaphorePermit::num_permits)
    }

    /// Takes `n` more bytes; `false` (and nothing more taken) when the budget
    /// has not that many left.
    pub fn grow(&mut self, n: usize) -> bool {
        let Ok(n) = u32::try_from(n) else {
            return false;
        };
        if n == 0 {
            return true;
        }
        match self.budget.bytes.clone().try_acquire_many_owned(n) {
            Ok(more) => {
                match &mut self.permit {
                    Some(held) => held.merge(more),
                    None => self.permit = Some(more),
                }
                true
            }
            Err(_) => false,
        }
    }

    /// Holds `n` bytes: gives back what is over, takes what is missing.
    pub fn resize(&mut self, n: usize) -> bool {
        let now = self.bytes();
        if n > now {
            return self.grow(n - now);
        }
        if let Some(held) = &mut self.permit {
            drop(held.split(now - n));
        }
        true
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        if self.bytes() > 0 {
            self.budget.returns.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// Why a body stopped being read on the service's side.
#[derive(Debug, Clone, Copy)]
enum Stop {
    TooLarge,
    NoMemory,
}

/// What a body being read holds, shared between the body and the handler.
struct Intake {
    held: Held,
    received: u64,
    limit: u64,
    stop: Option<Stop>,
}

/// A request body charged as it arrives: each frame's bytes are taken from
/// the budget; past the size limit or the budget the body ends in an error.
struct Charged {
    body: Body,
    intake: Arc<Mutex<Intake>>,
}

impl HttpBody for Charged {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let frame = std::task::ready!(Pin::new(&mut self.body).poll_frame(cx));
        if let Some(Ok(f)) = &frame
            && let Some(data) = f.data_ref()
        {
            let mut intake = self.intake.lock().unwrap_or_else(|e| e.into_inner());
            intake.received += data.len() as u64;
            let stop = if intake.received > intake.limit {
                Some(Stop::TooLarge)
            } else if !intake.held.grow(data.len()) {
                Some(Stop::NoMemory)
            } else {
                None
            };
            if let Some(stop) = stop {
                intake.stop = Some(stop);
                return Poll::Ready(Some(Err(axum::Error::new(format!("{stop:?}")))));
            }
        }
        Poll::Ready(frame)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

/// An answer given before the body was read: the connection is closed after
/// it, so that a client does not send its next request behind an unread body.
pub(crate) fn early(mut r: Response) -> Response {
    r.headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    r
}

fn too_large(limit: u64) -> Response {
    error(
        StatusCode::PAYLOAD_TOO_LARGE,
        "body-too-large",
        msg::serve_body_too_large(limit),
    )
}

/// The budget has no room.
fn no_memory(budget: usize) -> Response {
    busy("memory-full", msg::serve_memory_full(budget))
}

fn too_many_parts(max: usize) -> Response {
    error(
        StatusCode::PAYLOAD_TOO_LARGE,
        "too-many-parts",
        msg::serve_too_many_parts(max),
    )
}

pub(crate) fn bad_body(message: Msg) -> Response {
    error(StatusCode::BAD_REQUEST, "bad-body", message)
}

/// The files of a request (the whole body, or each `file` part of a
/// `multipart/form-data` body) and the bytes of the budget they hold. The
/// body is read within the size limit, the budget and the number of parts;
/// an answer given before it was all read closes the connection.
pub(crate) async fn files(
    state: &State,
    req: Request,
    name: Option<String>,
) -> Result<(Vec<(String, Bytes)>, Held), Response> {
    let limit = state.config.limits.max_file_size;
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(early(too_large(limit)));
    }
    // A body that cannot fit now is refused before it is sent (a client
    // that waits for `100 Continue` sends nothing).
    if declared.is_some_and(|n| n > state.budget.available() as u64) {
        return Err(early(no_memory(state.config.max_memory)));
    }
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    let intake = Arc::new(Mutex::new(Intake {
        held: state.budget.none(),
        received: 0,
        limit,
        stop: None,
    }));
    let (parts, body) = req.into_parts();
    let body = Charged {
        body,
        intake: intake.clone(),
    };
    let read = if multipart {
        let req = Request::from_parts(parts, Body::new(body));
        form(req, state.config.max_parts).await
    } else {
        let capacity = declared.map_or(0, |n| usize::try_from(n).unwrap_or(0));
        whole(body, capacity)
            .await
            .map(|bytes| vec![(name.unwrap_or_else(|| DEFAULT_NAME.to_string()), bytes)])
    };
    let mut intake = intake.lock().unwrap_or_else(|e| e.into_inner());
    let held = std::mem::replace(&mut intake.held, state.budget.none());
    match (read, intake.stop) {
        (Ok(files), _) => Ok((files, held)),
        (Err(_), Some(Stop::TooLarge)) => Err(early(too_large(limit))),
        (Err(_), Some(Stop::NoMemory)) => Err(early(no_memory(state.config.max_memory))),
        (Err(r), None) => Err(early(r)),
    }
}

/// A whole body, in one buffer (of the declared length when there is one).
async fn whole(mut body: Charged, capacity: usize) -> Result<Bytes, Response> {
    let mut out = Vec::with_capacity(capacity);
    while let Some(frame) = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
        let frame = frame.map_err(|e| bad_body(msg::serve_body_unreadable(e.to_string())))?;
        if let Ok(data) = frame.into_data() {
            out.extend_from_slice(&data);
        }
    }
    Ok(Bytes::from(out))
}

/// The `file` parts of a form, read as they arrive; past `max_parts` parts
/// the form is refused at once.
async fn form(req: Request, max_parts: usize) -> Result<Vec<(String, Bytes)>, Response> {
    let mut form = Multipart::from_request(req, &())
        .await
        .map_err(|e| bad_body(msg::serve_form_unreadable(e.body_text())))?;
    let mut out = Vec::new();
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| bad_body(msg::serve_form_unreadable(e.body_text())))?
    {
        if out.len() == max_parts {
            return Err(too_many_parts(max_parts));
        }
        if field.name() != Some("file") {
            return Err(bad_body(msg::serve_unknown_field(
                field.name().unwrap_or_default(),
            )));
        }
        let file_name = field
            .file_name()
            .map(str::to_string)
            .unwrap_or_else(|| DEFAULT_NAME.to_string());
        let data = field
            .bytes()
            .await
            .map_err(|e| bad_body(msg::serve_form_unreadable(e.body_text())))?;
        out.push((file_name, data));
    }
    if out.is_empty() {
        return Err(bad_body(msg::serve_no_file()));
    }
    Ok(out)
}

/// An answer whose bytes stay counted in the budget until the connection
/// has taken them: `held` is resized to the answer's length (503 when the
/// budget has no room for it).
pub(crate) fn answer(
    mut held: Held,
    state: &State,
    status: StatusCode,
    content_type: &'static str,
    body: impl Into<Bytes>,
) -> Response {
    let body: Bytes = body.into();
    if !held.resize(body.len()) {
        return no_memory(state.config.max_memory);
    }
    let body = Body::new(Answer { body, _held: held });
    (status, [(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// The body of an [`answer`], handed out [`ANSWER_CHUNK`] bytes at a time;
/// its bytes are counted until the connection has taken the last chunk.
struct Answer {
    body: Bytes,
    _held: Held,
}

impl HttpBody for Answer {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if self.body.is_empty() {
            return Poll::Ready(None);
        }
        let n = self.body.len().min(ANSWER_CHUNK);
        Poll::Ready(Some(Ok(Frame::data(self.body.split_to(n)))))
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_empty()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.body.len() as u64)
    }
}
