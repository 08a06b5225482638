//! The quick check of conforming documents (`fosx::check::conforms`) against
//! the schema's walk (`fosx::check::schema_accepts`, itself held to the
//! `jsonschema` crate by the unit tests of `check::schema_oracle`): a
//! document it passes is one the schema passes, on every fixture, on
//! generated documents and on documents with one value or member changed;
//! on strings, booleans and missing or extra members the two agree exactly;
//! and every valid fixture and generated document takes the quick path.

use super::{config, valid};
use crate::it::json_fixtures::root;
use fosx::check::conforms;
use fosx::model::{CodeList, DocType, Ty};
use fosx::tree::{Member, Node, Span, Value};
use proptest::prelude::*;
use proptest::sample::{Index, select};

fn schema_valid(doc: &Node) -> bool {
    fosx::check::schema_accepts(doc)
}

/// Every document of every fixture, with its file name.
fn fixture_documents() -> Vec<(String, Node)> {
    let mut out = Vec::new();
    for dir in [
        "fixtures/valid",
        "fixtures/json",
        "fixtures/xml",
        "fixtures/csv",
        "fixtures/hostile",
    ] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let name = path.display().to_string();
            let parsed = fosx::read::read(&name, &bytes, &Default::default());
            out.extend(parsed.documents.into_iter().map(|d| (name.clone(), d)));
        }
    }
    assert!(out.len() > 100, "the fixtures are there: {}", out.len());
    out
}

#[test]
fn conforming_fixtures_are_schema_valid_and_valid_ones_conform() {
    let mut quick = 0;
    for (name, doc) in fixture_documents() {
        let (fast, oracle) = (conforms(&doc), schema_valid(&doc));
        assert!(
            !fast || oracle,
            "{name}: conforms, but the schema refuses it"
        );
        if name.contains("fixtures/valid/") || name.contains("/valid-") {
            assert!(fast, "{name}: a valid fixture does not take the quick path");
        }
        quick += usize::from(fast);
    }
    assert!(quick > 30, "only {quick} fixture documents conform");
}

/// Whether a number of `node` is a decimal whose nearest `f64` is 10^18
/// or more (past the bound).
fn at_the_bound(node: &Node) -> bool {
    match &node.value {
        Value::Number(text) => {
            text.contains('.') && text.parse::<f64>().is_ok_and(|v| v.abs() >= 1e18)
        }
        Value::Object(members) => members.iter().any(|m| at_the_bound(&m.node)),
        Value::Array(items) => items.iter().any(at_the_bound),
        _ => false,
    }
}

/// A step from a node to one of its children: a member's or an item's index.
type Path = Vec<usize>;

/// The paths of every node below `node` (not `node` itself).
fn paths(node: &Node, at: &mut Path, out: &mut Vec<Path>) {
    let children: Vec<&Node> = match &node.value {
        Value::Object(members) => members.iter().map(|m| &m.node).collect(),
        Value::Array(items) => items.iter().collect(),
        _ => return,
    };
    for (i, child) in children.into_iter().enumerate() {
        at.push(i);
        out.push(at.clone());
        paths(child, at, out);
        at.pop();
    }
}

fn at_mut<'a>(node: &'a mut Node, path: &[usize]) -> &'a mut Node {
    path.iter().fold(node, |n, &i| match &mut n.value {
        Value::Object(members) => &mut members[i].node,
        Value::Array(items) => &mut items[i],
        _ => unreachable!("paths lead through containers"),
    })
}

fn node(value: Value) -> Node {
    Node::new(value, Span::default())
}

/// Strings near the edges of every string type of the dictionary.
const STRINGS: &[&str] = &[
    "",
    " ",
    "\u{3000}",
    "\u{A0}x",
    "x\u{B}",
    "x\u{C}",
    "x\u{1F}",
    "x\u{7F}",
    "x\u{85}",
    "x\u{FEFF}",
    "x\u{FFFE}",
    "x\u{FFFF}",
    "x\u{10FFFF}",
    "\u{180E}",
    "x\n",
    "\nx",
    "1.0",
    "1.0 ",
    "2024-02-29",
    "2023-02-29",
    "1900-02-29",
    "2000-02-29",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "2024-12-32",
    "2024-04-31",
    "2024-1-01",
    "2024-01-01T00:00:00Z",
    "２０２４-01-01",
    "a@b.c",
    "a@b.",
    "a@.c",
    "a@bc",
    "a@@b.c",
    "a b@c.d",
    "a@b\u{A0}.c",
    "a@b..c",
    "é@ü.ç",
    "+254 20 123456",
    "+ 254201234",
    "254201",
    "25420",
    "(254)-20/1.2",
    "254 20 1234 ",
    "KE",
    "XK",
    "ke",
    "EU",
    "in-progress",
    "indicative",
    "progress-report",
    "notification",
    "KE-2026-PR-01",
    "-KE",
    ".a",
    "a\u{0}",
];

