//! The published JSON Schema's definition of a document
//! (`schemas/fosx.schema.json`, `#/$defs/document`), checked from the data
//! dictionary it is generated from: every error the schema gives, in the
//! order a JSON Schema validator gives them, without a compiled schema.
//!
//! The schema is the contract; the walk follows it keyword by keyword. In
//! each (sub)schema the keywords are checked in this order: `type`, `const`,
//! `enum`, `minimum`, `maximum`, `maxLength`, `minItems`, `required` (of two
//! or more names), `pattern`, `format`, `uniqueItems`, then the members
//! (each in the object's order; a member not in `properties` is one error
//! for the object, after its members), an object's one `required` name after
//! that, the items, and last the document's `allOf` of `if`/`then`, the
//! definition of the document's own type (every type's, for a document
//! that is no object: its `if` asks only something of an object). The tests hold the walk to the
//! `jsonschema` crate running the published schema, error for error.
//!
//! An object given a key twice (which no reader makes: they report S08 and
//! keep the first) is read as a JSON Schema validator reads the object
//! parsed: the last value of the key, at the place of its last member.

use crate::model::{CodeList, DocType, Field, SCHEMA_VERSION, Ty};
use crate::schema::{NUMBER_BOUND, xml_char};
use crate::tree::{Member, Node, Value};

/// One error of the schema: its keyword and what the message needs.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind<'a> {
    /// `required`: the member missing.
    Required(&'static str),
    /// `additionalProperties: false`: the members the object may not have,
    /// in its order.
    Unexpected(Vec<&'a str>),
    /// `type`.
    Type,
    /// `const` (`schemaVersion`).
    Const(&'static str),
    /// `enum`: the code list.
    Enum(CodeList),
    /// `minimum`.
    Minimum(i64),
    /// `maximum`.
    Maximum(i64),
    /// `maxLength`.
    MaxLength(u64),
    /// `minItems`.
    MinItems(u64),
    /// `pattern`.
    Pattern,
    /// `format: date`.
    Format,
    /// `uniqueItems`: some items repeat.
    UniqueItems,
}

/// Walks `doc` as the schema's `#/$defs/document`, calling `found` with each
/// error and the JSON Pointer of the value it is about.
pub(super) fn walk<'a>(doc: &'a Node, found: &mut dyn FnMut(Kind<'a>, &str)) {
    let mut path = String::new();
    Walk {
        found,
        path: &mut path,
    }
    .document(doc);
}

/// Whether the walk finds nothing.
pub(super) fn accepts(doc: &Node) -> bool {
    let mut none = true;
    walk(doc, &mut |_, _| none = false);
    none
}

struct Walk<'f, 'a, 'p> {
    found: &'f mut dyn FnMut(Kind<'a>, &str),
    path: &'p mut String,
}

impl<'a> Walk<'_, 'a, '_> {
    fn error(&mut self, kind: Kind<'a>) {
        (self.found)(kind, self.path);
    }

    /// Runs `f` with `token` pushed on the path.
    fn at(&mut self, token: &str, f: impl FnOnce(&mut Self)) {
        let len = self.path.len();
        self.path.push('/');
        self.path.push_str(token);
        f(self);
        self.path.truncate(len);
    }

    /// `#/$defs/document`: an object whose `schemaVersion` and
    /// `documentType` are required and checked, then the definition its
    /// `documentType` selects.
    fn document(&mut self, doc: &'a Node) {
        let Value::Object(members) = &doc.value else {
            // Not an object: the `if` of each type holds (it asks only
            // something of an object), and each definition says so again.
            self.error(Kind::Type);
            for _ in DocType::ALL {
                self.error(Kind::Type);
            }
            return;
        };
        for key in ["schemaVersion", "documentType"] {
            if get(members, key).is_none() {
                self.error(Kind::Required(key));
            }
        }
        let envelope = |key: &str| match key {
            "documentType" => Some(Ty::Code(CodeList::DocumentType)),
            "schemaVersion" => Some(Ty::SchemaVersion),
            _ => None,
        };
        // A small object in its own order, a big one by the two names.
        if Members::new(members).count() <= 2 * 4 {
            for m in Members::new(members) {
                if let Some(ty) = envelope(&m.key) {
                    self.at(&m.key, |w| w.value(&m.node, &ty));
                }
            }
        } else {
            for key in ["documentType", "schemaVersion"] {
                if let (Some(node), Some(ty)) = (get(members, key), envelope(key)) {
                    self.at(key, |w| w.value(node, &ty));
                }
            }
        }
        let code = get(members, "documentType").and_then(Node::as_str);
        for &t in DocType::ALL {
            if code == Some(t.code()) {
                self.object(members, t.fields(), Some(t));
            }
        }
    }

