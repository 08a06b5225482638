//! quick-xml's errors as messages of the catalogue.
//!
//! fosx words the problems it meets most itself (`xml_tree`); what else
//! quick-xml finds is said in quick-xml's own words, one message per
//! variant of its typed errors (`Error`, `SyntaxError`, `IllFormedError`,
//! `AttrError`, `EscapeError`, ...), so that nothing is read from its
//! English text. The English of each message is quick-xml's `Display`.

use crate::i18n::{Msg, msg};
use quick_xml::encoding::EncodingError;
use quick_xml::errors::{Error, IllFormedError, SyntaxError};
use quick_xml::escape::{EscapeError, ParseCharRefError};
use quick_xml::events::attributes::AttrError;
use quick_xml::name::NamespaceError;
use std::num::IntErrorKind;

/// Any error of quick-xml, as its `Display` words it.
pub(crate) fn error(e: &Error) -> Msg {
    match e {
        Error::Io(io) => msg::xml_parser_io(io.to_string()),
        Error::Syntax(s) => msg::xml_parser_syntax(syntax(s)),
        Error::IllFormed(i) => msg::xml_parser_ill_formed(ill_formed(i)),
        Error::InvalidAttr(a) => msg::xml_parser_attribute(attribute(a)),
        Error::Encoding(e) => encoding(e),
        Error::Escape(x) => escape(x),
        Error::Namespace(n) => namespace(n),
    }
}

/// A syntax error, without the "syntax error: " of [`error`].
pub(crate) fn syntax(e: &SyntaxError) -> Msg {
    match e {
        SyntaxError::InvalidBangMarkup => msg::xml_parser_unknown_markup(),
        SyntaxError::UnclosedPI => msg::xml_parser_pi_not_closed(),
        SyntaxError::UnclosedXmlDecl => msg::xml_parser_declaration_not_closed(),
        SyntaxError::UnclosedComment => msg::xml_parser_comment_not_closed(),
        SyntaxError::UnclosedDoctype => msg::xml_parser_doctype_not_closed(),
        SyntaxError::UnclosedCData => msg::xml_parser_cdata_not_closed(),
        SyntaxError::UnclosedTag => msg::xml_parser_tag_not_closed(),
        SyntaxError::UnclosedSingleQuotedAttributeValue => {
            msg::xml_parser_single_quote_not_closed()
        }
        SyntaxError::UnclosedDoubleQuotedAttributeValue => {
            msg::xml_parser_double_quote_not_closed()
        }
    }
}

/// A well-formedness error, without the "ill-formed document: " of
/// [`error`].
pub(crate) fn ill_formed(e: &IllFormedError) -> Msg {
    match e {
        IllFormedError::MissingDeclVersion(None) => msg::xml_parser_no_version(),
        IllFormedError::MissingDeclVersion(Some(first)) => msg::xml_parser_version_not_first(first),
        IllFormedError::UnknownVersion => msg::xml_parser_unknown_version(),
        IllFormedError::MissingDoctypeName => msg::xml_parser_doctype_without_name(),
        IllFormedError::MissingEndTag(tag) => msg::xml_parser_end_tag_missing(tag),
        IllFormedError::UnmatchedEndTag(tag) => msg::xml_parser_end_tag_unmatched(tag),
        IllFormedError::MismatchedEndTag { expected, found } => {
            msg::xml_parser_end_tag_mismatch(expected, found)
        }
        IllFormedError::DoubleHyphenInComment => msg::xml_parser_double_hyphen(),
        IllFormedError::UnclosedReference => msg::xml_parser_reference_not_closed(),
    }
}

/// An attribute error, in quick-xml's words (with its position in the tag),
/// without the "error while parsing attribute: " of [`error`].
pub(crate) fn attribute(e: &AttrError) -> Msg {
    match *e {
        AttrError::ExpectedEq(p) => msg::xml_parser_attribute_needs_equals(p),
        AttrError::ExpectedValue(p) => msg::xml_parser_attribute_needs_value(p),
        AttrError::UnquotedValue(p) => msg::xml_parser_attribute_unquoted(p),
        AttrError::ExpectedQuote(p, q) => {
            msg::xml_parser_attribute_not_closed(p, char::from(q).to_string())
        }
        AttrError::Duplicated(p, previous) => msg::xml_parser_attribute_twice(p, previous),
    }
}

fn encoding(e: &EncodingError) -> Msg {
    match e {
        EncodingError::Utf8(u) => match u.error_len() {
            Some(len) => msg::xml_parser_invalid_utf8(len, u.valid_up_to()),
            None => msg::xml_parser_incomplete_utf8(u.valid_up_to()),
        },
        EncodingError::Other(encoding) => msg::xml_parser_cannot_decode(encoding.name()),
        _ => msg::xml_parser_cannot_decode_input(),
    }
}

