//! Well-formed XML into a small element tree, with namespaces resolved and
//! every piece located.
//!
//! quick-xml is a pull parser that never expands entities, reads no DTD and
//! performs no I/O. It leaves some well-formedness checks to its caller: an
//! element still open at the end of the file, several roots, text outside
//! the root, attribute syntax (only seen when the attributes are iterated),
//! namespace prefixes, illegal characters. They are all checked here. The
//! first problem stops the reading: the result is one P02 (not well-formed),
//! P05 (DOCTYPE or entity refused) or P06 (nested too deeply) diagnostic.

use crate::diag::{Code, Diagnostic};
use crate::i18n::{Msg, msg};
use crate::read::Limit;
use crate::read::xml_errors;
use crate::tree::Span;
use quick_xml::errors::{Error as XmlError, IllFormedError, SyntaxError};
use quick_xml::escape::EscapeError;
use quick_xml::events::attributes::AttrError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;
use std::borrow::Cow;
use std::collections::HashMap;

/// The namespace of the `xml:` prefix, bound by definition.
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
/// The namespace of `xsi:schemaLocation`.
pub(crate) const XSI_NS: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// An element. Names and text borrow the source text where they can.
#[derive(Debug)]
pub(crate) struct Element<'a> {
    /// The name as written (`f:Entry`).
    pub name: Cow<'a, str>,
    /// The resolved namespace, if any.
    pub ns: Option<std::sync::Arc<str>>,
    /// The local name (`Entry`).
    pub local: Cow<'a, str>,
    /// The start tag, `<` to `>` (for an empty element, all of it).
    pub tag: Span,
    /// Attributes other than namespace declarations and `xsi:schemaLocation`.
    pub attrs: Vec<Attr>,
    /// Child elements and text, in document order.
    pub content: Vec<Content<'a>>,
}

/// An attribute that is not a namespace declaration.
#[derive(Debug)]
pub(crate) struct Attr {
    /// The name as written.
    pub name: String,
    /// The attribute, name to closing quote.
    pub span: Span,
}

/// A piece of element content.
#[derive(Debug)]
pub(crate) enum Content<'a> {
    /// A child element.
    Element(Element<'a>),
    /// Character data between two child elements (text, references and CDATA
    /// sections, comments and processing instructions left out).
    Text(Text<'a>),
}

/// Character data, with references and CDATA resolved.
#[derive(Debug)]
pub(crate) struct Text<'a> {
    /// The value (line ends not yet normalised).
    pub value: Cow<'a, str>,
    /// From the first piece to the last (a CDATA section counts by its content).
    pub span: Span,
    /// From the first non-whitespace character to the last, if any.
    pub solid: Option<Span>,
}

impl<'a> Element<'a> {
    /// The child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element<'a>> {
        self.content.iter().filter_map(|c| match c {
            Content::Element(e) => Some(e),
            Content::Text(_) => None,
        })
    }

    /// The character data pieces.
    pub fn texts(&self) -> impl Iterator<Item = &Text<'a>> {
        self.content.iter().filter_map(|c| match c {
            Content::Text(t) => Some(t),
            Content::Element(_) => None,
        })
    }
}

/// Whether `c` is XML whitespace.
pub(crate) fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// An element being read, with the prefixes it declares.
struct Open<'a> {
    element: Element<'a>,
    /// The prefixes its declarations bind ("" is the default namespace).
    declared: Vec<String>,
}

/// A namespace declaration: (prefix, namespace); prefix "" is the default
/// namespace; `None` undeclares it.
type Decl = (String, Option<std::sync::Arc<str>>);

struct Parser<'a> {
    text: &'a str,
    stack: Vec<Open<'a>>,
    root: Option<Element<'a>>,
    max_depth: usize,
    /// The namespaces in scope: for each prefix, its bindings from the
    /// outermost to the innermost element, so that a lookup costs the same
    /// however many declarations there are.
    scopes: HashMap<String, Vec<Option<std::sync::Arc<str>>>>,
    /// The bindings of the default namespace, kept apart: nearly every
    /// element looks it up.
    defaults: Vec<Option<std::sync::Arc<str>>>,
}

type Fatal = Box<Diagnostic>;

