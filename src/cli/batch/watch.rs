//! `fosx batch --watch`: files are processed as they arrive, once they have
//! stopped changing.

use super::report_failures;
use crate::cli::Outcome;
use crate::cli::output::{eprint, error_line};
use fosx::batch::Batch;
use fosx::i18n::{Lang, msg};
use notify::event::{EventKind, ModifyKind};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How long a file must stay unchanged before it is read.
const SETTLE: Duration = Duration::from_secs(1);

/// Whether an event changes what is in the inbox. Reading a file (ours
/// included) and changing its metadata do not.
fn changes_content(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Any
            | EventKind::Create(_)
            | EventKind::Remove(_)
            | EventKind::Modify(ModifyKind::Any | ModifyKind::Data(_) | ModifyKind::Name(_))
    )
}

/// Processes files as they arrive until `stop` is set (Ctrl-C, SIGTERM);
/// a file is read once it has been quiet for [`SETTLE`], a folder moved in
/// is walked, and a vanished inbox is waited for. Prints a line only when
/// something was done.
pub fn watch(batch: &Batch, out: &Path, lang: Lang, stop: &AtomicBool) -> Outcome {
    use notify::{RecursiveMode, Watcher};
    let inbox = batch.inbox().display().to_string();
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = match notify::recommended_watcher(tx) {
        Ok(w) => w,
        Err(e) => {
            let why = msg::batch_cannot_watch(inbox.as_str(), e.to_string());
            eprint(&error_line(why, lang));
            return Outcome::Trouble;
        }
    };
    if let Err(e) = watcher.watch(batch.inbox(), RecursiveMode::Recursive) {
        let why = msg::batch_cannot_watch(inbox.as_str(), e.to_string());
        eprint(&error_line(why, lang));
        return Outcome::Trouble;
    }
    let watching = msg::batch_watching(inbox.as_str());
    eprint(&format!("{}\n", watching.render(lang)));
    // Path → when it last changed. A file is read once it has been quiet
    // for SETTLE: a copy in progress keeps changing it.
    let mut pending: BTreeMap<PathBuf, Instant> = BTreeMap::new();
    let mut gone = false;
    let mut worst = Outcome::Valid;
    while !stop.load(Ordering::SeqCst) {
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(Ok(event)) => {
                if changes_content(&event.kind) {
                    for p in event.paths {
                        if !is_hidden_below(&p, batch.inbox()) {
                            pending.insert(p, Instant::now());
                        }
                    }
                }
                continue;
            }
            Ok(Err(_)) | Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        }
        if !batch.inbox().is_dir() {
            if !gone {
                let line = msg::batch_inbox_gone(inbox.as_str());
                eprint(&format!("{}\n", line.render(lang)));
                gone = true;
            }
            pending.clear();
            continue;
        }
        if gone {
            // The old watch went with the folder: watch the new one, and
            // look at all of it.
            let _ = watcher.unwatch(batch.inbox());
            if watcher
                .watch(batch.inbox(), RecursiveMode::Recursive)
                .is_err()
            {
                continue;
            }
            gone = false;
            pending.insert(batch.inbox().to_path_buf(), Instant::now());
        }
        let ready: Vec<PathBuf> = pending
            .iter()
            .filter(|(_, t)| t.elapsed() >= SETTLE)
            .map(|(p, _)| p.clone())
            .collect();
        if ready.is_empty() {
            continue;
        }
        for p in &ready {
            pending.remove(p);
        }
        let inputs = batch.discover();
        let done = process_ready(batch, &inputs, &ready, &pending, stop);
        let removed = ready.iter().any(|p| !p.exists());
        if done == 0 && !removed {
            continue;
        }
        if !finish_round(batch, &inputs, done, lang) {
            worst = Outcome::Trouble;
        }
    }
    if batch.inbox().is_dir()
        && let Err(e) = batch.finish(&batch.discover())
    {
        eprint(&error_line(e.message(), lang));
        worst = Outcome::Trouble;
    }
    let summary = out.join(fosx::batch::summary::SUMMARY_FILE);
    let stopped = msg::batch_stopped(summary.display().to_string());
    eprint(&format!("{}\n", stopped.render(lang)));
    worst
}

/// Processes the inputs that are new or under a path that settled; a path
/// still changing waits. Returns how many were processed.
fn process_ready(
    batch: &Batch,
    inputs: &[fosx::batch::InboxFile],
    ready: &[PathBuf],
    pending: &BTreeMap<PathBuf, Instant>,
    stop: &AtomicBool,
) -> usize {
    let mut done = 0;
    for input in inputs {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let seen = batch.inbox().join(&input.rel);
        // A file still changing waits for its turn, even if it is new.
        if pending.keys().any(|p| seen.starts_with(p)) {
            continue;
        }
        if batch.is_new(input) || ready.iter().any(|r| seen.starts_with(r)) {
            batch.process(input);
            done += 1;
        }
    }
    done
}

/// Writes the summary after a round and says what it did; false when
/// something could not be written.
fn finish_round(batch: &Batch, inputs: &[fosx::batch::InboxFile], done: usize, lang: Lang) -> bool {
    match batch.finish(inputs) {
        Ok(o) => {
            let t = &o.summary.totals;
            let line = msg::batch_round(done, t.accepted, t.rejected, t.unreadable);
            eprint(&format!("{}\n", line.render(lang)));
            report_failures(&o, lang);
            t.failed == 0 && o.write_errors.is_empty()
        }
        Err(e) => {
            eprint(&error_line(e.message(), lang));
            false
        }
    }
}

fn is_hidden_below(path: &Path, root: &Path) -> bool {
    path.strip_prefix(root)
        .map(|rel| {
            rel.components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
        })
        .unwrap_or(true)
}
