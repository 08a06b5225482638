//! Canonical CSV.

use super::{WriteError, WriteOptions};
use crate::tree::Node;

/// Writes documents of one type as CSV, one row per entry.
pub fn write_csv(_docs: &[Node], _options: &WriteOptions) -> Result<String, WriteError> {
    Err(WriteError::Empty)
}