/// An attribute other than a namespace declaration: prefix, local name,
/// name and span.
type RawAttr = (String, String, String, Span);

fn p02(span: Span, message: Msg) -> Fatal {
    Box::new(Diagnostic::new(Code::P02, message).at(span))
}

/// Parses `text` (decoded, without BOM) into its root element.
pub(crate) fn parse(text: &str, max_depth: usize) -> Result<Element<'_>, Box<Diagnostic>> {
    illegal_characters(text)?;
    if text.starts_with('\u{FEFF}') {
        // A second byte order mark (decoding took the first) is a
        // character before the root, which quick-xml would skip unseen.
        let bom = Span::new(0, '\u{FEFF}'.len_utf8());
        return Err(
            p02(bom, msg::xml_text_before_root()).with_help(msg::xml_text_outside_root_help())
        );
    }
    let mut p = Parser {
        text,
        stack: Vec::new(),
        root: None,
        max_depth: max_depth.min(128),
        scopes: HashMap::new(),
        defaults: Vec::new(),
    };
    let mut reader = Reader::from_str(text);
    reader.config_mut().enable_all_checks(true);
    loop {
        let start = pos(reader.buffer_position(), text);
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(e) => return Err(p.syntax_error(&e, &reader)),
        };
        let end = pos(reader.buffer_position(), text);
        let span = Span::new(start, end);
        match event {
            Event::Eof => break,
            Event::Start(e) => p.start(&e, span, false)?,
            Event::Empty(e) => p.start(&e, span, true)?,
            Event::End(_) => p.end(),
            Event::Text(t) => p.text(&t, span)?,
            Event::CData(c) => {
                let from = (start + 9).min(end);
                let inner = Span::new(from, end.saturating_sub(3).max(from));
                p.cdata(&c, inner)?;
            }
            Event::GeneralRef(r) => p.reference(&r, span)?,
            Event::DocType(_) => {
                return Err(Box::new(
                    Diagnostic::new(Code::P05, msg::xml_doctype())
                        .at(Span::new(start, (start + 9).min(end)))
                        .help(msg::xml_doctype_help()),
                ));
            }
            Event::Decl(d) => {
                if start != 0 {
                    return Err(p02(span, msg::xml_declaration_not_first())
                        .with_help(msg::xml_declaration_not_first_help()));
                }
                if let Err(e) = d.version() {
                    return Err(p02(span, msg::xml_declaration(xml_errors::error(&e))));
                }
            }
            Event::Comment(_) | Event::PI(_) => {}
        }
    }
    if let Some(open) = p.stack.last() {
        let name = &open.element.name;
        return Err(p02(open.element.tag, msg::xml_not_closed(&**name))
            .with_help(msg::xml_not_closed_help(&**name)));
    }
    p.root
        .ok_or_else(|| p02(Span::at(text.len()), msg::xml_no_element()))
}

trait WithHelp {
    fn with_help(self, help: Msg) -> Self;
}

impl WithHelp for Fatal {
    fn with_help(self, help: Msg) -> Self {
        Box::new((*self).help(help))
    }
}

/// A reader position as an offset into `text`, on a character boundary.
fn pos(p: u64, text: &str) -> usize {
    boundary(text, usize::try_from(p).unwrap_or(usize::MAX))
}

