//! The walk of the schema ([`super::schema_walk`]) held to its oracle: the
//! `jsonschema` crate running the published schema (`schemas/fosx.schema.json`)
//! on the same trees gives the same errors, in the same order, on every
//! document of every fixture and on documents with values, members and
//! items changed, added, removed and given twice.
//!
//! The tree is the `jsonschema` instance itself ([`Tree`]): it reads as
//! JSON parsed does, numbers by their value (a number too big for `f64`,
//! such as `1e999999`, as the largest `f64` of its sign), and of a key
//! given twice the last value.

use crate::tree::{Member, Node, Span, Value};
use jsonschema::JsonType;
use jsonschema::json::{Array, Json, JsonNumber, NodeIdentity, Object};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The compiled validator of one document (`#/$defs/document`), built once
/// per process from the published schema embedded in the binary.
fn document_validator() -> &'static jsonschema::Validator<Tree> {
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
struct Tree;

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
struct Number<'a>(&'a str);

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

/// The members of an object as the walk reads them: a key given twice
/// once, its last member.
type Members<'a> = std::iter::Map<schema_walk::Members<'a>, fn(&'a Member) -> (&'a str, &'a Node)>;

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
        schema_walk::Members::new(self).map(|m| (m.key.as_str(), &m.node))
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

use super::schema_walk::{self, Kind, walk};
use crate::model::CodeList;
use jsonschema::error::ValidationErrorKind as K;

/// An error as the two sides name it: its keyword and what it carries,
/// and the pointer of the value.
type Named = (String, String);

fn walked(doc: &Node) -> Vec<Named> {
    let mut out = Vec::new();
    walk(doc, &mut |kind, path| {
        let name = match kind {
            Kind::Enum(list) => format!("Enum({})", list.values().join("|")),
            other => format!("{other:?}"),
        };
        out.push((name, path.to_owned()));
    });
    out
}

fn oracle(doc: &Node) -> Vec<Named> {
    let list = |options: &serde_json::Value| -> Vec<String> {
        options
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|v| v.as_str().unwrap_or("?").to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    document_validator()
        .iter_errors(doc)
        .map(|e| {
            let name = match e.kind() {
                K::Required { property } => {
                    format!("Required({:?})", property.as_str().unwrap_or("?"))
                }
                K::AdditionalProperties { unexpected } => format!("Unexpected({unexpected:?})"),
                K::Type { .. } => "Type".to_owned(),
                K::Constant { expected_value } => {
                    format!("Const({:?})", expected_value.as_str().unwrap_or("?"))
                }
                K::Enum { options } => format!("Enum({})", list(options).join("|")),
                K::Minimum { limit } => format!("Minimum({limit})"),
                K::Maximum { limit } => format!("Maximum({limit})"),
                K::MaxLength { limit } => format!("MaxLength({limit})"),
                K::MinItems { limit } => format!("MinItems({limit})"),
                K::Pattern { .. } => "Pattern".to_owned(),
                K::Format { format } if format == "date" => "Format".to_owned(),
                K::UniqueItems => "UniqueItems".to_owned(),
                other => format!("unexpected keyword {}", other.keyword()),
            };
            (name, e.instance_path().as_str().to_owned())
        })
        .collect()
}

/// Whether a list holds two items JSON takes for equal that the walk does
/// not (`1` and `1.0`, objects with their members in another order): the
/// oracle's `uniqueItems` error the walk leaves out, which gives no
/// diagnostic either way (the repeats said are the same values).
fn same_as_json_only(doc: &Node, path: &str) -> bool {
    let items = doc.pointer(path).map(Node::items).unwrap_or_default();
    let json: Vec<_> = items.iter().map(Node::to_json).collect();
    let equal_json = (0..json.len()).any(|i| (0..i).any(|j| json[i] == json[j]));
    let equal_tree = (0..items.len()).any(|i| (0..i).any(|j| items[i].value == items[j].value));
    equal_json && !equal_tree
}

/// Holds the walk to the oracle on one document.
fn agree(doc: &Node, what: &str) {
    let ours = walked(doc);
    let mut theirs = oracle(doc);
    theirs.retain(|(name, path)| !(name == "UniqueItems" && same_as_json_only(doc, path)));
    assert_eq!(
        ours,
        theirs,
        "{what}: the walk and jsonschema differ on {}",
        serde_json::to_string(&doc.to_json()).unwrap_or_default()
    );
    assert_eq!(
        super::schema_accepts(doc),
        document_validator().is_valid(doc),
        "{what}"
    );
}

/// Every document of every fixture.
fn fixture_documents() -> Vec<(String, Node)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [
        "fixtures/valid",
        "fixtures/json",
        "fixtures/xml",
        "fixtures/csv",
        "fixtures/hostile",
        "fixtures/hostile/regressions",
        "fixtures/xlsx",
        "fixtures/ods",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let name = path.display().to_string();
            let parsed = crate::read::read(&name, &bytes, &Default::default());
            out.extend(parsed.documents.into_iter().map(|d| (name.clone(), d)));
        }
    }
    assert!(out.len() > 100, "the fixtures are there: {}", out.len());
    out
}

