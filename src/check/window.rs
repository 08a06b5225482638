//! The schema check of a document with long lists, in windows.
//!
//! The `jsonschema` crate gathers every error of a document before the first
//! one can be read: a list of a million wrong items would hold three million
//! errors at once. So a document whose lists are long is checked in passes,
//! each on a copy of it in which every long list holds a window of its
//! items, and each error's path is mapped back to the document. Every item
//! of every long list is in the window of one pass, with the same ancestors
//! it has in the document; what a pass finds elsewhere is found again (and
//! dropped as a repeat by the sink). The only keyword of the schema that
//! looks at a list as a whole beyond its first items, `uniqueItems`, is
//! answered on the whole list by a scan of its own (see
//! [`Windows::unique_items_probe`]).

use crate::tree::{Member, Node, Value, pointer_push};
use std::collections::HashMap;
use std::ops::Range;

/// Items a long list keeps in a pass where it is neither checked nor the
/// ancestor of the list that is: its first ones, as many as the largest
/// `minItems` of the schema asks for (a test holds the schema to it), so
/// that the pass finds no error the document does not have.
pub(super) const KEPT: usize = 1;

/// A list longer than the window, in the document.
pub(super) struct Long<'a> {
    /// The list.
    pub node: &'a Node,
    /// Its pointer in the document.
    pub path: String,
    /// The long lists it lies in, outermost first, with the index of the
    /// item of each that holds it.
    pub within: Vec<(&'a Node, usize)>,
}

/// The long lists of a document: those of more than `window` items, in
/// document order (a list before the lists inside it).
pub(super) fn long_lists(doc: &Node, window: usize) -> Vec<Long<'_>> {
    fn walk<'a>(
        node: &'a Node,
        path: &mut String,
        within: &mut Vec<(&'a Node, usize)>,
        window: usize,
        out: &mut Vec<Long<'a>>,
    ) {
        match &node.value {
            Value::Object(members) => {
                for m in members {
                    let len = path.len();
                    *path = pointer_push(path, &m.key);
                    walk(&m.node, path, within, window, out);
                    path.truncate(len);
                }
            }
            Value::Array(items) => {
                let long = items.len() > window;
                if long {
                    out.push(Long {
                        node,
                        path: path.clone(),
                        within: within.clone(),
                    });
                }
                for (i, item) in items.iter().enumerate() {
                    if !item.value_is_container() {
                        continue;
                    }
                    let len = path.len();
                    *path = pointer_push(path, &i.to_string());
                    if long {
                        within.push((node, i));
                    }
                    walk(item, path, within, window, out);
                    if long {
                        within.pop();
                    }
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(doc, &mut String::new(), &mut Vec::new(), window, &mut out);
    out
}

/// What the long lists of the document hold in one pass.
pub(super) struct Windows {
    window: usize,
    /// The items a long list holds, by the list's address; a long list not
    /// named holds its first [`KEPT`] items.
    held: HashMap<*const Node, Range<usize>>,
    /// A list that holds its first item twice, and nothing else.
    probe: Option<*const Node>,
}

impl Windows {
    /// The pass in which `list` holds its items `range`, each long list it
    /// lies in the window of `window` items that holds it, and every other
    /// long list its first items.
    pub fn checking(list: &Long<'_>, range: Range<usize>, window: usize) -> Self {
        let mut held = HashMap::new();
        for &(outer, i) in &list.within {
            let start = i / window * window;
            held.insert(
                std::ptr::from_ref(outer),
                start..(start + window).min(outer.items().len()),
            );
        }
        held.insert(std::ptr::from_ref(list.node), range);
        Windows {
            window,
            held,
            probe: None,
        }
    }

    /// The pass that tells whether the schema asks the items of `list` to
    /// be unique: the list holds its first item twice, so that the schema
    /// says `uniqueItems` at its path if and only if it asks that there.
    pub fn unique_items_probe(list: &Long<'_>, window: usize) -> Self {
        let mut w = Windows::checking(list, 0..1, window);
        w.probe = Some(std::ptr::from_ref(list.node));
        w
    }

    fn range(&self, list: &Node) -> Range<usize> {
        self.held
            .get(&std::ptr::from_ref(list))
            .cloned()
            .unwrap_or(0..KEPT.min(list.items().len()))
    }

    /// The copy of `node` this pass checks.
    pub fn copy(&self, node: &Node) -> Node {
        let value = match &node.value {
            Value::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|m| Member {
                        key: m.key.clone(),
                        key_span: m.key_span,
                        node: self.copy(&m.node),
                    })
                    .collect(),
            ),
            Value::Array(items) if items.len() > self.window => {
                if self.probe == Some(std::ptr::from_ref(node)) {
                    let first = self.copy(&items[0]);
                    Value::Array(vec![first.clone(), first])
                } else {
                    Value::Array(
                        items[self.range(node)]
                            .iter()
                            .map(|i| self.copy(i))
                            .collect(),
                    )
                }
            }
            Value::Array(items) => Value::Array(items.iter().map(|i| self.copy(i)).collect()),
            other => other.clone(),
        };
        Node::new(value, node.span)
    }

    /// The pointer in `doc` of what `path` points at in this pass's copy of
    /// it: each index into a long list moved by the start of its window.
    pub fn original_path(&self, doc: &Node, path: &str) -> String {
        let mut node = Some(doc);
        let mut out = String::with_capacity(path.len() + 8);
        for raw in path.split('/').skip(1) {
            node = self.step(node, raw, &mut out);
        }
        out
    }

    /// One token of a pointer into this pass's copy, `raw` (escaped), below
    /// `node` of the document: the token in the document written to `out`,
    /// and the node it leads to.
    fn step<'d>(&self, node: Option<&'d Node>, raw: &str, out: &mut String) -> Option<&'d Node> {
        use std::fmt::Write;
        // Tokens stay escaped as they are; only an index into a long list
        // changes, and an index has nothing to escape.
        out.push('/');
        match (node.map(|n| &n.value), raw.parse::<usize>()) {
            (Some(Value::Array(items)), Ok(i)) => {
                let i = match items.len() > self.window {
                    true => i + node.map_or(0, |list| self.range(list).start),
                    false => i,
                };
                let _ = write!(out, "{i}");
                items.get(i)
            }
            (Some(Value::Object(_)), _) => {
                out.push_str(raw);
                let key: std::borrow::Cow<str> = match raw.contains('~') {
                    true => raw.replace("~1", "/").replace("~0", "~").into(),
                    false => raw.into(),
                };
                node.and_then(|n| n.get(&key))
            }
            _ => {
                out.push_str(raw);
                None
            }
        }
    }
}

