//! Numbers as a spreadsheet shows them: a decimal comma (`6,5`), thousands
//! separators (`1,843,200`, `1.843.200`, `1 843 200` with a space, a
//! no-break space U+00A0 or a narrow no-break space U+202F, `1'843'200`),
//! a percent sign (`72.50%`) and currency symbols (`$1,200.50`, `1 200,50 €`).

/// What a spreadsheet added to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Marks {
    /// A decimal comma.
    pub decimal_comma: bool,
    /// Thousands separators.
    pub thousands: bool,
    /// A `%` sign.
    pub percent: bool,
    /// A currency symbol.
    pub currency: bool,
}

/// The readings of a spreadsheet-shaped number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// Every reading, in canonical form (`-`, digits, `.` and digits,
    /// no leading or trailing zeros): one, or two when a single `,` or `.`
    /// before three digits may be a thousands separator or a decimal mark.
    /// The first is the reading with a thousands separator.
    pub readings: Vec<String>,
    /// What each reading took away (of the first reading when two).
    pub marks: Marks,
}

const CURRENCY: &[char] = &[
    '$', '€', '£', '¥', '₹', '₦', '₵', '₱', '₩', '₽', '₺', '₫', '₪',
];
const SPACES: &[char] = &[' ', '\u{a0}', '\u{202f}', '\''];

/// Reads a number a spreadsheet wrote. `None` when the text is not such a
/// number, or is already a plain number (`6.5`, `-12`).
pub fn read(text: &str) -> Option<Number> {
    let mut marks = Marks::default();
    let mut t = text.trim_matches(|c: char| c.is_whitespace() || SPACES.contains(&c));
    if let Some(rest) = t.strip_suffix('%') {
        marks.percent = true;
        t = rest.trim_end_matches(|c: char| c.is_whitespace() || SPACES.contains(&c));
    }
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t),
    };
    let trimmed = body.trim_matches(|c: char| CURRENCY.contains(&c) || c.is_whitespace());
    marks.currency = trimmed.len() != body.len();
    let body = trimmed.trim_start_matches('-');
    let neg = neg || trimmed.len() != body.len();
    if body.is_empty() || !body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || SPACES.contains(&c))
    {
        return None;
    }
    let readings = readings(body, &mut marks)?;
    if !marks.percent && !marks.currency && !marks.decimal_comma && !marks.thousands {
        return None;
    }
    let sign = |r: String| {
        if neg && r != "0" { format!("-{r}") } else { r }
    };
    Some(Number {
        readings: readings.into_iter().map(sign).collect(),
        marks,
    })
}

/// The canonical readings of digits with separators.
fn readings(body: &str, marks: &mut Marks) -> Option<Vec<String>> {
    // Space-like separators group thousands and nothing else.
    let spaced: Vec<&str> = body.split(SPACES).collect();
    if spaced.len() > 1 {
        marks.thousands = true;
        if !grouped(&spaced) {
            return None;
        }
    }
    let body: String = spaced.concat();
    let commas = body.matches(',').count();
    let dots = body.matches('.').count();
    let (int, frac) = match (commas, dots) {
        (0, 0) => (body.clone(), String::new()),
        (1.., 1..) => {
            // The last mark is the decimal one, the other groups thousands.
            let last = body.rfind([',', '.'])?;
            let (dec, group) = if body[last..].starts_with(',') {
                (',', '.')
            } else {
                ('.', ',')
            };
            if body.matches(dec).count() != 1 {
                return None;
            }
            marks.decimal_comma = dec == ',';
            marks.thousands = true;
            let int_part = &body[..last];
            if !grouped(&int_part.split(group).collect::<Vec<_>>()) {
                return None;
            }
            (int_part.replace(group, ""), body[last + 1..].to_string())
        }
        (n, 0) | (0, n) => {
            let mark = if commas > 0 { ',' } else { '.' };
            let parts: Vec<&str> = body.split(mark).collect();
            if n > 1 {
                if !grouped(&parts) {
                    return None;
                }
                marks.thousands = true;
                (parts.concat(), String::new())
            } else {
                let (a, b) = (parts[0], parts[1]);
                if b.is_empty() || a.is_empty() {
                    return None;
                }
                let maybe_group = b.len() == 3 && a.len() <= 3 && a != "0";
                if maybe_group && !(mark == '.' && marks.thousands) {
                    // `1,843` or `1.843`: thousands, or a decimal mark.
                    marks.thousands = true;
                    return Some(vec![canonical(&format!("{a}{b}"), ""), canonical(a, b)]);
                }
                marks.decimal_comma = mark == ',';
                (a.to_string(), b.to_string())
            }
        }
    };
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(vec![canonical(&int, &frac)])
}

/// Whether parts split on a thousands separator are groups of three digits
/// after a first of one to three.
fn grouped(parts: &[&str]) -> bool {
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    parts
        .first()
        .is_some_and(|f| (1..=3).contains(&f.len()) && digits(f))
        && parts[1..].iter().enumerate().all(|(i, p)| {
            // The last group may carry the decimal part (`1 843,5`).
            let head = if i + 2 == parts.len() {
                p.split([',', '.']).next().unwrap_or(p)
            } else {
                p
            };
            head.len() == 3 && digits(head)
        })
}

/// `int` and `frac` digits in canonical form.
fn canonical(int: &str, frac: &str) -> String {
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_numbers_and_their_readings() {
        assert_eq!(read("6,5").unwrap().readings, ["6.5"]);
        assert_eq!(
            read("1\u{202f}843\u{202f}200").unwrap().readings,
            ["1843200"]
        );
        assert_eq!(read("1,843").unwrap().readings, ["1843", "1.843"]);
        assert_eq!(read("72.50%").unwrap().readings, ["72.5"]);
        assert_eq!(read("6.5"), None);
    }

    fn one(text: &str) -> Option<String> {
        let n = read(text)?;
        (n.readings.len() == 1).then(|| n.readings[0].clone())
    }

    #[test]
    fn separators() {
        assert_eq!(one("6,5").as_deref(), Some("6.5"));
        assert_eq!(one("1,843,200").as_deref(), Some("1843200"));
        assert_eq!(one("1.843.200").as_deref(), Some("1843200"));
        assert_eq!(one("1 843 200").as_deref(), Some("1843200"));
        assert_eq!(one("1\u{a0}843\u{a0}200").as_deref(), Some("1843200"));
        assert_eq!(one("96 500 000,50").as_deref(), Some("96500000.5"));
        assert_eq!(one("96.500.000,5").as_deref(), Some("96500000.5"));
        assert_eq!(one("96,500,000.5").as_deref(), Some("96500000.5"));
        assert_eq!(one("-0,5").as_deref(), Some("-0.5"));
        assert_eq!(read("1,843").unwrap().readings, ["1843", "1.843"]);
        assert_eq!(read("1,84,3"), None);
        assert_eq!(read("12 34"), None);
        assert_eq!(read("abc"), None);
        assert_eq!(read("12"), None);
    }

    #[test]
    fn percent_and_currency() {
        assert_eq!(one("72.50%").as_deref(), Some("72.5"));
        assert_eq!(one("72,50\u{a0}%").as_deref(), Some("72.5"));
        assert_eq!(one("$1,200.50").as_deref(), Some("1200.5"));
        assert_eq!(one("1 200,50 €").as_deref(), Some("1200.5"));
        assert!(read("€12").unwrap().marks.currency);
        assert!(read("100%").unwrap().marks.percent);
    }
}
