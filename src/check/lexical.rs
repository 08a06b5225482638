//! Lexical forms the JSON Schema cannot see: numbers keep their source text,
//! and the dictionary allows no exponent, at most 6 fractional digits and at
//! most 18 digits, counted as XSD `totalDigits` counts them (S03).

use crate::diag::{Code, Diagnostic, Sink, emit};
use crate::i18n::{Msg, msg};
use crate::model::{DocType, Field, Ty};
use crate::tree::{Node, Value, field_name, pointer_push};
use crate::value::number::FormError;
use crate::value::{decimal_form, integer_form};

/// Checks the number forms of every field of a document.
pub fn check(doc: &Node, doc_type: DocType, out: &mut dyn Sink) {
    walk_object(doc, doc_type.fields(), &At::Root, out);
}

/// Where a value is: made into its JSON Pointer only for a diagnostic.
enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Item(&'a At<'a>, usize),
}

impl At<'_> {
    fn pointer(&self) -> String {
        match self {
            At::Root => String::new(),
            At::Key(up, key) => pointer_push(&up.pointer(), key),
            At::Item(up, i) => pointer_push(&up.pointer(), &i.to_string()),
        }
    }
}

fn walk_object<'f>(
    node: &Node,
    fields: impl Iterator<Item = &'f Field>,
    at: &At,
    out: &mut dyn Sink,
) {
    walk_numeric(node, &numeric(fields), at, out);
}

/// The fields that are or hold numbers.
fn numeric<'f>(fields: impl Iterator<Item = &'f Field>) -> Vec<&'f Field> {
    fields.filter(|f| holds_numbers(&f.ty)).collect()
}

/// Walks the fields of an object that are or hold numbers.
fn walk_numeric(node: &Node, fields: &[&Field], at: &At, out: &mut dyn Sink) {
    for field in fields {
        if let Some(child) = node.get(field.key) {
            walk(child, &field.ty, &At::Key(at, field.key), out);
        }
    }
}

/// Whether values of `ty` are, or may hold, numbers.
fn holds_numbers(ty: &Ty) -> bool {
    match ty {
        Ty::Integer { .. } | Ty::Decimal { .. } => true,
        Ty::Object(fields) => fields.iter().any(|f| holds_numbers(&f.ty)),
        Ty::List { item, .. } => holds_numbers(item),
        _ => false,
    }
}

fn walk(node: &Node, ty: &Ty, at: &At, out: &mut dyn Sink) {
    match (ty, &node.value) {
        (Ty::Object(fields), Value::Object(_)) => walk_object(node, fields.iter(), at, out),
        (Ty::List { item, .. }, Value::Array(items)) => {
            // The numeric fields of a list of objects, found once.
            let fields = match item {
                Ty::Object(fields) => Some(numeric(fields.iter())),
                _ => None,
            };
            for (i, it) in items.iter().enumerate() {
                match (&fields, &it.value) {
                    (Some(fields), Value::Object(_)) => {
                        walk_numeric(it, fields, &At::Item(at, i), out);
                    }
                    _ => walk(it, item, &At::Item(at, i), out),
                }
            }
        }
        (Ty::Integer { .. }, Value::Number(text)) => {
            if let Err(why) = integer_form(text) {
                let path = &at.pointer();
                emit(out, (Code::S03, Some(node.span), Some(path)), || {
                    number_diag(node, path, text, msg::model_type_integer(), why)
                });
            }
        }
        (Ty::Decimal { .. }, Value::Number(text)) => {
            if let Err(why) = decimal_form(text) {
                let path = &at.pointer();
                emit(out, (Code::S03, Some(node.span), Some(path)), || {
                    number_diag(node, path, text, msg::model_type_decimal(), why)
                });
            }
        }
        _ => {}
    }
}

fn number_diag(node: &Node, path: &str, text: &str, what: Msg, why: FormError) -> Diagnostic {
    Diagnostic::new(
        Code::S03,
        msg::check_should_be(field_name(path), what, crate::tree::shown(text)),
    )
    .at(node.span)
    .path(path)
    .help(form_help(why))
}

/// How to write a number whose form is wrong.
fn form_help(why: FormError) -> Msg {
    match why {
        FormError::Exponent => msg::check_number_exponent(),
        FormError::IntegerDecimalPoint => msg::check_integer_decimal_point(),
        FormError::IntegerNotDigits => msg::check_integer_digits_only(),
        FormError::LeadingZeros => msg::check_leading_zeros(),
        FormError::IntegerTooLong => msg::check_integer_too_long(),
        FormError::DecimalNotDigits => msg::check_decimal_digits_only(),
        FormError::PointAlone => msg::check_decimal_point_alone(),
        FormError::FractionTooLong => msg::check_decimal_fraction_too_long(),
        FormError::DecimalTooLong { digits } => msg::check_decimal_too_long(digits),
    }
}
