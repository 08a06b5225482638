//! Inbox processing: a folder of mixed submissions becomes canonical files in
//! `accepted/`, byte-for-byte copies with reports in `rejected/`, and a
//! `summary.json` that accounts for every input.
//!
//! The inbox is only read. Every output is written to a temporary file and
//! renamed into place, and each finished input is journalled, so a run killed
//! at any moment leaves no partial file, and the next run takes up where it
//! stopped: inputs whose content hash is already recorded (with their outputs
//! present) are skipped; changed inputs are processed again.

pub mod summary;

use crate::fsio::{is_temp_name, write_atomically};
use crate::report::Report;
use crate::source::Representation;
use crate::write::{WriteOptions, write};
use crate::{CheckOptions, Checked};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
pub use summary::{InputRecord, Summary, Totals, Verdict};

/// How to run a batch.
#[derive(Debug, Clone, Copy)]
pub struct BatchOptions {
    /// Representation of the accepted outputs.
    pub to: Representation,
    /// How to check the inputs.
    pub check: CheckOptions,
    /// How to write the outputs.
    pub write: WriteOptions,
    /// Worker threads; 0 means one per core.
    pub jobs: usize,
}

/// Why a batch could not run.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    /// The inbox is not a readable folder.
    #[error("cannot read the inbox {0}: {1}")]
    Inbox(PathBuf, std::io::Error),
    /// The output folder cannot be written.
    #[error("cannot write to {0}: {1}")]
    Output(PathBuf, std::io::Error),
    /// The worker pool could not start.
    #[error("cannot start the worker threads: {0}")]
    Threads(String),
}

/// Progress of a run, for a progress bar.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    /// Inputs finished (processed or skipped).
    pub done: usize,
    /// Inputs in all.
    pub total: usize,
    /// Bytes read so far.
    pub bytes: u64,
}

/// The result of a run.
#[derive(Debug, Clone)]
pub struct BatchOutcome {
    /// The summary as written to `summary.json`.
    pub summary: Summary,
    /// Outputs that could not be written (each also makes the run fail with 2).
    pub write_errors: Vec<String>,
}

impl BatchOutcome {
    /// Exit code: 0 all accepted, 1 some rejected, 2 some input unreadable or
    /// some output not written.
    pub fn exit_code(&self) -> u8 {
        let t = &self.summary.totals;
        if t.unreadable > 0 || !self.write_errors.is_empty() {
            2
        } else if t.rejected > 0 {
            1
        } else {
            0
        }
    }
}

/// The state of a batch over one output folder: used for one run, or kept
/// by a watcher across many.
#[derive(Debug)]
pub struct Batch {
    inbox: PathBuf,
    out: PathBuf,
    options: BatchOptions,
    records: Mutex<BTreeMap<String, InputRecord>>,
    /// Output path → the input that owns it.
    claims: Mutex<HashMap<String, String>>,
    journal: summary::Journal,
    write_errors: Mutex<Vec<String>>,
    /// Input → inputs it collided with in this run.
    collisions: Mutex<HashMap<String, std::collections::BTreeSet<String>>>,
    processed: AtomicUsize,
    skipped: AtomicUsize,
    /// The language of the reports of rejected files.
    lang: crate::i18n::Lang,
}

impl Batch {
    /// Prepares the output folder and loads what earlier runs recorded.
    pub fn open(inbox: &Path, out: &Path, options: BatchOptions) -> Result<Batch, BatchError> {
        let inbox = inbox
            .canonicalize()
            .map_err(|e| BatchError::Inbox(inbox.to_path_buf(), e))?;
        if !inbox.is_dir() {
            return Err(BatchError::Inbox(
                inbox,
                std::io::Error::other("not a folder"),
            ));
        }
        for dir in [
            out.to_path_buf(),
            out.join("accepted"),
            out.join("rejected"),
        ] {
            std::fs::create_dir_all(&dir).map_err(|e| BatchError::Output(dir.clone(), e))?;
        }
        let out = out
            .canonicalize()
            .map_err(|e| BatchError::Output(out.to_path_buf(), e))?;
        remove_stale_temp_files(&out);
        let records = summary::load_previous(&out);
        let mut claims = HashMap::new();
        for r in records.values() {
            for o in &r.outputs {
                claims.insert(o.clone(), r.path.clone());
            }
        }
        let journal =
            summary::Journal::open(&out).map_err(|e| BatchError::Output(out.clone(), e))?;
        Ok(Batch {
            inbox,
            out,
            options,
            records: Mutex::new(records),
            claims: Mutex::new(claims),
            journal,
            write_errors: Mutex::new(Vec::new()),
            collisions: Mutex::new(HashMap::new()),
            processed: AtomicUsize::new(0),
            skipped: AtomicUsize::new(0),
            lang: crate::i18n::Lang::En,
        })
    }

    /// Writes the reports of rejected files (`*.report.json`,
    /// `*.report.txt`) and the messages of `summary.json` in `lang`
    /// (English by default).
    pub fn with_lang(mut self, lang: crate::i18n::Lang) -> Batch {
        self.lang = lang;
        self
    }

