//! The span-aware document tree that every reader produces.
//!
//! JSON, XML and CSV are three spellings of one model. Each reader turns its
//! input into the same [`Node`] tree; every node remembers where it came from
//! in the decoded source text, so that a problem found anywhere later (schema,
//! business rules) can be pointed at the exact line and column.

use std::ops::Range;

/// A byte range in the decoded (UTF-8) source text of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// A zero-length or one-character span at `offset`.
    pub fn at(offset: usize) -> Self {
        Span {
            start: offset,
            end: offset,
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// Whether two keys are the same: their lengths and last bytes, which
/// tell most keys apart, compared before the rest.
fn same_key(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().last() == b.as_bytes().last() && a == b
}

/// One value of a document, with the place it was written.
///
/// For scalars `span` covers the value's text. For objects and arrays it covers
/// only their head: the opening bracket in JSON, the start tag in XML, the
/// first cell of the row in CSV; a whole container would make an unreadable label.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where the value was written.
    pub span: Span,
}

/// A value of the document model.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// JSON `null`; never valid in a submission (S03), kept so it can be reported.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number, kept as its exact source text (no floating-point round trip).
    Number(String),
    /// A string.
    String(String),
    /// A list.
    Array(Vec<Node>),
    /// An object; members keep their source order.
    Object(Vec<Member>),
}

/// A member of an object: a key, where the key was written, and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The key (canonical JSON name).
    pub key: String,
    /// Where the key was written (JSON key, XML start tag, CSV header cell).
    pub key_span: Span,
    /// The value.
    pub node: Node,
}

impl Node {
    /// A node.
    pub fn new(value: Value, span: Span) -> Self {
        Node { value, span }
    }

