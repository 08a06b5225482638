//! The limits that bound what one file may cost, as a diagnostic names
//! them: a P06 diagnostic says which limit it met ([`Limit`]), and each
//! front end words how to raise it (the command its option, the service
//! its operator's option, the library the field of `read::Limits`).

use super::Diagnostic;
use crate::i18n::{Msg, msg};

/// One of the limits of `read::Limits`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Limit {
    /// `Limits::max_file_size`.
    FileSize,
    /// `Limits::max_depth`.
    Depth,
    /// `Limits::max_documents`.
    Documents,
    /// `Limits::max_entries`.
    Entries,
    /// `Limits::max_document_size`.
    DocumentSize,
    /// `Limits::max_text_len`.
    TextLength,
    /// `Limits::max_line_len`.
    LineLength,
    /// `Limits::max_diagnostics`.
    Diagnostics,
    /// `Limits::max_cells`.
    Cells,
}

impl Limit {
    /// Every limit.
    pub const ALL: &'static [Limit] = &[
        Limit::FileSize,
        Limit::Depth,
        Limit::Documents,
        Limit::Entries,
        Limit::DocumentSize,
        Limit::TextLength,
        Limit::LineLength,
        Limit::Diagnostics,
        Limit::Cells,
    ];

    /// The field of `read::Limits` that sets it: `max_file_size`. What the
    /// library's own diagnostics name.
    pub fn field(self) -> &'static str {
        match self {
            Limit::FileSize => "max_file_size",
            Limit::Depth => "max_depth",
            Limit::Documents => "max_documents",
            Limit::Entries => "max_entries",
            Limit::DocumentSize => "max_document_size",
            Limit::TextLength => "max_text_len",
            Limit::LineLength => "max_line_len",
            Limit::Diagnostics => "max_diagnostics",
            Limit::Cells => "max_cells",
        }
    }

    /// P06 for this limit: `what` says how it was exceeded; the help says
    /// how to raise it (see [`Diagnostic::over_limit`]).
    pub fn exceeded(self, what: impl Into<Msg>) -> Diagnostic {
        Diagnostic::over_limit(self, what, msg::limit_raise_help)
    }

    /// The option of the `fosx` command (and of `fosx serve`) that sets it:
    /// `--max-file-size`.
    pub fn option(self) -> &'static str {
        match self {
            Limit::FileSize => "--max-file-size",
            Limit::Depth => "--max-depth",
            Limit::Documents => "--max-documents",
            Limit::Entries => "--max-entries",
            Limit::DocumentSize => "--max-document-size",
            Limit::TextLength => "--max-text-length",
            Limit::LineLength => "--max-line-length",
            Limit::Diagnostics => "--max-diagnostics",
            Limit::Cells => "--max-cells",
        }
    }
}
