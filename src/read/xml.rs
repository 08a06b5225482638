//! The XML reader.

use super::Limits;
use crate::diag::{Code, Diagnostic};
use crate::tree::{Node, Span};

/// Reads XML text into documents.
pub fn read(_text: &str, _limits: &Limits, diags: &mut Vec<Diagnostic>) -> Vec<Node> {
    diags.push(
        Diagnostic::new(Code::P07, "XML submissions are not supported yet")
            .at(Span::at(0))
            .help("convert the file to JSON, or use a later version of fosx"),
    );
    Vec::new()
}
