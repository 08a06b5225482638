//! A file after checking ([`Checked`]) and the calls that read and check a
//! file, its bytes or a stream in one go.

use crate::check;
use crate::diag::{Code, Diagnostic, Severity};
use crate::read::{self, ReadOptions, read_file, read_stream};
use crate::source::{self, Representation, SourceFile};
use crate::tree::Node;
use crate::value::Date;

/// How to check files. The reference date has no default: a library does
/// not take "today" unasked ([`CheckOptions::new`]).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct CheckOptions {
    /// The reference date of R05 (no submission after it).
    pub as_of: Date,
    /// Whether warnings make a document invalid.
    pub strict: bool,
    /// How to read the files.
    pub read: ReadOptions,
}

impl CheckOptions {
    /// Options that check with `as_of` as the reference date of FOS-R05,
    /// not strictly, reading with [`ReadOptions::default`].
    pub fn new(as_of: Date) -> CheckOptions {
        CheckOptions {
            as_of,
            strict: false,
            read: ReadOptions::default(),
        }
    }
}

/// A file after checking: its source, its documents and every diagnostic.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The decoded source (name, text, representation, encoding).
    pub source: SourceFile,
    /// The documents read from it (also those with problems).
    pub documents: Vec<Node>,
    /// Every problem, in source order.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the file could not be read at all (`FOS-IO`).
    pub unreadable: bool,
}

impl Checked {
    /// Whether the file is valid: no error (in strict mode, no warning either).
    pub fn is_valid(&self, strict: bool) -> bool {
        !self.diagnostics.iter().any(|d| d.is_blocking(strict))
    }

    /// Whether document `index` is valid (to ask about every document, use
    /// [`Checked::documents_valid`], which reads the diagnostics once).
    pub fn document_is_valid(&self, index: usize, strict: bool) -> bool {
        !self
            .diagnostics
            .iter()
            .any(|d| d.is_blocking(strict) && (d.document == Some(index) || d.document.is_none()))
    }

    /// Whether each document is valid, in order, in one pass over the
    /// diagnostics.
    pub fn documents_valid(&self, strict: bool) -> Vec<bool> {
        let mut valid = vec![true; self.documents.len()];
        for d in self.diagnostics.iter().filter(|d| d.is_blocking(strict)) {
            match d.document {
                Some(i) => {
                    if let Some(v) = valid.get_mut(i) {
                        *v = false;
                    }
                }
                // A diagnostic of the file, not of one document.
                None => return vec![false; self.documents.len()],
            }
        }
        valid
    }

    /// The same verdict without the file's text and documents: each
    /// diagnostic keeps its line and column (CSV: record and column), each
    /// document its type and identifier. What a report of many files needs
    /// to hold; the human report then says where instead of showing a
    /// snippet.
    pub fn without_source(mut self) -> Checked {
        let source = &self.source;
        for d in &mut self.diagnostics {
            let places = d.places_in(source).map(std::borrow::Cow::into_owned);
            d.places = places.map(Box::new);
        }
        let mut light = SourceFile::new(
            self.source.name.clone(),
            String::new(),
            self.source.encoding,
        );
        light.representation = self.source.representation;
        light.sheet = self.source.sheet.take();
        light.csv = self.source.csv.take().map(|c| source::CsvIndex {
            records: Vec::new(),
            ..c
        });
        self.source = light;
        self.documents = self
            .documents
            .iter()
            .map(|d| check::stream::stub(Some(d)))
            .collect();
        self
    }

    /// Names each limit a diagnostic met as `name` says (see
    /// [`Diagnostic::name_limit`]): a front end's words for raising it.
    pub fn name_limits(&mut self, name: &dyn Fn(crate::diag::Limit) -> crate::i18n::Arg) {
        for d in &mut self.diagnostics {
            d.name_limit(name);
        }
    }

    /// The count of (errors, warnings).
    pub fn counts(&self) -> (usize, usize) {
        let errors = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        (errors, self.diagnostics.len() - errors)
    }
}

/// Reads and checks one file's bytes. `name` is what reports call the file.
///
/// ```
/// use fosx::{CheckOptions, Date, Severity, check_bytes};
///
/// let options = CheckOptions::new(Date::parse("2026-11-28").unwrap());
/// let checked = check_bytes("note.json", br#"{"documentType": "notification"}"#, &options);
/// assert!(!checked.is_valid(false));
/// let first = &checked.diagnostics[0];
/// assert_eq!(first.severity, Severity::Error);
/// assert_eq!(first.code.to_string(), "FOS-S01"); // a required field is missing
/// ```
pub fn check_bytes(name: &str, bytes: &[u8], options: &CheckOptions) -> Checked {
    let parsed = read::read(name, bytes, &options.read);
    let diagnostics =
        check::check_parsed(&parsed, options.as_of, options.read.limits.max_diagnostics);
    Checked {
        source: parsed.source,
        documents: parsed.documents,
        diagnostics,
        unreadable: false,
    }
}

/// Reads and checks a file on disk. A file that cannot be read gives a
/// result with one `FOS-IO` diagnostic.
///
/// ```
/// use fosx::{CheckOptions, Date, check_path};
///
/// let options = CheckOptions::new(Date::parse("2026-11-28").unwrap());
/// let checked = check_path("fixtures/valid/progress-report.xml".as_ref(), &options);
/// assert!(checked.is_valid(false));
/// let missing = check_path("no/such/file.json".as_ref(), &options);
/// assert!(missing.unreadable);
/// assert_eq!(missing.diagnostics[0].code.to_string(), "FOS-IO");
/// ```
pub fn check_path(path: &std::path::Path, options: &CheckOptions) -> Checked {
    let name = path.display().to_string();
    match read_file(path, &options.read.limits) {
        Ok(bytes) => check_bytes(&name, &bytes, options),
        Err(d) => unreadable(&name, path, *d),
    }
}

/// The result for a file that could not be read.
pub fn unreadable(name: &str, path: &std::path::Path, diagnostic: Diagnostic) -> Checked {
    let mut source = SourceFile::new(name, String::new(), "unknown");
    source.representation = path
        .extension()
        .and_then(|e| e.to_str())
        .and_then(Representation::from_extension);
    let unreadable = diagnostic.code == Code::IO;
    Checked {
        source,
        documents: Vec::new(),
        diagnostics: vec![diagnostic],
        unreadable,
    }
}

/// Reads and checks the bytes of a stream (standard input), read as
/// [`read_stream`] does; `name` is what reports call it. Input over a limit
/// gives a result with its P06 diagnostic, input that cannot be read one
/// with a `FOS-IO` diagnostic.
///
/// ```
/// use fosx::{CheckOptions, Date, check_stream, i18n::msg};
///
/// let options = CheckOptions::new(Date::parse("2026-11-28").unwrap());
/// let input = std::fs::File::open("fixtures/valid/timetable.csv").unwrap();
/// let checked = check_stream("<stdin>", input, msg::read_standard_input(), &options);
/// assert!(checked.is_valid(false));
/// ```
pub fn check_stream(
    name: &str,
    input: impl std::io::Read,
    what: crate::i18n::Msg,
    options: &CheckOptions,
) -> Checked {
    match read_stream(input, what, &options.read.limits) {
        Ok(bytes) => check_bytes(name, &bytes, options),
        Err(d) => unreadable(name, std::path::Path::new(""), *d),
    }
}
