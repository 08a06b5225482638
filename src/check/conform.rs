//! The quick answer for a document that is right: whether it certainly
//! satisfies the published JSON Schema, decided in one pass over the data
//! dictionary's fields, with no errors to name and no paths to build.
//!
//! The schema stays the contract: [`conforms`] only says "yes, certainly"
//! or "ask the schema". A `true` is given only where every keyword the
//! schema applies is checked here the way a JSON Schema validator checks
//! it (the tests hold the two together over every fixture and over
//! generated and changed documents); anything unusual (a key given twice,
//! a number with an exponent, a list of numbers) answers `false`, and the
//! walk of the schema ([`super::schema_walk`]) then finds the problems, or
//! none.

use super::schema_walk::{self, phone, token};
use crate::model::{CodeList, DocType, Field, SCHEMA_VERSION, Ty};
use crate::schema::NUMBER_BOUND;
use crate::tree::{Member, Node, Value};

/// Whether `doc` certainly satisfies the schema's definition of a document
/// (`#/$defs/document`). `false` means "not certain": the walk of the
/// schema decides.
pub fn conforms(doc: &Node) -> bool {
    let Value::Object(members) = &doc.value else {
        return false;
    };
    let Some(doc_type) = members.iter().find_map(|m| match &m.node.value {
        Value::String(code) if m.key == "documentType" => DocType::from_code(code),
        _ => None,
    }) else {
        return false;
    };
    CodeList::DocumentType.contains(doc_type.code())
        && object(members, doc_type.fields(), Some(doc_type))
}

/// An object of the given fields: every member a known field given once,
/// every required field present, every value of its field's type.
/// `doc_type` is the document's type for its top-level object, whose
/// `documentType` is that type's code.
fn object<'f>(
    members: &[Member],
    fields: impl Iterator<Item = &'f Field> + Clone,
    doc_type: Option<DocType>,
) -> bool {
    // The dictionary's objects have fewer than 64 fields.
    let mut seen: u64 = 0;
    for m in members {
        let Some((i, field)) = fields.clone().enumerate().find(|(_, f)| f.key == m.key) else {
            return false;
        };
        let bit = 1u64.checked_shl(i as u32).unwrap_or(0);
        if bit == 0 || seen & bit != 0 {
            return false;
        }
        seen |= bit;
        let ok = match (doc_type, field.key) {
            (Some(t), "documentType") => m.node.as_str() == Some(t.code()),
            _ => value(&m.node, &field.ty),
        };
        if !ok {
            return false;
        }
    }
    fields
        .enumerate()
        .all(|(i, f)| !f.required || seen & (1u64 << i) != 0)
}

/// A value of type `ty`.
fn value(node: &Node, ty: &Ty) -> bool {
    match (ty, &node.value) {
        (Ty::SchemaVersion, Value::String(s)) => s == SCHEMA_VERSION,
        (Ty::Text, Value::String(s)) => text(s, 200),
        (Ty::LongText, Value::String(s)) => text(s, 4000),
        (Ty::Token, Value::String(s)) => token(s),
        (Ty::Date, Value::String(s)) => date(s),
        (Ty::Email, Value::String(s)) => email(s),
        (Ty::Phone, Value::String(s)) => phone(s),
        (Ty::Code(list), Value::String(s)) => list.contains(s),
        (Ty::Boolean, Value::Bool(_)) => true,
        (Ty::Integer { min, max }, Value::Number(n)) => integer(n, *min, *max),
        (Ty::Decimal { min, max }, Value::Number(n)) => {
            integer(n, *min, *max) || decimal(n, *min, *max)
        }
        (Ty::Object(fields), Value::Object(members)) => object(members, fields.iter(), None),
        (Ty::List { item, min, .. }, Value::Array(items)) => {
            items.len() >= *min
                && (!item.is_scalar() || distinct(items))
                && items.iter().all(|i| value(i, item))
        }
        _ => false,
    }
}

/// Text: at most `max` characters (`maxLength` counts characters) and the
/// `text` pattern.
fn text(s: &str, max: usize) -> bool {
    let count = s.chars().count();
    count <= max && schema_walk::text(s)
}

/// The `date` pattern and `format: date`.
fn date(s: &str) -> bool {
    schema_walk::date_shape(s) && schema_walk::calendar_date(s)
}

/// The `email` pattern and its `maxLength`.
fn email(s: &str) -> bool {
    schema_walk::email(s) && s.chars().count() <= 254
}