    /// The inbox, canonical.
    pub fn inbox(&self) -> &Path {
        &self.inbox
    }

    /// The output folder, canonical.
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// The input files of the inbox, sorted: hidden entries and the output
    /// folder are skipped.
    pub fn inputs(&self) -> Vec<PathBuf> {
        let out = self.out.clone();
        let mut files: Vec<PathBuf> = walkdir::WalkDir::new(&self.inbox)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(move |e| {
                e.depth() == 0
                    || (!e.file_name().to_string_lossy().starts_with('.') && e.path() != out)
            })
            .filter_map(|e| match e {
                Ok(e) if !e.file_type().is_dir() => Some(e.into_path()),
                Ok(_) => None,
                // An entry that cannot be listed is still an input: reading it reports why.
                Err(e) => e.path().map(Path::to_path_buf),
            })
            .collect();
        files.sort();
        files.dedup();
        files
    }

    /// Processes every input of the inbox in parallel, then writes the summary.
    pub fn run(&self, progress: &(dyn Fn(Progress) + Sync)) -> Result<BatchOutcome, BatchError> {
        let inputs = self.inputs();
        let total = inputs.len();
        let done = AtomicUsize::new(0);
        let bytes = std::sync::atomic::AtomicU64::new(0);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.options.jobs)
            .build()
            .map_err(|e| BatchError::Threads(e.to_string()))?;
        pool.install(|| {
            inputs.par_iter().for_each(|path| {
                let size = self.process(path);
                let b = bytes.fetch_add(size, Ordering::Relaxed) + size;
                let d = done.fetch_add(1, Ordering::Relaxed) + 1;
                progress(Progress {
                    done: d,
                    total,
                    bytes: b,
                });
            });
        });
        self.finish(&inputs)
    }

    /// Processes one input (unless already recorded with this content) and
    /// journals it. Returns its size.
    pub fn process(&self, path: &Path) -> u64 {
        let rel = self.relative(path);
        let bytes = match crate::read_file(path, &self.options.check.read.limits) {
            Ok(b) => b,
            Err(d) => {
                let record = InputRecord {
                    path: rel.clone(),
                    size: std::fs::metadata(path).map_or(0, |m| m.len()),
                    sha256: String::new(),
                    verdict: if d.code == crate::Code::IO {
                        Verdict::Unreadable
                    } else {
                        Verdict::Rejected
                    },
                    documents: 0,
                    outputs: Vec::new(),
                    errors: 1,
                    warnings: 0,
                    collisions: Vec::new(),
                    message: Some(crate::i18n::tr(&d.message, self.lang).into_owned()),
                };
                let record = if record.verdict == Verdict::Rejected {
                    // Over the size limit: rejected without being read, copied as a stream.
                    let mut record = record;
                    match crate::fsio::copy_atomically(path, &self.out.join("rejected").join(&rel))
                    {
                        Ok(()) => record.outputs.push(format!("rejected/{rel}")),
                        Err(e) => self.write_error(format!("rejected/{rel}: {e}")),
                    }
                    let checked = crate::unreadable(&rel, path, *d);
                    self.write_reports(&rel, &checked, record)
                } else {
                    record
                };
                self.record(record);
                self.processed.fetch_add(1, Ordering::Relaxed);
                return 0;
            }
        };
        let size = bytes.len() as u64;
        let sha256 = hex(&Sha256::digest(&bytes));
        if self.already_done(&rel, &sha256) {
            self.skipped.fetch_add(1, Ordering::Relaxed);
            return size;
        }
        let checked = crate::check_bytes(&rel, &bytes, &self.options.check);
        let (errors, warnings) = checked.counts();
        let mut record = InputRecord {
            path: rel.clone(),
            size,
            sha256,
            verdict: Verdict::Accepted,
            documents: checked.documents.len(),
            outputs: Vec::new(),
            errors,
            warnings,
            collisions: Vec::new(),
            message: None,
        };
        if checked.is_valid(self.options.check.strict) {
            self.accept(&checked, &mut record);
        } else {
            record.verdict = Verdict::Rejected;
            match write_atomically(&self.out.join("rejected").join(&rel), &bytes) {
                Ok(()) => record.outputs.push(format!("rejected/{rel}")),
                Err(e) => self.write_error(format!("rejected/{rel}: {e}")),
            }
            record = self.write_reports(&rel, &checked, record);
        }
        self.record(record);
        self.processed.fetch_add(1, Ordering::Relaxed);
        size
    }

    fn relative(&self, path: &Path) -> String {
        let rel = path.strip_prefix(&self.inbox).unwrap_or(path);
        rel.components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/")
    }

    fn already_done(&self, rel: &str, sha256: &str) -> bool {
        let records = self.records.lock().unwrap_or_else(|e| e.into_inner());
        records.get(rel).is_some_and(|r| {
            r.sha256 == sha256 && r.outputs.iter().all(|o| self.out.join(o).is_file())
        })
    }

    fn accept(&self, checked: &Checked, record: &mut InputRecord) {
        let ext = self.options.to.as_str();
        for doc in &checked.documents {
            let member = doc
                .get("submitter")
                .and_then(|s| s.str_of("memberCode"))
                .unwrap_or("unknown");
            let id = doc.str_of("documentId").unwrap_or("unknown");
            let plain = format!("accepted/{member}/{id}.{ext}");
            let name = {
                let mut claims = self.claims.lock().unwrap_or_else(|e| e.into_inner());
                match claims.get(&plain) {
                    Some(owner) if *owner != record.path => {
                        self.flag_collision(owner, &record.path);
                        let alt = format!("accepted/{member}/{id}.{}.{ext}", &record.sha256[..12]);
                        claims.insert(alt.clone(), record.path.clone());
                        alt
                    }
                    _ => {
                        claims.insert(plain.clone(), record.path.clone());
                        plain
                    }
                }
            };
            let text = match write(
                std::slice::from_ref(doc),
                self.options.to,
                &self.options.write,
            ) {
                Ok(t) => t,
                Err(e) => {
                    self.write_error(format!("{name}: {e}"));
                    continue;
                }
            };
            match write_atomically(&self.out.join(&name), text.as_bytes()) {
                Ok(()) => record.outputs.push(name),
                Err(e) => self.write_error(format!("{name}: {e}")),
            }
        }
    }

    /// Notes that `owner` and `other` collided, for both records.
    fn flag_collision(&self, owner: &str, other: &str) {
        let mut found = self.collisions.lock().unwrap_or_else(|e| e.into_inner());
        found
            .entry(owner.to_string())
            .or_default()
            .insert(other.to_string());
        found
            .entry(other.to_string())
            .or_default()
            .insert(owner.to_string());
    }

    fn write_reports(&self, rel: &str, checked: &Checked, mut record: InputRecord) -> InputRecord {
        let report = Report::new_in(
            std::slice::from_ref(checked),
            &self.options.check,
            self.lang,
        );
        let mut json = serde_json::to_string_pretty(&report).unwrap_or_default();
        json.push('\n');
        let text = crate::render::plain_text_in(checked, self.options.check.strict, self.lang);
        for (name, content) in [
            (format!("rejected/{rel}.report.json"), json),
            (format!("rejected/{rel}.report.txt"), text),
        ] {
            match write_atomically(&self.out.join(&name), content.as_bytes()) {
                Ok(()) => record.outputs.push(name),
                Err(e) => self.write_error(format!("{name}: {e}")),
            }
        }
        record
    }

    fn write_error(&self, message: String) {
        self.write_errors
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(message);
    }

    fn record(&self, record: InputRecord) {
        if let Err(e) = self.journal.append(&record) {
            self.write_error(format!("{}: {e}", summary::JOURNAL_FILE));
        }
        let mut records = self.records.lock().unwrap_or_else(|e| e.into_inner());
        records.insert(record.path.clone(), record);
    }

    /// Writes `summary.json` for the given inbox inputs (records of files no
    /// longer in the inbox are dropped) and removes the journal.
    pub fn finish(&self, inputs: &[PathBuf]) -> Result<BatchOutcome, BatchError> {
        let present: std::collections::HashSet<String> =
            inputs.iter().map(|p| self.relative(p)).collect();
        let records: Vec<InputRecord> = {
            let mut all = self.records.lock().unwrap_or_else(|e| e.into_inner());
            all.retain(|k, _| present.contains(k));
            let found = self.collisions.lock().unwrap_or_else(|e| e.into_inner());
            for r in all.values_mut() {
                if let Some(others) = found.get(&r.path) {
                    r.collisions.extend(others.iter().cloned());
                }
                r.collisions.retain(|c| present.contains(c));
                r.collisions.sort();
                r.collisions.dedup();
            }
            all.values().cloned().collect()
        };
        let processed = self.processed.swap(0, Ordering::Relaxed);
        let skipped = self.skipped.swap(0, Ordering::Relaxed);
        let totals = Summary::totals(&records, processed, skipped);
        let summary = Summary {
            summary_version: summary::SUMMARY_VERSION,
            tool: format!("fosx {}", crate::VERSION),
            spec_version: crate::model::SCHEMA_VERSION.to_string(),
            as_of: self.options.check.as_of.to_string(),
            strict: self.options.check.strict,
            to: self.options.to.as_str().to_string(),
            inputs: records,
            totals,
        };
        let mut text = serde_json::to_string_pretty(&summary).unwrap_or_default();
        text.push('\n');
        write_atomically(&self.out.join(summary::SUMMARY_FILE), text.as_bytes())
            .map_err(|e| BatchError::Output(self.out.clone(), e))?;
        // Everything is in the summary now; a fresh journal starts empty.
        let _ = std::fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(self.out.join(summary::JOURNAL_FILE));
        let write_errors =
            std::mem::take(&mut *self.write_errors.lock().unwrap_or_else(|e| e.into_inner()));
        Ok(BatchOutcome {
            summary,
            write_errors,
        })
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Removes temporary files a killed run left in the output folder.
fn remove_stale_temp_files(out: &Path) {
    for entry in walkdir::WalkDir::new(out).into_iter().flatten() {
        if entry.file_type().is_file() && is_temp_name(&entry.file_name().to_string_lossy()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