/// A string: one near an edge, one built from awkward characters, or any.
fn any_string() -> BoxedStrategy<String> {
    prop_oneof![
        3 => select(STRINGS).prop_map(String::from),
        3 => "[ -~\t\n\u{85}\u{A0}\u{2028}\u{3000}\u{FEFF}@.+()/é😀]{0,12}",
        1 => any::<String>(),
        // Around the length limits (200, 254, 4000), in one- and two-byte
        // characters.
        1 => (prop_oneof![Just('x'), Just('é'), Just(' ')], 195usize..=205, prop::bool::ANY)
            .prop_map(|(c, n, long)| c.to_string().repeat(if long { n * 20 } else { n })),
        1 => (250usize..=258).prop_map(|n| format!("{}@b.cd", "a".repeat(n - 5))),
    ]
    .boxed()
}

/// Number texts near every bound and form the schema reads.
const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "4",
    "5",
    "100",
    "101",
    "99.999999",
    "100.0",
    "100.0000000000001",
    "1.0",
    "1e2",
    "1E2",
    "-0.0",
    "0.5",
    "-0.5",
    "+5",
    "007",
    "999999999999999999",
    "-999999999999999999",
    "1000000000000000000",
    "-1000000000000000000",
    "99999999999999999.5",
    "9007199254740993",
    "18446744073709551616",
    "1e999999",
    "-1e999999",
    "NaN",
    "inf",
];

fn any_number() -> BoxedStrategy<String> {
    prop_oneof![
        3 => select(NUMBERS).prop_map(String::from),
        2 => "-?[0-9]{1,20}(\\.[0-9]{1,8})?",
        1 => any::<f64>().prop_map(|f| f.to_string()),
        1 => any::<i64>().prop_map(|i| i.to_string()),
    ]
    .boxed()
}