/// The pointers in the document, and the nodes, of the errors of one pass:
/// consecutive errors mostly share all but their last token (the items of
/// one list), which are then walked once.
pub(super) struct Originals<'p, 'd> {
    pass: &'p Windows,
    doc: &'d Node,
    /// The parent of the last pointer: in the copy, in the document, and
    /// its node.
    last: Option<(String, String, Option<&'d Node>)>,
}

impl<'p, 'd> Originals<'p, 'd> {
    pub fn new(pass: &'p Windows, doc: &'d Node) -> Self {
        Originals {
            pass,
            doc,
            last: None,
        }
    }

    /// The pointer in the document of `path` in the pass's copy, and the
    /// node it points at.
    pub fn resolve(&mut self, path: &str) -> (String, Option<&'d Node>) {
        let Some(cut) = path.rfind('/') else {
            return (String::new(), Some(self.doc));
        };
        let (parent, last) = (&path[..cut], &path[cut + 1..]);
        if self.last.as_ref().is_none_or(|(copy, _, _)| copy != parent) {
            let mut node = Some(self.doc);
            let mut out = String::with_capacity(parent.len() + 8);
            for raw in parent.split('/').skip(1) {
                node = self.pass.step(node, raw, &mut out);
            }
            self.last = Some((parent.to_string(), out, node));
        }
        let Some((_, original, node)) = &self.last else {
            return (String::new(), None);
        };
        let mut out = original.clone();
        let node = self.pass.step(*node, last, &mut out);
        (out, node)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Capped, dedupe::Deduped, structure};
    use crate::diag::Diagnostic;
    use crate::model::DocType;
    use crate::tree::Node;
    use serde_json::{Value as Json, json};

    /// The diagnostics of the schema check of `doc` with lists checked in
    /// windows of `window` items, kept as a file keeps them under `cap`.
    fn checked(doc: &Node, window: usize, cap: usize) -> Vec<Diagnostic> {
        let doc_type = doc.str_of("documentType").and_then(DocType::from_code);
        let mut capped = Capped::new(cap);
        structure::check_in_windows(doc, doc_type, &mut Deduped::new(0, &mut capped), window);
        capped.finish()
    }

    fn documents(text: &str) -> Vec<Node> {
        let mut diags = Vec::new();
        crate::read::json::read(text, &crate::read::Limits::default(), &mut diags)
    }

