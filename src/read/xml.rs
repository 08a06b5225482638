//! The XML reader.
//!
//! `xml_tree` checks that the text is well-formed and
//! builds a small element tree; this module maps that tree onto the document
//! model, producing exactly the [`Node`] tree the JSON reader produces for the
//! equivalent JSON: keys are the element names with the first letter in lower
//! case, list wrappers become arrays, and scalars are typed by the dictionary.
//!
//! Spans: a scalar's node covers its text; an object's or list's node, and
//! every member's key, cover the element's start tag.

#[path = "xml_tree.rs"]
mod xml_tree;

use super::Limits;
use crate::diag::{Code, Diagnostic};
use crate::i18n::msg;
use crate::model::{DocType, Ty, xml_name};
use crate::tree::{Member, Node, Span, Value, field_name, pointer_push};
use crate::value::suggest::nearest;
use std::collections::HashMap;
use xml_tree::Element;

/// Objects with more children than this find a repeated element through an
/// index of their keys; smaller ones by looking through their members.
const KEY_INDEX_FROM: usize = 16;

/// The namespace of fosx XML.
pub const NAMESPACE: &str = "urn:fosx:1";

/// The root element of a collection.
pub const COLLECTION: &str = "Submissions";

/// Reads XML text into documents: one document element, or a `Submissions`
/// element holding several.
pub fn read(text: &str, limits: &Limits, diags: &mut Vec<Diagnostic>) -> Vec<Node> {
    let root = match xml_tree::parse(text, limits.max_depth) {
        Ok(root) => root,
        Err(d) => {
            diags.push(*d);
            return Vec::new();
        }
    };
    let mut found = Vec::new();
    let mut mapper = Mapper {
        ns: None,
        out: Vec::new(),
    };
    let mut documents = Vec::new();
    if root.local == COLLECTION {
        if root.ns.as_deref() != Some(NAMESPACE) {
            found.push(namespace_problem(&root));
        }
        found.extend(unknown_attributes(&root, None));
        if let Some(stray) = root.texts().find_map(|t| t.solid) {
            found.push(stray_text(stray, &root, None));
        }
        let count = root.elements().count();
        if count > limits.max_documents {
            diags.push(super::json::too_many_documents(count, limits).at(root.tag));
            return Vec::new();
        }
        for (index, element) in root.elements().enumerate() {
            // A document in a collection may share the collection's namespace
            // (already reported when it is not fosx's).
            let ns_ok = element.ns == root.ns || element.ns.as_deref() == Some(NAMESPACE);
            let doc = mapper.document(element, ns_ok, false);
            found.extend(mapper.out.drain(..).map(|d| d.in_document(index)));
            documents.push(doc);
        }
    } else {
        let ns_ok = root.ns.as_deref() == Some(NAMESPACE);
        let doc = mapper.document(&root, ns_ok, true);
        found.extend(mapper.out.drain(..).map(|d| d.in_document(0)));
        documents.push(doc);
    }
    diags.extend(found);
    documents
}

/// S09 for an element that is not in the fosx namespace.
fn namespace_problem(el: &Element) -> Diagnostic {
    let name = &el.name;
    let (message, help) = match &el.ns {
        None => (
            msg::xml_not_in_namespace(&**name),
            msg::xml_add_namespace_help(NAMESPACE),
        ),
        Some(other) => (
            msg::xml_other_namespace(&**name, &**other, NAMESPACE),
            msg::xml_use_namespace_help(NAMESPACE),
        ),
    };
    Diagnostic::new(Code::S09, message).at(el.tag).help(help)
}

fn unknown_attributes(el: &Element, path: Option<&Place<'_>>) -> Option<Diagnostic> {
    let first = el.attrs.first()?;
    let message = match el.attrs.as_slice() {
        [one] => msg::xml_unknown_attribute(&one.name, &*el.name),
        all => {
            let names: Vec<String> = all.iter().map(|a| format!("`{}`", a.name)).collect();
            msg::xml_unknown_attributes(names.join(", "), &*el.name)
        }
    };
    let d = Diagnostic::new(Code::S02, message)
        .at(first.span)
        .help(msg::xml_no_attributes_help());
    Some(match path {
        Some(p) => d.path(p.pointer()),
        None => d,
    })
}

fn stray_text(at: Span, el: &Element, path: Option<&Place<'_>>) -> Diagnostic {
    let d = Diagnostic::new(Code::S03, msg::xml_text_between_elements(&*el.name))
        .at(at)
        .help(msg::xml_text_between_elements_help());
    match path {
        Some(p) => d.path(p.pointer()),
        None => d,
    }
}

