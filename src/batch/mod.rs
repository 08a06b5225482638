//! Inbox processing: a folder of mixed submissions becomes canonical files in
//! `accepted/`, byte-for-byte copies in `rejected/` with their reports in
//! `reports/`, and a `summary.json` that accounts for every file.
//!
//! The output folder mirrors the inbox under the options of the run: an input
//! is done once its content hash, the options that change outputs or verdicts
//! (`--to`, `--strict`, `--as-of`, the language, the limits, the fosx version)
//! and every one of its outputs are recorded; anything else is done again and
//! its outputs replaced. Outputs of deleted inputs, and any file of
//! `accepted/`, `rejected/` and `reports/` that no input accounts for, are
//! removed at the end of a run, so `summary.json` describes the folder as it
//! is.
//!
//! The inbox is only read. Every output is written to a temporary file and
//! renamed into place, and an input is journalled only after that (or with
//! the outputs that failed, which makes the next run do it again), so a run
//! killed at any moment leaves no partial file and the next run takes up
//! where it stopped. One run at a time holds the output folder (an advisory
//! lock on `.fosx-lock`).

mod finish;
mod inputs;
mod lines;
pub mod summary;

use crate::check::{CheckOptions, Checked};
use crate::convert::{ConvertOptions, NotConverted};
use crate::fsio::{is_temp_name, write_atomically};
use crate::i18n::{Arg, Lang, Msg, msg};
use crate::report::Report;
use crate::report::printable::{printable_name, printable_text};
use crate::source::Representation;
use crate::write::{WriteError, WriteOptions};
pub use inputs::{InboxFile, escape, is_submission_name, special_kind, unescape};
pub use lines::{rate, table};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
pub use summary::{
    BatchSkipped, BatchSummary, BatchTotals, FailedOutput, InputRecord, Note, Verdict,
};

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
    /// Follow symbolic links of the inbox to regular files inside it.
    pub follow_symlinks: bool,
}

/// Why a batch could not run.
#[derive(Debug)]
pub enum BatchError {
    /// The inbox cannot be read.
    Inbox(PathBuf, std::io::Error),
    /// The inbox is not a folder.
    NotAFolder(PathBuf),
    /// The output folder cannot be written.
    Output(PathBuf, std::io::Error),
    /// The output folder (first) is the inbox, inside it, or holds it where
    /// outputs go.
    Overlap(PathBuf, PathBuf),
    /// Another run holds the output folder.
    InUse(PathBuf),
    /// The worker pool could not start.
    Threads(String),
}

impl BatchError {
    /// What went wrong, for a person.
    pub fn message(&self) -> Msg {
        let shown = |p: &Path| p.display().to_string();
        match self {
            BatchError::Inbox(p, e) => msg::batch_inbox_unreadable(shown(p), e.to_string()),
            BatchError::NotAFolder(p) => msg::batch_inbox_not_a_folder(shown(p)),
            BatchError::Output(p, e) => msg::batch_output_unwritable(shown(p), e.to_string()),
            BatchError::Overlap(out, inbox) => msg::batch_overlap(shown(out), shown(inbox)),
            BatchError::InUse(p) => msg::batch_in_use(shown(p)),
            BatchError::Threads(e) => msg::batch_threads(e),
        }
    }
}

/// In English, as logs have it.
impl std::fmt::Display for BatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for BatchError {}

/// Progress of a run, for a progress bar.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    /// Inputs finished (processed or unchanged).
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
    pub summary: BatchSummary,
    /// Files that could not be written or removed, with the reason, as
    /// messages for people (a name's control characters shown as pictures);
    /// each also makes the run fail with 2.
    pub write_errors: Vec<Msg>,
}

impl BatchOutcome {
    /// Exit code: 0 all accepted, 1 some rejected, 2 some input unreadable or
    /// some output not written.
    pub fn exit_code(&self) -> u8 {
        let t = &self.summary.totals;
        if t.unreadable > 0 || t.failed > 0 || !self.write_errors.is_empty() {
            2
        } else if t.rejected > 0 {
            1
        } else {
            0
        }
    }
}

