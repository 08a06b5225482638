//! Help for values a spreadsheet program changed: each diagnostic of a
//! value that one of the [`crate::sheet`] recognisers reads gets a help that
//! names the cause and the exact canonical value, and a [`Fix`] that says
//! what `fosx fix` would write. The code, message and place stay as the
//! check made them.

use crate::diag::{Code, Diagnostic, Fix, FixValue, Sink};
use crate::i18n::{Msg, msg};
use crate::model::{CodeList, DocType, Field, Ty, refdata};
use crate::sheet::codes::{self, AliasList};
use crate::sheet::dates::{self, Cause, DateOrder, Inferred, Reading};
use crate::sheet::{booleans, numbers};
use crate::tree::{Node, Value, split_pointer};
use std::collections::HashMap;

/// What the whole file says of its values: the order of its dates, worked
/// out from its documents the first time a date needs it (a file without
/// such a date costs nothing more).
#[derive(Debug)]
pub struct Hints<'a> {
    docs: &'a [Node],
    /// The order given (`fosx fix --date-order`), which wins.
    given: Option<DateOrder>,
    inferred: std::cell::OnceCell<Inferred>,
}

impl<'a> Hints<'a> {
    /// The hints of a file's documents, with the date order given, if any.
    pub fn of(docs: &'a [Node], given: Option<DateOrder>) -> Hints<'a> {
        Hints {
            docs,
            given,
            inferred: std::cell::OnceCell::new(),
        }
    }

    /// The order the file's unambiguous dates show.
    pub fn inferred(&self) -> Inferred {
        *self.inferred.get_or_init(|| {
            let mut texts = Vec::new();
            for doc in self.docs {
                if let Some(t) = doc.str_of("documentType").and_then(DocType::from_code) {
                    collect_dates(doc, t.fields(), &mut texts);
                }
            }
            dates::infer(texts)
        })
    }

    fn order(&self) -> (Option<DateOrder>, bool) {
        match self.given {
            Some(o) => (Some(o), true),
            None => match self.inferred() {
                Inferred::Order(o) => (Some(o), false),
                _ => (None, false),
            },
        }
    }
}

fn collect_dates<'n, 'f>(
    node: &'n Node,
    fields: impl Iterator<Item = &'f Field>,
    out: &mut Vec<&'n str>,
) {
    for f in fields {
        if let Some(child) = node.get(f.key) {
            collect_typed(child, &f.ty, out);
        }
    }
}

fn collect_typed<'n>(node: &'n Node, ty: &Ty, out: &mut Vec<&'n str>) {
    match (ty, &node.value) {
        (Ty::Date, Value::String(s)) => out.push(s),
        (Ty::Object(fields), Value::Object(_)) => collect_dates(node, fields.iter(), out),
        (Ty::List { item, .. }, Value::Array(items)) => {
            for it in items {
                collect_typed(it, item, out);
            }
        }
        _ => {}
    }
}

/// A sink that adds spreadsheet help to what passes through it.
pub struct Advising<'a> {
    doc: &'a Node,
    doc_type: Option<DocType>,
    hints: &'a Hints<'a>,
    out: &'a mut dyn Sink,
    /// Each list of codes with items written with `,`, split once (so that
    /// a long list of such items costs linear time).
    lists: HashMap<String, Option<Vec<String>>>,
}

impl<'a> Advising<'a> {
    /// Advises on the diagnostics of `doc` (of type `doc_type`) on their way to `out`.
    pub fn new(
        doc: &'a Node,
        doc_type: Option<DocType>,
        hints: &'a Hints<'a>,
        out: &'a mut dyn Sink,
    ) -> Self {
        Advising {
            doc,
            doc_type,
            hints,
            out,
            lists: HashMap::new(),
        }
    }
}

