//! Structure and types (S01–S10): the JSON Schema's definition of a
//! document, walked from the data dictionary ([`super::schema_walk`]), with
//! each error mapped to a catalogue code and to the span it concerns.

use super::schema_walk::{self, Kind};
use super::{listed, shown};
use crate::diag::{Code, Diagnostic, Sink};
use crate::i18n::{Arg, Msg, msg};
use crate::model::{CodeList, DocType, SCHEMA_VERSION, Ty, refdata};
use crate::tree::{Node, Span, field_name, pointer_push};
use crate::value::suggest::nearest;

/// Checks one document against the schema.
pub fn check(doc: &Node, doc_type: Option<DocType>, out: &mut dyn Sink) {
    // A document that certainly conforms has nothing to report.
    if super::conform::conforms(doc) {
        return;
    }
    schema_walk::walk(doc, &mut |kind, path| {
        report(&kind, &Ctx::new(doc, doc_type, path), out);
    });
}

/// The diagnostics of one schema error, on the document of `ctx`. Each is
/// made only if the sink would keep it; otherwise it is counted (its code,
/// place and path are worked out first, cheaply).
fn report(kind: &Kind<'_>, ctx: &Ctx<'_>, out: &mut dyn Sink) {
    let path = ctx.path;
    let at = |code: Code| (code, Some(ctx.span()), Some(path));
    match kind {
        Kind::Required(key) => {
            let child = pointer_push(path, key);
            emit(out, (Code::S01, Some(ctx.span()), Some(&child)), || {
                ctx.missing(key)
            });
        }
        Kind::Unexpected(unexpected) => {
            for key in unexpected {
                let child = pointer_push(path, key);
                let span = ctx.unknown_span(&child);
                emit(out, (Code::S02, Some(span), Some(&child)), || {
                    ctx.unknown(key)
                });
            }
        }
        Kind::Type => emit(out, at(ctx.wrong_type_code()), || ctx.wrong_type()),
        Kind::Format => emit(out, at(Code::S03), || {
            ctx.diag(Code::S03, msg::check_not_a_calendar_date(ctx.shown_arg()))
                .help(msg::check_check_day_and_month())
        }),
        Kind::Pattern => emit(out, at(ctx.pattern_code()), || ctx.pattern()),
        Kind::MaxLength(limit) => emit(out, at(Code::S05), || {
            let length = ctx
                .node()
                .and_then(Node::as_str)
                .map_or(0, |s| s.chars().count());
            ctx.diag(
                Code::S05,
                msg::check_too_long(field_name(path), length, *limit),
            )
            .help(msg::check_shorten())
        }),
        Kind::Enum(list) => emit(out, at(ctx.not_in_list_code()), || ctx.not_in_list(*list)),
        Kind::Const(expected) => emit(out, at(ctx.constant_code()), || ctx.constant(expected)),
        // The ±18-digit bounds every number has in the schema: the
        // lexical check says how many digits there are (S03).
        Kind::Minimum(limit) | Kind::Maximum(limit)
            if limit.unsigned_abs() == crate::schema::NUMBER_BOUND.unsigned_abs() => {}
        Kind::Minimum(limit) => emit(out, at(Code::S06), || {
            let field = field_name(path);
            ctx.out_of_range(msg::check_less_than_minimum(
                field,
                ctx.shown_arg(),
                limit.to_string(),
            ))
        }),
        Kind::Maximum(limit) => emit(out, at(Code::S06), || {
            let field = field_name(path);
            ctx.out_of_range(msg::check_more_than_maximum(
                field,
                ctx.shown_arg(),
                limit.to_string(),
            ))
        }),
        Kind::MinItems(limit) => emit(out, at(Code::S07), || {
            ctx.diag(Code::S07, msg::check_needs_items(*limit, field_name(path)))
                .help(msg::check_needs_items_help())
        }),
        Kind::UniqueItems => ctx.duplicates(out),
    }
}

/// [`crate::diag::emit`], checking (in a debug build) that what is made is
/// what was counted for it.
fn emit(
    out: &mut dyn Sink,
    (code, span, path): (Code, Option<Span>, Option<&str>),
    make: impl FnOnce() -> Diagnostic,
) {
    crate::diag::emit(out, (code, span, path), || {
        let d = make();
        debug_assert_eq!(
            (d.code, d.span, d.path.as_deref()),
            (code, span, path),
            "{:?}",
            d.message
        );
        d
    });
}

struct Ctx<'a> {
    doc: &'a Node,
    doc_type: Option<DocType>,
    path: &'a str,
    /// The node at `path`, when there is one.
    node: Option<&'a Node>,
}

impl<'a> Ctx<'a> {
    fn new(doc: &'a Node, doc_type: Option<DocType>, path: &'a str) -> Self {
        Ctx {
            doc,
            doc_type,
            path,
            node: doc.pointer(path),
        }
    }
}

