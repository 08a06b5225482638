//! Requests made from the fuzz input, answered by the service's router in
//! this process (`tower::ServiceExt::oneshot`, no socket): a method, a
//! route (one of the service's, with its segment, or any path), query
//! parameters (the documented ones with good or bad values, or any), headers,
//! and a body (raw bytes, an example file, or a `multipart/form-data` form
//! of parts with any names, file names and contents, possibly cut short).
//!
//! Every answer must be a status `docs/spec/http.md` documents for a
//! request alone (200, 400, 404, 405, 413, 422; never 5xx), and every error
//! the body `{"error":{"code":"…","message":"…"}}` with a documented code
//! for its status. The router is made once and serves every input, so that
//! what a request holds (its memory budget, its worker) must be given back
//! or a later request fails (503).

use arbitrary::Arbitrary;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use std::sync::OnceLock;
use tower::ServiceExt as _;

/// The bytes of example files a body can be.
const FILES: [&[u8]; 7] = [
    include_bytes!("../../fixtures/valid/timetable.json"),
    include_bytes!("../../fixtures/valid/notification.xml"),
    include_bytes!("../../fixtures/valid/progress-report.csv"),
    include_bytes!("../../fixtures/valid/timetable.csv"),
    include_bytes!("../../fixtures/spreadsheet/xlsx/progress-report.percent.xlsx"),
    include_bytes!("../../fixtures/spreadsheet/ods/timetable.ods"),
    include_bytes!("../../fixtures/json/R08-actual-completion-in-progress.json"),
];

const PATHS: [&str; 14] = [
    "/",
    "/page.css",
    "/page.js",
    "/healthz",
    "/metrics",
    "/openapi.json",
    "/v1/validate",
    "/v1/convert",
    "/v1/template/",
    "/v1/explain/",
    "/v1/schemas/",
    "/v1/codes/",
    "/v1/",
    "/nowhere",
];

/// Segments after `/v1/template/` and the like.
const SEGMENTS: [&str; 12] = [
    "timetable",
    "notification",
    "progress-report",
    "FOS-R05",
    "R05",
    "P04",
    "fosx.schema.json",
    "fosx.xsd",
    "timetable.table-schema.json",
    "status",
    "stakeholder",
    "currency",
];

/// The documented query parameters, and values each may take (good and bad).
const PARAMS: [(&str, &[&str]); 12] = [
    (
        "name",
        &["a.json", "b.xml", "c.csv", "d.xlsx", "e.ods", "", "../x"],
    ),
    ("from", &["json", "xml", "csv", "xlsx", "pdf", ""]),
    ("to", &["json", "xml", "csv", "xlsx", "ods", ""]),
    ("as_of", &["2026-11-28", "2026-13-01", "2018-01-01", "x"]),
    ("strict", &["true", "false", "1", "0", "", "maybe"]),
    ("lang", &["en", "fr", "es", "de", "FR", ""]),
    ("format", &["json", "sarif", "junit", "pdf", ""]),
    ("verdict_status", &["false", "true", "0", "x"]),
    ("example", &["true", "false", "x"]),
    ("csv_bom", &["true", "false", "x"]),
    ("csv_formula_guard", &["true", "false", "x"]),
    ("unknown", &["1"]),
];

const HEADERS: [&str; 8] = [
    "content-type",
    "accept-language",
    "content-length",
    "origin",
    "accept",
    "transfer-encoding",
    "x-forwarded-for",
    "cookie",
];

#[derive(Debug, Arbitrary)]
enum Verb {
    Get,
    Post,
    Head,
    Put,
    Options,
    Delete,
    Other(String),
}

#[derive(Debug, Arbitrary)]
enum Path {
    /// One of [`PATHS`], with one of [`SEGMENTS`] or any segment after it.
    Known(u8, Option<u8>, Option<String>),
    Any(String),
}

#[derive(Debug, Arbitrary)]
enum Param {
    /// A documented parameter (by index) with a value of its own list or
    /// any value.
    Known(u8, u8, Option<String>),
    Any(String, String),
}

#[derive(Debug, Arbitrary)]
enum Header {
    Known(u8, Vec<u8>),
    ContentType(u8),
    Any(String, Vec<u8>),
}

#[derive(Debug, Arbitrary)]
enum Data {
    Raw(Vec<u8>),
    /// An example file, cut after `cut` bytes when given.
    File(u8, Option<u16>),
}

