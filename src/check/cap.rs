//! The diagnostic cap ([`crate::Limits::max_diagnostics`]): a file keeps its
//! first diagnostics in source order, at most the cap; of the others only
//! their number by code is kept, and one closing diagnostic (P06) says how
//! many were left out and of which codes. Memory stays proportional to the
//! cap, however many problems a file has, and the verdict stays right: the
//! closing diagnostic is an error when an error was left out.

use crate::diag::{Code, Diagnostic, Severity};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap};

/// Diagnostics of one file, at most `max` of them kept.
#[derive(Debug)]
pub struct Capped {
    max: usize,
    /// The kept diagnostics; the top is the last in source order.
    kept: BinaryHeap<Entry>,
    /// Diagnostics offered so far (their order breaks ties).
    seq: usize,
    /// Of the left-out diagnostics: their count by code, the worst
    /// severity, and their document (`Some(None)` when of several).
    left_out: BTreeMap<Code, usize>,
    worst: Option<Severity>,
    document: Option<Option<usize>>,
}

/// A kept diagnostic, ordered as reports sort them: by place, document and
/// code, then in the order they were found.
#[derive(Debug)]
struct Entry {
    key: (Option<usize>, Option<usize>, Code, usize),
    diagnostic: Diagnostic,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for Entry {}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key.cmp(&other.key)
    }
}

impl Capped {
    /// An empty set keeping at most `max` diagnostics.
    pub fn new(max: usize) -> Self {
        Capped {
            max,
            kept: BinaryHeap::new(),
            seq: 0,
            left_out: BTreeMap::new(),
            worst: None,
            document: None,
        }
    }

    /// Offers one diagnostic: kept if it is among the first `max` in source
    /// order, otherwise counted.
    pub fn push(&mut self, d: Diagnostic) {
        let key = (d.span.map(|s| s.start), d.document, d.code, self.seq);
        self.seq += 1;
        self.kept.push(Entry { key, diagnostic: d });
        if self.kept.len() > self.max
            && let Some(last) = self.kept.pop()
        {
            let d = &last.diagnostic;
            self.leave_out(d.code, d.severity, d.document, 1);
        }
    }

    fn leave_out(&mut self, code: Code, severity: Severity, document: Option<usize>, n: usize) {
        *self.left_out.entry(code).or_default() += n;
        self.worst = Some(match self.worst {
            Some(Severity::Error) => Severity::Error,
            _ => severity,
        });
        self.document = match self.document {
            None => Some(document),
            Some(doc) if doc == document => Some(doc),
            Some(_) => Some(None),
        };
    }

    /// Takes the diagnostics of a part of the file (a document read alone),
    /// each through `map` (which may drop one), and the count of those it
    /// left out, which are of `document`. A diagnostic the part left out
    /// comes after as many of its own, so it would be left out here too.
    pub fn absorb(
        &mut self,
        part: Capped,
        document: Option<usize>,
        mut map: impl FnMut(Diagnostic) -> Option<Diagnostic>,
    ) {
        for e in part.kept.into_sorted_vec() {
            if let Some(d) = map(e.diagnostic) {
                self.push(d);
            }
        }
        for (code, n) in part.left_out {
            let severity = if part.worst == Some(Severity::Error) {
                Severity::Error
            } else {
                code.severity()
            };
            self.leave_out(code, severity, document, n);
        }
    }

    /// Whether an error is among the diagnostics (kept or left out).
    pub fn has_error(&self) -> bool {
        self.worst == Some(Severity::Error)
            || self
                .kept
                .iter()
                .any(|e| e.diagnostic.severity == Severity::Error)
    }

    /// The kept diagnostics in source order, then the closing diagnostic
    /// when some were left out.
    pub fn finish(self) -> Vec<Diagnostic> {
        let mut out: Vec<Diagnostic> = self
            .kept
            .into_sorted_vec()
            .into_iter()
            .map(|e| e.diagnostic)
            .collect();
        let total: usize = self.left_out.values().sum();
        if total > 0 {
            let codes: Vec<String> = self
                .left_out
                .iter()
                .map(|(code, n)| format!("{n} {}", code.full()))
                .collect();
            let mut closing = Diagnostic::new(
                Code::P06,
                format!(
                    "{total} more diagnostic{} of this file {} left out, over the limit of {} ({})",
                    if total == 1 { "" } else { "s" },
                    if total == 1 { "was" } else { "were" },
                    self.max,
                    codes.join(", ")
                ),
            )
            .help(
                "fix the problems shown and check again, or raise the limit with --max-diagnostics",
            )
            .severity(self.worst.unwrap_or(Severity::Error));
            closing.document = self.document.flatten();
            out.push(closing);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::Span;

    fn d(code: Code, at: usize) -> Diagnostic {
        Diagnostic::new(code, "x").at(Span::at(at)).in_document(0)
    }

    #[test]
    fn keeps_the_first_in_source_order_and_counts_the_rest() {
        let mut c = Capped::new(2);
        for (code, at) in [
            (Code::S03, 9),
            (Code::S02, 1),
            (Code::S03, 5),
            (Code::R13, 7),
        ] {
            c.push(d(code, at));
        }
        let out = c.finish();
        let got: Vec<(Code, Option<usize>)> = out
            .iter()
            .map(|d| (d.code, d.span.map(|s| s.start)))
            .collect();
        assert_eq!(
            got,
            [
                (Code::S02, Some(1)),
                (Code::S03, Some(5)),
                (Code::P06, None)
            ]
        );
        assert_eq!(
            out[2].message.english(),
            "2 more diagnostics of this file were left out, over the limit of 2 (1 FOS-S03, 1 FOS-R13)"
        );
        assert_eq!(out[2].severity, Severity::Error);
        assert_eq!(out[2].document, Some(0));
    }

    #[test]
    fn warnings_left_out_give_a_warning() {
        let mut c = Capped::new(1);
        c.push(d(Code::R13, 1));
        c.push(d(Code::R15, 2));
        let out = c.finish();
        assert_eq!(out.len(), 2);
        assert_eq!(out[1].severity, Severity::Warning);
        assert_eq!(
            out[1].message.english(),
            "1 more diagnostic of this file was left out, over the limit of 1 (1 FOS-R15)"
        );
    }

    #[test]
    fn under_the_cap_nothing_is_added() {
        let mut c = Capped::new(3);
        c.push(d(Code::S03, 1));
        assert_eq!(c.finish().len(), 1);
    }
}