#[test]
fn the_walk_gives_the_errors_of_the_schema_on_every_fixture() {
    for (name, doc) in fixture_documents() {
        agree(&doc, &name);
    }
}

/// A small random number generator (xorshift), for documents made the same
/// way every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Values a field may be given: of every JSON type, at and past the
/// dictionary's bounds, forms its patterns and code lists refuse.
fn any_value(rng: &mut Rng, others: &[Node]) -> Node {
    let number = |s: &str| Value::Number(s.to_owned());
    let string = |s: &str| Value::String(s.to_owned());
    let value = match rng.below(6) {
        0 => match rng.below(4) {
            0 => Value::Null,
            1 => Value::Bool(true),
            2 => Value::Bool(false),
            _ => Value::Array(Vec::new()),
        },
        1 => number(rng.pick::<&str>(&[
            "0",
            "-1",
            "1.0",
            "1.5",
            "4",
            "5",
            "100",
            "101",
            "100.0",
            "100.5",
            "-0.0",
            "-0.5",
            "1e2",
            "1E400",
            "-1e400",
            "2.5e-3",
            "18446744073709551615",
            "18446744073709551616",
            "999999999999999999",
            "1000000000000000000",
            "999999999999999999.0",
            "-999999999999999999",
            "-1000000000000000000",
            "-9223372036854775809",
        ])),
        2 => string(rng.pick::<&str>(&[
            "",
            " ",
            "\t\n",
            "x",
            "1.0",
            "1.1",
            "a@b.c",
            "a@bc",
            "a b@c.d",
            "2024-02-29",
            "2023-02-29",
            "0000-01-01",
            "0000-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "abc",
            "notification",
            "timetable",
            "progress-report",
            "KE",
            "FR",
            "EUR",
            "not-a-code",
            "in-progress",
            "completed",
            "true",
            "12",
            "+254 20 1234567",
            "+ 123456",
            "KE-2026.01_a",
            "-a",
            "\u{1}",
            "a\u{FFFE}",
            "\u{A0}\u{3000}",
            "Kenya",
            "customs",
            "full",
        ])),
        3 => {
            let c = *rng.pick(&["a", "é", " ", "\u{1}", "@", "\u{1F600}"]);
            let n = *rng.pick(&[64, 65, 199, 200, 201, 254, 255, 3999, 4000, 4001]);
            let mut s = "x".repeat(n - 1);
            s.insert_str(rng.below(n), c);
            Value::String(s)
        }
        4 if !others.is_empty() => return rng.pick(others).clone(),
        _ => {
            let item = any_value(rng, &[]);
            let mut items = vec![item.clone(), any_value(rng, &[])];
            if rng.below(2) == 0 {
                items.push(item);
            }
            Value::Array(items)
        }
    };
    Node::new(value, crate::tree::Span::default())
}

/// The keys of the dictionary, and some it does not have.
fn any_key(rng: &mut Rng) -> String {
    use crate::model::DocType;
    let mut keys: Vec<&str> = vec!["unknown", "DocumentType", "a/b~c", ""];
    for t in DocType::ALL {
        keys.extend(t.fields().map(|f| f.key));
        keys.extend(t.entry_fields().iter().map(|f| f.key));
    }
    keys.extend([
        "memberCode",
        "name",
        "email",
        "start",
        "end",
        "scope",
        "currency",
    ]);
    (*rng.pick(&keys)).to_owned()
}

