//! Dates as a spreadsheet shows them: in a locale's order (`20/05/2026`,
//! `3/31/2026`, `31.03.2026`), with a two-digit year (`31/03/26`), year
//! first with another separator (`2026/05/20`), or as a date serial of the
//! 1900 date system (`45658`).
//!
//! The order of a file's dates is found from its unambiguous ones
//! ([`infer`]): a first part over 12 can only be a day, a second part over 12
//! only a day. A date whose parts are both 12 or less is read only when the
//! order is known.

use crate::value::Date;
use std::fmt;

/// The order of the parts of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateOrder {
    /// Day, month, year (`20/05/2026`).
    Dmy,
    /// Month, day, year (`5/20/2026`).
    Mdy,
    /// Year, month, day (`2026/05/20`).
    Ymd,
}

impl DateOrder {
    /// The name used on the command line: `dmy`, `mdy`, `ymd`.
    pub fn name(self) -> &'static str {
        match self {
            DateOrder::Dmy => "dmy",
            DateOrder::Mdy => "mdy",
            DateOrder::Ymd => "ymd",
        }
    }

    /// Reads `dmy`, `mdy` or `ymd` (any case).
    pub fn parse(text: &str) -> Option<DateOrder> {
        match text.trim().to_ascii_lowercase().as_str() {
            "dmy" => Some(DateOrder::Dmy),
            "mdy" => Some(DateOrder::Mdy),
            "ymd" => Some(DateOrder::Ymd),
            _ => None,
        }
    }
}

impl fmt::Display for DateOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The shape of a date that is not written year-month-day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Two parts and a year, in a locale's order: `a/b/year`.
    Local {
        /// The first part (day or month).
        first: u32,
        /// The second part (month or day).
        second: u32,
        /// The year as written.
        year: u32,
        /// Whether the year has only two digits.
        short_year: bool,
    },
    /// Year first with a separator other than `-`, or without one:
    /// `2026/05/20`, `2026.05.20`, `20260520`.
    YearFirst {
        /// Year.
        year: u32,
        /// Month.
        month: u32,
        /// Day.
        day: u32,
    },
    /// A date serial of the 1900 date system.
    Serial(u32),
}

/// Recognises a spreadsheet-shaped date; a time of midnight after it
/// (`20/05/2026 00:00`) is allowed. `None` for text of no such shape.
pub fn shape(text: &str) -> Option<Shape> {
    let t = text.trim();
    let t = strip_midnight(t);
    // Five digits: the serials of 1927-05-18 to 2173-10-14 (a bare year, or
    // a number of another kind, is not taken for one).
    if t.len() == 5 && t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().ok().map(Shape::Serial);
    }
    if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        let n = |r: std::ops::Range<usize>| t[r].parse::<u32>().ok();
        return Some(Shape::YearFirst {
            year: n(0..4)?,
            month: n(4..6)?,
            day: n(6..8)?,
        });
    }
    let sep = t.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(sep, '/' | '.' | '-') {
        return None;
    }
    let parts: Vec<&str> = t.trim_end_matches('.').split(sep).collect();
    let [a, b, c] = parts[..] else { return None };
    let ok = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|x| x.is_ascii_digit());
    if !(ok(a) && ok(b) && ok(c)) {
        return None;
    }
    let num = |p: &str| p.parse::<u32>().ok();
    if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
        return Some(Shape::YearFirst {
            year: num(a)?,
            month: num(b)?,
            day: num(c)?,
        });
    }
    if a.len() <= 2 && b.len() <= 2 && (c.len() == 4 || c.len() == 2) {
        return Some(Shape::Local {
            first: num(a)?,
            second: num(b)?,
            year: num(c)?,
            short_year: c.len() == 2,
        });
    }
    None
}

fn strip_midnight(t: &str) -> &str {
    for tail in [" 00:00:00", " 00:00", "T00:00:00", " 0:00", " 0:00:00"] {
        if let Some(head) = t.strip_suffix(tail) {
            return head;
        }
    }
    t
}

