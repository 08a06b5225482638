//! `fosx._native`: the Rust half of the Python package `fosx`.
//!
//! Each function checks, converts or writes with the same library calls as
//! the command line, and hands back text and bytes; `fosx/__init__.py` turns
//! them into the package's objects and exceptions. The interpreter's lock is
//! released while a file is read and checked, so that Python threads check
//! files side by side.

use fosx::check::stream::check_path_streaming;
use fosx::model::DocType;
use fosx::report::Report;
use fosx::write::template;
use fosx::{CheckOptions, Checked, ConvertOptions, Date, Lang, NotConverted, Representation};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use std::path::PathBuf;

/// What reports call a file given as bytes without a name.
const BYTES_NAME: &str = "<bytes>";

/// The options of a check: `as_of` is `YYYY-MM-DD` or `today` (today in UTC).
fn check_options(as_of: &str, strict: bool) -> PyResult<CheckOptions> {
    let as_of = match as_of {
        "today" => Date::today_utc(),
        text => Date::parse(text).map_err(|_| {
            PyValueError::new_err(format!(
                "as_of: `{text}` is not a date: give a datetime.date, \"YYYY-MM-DD\" or \"today\""
            ))
        })?,
    };
    // The command line's defaults otherwise: the limits of `fosx validate`.
    let mut options = CheckOptions::new(as_of);
    options.strict = strict;
    Ok(options)
}

fn language(code: &str) -> PyResult<Lang> {
    Lang::ALL
        .iter()
        .copied()
        .find(|l| l.code() == code)
        .ok_or_else(|| {
            let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            PyValueError::new_err(format!("lang: `{code}` is not one of {}", codes.join(", ")))
        })
}

fn representation(name: &str) -> PyResult<Representation> {
    match name {
        "json" => Ok(Representation::Json),
        "xml" => Ok(Representation::Xml),
        "csv" => Ok(Representation::Csv),
        "xlsx" => Ok(Representation::Xlsx),
        _ => Err(PyValueError::new_err(format!(
            "to: `{name}` is not one of json, xml, csv, xlsx"
        ))),
    }
}

/// The JSON report of one checked file, as `fosx validate --format json`
/// writes it (from the file's verdict without its text, as there).
fn report_json(mut checked: Checked, options: &CheckOptions, lang: Lang) -> String {
    // The package checks under the command's limits: a limit is named as
    // the command names it.
    checked.name_limits(&|limit| limit.option().into());
    Report::new_in(&[checked.without_source()], options, lang).json_text()
}

/// Checks bytes: `(report_json, unreadable)`.
#[pyfunction]
#[pyo3(signature = (data, name, as_of, lang, strict))]
fn validate_bytes(
    py: Python<'_>,
    data: &[u8],
    name: Option<String>,
    as_of: &str,
    lang: &str,
    strict: bool,
) -> PyResult<(String, bool)> {
    let options = check_options(as_of, strict)?;
    let lang = language(lang)?;
    let name = name.unwrap_or_else(|| BYTES_NAME.to_string());
    Ok(py.detach(|| {
        let checked = fosx::check_bytes(&name, data, &options);
        let unreadable = checked.unreadable;
        (report_json(checked, &options, lang), unreadable)
    }))
}

/// Checks a file, as `fosx validate PATH` does: `(report_json, unreadable)`.
#[pyfunction]
#[pyo3(signature = (path, name, as_of, lang, strict))]
fn validate_path(
    py: Python<'_>,
    path: PathBuf,
    name: Option<String>,
    as_of: &str,
    lang: &str,
    strict: bool,
) -> PyResult<(String, bool)> {
    let options = check_options(as_of, strict)?;
    let lang = language(lang)?;
    Ok(py.detach(|| {
        let mut checked = check_path_streaming(&path, &options);
        if let Some(name) = name {
            checked.source.name = name;
        }
        let unreadable = checked.unreadable;
        (report_json(checked, &options, lang), unreadable)
    }))
}

/// What a conversion gave.
enum Converted {
    /// The canonical bytes.
    Written(Vec<u8>),
    /// The file is invalid: its report.
    Invalid(String),
    /// The file could not be read: its report.
    Unreadable(String),
    /// Valid, but not writable in the target representation: why.
    NotWritable(String),
}

