//! The round-trip rule on valid documents made from the fuzz input.
//!
//! The input chooses one to four of the specification's examples
//! (`fixtures/valid/*.json`) and edits them: any text, number, date or
//! boolean value replaced, optional fields removed, entries dropped. What is
//! still valid (the others are skipped) is written as JSON, XML and CSV, read
//! back, and must give the same canonical JSON and the same diagnostics
//! (`fosx_fuzz::round_trip`).
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

const FIXTURES: [&str; 3] = [
    include_str!("../../fixtures/valid/notification.json"),
    include_str!("../../fixtures/valid/timetable.json"),
    include_str!("../../fixtures/valid/progress-report.json"),
];

#[derive(Debug, Arbitrary)]
struct Input {
    /// The examples, by index (modulo 3); at most 4 are used.
    docs: Vec<u8>,
    edits: Vec<Edit>,
}

/// An edit of one scalar (`slot`, modulo the number of scalars of the
/// document `doc`, modulo the number of documents).
#[derive(Debug, Arbitrary)]
enum Edit {
    /// Any text.
    Text { doc: u8, slot: u16, value: String },
    /// Printable ASCII, with spaces and line ends (more often valid).
    Ascii { doc: u8, slot: u16, value: Vec<u8> },
    /// A number: written as `[-]int[.frac]`, `frac` with `scale` digits.
    Number {
        doc: u8,
        slot: u16,
        negative: bool,
        int: u64,
        frac: u32,
        scale: u8,
    },
    /// A date YYYY-MM-DD (mostly valid ones).
    Date {
        doc: u8,
        slot: u16,
        year: u16,
        month: u8,
        day: u8,
    },
    /// A boolean.
    Bool { doc: u8, slot: u16, value: bool },
    /// Removes the member holding the scalar.
    Remove { doc: u8, slot: u16 },
    /// Removes an entry.
    DropEntry { doc: u8, entry: u8 },
}

/// JSON Pointers of the scalars of a value.
fn scalars(v: &Value, path: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                scalars(x, format!("{path}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                scalars(x, format!("{path}/{i}"), out);
            }
        }
        _ => out.push(path),
    }
}

/// The examples, parsed once for every input.
static PARSED: std::sync::LazyLock<Vec<Value>> = std::sync::LazyLock::new(|| {
    FIXTURES
        .iter()
        .map(|f| serde_json::from_str(f).unwrap())
        .collect()
});

/// A number written as text, spliced into the JSON text later.
const NUMBER_MARK: char = '\u{1}';

fuzz_target!(|input: Input| {
    let mut docs: Vec<Value> = input
        .docs
        .iter()
        .take(4)
        .map(|&i| PARSED[usize::from(i) % 3].clone())
        .collect();
    if docs.is_empty() {
        return;
    }
    if docs.len() > 1 {
        for (i, d) in docs.iter_mut().enumerate() {
            let id = d["documentId"].as_str().unwrap().to_string();
            d["documentId"] = Value::String(format!("{id}-{i}"));
        }
    }
    let mut numbers: Vec<String> = Vec::new();
    for edit in input.edits.iter().take(16) {
        let (doc, slot) = match edit {
            Edit::Text { doc, slot, .. }
            | Edit::Ascii { doc, slot, .. }
            | Edit::Number { doc, slot, .. }
            | Edit::Date { doc, slot, .. }
            | Edit::Bool { doc, slot, .. }
            | Edit::Remove { doc, slot } => (*doc, *slot),
            Edit::DropEntry { doc, entry } => {
                let n = docs.len();
                if let Some(entries) = docs[usize::from(*doc) % n]["entries"].as_array_mut()
                    && !entries.is_empty()
                {
                    let i = usize::from(*entry) % entries.len();
                    entries.remove(i);
                }
                continue;
            }
        };
        let n = docs.len();
        let d = &mut docs[usize::from(doc) % n];
        let mut paths = Vec::new();
        scalars(d, String::new(), &mut paths);
        if paths.is_empty() {
            continue;
        }
        let path = paths[usize::from(slot) % paths.len()].clone();
        let new = match edit {
            Edit::Text { value, .. } => Value::String(value.replace(NUMBER_MARK, "")),
            Edit::Ascii { value, .. } => Value::String(
                value
                    .iter()
                    .map(|&b| match b % 100 {
                        95 => '\n',
                        96 => '\r',
                        97 => '\t',
                        98 => ';',
                        99 => '"',
                        c => char::from(b' ' + c % 95),
                    })
                    .collect(),
            ),
            Edit::Number {
                negative,
                int,
                frac,
                scale,
                ..
            } => {
                let sign = if *negative { "-" } else { "" };
                let scale = usize::from(*scale % 8);
                let text = if scale == 0 {
                    format!("{sign}{}", int % 1_000_000_000_000)
                } else {
                    let f = format!("{frac:0>10}");
                    format!("{sign}{}.{}", int % 1_000_000_000_000, &f[..scale])
                };
                numbers.push(text);
                Value::String(format!("{NUMBER_MARK}{}", numbers.len() - 1))
            }
            Edit::Date {
                year, month, day, ..
            } => Value::String(format!(
                "{:04}-{:02}-{:02}",
                2018 + year % 12,
                1 + month % 12,
                1 + day % 31
            )),
            Edit::Bool { value, .. } => Value::Bool(*value),
            Edit::Remove { .. } => {
                if let Some((parent, key)) = path.rsplit_once('/')
                    && let Some(Value::Object(m)) = d.pointer_mut(parent)
                {
                    m.remove(key);
                }
                continue;
            }
            Edit::DropEntry { .. } => unreachable!(),
        };
        if let Some(slot) = d.pointer_mut(&path) {
            *slot = new;
        }
    }
    let value = if docs.len() == 1 {
        docs.pop().unwrap()
    } else {
        Value::Array(docs)
    };
    let mut text = serde_json::to_string_pretty(&value).unwrap();
    for (i, n) in numbers.iter().enumerate().rev() {
        text = text.replace(&format!("\"\\u0001{i}\""), n);
    }
    let options = fosx_fuzz::options(None);
    let checked = fosx::check_bytes("edited.json", text.as_bytes(), &options);
    fosx_fuzz::spans_inside(&checked);
    if !checked.is_valid(false) {
        return;
    }
    fosx_fuzz::round_trip(&checked.documents, &checked);
});
