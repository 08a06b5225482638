//! XML Schema (XSD 1.0) for the XML representation, generated from the data
//! dictionary like the JSON Schema.
//!
//! The XSD says what fosx's structural checks (S codes) say, as closely as
//! XSD 1.0 allows:
//!
//! - objects are `xs:all` (children in any order, each at most once);
//! - an empty element means an absent field, so every optional scalar also
//!   accepts empty or whitespace-only content (a union with `blank`), and the
//!   items of an optional list may be missing altogether (`<Stakeholders/>`
//!   is no list, not an empty one); a required list needs at least one item;
//! - values of every type but text and telephone numbers may have
//!   surrounding XML whitespace (space, TAB, CR, LF), which fosx trims
//!   (`xs:token` and the built-in types collapse it); text and telephone
//!   numbers are `xs:string`, kept exactly;
//! - patterns are written with explicit character classes
//!   ([`super::chars`]), the same sets as in the JSON Schema;
//! - a list of codes has no duplicate (`xs:unique`);
//! - a document's `DocumentType` is its own type (a one-value enumeration,
//!   not `fixed`, which would give an empty element the fixed value).
//!
//! Business rules (R codes) are not expressed. Known differences
//! (`docs/spec/representations.md`): fosx refuses any DOCTYPE (P05), which
//! XSD validation allows.

use super::patterns;
use crate::model::{CodeList, DocType, Field, SCHEMA_VERSION, Ty, xml_name};
use crate::read::xml::{COLLECTION, NAMESPACE};

/// Generated definitions, in first-use order, each once.
struct Gen {
    complex: Vec<(String, Vec<String>)>,
    simple: Vec<(String, Vec<String>)>,
}