/// `fosx convert`: the library's conversion of a checked file, its outcome
/// as the package hands it on.
fn convert_checked(
    checked: Checked,
    to: Representation,
    options: &CheckOptions,
    lang: Lang,
) -> Converted {
    let mut convert = ConvertOptions::from(*options);
    convert.write.lang = lang;
    match fosx::convert_checked(checked, to, &convert) {
        Ok(mut converted) => Converted::Written(converted.outputs.swap_remove(0)),
        Err(NotConverted::Unwritable(_, e)) => Converted::NotWritable(e.message().render(lang)),
        Err(NotConverted::Unreadable(checked)) => {
            Converted::Unreadable(report_json(*checked, options, lang))
        }
        Err(not) => Converted::Invalid(report_json(not.into_checked(), options, lang)),
    }
}

/// `(kind, payload)`: `("ok", bytes)`, `("invalid", report_json)`,
/// `("unreadable", report_json)` or `("error", message)`.
fn converted_to_py(py: Python<'_>, converted: Converted) -> (&'static str, Py<PyAny>) {
    let (kind, payload): (&str, Bound<'_, PyAny>) = match converted {
        Converted::Written(bytes) => ("ok", PyBytes::new(py, &bytes).into_any()),
        Converted::Invalid(json) => ("invalid", PyString::new(py, &json).into_any()),
        Converted::Unreadable(json) => ("unreadable", PyString::new(py, &json).into_any()),
        Converted::NotWritable(why) => ("error", PyString::new(py, &why).into_any()),
    };
    (kind, payload.unbind())
}

/// Converts bytes (see [`converted_to_py`]).
#[pyfunction]
#[pyo3(signature = (data, name, to, as_of, lang, strict))]
fn convert_bytes(
    py: Python<'_>,
    data: &[u8],
    name: Option<String>,
    to: &str,
    as_of: &str,
    lang: &str,
    strict: bool,
) -> PyResult<(&'static str, Py<PyAny>)> {
    let options = check_options(as_of, strict)?;
    let lang = language(lang)?;
    let to = representation(to)?;
    let name = name.unwrap_or_else(|| BYTES_NAME.to_string());
    let converted =
        py.detach(|| convert_checked(fosx::check_bytes(&name, data, &options), to, &options, lang));
    Ok(converted_to_py(py, converted))
}

/// Converts a file, as `fosx convert PATH` does (see [`converted_to_py`]).
#[pyfunction]
#[pyo3(signature = (path, name, to, as_of, lang, strict))]
fn convert_path(
    py: Python<'_>,
    path: PathBuf,
    name: Option<String>,
    to: &str,
    as_of: &str,
    lang: &str,
    strict: bool,
) -> PyResult<(&'static str, Py<PyAny>)> {
    let options = check_options(as_of, strict)?;
    let lang = language(lang)?;
    let to = representation(to)?;
    let converted = py.detach(|| {
        let mut checked = fosx::check_path(&path, &options);
        if let Some(name) = name {
            checked.source.name = name;
        }
        convert_checked(checked, to, &options, lang)
    });
    Ok(converted_to_py(py, converted))
}

/// `fosx template TYPE --to TO [--example]`: `("ok", bytes)` or
/// `("error", message)`.
#[pyfunction]
#[pyo3(signature = (doc_type, to, example, lang))]
fn template_bytes(
    py: Python<'_>,
    doc_type: &str,
    to: &str,
    example: bool,
    lang: &str,
) -> PyResult<(&'static str, Py<PyAny>)> {
    let lang = language(lang)?;
    let to = representation(to)?;
    let Some(doc_type) = DocType::from_code(doc_type) else {
        let codes: Vec<&str> = DocType::ALL.iter().map(|t| t.code()).collect();
        return Err(PyValueError::new_err(format!(
            "type: `{doc_type}` is not one of {}",
            codes.join(", ")
        )));
    };
    let written = if example {
        template::example_bytes(doc_type, to, lang)
    } else {
        template::template_bytes(doc_type, to, lang)
    };
    Ok(converted_to_py(
        py,
        match written {
            Ok(bytes) => Converted::Written(bytes),
            Err(e) => Converted::NotWritable(e.message().render(lang)),
        },
    ))
}

/// The Rust half of `fosx`.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("VERSION", fosx::VERSION)?;
    m.add_function(wrap_pyfunction!(validate_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(validate_path, m)?)?;
    m.add_function(wrap_pyfunction!(convert_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(convert_path, m)?)?;
    m.add_function(wrap_pyfunction!(template_bytes, m)?)?;
    Ok(())
}