    /// Whole-document and windowed checks agree, and the document is one
    /// the windows change (it has a long list); returns the diagnostics.
    fn same_in_windows(doc: &Node, what: &str) -> usize {
        let mut found = 0;
        for cap in [usize::MAX, 7] {
            let whole = checked(doc, usize::MAX, cap);
            found = found.max(whole.len());
            for window in [1, 2, 3, 5] {
                assert_eq!(
                    checked(doc, window, cap),
                    whole,
                    "{what}: window {window}, cap {cap}"
                );
            }
        }
        found
    }

    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path, out);
            } else if path.extension().is_some_and(|e| e == "json") {
                out.push(path);
            }
        }
    }

    #[test]
    fn the_fixtures_give_the_same_diagnostics_in_windows() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths = Vec::new();
        files(&root.join("fixtures"), &mut paths);
        files(&root.join("docs/spec/examples"), &mut paths);
        assert!(paths.len() > 40, "{} files", paths.len());
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            for doc in documents(&text) {
                same_in_windows(&doc, &path.display().to_string());
            }
        }
    }

    /// A small pseudo-random generator (a 64-bit LCG), so that the
    /// documents are the same on every run.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((self.0 >> 33) % n as u64) as usize
        }

        fn pick(&mut self, from: &[Json]) -> Json {
            from[self.below(from.len())].clone()
        }
    }

    fn stakeholders(rng: &mut Rng) -> Json {
        let items = [
            json!("postal-operators"),
            json!("express-carriers"),
            json!("e-commerce-platforms"),
            json!("other-agencies"),
            json!("no-such-stakeholder"),
            json!(1),
            json!(1.0),
            json!(null),
            json!({"a": 1}),
            json!([1, 1]),
        ];
        let n = rng.below(12);
        Json::Array((0..n).map(|_| rng.pick(&items)).collect())
    }

    fn entry(rng: &mut Rng, base: &Json) -> Json {
        let mut e = base.clone();
        let fields = e.as_object_mut().unwrap();
        match rng.below(8) {
            0 => {
                fields.remove("status");
            }
            1 => {
                fields.insert("standard".into(), json!("one"));
            }
            2 => {
                fields.insert("unknown".into(), json!([1, 1, 1, 1, [2, 2, 2, 2]]));
            }
            3 => {
                fields.insert("completionPercent".into(), json!(250));
            }
            _ => {}
        }
        if rng.below(4) > 0 {
            fields.insert("stakeholders".into(), stakeholders(rng));
        }
        e
    }

    #[test]
    fn generated_documents_with_long_lists_give_the_same_diagnostics_in_windows() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let text =
            std::fs::read_to_string(root.join("docs/spec/examples/progress-report.json")).unwrap();
        let base: Json = serde_json::from_str(&text).unwrap();
        let first = base["entries"][0].clone();
        let mut rng = Rng(11);
        let mut invalid = 0;
        for n in 0..120 {
            let mut doc = base.clone();
            let entries: Vec<Json> = (0..rng.below(9)).map(|_| entry(&mut rng, &first)).collect();
            doc["entries"] = Json::Array(entries);
            match n % 5 {
                0 => doc["extra"] = json!([[1, 1, 1], [1, 1, 1], "x", "x"]),
                1 => doc["entries"] = json!([1, 1, 1, 1]),
                2 => doc["indicators"]["currency"] = json!(["USD", "USD", "USD"]),
                _ => {}
            }
            let doc = &documents(&doc.to_string())[0];
            if same_in_windows(doc, &format!("document {n}")) > 0 {
                invalid += 1;
            }
        }
        assert!(invalid > 60, "{invalid} invalid documents of 120");
    }

    /// A long list in a pass where it is not checked keeps [`KEPT`] items:
    /// no `minItems` of the schema may ask for more.
    #[test]
    fn no_list_of_the_schema_needs_more_items_than_a_pass_keeps() {
        fn walk(v: &Json, most: &mut u64) {
            match v {
                Json::Object(m) => {
                    if let Some(n) = m.get("minItems").and_then(Json::as_u64) {
                        *most = (*most).max(n);
                    }
                    m.values().for_each(|v| walk(v, most));
                }
                Json::Array(a) => a.iter().for_each(|v| walk(v, most)),
                _ => {}
            }
        }
        let mut most = 0;
        walk(&crate::schema::json_schema(), &mut most);
        assert_eq!(most, super::KEPT as u64);
    }
}
