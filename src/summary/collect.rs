//! Gathering: finding the input files, checking them on every core, and
//! keeping per Member only the latest document of each type.

use super::{DocInfo, LatestKey, SkipReason, Skipped, SummaryError, SummaryOptions, standards};
use crate::check::{CheckOptions, Checked};
use crate::i18n::{Msg, msg};
use crate::model::DocType;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What is kept of one Member: the latest document of each type, and where
/// its name and region come from.
#[derive(Debug, Clone, Default)]
pub struct MemberDocs {
    /// The latest notification, timetable and progress report (in
    /// [`DocType::ALL`] order).
    pub latest: [Option<DocInfo>; 3],
    /// The name and type of the Member's latest document of any type.
    pub identity: Option<(LatestKey, String, String)>,
    /// The region of the Member's latest document that gives one.
    pub region: Option<(LatestKey, String)>,
}

impl MemberDocs {
    /// The latest document of a type.
    pub fn latest(&self, t: DocType) -> Option<&DocInfo> {
        self.latest[slot(t)].as_ref()
    }

    fn add(&mut self, doc: DocInfo) {
        let key = doc.key();
        if self.identity.as_ref().is_none_or(|(k, _, _)| key > *k) {
            self.identity = Some((
                key.clone(),
                doc.member_name.clone(),
                doc.member_type.clone(),
            ));
        }
        if let Some(region) = &doc.region
            && self.region.as_ref().is_none_or(|(k, _)| key > *k)
        {
            self.region = Some((key.clone(), region.clone()));
        }
        let slot = &mut self.latest[slot(doc.doc_type)];
        if slot.as_ref().is_none_or(|d| key > d.key()) {
            *slot = Some(doc);
        }
    }
}

fn slot(t: DocType) -> usize {
    match t {
        DocType::Notification => 0,
        DocType::Timetable => 1,
        DocType::ProgressReport => 2,
    }
}

/// Gathers documents: keeps per Member only the latest of each type, and
/// every skipped input.
#[derive(Debug, Clone)]
pub struct Collector {
    edition: String,
    check: CheckOptions,
    /// Per Member code.
    pub members: BTreeMap<String, MemberDocs>,
    /// Inputs that did not count.
    pub skipped: Vec<Skipped>,
    /// Files read (or tried).
    pub files: usize,
    /// Documents found in them.
    pub documents: usize,
    /// Valid documents of the edition (those that count).
    pub used: usize,
    /// Files that could not be read at all.
    pub unreadable: usize,
}

/// Files checked at once.
const CHUNK: usize = 256;

impl Collector {
    /// A collector for the options' edition.
    pub fn new(options: &SummaryOptions) -> Result<Collector, SummaryError> {
        standards(&options.edition)?;
        Ok(Collector {
            edition: options.edition.clone(),
            check: options.check,
            members: BTreeMap::new(),
            skipped: Vec::new(),
            files: 0,
            documents: 0,
            used: 0,
            unreadable: 0,
        })
    }

    /// Checks every input (on every core, a chunk at a time) and adds what
    /// counts. Inputs are taken in the order given.
    pub fn add_inputs(&mut self, inputs: &[Input]) {
        use rayon::prelude::*;
        for chunk in inputs.chunks(CHUNK) {
            let check = self.check;
            let reduced: Vec<(Vec<DocInfo>, Vec<Skipped>, bool, usize)> = chunk
                .par_iter()
                .map(|input| reduce(&check_input(input, &check)))
                .collect();
            for (docs, skipped, unreadable, found) in reduced {
                self.files += 1;
                self.documents += found;
                self.unreadable += usize::from(unreadable);
                self.skipped.extend(skipped);
                for doc in docs {
                    self.add(doc);
                }
            }
        }
    }

    /// Checks one file and adds what counts.
    pub fn add_path(&mut self, path: &Path) {
        self.add_inputs(&[Input::File(path.to_path_buf())]);
    }

    /// Adds one valid document (a document of another edition is skipped).
    pub fn add(&mut self, doc: DocInfo) {
        if doc.edition != self.edition {
            self.skipped.push(Skipped {
                path: doc.path,
                document: Some(doc.index),
                document_id: Some(doc.document_id),
                reason: SkipReason::OtherEdition,
                codes: Vec::new(),
            });
            return;
        }
        self.used += 1;
        self.members
            .entry(doc.member_code.clone())
            .or_default()
            .add(doc);
    }
}

/// An input to summarize.
#[derive(Debug, Clone)]
pub enum Input {
    /// A file.
    File(PathBuf),
    /// A folder entry that could not be listed.
    Unlisted(PathBuf, Msg),
}

impl Input {
    /// The path, as reports name it.
    pub fn name(&self) -> String {
        match self {
            Input::File(p) | Input::Unlisted(p, _) => p.display().to_string(),
        }
    }
}

