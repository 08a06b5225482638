//! The `/v1` routes: validate, convert, template, explain, schemas, codes.

// A refusal is the answer itself, made once per request: boxing it buys
// nothing.
#![allow(clippy::result_large_err)]

use super::intake::{answer, bad_body, early, files};
use super::ops::{State, error, lang_code};
use crate::check::{CheckOptions, Checked};
use crate::convert::{ConvertOptions, NotConverted};
use crate::diag::Code;
use crate::i18n::{Lang, Msg, msg};
use crate::model::{CodeList, DocType};
use crate::read::ReadOptions;
use crate::report::Report;
use crate::source::Representation;
use crate::value::Date;
use crate::write::WriteOptions;
use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, Request, State as AxState};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// A request's query parameters, checked.
#[derive(Debug, Default)]
struct Params {
    name: Option<String>,
    from: Option<Representation>,
    as_of: Option<Date>,
    strict: bool,
    lang: Option<Lang>,
    format: Format,
    to: Option<String>,
    example: bool,
    csv_bom: bool,
    csv_formula_guard: bool,
    /// `false`: 200 for every checked request, the verdict only in the body.
    verdict_status: Option<bool>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Format {
    #[default]
    Json,
    Sarif,
    Junit,
}

fn bad(message: Msg) -> Response {
    error(StatusCode::BAD_REQUEST, "bad-parameter", message)
}

fn flag(key: &str, value: &str) -> Result<bool, Response> {
    match value {
        "" | "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(bad(msg::serve_flag(key, value))),
    }
}

/// Reads the query, accepting only the parameters in `allowed`.
fn params(
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
    allowed: &[&str],
) -> Result<Params, Response> {
    let Query(pairs) = query.map_err(|e| bad(msg::serve_query_unreadable(e.to_string())))?;
    let mut p = Params::default();
    for (key, value) in pairs {
        if !allowed.contains(&key.as_str()) {
            return Err(bad(msg::serve_unknown_parameter(key, allowed.join(", "))));
        }
        match key.as_str() {
            "name" => p.name = Some(value),
            "from" => {
                p.from = Some(match value.as_str() {
                    "json" => Representation::Json,
                    "xml" => Representation::Xml,
                    "csv" => Representation::Csv,
                    "xlsx" => Representation::Xlsx,
                    _ => return Err(bad(msg::serve_bad_from(value))),
                })
            }
            "as_of" => {
                p.as_of = Some(
                    Date::parse(&value).map_err(|_| bad(msg::serve_bad_as_of(value.as_str())))?,
                )
            }
            "strict" => p.strict = flag(&key, &value)?,
            "example" => p.example = flag(&key, &value)?,
            "csv_bom" => p.csv_bom = flag(&key, &value)?,
            "csv_formula_guard" => p.csv_formula_guard = flag(&key, &value)?,
            "verdict_status" => p.verdict_status = Some(flag(&key, &value)?),
            "lang" => {
                p.lang = Some(
                    lang_code(&value)
                        .ok_or_else(|| bad(msg::serve_bad_lang(Lang::codes(), value)))?,
                )
            }
            "format" => {
                p.format = match value.as_str() {
                    "json" => Format::Json,
                    "sarif" => Format::Sarif,
                    "junit" => Format::Junit,
                    _ => return Err(bad(msg::serve_bad_format(value))),
                }
            }
            "to" => p.to = Some(value),
            _ => {}
        }
    }
    Ok(p)
}

impl Params {
    fn options(&self, state: &State) -> CheckOptions {
        CheckOptions {
            as_of: self
                .as_of
                .or(state.config.as_of)
                .unwrap_or_else(Date::today_utc),
            strict: self.strict,
            read: ReadOptions {
                representation: self.from,
                limits: state.config.limits,
            },
        }
    }