impl Sink for Advising<'_> {
    fn push(&mut self, mut d: Diagnostic) {
        if let Some((help, fix)) = self.advise(&d) {
            d.help = Some(help);
            d.fix = fix.map(Box::new);
        }
        self.out.push(d);
    }

    // Advice changes no code, place or path.
    fn admits(&self, code: Code, at: Option<usize>) -> bool {
        self.out.admits(code, at)
    }

    fn count(
        &mut self,
        code: Code,
        severity: crate::diag::Severity,
        path: Option<&str>,
        span: Option<crate::tree::Span>,
    ) {
        self.out.count(code, severity, path, span);
    }
}

/// Lists up to this long have their fix on every item written with `,`.
const SHORT_LIST: usize = 64;

/// A help, and the fix when there is one.
type Advice = (Msg, Option<Fix>);

impl Advising<'_> {
    fn advise(&mut self, d: &Diagnostic) -> Option<Advice> {
        if !matches!(d.code, Code::S03 | Code::S04 | Code::S05) {
            return None;
        }
        let path = d.path.as_deref()?;
        let node = self.doc.pointer(path)?;
        let text = match &node.value {
            Value::String(s) => s.as_str(),
            Value::Number(n) => n.as_str(),
            _ => return None,
        };
        let ty = self.doc_type?.type_at(path)?;
        let sure = |value: FixValue| {
            Some(Fix {
                path: path.to_string(),
                value,
                certain: true,
            })
        };
        match ty {
            Ty::Date => self.date(text, sure),
            Ty::Integer { .. } | Ty::Decimal { .. } => number(text, ty, path, sure),
            Ty::Boolean => {
                let lower = text.trim().to_lowercase();
                if lower == "true" || lower == "false" {
                    return None; // the check's own help says it
                }
                let b = booleans::read(text)?;
                Some((msg::sheet_boolean(b.to_string()), sure(FixValue::Bool(b))))
            }
            Ty::Code(list) => self
                .list_item(path, text, *list)
                .or_else(|| code(text, *list, sure)),
            _ => None,
        }
    }

    fn date(&self, text: &str, sure: impl Fn(FixValue) -> Option<Fix>) -> Option<Advice> {
        let (order, given) = self.hints.order();
        let (iso, why) = match dates::read(text, order, given)? {
            Reading::Sure { iso, cause } => (iso, cause),
            Reading::Either {
                day_first,
                month_first,
            } => {
                let help = if self.hints.inferred() == Inferred::Conflict {
                    msg::sheet_date_both_ways(day_first, month_first)
                } else {
                    msg::sheet_date_either(day_first, month_first)
                };
                return Some((help, None));
            }
            Reading::ShortYear { year } => {
                return Some((msg::sheet_date_short_year(format!("{year:02}")), None));
            }
        };
        let help = match why {
            Cause::Itself(DateOrder::Mdy) => msg::sheet_date_month_first(&iso),
            Cause::Itself(_) => msg::sheet_date_day_first(&iso),
            Cause::File(DateOrder::Mdy) => msg::sheet_date_file_month_first(&iso),
            Cause::File(_) => msg::sheet_date_file_day_first(&iso),
            Cause::Given(o) => msg::sheet_date_order_given(o.to_string(), &iso),
            Cause::Same => msg::sheet_date_same(&iso),
            Cause::YearFirst => msg::sheet_date_year_first(&iso),
            Cause::Serial => msg::sheet_date_serial(&iso),
        };
        let fix = sure(FixValue::Text(iso));
        Some((help, fix))
    }

    /// An item of a list of codes that holds several, separated by `,`: the
    /// fix is the whole list with every such item split.
    fn list_item(&mut self, path: &str, text: &str, list: CodeList) -> Option<Advice> {
        if !text.contains(',') {
            return None;
        }
        let (parent, _) = split_pointer(path)?;
        let values = list.values();
        let one =
            |s: &str| codes::respelled(s, values.iter().map(String::as_str)).map(str::to_owned);
        let parts = codes::split_list(text, one)?;
        let doc = self.doc;
        let first = !self.lists.contains_key(parent);
        let whole = self
            .lists
            .entry(parent.to_string())
            .or_insert_with(|| {
                let mut whole = Vec::new();
                for item in doc.pointer(parent)?.items() {
                    let t = item.as_str()?;
                    match codes::split_list(t, one) {
                        Some(split) => whole.extend(split),
                        None => whole.push(t.to_string()),
                    }
                }
                Some(whole)
            })
            .as_ref()?;
        // Every item's diagnostic carries the whole list, but of a long one
        // only the first does (its fix repairs them all).
        let fix = (first || whole.len() <= SHORT_LIST).then(|| Fix {
            path: parent.to_string(),
            value: FixValue::List(whole.clone()),
            certain: true,
        });
        Some((msg::sheet_list_separator(parts.join(";")), fix))
    }
}

