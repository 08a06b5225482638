//! "Did you mean" suggestions by string similarity.

/// The candidate closest to `input`, if it is close enough to be a likely typo.
///
/// Case and the separators `-`, `_` and space are ignored first (`in progress`
/// finds `in-progress`, `Implemented` finds `implemented`); otherwise the
/// Jaro-Winkler similarity must reach 0.8.
///
/// A candidate is measured only when it could beat the best so far and
/// reach 0.8: its Jaro similarity is at most (m/|a| + m/|b| + 1) / 3, m the
/// characters the two have in common, which is no more than the sum over
/// each character of the fewer times either has it (counted here in 128
/// classes, which only raises the count); below 0.7 it earns no prefix
/// bonus, above it at most 0.4 of what it lacks. The answer is the same as
/// measuring every candidate, and a candidate far from the input (ten
/// times longer or shorter, or of other letters) costs only its length.
pub fn nearest<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let folded = fold(input);
    let lower = input.to_lowercase();
    let (len, counts) = classes(lower.chars());
    let mut best: Option<(&str, f64)> = None;
    for candidate in candidates {
        let score = if folded.chars().eq(folded_chars(candidate)) {
            2.0
        } else {
            let (other, other_counts) = classes(candidate.chars().flat_map(char::to_lowercase));
            let common: usize = counts
                .iter()
                .zip(&other_counts)
                .map(|(a, b)| (*a).min(*b))
                .sum();
            let upper = if len == 0 || other == 0 {
                1.0
            } else {
                let jaro = (common as f64 / len as f64 + common as f64 / other as f64 + 1.0) / 3.0;
                if jaro > 0.7 {
                    jaro + 0.4 * (1.0 - jaro)
                } else {
                    jaro
                }
            };
            // A margin for rounding: skipped only when surely out of reach.
            if upper + 1e-9 < 0.8 || best.is_some_and(|(_, s)| upper + 1e-9 < s) {
                continue;
            }
            strsim::jaro_winkler(&lower, &candidate.to_lowercase())
        };
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((candidate, score));
        }
    }
    best.filter(|(_, s)| *s >= 0.8).map(|(c, _)| c)
}

/// The number of characters, and how many fall in each of 128 classes.
fn classes(chars: impl Iterator<Item = char>) -> (usize, [usize; 128]) {
    let mut counts = [0; 128];
    let mut len = 0;
    for c in chars {
        counts[(c as usize) % 128] += 1;
        len += 1;
    }
    (len, counts)
}

fn fold(s: &str) -> String {
    folded_chars(s).collect()
}

/// The characters of `s` in lower case, without separators.
fn folded_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| !matches!(c, '-' | '_' | ' ' | '.'))
        .flat_map(char::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATUS: &[&str] = &[
        "not-started",
        "planned",
        "in-progress",
        "implemented",
        "not-applicable",
    ];

    #[test]
    fn finds_typos() {
        assert_eq!(
            nearest("in progress", STATUS.iter().copied()),
            Some("in-progress")
        );
        assert_eq!(
            nearest("implmented", STATUS.iter().copied()),
            Some("implemented")
        );
        assert_eq!(nearest("stauts", ["status", "standard"]), Some("status"));
        assert_eq!(nearest("zzzz", STATUS.iter().copied()), None);
    }

    /// Candidates that could not reach 0.8 or beat the best are not
    /// measured: the answer is the one of measuring every candidate.
    #[test]
    fn candidates_out_of_reach_are_not_measured() {
        let every = |input: &str, candidates: &[&'static str]| -> Option<&'static str> {
            let lower = input.to_lowercase();
            candidates
                .iter()
                .map(|c| {
                    let score = if fold(c) == fold(input) {
                        2.0
                    } else {
                        strsim::jaro_winkler(&lower, &c.to_lowercase())
                    };
                    (*c, score)
                })
                .fold(None, |best: Option<(&str, f64)>, (c, s)| {
                    if best.is_none_or(|(_, b)| s > b) {
                        Some((c, s))
                    } else {
                        best
                    }
                })
                .filter(|(_, s)| *s >= 0.8)
                .map(|(c, _)| c)
        };
        let candidates = ["abcd", "status", "a", "entries.notes", "remarks"];
        let long = |head: &str, n: usize| format!("{head}{}", "x".repeat(n));
        for input in [
            long("abcd", 36),
            long("abcd", 37),
            long("status", 54),
            long("status", 55),
            long("a", 9),
            long("a", 10),
            "a".to_string(),
            "a-------------------b".to_string(),
            "İİİİ".to_string(),
            String::new(),
        ] {
            assert_eq!(
                nearest(&input, candidates),
                every(&input, &candidates),
                "{input}"
            );
        }
        // Exactly ten times longer still earns the prefix bonus.
        assert_eq!(nearest(&long("abcd", 36), ["abcd"]), Some("abcd"));
        assert_eq!(nearest(&long("abcd", 37), ["abcd"]), None);
        // Every status and column name against typos of each other.
        let names: Vec<&'static str> = STATUS
            .iter()
            .copied()
            .chain([
                "documentType",
                "documentId",
                "entries.standard",
                "entries.notes",
            ])
            .chain([
                "entries.plannedStart",
                "submitter.memberCode",
                "contact.email",
            ])
            .collect();
        for name in &names {
            for k in 0..name.len() {
                let mut typo = name.to_string();
                typo.remove(k);
                let swapped: String = name.chars().rev().collect();
                for input in [typo, swapped, name.to_uppercase(), format!("{name}s")] {
                    assert_eq!(
                        nearest(&input, names.iter().copied()),
                        every(&input, &names),
                        "{input}"
                    );
                }
            }
        }
    }
}