    /// A value of the field type `ty`.
    fn value(&mut self, node: &'a Node, ty: &Ty) {
        let text = node.as_str();
        match ty {
            Ty::SchemaVersion => {
                if text.is_none() {
                    self.error(Kind::Type);
                }
                if text != Some(SCHEMA_VERSION) {
                    self.error(Kind::Const(SCHEMA_VERSION));
                }
            }
            Ty::Code(list) => {
                if text.is_none() {
                    self.error(Kind::Type);
                }
                if !text.is_some_and(|s| list.contains(s)) {
                    self.error(Kind::Enum(*list));
                }
            }
            Ty::Text | Ty::LongText | Ty::Token | Ty::Date | Ty::Email | Ty::Phone => {
                let Some(s) = text else {
                    self.error(Kind::Type);
                    return;
                };
                self.string(s, ty);
            }
            Ty::Boolean => {
                if !matches!(node.value, Value::Bool(_)) {
                    self.error(Kind::Type);
                }
            }
            Ty::Integer { min, max } | Ty::Decimal { min, max } => {
                let Value::Number(n) = &node.value else {
                    self.error(Kind::Type);
                    return;
                };
                let n = Number::of(n);
                if matches!(ty, Ty::Integer { .. }) && !n.is_integer() {
                    self.error(Kind::Type);
                }
                let (min, max) = (min.unwrap_or(-NUMBER_BOUND), max.unwrap_or(NUMBER_BOUND));
                if n.below(min) {
                    self.error(Kind::Minimum(min));
                }
                if n.above(max) {
                    self.error(Kind::Maximum(max));
                }
            }
            Ty::Object(fields) => match &node.value {
                Value::Object(members) => self.object(members, fields.iter(), None),
                _ => self.error(Kind::Type),
            },
            Ty::List { item, min, .. } => {
                let Value::Array(items) = &node.value else {
                    self.error(Kind::Type);
                    return;
                };
                if items.len() < *min {
                    self.error(Kind::MinItems(*min as u64));
                }
                if item.is_scalar() && repeats(items) {
                    self.error(Kind::UniqueItems);
                }
                for (i, node) in items.iter().enumerate() {
                    self.at(&i.to_string(), |w| w.value(node, item));
                }
            }
        }
    }

    /// A text of one of the dictionary's string types: `maxLength`, then
    /// `pattern`, then `format`.
    fn string(&mut self, s: &str, ty: &Ty) {
        let max = match ty {
            Ty::Text => Some(200),
            Ty::LongText => Some(4000),
            Ty::Email => Some(254),
            _ => None,
        };
        if let Some(max) = max
            && s.chars().count() > max
        {
            self.error(Kind::MaxLength(max as u64));
        }
        let pattern = match ty {
            Ty::Text | Ty::LongText => text(s),
            Ty::Token => token(s),
            Ty::Date => date_shape(s),
            Ty::Email => email(s),
            _ => phone(s),
        };
        if !pattern {
            self.error(Kind::Pattern);
        }
        if matches!(ty, Ty::Date) && !calendar_date(s) {
            self.error(Kind::Format);
        }
    }

    /// An object of the given fields (`additionalProperties: false`):
    /// `doc_type` for a document's own definition, whose `documentType` is
    /// a constant its `if` has already matched.
    fn object<'f>(
        &mut self,
        members: &'a [Member],
        fields: impl Iterator<Item = &'f Field> + Clone,
        doc_type: Option<DocType>,
    ) {
        let mut required = fields.clone().filter(|f| f.required).map(|f| f.key);
        let one = match (required.next(), required.next()) {
            (Some(only), None) => Some(only),
            (None, _) => None,
            (Some(_), Some(_)) => {
                for f in fields.clone().filter(|f| f.required) {
                    if get(members, f.key).is_none() {
                        self.error(Kind::Required(f.key));
                    }
                }
                None
            }
        };
        let mut unexpected = Vec::new();
        for m in Members::new(members) {
            match fields.clone().find(|f| f.key == m.key) {
                Some(f) if doc_type.is_some() && f.key == "documentType" => {}
                Some(f) => self.at(f.key, |w| w.value(&m.node, &f.ty)),
                None => unexpected.push(m.key.as_str()),
            }
        }
        if !unexpected.is_empty() {
            self.error(Kind::Unexpected(unexpected));
        }
        if let Some(key) = one
            && get(members, key).is_none()
        {
            self.error(Kind::Required(key));
        }
    }
}

/// The value of `key`: of a key given twice, the last.
fn get<'a>(members: &'a [Member], key: &str) -> Option<&'a Node> {
    members.iter().rev().find(|m| m.key == key).map(|m| &m.node)
}

/// Objects up to this many members find a key given twice by comparing
/// keys; bigger ones through an index built once.
const SMALL: usize = 16;

