//! Strategies that generate valid documents from the dictionary tables.
//!
//! A document is generated field by field from [`DocType::fields`] and the
//! types of [`Ty`], so a field added to the dictionary is generated (and so
//! round-tripped and checked) without touching this file. Only the business
//! rules, which the tables do not express, need the fix-up pass at the end
//! ([`fix_rules`]), which takes its few random choices from a seed that is
//! part of the generated value, so that shrinking still works.
//!
//! Text is deliberately awkward: quotes, `;`, commas, LF, tabs, `<`, `&`,
//! `>`, `]]>`, Arabic, Chinese, Cyrillic, emoji (also ZWJ sequences), leading
//! `=`, `+`, `-`, `@`, leading and trailing spaces, other Unicode spaces, and
//! the longest allowed lengths. It never holds:
//!
//! - CR: the readers normalise CR and CRLF to LF (`representations.md`), so a
//!   text with CR is not kept by design;
//! - other C0 control characters than LF and TAB, nor U+FFFE / U+FFFF: XML 1.0
//!   cannot hold them, not even as character references, so such a text has
//!   no XML form and the round-trip rule cannot apply to it.

use fosx::Date;
use fosx::model::{CodeList, DocType, Field, Ty, refdata};
use fosx::tree::{Member, Node, Span, Value};
use proptest::prelude::*;
use proptest::sample::select;

/// The as-of date every property checks with.
pub const AS_OF: &str = "2026-11-28";

/// The as-of date as a [`Date`].
pub fn as_of() -> Date {
    Date::parse(AS_OF).expect("AS_OF is a date")
}

// ----- nodes --------------------------------------------------------------

/// A string node.
pub fn string(v: impl Into<String>) -> Node {
    Node::new(Value::String(v.into()), Span::default())
}

fn number(v: impl Into<String>) -> Node {
    Node::new(Value::Number(v.into()), Span::default())
}

fn object(members: impl IntoIterator<Item = (&'static str, Node)>) -> Node {
    Node::new(
        Value::Object(
            members
                .into_iter()
                .map(|(key, node)| Member {
                    key: key.to_string(),
                    key_span: Span::default(),
                    node,
                })
                .collect(),
        ),
        Span::default(),
    )
}

fn get_mut<'a>(node: &'a mut Node, key: &str) -> Option<&'a mut Node> {
    match &mut node.value {
        Value::Object(members) => members
            .iter_mut()
            .find(|m| m.key == key)
            .map(|m| &mut m.node),
        _ => None,
    }
}

fn set(node: &mut Node, key: &str, value: Node) {
    if let Some(n) = get_mut(node, key) {
        *n = value;
    } else if let Value::Object(members) = &mut node.value {
        members.push(Member {
            key: key.to_string(),
            key_span: Span::default(),
            node: value,
        });
    }
}

fn remove(node: &mut Node, key: &str) {
    if let Value::Object(members) = &mut node.value {
        members.retain(|m| m.key != key);
    }
}

fn text_of(node: &Node, key: &str) -> Option<String> {
    node.str_of(key).map(str::to_owned)
}

fn items_mut<'a>(node: &'a mut Node, key: &str) -> &'a mut [Node] {
    match get_mut(node, key).map(|n| &mut n.value) {
        Some(Value::Array(items)) => items,
        _ => &mut [],
    }
}