/// Where an element is in its document: written out as a JSON Pointer only
/// for a diagnostic.
#[derive(Clone, Copy)]
enum Place<'p> {
    /// The document element.
    Root,
    /// The member `key` of the object at the parent place.
    Key(&'p Place<'p>, &'p str),
    /// Item `index` of the list at the parent place.
    Index(&'p Place<'p>, usize),
}

impl Place<'_> {
    fn pointer(&self) -> String {
        match *self {
            Place::Root => String::new(),
            Place::Key(parent, key) => pointer_push(&parent.pointer(), key),
            Place::Index(parent, i) => pointer_push(&parent.pointer(), &i.to_string()),
        }
    }
}

/// The key of an element: its name with the first letter in lower case;
/// `None` when the name does not start with a capital letter.
fn key_of(local: &str) -> Option<String> {
    if let Some(first) = local.bytes().next().filter(u8::is_ascii) {
        if !first.is_ascii_uppercase() {
            return None;
        }
        let mut key = String::with_capacity(local.len());
        key.push(char::from(first.to_ascii_lowercase()));
        key.push_str(&local[1..]);
        return Some(key);
    }
    let mut chars = local.chars();
    let first = chars.next().filter(|c| c.is_uppercase())?;
    Some(first.to_lowercase().chain(chars).collect())
}

/// What an element is expected to hold.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// A document of a type (when known).
    Doc(Option<DocType>),
    /// A value of a type (when known).
    Ty(Option<&'static Ty>),
}

impl Expect {
    /// The type of the member `key`.
    fn child(self, key: &str) -> Option<&'static Ty> {
        match self {
            Expect::Doc(Some(t)) => t.fields().find(|f| f.key == key).map(|f| &f.ty),
            Expect::Ty(Some(Ty::Object(fields))) => {
                fields.iter().find(|f| f.key == key).map(|f| &f.ty)
            }
            _ => None,
        }
    }

    /// The element names of the known members.
    fn names(self) -> Vec<String> {
        match self {
            Expect::Doc(Some(t)) => t.fields().map(|f| xml_name(f.key)).collect(),
            Expect::Ty(Some(Ty::Object(fields))) => {
                fields.iter().map(|f| xml_name(f.key)).collect()
            }
            _ => Vec::new(),
        }
    }

    fn ty(self) -> Option<&'static Ty> {
        match self {
            Expect::Ty(t) => t,
            Expect::Doc(_) => None,
        }
    }
}

struct Mapper<'a> {
    /// The namespace of the document being read.
    ns: Option<&'a str>,
    /// Diagnostics of the document being read.
    out: Vec<Diagnostic>,
}

impl<'a> Mapper<'a> {
    /// Reads one document element. `ns_ok`: its namespace is not to be
    /// reported; `single`: it is the root of the file.
    fn document(&mut self, el: &'a Element<'_>, ns_ok: bool, single: bool) -> Node {
        self.ns = el.ns.as_deref();
        let by_name = DocType::from_xml_root(&el.local);
        // One S09 for the root: its name first, else its namespace.
        if by_name.is_some() && !ns_ok {
            self.out.push(namespace_problem(el).path(""));
        }
        if by_name.is_none() {
            let mut roots: Vec<&str> = DocType::ALL.iter().map(|t| t.xml_root()).collect();
            if single {
                roots.push(COLLECTION);
            }
            let help = nearest(&el.local, roots.iter().copied())
                .map_or_else(msg::xml_document_elements_help, |r| {
                    msg::read_did_you_mean(format!("<{r}>"))
                });
            self.out.push(
                Diagnostic::new(Code::S09, msg::xml_not_a_document_element(&*el.name))
                    .at(el.tag)
                    .path("")
                    .help(help),
            );
        }
        // Type the values as validation will: by the DocumentType child, or
        // else by the root element.
        let doc_type = el
            .elements()
            .find(|c| c.local == "DocumentType")
            .and_then(|c| c.texts().next())
            .and_then(|t| DocType::from_code(t.value.trim()))
            .or(by_name);
        let node = self
            .element(el, Expect::Doc(doc_type), &Place::Root)
            .unwrap_or_else(|| Node::new(Value::Object(Vec::new()), el.tag));
        if let Some(t) = by_name
            && let Some(given) = node.get("documentType")
            && let Some(code) = given.as_str().and_then(DocType::from_code)
            && code != t
        {
            self.out.push(
                Diagnostic::new(
                    Code::S09,
                    msg::xml_type_not_the_root(code.code(), &*el.name),
                )
                .at(given.span)
                .path("/documentType")
                .help(msg::xml_type_not_the_root_help(
                    t.xml_root(),
                    t.code(),
                    code.code(),
                    code.xml_root(),
                )),
            );
        }
        node
    }