/// The members of an object, a key given twice once (its last member), in
/// linear time.
pub(super) struct Members<'a> {
    all: &'a [Member],
    next: usize,
    /// Of a big object, the index of each key's last member.
    last: Option<std::collections::HashMap<&'a str, usize>>,
}

impl<'a> Members<'a> {
    pub(super) fn new(all: &'a [Member]) -> Self {
        let last = (all.len() > SMALL).then(|| {
            let mut last = std::collections::HashMap::with_capacity(all.len());
            for (i, m) in all.iter().enumerate() {
                last.insert(m.key.as_str(), i);
            }
            last
        });
        Members { all, next: 0, last }
    }
}

impl<'a> Iterator for Members<'a> {
    type Item = &'a Member;

    fn next(&mut self) -> Option<&'a Member> {
        while let Some(m) = self.all.get(self.next) {
            let i = self.next;
            self.next += 1;
            let is_last = match &self.last {
                Some(last) => last.get(m.key.as_str()) == Some(&i),
                None => !self.all[self.next..].iter().any(|later| later.key == m.key),
            };
            if is_last {
                return Some(m);
            }
        }
        None
    }
}

/// A number of the tree as JSON reads it: an integer when it is one that
/// fits 64 bits, else the nearest `f64` (a number past `f64`, such as
/// `1e999999`, the largest `f64` of its sign).
enum Number {
    Int(i128),
    Float(f64),
}

impl Number {
    fn of(text: &str) -> Self {
        let json = crate::tree::number_to_json(text);
        let n = json.as_number();
        match (
            n.and_then(serde_json::Number::as_i64),
            n.and_then(serde_json::Number::as_u64),
        ) {
            (Some(i), _) => Number::Int(i.into()),
            (None, Some(u)) => Number::Int(u.into()),
            _ => Number::Float(n.and_then(serde_json::Number::as_f64).unwrap_or(f64::MAX)),
        }
    }

    /// `type: integer`: an integer, or a number with no fraction.
    fn is_integer(&self) -> bool {
        match self {
            Number::Int(_) => true,
            Number::Float(v) => v.fract() == 0.0,
        }
    }

    /// Less than `bound`, compared exactly.
    fn below(&self, bound: i64) -> bool {
        match *self {
            Number::Int(i) => i < i128::from(bound),
            // For an integer bound, v < b exactly when floor(v) < b; past
            // ±2^63 the floor is no i64, and the answer is the sign.
            Number::Float(v) if v.abs() < 9.2e18 => (v.floor() as i64) < bound,
            Number::Float(v) => v < 0.0,
        }
    }

    /// More than `bound`, compared exactly.
    fn above(&self, bound: i64) -> bool {
        match *self {
            Number::Int(i) => i > i128::from(bound),
            Number::Float(v) if v.abs() < 9.2e18 => (v.ceil() as i64) > bound,
            Number::Float(v) => v > 0.0,
        }
    }
}

/// Whether some items of a list are the same value.
fn repeats(items: &[Node]) -> bool {
    repeated(items).next().is_some()
}

/// Each item of a list that is the same value as an earlier one (spans of
/// what it holds included), with the index of the first of them: in
/// linear time, each item compared only with those of the same hash.
pub(super) fn repeated(items: &[Node]) -> impl Iterator<Item = (usize, usize)> + '_ {
    use std::hash::BuildHasher;
    let hashes = ahash::RandomState::new();
    let mut firsts: std::collections::HashMap<u64, Vec<usize>> =
        std::collections::HashMap::with_capacity(items.len());
    items.iter().enumerate().filter_map(move |(i, item)| {
        let mut hasher = hashes.build_hasher();
        hash_value(&item.value, &mut hasher);
        let same = firsts
            .entry(std::hash::Hasher::finish(&hasher))
            .or_default();
        match same.iter().find(|&&f| items[f].value == item.value) {
            Some(&first) => Some((i, first)),
            None => {
                same.push(i);
                None
            }
        }
    })
}

/// Hashes a value as `==` compares it: what it holds, with the spans of
/// the values and keys inside it.
fn hash_value(value: &Value, h: &mut impl std::hash::Hasher) {
    use std::hash::Hash;
    let hash_span = |span: &crate::tree::Span, h: &mut _| (span.start, span.end).hash(h);
    match value {
        Value::Null => 0u8.hash(h),
        Value::Bool(b) => (1u8, b).hash(h),
        Value::Number(n) => (2u8, n).hash(h),
        Value::String(s) => (3u8, s).hash(h),
        Value::Array(items) => {
            (4u8, items.len()).hash(h);
            for item in items {
                hash_span(&item.span, h);
                hash_value(&item.value, h);
            }
        }
        Value::Object(members) => {
            (5u8, members.len()).hash(h);
            for m in members {
                m.key.hash(h);
                hash_span(&m.key_span, h);
                hash_span(&m.node.span, h);
                hash_value(&m.node.value, h);
            }
        }
    }
}