// ----- dates --------------------------------------------------------------

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DD` of a day number (an independent implementation, not fosx's).
pub fn civil(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn day_number(text: &str) -> Option<i64> {
    let d = Date::parse(text).ok()?;
    Some(days_from_civil(
        i64::from(d.year),
        i64::from(d.month),
        i64::from(d.day),
    ))
}

fn date_of(node: &Node, key: &str) -> Option<i64> {
    day_number(node.str_of(key)?)
}

/// The first and last day of the FoS era fosx accepts as a submission date.
fn submission_window() -> (i64, i64) {
    (days_from_civil(2018, 6, 1), days_from_civil(2026, 11, 28))
}

/// Any real calendar date, mostly near the present, sometimes anywhere in
/// 0001–9999, sometimes on 29 February or at the ends of months and years.
fn date() -> impl Strategy<Value = String> {
    let near = days_from_civil(2000, 1, 1)..=days_from_civil(2040, 12, 31);
    let all = days_from_civil(1, 1, 1)..=days_from_civil(9999, 12, 31);
    prop_oneof![
        8 => near.prop_map(civil),
        1 => all.prop_map(civil),
        1 => (1i64..10_000, prop_oneof![Just((2, 29)), Just((12, 31)), Just((1, 1)), Just((2, 28))])
            .prop_map(|(y, (m, d))| {
                // 29 February only in leap years.
                let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
                let d = if m == 2 && d == 29 && !leap { 28 } else { d };
                civil(days_from_civil(y, m, d))
            }),
    ]
}

// ----- text ---------------------------------------------------------------

/// Fragments that are awkward in at least one representation.
const FRAGMENTS: &[&str] = &[
    "\"",
    "\"\"",
    "'",
    ";",
    ",",
    "\n",
    "\n\n",
    "\t",
    "<",
    ">",
    "&",
    "&amp;",
    "&lt;",
    "&#13;",
    "]]>",
    "<![CDATA[",
    "-->",
    "<!--",
    "<?x?>",
    "\\",
    "\\n",
    "{",
    "}",
    "[",
    "]",
    "/",
    "~1",
    "=",
    "+",
    "-",
    "@",
    "=SUM(A1:A2)",
    "+33",
    "-1",
    "@cmd",
    " ",
    "  ",
    "\u{a0}",
    "\u{2028}",
    "\u{85}",
    "\u{feff}",
    "\u{200b}",
    "\u{3000}",
    "e\u{301}",
    "مرحبا بالعالم",
    "الجمارك",
    "海关总署",
    "电子商务",
    "Таможня",
    "Привет, мир",
    "😀",
    "👩‍👩‍👧",
    "🇫🇷",
    "𝄞",
    "ǅ",
    "ß",
    "İ",
    "true",
    "null",
    "1.0",
    "0",
    "#",
    "%",
    "|",
    "\u{7f}",
    "\u{9f}",
];

/// Whether XML 1.0 can hold the character (and it is no CR, which the
/// readers normalise).
fn xml_char(c: char) -> bool {
    c == '\t' || c == '\n' || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')
}

fn atom() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z0-9 ]{1,8}",
        4 => select(FRAGMENTS).prop_map(String::from),
        2 => any::<char>().prop_map(|c| if xml_char(c) { c } else { '\u{fffd}' }.to_string()),
    ]
}

/// Whether a text has a character that is not a space by any definition
/// (Unicode `White_Space`, and ECMA-262's `\s`, which adds U+FEFF).
fn has_solid(s: &str) -> bool {
    s.chars().any(|c| !c.is_whitespace() && c != '\u{feff}')
}

/// Truncates to `max` characters and makes sure there is a solid character.
fn finish(s: String, max: usize) -> String {
    let mut s: String = s.chars().take(max).collect();
    if !has_solid(&s) {
        if s.chars().count() >= max {
            s = s.chars().skip(1).collect();
        }
        s.push('x');
    }
    s
}

/// Valid text of at most `max` characters.
pub fn text(max: usize) -> impl Strategy<Value = String> {
    let atoms = |n: std::ops::RangeInclusive<usize>| {
        prop::collection::vec(atom(), n).prop_map(|v| v.concat())
    };
    prop_oneof![
        10 => atoms(1..=6),
        3 => atoms(1..=40),
        // At exactly the limit.
        1 => atoms(1..=6).prop_map(move |s| s.chars().cycle().take(max).collect()),
    ]
    .prop_map(move |s| finish(s, max))
}

// ----- scalars ------------------------------------------------------------

/// Parts of e-mail addresses that are awkward in some representation.
const EMAIL_ODD: &[&str] = &[
    "=x", "+1", "-a", "\"q\"", "a,b", "a;b", "<a>", "&amp;", "]]>", "😀",
];

fn email() -> impl Strategy<Value = String> {
    // `^[^@\s]+@[^@\s]+\.[^@\s]+$`, at most 254 characters.
    let part = prop_oneof![
        4 => "[a-z0-9._%+-]{1,20}",
        2 => "[!-?A-~&&[^@]]{1,12}",
        1 => "[а-яё]{1,6}",
        1 => "[一-龥]{1,4}",
        1 => select(EMAIL_ODD).prop_map(String::from),
    ];
    let short = (part.clone(), part, "[a-z]{2,6}")
        .prop_map(|(local, domain, tld)| format!("{local}@{domain}.{tld}"));
    // At the limit: 64 + 1 + 185 + 1 + 3 = 254 characters.
    let longest = ("[a-z0-9._%+-]{64}", "[a-zé一-龥-]{185}", "[a-z]{3}")
        .prop_map(|(local, domain, tld)| format!("{local}@{domain}.{tld}"));
    prop_oneof![10 => short, 1 => longest]
}

fn phone() -> impl Strategy<Value = String> {
    // `^\+?[0-9][0-9 ()./-]{4,28}[0-9()./-]$`: no space at either end.
    r"\+?[0-9][0-9 ()./-]{4,28}[0-9()./-]"
}

const MAX_INT: i64 = 999_999_999_999_999_999; // 18 digits

fn integer(min: Option<i64>, max: Option<i64>) -> impl Strategy<Value = String> {
    let lo = min.unwrap_or(-MAX_INT);
    let hi = max.unwrap_or(MAX_INT);
    prop_oneof![
        4 => lo.max(0)..=hi.min(lo.max(0) + 1000),
        2 => lo..=hi,
        1 => Just(lo),
        1 => Just(hi),
    ]
    .prop_map(|n| n.to_string())
}

/// A decimal with at most 18 significant and 6 fractional digits, within
/// the bounds; sometimes with trailing fractional zeros (a lexical variant
/// the canonical form drops).
fn decimal(min: Option<i64>, max: Option<i64>) -> impl Strategy<Value = String> {
    let mantissa = prop_oneof![
        4 => 0u64..10_000,
        3 => 0u64..=999_999_999_999_999_999,
        1 => Just(999_999_999_999_999_999u64),
        1 => Just(0u64),
    ];
    (mantissa, 0u32..=6, 0usize..=6, any::<bool>()).prop_map(move |(m, scale, pad, negative)| {
        let pow = 10u64.pow(scale);
        // Into the bounds (which are integers) by a modulo, not by
        // rejecting: `hi` itself needs a zero fraction.
        let m = match max {
            Some(hi) if hi >= 0 => m % (hi as u64 * pow + 1),
            _ => m,
        };
        let negative = negative && min.is_none_or(|lo| lo < 0) && m != 0;
        let m = match min {
            Some(lo) if negative && lo < 0 => m % (lo.unsigned_abs() * pow + 1),
            _ => m,
        };
        let (int, frac) = (m / pow, m % pow);
        let mut text = String::new();
        if negative {
            text.push('-');
        }
        text.push_str(&int.to_string());
        let mut digits = if scale > 0 {
            format!("{frac:0width$}", width = scale as usize)
        } else {
            String::new()
        };
        // Trailing zeros: a lexical variant of the same value.
        while digits.len() < pad {
            digits.push('0');
        }
        if !digits.is_empty() {
            text.push('.');
            text.push_str(&digits);
        }
        text
    })
}

// ----- from the tables ----------------------------------------------------

/// Most entries generated per list, besides full catalogues.
const MAX_ITEMS: usize = 3;

/// The most standards an edition has.
fn largest_catalogue() -> usize {
    CodeList::FrameworkEdition
        .values()
        .iter()
        .filter_map(|e| refdata::get().standards(e))
        .map(<[_]>::len)
        .max()
        .unwrap_or(1)
}

/// A value of a dictionary type.
pub fn value(ty: &'static Ty) -> BoxedStrategy<Node> {
    match *ty {
        Ty::SchemaVersion => Just(string(fosx::model::SCHEMA_VERSION)).boxed(),
        Ty::Text => text(200).prop_map(string).boxed(),
        Ty::LongText => text(4000).prop_map(string).boxed(),
        Ty::Token => "[A-Za-z0-9][A-Za-z0-9._-]{0,63}".prop_map(string).boxed(),
        Ty::Date => date().prop_map(string).boxed(),
        Ty::Email => email().prop_map(string).boxed(),
        Ty::Phone => phone().prop_map(string).boxed(),
        Ty::Integer { min, max } => integer(min, max).prop_map(number).boxed(),
        Ty::Decimal { min, max } => decimal(min, max).prop_map(number).boxed(),
        Ty::Boolean => any::<bool>()
            .prop_map(|b| Node::new(Value::Bool(b), Span::default()))
            .boxed(),
        Ty::Code(list) => select(list.values()).prop_map(string).boxed(),
        Ty::Object(fields) => object_of(fields.iter()),
        Ty::List { item, min, .. } => {
            let items = if matches!(item, Ty::Object(_)) {
                // Sometimes as many entries as a catalogue has standards, so
                // that a `full` notification can list them all.
                let full = largest_catalogue().max(min);
                prop_oneof![
                    8 => prop::collection::vec(value(item), min..=MAX_ITEMS.max(min)),
                    1 => prop::collection::vec(value(item), full),
                ]
                .boxed()
            } else {
                prop::collection::vec(value(item), min..=MAX_ITEMS.max(min) + 2).boxed()
            };
            items
                .prop_map(|items| {
                    // Lists have no duplicates (items are compared as text;
                    // objects, whose duplicates the rules judge, are kept).
                    let mut seen = Vec::new();
                    let items: Vec<Node> = items
                        .into_iter()
                        .filter(|n| {
                            n.value_is_container() || {
                                let key = format!("{:?}", n.value);
                                !seen.contains(&key) && {
                                    seen.push(key);
                                    true
                                }
                            }
                        })
                        .collect();
                    Node::new(Value::Array(items), Span::default())
                })
                .boxed()
        }
    }
}

/// An object with the given fields: required ones always, optional ones
/// about half of the time.
fn object_of(fields: impl Iterator<Item = &'static Field>) -> BoxedStrategy<Node> {
    let parts: Vec<BoxedStrategy<Option<(&'static str, Node)>>> = fields
        .map(|f| {
            let s = value(&f.ty).prop_map(move |n| (f.key, n));
            if f.required {
                s.prop_map(Some).boxed()
            } else {
                prop::option::weighted(0.55, s).boxed()
            }
        })
        .collect();
    parts
        .prop_map(|members| object(members.into_iter().flatten()))
        .boxed()
}

/// A valid document of type `t`.
fn document(t: DocType) -> BoxedStrategy<Node> {
    (object_of(t.fields()), any::<u64>())
        .prop_map(move |(mut doc, seed)| {
            fix_rules(&mut doc, t, &mut Rng(seed));
            doc
        })
        .boxed()
}

/// Documents that show themselves as canonical JSON in failure messages
/// (the `Debug` form of a [`Node`] tree is unreadably long).
#[derive(Clone)]
pub struct Docs(pub Vec<Node>);

impl std::fmt::Debug for Docs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match fosx::write::write_json(&self.0) {
            Ok(json) => write!(f, "canonical JSON:\n{json}"),
            Err(_) => write!(f, "{:?}", self.0),
        }
    }
}

impl std::ops::Deref for Docs {
    type Target = [Node];

    fn deref(&self) -> &[Node] {
        &self.0
    }
}

fn any_document() -> BoxedStrategy<Node> {
    select(DocType::ALL).prop_flat_map(document).boxed()
}

/// One valid document of any type.
pub fn one() -> BoxedStrategy<Docs> {
    any_document().prop_map(|d| Docs(vec![d])).boxed()
}

/// A valid collection of 2–4 documents of type `t` (any type when `None`),
/// with distinct `documentId`s.
pub fn collection(t: Option<DocType>) -> BoxedStrategy<Docs> {
    let doc = match t {
        Some(t) => document(t),
        None => any_document(),
    };
    prop::collection::vec(doc, 2..=4)
        .prop_map(|mut docs| {
            unique_ids(&mut docs);
            Docs(docs)
        })
        .boxed()
}

/// A valid collection of 2–4 documents of one (random) type.
pub fn collection_of_one_type() -> BoxedStrategy<Docs> {
    select(DocType::ALL)
        .prop_flat_map(|t| collection(Some(t)))
        .boxed()
}

/// Makes `documentId`s unique (R01) by prefixing the index when needed.
fn unique_ids(docs: &mut [Node]) {
    let mut seen: Vec<String> = Vec::new();
    for (i, doc) in docs.iter_mut().enumerate() {
        let mut id = text_of(doc, "documentId").unwrap_or_default();
        if seen.contains(&id) {
            id = format!("{i}{id}").chars().take(64).collect();
            while seen.contains(&id) {
                id = format!("{i}{}", &id[..id.len().min(60)]);
            }
            set(doc, "documentId", string(id.clone()));
        }
        seen.push(id);
    }
}

// ----- business rules -----------------------------------------------------

/// A small deterministic generator for the choices of the fix-up pass.
pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, from: &'a [String]) -> &'a str {
        &from[self.below(from.len())]
    }
}

/// Changes a document generated from the tables so that it also keeps the
/// business rules (R02–R12; warnings R13–R15 and R18 may remain), changing
/// as little as possible.
pub fn fix_rules(doc: &mut Node, t: DocType, rng: &mut Rng) {
    set(doc, "documentType", string(t.code()));

    // R05: submitted between the adoption of the FoS and the as-of date.
    let (first, last) = submission_window();
    let drawn = date_of(doc, "submissionDate").unwrap_or(first);
    let submitted = first + drawn.rem_euclid(last - first + 1);
    set(doc, "submissionDate", string(civil(submitted)));

    // R11: memberCode suits memberType.
    if let Some(submitter) = get_mut(doc, "submitter") {
        let kind = text_of(submitter, "memberType").unwrap_or_default();
        let code = text_of(submitter, "memberCode").unwrap_or_default();
        let data = refdata::get();
        let suits = |c: &str| match data.union(c) {
            Some(u) => u.member_type == kind,
            None => kind == "member",
        };
        if !suits(&code) {
            let candidates: Vec<String> = CodeList::MemberCode
                .values()
                .iter()
                .filter(|c| suits(c))
                .cloned()
                .collect();
            let code = rng.pick(&candidates).to_string();
            set(submitter, "memberCode", string(code));
        }
    }

    // R12: amounts need a currency.
    if let Some(ind) = get_mut(doc, "indicators")
        && (ind.get("declaredValue").is_some() || ind.get("revenueCollected").is_some())
        && ind.get("currency").is_none()
    {
        let currency = rng.pick(CodeList::Currency.values()).to_string();
        set(ind, "currency", string(currency));
    }

    // R09 (intention): no flag set without its description.
    if let Some(intention) = get_mut(doc, "intention") {
        no_flag_without_description(
            intention,
            "legislativeChangesRequired",
            "legislativeChangesDescription",
        );
    }

    // R02, R03: distinct standards of the edition's catalogue.
    let edition = text_of(doc, "frameworkEdition").unwrap_or_default();
    let mut catalogue: Vec<i64> = refdata::get()
        .standards(&edition)
        .map(|s| s.iter().map(|s| s.number).collect())
        .unwrap_or_default();
    for i in (1..catalogue.len()).rev() {
        catalogue.swap(i, rng.below(i + 1));
    }
    if let Some(Value::Array(items)) = get_mut(doc, "entries").map(|n| &mut n.value) {
        items.truncate(catalogue.len());
    }

    // R04, R06: the reporting period ends on or before the submission.
    if let Some(period) = get_mut(doc, "reportingPeriod") {
        let (mut start, mut end) = (
            date_of(period, "start").unwrap_or(submitted),
            date_of(period, "end").unwrap_or(submitted),
        );
        if start > end {
            std::mem::swap(&mut start, &mut end);
        }
        if end > submitted {
            end = submitted - rng.below(400) as i64;
            start = start.min(end - rng.below(400) as i64);
        }
        set(period, "start", string(civil(start)));
        set(period, "end", string(civil(end)));
    }

    let entries = items_mut(doc, "entries");
    let n_entries = entries.len();
    for (entry, standard) in entries.iter_mut().zip(&catalogue) {
        set(entry, "standard", number(standard.to_string()));
        // R04: planned dates in order.
        if let (Some(s), Some(c)) = (
            date_of(entry, "plannedStart"),
            date_of(entry, "plannedCompletion"),
        ) && s > c
        {
            set(entry, "plannedStart", string(civil(c)));
            set(entry, "plannedCompletion", string(civil(s)));
        }
        // R09: no assistance requested without its description.
        no_flag_without_description(
            entry,
            "technicalAssistanceRequested",
            "technicalAssistanceDescription",
        );
        if t == DocType::ProgressReport {
            fix_progress_entry(entry, submitted, rng);
        }
    }

    // R10: `partial` lists standards, `full` lists all or none.
    if let Some(intention) = get_mut(doc, "intention") {
        let scope = match n_entries {
            0 => "full",
            n if n < catalogue.len() => "partial",
            _ => text_of(intention, "scope")
                .as_deref()
                .map_or("full", |s| if s == "partial" { "partial" } else { "full" }),
        };
        set(intention, "scope", string(scope));
    }
}

fn no_flag_without_description(node: &mut Node, flag: &str, description: &str) {
    if node.get(flag).and_then(Node::as_bool) == Some(true) && node.get(description).is_none() {
        set(node, flag, Node::new(Value::Bool(false), Span::default()));
    }
}

/// R04, R07, R08 on a progress entry.
fn fix_progress_entry(entry: &mut Node, submitted: i64, rng: &mut Rng) {
    let status = text_of(entry, "status").unwrap_or_default();
    let percent = match status.as_str() {
        "implemented" => Some("100"),
        "not-started" => Some("0"),
        _ => None,
    };
    if let Some(p) = percent
        && entry.get("completionPercent").is_some()
    {
        set(entry, "completionPercent", number(p));
    }
    if status == "not-applicable" {
        remove(entry, "completionPercent");
        remove(entry, "maturityLevel");
    }
    if status != "implemented" && entry.get("maturityLevel").and_then(Node::as_int) == Some(4) {
        set(entry, "maturityLevel", number(rng.below(4).to_string()));
    }
    if status != "implemented" {
        remove(entry, "actualCompletion");
    } else if let Some(a) = date_of(entry, "actualCompletion")
        && a > submitted
    {
        let a = submitted - rng.below(1000) as i64;
        set(entry, "actualCompletion", string(civil(a)));
    }
}
