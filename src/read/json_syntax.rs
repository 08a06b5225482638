//! serde_json's syntax errors as messages of the catalogue.
//!
//! serde_json says what is wrong only in English words (its `ErrorCode` is
//! private; `Error::classify` gives a category). This module is the one
//! place where those words are read: [`classify`] turns them into a
//! [`Syntax`], each of which is a message in every language. The match is
//! on the whole text of each message serde_json documents (its
//! `ErrorCode`'s `Display`, version 1.0); a text it does not know (a later
//! serde_json that words something differently) falls back to what fosx
//! knows from the category: the file ends too early, or the text is not
//! well-formed JSON there.

use crate::i18n::{Msg, msg};

/// What serde_json found wrong in a JSON text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Syntax {
    EofInList,
    EofInObject,
    EofInString,
    EofInValue,
    ExpectedColon,
    ExpectedCommaOrBracket,
    ExpectedCommaOrBrace,
    ExpectedIdent,
    ExpectedValue,
    ExpectedQuote,
    InvalidEscape,
    InvalidNumber,
    NumberOutOfRange,
    InvalidCodePoint,
    ControlCharacter,
    KeyNotAString,
    KeyNotANumber,
    KeyNotFinite,
    LoneLeadingSurrogate,
    TrailingComma,
    TrailingCharacters,
    EndOfHexEscape,
    RecursionLimit,
    /// A text fosx does not know, of the category "the input ended".
    EndsEarly,
    /// Any other text fosx does not know.
    NotWellFormed,
}

/// serde_json's words for each [`Syntax`] it documents.
const WORDS: &[(&str, Syntax)] = &[
    ("EOF while parsing a list", Syntax::EofInList),
    ("EOF while parsing an object", Syntax::EofInObject),
    ("EOF while parsing a string", Syntax::EofInString),
    ("EOF while parsing a value", Syntax::EofInValue),
    ("expected `:`", Syntax::ExpectedColon),
    ("expected `,` or `]`", Syntax::ExpectedCommaOrBracket),
    ("expected `,` or `}`", Syntax::ExpectedCommaOrBrace),
    ("expected ident", Syntax::ExpectedIdent),
    ("expected value", Syntax::ExpectedValue),
    ("expected `\"`", Syntax::ExpectedQuote),
    ("invalid escape", Syntax::InvalidEscape),
    ("invalid number", Syntax::InvalidNumber),
    ("number out of range", Syntax::NumberOutOfRange),
    ("invalid unicode code point", Syntax::InvalidCodePoint),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        Syntax::ControlCharacter,
    ),
    ("key must be a string", Syntax::KeyNotAString),
    (
        "invalid value: expected key to be a number in quotes",
        Syntax::KeyNotANumber,
    ),
    (
        "float key must be finite (got NaN or +/-inf)",
        Syntax::KeyNotFinite,
    ),
    (
        "lone leading surrogate in hex escape",
        Syntax::LoneLeadingSurrogate,
    ),
    ("trailing comma", Syntax::TrailingComma),
    ("trailing characters", Syntax::TrailingCharacters),
    ("unexpected end of hex escape", Syntax::EndOfHexEscape),
    ("recursion limit exceeded", Syntax::RecursionLimit),
];

/// What a serde_json error says is wrong.
pub(crate) fn classify(e: &serde_json::Error) -> Syntax {
    let text = e.to_string();
    // serde_json adds " at line L column C" when it knows the place.
    let words = text
        .rfind(" at line ")
        .map_or(text.as_str(), |i| &text[..i]);
    of_words(words, e.classify())
}

/// The [`Syntax`] of serde_json's words, of an error of `category`.
fn of_words(words: &str, category: serde_json::error::Category) -> Syntax {
    match WORDS.iter().find(|(w, _)| *w == words) {
        Some(&(_, syntax)) => syntax,
        None if category == serde_json::error::Category::Eof => Syntax::EndsEarly,
        None => Syntax::NotWellFormed,
    }
}

impl Syntax {
    /// Whether the input ended before the JSON did.
    pub(crate) fn ends_early(self) -> bool {
        matches!(
            self,
            Syntax::EofInList
                | Syntax::EofInObject
                | Syntax::EofInString
                | Syntax::EofInValue
                | Syntax::EndsEarly
        )
    }