    fn lang(&self, state: &State) -> Lang {
        self.lang.unwrap_or(state.config.lang)
    }
}

/// Checks each file as `fosx validate` does (and keeps what the report
/// needs, as it does).
fn check_all(files: &[(String, Bytes)], options: &CheckOptions) -> Vec<Checked> {
    files
        .iter()
        .map(|(name, bytes)| {
            let mut checked = crate::check::check_bytes(name, bytes, options);
            checked.name_limits(&limit_name);
            checked.without_source()
        })
        .collect()
}

/// A limit as the service names it: the option of `fosx serve` its
/// operator sets (a client cannot raise it).
fn limit_name(limit: crate::diag::Limit) -> crate::i18n::Arg {
    msg::serve_limit_option(limit.option()).into()
}

/// `POST /v1/validate`.
pub(crate) async fn validate(
    AxState(state): AxState<State>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
    req: Request,
) -> Response {
    let p = match params(
        query,
        &[
            "name",
            "from",
            "as_of",
            "strict",
            "lang",
            "format",
            "verdict_status",
        ],
    ) {
        Ok(p) => p,
        Err(r) => return early(r),
    };
    let (files, held) = match files(&state, req, p.name.clone()).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let options = p.options(&state);
    let lang = p.lang(&state);
    let format = p.format;
    let work = state.on_worker(move || {
        let checked = check_all(&files, &options);
        let verdicts: Vec<bool> = checked.iter().map(|c| c.is_valid(options.strict)).collect();
        let body = match format {
            Format::Json => Report::new_in(&checked, &options, lang).json_text(),
            Format::Sarif => {
                crate::report::sarif::sarif_text_in(&Report::new_in(&checked, &options, lang), lang)
            }
            Format::Junit => crate::report::junit::junit_in(&checked, options.strict, lang),
        };
        (verdicts, body)
    });
    let (verdicts, body) = match work.await {
        Ok(done) => done,
        Err(r) => return r,
    };
    for v in &verdicts {
        state.metrics.verdict(*v);
    }
    let status = if verdicts.iter().all(|v| *v) || p.verdict_status == Some(false) {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let content_type = match format {
        Format::Json => "application/json",
        Format::Sarif => "application/sarif+json",
        Format::Junit => "application/xml",
    };
    answer(held, &state, status, content_type, body)
}

/// The content type of a representation.
fn content_type(to: Representation) -> &'static str {
    match to {
        Representation::Json => "application/json",
        Representation::Xml => "application/xml",
        Representation::Csv => "text/csv; charset=utf-8",
        Representation::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
}

fn target(to: Option<&str>, route: &str) -> Result<Representation, Response> {
    match to {
        Some("json") | None if route == "template" => Ok(Representation::Json),
        Some("json") => Ok(Representation::Json),
        Some("xml") => Ok(Representation::Xml),
        Some("csv") => Ok(Representation::Csv),
        Some("xlsx") => Ok(Representation::Xlsx),
        Some(other) => Err(bad(msg::serve_bad_to(other))),
        None => Err(bad(msg::serve_to_required())),
    }
}

/// `POST /v1/convert`.
pub(crate) async fn convert(
    AxState(state): AxState<State>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
    req: Request,
) -> Response {
    let allowed = [
        "to",
        "name",
        "from",
        "as_of",
        "strict",
        "lang",
        "csv_bom",
        "csv_formula_guard",
    ];
    let p = match params(query, &allowed) {
        Ok(p) => p,
        Err(r) => return early(r),
    };
    let to = match target(p.to.as_deref(), "convert") {
        Ok(t) => t,
        Err(r) => return early(r),
    };
    let (mut files, held) = match files(&state, req, p.name.clone()).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    if files.len() != 1 {
        return bad_body(msg::serve_convert_one_file());
    }
    let Some(file) = files.pop() else {
        return bad_body(msg::serve_convert_one_file());
    };
    let options = p.options(&state);
    let lang = p.lang(&state);
    let write_options = WriteOptions {
        csv_bom: p.csv_bom,
        csv_formula_guard: p.csv_formula_guard,
        lang,
    };
    let work = state.on_worker(move || {
        let mut convert_options = ConvertOptions::from(options);
        convert_options.write = write_options;
        match crate::convert(&file.0, &file.1, to, &convert_options) {
            Ok(mut converted) => (true, Ok(converted.outputs.swap_remove(0))),
            Err(NotConverted::Unwritable(_, e)) => (
                true,
                Err(super::ops::error_text(
                    "cannot-convert",
                    &e.message().render(lang),
                )),
            ),
            Err(mut not) => {
                not.checked_mut().name_limits(&limit_name);
                let light = not.into_checked().without_source();
                let report = Report::new_in(std::slice::from_ref(&light), &options, lang);
                (false, Err(report.json_text()))
            }
        }
    });
    let (valid, result) = match work.await {
        Ok(done) => done,
        Err(r) => return r,
    };
    state.metrics.verdict(valid);
    match result {
        Ok(text) => answer(held, &state, StatusCode::OK, content_type(to), text),
        Err(body) => answer(
            held,
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            "application/json",
            body,
        ),
    }
}

/// The last segment of a route's path (a type, code, schema or list),
/// percent-decoded. One that is not UTF-8 once decoded (`%FF`) is kept as
/// sent: it names nothing, so the handler answers 404 with the error body,
/// rather than axum's plain-text 400.
pub(crate) struct Segment(String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Segment {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        match Path::<String>::from_request_parts(parts, state).await {
            Ok(Path(segment)) => Ok(Segment(segment)),
            Err(_) => {
                let raw = parts.uri.path().rsplit('/').next().unwrap_or_default();
                Ok(Segment(raw.to_string()))
            }
        }
    }
}

/// `GET /v1/template/{type}`: what `fosx template TYPE` prints (a
/// workbook's texts in the language of `lang`).
pub(crate) async fn template(
    AxState(state): AxState<State>,
    Segment(doc_type): Segment,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    let p = match params(query, &["to", "example", "lang"]) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let lang = p.lang(&state);
    let Some(doc_type) = DocType::from_code(&doc_type) else {
        return error(
            StatusCode::NOT_FOUND,
            "unknown-type",
            msg::serve_unknown_type(doc_type),
        );
    };
    let to = match target(p.to.as_deref(), "template") {
        Ok(t) => t,
        Err(r) => return r,
    };
    let written = if p.example {
        crate::write::template::example_bytes(doc_type, to, lang)
    } else {
        crate::write::template::template_bytes(doc_type, to, lang)
    };
    let text = match written {
        Ok(t) => t,
        Err(e) => {
            return error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                msg::serve_cannot_write_template(e.message()),
            );
        }
    };
    ([(header::CONTENT_TYPE, content_type(to))], text).into_response()
}

/// `GET /v1/explain/{code}`: what `fosx explain CODE` prints.
pub(crate) async fn explain(
    AxState(state): AxState<State>,
    Segment(code): Segment,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    let p = match params(query, &["lang"]) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let lang = p.lang(&state);
    let Some(code) = Code::parse(&code) else {
        return error(
            StatusCode::NOT_FOUND,
            "unknown-code",
            msg::serve_unknown_code(code),
        );
    };
    let text = crate::diag::explain::render_in(crate::diag::explain::entry_in(code, lang), lang);
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response()
}

/// `GET /v1/schemas/{name}`: a published schema, as `fosx schema` prints it.
pub(crate) async fn schema(Segment(name): Segment) -> Response {
    let table = name
        .strip_suffix(".table-schema.json")
        .and_then(DocType::from_code);
    let (text, content_type) = match (name.as_str(), table) {
        ("fosx.schema.json", _) => (crate::schema::json_schema_text(), "application/schema+json"),
        ("fosx.xsd", _) => (crate::schema::xsd_text(), "application/xml"),
        (_, Some(t)) => (crate::schema::table_schema_text(t), "application/json"),
        _ => {
            return error(
                StatusCode::NOT_FOUND,
                "unknown-schema",
                msg::serve_unknown_schema(name),
            );
        }
    };
    ([(header::CONTENT_TYPE, content_type)], text).into_response()
}

/// `GET /v1/codes/{list}`: the allowed values of a code list, as a JSON
/// array of strings.
pub(crate) async fn codes(Segment(list): Segment) -> Response {
    let Some(found) = CodeList::ALL.iter().find(|l| l.name() == list) else {
        let names: Vec<&str> = CodeList::ALL.iter().map(|l| l.name()).collect();
        return error(
            StatusCode::NOT_FOUND,
            "unknown-list",
            msg::serve_unknown_list(list, names.join(", ")),
        );
    };
    let mut text = serde_json::to_string(found.values()).unwrap_or_default();
    text.push('\n');
    ([(header::CONTENT_TYPE, "application/json")], text).into_response()
}
