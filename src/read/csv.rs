//! The CSV reader.

use super::Limits;
use crate::diag::{Code, Diagnostic};
use crate::source::CsvIndex;
use crate::tree::{Node, Span};

/// Reads CSV text into documents, with the index that locates its cells.
pub fn read(
    _text: &str,
    _limits: &Limits,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Node>, Option<CsvIndex>) {
    diags.push(
        Diagnostic::new(Code::P07, "CSV submissions are not supported yet")
            .at(Span::at(0))
            .help("convert the file to JSON, or use a later version of fosx"),
    );
    (Vec::new(), None)
}