    /// The P01 message: `JSON syntax: ...`.
    pub(crate) fn message(self) -> Msg {
        match self {
            Syntax::EofInList => msg::json_eof_in_list(),
            Syntax::EofInObject => msg::json_eof_in_object(),
            Syntax::EofInString => msg::json_eof_in_string(),
            Syntax::EofInValue => msg::json_eof_in_value(),
            Syntax::ExpectedColon => msg::json_expected_colon(),
            Syntax::ExpectedCommaOrBracket => msg::json_expected_comma_or_bracket(),
            Syntax::ExpectedCommaOrBrace => msg::json_expected_comma_or_brace(),
            Syntax::ExpectedIdent => msg::json_expected_ident(),
            Syntax::ExpectedValue => msg::json_expected_value(),
            Syntax::ExpectedQuote => msg::json_expected_quote(),
            Syntax::InvalidEscape => msg::json_invalid_escape(),
            Syntax::InvalidNumber => msg::json_invalid_number(),
            Syntax::NumberOutOfRange => msg::json_number_out_of_range(),
            Syntax::InvalidCodePoint => msg::json_invalid_code_point(),
            Syntax::ControlCharacter => msg::json_control_character(),
            Syntax::KeyNotAString => msg::json_key_not_a_string(),
            Syntax::KeyNotANumber => msg::json_key_not_a_number(),
            Syntax::KeyNotFinite => msg::json_key_not_finite(),
            Syntax::LoneLeadingSurrogate => msg::json_lone_leading_surrogate(),
            Syntax::TrailingComma => msg::json_trailing_comma(),
            Syntax::TrailingCharacters => msg::json_trailing_characters(),
            Syntax::EndOfHexEscape => msg::json_end_of_hex_escape(),
            Syntax::RecursionLimit => msg::json_recursion_limit(),
            Syntax::EndsEarly => msg::json_ends_early(),
            Syntax::NotWellFormed => msg::json_not_well_formed(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use serde::de::IgnoredAny;
    use serde_json::error::Category;

    /// serde_json's error for a text, as the reader meets it.
    fn error(text: &str) -> serde_json::Error {
        serde_json::from_str::<IgnoredAny>(text).expect_err(text)
    }

    #[test]
    fn every_documented_message_has_its_own_kind_and_english() {
        let mut seen = std::collections::HashSet::new();
        for &(words, syntax) in WORDS {
            assert!(seen.insert(syntax), "{syntax:?} is listed twice");
            assert_eq!(of_words(words, Category::Syntax), syntax);
            // The English message is serde_json's words after "JSON syntax: ".
            assert_eq!(syntax.message().english(), format!("JSON syntax: {words}"));
        }
    }

    #[test]
    fn the_errors_of_malformed_texts_are_known() {
        for (text, syntax) in [
            ("[1", Syntax::EofInList),
            ("{\"a\": 1", Syntax::EofInObject),
            ("\"abc", Syntax::EofInString),
            ("{\"a\":", Syntax::EofInValue),
            ("{\"a\" 1}", Syntax::ExpectedColon),
            ("[1 2]", Syntax::ExpectedCommaOrBracket),
            ("{\"a\": 1 \"b\": 2}", Syntax::ExpectedCommaOrBrace),
            ("[tru]", Syntax::ExpectedIdent),
            ("{\"a\": x}", Syntax::ExpectedValue),
            ("\"\\q\"", Syntax::InvalidEscape),
            ("[-]", Syntax::InvalidNumber),
            ("\"\u{1}\"", Syntax::ControlCharacter),
            ("{1: 2}", Syntax::KeyNotAString),
            ("{} x", Syntax::TrailingCharacters),
        ] {
            assert_eq!(classify(&error(text)), syntax, "{text}");
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let e = serde_json::from_str::<serde_json::Value>(&deep).expect_err("too deep");
        assert_eq!(classify(&e), Syntax::RecursionLimit);
    }

    #[test]
    fn words_fosx_does_not_know_say_what_it_knows_in_every_language() {
        assert_eq!(
            of_words("something new went wrong", Category::Syntax),
            Syntax::NotWellFormed
        );
        assert_eq!(
            of_words("the input stopped", Category::Eof),
            Syntax::EndsEarly
        );
        for syntax in [Syntax::NotWellFormed, Syntax::EndsEarly] {
            let en = syntax.message().english();
            assert!(en.starts_with("JSON syntax: "), "{en}");
            for lang in [Lang::Fr, Lang::Es] {
                let text = syntax.message().render(lang);
                assert_ne!(text, en, "{syntax:?} in {lang}");
                assert!(!text.contains("JSON syntax"), "{text}");
            }
        }
        assert!(Syntax::EndsEarly.ends_early() && !Syntax::NotWellFormed.ends_early());
    }
}