impl Data {
    fn bytes(&self) -> Vec<u8> {
        match self {
            Data::Raw(b) => b.clone(),
            Data::File(i, cut) => {
                let f = FILES[usize::from(*i) % FILES.len()];
                let n = cut.map_or(f.len(), |c| usize::from(c).min(f.len()));
                f[..n].to_vec()
            }
        }
    }
}

#[derive(Debug, Arbitrary)]
struct Part {
    /// `file` unless given.
    name: Option<String>,
    filename: Option<String>,
    content_type: Option<String>,
    data: Data,
}

#[derive(Debug, Arbitrary)]
enum Payload {
    None,
    Data(Data),
    /// A form; its content type is set unless a header sets another.
    Form {
        boundary: String,
        parts: Vec<Part>,
        /// The form cut after this many bytes.
        cut: Option<u16>,
        /// The closing boundary left out.
        unclosed: bool,
    },
}

/// One request.
#[derive(Debug, Arbitrary)]
pub struct Input {
    verb: Verb,
    path: Path,
    params: Vec<Param>,
    headers: Vec<Header>,
    payload: Payload,
}

const CONTENT_TYPES: [&str; 6] = [
    "application/json",
    "application/xml",
    "text/csv; charset=utf-8",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "application/octet-stream",
];

impl Input {
    /// The request, or `None` when its head cannot be made (hyper would
    /// refuse it before the router sees it).
    fn request(&self) -> Option<Request<Body>> {
        let method = match &self.verb {
            Verb::Get => Method::GET,
            Verb::Post => Method::POST,
            Verb::Head => Method::HEAD,
            Verb::Put => Method::PUT,
            Verb::Options => Method::OPTIONS,
            Verb::Delete => Method::DELETE,
            Verb::Other(m) => Method::from_bytes(m.as_bytes()).ok()?,
        };
        let mut uri = match &self.path {
            Path::Known(i, segment, any) => {
                let mut p = PATHS[usize::from(*i) % PATHS.len()].to_string();
                if let Some(s) = segment {
                    p.push_str(SEGMENTS[usize::from(*s) % SEGMENTS.len()]);
                }
                if let Some(a) = any {
                    p.push_str(a);
                }
                p
            }
            Path::Any(p) => p.clone(),
        };
        for (k, param) in self.params.iter().take(8).enumerate() {
            uri.push(if k == 0 { '?' } else { '&' });
            match param {
                Param::Known(i, v, any) => {
                    let (name, values) = PARAMS[usize::from(*i) % PARAMS.len()];
                    let value = any
                        .clone()
                        .unwrap_or_else(|| values[usize::from(*v) % values.len()].to_string());
                    uri.push_str(name);
                    if !(value.is_empty() && *v % 2 == 0) {
                        uri.push('=');
                        uri.push_str(&value);
                    }
                }
                Param::Any(name, value) => {
                    uri.push_str(name);
                    uri.push('=');
                    uri.push_str(value);
                }
            }
        }
        let mut builder = Request::builder().method(method).uri(uri);
        let (body, form_type) = self.body();
        let mut typed = false;
        for h in self.headers.iter().take(8) {
            let (name, value) = match h {
                Header::Known(i, v) => (
                    HEADERS[usize::from(*i) % HEADERS.len()].to_string(),
                    v.clone(),
                ),
                Header::ContentType(i) => (
                    "content-type".to_string(),
                    CONTENT_TYPES[usize::from(*i) % CONTENT_TYPES.len()]
                        .as_bytes()
                        .to_vec(),
                ),
                Header::Any(n, v) => (n.clone(), v.clone()),
            };
            typed |= name.eq_ignore_ascii_case("content-type");
            builder = builder.header(name.as_str(), value.as_slice());
        }
        if let (false, Some(t)) = (typed, form_type) {
            builder = builder.header(header::CONTENT_TYPE, t);
        }
        // A header the `http` crate refuses (a bad name or value) makes no
        // request: hyper would not have parsed it either.
        builder.body(Body::from(body)).ok()
    }

