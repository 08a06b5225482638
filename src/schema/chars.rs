//! Character classes written out in full, so that one pattern means the same
//! set of characters in every regular-expression dialect the published
//! schemas are read with: ECMA-262 (JSON Schema, and fosx through the
//! `jsonschema` crate), Python's `re` (python `jsonschema`, check-jsonschema,
//! frictionless) and XML Schema (XSD, and Table Schema, whose `pattern` is
//! defined in XML Schema syntax).
//!
//! Shorthands differ between them (`\s` is 4 characters in XML Schema, 25 in
//! ECMA-262 with U+FEFF, 29 in Python with U+0085 and U+001C–U+001F; `\d`
//! and `\w` are Unicode-wide in two of the three), and XML Schema has no
//! `\x` or `\u` escapes and cannot name U+0000 at all. So every class here
//! is a positive list of ranges written with literal characters, and only
//! `\t`, `\n`, `\r`, `\\`, `\-`, `\[`, `\]` and `\^` escaped: the same text
//! in the three dialects.

/// Inclusive ranges of code points, sorted and disjoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Class(Vec<(u32, u32)>);

/// Unicode's `White_Space` property (what Rust's `char::is_whitespace` and
/// `str::trim` use): TAB, LF, VT, FF, CR, space, U+0085, U+00A0, U+1680,
/// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000. Not U+180E (no
/// longer a space since Unicode 6.3) nor U+FEFF (a format character).
pub const WHITE_SPACE: &[(u32, u32)] = &[
    (0x09, 0x0D),
    (0x20, 0x20),
    (0x85, 0x85),
    (0xA0, 0xA0),
    (0x1680, 0x1680),
    (0x2000, 0x200A),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x205F),
    (0x3000, 0x3000),
];

/// The characters XML 1.0 can hold: TAB, LF, CR, U+0020–U+D7FF,
/// U+E000–U+FFFD, U+10000–U+10FFFF. A text holds no other character, so
/// that every valid document has an XML form.
pub const XML_CHARS: &[(u32, u32)] = &[
    (0x09, 0x0A),
    (0x0D, 0x0D),
    (0x20, 0xD7FF),
    (0xE000, 0xFFFD),
    (0x1_0000, 0x10_FFFF),
];

impl Class {
    /// A class of the given ranges.
    pub fn of(ranges: &[(u32, u32)]) -> Class {
        let mut v = ranges.to_vec();
        v.sort_unstable();
        let mut out: Vec<(u32, u32)> = Vec::with_capacity(v.len());
        for (lo, hi) in v {
            match out.last_mut() {
                Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
                _ => out.push((lo, hi)),
            }
        }
        Class(out)
    }

    /// The characters of `self` that are not in `other`.
    pub fn minus(&self, other: &Class) -> Class {
        let mut out = Vec::new();
        for &(lo, hi) in &self.0 {
            let mut start = lo;
            for &(olo, ohi) in &other.0 {
                if ohi < start || olo > hi {
                    continue;
                }
                if olo > start {
                    out.push((start, olo - 1));
                }
                start = ohi.saturating_add(1);
                if start > hi {
                    break;
                }
            }
            if start <= hi {
                out.push((start, hi));
            }
        }
        Class(out)
    }

    /// The characters in both.
    pub fn and(&self, other: &Class) -> Class {
        let all = Class::of(&[(0, 0x10_FFFF)]);
        self.minus(&all.minus(other))
    }

    /// Whether `c` is in the class (what the tests hold the classes to).
    #[cfg(test)]
    pub fn contains(&self, c: char) -> bool {
        let c = u32::from(c);
        self.0.iter().any(|&(lo, hi)| lo <= c && c <= hi)
    }

    /// The class in regular-expression syntax: `[...]`.
    pub fn regex(&self) -> String {
        let mut out = String::from("[");
        for &(lo, hi) in &self.0 {
            push_char(&mut out, lo);
            if hi > lo {
                if hi > lo + 1 {
                    out.push('-');
                }
                push_char(&mut out, hi);
            }
        }
        out.push(']');
        out
    }
}

fn push_char(out: &mut String, cp: u32) {
    let c = char::from_u32(cp).expect("classes hold no surrogate");
    match c {
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\\' | '-' | '[' | ']' | '^' => {
            out.push('\\');
            out.push(c);
        }
        c => out.push(c),
    }
}

/// The characters a text may hold.
pub fn xml_chars() -> Class {
    Class::of(XML_CHARS)
}

/// Whitespace that a text may hold (white space minus VT and FF, which XML
/// cannot hold).
pub fn text_space() -> Class {
    Class::of(WHITE_SPACE).and(&xml_chars())
}

/// The characters that make a text not blank.
pub fn text_non_space() -> Class {
    xml_chars().minus(&Class::of(WHITE_SPACE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_classes_are_what_fosx_trims_and_refuses() {
        let space = Class::of(WHITE_SPACE);
        let xml = xml_chars();
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            // `str::trim`, which the CSV reader uses, trims this set.
            assert_eq!(
                space.contains(c),
                c.is_whitespace(),
                "U+{:04X}",
                u32::from(c)
            );
            assert_eq!(
                xml.contains(c),
                crate::schema::xml_char(c),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn classes_subtract_and_print() {
        let c = Class::of(&[(0x41, 0x5A), (0x61, 0x7A)]).minus(&Class::of(&[(0x45, 0x45)]));
        assert_eq!(c.regex(), "[A-DF-Za-z]");
        assert_eq!(
            text_space().regex(),
            "[\\t\\n\\r \u{85}\u{A0}\u{1680}\u{2000}-\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}]"
        );
        assert!(text_non_space().contains('\u{FEFF}'));
        assert!(text_non_space().contains('\u{180E}'));
        assert!(!text_non_space().contains('\u{85}'));
        assert!(!text_non_space().contains('\u{B}'));
        assert!(!xml_chars().contains('\u{FFFE}'));
        assert_eq!(
            Class::of(&[(0x2D, 0x2D), (0x5B, 0x5E)]).regex(),
            "[\\-\\[-\\^]"
        );
    }
}
