//! The JSON reader.
//!
//! A small scanner walks the text and builds the span-aware tree, keeping
//! every number's exact text and finding duplicate keys. It checks the
//! grammar as it goes, as strictly as serde_json: when it meets anything
//! wrong (or too deep), serde_json checks the text instead (without building
//! anything, and with its recursion limit, so no input can overflow the
//! stack) and words the syntax error; text it accepts is then scanned again,
//! reporting what the scanner found. So a well-formed file is read in one
//! pass, and every problem is reported as serde_json words it.

use super::json_syntax::{self, Syntax};
use super::{Limit, Limits};
use crate::diag::{Code, Diagnostic};
use crate::i18n::msg;
use crate::tree::{Member, Node, Span, Value};
use serde::de::IgnoredAny;
use std::collections::HashMap;

/// serde_json's fixed recursion limit.
const SERDE_DEPTH: usize = 128;

/// Reads JSON text into documents: one object, or an array of them.
pub fn read(text: &str, limits: &Limits, diags: &mut Vec<Diagnostic>) -> Vec<Node> {
    let mut scanner = Scanner::new(text, limits);
    let mut root = scanner.root();
    if root.is_none() {
        // Something is wrong: serde_json words a syntax error; text it
        // accepts is scanned again, for what the scanner reports.
        if let Err(e) = serde_json::from_str::<IgnoredAny>(text) {
            diags.push(syntax_error(text, &e));
            return Vec::new();
        }
        scanner = Scanner::new(text, limits);
        scanner.skip_ws();
        root = scanner.value();
    }
    let found = std::mem::take(&mut scanner.diags);
    let is_collection = root
        .as_ref()
        .is_some_and(|r| matches!(r.value, Value::Array(_)));
    // Diagnostics found inside a collection belong to one of its documents.
    diags.extend(found.into_iter().map(|mut d| {
        if is_collection && let Some(path) = d.path.take() {
            let rest = path.trim_start_matches('/');
            let (index, inner) = rest.split_once('/').map_or((rest, ""), |(i, r)| (i, r));
            d.document = index.parse().ok();
            d.path = Some(if inner.is_empty() {
                String::new()
            } else {
                format!("/{inner}")
            });
        } else if d.path.is_some() {
            d.document = Some(0);
        }
        d
    }));
    let Some(root) = root else {
        return Vec::new();
    };
    match root.value {
        Value::Array(items) => {
            if items.len() > limits.max_documents {
                diags.push(too_many_documents(items.len(), limits).at(root.span));
                return Vec::new();
            }
            items
        }
        _ => vec![root],
    }
}

/// P06 for a collection of `count` documents, over the limit (JSON and XML).
pub(crate) fn too_many_documents(count: usize, limits: &Limits) -> Diagnostic {
    Diagnostic::over_limit(
        Limit::Documents,
        msg::limit_documents(count, limits.max_documents.to_string()),
        msg::limit_documents_help,
    )
}