/// The inputs below the given paths: a file is taken as given; a folder is
/// searched for `*.json`, `*.xml`, `*.csv`, `*.xlsx`, `*.ods` and `*.xls` files (hidden
/// entries and the output folder `out` skipped), in path order. Each file is
/// taken once.
///
/// The outputs are never read back: an input folder that is `out` (itself
/// or through a symbolic link) is refused, and so is an input file that is,
/// or links to, one of the files written to `out` ([`super::OUTPUT_FILES`]).
pub fn find_inputs(paths: &[PathBuf], out: Option<&Path>) -> Result<Vec<Input>, SummaryError> {
    let out_real = out.and_then(|s| s.canonicalize().ok());
    let is_skipped = |e: &walkdir::DirEntry| {
        out_real.as_ref().is_some_and(|s| {
            e.file_type().is_dir() && e.path().canonicalize().ok().as_ref() == Some(s)
        })
    };
    let written = |file: &Path| match (out, &out_real) {
        (Some(out), Some(real)) if is_output(file, real) => Err(SummaryError::InputIsOutput(
            file.to_path_buf(),
            out.to_path_buf(),
        )),
        _ => Ok(()),
    };
    let mut found = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for path in paths {
        if !path.is_dir() {
            written(path)?;
            if seen.insert(path.clone()) {
                found.push(Input::File(path.clone()));
            }
            continue;
        }
        if let Some(out) = out
            && out_real.is_some()
            && path.canonicalize().ok() == out_real
        {
            return Err(SummaryError::OutputIsInput(out.to_path_buf()));
        }
        let walker = walkdir::WalkDir::new(path)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0
                    || !(e.file_name().to_string_lossy().starts_with('.') || is_skipped(e))
            });
        for entry in walker {
            match entry {
                Ok(e) if !e.file_type().is_dir() && !e.path().is_dir() => {
                    if !crate::batch::is_submission_name(e.path()) {
                        continue;
                    }
                    // Only a link can lead into the output folder: the
                    // walk does not enter it.
                    if e.path_is_symlink() {
                        written(e.path())?;
                    }
                    if seen.insert(e.path().to_path_buf()) {
                        found.push(Input::File(e.into_path()));
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    let p = e
                        .path()
                        .map_or_else(|| path.to_path_buf(), Path::to_path_buf);
                    let message = msg::summary_cannot_read(p.display().to_string(), e.to_string());
                    found.push(Input::Unlisted(p, message));
                }
            }
        }
    }
    Ok(found)
}

/// Whether `file` is, or leads to, one of the files written to the folder
/// `out` (a real path). A file that does not exist is where its folder is.
fn is_output(file: &Path, out: &Path) -> bool {
    let real = file.canonicalize().ok().or_else(|| {
        let folder = match file.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        Some(folder.canonicalize().ok()?.join(file.file_name()?))
    });
    real.is_some_and(|r| {
        r.parent() == Some(out)
            && r.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| super::OUTPUT_FILES.contains(&n))
    })
}

fn check_input(input: &Input, check: &CheckOptions) -> Checked {
    match input {
        Input::File(p) => crate::check::check_path(p, check),
        Input::Unlisted(p, message) => crate::check::unreadable(
            &p.display().to_string(),
            p,
            crate::diag::Diagnostic::new(crate::diag::Code::IO, message.clone()),
        ),
    }
}

/// A checked file reduced to its valid documents and its skipped parts:
/// (documents, skipped, unreadable, documents found).
fn reduce(checked: &Checked) -> (Vec<DocInfo>, Vec<Skipped>, bool, usize) {
    let name = &checked.source.name;
    let strict = false;
    let codes = |doc: Option<usize>| {
        let mut codes: Vec<String> = checked
            .diagnostics
            .iter()
            .filter(|d| d.is_blocking(strict) && (d.document.is_none() || d.document == doc))
            .map(|d| d.code.to_string())
            .collect();
        codes.sort();
        codes.dedup();
        codes
    };
    let reason = if checked.unreadable {
        SkipReason::Unreadable
    } else {
        SkipReason::Invalid
    };
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    if checked.documents.is_empty() {
        if !checked.is_valid(strict) {
            skipped.push(Skipped {
                path: name.clone(),
                document: None,
                document_id: None,
                reason,
                codes: codes(None),
            });
        }
        return (docs, skipped, checked.unreadable, 0);
    }
    let valid = checked.documents_valid(strict);
    for (i, (doc, ok)) in checked.documents.iter().zip(valid).enumerate() {
        let info = ok.then(|| DocInfo::from_node(doc, name, i)).flatten();
        match info {
            Some(info) => docs.push(info),
            None => skipped.push(Skipped {
                path: name.clone(),
                document: Some(i),
                document_id: doc.str_of("documentId").map(str::to_owned),
                reason,
                codes: codes(Some(i)),
            }),
        }
    }
    (docs, skipped, checked.unreadable, checked.documents.len())
}
