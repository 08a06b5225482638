//! `summary.json` of a batch run, and the journal that makes a killed run
//! resumable.
//!
//! Each input is appended to the journal (`.fosx-journal.jsonl` in the output
//! folder) once all its outputs are in place; `summary.json` is written
//! atomically at the end of a run and the journal removed. A later run reads
//! both, so an input recorded with the same content hash is not done twice.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// Version of the `summary.json` shape.
pub const SUMMARY_VERSION: u32 = 1;
/// File name of the summary in the output folder.
pub const SUMMARY_FILE: &str = "summary.json";
/// File name of the journal in the output folder.
pub const JOURNAL_FILE: &str = ".fosx-journal.jsonl";

/// What became of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Valid: its documents were written in canonical form to `accepted/`.
    Accepted,
    /// Invalid: copied to `rejected/` with its reports.
    Rejected,
    /// Could not be read at all.
    Unreadable,
}

/// One input of the inbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InputRecord {
    /// Path relative to the inbox, with `/` separators.
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the content, hex.
    pub sha256: String,
    /// What became of it.
    pub verdict: Verdict,
    /// Documents found.
    pub documents: usize,
    /// Files written for it, relative to the output folder.
    pub outputs: Vec<String>,
    /// Error diagnostics.
    pub errors: usize,
    /// Warning diagnostics.
    pub warnings: usize,
    /// Inputs whose documents have the same member and documentId as one of
    /// this input's; both are kept, under different names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collisions: Vec<String>,
    /// Why it could not be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Totals of a summary.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    /// Inputs in the inbox.
    pub inputs: usize,
    /// Accepted inputs.
    pub accepted: usize,
    /// Rejected inputs.
    pub rejected: usize,
    /// Unreadable inputs.
    pub unreadable: usize,
    /// Documents written to `accepted/`.
    pub documents: usize,
    /// Inputs involved in a name collision.
    pub collisions: usize,
    /// Bytes of all inputs.
    pub bytes: u64,
    /// Inputs processed by the last run.
    pub processed: usize,
    /// Inputs the last run skipped because they were already recorded.
    pub skipped: usize,
}

/// The whole `summary.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Shape version.
    pub summary_version: u32,
    /// `fosx 0.1.0`.
    pub tool: String,
    /// Spec version.
    pub spec_version: String,
    /// The as-of date of R05 of the last run.
    pub as_of: String,
    /// Whether warnings counted.
    pub strict: bool,
    /// The representation of accepted outputs.
    pub to: String,
    /// Every input, sorted by path.
    pub inputs: Vec<InputRecord>,
    /// Totals.
    pub totals: Totals,
}

impl Summary {
    /// Computes the totals from the inputs.
    pub fn totals(inputs: &[InputRecord], processed: usize, skipped: usize) -> Totals {
        let mut t = Totals {
            inputs: inputs.len(),
            processed,
            skipped,
            ..Totals::default()
        };
        for r in inputs {
            match r.verdict {
                Verdict::Accepted => {
                    t.accepted += 1;
                    t.documents += r.documents;
                }
                Verdict::Rejected => t.rejected += 1,
                Verdict::Unreadable => t.unreadable += 1,
            }
            if !r.collisions.is_empty() {
                t.collisions += 1;
            }
            t.bytes += r.size;
        }
        t
    }
}

/// The records a previous run left: `summary.json`, then the journal (newer).
/// Unreadable or partial lines (a run killed while writing) are ignored.
pub fn load_previous(out: &Path) -> BTreeMap<String, InputRecord> {
    let mut records = BTreeMap::new();
    if let Ok(text) = std::fs::read_to_string(out.join(SUMMARY_FILE))
        && let Ok(summary) = serde_json::from_str::<Summary>(&text)
    {
        for r in summary.inputs {
            records.insert(r.path.clone(), r);
        }
    }
    if let Ok(text) = std::fs::read_to_string(out.join(JOURNAL_FILE)) {
        for line in text.lines() {
            if let Ok(r) = serde_json::from_str::<InputRecord>(line) {
                records.insert(r.path.clone(), r);
            }
        }
    }
    records
}

/// The append-only journal of a run.
#[derive(Debug)]
pub struct Journal {
    file: std::sync::Mutex<std::fs::File>,
}

impl Journal {
    /// Opens (creating) the journal in `out`.
    pub fn open(out: &Path) -> std::io::Result<Journal> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(out.join(JOURNAL_FILE))?;
        Ok(Journal {
            file: std::sync::Mutex::new(file),
        })
    }

    /// Appends one record as one line, in one write.
    pub fn append(&self, record: &InputRecord) -> std::io::Result<()> {
        let mut line = serde_json::to_string(record).map_err(std::io::Error::other)?;
        line.push('\n');
        let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        file.write_all(line.as_bytes())?;
        file.flush()
    }
}