/// Every node of a tree, as the steps to it (member or item indices).
fn places(node: &Node, at: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(at.clone());
    let children: Vec<&Node> = match &node.value {
        Value::Object(members) => members.iter().map(|m| &m.node).collect(),
        Value::Array(items) => items.iter().collect(),
        _ => return,
    };
    for (i, child) in children.into_iter().enumerate() {
        at.push(i);
        places(child, at, out);
        at.pop();
    }
}

fn node_at<'a>(node: &'a mut Node, steps: &[usize]) -> &'a mut Node {
    let Some((&first, rest)) = steps.split_first() else {
        return node;
    };
    let child = match &mut node.value {
        Value::Object(members) => &mut members[first].node,
        Value::Array(items) => &mut items[first],
        _ => unreachable!("a place is in a container"),
    };
    node_at(child, rest)
}

/// One change to `doc`: a value replaced, a member removed, added or
/// given twice, an item removed or repeated.
fn change(doc: &mut Node, rng: &mut Rng, others: &[Node]) {
    let mut all = Vec::new();
    places(doc, &mut Vec::new(), &mut all);
    let steps = rng.pick(&all).clone();
    let node = node_at(doc, &steps);
    let what = rng.below(5);
    match &mut node.value {
        Value::Object(members) if what == 0 && !members.is_empty() => {
            let i = rng.below(members.len());
            members.remove(i);
        }
        Value::Object(members) if what == 1 => {
            let key = any_key(rng);
            let node = any_value(rng, others);
            let at = rng.below(members.len() + 1);
            members.insert(
                at,
                Member {
                    key,
                    key_span: crate::tree::Span::default(),
                    node,
                },
            );
        }
        Value::Object(members) if what == 2 && !members.is_empty() => {
            let mut twice = rng.pick(members).clone();
            if rng.below(2) == 0 {
                twice.node = any_value(rng, others);
            }
            let at = rng.below(members.len() + 1);
            members.insert(at, twice);
        }
        Value::Array(items) if what <= 1 && !items.is_empty() => {
            let i = rng.below(items.len());
            if what == 0 {
                items.remove(i);
            } else {
                let item = items[i].clone();
                items.push(item);
            }
        }
        _ => *node = any_value(rng, others),
    }
}

#[test]
fn the_walk_gives_the_errors_of_the_schema_on_changed_documents() {
    let valid: Vec<Node> = fixture_documents()
        .into_iter()
        .filter(|(name, _)| name.contains("fixtures/valid/"))
        .map(|(_, doc)| doc)
        .collect();
    // Subtrees to put anywhere: objects and lists of the wrong kind.
    let mut others = Vec::new();
    for doc in &valid {
        others.extend(doc.members().iter().map(|m| m.node.clone()));
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let runs: usize = std::env::var("FOSX_ORACLE_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(4000);
    let mut invalid = 0;
    for run in 0..runs {
        let mut doc = rng.pick(&valid).clone();
        for _ in 0..=rng.below(4) {
            change(&mut doc, &mut rng, &others);
        }
        agree(&doc, &format!("run {run}"));
        invalid += usize::from(!super::schema_accepts(&doc));
    }
    assert!(
        invalid > runs / 2,
        "only {invalid} of {runs} changed documents are invalid"
    );
}

#[test]
fn the_code_lists_are_the_schemas() {
    let published: serde_json::Value =
        serde_json::from_str(include_str!("../../schemas/fosx.schema.json")).unwrap();
    for &list in CodeList::ALL {
        let options = &published["$defs"][list.name()]["enum"];
        let values: Vec<&str> = list.values().iter().map(String::as_str).collect();
        assert_eq!(
            options
                .as_array()
                .map(|a| a.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>()),
            Some(values),
            "{}",
            list.name()
        );
        for v in list.values() {
            assert!(list.contains(v));
        }
    }
}
