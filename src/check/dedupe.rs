//! Repeats: the schema can report one problem through two paths (the
//! generic document definition and the type's own), and a number with a bad
//! lexical form may be caught both by the schema and by the lexical check.
//! One diagnostic per code and field (or per code and place, for a
//! diagnostic of no field) is enough: the first is kept. A warning does not
//! hide an error, though: a workbook's formula is said (an S03 warning) and
//! its cached value, of the wrong type, is an S03 error all the same; an
//! error and a warning of one code and field are no repeat of each other.

use crate::diag::{Capped, Code, Diagnostic, Severity, Sink};
use crate::tree::Span;
use std::collections::HashMap;

/// Removes the repeats of a list of diagnostics (see the module
/// documentation), within each document (or among the file's own
/// diagnostics), by sorting, without copying the paths.
pub(super) fn dedupe(diags: Vec<Diagnostic>) -> impl Iterator<Item = Diagnostic> {
    fn key(d: &Diagnostic) -> (Code, bool, Option<usize>, Option<&str>, Option<Span>) {
        let span = if d.path.is_none() { d.span } else { None };
        let error = d.severity == Severity::Error;
        (d.code, error, d.document, d.path.as_deref(), span)
    }
    let mut order: Vec<usize> = (0..diags.len()).collect();
    order.sort_by(|&a, &b| key(&diags[a]).cmp(&key(&diags[b])).then(a.cmp(&b)));
    let mut repeat = vec![false; diags.len()];
    for pair in order.windows(2) {
        if key(&diags[pair[0]]) == key(&diags[pair[1]]) {
            repeat[pair[1]] = true;
        }
    }
    diags
        .into_iter()
        .zip(repeat)
        .filter_map(|(d, repeat)| (!repeat).then_some(d))
}

/// The diagnostics of one document on their way into the file's capped set:
/// each is marked as the document's, and a repeat is dropped as it comes,
/// whether it is kept or only counted past the cap ([`Sink::count`]), so
/// that nothing is held but the cap and the codes given for each field.
pub(super) struct Deduped<'a> {
    document: usize,
    errors: Seen,
    warnings: Seen,
    out: &'a mut Capped,
}

impl<'a> Deduped<'a> {
    pub(super) fn new(document: usize, out: &'a mut Capped) -> Self {
        Deduped {
            document,
            errors: Seen::default(),
            warnings: Seen::default(),
            out,
        }
    }
}

impl Deduped<'_> {
    /// The codes given so far of errors, or of warnings.
    fn seen(&mut self, severity: Severity) -> &mut Seen {
        match severity {
            Severity::Error => &mut self.errors,
            Severity::Warning => &mut self.warnings,
        }
    }
}

impl Sink for Deduped<'_> {
    fn push(&mut self, mut d: Diagnostic) {
        d.document = Some(self.document);
        if self
            .seen(d.severity)
            .first(d.code, d.path.as_deref(), d.span)
        {
            self.out.push(d);
        }
    }

    fn admits(&self, code: Code, at: Option<usize>) -> bool {
        self.out.admits(code, at, Some(self.document))
    }

    fn count(&mut self, code: Code, severity: Severity, path: Option<&str>, span: Option<Span>) {
        if self.seen(severity).first(code, path, span) {
            self.out.count(code, severity, Some(self.document));
        }
    }
}

// A set of codes fits in a u64.
const _: () = assert!(Code::ALL.len() <= 64);

/// The codes given so far for each field (or place), each set a u64.
///
/// A field is known by a 128-bit fingerprint of its pointer; but the items
/// of a list (`/a/b/17`), which a flood of problems is made of, by the
/// fingerprint of the list's pointer and a vector indexed by the item: a
/// million wrong items cost a vector walked in order rather than a million
/// places in a hash table.
#[derive(Default)]
struct Seen {
    fields: HashMap<u128, u64, Fingerprints>,
    lists: HashMap<u128, Vec<u64>, Fingerprints>,
}

/// Two hash functions, fixed, whose results make one fingerprint.
static HASHES: [ahash::RandomState; 2] = [
    ahash::RandomState::with_seeds(1, 2, 3, 4),
    ahash::RandomState::with_seeds(5, 6, 7, 8),
];

/// The 128-bit fingerprint of a value, in one of two kinds.
fn fingerprint(value: impl std::hash::Hash + Copy, kind: bool) -> u128 {
    let [high, low] = HASHES.each_ref().map(|h| h.hash_one(value));
    u128::from(high) << 64 | u128::from(low) << 1 | u128::from(kind)
}

