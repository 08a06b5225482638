//! `summary.json` of a batch run, and the journal that makes a killed run
//! resumable.
//!
//! Each input is appended to the journal (`.fosx-journal.jsonl` in the output
//! folder) once all its outputs are in place, or with the outputs that failed;
//! `summary.json` is written atomically at the end of a run and the journal
//! emptied. A later run reads both, so an input recorded with the same content
//! hash, the same options and every output in place is not done twice.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// Version of the `summary.json` shape.
pub const BATCH_SUMMARY_VERSION: u32 = 2;
/// File name of the summary in the output folder.
pub const SUMMARY_FILE: &str = "summary.json";
/// File name of the journal in the output folder.
pub const JOURNAL_FILE: &str = ".fosx-journal.jsonl";
/// File name of the lock that keeps one run per output folder.
pub const LOCK_FILE: &str = ".fosx-lock";

/// What became of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Valid: its documents were written in canonical form to `accepted/`.
    Accepted,
    /// Invalid: copied to `rejected/` (unless over the size limit), with its
    /// reports in `reports/`.
    Rejected,
    /// Could not be read at all.
    Unreadable,
}

/// An output that could not be written, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailedOutput {
    /// Path relative to the output folder.
    pub output: String,
    /// The reason the system gave.
    pub reason: String,
}

/// A warning of an accepted input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    /// `FOS-R13`.
    pub code: String,
    /// 1-based line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column in characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// Canonical JSON Pointer of the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// What it says.
    pub message: String,
}

/// One input of the inbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InputRecord {
    /// Path relative to the inbox, with `/` separators; bytes that are not
    /// UTF-8, and `%` itself, are written `%XX`.
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the content, hex (empty when it was not read).
    pub sha256: String,
    /// What became of it.
    pub verdict: Verdict,
    /// Documents found.
    pub documents: usize,
    /// Files written for it, relative to the output folder (escaped as
    /// `path`).
    pub outputs: Vec<String>,
    /// Outputs that could not be written: the input is done again by the
    /// next run.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub failed: Vec<FailedOutput>,
    /// Files of `accepted/` another input already holds with the same
    /// canonical content: this input's identical documents are not stored
    /// again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duplicates: Vec<String>,
    /// Error diagnostics.
    pub errors: usize,
    /// Warning diagnostics.
    pub warnings: usize,
    /// The warnings of an accepted input.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// Inputs whose documents have the same member and documentId as one of
    /// this input's, with other content; both are kept, under different
    /// names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collisions: Vec<String>,
    /// Why it could not be read, or why it was not copied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The options it was processed under (see [`BatchSummary::options`]).
    #[serde(default)]
    pub options: String,
}

/// A file of the inbox that is not an input, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchSkipped {
    /// Path relative to the inbox (escaped as [`InputRecord::path`]).
    pub path: String,
    /// Why it is not an input.
    pub reason: String,
}

/// Totals of a summary.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchTotals {
    /// Inputs in the inbox.
    pub inputs: usize,
    /// Accepted inputs.
    pub accepted: usize,
    /// Rejected inputs.
    pub rejected: usize,
    /// Unreadable inputs.
    pub unreadable: usize,
    /// Documents in `accepted/` (duplicates not counted again).
    pub documents: usize,
    /// Inputs involved in a name collision.
    pub collisions: usize,
    /// Inputs with at least one document already stored by another input.
    pub duplicates: usize,
    /// Outputs that could not be written.
    pub failed: usize,
    /// Bytes of all inputs.
    pub bytes: u64,
    /// Inputs processed by the last run.
    pub processed: usize,
    /// Inputs the last run left as they were (same content, same options,
    /// outputs in place).
    pub unchanged: usize,
    /// Files of the inbox that are not inputs.
    pub skipped: usize,
}

/// The whole `summary.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchSummary {
    /// Shape version.
    pub summary_version: u32,
    /// `fosx 0.1.0`.
    pub tool: String,
    /// Spec version.
    pub spec_version: String,
    /// The as-of date of R05.
    pub as_of: String,
    /// Whether warnings counted.
    pub strict: bool,
    /// The representation of accepted outputs.
    pub to: String,
    /// The language of reports and messages.
    pub lang: String,
    /// Every option that changes outputs or verdicts, in one line; every
    /// input below was processed under exactly these.
    pub options: String,
    /// Every input, sorted by path.
    pub inputs: Vec<InputRecord>,
    /// Files of the inbox that are not inputs, sorted by path.
    pub skipped: Vec<BatchSkipped>,
    /// Totals.
    pub totals: BatchTotals,
}

impl BatchSummary {
    /// Computes the totals from the inputs.
    pub fn totals(
        inputs: &[InputRecord],
        skipped: usize,
        processed: usize,
        unchanged: usize,
    ) -> BatchTotals {
        let mut t = BatchTotals {
            inputs: inputs.len(),
            processed,
            unchanged,
            skipped,
            ..BatchTotals::default()
        };
        for r in inputs {
            match r.verdict {
                Verdict::Accepted => {
                    t.accepted += 1;
                    t.documents += r
                        .outputs
                        .iter()
                        .filter(|o| o.starts_with("accepted/"))
                        .count();
                }
                Verdict::Rejected => t.rejected += 1,
                Verdict::Unreadable => t.unreadable += 1,
            }
            if !r.collisions.is_empty() {
                t.collisions += 1;
            }
            if !r.duplicates.is_empty() {
                t.duplicates += 1;
            }
            t.failed += r.failed.len();
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
        && let Ok(summary) = serde_json::from_str::<BatchSummary>(&text)
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

    /// Empties the journal once everything is in `summary.json`.
    pub fn clear(&self) -> std::io::Result<()> {
        let file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        file.set_len(0)
    }
}