    /// The body, and the content type of a form.
    fn body(&self) -> (Vec<u8>, Option<String>) {
        match &self.payload {
            Payload::None => (Vec::new(), None),
            Payload::Data(d) => (d.bytes(), None),
            Payload::Form {
                boundary,
                parts,
                cut,
                unclosed,
            } => {
                let boundary = if boundary.is_empty() { "b" } else { boundary };
                let mut body = Vec::new();
                for p in parts.iter().take(8) {
                    body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
                    let name = p.name.as_deref().unwrap_or("file");
                    let mut disposition =
                        format!("Content-Disposition: form-data; name=\"{name}\"");
                    if let Some(f) = &p.filename {
                        disposition.push_str(&format!("; filename=\"{f}\""));
                    }
                    body.extend_from_slice(disposition.as_bytes());
                    body.extend_from_slice(b"\r\n");
                    if let Some(t) = &p.content_type {
                        body.extend_from_slice(format!("Content-Type: {t}\r\n").as_bytes());
                    }
                    body.extend_from_slice(b"\r\n");
                    body.extend_from_slice(&p.data.bytes());
                    body.extend_from_slice(b"\r\n");
                }
                if !unclosed {
                    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
                }
                if let Some(c) = cut {
                    body.truncate(usize::from(*c));
                }
                let t = format!("multipart/form-data; boundary={boundary}");
                (body, Some(t))
            }
        }
    }
}

/// The service every input is sent to, and the runtime it runs on.
fn service() -> &'static (tokio::runtime::Runtime, axum::Router) {
    static SERVICE: OnceLock<(tokio::runtime::Runtime, axum::Router)> = OnceLock::new();
    SERVICE.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let config = fosx::serve::Config {
            as_of: fosx::Date::parse(crate::AS_OF).ok(),
            workers: 1,
            queue: 1,
            // Small enough that a body past it is tried.
            limits: fosx::Limits {
                max_file_size: 1 << 20,
                ..fosx::Limits::default()
            },
            ..fosx::serve::Config::default()
        };
        (runtime, fosx::serve::router(config))
    })
}

/// The error codes `docs/spec/http.md` documents for a status.
fn documented(status: StatusCode) -> &'static [&'static str] {
    match status.as_u16() {
        400 => &["bad-parameter", "bad-body"],
        404 => &[
            "not-found",
            "unknown-type",
            "unknown-code",
            "unknown-schema",
            "unknown-list",
        ],
        413 => &["body-too-large", "too-many-parts"],
        422 => &["cannot-convert"],
        _ => &[],
    }
}

/// Sends the request made of `input` and checks the answer.
pub fn answer(input: &Input) {
    let Some(request) = input.request() else {
        return;
    };
    let head = request.method() == Method::HEAD;
    let what = format!("{} {}", request.method(), request.uri());
    let (runtime, router) = service();
    let (status, headers, body) = runtime.block_on(async {
        let response = router
            .clone()
            .oneshot(request)
            .await
            .unwrap_or_else(|e| match e {});
        let (parts, body) = response.into_parts();
        let bytes = axum::body::to_bytes(body, usize::MAX)
            .await
            .expect("the answer's body is read");
        (parts.status, parts.headers, bytes)
    });
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let encoded = headers.contains_key(header::CONTENT_ENCODING);
    match status.as_u16() {
        200 => {}
        405 => assert!(body.is_empty(), "{what}: 405 with a body"),
        400 | 404 | 413 | 422 => {
            if head || encoded {
                return;
            }
            if status == StatusCode::UNPROCESSABLE_ENTITY
                && !content_type.starts_with("application/json")
            {
                // A SARIF or JUnit report of an invalid file.
                assert!(
                    content_type == "application/sarif+json" || content_type == "application/xml",
                    "{what}: 422 as {content_type}"
                );
                return;
            }
            assert_eq!(content_type, "application/json", "{what}: {status}");
            let value: serde_json::Value = serde_json::from_slice(&body)
                .unwrap_or_else(|e| panic!("{what}: {status} with a body that is not JSON: {e}"));
            if status == StatusCode::UNPROCESSABLE_ENTITY && value.get("error").is_none() {
                // The report of an invalid file.
                assert!(value.get("files").is_some(), "{what}: 422 {value}");
                return;
            }
            let code = value["error"]["code"].as_str().unwrap_or("");
            let message = value["error"]["message"].as_str().unwrap_or("");
            assert!(
                documented(status).contains(&code) && !message.is_empty() && body.ends_with(b"}\n"),
                "{what}: {status} with {}",
                String::from_utf8_lossy(&body)
            );
        }
        _ => panic!(
            "{what}: undocumented status {status}: {}",
            String::from_utf8_lossy(&body)
        ),
    }
}