impl Seen {
    /// Whether `code` is new for the field at `path` (else for `span`),
    /// which it is then given.
    fn first(&mut self, code: Code, path: Option<&str>, span: Option<Span>) -> bool {
        let bit = 1u64 << (code as u32);
        let codes = match path.and_then(item) {
            Some((list, index)) => {
                let items = self.lists.entry(fingerprint(list, true)).or_default();
                if items.len() <= index {
                    items.resize(index + 1, 0);
                }
                &mut items[index]
            }
            None => {
                let key = match path {
                    Some(p) => fingerprint(p, true),
                    None => fingerprint(span, false),
                };
                self.fields.entry(key).or_insert(0)
            }
        };
        let first = *codes & bit == 0;
        *codes |= bit;
        first
    }
}

/// The list and the index of a pointer to an item of a list (its last
/// token a number written as an index is: no sign, no leading zero).
fn item(path: &str) -> Option<(&str, usize)> {
    let (list, last) = path.rsplit_once('/')?;
    let canonical = !last.is_empty()
        && last.bytes().all(|b| b.is_ascii_digit())
        && (last == "0" || !last.starts_with('0'));
    // An index longer than that is no index of a list held in memory.
    (canonical && last.len() <= 12)
        .then(|| last.parse().ok())
        .flatten()
        .map(|i| (list, i))
}

/// The hasher of a map of fingerprints, which are hashes already: it takes
/// their high 64 bits as they are.
#[derive(Default, Clone, Copy)]
struct Fingerprints;

impl std::hash::BuildHasher for Fingerprints {
    type Hasher = Fingerprint;

    fn build_hasher(&self) -> Fingerprint {
        Fingerprint(0)
    }
}

/// See [`Fingerprints`].
struct Fingerprint(u64);

impl std::hash::Hasher for Fingerprint {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u128(&mut self, n: u128) {
        self.0 = (n >> 64) as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_are_known_by_code_and_field_or_place() {
        let mut seen = Seen::default();
        let at = Some(Span::new(3, 4));
        assert!(seen.first(Code::S03, Some("/a/0"), at));
        assert!(seen.first(Code::S04, Some("/a/0"), at));
        assert!(!seen.first(Code::S03, Some("/a/0"), Some(Span::new(9, 9))));
        assert!(seen.first(Code::S03, Some("/a/00"), at));
        assert!(seen.first(Code::S03, Some("/a/1"), at));
        assert!(seen.first(Code::S03, Some("/b/0"), at));
        assert!(seen.first(Code::S03, Some("/a"), at));
        assert!(!seen.first(Code::S03, Some("/a"), None));
        assert!(seen.first(Code::S03, None, at));
        assert!(!seen.first(Code::S03, None, at));
        assert!(seen.first(Code::S03, None, Some(Span::new(3, 5))));
        assert_eq!(item("/a/10"), Some(("/a", 10)));
        assert_eq!(item("/a/010"), None);
        assert_eq!(item("/a/x"), None);
        assert_eq!(item("/a/"), None);
        assert_eq!(item("/a/99999999999999999999"), None);
    }

    /// Past the cap, a diagnostic is counted from its code, place and path,
    /// worked out without making it: with a cap of 0 (everything counted)
    /// every fixture gives the counts by code that it gives with no cap
    /// (everything made; a debug build also checks that what is made has
    /// the code, place and path it would have been counted with).
    #[test]
    fn what_is_counted_past_the_cap_is_what_would_be_made() {
        use std::collections::BTreeMap;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let as_of = crate::value::Date::parse("2026-11-28").unwrap();
        let mut files = Vec::new();
        let mut dirs = vec![root.join("fixtures")];
        while let Some(dir) = dirs.pop() {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| {
                    ["json", "xml", "csv", "xlsx"].contains(&x.to_str().unwrap_or(""))
                }) {
                    files.push(p);
                }
            }
        }
        assert!(files.len() > 100, "{} files", files.len());
        let mut compared = 0;
        for path in files {
            let bytes = std::fs::read(&path).unwrap();
            let name = path.display().to_string();
            let parsed = crate::read::read(&name, &bytes, &Default::default());
            let all = super::super::check_parsed(&parsed, as_of, usize::MAX);
            let none = super::super::check_parsed(&parsed, as_of, 0);
            let mut by_code: BTreeMap<Code, usize> = BTreeMap::new();
            for d in &all {
                *by_code.entry(d.code).or_default() += 1;
            }
            let codes: Vec<String> = by_code
                .iter()
                .map(|(c, n)| format!("{n} {}", c.full()))
                .collect();
            match none.as_slice() {
                [] => assert!(all.is_empty(), "{name}"),
                [closing] => {
                    assert!(
                        closing
                            .message
                            .english()
                            .ends_with(&format!("({})", codes.join(", "))),
                        "{name}: {} against {codes:?}",
                        closing.message.english()
                    );
                    compared += 1;
                }
                more => panic!("{name}: {more:?}"),
            }
        }
        assert!(compared > 50, "{compared}");
    }
}