/// The order a date of this shape can only have, when it tells.
pub fn evidence(shape: Shape) -> Option<DateOrder> {
    match shape {
        Shape::Local { first, second, .. } if first > 12 && (1..=12).contains(&second) => {
            Some(DateOrder::Dmy)
        }
        Shape::Local { first, second, .. } if second > 12 && (1..=12).contains(&first) => {
            Some(DateOrder::Mdy)
        }
        _ => None,
    }
}

/// What a file's dates say of their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Inferred {
    /// No date tells.
    #[default]
    Unknown,
    /// Every date that tells says this order.
    Order(DateOrder),
    /// Some dates are day-first and others month-first.
    Conflict,
}

/// The order of a file's dates, from those that tell.
///
/// ```
/// use fosx::sheet::dates::{infer, DateOrder, Inferred};
/// assert_eq!(infer(["01/07/2026", "20/05/2026"]), Inferred::Order(DateOrder::Dmy));
/// assert_eq!(infer(["3/31/2026", "20/05/2026"]), Inferred::Conflict);
/// assert_eq!(infer(["01/07/2026"]), Inferred::Unknown);
/// ```
pub fn infer<'a>(texts: impl IntoIterator<Item = &'a str>) -> Inferred {
    let mut found = Inferred::Unknown;
    for order in texts
        .into_iter()
        .filter_map(|t| shape(t).and_then(evidence))
    {
        found = match found {
            Inferred::Unknown => Inferred::Order(order),
            Inferred::Order(o) if o == order => found,
            _ => return Inferred::Conflict,
        };
    }
    found
}

/// How a date was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// One reading: the ISO date, and why.
    Sure {
        /// The date, `YYYY-MM-DD`.
        iso: String,
        /// Why this reading.
        cause: Cause,
    },
    /// Day-first and month-first are both real dates and the order is not known.
    Either {
        /// Read day first.
        day_first: String,
        /// Read month first.
        month_first: String,
    },
    /// The year has two digits: the century is not guessed.
    ShortYear {
        /// The two digits.
        year: u32,
    },
}

/// Why a date was read as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The date itself can only be day-first (or month-first).
    Itself(DateOrder),
    /// The file's other dates are in this order.
    File(DateOrder),
    /// The order was given.
    Given(DateOrder),
    /// Day and month are the same number: either order gives the date.
    Same,
    /// Year first, with another separator.
    YearFirst,
    /// A date serial of the 1900 date system.
    Serial,
}

/// Reads a spreadsheet-shaped date. `order` is the order given or inferred
/// for the file (with `given` telling which). `None` when the text is no
/// such date or is no real date in any order.
pub fn read(text: &str, order: Option<DateOrder>, given: bool) -> Option<Reading> {
    let sure = |iso: String, cause| Reading::Sure { iso, cause };
    match shape(text)? {
        Shape::Serial(n) => serial(n).map(|iso| sure(iso, Cause::Serial)),
        Shape::YearFirst { year, month, day } => {
            iso(year, month, day).map(|d| sure(d, Cause::YearFirst))
        }
        Shape::Local {
            short_year: true,
            year,
            first,
            second,
        } => (iso(2000, first, second).is_some() || iso(2000, second, first).is_some())
            .then_some(Reading::ShortYear { year }),
        Shape::Local {
            first,
            second,
            year,
            ..
        } => {
            let dmy = iso(year, second, first);
            let mdy = iso(year, first, second);
            let by = |o: DateOrder| {
                if given {
                    Cause::Given(o)
                } else {
                    Cause::File(o)
                }
            };
            match (dmy, mdy) {
                (Some(d), Some(m)) if d == m => Some(sure(d, order.map_or(Cause::Same, by))),
                (Some(d), None) => Some(sure(d, Cause::Itself(DateOrder::Dmy))),
                (None, Some(m)) => Some(sure(m, Cause::Itself(DateOrder::Mdy))),
                (Some(d), Some(m)) => match order {
                    Some(DateOrder::Dmy) => Some(sure(d, by(DateOrder::Dmy))),
                    Some(DateOrder::Mdy) => Some(sure(m, by(DateOrder::Mdy))),
                    _ => Some(Reading::Either {
                        day_first: d,
                        month_first: m,
                    }),
                },
                (None, None) => None,
            }
        }
    }
}