fn syntax_error(text: &str, e: &serde_json::Error) -> Diagnostic {
    // serde_json gives a 1-based line and a 1-based byte column.
    let line_start: usize = text
        .split_inclusive('\n')
        .take(e.line().saturating_sub(1))
        .map(str::len)
        .sum();
    let mut at = (line_start + e.column().saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let syntax = json_syntax::classify(e);
    let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
    // A trailing comma: `IgnoredAny` reports what it expected after the comma
    // ("key must be a string", "expected value"); name the real mistake.
    if let Some(close) = text[at..].chars().next().filter(|c| matches!(c, '}' | ']'))
        && let Some(comma) = text[..at].trim_end().strip_suffix(',').map(str::len)
    {
        let message = if close == '}' {
            msg::json_trailing_comma_object()
        } else {
            msg::json_trailing_comma_list()
        };
        return Diagnostic::new(Code::P01, message)
            .at(Span::new(comma, comma + 1))
            .help(msg::json_remove_the_comma_help());
    }
    if syntax == Syntax::RecursionLimit {
        return Diagnostic::new(Code::P06, msg::json_too_deep(SERDE_DEPTH))
            .at(Span::new(at, end))
            .help(msg::json_too_deep_help());
    }
    let help = match syntax {
        s if s.ends_early() => Some(msg::json_ends_too_early_help()),
        Syntax::TrailingComma => Some(msg::json_remove_the_comma_help()),
        Syntax::KeyNotAString => Some(msg::json_keys_in_quotes_help()),
        _ => None,
    };
    Diagnostic::new(Code::P01, syntax.message())
        .at(Span::new(at, end))
        .maybe_help(help)
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    max_depth: usize,
    /// Pointer tokens of the value being scanned, written out only for a
    /// diagnostic.
    path: Vec<Token>,
    diags: Vec<Diagnostic>,
    /// Whether the text broke the grammar (serde_json then says how).
    broken: bool,
}

/// A pointer token: a key (its string token in the text, and whether it
/// has escapes) or an item's index.
#[derive(Clone, Copy)]
enum Token {
    Key(Span, bool),
    Index(usize),
}

/// Objects with more members than this find a repeated key through an
/// index of their keys; smaller ones by looking through their members.
const KEY_INDEX_FROM: usize = 16;

impl<'a> Scanner<'a> {
    fn new(text: &'a str, limits: &Limits) -> Self {
        Scanner {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            depth: 0,
            max_depth: limits.max_depth.min(SERDE_DEPTH),
            path: Vec::new(),
            diags: Vec::new(),
            broken: false,
        }
    }

    /// The whole text as one value; `None` when anything is wrong (a
    /// syntax error, or a problem the scanner reports).
    fn root(&mut self) -> Option<Node> {
        self.skip_ws();
        let root = self.value()?;
        self.skip_ws();
        (self.pos == self.bytes.len() && !self.broken).then_some(root)
    }

    /// Notes that the text breaks the grammar.
    fn broken<T>(&mut self) -> Option<T> {
        self.broken = true;
        None
    }

    /// Steps over `byte`, which must come next.
    fn expect(&mut self, byte: u8) -> Option<()> {
        if self.peek() != byte {
            return self.broken();
        }
        self.pos += 1;
        Some(())
    }

    /// Steps over a literal (`true`, `false`, `null`).
    fn literal(&mut self, word: &str) -> Option<Span> {
        let start = self.pos;
        if !self.text[start..].starts_with(word) {
            return self.broken();
        }
        self.pos += word.len();
        Some(Span::new(start, self.pos))
    }

    /// Steps over a number, as JSON writes one:
    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fn number(&mut self) -> Option<Span> {
        let start = self.pos;
        let digits = |s: &mut Self| {
            let from = s.pos;
            while s.peek().is_ascii_digit() {
                s.pos += 1;
            }
            s.pos > from
        };
        if self.peek() == b'-' {
            self.pos += 1;
        }
        match self.peek() {
            b'0' => self.pos += 1,
            b'1'..=b'9' => {
                digits(self);
            }
            _ => return self.broken(),
        }
        if self.peek() == b'.' {
            self.pos += 1;
            if !digits(self) {
                return self.broken();
            }
        }
        if matches!(self.peek(), b'e' | b'E') {
            self.pos += 1;
            if matches!(self.peek(), b'+' | b'-') {
                self.pos += 1;
            }
            if !digits(self) {
                return self.broken();
            }
        }
        if matches!(self.peek(), b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') {
            return self.broken();
        }
        Some(Span::new(start, self.pos))
    }

    fn pointer(&self) -> String {
        self.path.iter().fold(String::new(), |p, t| match *t {
            Token::Key(span, escaped) => {
                let key = self.decode(span, escaped).unwrap_or_default();
                crate::tree::pointer_push(&p, &key)
            }
            Token::Index(i) => crate::tree::pointer_push(&p, &i.to_string()),
        })
    }

    /// The value of the string token at `span` (which serde_json accepted).
    fn decode(&self, span: Span, escaped: bool) -> Result<String, serde_json::Error> {
        let raw = &self.text[span.start..span.end];
        if !escaped {
            // A string token holds no control character: no CR but escaped.
            return Ok(raw[1..raw.len() - 1].to_string());
        }
        Ok(normalise_line_ends(serde_json::from_str::<String>(raw)?))
    }

    fn skip_ws(&mut self) {
        while self
            .bytes
            .get(self.pos)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.pos += 1;
        }
    }

    fn peek(&self) -> u8 {
        self.bytes.get(self.pos).copied().unwrap_or(0)
    }

    /// Scans one value. `None` only after a diagnostic was pushed.
    fn value(&mut self) -> Option<Node> {
        let start = self.pos;
        match self.peek() {
            b'{' => self.container(true),
            b'[' => self.container(false),
            b'"' => {
                let (s, span, _) = self.string()?;
                Some(Node::new(Value::String(s), span))
            }
            b't' => Some(Node::new(Value::Bool(true), self.literal("true")?)),
            b'f' => Some(Node::new(Value::Bool(false), self.literal("false")?)),
            b'n' => Some(Node::new(Value::Null, self.literal("null")?)),
            _ => {
                let span = self.number()?;
                let text = self.text[start..span.end].to_string();
                Some(Node::new(Value::Number(text), span))
            }
        }
    }

    // The diagnostics of `container` are made out of line: its frame is on
    // the stack once per level of nesting, so it holds only what a level
    // needs (128 levels fit in a 512 KiB thread stack, unoptimised too).
    #[cold]
    #[inline(never)]
    fn too_deep(&mut self, head: Span) {
        self.diags.push(
            Diagnostic::over_limit(
                Limit::Depth,
                msg::json_too_deep(self.max_depth),
                msg::limit_depth_help,
            )
            .at(head),
        );
    }

    #[cold]
    #[inline(never)]
    fn given_twice(&mut self, key_span: Span, first: Span) {
        let pointer = self.pointer();
        self.diags.push(
            Diagnostic::new(
                Code::S08,
                msg::read_given_twice(crate::tree::field_name(&pointer)),
            )
            .at(key_span)
            .path(pointer)
            .related(first, msg::read_first_given_here())
            .help(msg::read_keep_the_first_help()),
        );
    }

    fn container(&mut self, object: bool) -> Option<Node> {
        let start = self.pos;
        let head = Span::new(start, start + 1);
        self.depth += 1;
        if self.depth > self.max_depth {
            self.too_deep(head);
            return None;
        }
        self.pos += 1;
        self.skip_ws();
        let close = if object { b'}' } else { b']' };
        let mut members: Vec<Member> = Vec::with_capacity(if object { 8 } else { 0 });
        // Where each key was first given, in a big object: a key given twice
        // is found in one pass, however many keys the object has.
        let mut first_given: HashMap<String, Span> = HashMap::new();
        let mut items: Vec<Node> = Vec::new();
        if self.peek() == close {
            self.pos += 1;
        } else {
            loop {
                self.skip_ws();
                if object {
                    if self.peek() != b'"' {
                        return self.broken();
                    }
                    let (key, key_span, escaped) = self.string()?;
                    self.skip_ws();
                    self.expect(b':')?;
                    self.skip_ws();
                    self.path.push(Token::Key(key_span, escaped));
                    let node = self.value()?;
                    let first = if members.len() < KEY_INDEX_FROM {
                        members.iter().find(|m| m.key == key).map(|m| m.key_span)
                    } else {
                        if first_given.is_empty() {
                            first_given.extend(members.iter().map(|m| (m.key.clone(), m.key_span)));
                        }
                        first_given.get(&key).copied()
                    };
                    if let Some(first) = first {
                        self.given_twice(key_span, first);
                    } else {
                        if !first_given.is_empty() {
                            first_given.insert(key.clone(), key_span);
                        }
                        members.push(Member {
                            key,
                            key_span,
                            node,
                        });
                    }
                    self.path.pop();
                } else {
                    self.path.push(Token::Index(items.len()));
                    items.push(self.value()?);
                    self.path.pop();
                }
                self.skip_ws();
                let c = self.peek();
                self.pos += 1;
                if c == close {
                    break;
                }
                if c != b',' {
                    self.pos -= 1;
                    return self.broken();
                }
            }
        }
        self.depth -= 1;
        let value = if object {
            Value::Object(members)
        } else {
            Value::Array(items)
        };
        Some(Node::new(value, head))
    }

    /// Scans a string token: its value, its span, and whether it has
    /// escapes.
    fn string(&mut self) -> Option<(String, Span, bool)> {
        let start = self.pos;
        self.pos += 1;
        let mut escaped = false;
        loop {
            // To the next quote or backslash; no control character may be
            // on the way.
            let rest = &self.bytes[self.pos.min(self.bytes.len())..];
            let Some(at) = memchr::memchr2(b'"', b'\\', rest) else {
                self.pos = self.bytes.len();
                return self.broken();
            };
            if rest[..at].iter().any(|&b| b < 0x20) {
                return self.broken();
            }
            self.pos += at;
            if rest[at] == b'"' {
                break;
            }
            escaped = true;
            self.pos += 2;
        }
        self.pos += 1;
        let span = Span::new(start, self.pos.min(self.text.len()));
        match self.decode(span, escaped) {
            Ok(value) => Some((value, span, escaped)),
            Err(e) => {
                let raw = &self.text[span.start..span.end];
                self.diags.push(string_error(raw, span, &e));
                None
            }
        }
    }
}

