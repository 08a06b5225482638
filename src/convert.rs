//! Conversion: a file checked, then written in its canonical form in the
//! representation asked for, if it is valid. The command (`fosx convert`),
//! the service (`POST /v1/convert`) and batch all convert through
//! [`convert`].

use crate::check::{CheckOptions, Checked, check_bytes};
use crate::source::Representation;
use crate::value::Date;
use crate::write::{WriteError, WriteOptions, write_bytes};

/// How to convert: how to check the input, how to write the output.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct ConvertOptions {
    /// How to check the input (its reference date, strictness, limits).
    pub check: CheckOptions,
    /// How to write the output.
    pub write: WriteOptions,
    /// One output per document (as a dataset stores them) instead of one
    /// for the file (a collection when it holds several documents).
    pub each_document: bool,
}

impl ConvertOptions {
    /// Options that check with `as_of` as the reference date of FOS-R05,
    /// otherwise as [`CheckOptions::new`] and [`WriteOptions::default`] do.
    pub fn new(as_of: Date) -> ConvertOptions {
        ConvertOptions::from(CheckOptions::new(as_of))
    }
}

impl From<CheckOptions> for ConvertOptions {
    fn from(check: CheckOptions) -> ConvertOptions {
        ConvertOptions {
            check,
            write: WriteOptions::default(),
            each_document: false,
        }
    }
}

/// A file converted: what checking found (warnings, when not strict) and
/// the canonical bytes.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Converted {
    /// The file as checked.
    pub checked: Checked,
    /// The canonical bytes: one output, or with
    /// [`ConvertOptions::each_document`] one per document, in order.
    pub outputs: Vec<Vec<u8>>,
}

/// Why a file was not converted; each case holds the file as checked.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum NotConverted {
    /// The file could not be read at all (`FOS-IO`).
    Unreadable(Box<Checked>),
    /// The file has errors (with [`CheckOptions::strict`], or warnings).
    Invalid(Box<Checked>),
    /// The documents are valid but cannot be written in the representation
    /// asked for (CSV holds one document type; a build without workbooks).
    Unwritable(Box<Checked>, WriteError),
}

impl NotConverted {
    /// The file as checked.
    pub fn checked(&self) -> &Checked {
        match self {
            NotConverted::Unreadable(c)
            | NotConverted::Invalid(c)
            | NotConverted::Unwritable(c, _) => c,
        }
    }

    /// The file as checked, to change (to name its limits, say).
    pub fn checked_mut(&mut self) -> &mut Checked {
        match self {
            NotConverted::Unreadable(c)
            | NotConverted::Invalid(c)
            | NotConverted::Unwritable(c, _) => c,
        }
    }

    /// The file as checked, taken.
    pub fn into_checked(self) -> Checked {
        match self {
            NotConverted::Unreadable(c)
            | NotConverted::Invalid(c)
            | NotConverted::Unwritable(c, _) => *c,
        }
    }
}

/// Checks a file's bytes and, if it is valid, writes its documents in
/// their canonical form in `to`. `name` is what reports call the file.
///
/// ```
/// use fosx::{ConvertOptions, Date, NotConverted, Representation, convert};
///
/// let csv = std::fs::read("fixtures/valid/timetable.csv").unwrap();
/// let options = ConvertOptions::new(Date::parse("2026-11-28").unwrap());
/// let converted = convert("timetable.csv", &csv, Representation::Json, &options).unwrap();
/// assert_eq!(converted.outputs.len(), 1);
/// assert!(converted.outputs[0].starts_with(b"{"));
///
/// // An invalid file is not converted; its diagnostics say why.
/// let Err(NotConverted::Invalid(checked)) = convert("bad.csv", b"x,y\n1,2\n", Representation::Json, &options) else {
///     panic!("converted an invalid file");
/// };
/// assert!(!checked.diagnostics.is_empty());
/// ```
pub fn convert(
    name: &str,
    bytes: &[u8],
    to: Representation,
    options: &ConvertOptions,
) -> Result<Converted, NotConverted> {
    convert_checked(check_bytes(name, bytes, &options.check), to, options)
}

/// [`convert`] for a file already checked (read from a path or a stream
/// with [`crate::check_path`] or [`crate::check_stream`]), with the same
/// options.
pub fn convert_checked(
    checked: Checked,
    to: Representation,
    options: &ConvertOptions,
) -> Result<Converted, NotConverted> {
    if checked.unreadable {
        return Err(NotConverted::Unreadable(Box::new(checked)));
    }
    if !checked.is_valid(options.check.strict) {
        return Err(NotConverted::Invalid(Box::new(checked)));
    }
    let written: Result<Vec<Vec<u8>>, WriteError> = if options.each_document {
        checked
            .documents
            .iter()
            .map(|d| write_bytes(std::slice::from_ref(d), to, &options.write))
            .collect()
    } else {
        write_bytes(&checked.documents, to, &options.write).map(|b| vec![b])
    };
    match written {
        Ok(outputs) => Ok(Converted { checked, outputs }),
        Err(e) => Err(NotConverted::Unwritable(Box::new(checked), e)),
    }
}
