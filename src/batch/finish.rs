//! The end of a run: records settled (names, collisions, duplicates), files
//! no input accounts for swept, and `summary.json` written.

use super::summary::{self, BatchSummary, InputRecord};
use super::{
    Batch, BatchError, BatchOutcome, Claim, InboxFile, OUTPUT_TREES, alt_name, escape, plain_of,
};
use crate::fsio::write_atomically;
use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::Ordering;

impl Batch {
    /// Writes `summary.json` for the given inbox inputs: records of files no
    /// longer in the inbox are dropped with their outputs, files of the output
    /// trees that no input accounts for are removed, and the journal emptied.
    pub fn finish(&self, inputs: &[InboxFile]) -> Result<BatchOutcome, BatchError> {
        self.prune(inputs);
        let records: Vec<InputRecord> = {
            let mut all = self.records.lock().unwrap_or_else(|e| e.into_inner());
            // Collisions are recorded by the input that came second; both
            // inputs name each other.
            let mut pairs: Vec<(String, String)> = Vec::new();
            for r in all.values() {
                for c in &r.collisions {
                    pairs.push((c.clone(), r.path.clone()));
                }
            }
            for (a, b) in pairs {
                if let Some(r) = all.get_mut(&a)
                    && !r.collisions.contains(&b)
                {
                    r.collisions.push(b);
                }
            }
            let keys: HashSet<String> = all.keys().cloned().collect();
            for r in all.values_mut() {
                r.collisions.retain(|c| keys.contains(c));
                r.collisions.sort();
                r.collisions.dedup();
            }
            self.settle_names(&mut all);
            all.values().cloned().collect()
        };
        self.sweep(&records);
        let processed = self.processed.swap(0, Ordering::Relaxed);
        let unchanged = self.unchanged.swap(0, Ordering::Relaxed);
        let skipped = self
            .skipped
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let totals = BatchSummary::totals(&records, skipped.len(), processed, unchanged);
        let summary = BatchSummary {
            summary_version: summary::BATCH_SUMMARY_VERSION,
            tool: format!("fosx {}", crate::VERSION),
            spec_version: crate::model::SCHEMA_VERSION.to_string(),
            as_of: self.options.check.as_of.to_string(),
            strict: self.options.check.strict,
            to: self.options.to.as_str().to_string(),
            lang: self.lang.code().to_string(),
            options: self.key.clone(),
            inputs: records,
            skipped,
            totals,
        };
        let mut text = serde_json::to_string_pretty(&summary).unwrap_or_default();
        text.push('\n');
        write_atomically(&self.out.join(summary::SUMMARY_FILE), text.as_bytes())
            .map_err(|e| BatchError::Output(self.out.clone(), e))?;
        // Everything is in the summary now; the journal starts empty.
        if let Err(e) = self.journal.clear() {
            self.write_error(crate::i18n::msg::batch_cannot_write(
                summary::JOURNAL_FILE,
                e.to_string(),
            ));
        }
        let write_errors =
            std::mem::take(&mut *self.write_errors.lock().unwrap_or_else(|e| e.into_inner()));
        Ok(BatchOutcome {
            summary,
            write_errors,
        })
    }

    /// Makes the names of `accepted/` independent of the order inputs were
    /// done in: of the inputs with a document under one plain name, the one
    /// whose path sorts first holds it (others keep `<id>~<hash>`), and of
    /// inputs with the same document, the one whose path sorts first stores
    /// it (the others list it as a duplicate).
    fn settle_names(&self, all: &mut BTreeMap<String, InputRecord>) {
        // Plain name → (input, its output under that name), for accepted
        // outputs, and plain name → inputs listing it as a duplicate.
        let mut groups: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        let mut dups: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for r in all.values() {
            for o in r.outputs.iter().filter(|o| o.starts_with("accepted/")) {
                groups
                    .entry(plain_of(o))
                    .or_default()
                    .push((r.path.clone(), o.clone()));
            }
            for d in &r.duplicates {
                dups.entry(d.clone()).or_default().push(r.path.clone());
            }
        }
        let mut claims = self.claims.lock().unwrap_or_else(|e| e.into_inner());
        for (plain, mut holders) in groups {
            holders.sort();
            let Some(first) = holders.first().cloned() else {
                continue;
            };
            // The smallest input of those listing the same document.
            if let Some(d) = dups.get(&plain).and_then(|d| d.iter().min())
                && *d < first.0
                && first.1 == plain
            {
                if let Some(r) = all.get_mut(&first.0) {
                    r.outputs.retain(|o| *o != plain);
                    r.duplicates.push(plain.clone());
                }
                if let Some(r) = all.get_mut(d) {
                    r.duplicates.retain(|o| *o != plain);
                    r.outputs.push(plain.clone());
                }
                claims.insert(
                    plain.clone(),
                    Claim {
                        owner: d.clone(),
                        digest: None,
                    },
                );
                continue;
            }
            if first.1 == plain {
                continue;
            }
            // The first input holds a renamed output: swap with the holder
            // of the plain name, if any.
            let holder = holders.iter().find(|(_, o)| *o == plain).cloned();
            if let Some((owner, _)) = &holder {
                let Some(sha) = all.get(owner).map(|r| r.sha256.clone()) else {
                    continue;
                };
                let alt = alt_name(&plain, &sha);
                if alt == first.1 || std::fs::rename(self.disk(&plain), self.disk(&alt)).is_err() {
                    continue;
                }
                if let Some(r) = all.get_mut(owner) {
                    for o in r.outputs.iter_mut().filter(|o| **o == plain) {
                        o.clone_from(&alt);
                    }
                }
                claims.insert(
                    alt,
                    Claim {
                        owner: owner.clone(),
                        digest: None,
                    },
                );
            }
            if std::fs::rename(self.disk(&first.1), self.disk(&plain)).is_ok() {
                claims.remove(&first.1);
                claims.insert(
                    plain.clone(),
                    Claim {
                        owner: first.0.clone(),
                        digest: None,
                    },
                );
                if let Some(r) = all.get_mut(&first.0) {
                    for o in r.outputs.iter_mut().filter(|o| **o == first.1) {
                        o.clone_from(&plain);
                    }
                }
            }
        }
    }

    /// Removes every file of the output trees that no record names, and the
    /// folders left empty.
    fn sweep(&self, records: &[InputRecord]) {
        let expected: HashSet<&str> = records
            .iter()
            .flat_map(|r| r.outputs.iter().map(String::as_str))
            .collect();
        for tree in OUTPUT_TREES {
            let root = self.out.join(tree);
            for entry in walkdir::WalkDir::new(&root)
                .contents_first(true)
                .into_iter()
                .flatten()
            {
                let path = entry.path();
                if entry.file_type().is_dir() {
                    if entry.depth() > 0 {
                        // Fails, as it should, when the folder is not empty.
                        let _ = std::fs::remove_dir(path);
                    }
                    continue;
                }
                let rel = escape(path.strip_prefix(&self.out).unwrap_or(path));
                if !expected.contains(rel.as_str())
                    && let Err(e) = std::fs::remove_file(path)
                    && e.kind() != std::io::ErrorKind::NotFound
                {
                    self.write_error(crate::i18n::msg::batch_cannot_remove(rel, e.to_string()));
                }
            }
        }
    }
}