/// One change to a document.
#[derive(Debug, Clone)]
enum Change {
    /// The value at a path becomes a string.
    String(Index, String),
    /// The value at a path becomes a boolean or null.
    Scalar(Index, Option<bool>),
    /// The value at a path becomes a number.
    Number(Index, String),
    /// The value at a path becomes an empty list or object.
    Empty(Index, bool),
    /// A member of an object is removed, or given twice.
    Member(Index, bool),
    /// An object gains a member it does not have.
    Extra(Index, &'static str),
}

impl Change {
    /// Whether the quick check must agree with the schema exactly (rather
    /// than only pass a subset of what it passes).
    fn exact(&self) -> bool {
        !matches!(self, Change::Number(..) | Change::Member(_, true))
    }
}

fn change() -> impl Strategy<Value = Change> {
    let index = any::<Index>();
    prop_oneof![
        6 => (index.clone(), any_string()).prop_map(|(i, s)| Change::String(i, s)),
        1 => (index.clone(), prop::option::of(any::<bool>())).prop_map(|(i, b)| Change::Scalar(i, b)),
        3 => (index.clone(), any_number()).prop_map(|(i, n)| Change::Number(i, n)),
        1 => (index.clone(), any::<bool>()).prop_map(|(i, b)| Change::Empty(i, b)),
        2 => (index.clone(), any::<bool>()).prop_map(|(i, b)| Change::Member(i, b)),
        1 => (index, select(&["documentType", "remarks", "notes", "x", "entries", "standard"][..]))
            .prop_map(|(i, k)| Change::Extra(i, k)),
    ]
}

/// Applies a change; `false` when the document has no place for it.
fn apply(doc: &mut Node, change: &Change) -> bool {
    let mut all = vec![Vec::new()];
    paths(doc, &mut Vec::new(), &mut all);
    let objects: Vec<Path> = all
        .iter()
        .filter(|p| {
            let mut d = doc.clone();
            matches!(at_mut(&mut d, p).value, Value::Object(ref m) if !m.is_empty())
        })
        .cloned()
        .collect();
    let leaf = |i: &Index| all[1..].get(i.index(all.len() - 1)).cloned();
    match change {
        Change::String(i, s) => leaf(i).map(|p| *at_mut(doc, &p) = node(Value::String(s.clone()))),
        Change::Scalar(i, b) => leaf(i).map(|p| {
            *at_mut(doc, &p) = node(b.map_or(Value::Null, Value::Bool));
        }),
        Change::Number(i, n) => leaf(i).map(|p| *at_mut(doc, &p) = node(Value::Number(n.clone()))),
        Change::Empty(i, list) => leaf(i).map(|p| {
            *at_mut(doc, &p) = node(if *list {
                Value::Array(Vec::new())
            } else {
                Value::Object(Vec::new())
            });
        }),
        Change::Member(i, twice) => {
            let p = &objects[i.index(objects.len())];
            let Value::Object(members) = &mut at_mut(doc, p).value else {
                unreachable!()
            };
            let k = i.index(members.len());
            if *twice {
                members.push(members[k].clone());
            } else {
                members.remove(k);
            }
            Some(())
        }
        Change::Extra(i, key) => {
            let p = &objects[i.index(objects.len())];
            let Value::Object(members) = &mut at_mut(doc, p).value else {
                unreachable!()
            };
            if members.iter().any(|m| m.key == *key) {
                return false;
            }
            members.push(Member {
                key: key.to_string(),
                key_span: Span::default(),
                node: node(Value::String("x".into())),
            });
            Some(())
        }
    }
    .is_some()
}

proptest! {
    #![proptest_config(config(512))]

    /// Generated documents take the quick path when the schema passes them
    /// (the generator's decimals can reach 10^18, past the 18-digit bound,
    /// which both refuse; a decimal that near the bound may be left to the
    /// schema).
    #[test]
    fn generated_documents_conform(docs in valid::collection(None)) {
        for doc in docs.iter() {
            let (fast, oracle) = (conforms(doc), schema_valid(doc));
            prop_assert!(!fast || oracle, "conforms, but the schema refuses it: {docs:?}");
            prop_assert!(fast || !oracle || at_the_bound(doc), "a valid document does not conform: {docs:?}");
        }
    }

    /// A changed document that conforms is one the schema passes; for every
    /// change but numbers and repeated keys, the two agree exactly.
    #[test]
    fn a_changed_document_conforms_only_when_the_schema_passes_it(
        docs in valid::one(),
        changes in prop::collection::vec(change(), 1..=2),
    ) {
        let mut doc = docs[0].clone();
        for c in &changes {
            prop_assume!(apply(&mut doc, c));
        }
        let (fast, oracle) = (conforms(&doc), schema_valid(&doc));
        let shown = fosx::write::write_json(std::slice::from_ref(&doc)).unwrap_or_default();
        prop_assert!(!fast || oracle, "conforms, but the schema refuses it: {changes:?}\n{shown}");
        if changes.iter().all(Change::exact) {
            prop_assert_eq!(fast, oracle, "{:?}\n{}", changes, shown);
        }
    }

    /// Each string type alone: the quick check and the schema agree on any
    /// string in a field of that type.
    #[test]
    fn strings_are_judged_as_the_schema_judges_them(
        docs in valid::one(),
        field in select(&[
            "documentId", "submissionDate", "remarks", "language",
            "submitter/memberCode", "submitter/memberName", "contact/email", "contact/phone",
        ][..]),
        s in any_string(),
    ) {
        let mut doc = docs[0].clone();
        let t = doc.str_of("documentType").and_then(DocType::from_code).unwrap();
        let pointer = format!("/{field}");
        prop_assert!(t.type_at(&pointer).is_some_and(|ty| !matches!(ty, Ty::Object(_) | Ty::Code(CodeList::DocumentType))));
        let mut target = &mut doc;
        for key in field.split('/') {
            let Value::Object(members) = &mut target.value else { unreachable!() };
            if !members.iter().any(|m| m.key == key) {
                members.push(Member { key: key.into(), key_span: Span::default(), node: node(Value::Null) });
            }
            target = &mut members.iter_mut().find(|m| m.key == key).unwrap().node;
        }
        *target = node(Value::String(s.clone()));
        prop_assert_eq!(conforms(&doc), schema_valid(&doc), "{} = {:?}", field, s);
    }
}