/// An integer within the bounds (the schema's ±18-digit bounds where the
/// dictionary has none), read as the schema reads it: as an `i64`.
fn integer(text: &str, min: Option<i64>, max: Option<i64>) -> bool {
    text.parse::<i64>()
        .is_ok_and(|v| min.unwrap_or(-NUMBER_BOUND) <= v && v <= max.unwrap_or(NUMBER_BOUND))
}

/// A decimal written with digits and a point, within the bounds, read as
/// the schema reads it: as the nearest `f64`, compared exactly with the
/// integer bounds (as a JSON Schema validator compares numbers).
fn decimal(text: &str, min: Option<i64>, max: Option<i64>) -> bool {
    if !text
        .bytes()
        .all(|c| c.is_ascii_digit() || c == b'.' || c == b'-')
    {
        return false;
    }
    let Ok(v) = text.parse::<f64>() else {
        return false;
    };
    // Within ±2^62, the floor and ceiling of `v` are exact `i64`s; for an
    // integer bound, v >= lo exactly when floor(v) >= lo, and v <= hi
    // exactly when ceil(v) <= hi.
    v.is_finite()
        && v.abs() < 4.6e18
        && v.floor() as i64 >= min.unwrap_or(-NUMBER_BOUND)
        && v.ceil() as i64 <= max.unwrap_or(NUMBER_BOUND)
}

/// Items that are all distinct strings (`uniqueItems` on the dictionary's
/// lists of codes); other scalars are left to the schema.
fn distinct(items: &[Node]) -> bool {
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    items.iter().all(|i| match &i.value {
        Value::String(s) => seen.insert(s.as_str()),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts() {
        assert!(text("a", 200));
        assert!(text(" \u{A0}a\u{1F600} ", 200));
        assert!(!text("", 200));
        assert!(!text(" \t\n\u{3000}", 200));
        assert!(!text("a\u{B}", 200));
        assert!(!text("a\u{FFFE}", 200));
        assert!(text(&"é".repeat(200), 200));
        assert!(!text(&"é".repeat(201), 200));
    }

    #[test]
    fn dates() {
        for ok in ["2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"] {
            assert!(date(ok), "{ok}");
        }
        for bad in [
            "1900-02-29",
            "2023-02-29",
            "0000-01-01",
            "2024-13-01",
            "2024-00-01",
            "2024-04-31",
            "2024-1-01",
            "2024/01/01",
            "２024-01-01",
        ] {
            assert!(!date(bad), "{bad}");
        }
    }

    #[test]
    fn emails_phones_tokens() {
        assert!(email("a@b.c"));
        assert!(email("ü.x@b.c.d"));
        for bad in [
            "a@.c", "a@b.", "a@bc", "@b.c", "a@b@c.d", "a b@c.d", "a@b .c",
        ] {
            assert!(!email(bad), "{bad}");
        }
        assert!(phone("+254 20 1234567"));
        assert!(phone("123456"));
        for bad in [
            "12345",
            "+ 123456",
            "123456 ",
            "(12345",
            "1234567890123456789012345678901",
        ] {
            assert!(!phone(bad), "{bad}");
        }
        assert!(token("KE-2026.01_a"));
        assert!(!token("-a"));
        assert!(!token(&"a".repeat(65)));
    }

    #[test]
    fn numbers() {
        assert!(integer("100", Some(0), Some(100)));
        assert!(!integer("101", Some(0), Some(100)));
        assert!(!integer("1.0", Some(0), Some(100)));
        assert!(integer("-999999999999999999", None, None));
        assert!(!integer("1000000000000000000", None, None));
        assert!(decimal("99.5", Some(0), Some(100)));
        assert!(decimal("100.000", Some(0), Some(100)));
        assert!(!decimal("100.000001", Some(0), Some(100)));
        assert!(decimal("900420400258172126.000", Some(0), None));
        // The nearest f64 is 1e18, beyond the 18-digit bound.
        assert!(!decimal("999999999999999999.000", Some(0), None));
        assert!(!decimal("-0.5", Some(0), None));
        assert!(!decimal("-0.000001", Some(0), None));
        assert!(decimal("-0.0", Some(0), None));
        assert!(!decimal("4.5", Some(0), Some(4)));
        assert!(!decimal("1e3", Some(0), None));
        assert!(!decimal("inf", None, None));
    }
}