/// The character boundary at or before `at` (at most the end of `text`).
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether XML 1.0 does not allow `c` anywhere in a document, not even as
/// a character reference (its `Char` production; surrogates are no `char`).
fn is_illegal(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// The first character XML 1.0 does not allow anywhere in a document.
fn illegal_characters(text: &str) -> Result<(), Fatal> {
    // Most texts hold none: a pass without branches first (U+FFFE and
    // U+FFFF start with the byte EF).
    let maybe = text.as_bytes().chunks(64).any(|chunk| {
        chunk.iter().fold(false, |any, &b| {
            any | (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) | (b == 0xEF)
        })
    });
    if !maybe {
        return Ok(());
    }
    let bad = text.char_indices().find(|&(_, c)| is_illegal(c));
    match bad {
        Some((at, c)) => Err(p02(
            Span::new(at, at + c.len_utf8()),
            msg::xml_illegal_character(format!("{:04X}", u32::from(c))),
        )
        .with_help(msg::xml_illegal_character_help())),
        None => Ok(()),
    }
}

/// Whether `name` is an XML name without colons (an NCName), checked for
/// ASCII; any non-ASCII letter is accepted.
fn is_ncname(name: &str) -> bool {
    // By bytes: every byte of a non-ASCII character is 0x80 or more.
    let bytes = name.as_bytes();
    bytes
        .first()
        .is_some_and(|&c| c.is_ascii_alphabetic() || c == b'_' || !c.is_ascii())
        && bytes[1..]
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.') || !c.is_ascii())
}

/// Splits a qualified name into prefix and local name, if it is one.
fn split_qname(name: &str) -> Option<(&str, &str)> {
    let colon = memchr::memchr(b':', name.as_bytes());
    match colon.map(|at| (&name[..at], &name[at + 1..])) {
        Some((prefix, local)) if is_ncname(prefix) && is_ncname(local) => Some((prefix, local)),
        None if is_ncname(name) => Some(("", name)),
        _ => None,
    }
}

impl<'a> Parser<'a> {
    /// The namespace bound to `prefix` in scope (the element's own
    /// declarations are in scope once [`Parser::declare`] has taken them).
    fn lookup(&self, prefix: &str) -> Option<Option<std::sync::Arc<str>>> {
        if prefix == "xml" {
            return Some(Some(XML_NS.into()));
        }
        if prefix.is_empty() {
            return self.defaults.last().cloned();
        }
        self.scopes.get(prefix)?.last().cloned()
    }

    /// Brings an element's declarations into scope (the last of a prefix
    /// declared twice wins); returns the prefixes, for [`Parser::undeclare`].
    fn declare(&mut self, decls: Vec<Decl>) -> Vec<String> {
        let mut declared = Vec::with_capacity(decls.len());
        for (prefix, ns) in decls {
            if prefix.is_empty() {
                self.defaults.push(ns);
            } else {
                self.scopes.entry(prefix.clone()).or_default().push(ns);
            }
            declared.push(prefix);
        }
        declared
    }

    /// Takes an element's declarations out of scope when it closes.
    fn undeclare(&mut self, declared: &[String]) {
        for prefix in declared {
            if prefix.is_empty() {
                self.defaults.pop();
            } else if let Some(bindings) = self.scopes.get_mut(prefix) {
                bindings.pop();
            }
        }
    }

    /// The source span of a borrowed piece of the text.
    fn offset_of(&self, piece: &str) -> Option<usize> {
        let base = self.text.as_ptr() as usize;
        let at = (piece.as_ptr() as usize).checked_sub(base)?;
        (at + piece.len() <= self.text.len()).then_some(at)
    }

    /// A piece of the text, borrowed from it when it is a piece of it.
    fn borrowed(&self, piece: &str) -> Cow<'a, str> {
        match self.offset_of(piece) {
            Some(at) => Cow::Borrowed(&self.text[at..at + piece.len()]),
            None => Cow::Owned(piece.to_string()),
        }
    }

    fn start(&mut self, e: &BytesStart<'_>, tag: Span, empty: bool) -> Result<(), Fatal> {
        let name = self.borrowed(e.name().as_ref());
        if self.stack.len() > self.max_depth {
            return Err(Box::new(
                Diagnostic::over_limit(
                    Limit::Depth,
                    msg::xml_too_deep(self.max_depth),
                    msg::limit_depth_help,
                )
                .at(tag),
            ));
        }
        if self.stack.is_empty() && self.root.is_some() {
            return Err(
                p02(tag, msg::xml_second_root(&*name)).with_help(msg::xml_second_root_help())
            );
        }
        let Some((prefix, local)) = split_qname(&name) else {
            return Err(p02(tag, msg::xml_bad_element_name(&*name)));
        };
        let (decls, raw) = self.attributes(e, tag)?;
        let declared = self.declare(decls);
        let attrs = self.qualified(raw)?;
        let ns = match self.lookup(prefix) {
            Some(ns) => ns,
            None if prefix.is_empty() => None,
            None => {
                return Err(p02(tag, msg::xml_undeclared_prefix(prefix))
                    .with_help(msg::xml_undeclared_prefix_help(prefix)));
            }
        };
        let local = match &name {
            Cow::Borrowed(name) => {
                let name: &'a str = name;
                Cow::Borrowed(&name[name.len() - local.len()..])
            }
            Cow::Owned(_) => Cow::Owned(local.to_string()),
        };
        let element = Element {
            name,
            ns,
            local,
            tag,
            attrs,
            content: Vec::new(),
        };
        if empty {
            self.undeclare(&declared);
            self.close(element);
        } else {
            self.stack.push(Open { element, declared });
        }
        Ok(())
    }

    /// Reads the attributes of a start tag: namespace declarations, and the
    /// others, with their prefix and local name, for [`Parser::qualified`].
    /// Every attribute is checked, since quick-xml only sees attribute
    /// errors when asked.
    fn attributes(
        &self,
        e: &BytesStart<'_>,
        tag: Span,
    ) -> Result<(Vec<Decl>, Vec<RawAttr>), Fatal> {
        let mut decls = Vec::new();
        let mut raw = Vec::new();
        for attr in e.attributes() {
            let attr = match attr {
                Ok(a) => a,
                Err(err) => return Err(attr_error(&err, tag, self.text)),
            };
            let key = attr.key.as_ref();
            let key_at = self.offset_of(key).unwrap_or(tag.start);
            let value_end = self
                .offset_of(&attr.value)
                .map_or(tag.end, |v| (v + attr.value.len() + 1).min(tag.end));
            let span = Span::new(key_at, value_end.max(key_at));
            if attr.value.contains('<') {
                return Err(p02(span, msg::xml_less_than_in_attribute(key))
                    .with_help(msg::xml_write_lt_help()));
            }
            if let Some(bad) = self
                .offset_of(&attr.value)
                .and_then(|at| illegal_reference_in(&attr.value, at))
            {
                return Err(bad);
            }
            let value = match attr.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
                Ok(v) => v.into_owned(),
                Err(XmlError::Escape(err)) => return Err(escape_error(&err, span)),
                Err(err) => {
                    return Err(p02(span, msg::xml_bad_reference(xml_errors::error(&err))));
                }
            };
            let Some((prefix, local)) = split_qname(key) else {
                return Err(p02(span, msg::xml_bad_attribute_name(key)));
            };
            match (prefix, local) {
                ("", "xmlns") => decls.push((
                    String::new(),
                    (!value.is_empty()).then(|| std::sync::Arc::from(value)),
                )),
                ("xmlns", p) => {
                    if value.is_empty() {
                        return Err(p02(span, msg::xml_empty_namespace(p)));
                    }
                    decls.push((p.to_string(), Some(std::sync::Arc::from(value))));
                }
                _ => raw.push((prefix.to_string(), local.to_string(), key.to_string(), span)),
            }
        }
        Ok((decls, raw))
    }

    /// The attributes to report (all but `xsi:schemaLocation`), their
    /// prefixes looked up with the element's declarations in scope.
    fn qualified(&self, raw: Vec<RawAttr>) -> Result<Vec<Attr>, Fatal> {
        let mut attrs = Vec::new();
        for (prefix, local, name, span) in raw {
            if prefix.is_empty() {
                attrs.push(Attr { name, span });
                continue;
            }
            match self.lookup(&prefix) {
                Some(Some(ns)) if &*ns == XSI_NS && local == "schemaLocation" => {}
                Some(_) => attrs.push(Attr { name, span }),
                None => {
                    return Err(p02(span, msg::xml_undeclared_prefix(&prefix)));
                }
            }
        }
        Ok(attrs)
    }

    fn end(&mut self) {
        // quick-xml has checked that the end tag matches the open element.
        if let Some(open) = self.stack.pop() {
            self.undeclare(&open.declared);
            self.close(open.element);
        }
    }

    fn close(&mut self, element: Element<'a>) {
        match self.stack.last_mut() {
            Some(parent) => {
                // White space before a child element means nothing: an
                // element with children has no value of its own.
                if let Some(Content::Text(t)) = parent.element.content.last()
                    && t.solid.is_none()
                {
                    parent.element.content.pop();
                }
                parent.element.content.push(Content::Element(element));
            }
            None => self.root = Some(element),
        }
    }

    /// Adds character data to the open element, joining it with the
    /// character data just before (only comments or PIs can be between).
    fn push_text(
        &mut self,
        value: Cow<'a, str>,
        span: Span,
        solid: Option<Span>,
    ) -> Result<(), Fatal> {
        let Some(open) = self.stack.last_mut() else {
            return match solid {
                None => Ok(()),
                Some(s) => {
                    let message = if self.root.is_some() {
                        msg::xml_text_after_root()
                    } else {
                        msg::xml_text_before_root()
                    };
                    Err(p02(s, message).with_help(msg::xml_text_outside_root_help()))
                }
            };
        };
        if let Some(Content::Text(last)) = open.element.content.last_mut() {
            // Only comments or processing instructions were in between.
            last.value.to_mut().push_str(&value);
            last.span.end = span.end;
            last.solid = match (last.solid, solid) {
                (Some(a), Some(b)) => Some(Span::new(a.start, b.end)),
                (a, b) => a.or(b),
            };
        } else {
            open.element
                .content
                .push(Content::Text(Text { value, span, solid }));
        }
        Ok(())
    }

    fn text(&mut self, t: &str, span: Span) -> Result<(), Fatal> {
        // Text seldom holds a `>`: the search for `]]>` starts from one.
        if let Some(at) = memchr::memchr(b'>', t.as_bytes()).and_then(|_| t.find("]]>")) {
            let at = span.start + at;
            return Err(p02(Span::new(at, at + 3), msg::xml_cdata_end_in_text())
                .with_help(msg::xml_cdata_end_help()));
        }
        self.push_text(self.borrowed(t), span, solid(t, span.start))
    }

    fn cdata(&mut self, c: &str, inner: Span) -> Result<(), Fatal> {
        if self.stack.is_empty() {
            return Err(p02(inner, msg::xml_cdata_outside_root()));
        }
        self.push_text(self.borrowed(c), inner, solid(c, inner.start))
    }

    fn reference(&mut self, r: &quick_xml::events::BytesRef<'_>, span: Span) -> Result<(), Fatal> {
        let name: &str = r;
        let value = if r.is_char_ref() {
            match r.resolve_char_ref() {
                Ok(Some(c)) if is_illegal(c) => return Err(illegal_reference(name, c, span)),
                Ok(Some(c)) => c.to_string(),
                _ => return Err(bad_reference(name, span)),
            }
        } else {
            match quick_xml::escape::resolve_predefined_entity(name) {
                Some(v) => v.to_string(),
                None => return Err(refused_entity(name, span)),
            }
        };
        let solid = (!value.chars().all(is_xml_space)).then_some(span);
        self.push_text(Cow::Owned(value), span, solid)
    }

    fn syntax_error(&self, e: &XmlError, reader: &Reader<&[u8]>) -> Fatal {
        let at = pos(reader.error_position(), self.text);
        let stop = pos(reader.buffer_position(), self.text).max(at);
        // The offending markup, up to the end of its line.
        let line_end = self
            .text
            .get(at..)
            .and_then(|rest| rest.find('\n'))
            .map_or(self.text.len(), |i| at + i);
        let span = Span::new(at, stop.min(line_end).max(at));
        let message = match e {
            XmlError::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => {
                let opened = self.stack.last().map(|o| o.element.tag);
                let d = Diagnostic::new(Code::P02, msg::xml_end_tag_mismatch(found, expected))
                    .at(span)
                    .help(msg::xml_end_tag_mismatch_help(expected));
                return Box::new(match opened {
                    Some(s) => d.related(s, msg::xml_open_element()),
                    None => d,
                });
            }
            XmlError::IllFormed(IllFormedError::UnmatchedEndTag(tag)) => {
                msg::xml_end_tag_unmatched(tag)
            }
            XmlError::IllFormed(IllFormedError::UnclosedReference) => {
                return p02(span, msg::xml_reference_not_closed())
                    .with_help(msg::xml_literal_ampersand_help());
            }
            XmlError::IllFormed(IllFormedError::DoubleHyphenInComment) => msg::xml_double_hyphen(),
            XmlError::Syntax(SyntaxError::UnclosedTag) => msg::xml_tag_not_closed(),
            XmlError::Syntax(SyntaxError::InvalidBangMarkup) => msg::xml_bad_markup(),
            XmlError::Syntax(s) => xml_errors::syntax(s),
            XmlError::IllFormed(i) => xml_errors::ill_formed(i),
            XmlError::InvalidAttr(a) => return attr_error(a, span, self.text),
            XmlError::Escape(x) => return escape_error(x, span),
            // Not met: the text is read from memory, as UTF-8, without
            // namespace resolution; said in quick-xml's words.
            other => xml_errors::error(other),
        };
        p02(span, message)
    }
}