/// The ISO date of a real calendar date, years 1 to 9999.
fn iso(year: u32, month: u32, day: u32) -> Option<String> {
    Date::from_ymd(year, month, day).map(|d| d.to_string())
}

/// The ISO date of a serial of the 1900 date system, in which 1 is
/// 1900-01-01 and 60 the 29 February 1900 that never was (so that from 61
/// on, the serial counts days from 1899-12-30). `None` for 60, for 0 and
/// past 9999-12-31.
///
/// ```
/// assert_eq!(fosx::sheet::dates::serial(45658).as_deref(), Some("2025-01-01"));
/// assert_eq!(fosx::sheet::dates::serial(1).as_deref(), Some("1900-01-01"));
/// ```
pub fn serial(n: u32) -> Option<String> {
    let days_from_1899_12_30 = match n {
        0 | 60 => return None,
        1..=59 => i64::from(n) + 1,
        _ => i64::from(n),
    };
    if n > 2_958_465 {
        return None;
    }
    // 1899-12-30 is 25569 days before 1970-01-01.
    Some(Date::from_days_since_epoch(days_from_1899_12_30 - 25_569).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sure(text: &str, order: Option<DateOrder>) -> Option<String> {
        match read(text, order, false)? {
            Reading::Sure { iso, .. } => Some(iso),
            _ => None,
        }
    }

    #[test]
    fn locale_orders() {
        assert_eq!(sure("20/05/2026", None).as_deref(), Some("2026-05-20"));
        assert_eq!(sure("3/31/2026", None).as_deref(), Some("2026-03-31"));
        assert_eq!(sure("31.03.2026", None).as_deref(), Some("2026-03-31"));
        assert_eq!(sure("2026/05/20", None).as_deref(), Some("2026-05-20"));
        assert_eq!(
            sure("20/05/2026 00:00", None).as_deref(),
            Some("2026-05-20")
        );
        assert_eq!(
            read("01/07/2026", None, false),
            Some(Reading::Either {
                day_first: "2026-07-01".into(),
                month_first: "2026-01-07".into()
            })
        );
        assert_eq!(
            sure("01/07/2026", Some(DateOrder::Dmy)).as_deref(),
            Some("2026-07-01")
        );
        assert_eq!(
            sure("01/07/2026", Some(DateOrder::Mdy)).as_deref(),
            Some("2026-01-07")
        );
        assert_eq!(sure("05/05/2026", None).as_deref(), Some("2026-05-05"));
        assert_eq!(read("31/31/2026", None, false), None);
        assert_eq!(read("31/02/2026", None, false), None);
        assert_eq!(
            read("31/03/26", None, false),
            Some(Reading::ShortYear { year: 26 })
        );
        assert_eq!(read("in May", None, false), None);
    }

    #[test]
    fn serials_of_the_1900_system() {
        assert_eq!(serial(45658).as_deref(), Some("2025-01-01"));
        assert_eq!(serial(61).as_deref(), Some("1900-03-01"));
        assert_eq!(serial(59).as_deref(), Some("1900-02-28"));
        assert_eq!(serial(60), None);
        assert_eq!(serial(2_958_465).as_deref(), Some("9999-12-31"));
        assert_eq!(serial(2_958_466), None);
        assert_eq!(sure("46162", None).as_deref(), Some("2026-05-20"));
    }

    #[test]
    fn inference() {
        assert_eq!(
            infer(["3/31/2026", "1/2/2026"]),
            Inferred::Order(DateOrder::Mdy)
        );
        assert_eq!(infer(["x", "2026-01-01"]), Inferred::Unknown);
    }
}