/// A string token serde_json refused. An unpaired surrogate escape is named
/// as such, at the escape; any other error is placed where serde_json found
/// it in the token, without its own "at line L column C" (relative to the
/// token, not the file).
fn string_error(raw: &str, span: Span, e: &serde_json::Error) -> Diagnostic {
    if let Some((at, escape)) = unpaired_surrogate(raw) {
        let start = span.start + at;
        return Diagnostic::new(Code::P01, msg::json_unpaired_surrogate(escape))
            .at(Span::new(start, start + escape.len()))
            .help(msg::json_unpaired_surrogate_help());
    }
    let mut at = e
        .column()
        .saturating_sub(1)
        .min(raw.len().saturating_sub(1));
    while !raw.is_char_boundary(at) {
        at -= 1;
    }
    let end = raw[at..].chars().next().map_or(at, |c| at + c.len_utf8());
    Diagnostic::new(Code::P01, json_syntax::classify(e).message())
        .at(Span::new(span.start + at, span.start + end))
}

/// The first `\uXXXX` escape of a surrogate that is not half of a pair, and
/// its offset in the string token.
fn unpaired_surrogate(raw: &str) -> Option<(usize, &str)> {
    let b = raw.as_bytes();
    let escape_at = |i: usize| -> Option<u16> {
        if b.get(i) == Some(&b'\\') && b.get(i + 1) == Some(&b'u') {
            u16::from_str_radix(raw.get(i + 2..i + 6)?, 16).ok()
        } else {
            None
        }
    };
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        match escape_at(i) {
            Some(0xD800..=0xDBFF) => {
                if matches!(escape_at(i + 6), Some(0xDC00..=0xDFFF)) {
                    i += 12;
                    continue;
                }
                return Some((i, &raw[i..i + 6]));
            }
            Some(0xDC00..=0xDFFF) => return Some((i, &raw[i..i + 6])),
            Some(_) => i += 6,
            None => i += 2,
        }
    }
    None
}