/// Escapes an attribute value; control characters and every character
/// beyond ASCII become character references, so that the invisible spaces
/// of the patterns can be read.
fn attr_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() || !c.is_ascii() => {
                out.push_str(&format!("&#x{:X};", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out
}

/// A simple type restricting `base` with facets (`(name, value)` pairs).
fn restriction(base: &str, facets: &[(&str, String)]) -> Vec<String> {
    let mut lines = vec![format!("<xs:restriction base=\"{base}\">")];
    for (facet, value) in facets {
        lines.push(format!("  <xs:{facet} value=\"{}\"/>", attr_escape(value)));
    }
    lines.push("</xs:restriction>".into());
    lines
}

impl Gen {
    fn has(&self, name: &str) -> bool {
        self.complex
            .iter()
            .chain(&self.simple)
            .any(|(n, _)| n == name)
    }

    /// The name of a scalar type, defining it on first use.
    fn simple_type(&mut self, ty: &Ty) -> String {
        let (name, body) = match ty {
            Ty::SchemaVersion => (
                "schemaVersion".to_string(),
                restriction("xs:token", &[("enumeration", SCHEMA_VERSION.into())]),
            ),
            Ty::Text | Ty::LongText => {
                let (name, max) = if *ty == Ty::Text {
                    ("text", 200)
                } else {
                    ("longtext", 4000)
                };
                (
                    name.to_string(),
                    restriction(
                        "xs:string",
                        &[
                            ("pattern", patterns::text()),
                            ("maxLength", max.to_string()),
                        ],
                    ),
                )
            }
            Ty::Token => (
                "token".into(),
                restriction("xs:token", &[("pattern", patterns::TOKEN.into())]),
            ),
            Ty::Date => (
                "date".into(),
                restriction("xs:date", &[("pattern", patterns::DATE.into())]),
            ),
            Ty::Email => (
                "email".into(),
                restriction(
                    "xs:token",
                    &[("pattern", patterns::email()), ("maxLength", "254".into())],
                ),
            ),
            Ty::Phone => (
                "phone".into(),
                restriction("xs:string", &[("pattern", patterns::PHONE.into())]),
            ),
            Ty::Boolean => (
                "boolean".into(),
                restriction("xs:boolean", &[("pattern", "true|false".into())]),
            ),
            Ty::Integer { min, max } | Ty::Decimal { min, max } => {
                let integer = matches!(ty, Ty::Integer { .. });
                let mut name = if integer { "integer" } else { "decimal" }.to_string();
                let mut facets = if integer {
                    vec![("pattern", patterns::INTEGER.to_string())]
                } else {
                    vec![
                        ("pattern", patterns::DECIMAL.to_string()),
                        ("totalDigits", "18".to_string()),
                    ]
                };
                if let Some(min) = min {
                    name.push_str(&format!("-min{min}"));
                    facets.push(("minInclusive", min.to_string()));
                }
                if let Some(max) = max {
                    name.push_str(&format!("-max{max}"));
                    facets.push(("maxInclusive", max.to_string()));
                }
                let base = if integer { "xs:integer" } else { "xs:decimal" };
                (name, restriction(base, &facets))
            }
            Ty::Code(list) => (list.name().to_string(), code_list(*list)),
            // Containers have no simple type; empty content is all they could be.
            Ty::Object(_) | Ty::List { .. } => return self.blank_type(),
        };
        if !self.has(&name) {
            self.simple.push((name.clone(), body));
        }
        name
    }

    /// Empty or whitespace-only content: an absent field.
    fn blank_type(&mut self) -> String {
        let name = "blank".to_string();
        if !self.has(&name) {
            self.simple.push((
                name.clone(),
                restriction("xs:string", &[("pattern", r"[ \t\n\r]*".into())]),
            ));
        }
        name
    }

    /// The type of an optional scalar: the type, or empty content (absent).
    fn optional_simple_type(&mut self, ty: &Ty) -> String {
        let inner = self.simple_type(ty);
        let blank = self.blank_type();
        let name = format!("{inner}-or-empty");
        if !self.has(&name) {
            self.simple.push((
                name.clone(),
                vec![format!(
                    "<xs:union memberTypes=\"fosx:{inner} fosx:{blank}\"/>"
                )],
            ));
        }
        name
    }

    /// The `xs:element` lines of a field inside an `xs:all`.
    fn field(&mut self, owner: &str, doc: Option<DocType>, field: &Field) -> Vec<String> {
        let name = xml_name(field.key);
        let occurs = if field.required {
            ""
        } else {
            " minOccurs=\"0\""
        };
        let ty = match &field.ty {
            Ty::Object(fields) => {
                self.object(field.key, None, fields.iter());
                field.key.to_string()
            }
            Ty::List {
                item,
                item_name,
                min,
            } => {
                let type_name = match doc {
                    Some(t) => format!("{}{}", t.schema_name(), name),
                    None => field.key.to_string(),
                };
                let item_type = match item {
                    Ty::Object(fields) => {
                        let item_type = match doc {
                            Some(t) => format!("{}{}", t.schema_name(), xml_name(item_name)),
                            None => item_name.to_string(),
                        };
                        self.object(&item_type, None, fields.iter());
                        item_type
                    }
                    scalar => self.simple_type(scalar),
                };
                self.list(&type_name, item_name, &item_type, *min, field.required);
                if item.is_scalar() {
                    // A list of codes has no duplicate.
                    return vec![
                        format!("<xs:element name=\"{name}\" type=\"fosx:{type_name}\"{occurs}>"),
                        format!("  <xs:unique name=\"{owner}.{}.unique\">", field.key),
                        format!("    <xs:selector xpath=\"fosx:{}\"/>", xml_name(item_name)),
                        "    <xs:field xpath=\".\"/>".into(),
                        "  </xs:unique>".into(),
                        "</xs:element>".into(),
                    ];
                }
                type_name
            }
            scalar if field.required => self.simple_type(scalar),
            scalar => self.optional_simple_type(scalar),
        };
        // A document's own type is its only allowed documentType. (Not
        // `fixed`: an empty element would then take the fixed value.)
        let ty = match doc {
            Some(t) if field.key == "documentType" => {
                let own = format!("{}DocumentType", t.schema_name());
                if !self.has(&own) {
                    self.simple.push((
                        own.clone(),
                        restriction(&format!("fosx:{ty}"), &[("enumeration", t.code().into())]),
                    ));
                }
                own
            }
            _ => ty,
        };
        vec![format!(
            "<xs:element name=\"{name}\" type=\"fosx:{ty}\"{occurs}/>"
        )]
    }

    /// Defines an object type: its fields in an `xs:all`.
    fn object<'f>(
        &mut self,
        name: &str,
        doc: Option<DocType>,
        fields: impl Iterator<Item = &'f Field>,
    ) {
        if self.has(name) {
            return;
        }
        // Reserve the name first: definitions of nested types follow it.
        self.complex.push((name.to_string(), Vec::new()));
        let mut body = vec!["<xs:all>".to_string()];
        for f in fields {
            body.extend(
                self.field(name, doc, f)
                    .into_iter()
                    .map(|l| format!("  {l}")),
            );
        }
        body.push("</xs:all>".into());
        if let Some(slot) = self.complex.iter_mut().find(|(n, _)| n == name) {
            slot.1 = body;
        }
    }

    /// Defines a list wrapper type: a sequence of item elements.
    fn list(&mut self, name: &str, item_name: &str, item_type: &str, min: usize, required: bool) {
        if self.has(name) {
            return;
        }
        let item = xml_name(item_name);
        // An empty wrapper is an absent field: valid when the list is optional.
        let (seq, min) = match (required, min) {
            (true, m) => ("<xs:sequence>", m.max(1)),
            (false, 0 | 1) => ("<xs:sequence>", 0),
            (false, m) => ("<xs:sequence minOccurs=\"0\">", m),
        };
        let occurs = if min == 1 {
            String::new()
        } else {
            format!(" minOccurs=\"{min}\"")
        };
        self.complex.push((
            name.to_string(),
            vec![
                seq.to_string(),
                format!(
                    "  <xs:element name=\"{item}\" type=\"fosx:{item_type}\"{occurs} maxOccurs=\"unbounded\"/>"
                ),
                "</xs:sequence>".into(),
            ],
        ));
    }
}

fn code_list(list: CodeList) -> Vec<String> {
    let facets: Vec<(&str, String)> = list
        .values()
        .iter()
        .map(|v| ("enumeration", v.clone()))
        .collect();
    restriction("xs:token", &facets)
}

/// The XSD as published in `schemas/fosx.xsd`.
pub fn xsd_text() -> String {
    let mut g = Gen {
        complex: Vec::new(),
        simple: Vec::new(),
    };
    for &t in DocType::ALL {
        g.object(t.schema_name(), Some(t), t.fields());
    }
    let mut out = String::new();
    let mut line = |level: usize, text: &str| {
        for _ in 0..level {
            out.push_str("  ");
        }
        out.push_str(text);
        out.push('\n');
    };
    line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    line(
        0,
        "<!-- Generated from the fosx data dictionary (docs/spec/dictionary.md); do not edit. -->",
    );
    line(
        0,
        &format!(
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:fosx=\"{NAMESPACE}\" targetNamespace=\"{NAMESPACE}\" elementFormDefault=\"qualified\" version=\"{SCHEMA_VERSION}\">"
        ),
    );
    line(1, "<xs:annotation>");
    line(
        2,
        &format!(
            "<xs:documentation>fosx submission (WCO E-Commerce Framework of Standards), spec {SCHEMA_VERSION}: one document (Notification, Timetable, ProgressReport) or a collection (Submissions). Structure and types only; the business rules are checked by fosx.</xs:documentation>"
        ),
    );
    line(1, "</xs:annotation>");
    line(0, "");
    line(1, "<!-- Root elements -->");
    for &t in DocType::ALL {
        line(
            1,
            &format!(
                "<xs:element name=\"{}\" type=\"fosx:{}\"/>",
                t.xml_root(),
                t.schema_name()
            ),
        );
    }
    line(1, &format!("<xs:element name=\"{COLLECTION}\">"));
    line(2, "<xs:complexType>");
    line(3, "<xs:choice maxOccurs=\"unbounded\">");
    for &t in DocType::ALL {
        line(4, &format!("<xs:element ref=\"fosx:{}\"/>", t.xml_root()));
    }
    line(3, "</xs:choice>");
    line(2, "</xs:complexType>");
    line(1, "</xs:element>");
    line(0, "");
    line(1, "<!-- Documents, objects and lists -->");
    for (name, body) in &g.complex {
        line(1, &format!("<xs:complexType name=\"{name}\">"));
        for l in body {
            line(2, l);
        }
        line(1, "</xs:complexType>");
    }
    line(0, "");
    line(1, "<!-- Values -->");
    for (name, body) in &g.simple {
        line(1, &format!("<xs:simpleType name=\"{name}\">"));
        for l in body {
            line(2, l);
        }
        line(1, "</xs:simpleType>");
    }
    line(0, "</xs:schema>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_is_defined_once() {
        let xsd = xsd_text();
        let mut names: Vec<&str> = xsd
            .lines()
            .filter_map(|l| {
                l.trim()
                    .strip_prefix("<xs:complexType name=\"")
                    .or_else(|| l.trim().strip_prefix("<xs:simpleType name=\""))
            })
            .filter_map(|l| l.split('"').next())
            .collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count);
        for r in xsd.split("type=\"fosx:").skip(1) {
            let used = r.split('"').next().unwrap_or_default();
            assert!(names.contains(&used), "{used} is not defined");
        }
    }
}