fn code(text: &str, list: CodeList, sure: impl Fn(FixValue) -> Option<Fix>) -> Option<Advice> {
    let values = list.values();
    let alias_list = match list {
        CodeList::Currency => Some(AliasList::Currency),
        CodeList::MemberCode => Some(AliasList::Member),
        _ => None,
    };
    if let Some(c) = alias_list.and_then(|l| codes::alias(l, text)) {
        return Some((
            msg::sheet_code_alias(c, text.trim()),
            sure(FixValue::Text(c.to_string())),
        ));
    }
    let data = refdata::get();
    let named = match list {
        CodeList::Region => codes::by_name(
            text,
            data.regions.iter().map(|(c, n)| (c.as_str(), n.as_str())),
        ),
        CodeList::Currency => codes::by_name(text, data.currencies.iter().map(|&(c, n)| (c, n))),
        CodeList::MemberCode => data.member_code_by_name(text),
        _ => None,
    };
    if let Some(c) = named {
        let help = if list == CodeList::MemberCode {
            msg::check_member_code_not_name(c)
        } else {
            msg::sheet_code_not_name(c)
        };
        return Some((help, sure(FixValue::Text(c.to_string()))));
    }
    let c = codes::respelled(text, values.iter().map(String::as_str))?;
    Some((
        msg::check_did_you_mean(c),
        sure(FixValue::Text(c.to_string())),
    ))
}

fn number(
    text: &str,
    ty: &Ty,
    path: &str,
    sure: impl Fn(FixValue) -> Option<Fix>,
) -> Option<Advice> {
    let integer = matches!(ty, Ty::Integer { .. });
    let fits = |r: &String| {
        let (int, frac) = r.trim_start_matches('-').split_once('.').unwrap_or((r, ""));
        if integer {
            frac.is_empty() && int.len() <= 18
        } else {
            frac.len() <= 6
        }
    };
    // A whole number written with `.0` where an integer is expected.
    if integer
        && let Some((int, zeros)) = text.trim().split_once('.')
        && !zeros.is_empty()
        && zeros.bytes().all(|b| b == b'0')
        && crate::value::integer_form(int).is_ok()
    {
        return Some((
            msg::sheet_whole_number(int),
            sure(FixValue::Number(int.to_string())),
        ));
    }
    let n = numbers::read(text)?;
    let percent_field = path.ends_with("Percent");
    if n.marks.percent && !percent_field {
        return None;
    }
    let readings: Vec<&String> = n.readings.iter().filter(|r| fits(r)).collect();
    let r = match readings[..] {
        [r] => r.clone(),
        [a, b] => return Some((msg::sheet_number_either(a, b), None)),
        _ => return None,
    };
    let m = n.marks;
    let help = if m.percent {
        msg::sheet_percentage(&r)
    } else if m.currency {
        msg::sheet_currency_symbol(&r)
    } else if m.decimal_comma && m.thousands {
        msg::sheet_decimal_comma_and_thousands(&r)
    } else if m.decimal_comma {
        msg::sheet_decimal_comma(&r)
    } else {
        msg::sheet_thousands(&r)
    };
    Some((help, sure(FixValue::Number(r))))
}