/// The first to last non-whitespace character of a piece starting at `start`.
fn solid(piece: &str, start: usize) -> Option<Span> {
    // XML whitespace is ASCII: bytes will do.
    let space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let bytes = piece.as_bytes();
    let lead = bytes.iter().position(|b| !space(b))?;
    let last = bytes.iter().rposition(|b| !space(b))?;
    Some(Span::new(start + lead, start + last + 1))
}

/// P02 for a character reference (`&#xFFFE;`, named `#xFFFE`) to a
/// character XML does not allow.
fn illegal_reference(name: &str, c: char, span: Span) -> Fatal {
    p02(
        span,
        msg::xml_reference_to_illegal_character(name, format!("{:04X}", u32::from(c))),
    )
    .with_help(msg::xml_reference_to_illegal_character_help())
}

/// P02 for a character reference to no character (`&#0;`, a surrogate,
/// past U+10FFFF).
fn bad_reference(name: &str, span: Span) -> Fatal {
    p02(span, msg::xml_bad_character_reference(name))
        .with_help(msg::xml_bad_character_reference_help())
}

/// The first character reference in an attribute's raw value (which
/// starts at `at`) to no character or to one XML does not allow, as a P02
/// at it, as for a reference in text.
fn illegal_reference_in(raw: &str, at: usize) -> Option<Fatal> {
    let mut rest = raw;
    while let Some(amp) = rest.find("&#") {
        let from = raw.len() - rest.len() + amp;
        let end = raw[from..].find(';').map(|i| from + i)?;
        let name = &raw[from + 1..end];
        let code = match name[1..].strip_prefix('x') {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => name[1..].parse().ok(),
        };
        let span = Span::new(at + from, at + end + 1);
        match code.map(char::from_u32) {
            Some(None | Some('\0')) => return Some(bad_reference(name, span)),
            Some(Some(c)) if is_illegal(c) => return Some(illegal_reference(name, c, span)),
            _ => {}
        }
        rest = &raw[end + 1..];
    }
    None
}