/// Who holds a name of `accepted/`, and the SHA-256 of what is there (when
/// this run wrote it).
#[derive(Debug, Clone)]
struct Claim {
    owner: String,
    digest: Option<[u8; 32]>,
}

/// The state of a batch over one output folder: used for one run, or kept
/// by a watcher across many.
#[derive(Debug)]
pub struct Batch {
    inbox: PathBuf,
    out: PathBuf,
    options: BatchOptions,
    /// The options that change outputs or verdicts, as recorded.
    key: String,
    records: Mutex<BTreeMap<String, InputRecord>>,
    /// Output path → the input that holds it.
    claims: Mutex<HashMap<String, Claim>>,
    journal: summary::Journal,
    write_errors: Mutex<Vec<Msg>>,
    skipped: Mutex<Vec<BatchSkipped>>,
    processed: AtomicUsize,
    unchanged: AtomicUsize,
    /// The language of the reports and messages.
    lang: Lang,
    /// Held for the life of the batch: one run per output folder.
    _lock: std::fs::File,
}

impl Batch {
    /// Checks that the output folder is outside the inbox, prepares it, takes
    /// its lock and loads what earlier runs recorded.
    pub fn open(inbox: &Path, out: &Path, options: BatchOptions) -> Result<Batch, BatchError> {
        let inbox = inbox
            .canonicalize()
            .map_err(|e| BatchError::Inbox(inbox.to_path_buf(), e))?;
        if !inbox.is_dir() {
            return Err(BatchError::NotAFolder(inbox));
        }
        let planned = resolve_planned(out).map_err(|e| BatchError::Output(out.to_path_buf(), e))?;
        if planned.starts_with(&inbox)
            || OUTPUT_TREES
                .iter()
                .any(|t| inbox.starts_with(planned.join(t)))
        {
            return Err(BatchError::Overlap(planned, inbox));
        }
        for dir in
            std::iter::once(out.to_path_buf()).chain(OUTPUT_TREES.iter().map(|t| out.join(t)))
        {
            std::fs::create_dir_all(&dir).map_err(|e| BatchError::Output(dir.clone(), e))?;
        }
        let out = out
            .canonicalize()
            .map_err(|e| BatchError::Output(out.to_path_buf(), e))?;
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(out.join(summary::LOCK_FILE))
            .map_err(|e| BatchError::Output(out.clone(), e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Err(BatchError::InUse(out)),
            Err(std::fs::TryLockError::Error(e)) => return Err(BatchError::Output(out, e)),
        }
        remove_stale_temp_files(&out);
        let records = summary::load_previous(&out);
        let mut claims = HashMap::new();
        for r in records.values() {
            for o in r.outputs.iter().filter(|o| o.starts_with("accepted/")) {
                claims.insert(
                    o.clone(),
                    Claim {
                        owner: r.path.clone(),
                        digest: None,
                    },
                );
            }
        }
        let journal =
            summary::Journal::open(&out).map_err(|e| BatchError::Output(out.clone(), e))?;
        let mut batch = Batch {
            inbox,
            out,
            options,
            key: String::new(),
            records: Mutex::new(records),
            claims: Mutex::new(claims),
            journal,
            write_errors: Mutex::new(Vec::new()),
            skipped: Mutex::new(Vec::new()),
            processed: AtomicUsize::new(0),
            unchanged: AtomicUsize::new(0),
            lang: Lang::En,
            _lock: lock,
        };
        batch.key = batch.options_key();
        Ok(batch)
    }

    /// Writes the reports of rejected files, the messages of `summary.json`
    /// and the texts of accepted workbooks in `lang` (English by default).
    pub fn with_lang(mut self, lang: Lang) -> Batch {
        self.lang = lang;
        self.options.write.lang = lang;
        self.key = self.options_key();
        self
    }

    /// Every option that changes outputs or verdicts, in one line.
    fn options_key(&self) -> String {
        let o = &self.options;
        let l = &o.check.read.limits;
        format!(
            "fosx {}; to {}; strict {}; as-of {}; lang {}; max-file-size {}; \
             max-document-size {}; max-depth {}; max-text-len {}; max-line-len {}; \
             max-documents {}; max-entries {}; max-cells {}; csv-bom {}; csv-formula-guard {}",
            crate::VERSION,
            o.to.as_str(),
            o.check.strict,
            o.check.as_of,
            self.lang.code(),
            l.max_file_size,
            l.max_document_size,
            l.max_depth,
            l.max_text_len,
            l.max_line_len,
            l.max_documents,
            l.max_entries,
            l.max_cells,
            o.write.csv_bom,
            o.write.csv_formula_guard,
        )
    }

    /// The inbox, canonical.
    pub fn inbox(&self) -> &Path {
        &self.inbox
    }

    /// The output folder, canonical.
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// The inputs of the inbox, sorted; the files that are not inputs are
    /// kept for the summary.
    pub fn discover(&self) -> Vec<InboxFile> {
        let (found, skipped) =
            inputs::discover(&self.inbox, &self.out, self.options.follow_symlinks);
        let skipped = skipped
            .into_iter()
            .map(|s| BatchSkipped {
                path: s.path,
                reason: s.reason.render(self.lang),
            })
            .collect();
        *self.skipped.lock().unwrap_or_else(|e| e.into_inner()) = skipped;
        found
    }

    /// Whether an input has no record yet.
    pub fn is_new(&self, input: &InboxFile) -> bool {
        !self
            .records
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains_key(&input.key)
    }

    /// Processes every input of the inbox in parallel, then writes the summary.
    pub fn run(&self, progress: &(dyn Fn(Progress) + Sync)) -> Result<BatchOutcome, BatchError> {
        self.run_until(progress, &AtomicBool::new(false))
    }

    /// As [`Batch::run`], but once `stop` is set no further input is started;
    /// the summary then lists what was done.
    pub fn run_until(
        &self,
        progress: &(dyn Fn(Progress) + Sync),
        stop: &AtomicBool,
    ) -> Result<BatchOutcome, BatchError> {
        let inputs = self.discover();
        self.prune(&inputs);
        let total = inputs.len();
        let done = AtomicUsize::new(0);
        let bytes = std::sync::atomic::AtomicU64::new(0);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.options.jobs)
            .build()
            .map_err(|e| BatchError::Threads(e.to_string()))?;
        pool.install(|| {
            inputs.par_iter().for_each(|input| {
                if stop.load(Ordering::SeqCst) {
                    return;
                }
                let size = self.process(input);
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

    /// Processes one input (unless recorded with this content, these options
    /// and its outputs in place) and journals it. Returns its size.
    pub fn process(&self, input: &InboxFile) -> u64 {
        let key = input.key.clone();
        let max = self.options.check.read.limits.max_file_size;
        let mut record = InputRecord {
            path: key.clone(),
            size: 0,
            sha256: String::new(),
            verdict: Verdict::Unreadable,
            documents: 0,
            outputs: Vec::new(),
            failed: Vec::new(),
            duplicates: Vec::new(),
            errors: 1,
            warnings: 0,
            notes: Vec::new(),
            collisions: Vec::new(),
            message: None,
            options: self.key.clone(),
        };
        let bytes = match inputs::read_input(&input.path, max) {
            inputs::Read::Bytes(b) => b,
            inputs::Read::Failed(e) => {
                let why = msg::batch_cannot_read(key.as_str(), inputs::io_reason(&e));
                record.message = Some(why.render(self.lang));
                self.replace(record);
                return 0;
            }
            inputs::Read::NotRegular(kind) => {
                let why = msg::batch_not_regular(key.as_str(), kind);
                record.message = Some(why.render(self.lang));
                self.replace(record);
                return 0;
            }
            inputs::Read::TooLarge(size) => {
                // Reported, and left in the inbox: nothing of it is read.
                record.size = size;
                record.verdict = Verdict::Rejected;
                let d = crate::read::file_too_large(size, max);
                record.message = Some(d.message.render(self.lang));
                let mut checked = crate::check::unreadable(&key, &input.path, d);
                checked.name_limits(&|l| l.option().into());
                self.write_reports(&input.rel, &checked, &mut record);
                self.replace(record);
                return 0;
            }
        };
        let size = bytes.len() as u64;
        let sha256 = hex(&Sha256::digest(&bytes));
        if self.is_done(&key, &sha256) {
            self.unchanged.fetch_add(1, Ordering::Relaxed);
            return size;
        }
        let mut options = ConvertOptions::from(self.options.check);
        options.write = self.options.write;
        options.each_document = true;
        let mut converted = crate::convert(&key, &bytes, self.options.to, &options);
        // The reports are the command's: a limit is named by its option.
        match &mut converted {
            Ok(c) => c.checked.name_limits(&|l| l.option().into()),
            Err(not) => not.checked_mut().name_limits(&|l| l.option().into()),
        }
        let checked = match &converted {
            Ok(c) => &c.checked,
            Err(not) => not.checked(),
        };
        let (errors, warnings) = checked.counts();
        record.size = size;
        record.sha256 = sha256;
        record.documents = checked.documents.len();
        record.errors = errors;
        record.warnings = warnings;
        let written = match &converted {
            Ok(c) => Ok(c.outputs.as_slice()),
            Err(NotConverted::Unwritable(_, e)) => Err(e),
            Err(_) => {
                record.verdict = Verdict::Rejected;
                let copy = format!("rejected/{key}");
                self.put(&copy, &bytes, &mut record);
                self.write_reports(&input.rel, checked, &mut record);
                self.replace(record);
                return size;
            }
        };
        record.verdict = Verdict::Accepted;
        if warnings > 0 {
            record.notes = self.notes(checked);
        }
        self.accept(checked, written, &mut record);
        self.replace(record);
        size
    }

    /// Where an output (as recorded) is on disk.
    fn disk(&self, output: &str) -> PathBuf {
        self.out.join(unescape(output))
    }

    fn is_done(&self, key: &str, sha256: &str) -> bool {
        let records = self.records.lock().unwrap_or_else(|e| e.into_inner());
        let Some(r) = records.get(key) else {
            return false;
        };
        let claims = self.claims.lock().unwrap_or_else(|e| e.into_inner());
        r.sha256 == sha256
            && r.options == self.key
            && r.failed.is_empty()
            && r.verdict != Verdict::Unreadable
            && r.outputs.iter().all(|o| self.disk(o).is_file())
            && r.duplicates
                .iter()
                .all(|d| claims.get(d).is_some_and(|c| c.owner != key) && self.disk(d).is_file())
    }

    /// The warnings of an accepted input, for the summary.
    fn notes(&self, checked: &Checked) -> Vec<Note> {
        let report = Report::new_in(
            std::slice::from_ref(checked),
            &self.options.check,
            self.lang,
        );
        report
            .files
            .into_iter()
            .flat_map(|f| f.diagnostics)
            .map(|d| Note {
                code: d.code,
                line: d.line,
                column: d.column,
                path: d.path,
                message: d.message,
            })
            .collect()
    }

    /// Stores the outputs of an accepted input, one per document (`written`:
    /// their bytes, in order, or why none could be written).
    fn accept(
        &self,
        checked: &Checked,
        written: Result<&[Vec<u8>], &WriteError>,
        record: &mut InputRecord,
    ) {
        let ext = self.options.to.as_str();
        for (k, doc) in checked.documents.iter().enumerate() {
            let member = doc
                .get("submitter")
                .and_then(|s| s.str_of("memberCode"))
                .unwrap_or("unknown");
            let id = doc.str_of("documentId").unwrap_or("unknown");
            let plain = format!("accepted/{}/{}.{ext}", escape_name(member), escape_name(id));
            let text = match written {
                Ok(outputs) => &outputs[k],
                Err(e) => {
                    self.fail(&plain, e.message().into(), record);
                    continue;
                }
            };
            let digest: [u8; 32] = Sha256::digest(text).into();
            let name = {
                let mut claims = self.claims.lock().unwrap_or_else(|e| e.into_inner());
                let held = claims.get(&plain).cloned();
                match held {
                    Some(c) if c.owner != record.path && !record.outputs.contains(&plain) => {
                        let same = match c.digest {
                            Some(d) => d == digest,
                            None => std::fs::read(self.disk(&plain))
                                .is_ok_and(|b| <[u8; 32]>::from(Sha256::digest(&b)) == digest),
                        };
                        if same {
                            // The same document again: stored once.
                            if !record.duplicates.contains(&plain) {
                                record.duplicates.push(plain);
                            }
                            continue;
                        }
                        if !record.collisions.contains(&c.owner) {
                            record.collisions.push(c.owner.clone());
                        }
                        // `~` cannot occur in a member code or a documentId.
                        let alt = alt_name(&plain, &record.sha256);
                        claims.insert(
                            alt.clone(),
                            Claim {
                                owner: record.path.clone(),
                                digest: Some(digest),
                            },
                        );
                        alt
                    }
                    _ => {
                        claims.insert(
                            plain.clone(),
                            Claim {
                                owner: record.path.clone(),
                                digest: Some(digest),
                            },
                        );
                        plain
                    }
                }
            };
            self.put(&name, text, record);
        }
    }

    /// Writes one output of `record`, noting it as written or failed.
    fn put(&self, name: &str, bytes: &[u8], record: &mut InputRecord) {
        match write_atomically(&self.disk(name), bytes) {
            Ok(()) => record.outputs.push(name.to_string()),
            Err(e) => self.fail(name, e.to_string().into(), record),
        }
    }

    /// Notes that output `name` could not be written, and why (the
    /// system's words, or a message).
    fn fail(&self, name: &str, reason: Arg, record: &mut InputRecord) {
        let shown = match &reason {
            Arg::Msg(m) => m.render(self.lang),
            Arg::Text(t) => t.to_string(),
            Arg::Int(n) => n.to_string(),
        };
        self.write_error(msg::batch_cannot_write(
            printable_name(name).into_owned(),
            reason,
        ));
        record.failed.push(FailedOutput {
            output: name.to_string(),
            reason: shown,
        });
    }

    fn write_reports(&self, rel: &Path, checked: &Checked, record: &mut InputRecord) {
        let report = Report::new_in(
            std::slice::from_ref(checked),
            &self.options.check,
            self.lang,
        );
        let mut json = serde_json::to_string_pretty(&report).unwrap_or_default();
        json.push('\n');
        // Control characters of the file (an ESC in a value) shown as
        // pictures, as on a terminal.
        let text = printable_text(&crate::report::human::plain_text_in(
            checked,
            self.options.check.strict,
            self.lang,
        ))
        .into_owned();
        let key = escape(rel);
        for (name, content) in [
            (format!("reports/{key}.report.json"), json),
            (format!("reports/{key}.report.txt"), text),
        ] {
            self.put(&name, content.as_bytes(), record);
        }
    }

    fn write_error(&self, message: Msg) {
        self.write_errors
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(message);
    }

    /// Journals `record` and puts it in place of the input's earlier record,
    /// removing the earlier outputs it no longer has.
    fn replace(&self, record: InputRecord) {
        if let Err(e) = self.journal.append(&record) {
            self.write_error(msg::batch_cannot_write(
                summary::JOURNAL_FILE,
                e.to_string(),
            ));
        }
        self.processed.fetch_add(1, Ordering::Relaxed);
        let mut records = self.records.lock().unwrap_or_else(|e| e.into_inner());
        let old = records.insert(record.path.clone(), record.clone());
        if let Some(old) = old {
            let keep: HashSet<&String> = record
                .outputs
                .iter()
                .chain(record.failed.iter().map(|f| &f.output))
                .collect();
            let stale: Vec<String> = old
                .outputs
                .into_iter()
                .filter(|o| !keep.contains(o))
                .collect();
            drop(records);
            self.release(&record.path, &stale);
        }
    }

    /// Removes outputs of `owner` (those another input does not hold).
    fn release(&self, owner: &str, outputs: &[String]) {
        let mut claims = self.claims.lock().unwrap_or_else(|e| e.into_inner());
        for o in outputs {
            match claims.get(o) {
                Some(c) if c.owner != owner => continue,
                Some(_) => {
                    claims.remove(o);
                }
                None => {}
            }
            match std::fs::remove_file(self.disk(o)) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => self.write_error(msg::batch_cannot_remove(o, e.to_string())),
            }
        }
    }

    /// Drops the records of inputs no longer in the inbox, and their outputs.
    fn prune(&self, inputs: &[InboxFile]) {
        let present: HashSet<&str> = inputs.iter().map(|i| i.key.as_str()).collect();
        let gone: Vec<InputRecord> = {
            let mut records = self.records.lock().unwrap_or_else(|e| e.into_inner());
            let keys: Vec<String> = records
                .keys()
                .filter(|k| !present.contains(k.as_str()))
                .cloned()
                .collect();
            keys.iter().filter_map(|k| records.remove(k)).collect()
        };
        for r in gone {
            self.release(&r.path, &r.outputs);
        }
    }
}

/// `accepted/M/ID.ext` for `accepted/M/ID~HASH.ext` (and itself).
fn plain_of(output: &str) -> String {
    let (dir, file) = output.rsplit_once('/').unwrap_or(("", output));
    match (file.rfind('~'), file.rfind('.')) {
        (Some(t), Some(d)) if t < d => format!("{dir}/{}{}", &file[..t], &file[d..]),
        _ => output.to_string(),
    }
}

/// The renamed output of an input with content `sha256` for `plain`.
fn alt_name(plain: &str, sha256: &str) -> String {
    let (dir, file) = plain.rsplit_once('/').unwrap_or(("", plain));
    let (stem, ext) = file.rsplit_once('.').unwrap_or((file, ""));
    format!("{dir}/{stem}~{}.{ext}", &sha256[..12.min(sha256.len())])
}

/// The folders of the output folder that only a run writes.
const OUTPUT_TREES: [&str; 3] = ["accepted", "rejected", "reports"];

/// `path` made absolute with its existing part canonical (the rest need not
/// exist yet).
fn resolve_planned(path: &Path) -> std::io::Result<PathBuf> {
    let path = std::path::absolute(path)?;
    let mut rest = Vec::new();
    let mut base = path.as_path();
    loop {
        match base.canonicalize() {
            Ok(c) => {
                let mut p = c;
                p.extend(rest.iter().rev());
                return Ok(p);
            }
            Err(_) => match (base.parent(), base.file_name()) {
                (Some(parent), Some(name)) => {
                    rest.push(name.to_os_string());
                    base = parent;
                }
                _ => return Ok(path),
            },
        }
    }
}

/// A member code or documentId as one file name: `/`, `\` and a leading `.`
/// are escaped (valid documents never hold them).
fn escape_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (i, c) in name.chars().enumerate() {
        match c {
            '/' => out.push_str("%2F"),
            '\\' => out.push_str("%5C"),
            '%' => out.push_str("%25"),
            '.' if i == 0 => out.push_str("%2E"),
            c if c.is_control() => out.push_str(&format!("%{:02X}", u32::from(c))),
            c => out.push(c),
        }
    }
    if out.is_empty() {
        out.push_str("unknown");
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Removes temporary files a killed run left in the output folder.
fn remove_stale_temp_files(out: &Path) {
    let top = walkdir::WalkDir::new(out).max_depth(1).into_iter();
    let trees = OUTPUT_TREES
        .iter()
        .flat_map(|t| walkdir::WalkDir::new(out.join(t)).into_iter());
    for entry in top.chain(trees).flatten() {
        if entry.file_type().is_file() && is_temp_name(&entry.file_name().to_string_lossy()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renamed_outputs_lead_back_to_their_plain_name() {
        let alt = alt_name("accepted/EU/EU-TT-2026.json", "0123456789abcdef");
        assert_eq!(alt, "accepted/EU/EU-TT-2026~0123456789ab.json");
        assert_eq!(plain_of(&alt), "accepted/EU/EU-TT-2026.json");
        assert_eq!(plain_of("accepted/EU/EU.TT.json"), "accepted/EU/EU.TT.json");
    }

    #[test]
    fn document_ids_cannot_escape_their_folder() {
        assert_eq!(escape_name("../x/y"), "%2E.%2Fx%2Fy");
        assert_eq!(escape_name("KE-PR-1"), "KE-PR-1");
    }
}
