//! The value patterns of the dictionary, written once in the syntax that
//! ECMA-262, Python's `re` and XML Schema read alike (see [`super::chars`]).
//! They match a whole value: the JSON Schema anchors them with `^…$`; XML
//! Schema and Table Schema patterns are anchored by definition.

use super::chars::{Class, text_non_space, text_space, xml_chars};

/// An identifier (`documentId`): 1–64 ASCII letters, digits, `.`, `_`, `-`,
/// starting with a letter or digit.
pub const TOKEN: &str = r"[A-Za-z0-9][A-Za-z0-9._\-]{0,63}";

/// A date's lexical form, years 0001–9999 (the calendar is checked by
/// `format: date`, `xs:date` and Table Schema's `date` type).
pub const DATE: &str = "(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})-[0-9]{2}-[0-9]{2}";

/// A telephone number: an optional `+`, a digit, then 5–29 digits, spaces
/// and `( ) . / -`, the last not a space: 6–30 characters after the `+`.
pub const PHONE: &str = r"\+?[0-9][0-9 ()./\-]{4,28}[0-9()./\-]";

/// An integer's lexical form in XML and CSV: no sign but `-`, no leading
/// zeros, at most 18 digits.
pub const INTEGER: &str = "-?(0|[1-9][0-9]{0,17})";

/// A decimal's lexical form in XML and CSV: no exponent, at most 6
/// fractional digits (the digit count is `totalDigits`).
pub const DECIMAL: &str = r"-?[0-9]+(\.[0-9]{1,6})?";

/// Text: characters XML can hold, at least one of them not white space.
/// Leading white space first, then the first other character, so that the
/// match takes linear time in backtracking engines too.
pub fn text() -> String {
    format!(
        "{}*{}{}*",
        text_space().regex(),
        text_non_space().regex(),
        xml_chars().regex()
    )
}

/// An e-mail address: `local@domain.tld`, each part characters XML can
/// hold other than white space and `@`.
pub fn email() -> String {
    let part = text_non_space().minus(&Class::of(&[(0x40, 0x40)])).regex();
    format!("{part}+@{part}+\\.{part}+")
}

/// A pattern anchored for JSON Schema, whose `pattern` may match anywhere.
pub fn anchored(pattern: &str) -> String {
    format!("^{pattern}$")
}