/// An error of a reference (`&...;`).
pub(crate) fn escape(e: &EscapeError) -> Msg {
    match e {
        EscapeError::UnrecognizedEntity(range, name) => {
            msg::xml_parser_unknown_entity(format!("{range:?}"), name)
        }
        EscapeError::UnterminatedEntity(range) => {
            msg::xml_parser_entity_not_closed(format!("{range:?}"))
        }
        EscapeError::InvalidCharRef(c) => msg::xml_parser_bad_character_reference(char_ref(c)),
        EscapeError::TooManyNestedEntities => msg::xml_parser_nested_entities(),
    }
}

fn char_ref(e: &ParseCharRefError) -> Msg {
    match e {
        ParseCharRefError::UnexpectedSign => msg::xml_parser_number_sign(),
        ParseCharRefError::InvalidNumber(n) => match n.kind() {
            IntErrorKind::Empty => msg::xml_parser_number_empty(),
            IntErrorKind::InvalidDigit => msg::xml_parser_number_invalid_digit(),
            IntErrorKind::PosOverflow => msg::xml_parser_number_too_large(),
            IntErrorKind::NegOverflow => msg::xml_parser_number_too_small(),
            IntErrorKind::Zero => msg::xml_parser_number_zero(),
            _ => msg::xml_parser_number_unreadable(),
        },
        ParseCharRefError::InvalidCodepoint(n) => msg::xml_parser_not_a_code_point(n.to_string()),
        ParseCharRefError::IllegalCharacter(n) => {
            msg::xml_parser_character_not_permitted(format!("{n:x}"))
        }
    }
}

fn namespace(e: &NamespaceError) -> Msg {
    match e {
        NamespaceError::UnknownPrefix(p) => msg::xml_parser_unknown_prefix(p),
        NamespaceError::InvalidXmlPrefixBind(ns) => msg::xml_parser_xml_prefix_bound(ns),
        NamespaceError::InvalidXmlnsPrefixBind(ns) => msg::xml_parser_xmlns_prefix_bound(ns),
        NamespaceError::InvalidPrefixForXml(p) => msg::xml_parser_prefix_for_xml(p),
        NamespaceError::InvalidPrefixForXmlns(p) => msg::xml_parser_prefix_for_xmlns(p),
        NamespaceError::TooManyBindings(limit) => {
            msg::xml_parser_too_many_bindings(limit.to_string())
        }
        NamespaceError::TooDeeplyNested(limit) => msg::xml_parser_too_deep(limit.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each message says in English what quick-xml's `Display` says.
    #[test]
    fn the_english_is_quick_xml_s_own() {
        let errors = [
            Error::Syntax(SyntaxError::UnclosedComment),
            Error::Syntax(SyntaxError::UnclosedDoubleQuotedAttributeValue),
            Error::IllFormed(IllFormedError::MissingDeclVersion(Some("encoding".into()))),
            Error::IllFormed(IllFormedError::MismatchedEndTag {
                expected: "a".into(),
                found: "b".into(),
            }),
            Error::InvalidAttr(AttrError::ExpectedQuote(7, b'\'')),
            Error::InvalidAttr(AttrError::Duplicated(12, 3)),
            Error::Escape(EscapeError::UnterminatedEntity(3..5)),
            Error::Escape(EscapeError::UnrecognizedEntity(1..4, "x".into())),
            Error::Escape(EscapeError::InvalidCharRef(
                ParseCharRefError::IllegalCharacter(0),
            )),
            Error::Escape(EscapeError::InvalidCharRef(
                ParseCharRefError::InvalidCodepoint(55296),
            )),
            Error::Escape(EscapeError::InvalidCharRef(
                ParseCharRefError::InvalidNumber("x".parse::<u32>().unwrap_err()),
            )),
            Error::Escape(EscapeError::InvalidCharRef(
                ParseCharRefError::InvalidNumber("".parse::<u32>().unwrap_err()),
            )),
            Error::Escape(EscapeError::InvalidCharRef(
                ParseCharRefError::InvalidNumber("99999999999".parse::<u32>().unwrap_err()),
            )),
            Error::Namespace(NamespaceError::TooDeeplyNested(65535)),
            Error::Encoding(EncodingError::Utf8(
                std::str::from_utf8(std::hint::black_box(b"a\xff")).unwrap_err(),
            )),
            Error::Encoding(EncodingError::Utf8(
                std::str::from_utf8(std::hint::black_box(b"a\xc3")).unwrap_err(),
            )),
        ];
        for e in errors {
            assert_eq!(error(&e).english(), e.to_string());
        }
    }
}
