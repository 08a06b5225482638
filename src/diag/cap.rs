//! The diagnostic cap ([`crate::Limits::max_diagnostics`]): a file keeps its
//! first diagnostics in source order, at most the cap; of the others only
//! their number by code is kept, and one closing diagnostic (P06) says how
//! many were left out and of which codes. Memory stays proportional to the
//! cap, however many problems a file has, and the verdict stays right: the
//! closing diagnostic is an error when an error was left out.
//!
//! Past the cap, a diagnostic need not even be made: whoever finds one asks
//! first whether it would be kept ([`Sink::admits`], from its code and
//! place), and if not only counts it ([`Sink::count`]), so that a flood of
//! problems costs counting them.

use crate::diag::{Code, Diagnostic, Severity, Sink};
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
    left_out: LeftOut,
}

/// Of the diagnostics left out of a [`Capped`] set: their count by code,
/// the worst severity, and their document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeftOut {
    by_code: BTreeMap<Code, usize>,
    worst: Option<Severity>,
    /// `Some(None)` when they are of several documents (or of the file).
    document: Option<Option<usize>>,
}

impl LeftOut {
    /// How many were left out.
    pub fn total(&self) -> usize {
        self.by_code.values().sum()
    }

    /// Takes back one left out of `code` (one that another replaces).
    pub fn remove(&mut self, code: Code) {
        if let Some(n) = self.by_code.get_mut(&code) {
            *n -= 1;
            if *n == 0 {
                self.by_code.remove(&code);
            }
        }
    }

    /// Whether an error of reading (a P code) was left out.
    pub fn has_read_error(&self) -> bool {
        self.worst == Some(Severity::Error)
            && self
                .by_code
                .keys()
                .any(|c| c.as_str().starts_with('P') && c.severity() == Severity::Error)
    }

    fn add(&mut self, code: Code, severity: Severity, document: Option<usize>, n: usize) {
        *self.by_code.entry(code).or_default() += n;
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
            left_out: LeftOut::default(),
        }
    }

    /// Whether a diagnostic of `code`, at byte `at` of the file and of
    /// `document`, would be kept if it were pushed now (the cap is not
    /// reached, or it comes before the last kept in source order). One that
    /// would not is only counted ([`Capped::count`]).
    pub fn admits(&self, code: Code, at: Option<usize>, document: Option<usize>) -> bool {
        self.kept.len() < self.max
            || self
                .kept
                .peek()
                .is_some_and(|top| (at, document, code) < (top.key.0, top.key.1, top.key.2))
    }

    /// Counts a diagnostic that is not kept (see [`Capped::admits`]).
    pub fn count(&mut self, code: Code, severity: Severity, document: Option<usize>) {
        self.seq += 1;
        self.left_out.add(code, severity, document, 1);
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
        self.left_out.add(code, severity, document, n);
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
        self.absorb_left_out(part.left_out, document);
    }

    /// Counts diagnostics left out elsewhere (by the reader of the file),
    /// as those of `document` when given, else of their own documents.
    pub fn absorb_left_out(&mut self, left_out: LeftOut, document: Option<usize>) {
        let own = left_out.document.flatten();
        for (code, n) in left_out.by_code {
            let severity = if left_out.worst == Some(Severity::Error) {
                Severity::Error
            } else {
                code.severity()
            };
            self.leave_out(code, severity, document.or(own), n);
        }
    }

    /// The kept diagnostics in the order they were pushed, and the count of
    /// those left out: what a part of the work (reading a file) hands on to
    /// be capped again with the rest ([`Capped::absorb_left_out`]).
    pub fn into_parts(self) -> (Vec<Diagnostic>, LeftOut) {
        let mut kept = self.kept.into_vec();
        kept.sort_by_key(|e| e.key.3);
        (
            kept.into_iter().map(|e| e.diagnostic).collect(),
            self.left_out,
        )
    }

    /// Whether the file could not be read (whole, or a document of it): a
    /// syntax error (P) or a system's failure to read (IO), kept or left
    /// out.
    pub(crate) fn has_read_error(&self) -> bool {
        self.left_out.has_read_error()
            || self.kept.iter().any(|e| {
                let code = e.diagnostic.code;
                e.diagnostic.severity == Severity::Error
                    && (code.as_str().starts_with('P') || code == Code::IO)
            })
    }

    /// Whether nothing was offered: none kept, none left out.
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty() && self.left_out.total() == 0
    }

    /// Whether an error is among the diagnostics (kept or left out).
    pub fn has_error(&self) -> bool {
        self.left_out.worst == Some(Severity::Error)
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
        let total = self.left_out.total();
        if total > 0 {
            let codes: Vec<String> = self
                .left_out
                .by_code
                .iter()
                .map(|(code, n)| format!("{n} {}", code.full()))
                .collect();
            let mut closing = Diagnostic::over_limit(
                super::Limit::Diagnostics,
                crate::i18n::msg::check_left_out(total, self.max, codes.join(", ")),
                crate::i18n::msg::check_left_out_help,
            )
            .severity(self.left_out.worst.unwrap_or(Severity::Error));
            closing.document = self.left_out.document.flatten();
            out.push(closing);
        }
        out
    }
}

impl Sink for Capped {
    fn push(&mut self, d: Diagnostic) {
        Capped::push(self, d);
    }

    fn admits(&self, code: Code, at: Option<usize>) -> bool {
        Capped::admits(self, code, at, None)
    }

    fn count(
        &mut self,
        code: Code,
        severity: Severity,
        _path: Option<&str>,
        _span: Option<crate::tree::Span>,
    ) {
        Capped::count(self, code, severity, None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::Span;

    fn d(code: Code, at: usize) -> Diagnostic {
        Diagnostic::new(code, crate::i18n::msg::read_standard_input())
            .at(Span::at(at))
            .in_document(0)
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
