//! "Did you mean" suggestions by string similarity.

/// The candidate closest to `input`, if it is close enough to be a likely typo.
///
/// Case and the separators `-`, `_` and space are ignored first (`in progress`
/// finds `in-progress`, `Implemented` finds `implemented`); otherwise the
/// Jaro-Winkler similarity must reach 0.8.
pub fn nearest<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let folded = fold(input);
    let lower = input.to_lowercase();
    let mut best: Option<(&str, f64)> = None;
    for candidate in candidates {
        let score = if fold(candidate) == folded {
            2.0
        } else {
            strsim::jaro_winkler(&lower, &candidate.to_lowercase())
        };
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((candidate, score));
        }
    }
    best.filter(|(_, s)| *s >= 0.8).map(|(c, _)| c)
}

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '-' | '_' | ' ' | '.'))
        .flat_map(char::to_lowercase)
        .collect()
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
}
