//! The text of a workbook cell, as the CSV form would hold it
//! (`docs/spec/representations.md`, XLSX): text as it is, whole numbers
//! without `.0`, other numbers in their shortest exact decimal form, dates
//! as ISO dates, booleans as `true`/`false`, an error as its name.

use calamine::{DataRef, ExcelDateTime};

/// What the reader has to say about a cell besides its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Note {
    /// A number with more than 15 digits: the spreadsheet has
    /// already rounded it.
    Rounded,
    /// An error value (`#N/A`, `#DIV/0!`, ...).
    Error,
    /// A number shown as a percentage, read as shown (`0.725` as `72.5`).
    Percent,
}

/// A number format that changes what a number cell means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shown {
    /// A percentage (`0.00%`): the cell holds the fraction.
    Percent,
    /// A boolean (`"TRUE";"TRUE";"FALSE"`, as spreadsheets save booleans
    /// they turned into numbers): zero is false, anything else true.
    Boolean,
}

/// What a number format code says of the numbers it shows, if it matters.
pub(crate) fn shown(format_code: &str) -> Option<Shown> {
    // Literals in quotes and escaped characters are not format characters.
    let mut bare = String::new();
    let mut quoted = false;
    let mut chars = format_code.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\\' if !quoted => {
                chars.next();
            }
            _ if !quoted => bare.push(c),
            _ => {}
        }
    }
    if bare.contains('%') {
        return Some(Shown::Percent);
    }
    let sections: Vec<&str> = format_code.split(';').collect();
    let literal = |s: &str| {
        let s = s.trim();
        (s.len() >= 2 && s.starts_with('"') && s.ends_with('"'))
            .then(|| s[1..s.len() - 1].to_uppercase())
    };
    let falses = ["FALSE", "FAUX", "FALSCH", "FALSO"];
    match sections.as_slice() {
        [_, _, zero] if sections.iter().all(|s| literal(s).is_some()) => literal(zero)
            .filter(|z| falses.contains(&z.as_str()))
            .map(|_| Shown::Boolean),
        _ => None,
    }
}

/// The text of a number cell under a format that changes its meaning.
pub(crate) fn as_shown(value: &DataRef<'_>, shown: Shown) -> Option<(String, Option<Note>)> {
    let f = match value {
        DataRef::Float(f) => *f,
        DataRef::Int(i) => *i as f64,
        _ => return None,
    };
    match shown {
        Shown::Boolean => Some(((f != 0.0).to_string(), None)),
        Shown::Percent => {
            let (text, note) = number(f);
            if note.is_some() {
                return Some((text, note));
            }
            Some((times_100(&text), Some(Note::Percent)))
        }
    }
}

/// A plain decimal text times 100, exactly: the point moved two places.
pub(crate) fn times_100(text: &str) -> String {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let fraction = format!("{fraction:0<2}");
    let whole = format!("{whole}{}", &fraction[..2]);
    let whole = whole.trim_start_matches('0');
    let rest = fraction[2..].trim_end_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let out = if rest.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{rest}")
    };
    if out == "0" {
        out
    } else {
        format!("{sign}{out}")
    }
}

/// The text of a cell, and a note when there is something to say.
pub(crate) fn text(value: &DataRef<'_>) -> (String, Option<Note>) {
    match value {
        DataRef::Empty => (String::new(), None),
        DataRef::String(s) => (s.clone(), None),
        DataRef::SharedString(s) => ((*s).to_string(), None),
        DataRef::Int(i) => (i.to_string(), None),
        DataRef::Float(f) => number(*f),
        DataRef::Bool(b) => (b.to_string(), None),
        DataRef::DateTime(d) => (date_time(d), None),
        DataRef::DateTimeIso(s) => (s.strip_suffix("T00:00:00").unwrap_or(s).to_string(), None),
        DataRef::DurationIso(s) => (s.clone(), None),
        DataRef::Error(e) => (e.to_string(), Some(Note::Error)),
    }
}

/// A number in its shortest exact decimal form (the shortest text that reads
/// back as the same double), without exponent and without `.0`; noted when
/// it has more than 15 digits (see [`significant_digits`]).
pub(crate) fn number(f: f64) -> (String, Option<Note>) {
    if !f.is_finite() {
        return (f.to_string(), Some(Note::Error));
    }
    // Rust writes the shortest round-trip digits, never with an exponent.
    let text = if f == 0.0 {
        "0".to_string()
    } else {
        f.to_string()
    };
    let note = (significant_digits(&text) > 15).then_some(Note::Rounded);
    (text, note)
}