/// The `text` pattern: only characters XML can hold, not all white space.
pub(super) fn text(s: &str) -> bool {
    if s.is_ascii() {
        let b = s.as_bytes();
        return b
            .iter()
            .all(|&c| c >= b' ' || matches!(c, b'\t' | b'\n' | b'\r'))
            && b.iter().any(|&c| c > b' ');
    }
    s.chars().all(xml_char) && s.chars().any(|c| !c.is_whitespace())
}

/// `[A-Za-z0-9][A-Za-z0-9._-]{0,63}`.
pub(super) fn token(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'))
}

/// The digits of a `YYYY-MM-DD` text: year, month, day.
fn date_digits(s: &str) -> Option<(u32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    Some((digits(0..4)?, digits(5..7)?, digits(8..10)?))
}

/// The `date` pattern: `YYYY-MM-DD`, year 0001 to 9999.
pub(super) fn date_shape(s: &str) -> bool {
    date_digits(s).is_some_and(|(year, _, _)| year >= 1)
}

/// `format: date`: a day of the Gregorian calendar, any year 0000–9999.
pub(super) fn calendar_date(s: &str) -> bool {
    let Some((year, month, day)) = date_digits(s) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// The `email` pattern: `local@domain.tld`, one `@`, a `.` inside the
/// domain, no white space, only characters XML can hold.
pub(super) fn email(s: &str) -> bool {
    let part = |c: char| xml_char(c) && !c.is_whitespace() && c != '@';
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let mut chars = domain.chars();
    let (first, last) = (chars.next(), chars.next_back());
    !local.is_empty()
        && local.chars().all(part)
        && first.is_some_and(part)
        && last.is_some_and(part)
        && chars.as_str().contains('.')
        && domain.chars().all(part)
}

/// `\+?[0-9][0-9 ()./\-]{4,28}[0-9()./\-]`.
pub(super) fn phone(s: &str) -> bool {
    let b = s.as_bytes();
    let b = b.strip_prefix(b"+").unwrap_or(b);
    let mark = |c: &u8| c.is_ascii_digit() || matches!(c, b'(' | b')' | b'.' | b'/' | b'-');
    (6..=30).contains(&b.len())
        && b[0].is_ascii_digit()
        && mark(&b[b.len() - 1])
        && b[1..b.len() - 1].iter().all(|c| mark(c) || *c == b' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        assert!(text(" \u{A0}a\u{1F600} "));
        assert!(!text(" \t\n\u{3000}"));
        assert!(!text("a\u{B}"));
        assert!(!text("a\u{FFFE}"));
        assert!(!text(""));
        assert!(date_shape("0001-13-45"));
        assert!(!date_shape("0000-01-01"));
        assert!(calendar_date("0000-02-29"));
        assert!(!calendar_date("1900-02-29"));
        assert!(email(".a@b.c.d"));
        assert!(!email("a@bc"));
        assert!(phone("+254 20 1234567"));
        assert!(!phone("+ 123456"));
    }

    #[test]
    fn repeats_are_found_with_their_first() {
        // A list, read as the member `l` of a document.
        let read = |list: &str| {
            let mut diags = Vec::new();
            let text = format!(r#"{{"l": {list}}}"#);
            let doc = crate::read::json::read(&text, &Default::default(), &mut diags).remove(0);
            doc.get("l").unwrap().clone()
        };
        let list = read(r#"["a", 1, "a", {}, [], {}, {"b": 1}, {"b": 1}, 1, "1", [], "a"]"#);
        let found: Vec<_> = repeated(list.items()).collect();
        // Objects with members are the same only where their members are.
        assert_eq!(found, [(2, 0), (5, 3), (8, 1), (10, 4), (11, 0)]);
        assert!(!repeats(
            read(r#"[{"b": 1}, {"b": 1}, "1", 1, 1.0]"#).items()
        ));
    }

    #[test]
    fn numbers_compare_exactly() {
        // The nearest f64 is 10^18, past the 18-digit bound.
        let n = Number::of("999999999999999999.0");
        assert!(n.above(NUMBER_BOUND));
        assert!(!Number::of("999999999999999999").above(NUMBER_BOUND));
        assert!(Number::of("-0.5").below(0));
        assert!(!Number::of("-0.0").below(0));
        assert!(Number::of("1e999999").above(100));
        assert!(Number::of("-1e999999").below(0));
        assert!(Number::of("18446744073709551615").above(NUMBER_BOUND));
        assert!(Number::of("1.0").is_integer());
        assert!(!Number::of("1.5").is_integer());
    }
}