impl Ctx<'_> {
    fn node(&self) -> Option<&Node> {
        self.node
    }

    fn ty(&self) -> Option<&'static Ty> {
        self.doc_type?.type_at(self.path)
    }

    /// The value at the path as a text, for comparing it with others.
    fn shown(&self) -> String {
        self.node().map_or_else(String::new, Node::display)
    }

    /// The value at the path as a message shows it.
    fn shown_arg(&self) -> Arg {
        self.node().map_or_else(|| Arg::from(""), shown)
    }

    /// Span of the value at the path; for containers, the key when there is one.
    fn span(&self) -> Span {
        let node = self.node().unwrap_or(self.doc);
        if node.value_is_container()
            && let Some(m) = self.doc.pointer_member(self.path)
        {
            return m.key_span;
        }
        node.span
    }

    fn diag(&self, code: Code, message: Msg) -> Diagnostic {
        Diagnostic::new(code, message)
            .at(self.span())
            .path(self.path)
    }

    fn out_of_range(&self, message: Msg) -> Diagnostic {
        let range = match self.ty() {
            Some(Ty::Integer { min, max } | Ty::Decimal { min, max }) => match (min, max) {
                (Some(lo), Some(hi)) => Some(msg::check_range_help(lo.to_string(), hi.to_string())),
                (Some(lo), None) => Some(msg::check_at_least_help(lo.to_string())),
                (None, Some(hi)) => Some(msg::check_at_most_help(hi.to_string())),
                (None, None) => None,
            },
            _ => None,
        };
        self.diag(Code::S06, message).maybe_help(range)
    }

    fn missing(&self, key: &str) -> Diagnostic {
        let child = pointer_push(self.path, key);
        let ty = self.doc_type.and_then(|t| t.type_at(&child));
        let help = match ty {
            Some(t) => msg::check_add_field_described(key, t.describe()),
            None => msg::check_add_field(key),
        };
        Diagnostic::new(Code::S01, missing_field(&field_name(&child)))
            .at(self.span())
            .path(child)
            .help(help)
    }

    /// The span of an unknown field `child`: its key.
    fn unknown_span(&self, child: &str) -> Span {
        self.doc
            .pointer_member(child)
            .map_or_else(|| self.span(), |m| m.key_span)
    }

    /// The code of [`Ctx::wrong_type`].
    fn wrong_type_code(&self) -> Code {
        if self.path.is_empty() {
            Code::S09
        } else {
            Code::S03
        }
    }

    /// The code of [`Ctx::pattern`].
    fn pattern_code(&self) -> Code {
        match self.ty() {
            Some(Ty::Date) => Code::S03,
            _ => Code::S05,
        }
    }

    /// The code list of a value not in its list ([`Ctx::not_in_list`]).
    fn list(&self) -> Option<CodeList> {
        match self.ty() {
            Some(Ty::Code(list)) => Some(*list),
            _ if self.path == "/documentType" => Some(CodeList::DocumentType),
            _ => None,
        }
    }

    /// The code of [`Ctx::not_in_list`].
    fn not_in_list_code(&self) -> Code {
        if self.path != "/documentType" {
            return Code::S04;
        }
        match self.list() {
            Some(CodeList::DocumentType) => Code::S09,
            _ => Code::S04,
        }
    }

    /// The code of [`Ctx::constant`].
    fn constant_code(&self) -> Code {
        if self.path == "/schemaVersion" {
            Code::S10
        } else {
            Code::S04
        }
    }

    fn unknown(&self, key: &str) -> Diagnostic {
        let child = pointer_push(self.path, key);
        let span = self.unknown_span(&child);
        let known: Vec<&str> = match self.doc_type {
            Some(t) => t
                .object_fields_at(self.path)
                .iter()
                .map(|f| f.key)
                .collect(),
            None => Vec::new(),
        };
        let help = nearest(key, known.iter().copied())
            .map(msg::check_did_you_mean)
            .or_else(|| (!known.is_empty()).then(|| msg::check_fields_allowed(listed(&known))));
        Diagnostic::new(Code::S02, msg::check_unknown_field(field_name(&child)))
            .at(span)
            .path(child)
            .maybe_help(help)
    }

    fn wrong_type(&self) -> Diagnostic {
        let node = self.node();
        if self.path.is_empty() {
            return self
                .diag(Code::S09, msg::check_not_an_object())
                .help(msg::check_document_is_an_object());
        }
        if node.is_some_and(|n| n.value == crate::tree::Value::Null) {
            return self
                .diag(Code::S03, msg::check_null(field_name(self.path)))
                .help(msg::check_null_help());
        }
        let expected = self.ty().map_or_else(msg::model_type_unknown, Ty::describe);
        let shown = match node.map(|n| &n.value) {
            Some(crate::tree::Value::String(s)) => {
                Arg::from(format!("\"{}\"", crate::tree::shown(s)))
            }
            _ => self.shown_arg(),
        };
        let help = match (self.ty(), node.and_then(Node::as_str)) {
            (Some(t), Some(s)) if t.is_number() && s.trim().parse::<f64>().is_ok() => {
                Some(msg::check_unquote_number(s.trim()))
            }
            (Some(Ty::Boolean), Some(s))
                if matches!(s.trim().to_lowercase().as_str(), "true" | "false") =>
            {
                Some(msg::check_unquote_boolean(s.trim().to_lowercase()))
            }
            (Some(t), _)
                if !t.is_number()
                    && node.is_some_and(|n| matches!(n.value, crate::tree::Value::Number(_))) =>
            {
                Some(msg::check_quote_value(self.shown()))
            }
            _ => None,
        };
        self.diag(
            Code::S03,
            msg::check_should_be(field_name(self.path), expected, shown),
        )
        .maybe_help(help)
    }

    fn pattern(&self) -> Diagnostic {
        let shown = self.shown_arg();
        let field = field_name(self.path);
        match self.ty() {
            // Four digits, two, two, but year 0000: no year of the calendar.
            Some(Ty::Date) if date_shaped(&self.shown()) => self
                .diag(Code::S03, msg::check_not_a_calendar_date(shown))
                .help(msg::check_years_range()),
            Some(Ty::Date) => self
                .diag(Code::S03, msg::check_not_a_date(shown))
                .help(msg::check_write_dates()),
            Some(Ty::Text | Ty::LongText) => {
                let bad = self
                    .node()
                    .and_then(Node::as_str)
                    .and_then(|s| s.chars().find(|&c| !crate::schema::xml_char(c)));
                match bad {
                    Some(c) => self
                        .diag(
                            Code::S05,
                            msg::check_control_character(field, format!("{:04X}", u32::from(c))),
                        )
                        .help(msg::check_control_character_help()),
                    None => self
                        .diag(Code::S05, msg::check_blank(field))
                        .help(msg::check_blank_help()),
                }
            }
            Some(Ty::Token) => self
                .diag(Code::S05, msg::check_not_an_identifier(shown))
                .help(msg::check_identifier_help()),
            Some(Ty::Email) => self
                .diag(Code::S05, msg::check_not_an_email(shown))
                .help(msg::check_email_help()),
            Some(Ty::Phone) => self
                .diag(Code::S05, msg::check_not_a_phone(shown))
                .help(msg::check_phone_help()),
            _ => self.diag(Code::S05, msg::check_wrong_form(shown, field)),
        }
    }

    fn not_in_list(&self, options: CodeList) -> Diagnostic {
        let shown = self.shown();
        let list = self.list();
        let candidates: Vec<&str> = options.values().iter().map(String::as_str).collect();
        let mut help = nearest(&shown, candidates.iter().copied()).map(msg::check_did_you_mean);
        if list == Some(CodeList::MemberCode)
            && let Some(code) = refdata::get().member_code_by_name(&shown)
        {
            help = Some(msg::check_member_code_not_name(code));
        }
        if help.is_none() && candidates.len() <= 12 {
            help = Some(msg::check_use_one_of(listed(&candidates)));
        }
        let value = self.shown_arg();
        let (code, message) = match list {
            Some(CodeList::DocumentType) if self.path == "/documentType" => (
                Code::S09,
                msg::check_not_in_list(value, CodeList::DocumentType.describe()),
            ),
            Some(list) => (Code::S04, msg::check_not_in_list(value, list.describe())),
            None => (Code::S04, msg::check_not_allowed(value)),
        };
        self.diag(code, message).maybe_help(help)
    }

    fn constant(&self, expected: &str) -> Diagnostic {
        if self.path == "/schemaVersion" {
            return self
                .diag(
                    Code::S10,
                    msg::check_schema_version_unknown(self.shown_arg()),
                )
                .help(msg::check_schema_version_help(SCHEMA_VERSION));
        }
        self.diag(
            Code::S04,
            msg::check_should_equal(
                field_name(self.path),
                serde_json::Value::from(expected).to_string(),
            ),
        )
    }

    /// S07 for every item that repeats an earlier one (in linear time).
    fn duplicates(&self, out: &mut dyn Sink) {
        let items = self.node().map(Node::items).unwrap_or_default();
        for (i, first) in schema_walk::repeated(items) {
            let (item, first) = (&items[i], &items[first]);
            let path = format!("{}/{i}", self.path);
            emit(out, (Code::S07, Some(item.span), Some(&path)), || {
                Diagnostic::new(
                    Code::S07,
                    msg::check_listed_twice(field_name(self.path), shown(item)),
                )
                .at(item.span)
                .path(path.clone())
                .related(first.span, msg::check_first_given_here())
                .help(msg::check_remove_second())
            });
        }
    }
}

/// Whether text has the shape `NNNN-NN-NN`.
fn date_shaped(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// The message of a required field that is missing (S01), which the CSV
/// words ([`super::csv_words`]) say in a spreadsheet's words.
pub(super) fn missing_field(field: &str) -> Msg {
    msg::check_required_field_missing(field)
}

/// Whether `message` is that of a missing field ([`missing_field`]).
pub(super) fn is_missing_field(message: &Msg) -> bool {
    message.id() == missing_field("").id()
}
