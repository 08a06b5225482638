//! The message catalogue (`src/i18n/locales`): every message renders in
//! every language, uses every argument it is given, and is translated (no
//! English words left in another language's text).
//!
//! The build already refuses a catalogue where a message is missing from a
//! language or a translation drops a variable; this test renders each
//! message, with sample arguments, as a person would read it.

use fosx::i18n::{Arg, Lang, Msg, catalogue};
use std::collections::BTreeMap;

/// Messages whose text is the same in every language, with the reason.
/// Keep it short: each entry is a text a person reads in English.
const SAME_IN_EVERY_LANGUAGE: &[(&str, &str)] = &[
    ("severity-error", "Spanish says error"),
    ("cli-error", "Spanish says error"),
    ("report-document", "French says document"),
    ("report-document-id", "French says document"),
    (
        "report-diagnostic",
        "punctuation only: Spanish puts no space before a colon",
    ),
    (
        "report-place-message",
        "punctuation only: Spanish puts no space before a colon",
    ),
    (
        "report-related",
        "punctuation only: Spanish puts no space before a colon",
    ),
    (
        "cli-file-message",
        "punctuation only: Spanish puts no space before a colon",
    ),
    (
        "page-announce",
        "punctuation only: Spanish puts no space before a colon",
    ),
    ("page-group", "a name and a count in brackets"),
    (
        "explain-title",
        "punctuation only: Spanish puts no space before a colon",
    ),
    (
        "fix-change-in-document",
        "French says `document` too, before a number and a path",
    ),
    (
        "fix-change-at-cell",
        "punctuation only: Spanish puts no space before a colon",
    ),
    (
        "fix-change-at-row",
        "punctuation only: Spanish puts no space before a colon",
    ),
    (
        "fix-change-at-line",
        "punctuation only: Spanish puts no space before a colon",
    ),
    (
        "fix-change-at-path",
        "punctuation only: Spanish puts no space before a colon",
    ),
    (
        "batch-documents",
        "French says `documents` too, after a number",
    ),
    ("summarize-place-document", "French says `document` too"),
    ("summarize-place-document-id", "French says `document` too"),
    (
        "summary-region-row",
        "punctuation only: Spanish puts no space before a colon",
    ),
    (
        "meeting-read-me-letter",
        "punctuation only: Spanish puts no space before a colon",
    ),
];

/// Words that are English and not French or Spanish: one of them outside
/// code (backticks), quotes and the arguments' values is English left in a
/// translation.
pub(crate) const ENGLISH_WORDS: &[&str] = &[
    "the",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "been",
    "with",
    "without",
    "which",
    "must",
    "should",
    "this",
    "that",
    "these",
    "of",
    "and",
    "or",
    "not",
    "from",
    "into",
    "given",
    "missing",
    "field",
    "value",
    "values",
    "file",
    "files",
    "cell",
    "cells",
    "row",
    "rows",
    "column",
    "columns",
    "line",
    "fill",
    "check",
    "here",
    "than",
    "more",
    "error",
    "errors",
    "warning",
    "warnings",
    "help",
    "valid",
    "invalid",
    "every",
    "each",
    "only",
    "when",
    "where",
    "its",
    "it",
    "by",
    "at",
    "be",
    "an",
    "to",
    "in",
    "for",
    "did",
    "you",
    "mean",
    "read",
    "write",
    "written",
    "sheet",
    "workbook",
    "number",
    "text",
    "empty",
    "unknown",
    "required",
    "entry",
    "entries",
    "standard",
    "standards",
    "report",
    "member",
    "members",
];

/// The sample value of an argument: a marker for a text, 3 for a count.
fn sample(var: &str, counts: &[&str]) -> Arg {
    if counts.contains(&var) {
        Arg::Int(3)
    } else {
        Arg::from(format!("⟨{var}⟩"))
    }
}

/// Words of [`ENGLISH_WORDS`] that are also words of another language,
/// with the same meaning: there, they are not English left behind.
/// `standard` in French: « l'entrée standard ».
const ALSO_WORDS_OF: &[(Lang, &[&str])] = &[(Lang::Es, &["error"]), (Lang::Fr, &["standard"])];

/// The English words of a text in `lang` outside code, quotes and argument
/// values: those of [`english_words`] that are not also words of `lang`.
pub(crate) fn english_words_in(text: &str, lang: Lang) -> Vec<String> {
    let also: &[&str] = ALSO_WORDS_OF
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(&[], |(_, words)| words);
    english_words(text)
        .into_iter()
        .filter(|w| !also.contains(&w.as_str()))
        .collect()
}

/// The English words of a text outside code, quotes and argument values.
pub(crate) fn english_words(text: &str) -> Vec<String> {
    let mut plain = String::new();
    let mut quoted: Option<char> = None;
    for c in text.chars() {
        match (quoted, c) {
            (None, '`') => quoted = Some('`'),
            (None, '«') => quoted = Some('»'),
            (None, '"') => quoted = Some('"'),
            (None, '⟨') => quoted = Some('⟩'),
            (Some(end), c) if c == end => {
                quoted = None;
                plain.push(' ');
            }
            (Some(_), _) => {}
            (None, c) => plain.push(c),
        }
    }
    plain
        .split_whitespace()
        .filter(|w| !w.starts_with("--"))
        .flat_map(|w| w.split(|c: char| !c.is_alphabetic() && c != '\''))
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| ENGLISH_WORDS.contains(&w.as_str()))
        .collect()
}

#[test]
fn every_message_renders_in_every_language_with_every_argument() {
    let mut count = 0;
    for (id, vars, counts) in catalogue() {
        let args: Vec<Arg> = vars.iter().map(|v| sample(v, counts)).collect();
        let msg = Msg::dynamic(id, args).expect("the catalogue's own id and arguments");
        for &lang in Lang::ALL {
            let text = msg.render(lang);
            for v in vars.iter().filter(|v| !counts.contains(v)) {
                assert!(
                    text.contains(&format!("⟨{v}⟩")),
                    "`{id}` in {lang} does not show `${v}`: {text}"
                );
            }
            assert!(!text.trim().is_empty(), "`{id}` in {lang} is empty");
        }
        count += 1;
    }
    assert!(count > 0);
}

#[test]
fn every_message_is_translated() {
    let same: BTreeMap<&str, &str> = SAME_IN_EVERY_LANGUAGE.iter().copied().collect();
    let mut problems = Vec::new();
    for (id, vars, counts) in catalogue() {
        let args: Vec<Arg> = vars.iter().map(|v| sample(v, counts)).collect();
        let msg = Msg::dynamic(id, args).expect("the catalogue's own id and arguments");
        let english = msg.render(Lang::En);
        for &lang in &Lang::ALL[1..] {
            let has_words =
                english_words_in(&english, lang).len() + english.split_whitespace().count() > 1;
            let text = msg.render(lang);
            if text == english && has_words && !same.contains_key(id) {
                problems.push(format!("`{id}` in {lang} is the English text: {text}"));
            }
            let words = english_words_in(&text, lang);
            if !words.is_empty() {
                problems.push(format!(
                    "`{id}` in {lang} has the English words {words:?}: {text}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn languages_are_named_by_code_name_or_locale() {
    assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
    assert_eq!(Lang::parse("Français"), Some(Lang::Fr));
    assert_eq!(Lang::parse("francais"), Some(Lang::Fr));
    assert_eq!(Lang::parse("french"), Some(Lang::Fr));
    assert_eq!(Lang::parse("fr_FR.UTF-8"), Some(Lang::Fr));
    assert_eq!(Lang::parse("de"), None);
}