    /// Maps an element; `None` when it is empty (the field is absent).
    fn element(&mut self, el: &Element, expect: Expect, path: &Place<'_>) -> Option<Node> {
        self.out.extend(unknown_attributes(el, Some(path)));
        if el.elements().next().is_none() {
            let piece = el.texts().next()?;
            piece.solid?;
            let value = if piece.value.contains('\r') {
                super::json::normalise_line_ends(piece.value.clone().into_owned()).into()
            } else {
                std::borrow::Cow::Borrowed(&*piece.value)
            };
            return Some(super::typed_leaf(&value, expect.ty(), piece.span, false));
        }
        if let Some(stray) = el.texts().find_map(|t| t.solid) {
            self.out.push(stray_text(stray, el, Some(path)));
        }
        Some(match expect {
            Expect::Ty(Some(Ty::List {
                item, item_name, ..
            })) => self.list(el, item, item_name, path),
            _ => self.object(el, expect, path),
        })
    }

    /// Whether a child element is in the document's namespace; S02 at
    /// `child_path` if not.
    fn in_namespace(&mut self, child: &Element, child_path: &Place<'_>) -> bool {
        if child.ns.as_deref() == self.ns {
            return true;
        }
        let describe = |ns: Option<&str>| match ns {
            Some(u) => msg::xml_in_namespace(u),
            None => msg::xml_in_no_namespace(),
        };
        self.out.push(
            Diagnostic::new(
                Code::S02,
                msg::xml_element_in_other_namespace(
                    &*child.name,
                    describe(child.ns.as_deref()),
                    describe(self.ns),
                ),
            )
            .at(child.tag)
            .path(child_path.pointer())
            .help(msg::xml_one_namespace_help(NAMESPACE)),
        );
        false
    }

    fn object(&mut self, el: &Element, expect: Expect, path: &Place<'_>) -> Node {
        let mut members: Vec<Member> = Vec::new();
        // Where each key was first given: among the members (and the few
        // keys of empty elements, which make no member) while they are few,
        // else through an index of them all, so that one pass finds every
        // repeat whatever the number of children.
        let mut empty: Vec<(String, Span)> = Vec::new();
        let mut seen: HashMap<String, Span> = HashMap::new();
        for child in el.elements() {
            let key = key_of(&child.local);
            let written = key.as_deref().unwrap_or(&child.local);
            if !self.in_namespace(child, &Place::Key(path, written)) {
                continue;
            }
            let Some(key) = key else {
                let names = expect.names();
                let help = nearest(&child.local, names.iter().map(String::as_str))
                    .map_or_else(msg::xml_capital_letter_help, |n| {
                        msg::read_did_you_mean(format!("<{n}>"))
                    });
                self.out.push(
                    Diagnostic::new(Code::S02, msg::xml_unknown_element(&*child.name))
                        .at(child.tag)
                        .path(Place::Key(path, &child.local).pointer())
                        .help(help),
                );
                continue;
            };
            let first = if members.len() + empty.len() < KEY_INDEX_FROM {
                (members.iter().map(|m| (&m.key, m.key_span)))
                    .chain(empty.iter().map(|(k, s)| (k, *s)))
                    .find(|(k, _)| **k == key)
                    .map(|(_, s)| s)
            } else {
                if seen.is_empty() {
                    seen.extend(members.iter().map(|m| (m.key.clone(), m.key_span)));
                    seen.extend(empty.drain(..));
                }
                seen.get(&key).copied()
            };
            if let Some(first) = first {
                let child_path = Place::Key(path, &key).pointer();
                self.out.push(
                    Diagnostic::new(Code::S08, msg::read_given_twice(field_name(&child_path)))
                        .at(child.tag)
                        .path(child_path)
                        .related(first, msg::read_first_given_here())
                        .help(msg::read_keep_the_first_help()),
                );
                continue;
            }
            if !seen.is_empty() {
                seen.insert(key.clone(), child.tag);
            }
            let ty = expect.child(&key);
            match self.element(child, Expect::Ty(ty), &Place::Key(path, &key)) {
                Some(node) => members.push(Member {
                    key,
                    key_span: child.tag,
                    node,
                }),
                None if seen.is_empty() => empty.push((key, child.tag)),
                None => {}
            }
        }
        Node::new(Value::Object(members), el.tag)
    }

