//! fosx validates and converts the submissions that WCO Members send to the
//! WCO Secretariat about the Framework of Standards on Cross-Border
//! E-Commerce: notifications of intention to implement, indicative
//! implementation timetables, and periodic progress reports.
//!
//! The library reads a file in any of its three representations (JSON, XML,
//! CSV) into one span-aware document tree, checks it against the data
//! dictionary and the business rules, and reports every problem at once, each
//! with a stable code and an exact place. It never prints and never exits.
//!
//! ```
//! use fosx::{CheckOptions, Date, check_bytes, report::Report};
//!
//! let text = std::fs::read("fixtures/valid/timetable.json").unwrap();
//! let options = CheckOptions { as_of: Date::parse("2026-11-28").unwrap(), ..Default::default() };
//! let checked = check_bytes("timetable.json", &text, &options);
//! assert!(checked.is_valid(false));
//! assert_eq!(checked.documents.len(), 1);
//!
//! // A misspelt status is found, located and explained.
//! let bad = String::from_utf8(text).unwrap().replace("\"indicative\"", "\"indicativ\"");
//! let checked = check_bytes("bad.json", bad.as_bytes(), &options);
//! assert!(!checked.is_valid(false));
//! let d = &checked.diagnostics[0];
//! assert_eq!(d.code.to_string(), "FOS-S04");
//! assert_eq!(d.path.as_deref(), Some("/entries/0/dateKind"));
//! assert_eq!(d.help.as_deref(), Some("did you mean `indicative`?"));
//!
//! // The machine-readable report of report.md.
//! let report = Report::new(&[checked], &options);
//! let json = serde_json::to_value(&report).unwrap();
//! assert_eq!(json["files"][0]["diagnostics"][0]["line"], 22);
//! ```
#![deny(missing_docs)]

pub mod batch;
pub mod check;
pub mod date;
pub mod diag;
pub mod explain;
pub mod fsio;
pub mod i18n;
pub mod junit;
pub mod model;
pub mod read;
pub mod render;
pub mod report;
pub mod rules;
pub mod sarif;
pub mod schema;
#[cfg(feature = "serve")]
pub mod serve;
pub mod source;
pub mod stream;
pub mod suggest;
pub mod summary;
pub mod template;
pub mod tree;
pub mod write;

pub use date::Date;
pub use diag::{Code, Diagnostic, Severity};
pub use i18n::Lang;
pub use read::{Limits, ReadOptions};
pub use source::{Representation, SourceFile};
pub use tree::{Node, Span, Value};

/// The fosx version, as shown in reports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// How to check files.
#[derive(Debug, Clone, Copy)]
pub struct CheckOptions {
    /// The reference date of R05 (no submission after it).
    pub as_of: Date,
    /// Whether warnings make a document invalid.
    pub strict: bool,
    /// How to read the files.
    pub read: ReadOptions,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            as_of: Date::today_utc(),
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
            let places = source.places(d).map(std::borrow::Cow::into_owned);
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
            header: c.header,
            ..Default::default()
        });
        self.source = light;
        self.documents = self
            .documents
            .iter()
            .map(|d| stream::stub(Some(d)))
            .collect();
        self
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

/// Reads a file's bytes, refusing one above the size limit before reading
/// it, and stopping as soon as a line exceeds the line limit, so that memory
/// stays bounded by the limits, not by the file.
pub fn read_file(path: &std::path::Path, limits: &Limits) -> Result<Vec<u8>, Box<Diagnostic>> {
    let io = |e: std::io::Error| {
        let what = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            std::io::ErrorKind::IsADirectory => "it is a directory".to_string(),
            _ => e.to_string(),
        };
        Box::new(Diagnostic::new(
            Code::IO,
            format!("cannot read {}: {what}", path.display()),
        ))
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(Box::new(Diagnostic::new(
            Code::IO,
            format!("cannot read {}: it is a directory", path.display()),
        )));
    }
    if meta.len() > limits.max_file_size {
        return Err(Box::new(read::file_too_large(
            meta.len(),
            limits.max_file_size,
        )));
    }
    let file = std::fs::File::open(path).map_err(io)?;
    read_limited(file, meta.len(), limits, io, |read| {
        read::file_too_large(read, limits.max_file_size)
    })
}

/// Reads bytes from a stream (standard input) under the same limits as a
/// file, block by block: it stops as soon as the input passes the size limit
/// or a line the line limit, so that memory stays bounded by the limits,
/// however much is sent. `what` names the input in messages ("standard
/// input").
pub fn read_stream(
    input: impl std::io::Read,
    what: &str,
    limits: &Limits,
) -> Result<Vec<u8>, Box<Diagnostic>> {
    let io = |e: std::io::Error| {
        Box::new(Diagnostic::new(
            Code::IO,
            format!("cannot read {what}: {e}"),
        ))
    };
    read_limited(input, 0, limits, io, |_| {
        Limits::exceeded(
            format!(
                "{what} is longer than the limit of {} bytes (it was not read further)",
                limits.max_file_size
            ),
            "--max-file-size",
        )
    })
}

/// Reads and checks the bytes of a stream (standard input), read as
/// [`read_stream`] does; `name` is what reports call it. Input over a limit
/// gives a result with its P06 diagnostic, input that cannot be read one
/// with a `FOS-IO` diagnostic.
pub fn check_stream(
    name: &str,
    input: impl std::io::Read,
    what: &str,
    options: &CheckOptions,
) -> Checked {
    match read_stream(input, what, &options.read.limits) {
        Ok(bytes) => check_bytes(name, &bytes, options),
        Err(d) => unreadable(name, std::path::Path::new(""), *d),
    }
}

/// The reading loop of [`read_file`] and [`read_stream`]: `expected` is the
/// size announced (0 when unknown), `io` maps a read error, `too_large`
/// gives the P06 for an input passing the size limit after `read` bytes.
fn read_limited(
    mut input: impl std::io::Read,
    expected: u64,
    limits: &Limits,
    io: impl Fn(std::io::Error) -> Box<Diagnostic>,
    too_large: impl Fn(u64) -> Diagnostic,
) -> Result<Vec<u8>, Box<Diagnostic>> {
    let mut bytes =
        Vec::with_capacity((expected as usize).min(limits.max_line_len.saturating_add(1)));
    let mut chunk = [0u8; 1 << 14];
    let mut line_len = 0usize;
    loop {
        let n = match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io(e)),
        };
        // The longest line so far, one line end at a time.
        let mut start = 0;
        let mut too_long = false;
        for end in memchr::memchr_iter(b'\n', &chunk[..n]) {
            too_long |= line_len + (end - start) > limits.max_line_len;
            line_len = 0;
            start = end + 1;
        }
        line_len += n - start;
        if too_long || line_len > limits.max_line_len {
            return Err(Box::new(Limits::exceeded(
                format!(
                    "a line is longer than the limit of {} bytes (the file was not read further)",
                    limits.max_line_len
                ),
                "--max-line-length",
            )));
        }
        if bytes.len() as u64 + n as u64 > limits.max_file_size {
            return Err(Box::new(too_large(bytes.len() as u64 + n as u64)));
        }
        bytes.extend_from_slice(&chunk[..n]);
    }
    Ok(bytes)
}
