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
//! let options = CheckOptions::new(Date::parse("2026-11-28").unwrap());
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
//! assert_eq!(d.help.as_ref().map(|h| h.english()).as_deref(), Some("did you mean `indicative`?"));
//!
//! // The machine-readable report of report.md.
//! let report = Report::new(&[checked], &options);
//! let json = serde_json::to_value(&report).unwrap();
//! assert_eq!(json["files"][0]["diagnostics"][0]["line"], 22);
//! ```
#![deny(missing_docs)]

// The modules are layers of the pipeline; each uses only the layers below
// it. Their order, bottom to top, is in ARCHITECTURE.md, and
// `tests/it/layout.rs` holds the source to it.
#[cfg(feature = "batch")]
pub mod batch;
pub mod check;
pub mod convert;
pub mod diag;
pub mod fix;
#[cfg(feature = "batch")]
pub mod fsio;
pub mod i18n;
pub mod model;
pub mod read;
pub mod report;
mod rules;
pub mod schema;
#[cfg(feature = "serve")]
pub mod serve;
pub mod sheet;
pub mod source;
#[cfg(feature = "summary")]
pub mod summary;
pub mod tree;
pub mod value;
pub mod write;

pub use check::{CheckOptions, Checked, check_bytes, check_path, check_stream, unreadable};
pub use convert::{ConvertOptions, Converted, NotConverted, convert, convert_checked};
pub use diag::{Code, Diagnostic, Severity};
pub use i18n::Lang;
pub use read::{Limits, ReadOptions, read_file, read_stream};
pub use source::{Representation, SourceFile};
pub use tree::{Node, Span, Value};
pub use value::Date;

/// The fosx version, as shown in reports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