    /// The member `key` of an object node.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.member(key).map(|m| &m.node)
    }

    /// The member entry `key` of an object node, with its key span. A big
    /// object is searched through an index of its keys (see `KeyIndex`),
    /// so that looking up each of its keys in turn costs linear time.
    pub fn member(&self, key: &str) -> Option<&Member> {
        match &self.value {
            Value::Object(members) if members.len() > KeyIndex::FROM => {
                KeyIndex::find(members, key).or_else(|| members.iter().find(|m| m.key == key))
            }
            Value::Object(members) => members.iter().find(|m| same_key(&m.key, key)),
            _ => None,
        }
    }

    /// The members of an object node (empty for other values).
    pub fn members(&self) -> &[Member] {
        match &self.value {
            Value::Object(members) => members,
            _ => &[],
        }
    }

    /// The items of an array node (empty for other values).
    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::Array(items) => items,
            _ => &[],
        }
    }

    /// Whether this is an object or a list.
    pub fn value_is_container(&self) -> bool {
        matches!(self.value, Value::Object(_) | Value::Array(_))
    }

    /// The exact text of a number node.
    pub fn number_text(&self) -> Option<&str> {
        match &self.value {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The string value, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean value, if this is a boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self.value {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// The value as an integer, if it is a number written as a plain integer.
    pub fn as_int(&self) -> Option<i64> {
        match &self.value {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The string value at `key` of an object node.
    pub fn str_of(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Node::as_str)
    }

    /// Follows an RFC 6901 JSON Pointer (`/entries/2/status`) from this node.
    pub fn pointer(&self, pointer: &str) -> Option<&Node> {
        let mut node = self;
        for token in pointer.split('/').skip(1) {
            let token = match token.contains('~') {
                true => std::borrow::Cow::Owned(unescape(token)),
                false => std::borrow::Cow::Borrowed(token),
            };
            node = match &node.value {
                Value::Object(_) => node.get(&token)?,
                Value::Array(items) => items.get(token.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// Follows a pointer to an object member, returning the member (with its key span).
    pub fn pointer_member(&self, pointer: &str) -> Option<&Member> {
        let (parent, last) = split_pointer(pointer)?;
        self.pointer(parent)?.member(&last)
    }

    /// A short text of the value for messages: strings as they are, others
    /// as JSON, as [`shown`] quotes them.
    pub fn display(&self) -> String {
        match &self.value {
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => shown(n),
            Value::String(s) => shown(s),
            Value::Array(_) => "a list".into(),
            Value::Object(_) => "an object".into(),
        }
    }

    /// Converts the tree into a `serde_json::Value` for schema validation.
    ///
    /// Numbers become JSON numbers (integers when they fit, otherwise `f64`);
    /// the exact text stays in the tree.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(n) => number_to_json(n),
            Value::String(s) => J::String(s.clone()),
            Value::Array(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Object(members) => J::Object(
                members
                    .iter()
                    .map(|m| (m.key.clone(), m.node.to_json()))
                    .collect(),
            ),
        }
    }
}

pub(crate) fn number_to_json(text: &str) -> serde_json::Value {
    if let Ok(i) = text.parse::<i64>() {
        return i.into();
    }
    if let Ok(u) = text.parse::<u64>() {
        return u.into();
    }
    match text
        .parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
    {
        Some(n) => serde_json::Value::Number(n),
        // Out of range for f64 (e.g. 1e999999): keep it a number the schema
        // will treat as very large, preserving the sign.
        None if text.starts_with('-') => serde_json::Value::from(f64::MIN),
        None => serde_json::Value::from(f64::MAX),
    }
}

/// Splits a JSON Pointer into its unescaped reference tokens.
pub fn pointer_tokens(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer.split('/').skip(1).map(unescape)
}

/// A token of a JSON Pointer unescaped (`~1` is `/`, `~0` is `~`).
fn unescape(token: &str) -> String {
    if token.contains('~') {
        token.replace("~1", "/").replace("~0", "~")
    } else {
        token.to_string()
    }
}

/// Splits a pointer into its parent pointer and its last (unescaped) token.
pub fn split_pointer(pointer: &str) -> Option<(&str, String)> {
    let idx = pointer.rfind('/')?;
    Some((&pointer[..idx], unescape(&pointer[idx + 1..])))
}

/// Appends a token to a pointer, escaping it.
pub fn pointer_push(pointer: &str, token: &str) -> String {
    let mut out = String::with_capacity(pointer.len() + token.len() + 1);
    out.push_str(pointer);
    out.push('/');
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}

/// The dotted field name of a pointer, without list indices:
/// `/entries/2/status` → `entries.status`. This is also the CSV column name.
pub fn field_name(pointer: &str) -> String {
    pointer_tokens(pointer)
        .filter(|t| t.parse::<usize>().is_err())
        .collect::<Vec<_>>()
        .join(".")
}

/// Longest value a message quotes, in characters.
pub const SHOWN_MAX: usize = 60;

/// A value as a message quotes it: control characters escaped (a newline in
/// an identifier), so that a message stays on one line and sends nothing to
/// a terminal, and a value longer than [`SHOWN_MAX`] characters (a number of
/// 10,000 digits) cut short with `…`.
pub fn shown(s: &str) -> String {
    let long = s.chars().nth(SHOWN_MAX).is_some();
    let take = if long { SHOWN_MAX - 1 } else { SHOWN_MAX };
    let mut out = String::with_capacity(s.len().min(SHOWN_MAX * 4));
    for c in s.chars().take(take) {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    if long {
        out.push('…');
    }
    out
}

/// The index of the keys of the last big object searched by key on this
/// thread: for each key's hash, the first member with that hash. An answer
/// is only a hint, checked against the object (a key of the member found);
/// without an answer the caller scans the object, which gives the right
/// answer when the key is absent. So a stale index (an object dropped, and
/// another one built at its address) is never wrong, only slower.
struct KeyIndex {
    /// The object: the address and length of its members, and the
    /// addresses of its first and last keys.
    object: [usize; 4],
    first: std::collections::HashMap<u64, usize>,
}

thread_local! {
    static KEY_INDEX: std::cell::RefCell<Option<KeyIndex>> = const { std::cell::RefCell::new(None) };
}

impl KeyIndex {
    /// Objects of more members than this are searched through the index.
    const FROM: usize = 32;

    fn hash(key: &str) -> u64 {
        use std::hash::{BuildHasher, BuildHasherDefault};
        BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(key)
    }

    /// The member `key` of `members`, if the index finds it.
    fn find<'a>(members: &'a [Member], key: &str) -> Option<&'a Member> {
        KEY_INDEX.with(|cell| {
            let mut cell = cell.borrow_mut();
            let here = [
                members.as_ptr() as usize,
                members.len(),
                members.first().map_or(0, |m| m.key.as_ptr() as usize),
                members.last().map_or(0, |m| m.key.as_ptr() as usize),
            ];
            let index = match cell.as_mut() {
                Some(i) if i.object == here => i,
                _ => {
                    let mut first = std::collections::HashMap::with_capacity(members.len());
                    for (i, m) in members.iter().enumerate() {
                        first.entry(Self::hash(&m.key)).or_insert(i);
                    }
                    cell.insert(KeyIndex {
                        object: here,
                        first,
                    })
                }
            };
            let &i = index.first.get(&Self::hash(key))?;
            members.get(i).filter(|m| m.key == key)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_objects_are_searched_by_key() {
        let object = |keys: &[String]| {
            let members = keys
                .iter()
                .enumerate()
                .map(|(i, k)| Member {
                    key: k.clone(),
                    key_span: Span::at(i),
                    node: Node::new(Value::Null, Span::at(i)),
                })
                .collect();
            Node::new(Value::Object(members), Span::default())
        };
        let mut keys: Vec<String> = (0..100).map(|i| format!("k{i}")).collect();
        keys.push("k7".into());
        let a = object(&keys);
        let b = object(&keys[..50]);
        for (i, k) in keys[..100].iter().enumerate() {
            // The first member of a key given twice; the other object in
            // between does not confuse the index.
            assert_eq!(a.member(k).unwrap().key_span, Span::at(i));
            assert_eq!(
                b.member(k).map(|m| m.key_span),
                (i < 50).then(|| Span::at(i))
            );
        }
        assert!(a.member("absent").is_none());
    }

    #[test]
    fn field_name_drops_indices() {
        assert_eq!(field_name("/entries/2/status"), "entries.status");
        assert_eq!(
            field_name("/entries/0/stakeholders/1"),
            "entries.stakeholders"
        );
        assert_eq!(field_name(""), "");
    }

    #[test]
    fn pointer_escapes_round_trip() {
        let p = pointer_push("/a", "x/y~z");
        assert_eq!(p, "/a/x~1y~0z");
        assert_eq!(split_pointer(&p), Some(("/a", "x/y~z".to_string())));
    }

    #[test]
    fn huge_numbers_stay_numbers() {
        assert!(number_to_json("1e999999").as_f64().unwrap() > 1e300);
        assert_eq!(number_to_json("12").as_i64(), Some(12));
    }
}