/// CRLF and CR become LF inside text values.
pub(crate) fn normalise_line_ends(s: String) -> String {
    if memchr::memchr(b'\r', s.as_bytes()).is_some() {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Vec<Node>, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let docs = read(text, &Limits::default(), &mut d);
        (docs, d)
    }

    #[test]
    fn keeps_number_text_and_spans() {
        let (docs, d) = parse("{\"a\": 1.50, \"b\": [true, null], \"c\": \"x\\ny\"}");
        assert!(d.is_empty());
        let a = docs[0].get("a").unwrap();
        assert_eq!(a.value, Value::Number("1.50".into()));
        assert_eq!(a.span, Span::new(6, 10));
        assert_eq!(docs[0].pointer("/b/1").unwrap().value, Value::Null);
        assert_eq!(docs[0].str_of("c"), Some("x\ny"));
    }

    #[test]
    fn duplicate_keys_are_s08() {
        let (docs, d) = parse("{\"a\": 1, \"a\": 2}");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, Code::S08);
        assert_eq!(d[0].span, Some(Span::new(9, 12)));
        assert_eq!(d[0].related[0].span, Span::new(1, 4));
        assert_eq!(docs[0].get("a").unwrap().as_int(), Some(1));
    }

    #[test]
    fn deep_nesting_is_p06_not_a_crash() {
        let text = "[".repeat(200_000) + &"]".repeat(200_000);
        let (docs, d) = parse(&text);
        assert!(docs.is_empty());
        assert_eq!(d[0].code, Code::P06);
        let text = "[".repeat(40) + &"]".repeat(40);
        let (_, d) = parse(&text);
        assert_eq!(d[0].code, Code::P06);
    }

    #[test]
    fn syntax_errors_are_located() {
        let text = "{\n  \"a\": 1,\n  \"b\": [1, 2,, 3]\n}";
        let (_, d) = parse(text);
        assert_eq!(d[0].code, Code::P01);
        assert_eq!(&text[d[0].span.unwrap().start..][..1], ",");
    }

    #[test]
    fn an_unpaired_surrogate_is_named_at_its_escape() {
        for (text, at) in [
            ("{\"a\": \"\\ud800\"}", 7),
            ("[\"x\\ud800y\"]", 3),
            ("[\"\\udc00\"]", 2),
            ("[\"\\ud83d\\ude00 \\ud83d\"]", 15),
        ] {
            let (_, d) = parse(text);
            assert_eq!(d.len(), 1, "{text}");
            assert_eq!(d[0].code, Code::P01);
            assert_eq!(d[0].span, Some(Span::new(at, at + 6)), "{text}");
            let escape = &text[at..at + 6];
            assert_eq!(
                d[0].message.english(),
                format!(
                    "JSON syntax: `{escape}` is an unpaired surrogate, half of a UTF-16 pair and no character"
                )
            );
        }
        // A pair is one character.
        let (docs, d) = parse("[\"\\ud83d\\ude00\"]");
        assert!(d.is_empty());
        assert_eq!(docs[0].value, Value::String("\u{1F600}".into()));
    }

    /// What the one pass accepts, serde_json accepts, and the tree is the
    /// one scanned after serde_json's check: over every prefix of a
    /// fixture, and every insertion and deletion of a character in its head.
    #[test]
    fn the_one_pass_accepts_only_what_serde_json_accepts() {
        let text = include_str!("../../fixtures/valid/progress-report.json");
        let head: String = text.chars().take(600).collect();
        let mut texts: Vec<String> = text
            .char_indices()
            .step_by(3)
            .map(|(at, _)| text[..at].to_string())
            .collect();
        for (at, c) in head.char_indices() {
            let rest = &text[at..];
            texts.push(format!("{}{}", &text[..at], &rest[c.len_utf8()..]));
            for insert in [
                ",", "}", "]", "{", "[", ":", "\"", "0", "1", "-", "+", ".", "e", "E", "\\", "\\u",
                "\\ud800", "\u{1}", "\u{7f}", " ", "\t", "tru", "nul", "01", "1.", "1e", "-0", "é",
            ] {
                texts.push(format!("{}{insert}{rest}", &text[..at]));
            }
        }
        let limits = Limits::default();
        let (mut accepted, mut refused) = (0, 0);
        for text in &texts {
            let mut one_pass = Scanner::new(text, &limits);
            let Some(root) = one_pass.root() else {
                refused += 1;
                continue;
            };
            accepted += 1;
            assert!(
                serde_json::from_str::<IgnoredAny>(text).is_ok(),
                "accepted what serde_json refuses: {text}"
            );
            let mut again = Scanner::new(text, &limits);
            again.skip_ws();
            assert_eq!(again.value(), Some(root), "{text}");
            assert_eq!(again.diags, one_pass.diags, "{text}");
        }
        assert!(accepted > 1000 && refused > 1000, "{accepted} {refused}");
    }

    #[test]
    fn collections_are_split() {
        let (docs, d) = parse("[{}, {}]");
        assert!(d.is_empty());
        assert_eq!(docs.len(), 2);
    }
}
