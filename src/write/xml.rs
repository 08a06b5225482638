//! Canonical XML.

use super::WriteError;
use crate::tree::Node;

/// Writes one document, or several in a `Submissions` collection.
pub fn write_xml(_docs: &[Node]) -> Result<String, WriteError> {
    Err(WriteError::Empty)
}