fn refused_entity(name: &str, span: Span) -> Fatal {
    Box::new(
        Diagnostic::new(Code::P05, msg::xml_entity_refused(name))
            .at(span)
            .help(msg::xml_entity_refused_help()),
    )
}

/// An unresolvable reference in an attribute value: P05 for an entity, P02 otherwise.
fn escape_error(e: &EscapeError, span: Span) -> Fatal {
    match e {
        EscapeError::UnrecognizedEntity(_, name) => refused_entity(name, span),
        other => p02(span, msg::xml_bad_reference(xml_errors::escape(other))),
    }
}

/// P02 for an attribute syntax error; quick-xml's positions count from the
/// byte after the tag's `<`.
fn attr_error(e: &AttrError, tag: Span, text: &str) -> Fatal {
    let (rel, message) = match *e {
        AttrError::ExpectedEq(p) => (p, msg::xml_attribute_needs_equals()),
        AttrError::ExpectedValue(p) => (p, msg::xml_attribute_needs_value()),
        AttrError::UnquotedValue(p) => (p, msg::xml_attribute_unquoted()),
        AttrError::ExpectedQuote(p, q) => {
            (p, msg::xml_attribute_not_closed(char::from(q).to_string()))
        }
        AttrError::Duplicated(p, _) => (p, msg::xml_attribute_twice()),
    };
    let at = boundary(text, (tag.start + 1 + rel).min(tag.end));
    let next = text
        .get(at..)
        .and_then(|r| r.chars().next())
        .map_or(0, char::len_utf8);
    p02(Span::new(at, (at + next).min(tag.end).max(at)), message)
}