/// The number of digits a spreadsheet must have kept to hold a plain
/// decimal text: from the first non-zero digit to the last digit of the
/// fraction, or to the units of a whole number (`254200000000123000` needs
/// 18, though its last three are zeros: a spreadsheet keeps 15).
pub(crate) fn significant_digits(text: &str) -> usize {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits: String = whole
        .chars()
        .chain(fraction.trim_end_matches('0').chars())
        .filter(char::is_ascii_digit)
        .collect();
    digits.trim_start_matches('0').len()
}

/// An ISO date (`2026-03-31`), date-time (`2026-03-31T12:30:00`) or time
/// (`12:30:00`) for a date-formatted cell, in the workbook's date system.
fn date_time(d: &ExcelDateTime) -> String {
    let serial = d.as_f64();
    if d.is_duration() {
        return number(serial).0;
    }
    let (y, mo, da, h, mi, s, ms) = d.to_ymd_hms_milli();
    let time = if ms > 0 {
        format!("{h:02}:{mi:02}:{s:02}.{ms:03}")
    } else {
        format!("{h:02}:{mi:02}:{s:02}")
    };
    if (0.0..1.0).contains(&serial) {
        return time;
    }
    if (h, mi, s, ms) == (0, 0, 0, 0) {
        format!("{y:04}-{mo:02}-{da:02}")
    } else {
        format!("{y:04}-{mo:02}-{da:02}T{time}")
    }
}

pub use crate::source::column_letters;

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::ExcelDateTimeType;

    #[test]
    fn numbers_in_shortest_form() {
        assert_eq!(number(1.0), ("1".into(), None));
        assert_eq!(number(-0.0), ("0".into(), None));
        assert_eq!(number(72.5), ("72.5".into(), None));
        assert_eq!(number(0.1), ("0.1".into(), None));
        assert_eq!(
            number(1e21),
            ("1000000000000000000000".into(), Some(Note::Rounded))
        );
        assert_eq!(number(1e-7), ("0.0000001".into(), None));
        assert_eq!(number(123456789012345.0).1, None);
        assert_eq!(
            number(1234567890123456789.0),
            ("1234567890123456800".into(), Some(Note::Rounded))
        );
        assert_eq!(number(0.1 + 0.2).1, Some(Note::Rounded));
        // What Calc writes for an 18-digit number typed in: 15 digits kept.
        assert_eq!(
            number(2.54200000000123E+017),
            ("254200000000123000".into(), Some(Note::Rounded))
        );
        assert_eq!(number(123456789012345.0), ("123456789012345".into(), None));
        assert_eq!(number(0.000001234), ("0.000001234".into(), None));
    }

    #[test]
    fn dates_in_both_systems() {
        let d = |v, is_1904| ExcelDateTime::new(v, ExcelDateTimeType::DateTime, is_1904);
        assert_eq!(date_time(&d(46112.0, false)), "2026-03-31");
        assert_eq!(date_time(&d(44650.0, true)), "2026-03-31");
        assert_eq!(date_time(&d(46112.5, false)), "2026-03-31T12:00:00");
        assert_eq!(date_time(&d(0.25, false)), "06:00:00");
    }

    #[test]
    fn percentages_and_booleans_as_shown() {
        assert_eq!(shown("0.00%"), Some(Shown::Percent));
        assert_eq!(shown("0%"), Some(Shown::Percent));
        assert_eq!(shown("\"%\"0"), None);
        assert_eq!(shown("\"TRUE\";\"TRUE\";\"FALSE\""), Some(Shown::Boolean));
        assert_eq!(shown("\"VRAI\";\"VRAI\";\"FAUX\""), Some(Shown::Boolean));
        assert_eq!(shown("yyyy\\-mm\\-dd"), None);
        assert_eq!(shown("General"), None);
        assert_eq!(times_100("0.725"), "72.5");
        assert_eq!(times_100("0.6"), "60");
        assert_eq!(times_100("1"), "100");
        assert_eq!(times_100("0.05"), "5");
        assert_eq!(times_100("-0.125"), "-12.5");
        assert_eq!(times_100("0"), "0");
        assert_eq!(times_100("0.00001"), "0.001");
    }

    #[test]
    fn letters() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(column_letters(16383), "XFD");
    }
}