    fn list(&mut self, el: &Element, item: &'static Ty, item_name: &str, path: &Place<'_>) -> Node {
        let item_element = xml_name(item_name);
        let mut items = Vec::new();
        for child in el.elements() {
            let item_path = Place::Index(path, items.len());
            if !self.in_namespace(child, &item_path) {
                continue;
            }
            if child.local != item_element {
                // Still read as an item, so that its content is checked too.
                let help = nearest(&child.local, [item_element.as_str()]).map_or_else(
                    || msg::xml_items_help(&*el.name, &item_element),
                    |n| msg::read_did_you_mean(format!("<{n}>")),
                );
                self.out.push(
                    Diagnostic::new(Code::S02, msg::xml_unknown_item(&*child.name, &*el.name))
                        .at(child.tag)
                        .path(item_path.pointer())
                        .help(help),
                );
            }
            let node = self
                .element(child, Expect::Ty(Some(item)), &item_path)
                .unwrap_or_else(|| match item {
                    // An empty item is an item with nothing in it, not no item.
                    Ty::Object(_) => Node::new(Value::Object(Vec::new()), child.tag),
                    _ => super::typed_leaf("", Some(item), child.tag, false),
                });
            items.push(node);
        }
        Node::new(Value::Array(items), el.tag)
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
    fn spans_follow_the_rules() {
        let text = "<Timetable xmlns=\"urn:fosx:1\"><Remarks> a &amp; b </Remarks>\
                    <Entries><Entry><Standard>3</Standard></Entry></Entries>\
                    <Contact><Name><![CDATA[x<y]]></Name></Contact></Timetable>";
        let (docs, d) = parse(text);
        assert!(d.is_empty(), "{d:?}");
        let doc = &docs[0];
        let remarks = doc.get("remarks").unwrap();
        assert_eq!(remarks.as_str(), Some(" a & b "));
        assert_eq!(&text[remarks.span.start..remarks.span.end], " a &amp; b ");
        let m = doc.member("entries").unwrap();
        assert_eq!(&text[m.key_span.start..m.key_span.end], "<Entries>");
        assert_eq!(m.node.span, m.key_span);
        let standard = doc.pointer("/entries/0/standard").unwrap();
        assert_eq!(standard.value, Value::Number("3".into()));
        let name = doc.pointer("/contact/name").unwrap();
        assert_eq!(name.as_str(), Some("x<y"));
        assert_eq!(&text[name.span.start..name.span.end], "x<y");
    }

    #[test]
    fn repeated_elements_keep_the_first() {
        let (docs, d) = parse(
            "<Timetable xmlns=\"urn:fosx:1\"><DocumentId>a</DocumentId><DocumentId>b</DocumentId></Timetable>",
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, Code::S08);
        assert_eq!(d[0].path.as_deref(), Some("/documentId"));
        assert_eq!(d[0].document, Some(0));
        assert_eq!(docs[0].str_of("documentId"), Some("a"));
    }

    #[test]
    fn not_well_formed_is_one_p02() {
        for text in [
            "<a><b></a>",
            "<a>",
            "<a/><b/>",
            "<a/>x",
            "<a x=1/>",
            "<a x='1' x='2'/>",
            "<p:a/>",
            "<a>&</a>",
        ] {
            let (docs, d) = parse(text);
            assert!(docs.is_empty(), "{text}");
            assert_eq!(d.len(), 1, "{text}: {d:?}");
            assert_eq!(d[0].code, Code::P02, "{text}: {d:?}");
        }
    }

    #[test]
    fn no_prefix_and_no_mutation_of_a_document_panics() {
        let text = include_str!("../../fixtures/valid/progress-report.xml");
        let head: String = text.chars().take(700).collect();
        for (at, _) in text.char_indices().step_by(5) {
            parse(&text[..at]);
        }
        for (at, _) in head.char_indices() {
            for insert in [
                "<", "&", ">", "\"", "'", "/", "]]>", "<!--", "é", "\r", "&#1;", "x:",
            ] {
                parse(&format!("{}{insert}{}", &head[..at], &head[at..]));
            }
        }
    }

    #[test]
    fn deep_nesting_is_p06_not_a_crash() {
        let text = "<a>".repeat(100_000) + &"</a>".repeat(100_000);
        let (docs, d) = parse(&text);
        assert!(docs.is_empty());
        assert_eq!(d[0].code, Code::P06);
    }
}
