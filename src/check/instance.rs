//! The document tree as a `jsonschema` instance ([`Tree`]): the schema is
//! checked on the tree itself, without copying each document into a
//! `serde_json::Value` first (that copy took a sixth of the time of
//! validating a collection).
//!
//! It reads as the copy did: numbers by their value (a number too big for
//! `f64`, such as `1e999999`, as the largest `f64` of its sign), and of a
//! key given twice (S08, found by the reader) the last value.

use crate::tree::{Member, Node, Span, Value};
use jsonschema::JsonType;
use jsonschema::json::{Array, Json, JsonNumber, NodeIdentity, Object};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The compiled validator of one document (`#/$defs/document`), built once
/// per process from the published schema embedded in the binary.
pub(crate) fn document_validator() -> &'static jsonschema::Validator<Tree> {
    static VALIDATOR: OnceLock<jsonschema::Validator<Tree>> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        let published: serde_json::Value =
            serde_json::from_str(include_str!("../../schemas/fosx.schema.json"))
                .expect("the embedded schema is JSON");
        let schema = serde_json::json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$ref": "#/$defs/document",
            "$defs": published["$defs"].clone(),
        });
        jsonschema::options_for::<Tree>()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .build(&schema)
            .expect("the embedded schema compiles")
    })
}

/// The document tree, for `jsonschema::options_for`.
#[derive(Debug)]
pub(crate) struct Tree;

impl Json for Tree {
    type Node<'a> = &'a Node;
    type PreparedKey = String;
    type StringBuffer = Option<Node>;

    fn prepare_key(key: &str) -> String {
        key.to_owned()
    }

    fn with_string_node<T>(
        buffer: &mut Option<Node>,
        string: &str,
        f: impl FnOnce(&Node) -> T,
    ) -> T {
        f(buffer.insert(Node::new(Value::String(string.to_owned()), Span::default())))
    }
}

/// A number of the tree: its exact text.
#[derive(Debug, Clone, Copy)]
pub struct Number<'a>(&'a str);

impl Number<'_> {
    fn value(&self) -> serde_json::Number {
        match crate::tree::number_to_json(self.0) {
            serde_json::Value::Number(n) => n,
            _ => serde_json::Number::from(0),
        }
    }
}

impl JsonNumber for Number<'_> {
    fn as_u64(&self) -> Option<u64> {
        self.value().as_u64()
    }

    fn as_i64(&self) -> Option<i64> {
        self.value().as_i64()
    }

    fn as_f64(&self) -> Option<f64> {
        self.value().as_f64()
    }

    fn as_str(&self) -> Cow<'_, str> {
        Cow::Owned(self.value().to_string())
    }

    fn to_number(&self) -> Cow<'_, serde_json::Number> {
        Cow::Owned(self.value())
    }
}

impl<'a> jsonschema::json::Node<'a, Tree> for &'a Node {
    type Object = &'a [Member];
    type Array = &'a [Node];
    type Number = Number<'a>;

    fn as_object(&self) -> Option<&'a [Member]> {
        match &self.value {
            Value::Object(members) => Some(members),
            _ => None,
        }
    }

    fn as_array(&self) -> Option<&'a [Node]> {
        match &self.value {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    fn as_string(&self) -> Option<Cow<'a, str>> {
        match &self.value {
            Value::String(s) => Some(Cow::Borrowed(s)),
            _ => None,
        }
    }

    fn as_number(&self) -> Option<Number<'a>> {
        match &self.value {
            Value::Number(text) => Some(Number(text)),
            _ => None,
        }
    }

    fn as_boolean(&self) -> Option<bool> {
        match self.value {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    fn is_null(&self) -> bool {
        self.value == Value::Null
    }

    fn json_type(&self) -> JsonType {
        match self.value {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::String,
            Value::Array(_) => JsonType::Array,
            Value::Object(_) => JsonType::Object,
        }
    }

    fn equals_value(&self, expected: &serde_json::Value) -> bool {
        // Code lists (`enum`) compare strings: no copy needed.
        match (&self.value, expected) {
            (Value::String(s), serde_json::Value::String(e)) => s == e,
            (Value::String(_), _) | (_, serde_json::Value::String(_)) => false,
            _ => jsonschema::json::cmp::equal(&self.to_json(), expected),
        }
    }

    fn to_value(&self) -> Cow<'a, serde_json::Value> {
        Cow::Owned(self.to_json())
    }

    fn identity(&self) -> Option<NodeIdentity> {
        Some(NodeIdentity::new(std::ptr::from_ref::<Node>(*self) as usize))
    }
}

impl<'a> Object<'a, Tree> for &'a [Member] {
    type Node = &'a Node;
    type MemberName = &'a str;
    type MembersIter = Members<'a>;

    fn len(&self) -> usize {
        self.members().count()
    }

    fn get(&self, key: &String) -> Option<&'a Node> {
        self.iter().rev().find(|m| &m.key == key).map(|m| &m.node)
    }

    fn members(&self) -> Members<'a> {
        Members::new(self)
    }
}

/// Objects up to this many members find a key given twice by comparing
/// keys; bigger ones through an index built once.
const SMALL: usize = 16;

/// The members of an object, a key given twice once (with its last value),
/// in linear time: the readers never give a key twice (they report S08 and
/// keep the first), but a tree built otherwise may.
#[derive(Debug)]
pub struct Members<'a> {
    all: &'a [Member],
    next: usize,
    /// Of a big object, the index of each key's last member.
    last: Option<std::collections::HashMap<&'a str, usize>>,
}

impl<'a> Members<'a> {
    fn new(all: &'a [Member]) -> Self {
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
    type Item = (&'a str, &'a Node);

    fn next(&mut self) -> Option<Self::Item> {
        while let Some(m) = self.all.get(self.next) {
            let i = self.next;
            self.next += 1;
            let is_last = match &self.last {
                Some(last) => last.get(m.key.as_str()) == Some(&i),
                None => !self.all[self.next..].iter().any(|later| later.key == m.key),
            };
            if is_last {
                return Some((&m.key, &m.node));
            }
        }
        None
    }
}

impl<'a> Array<'a, Tree> for &'a [Node] {
    type Node = &'a Node;
    type ElementsIter = std::slice::Iter<'a, Node>;

    fn len(&self) -> usize {
        <[Node]>::len(self)
    }

    fn elements(&self) -> std::slice::Iter<'a, Node> {
        self.iter()
    }
}
