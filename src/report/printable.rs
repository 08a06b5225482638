//! Text for people, on a terminal or in a text file: the names and values
//! of a file may hold control characters (an ESC that starts a terminal
//! sequence, a line end inside a file name), which are shown as their
//! pictures instead: C0 controls as U+2400 + the code (ESC as `␛`, LF as
//! `␊`), DEL as `␡`, C1 controls as `�`.
//!
//! ```
//! use fosx::report::printable::{printable_name, printable_text};
//! assert_eq!(printable_name("a\u{1b}[2J\nb.json"), "a␛[2J␊b.json");
//! assert_eq!(printable_text("a\u{1b}[2J\n\tb"), "a␛[2J\n\tb");
//! ```

use std::borrow::Cow;

/// A file name (or any text meant for one line) with every control
/// character shown as its picture: it cannot move the cursor, change
/// colours or start a new line.
pub fn printable_name(name: &str) -> Cow<'_, str> {
    pictures(name, |_| false)
}

/// A text of several lines with every control character but LF and TAB
/// shown as its picture.
pub fn printable_text(text: &str) -> Cow<'_, str> {
    pictures(text, |c| c == '\n' || c == '\t')
}

/// `text` with each control character that `keep` does not keep replaced
/// by its picture.
fn pictures(text: &str, keep: fn(char) -> bool) -> Cow<'_, str> {
    let shown = |c: char| !c.is_control() || keep(c);
    if text.chars().all(shown) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match u32::from(c) {
                _ if shown(c) => c,
                n @ 0..=0x1f => char::from_u32(0x2400 + n).unwrap_or('\u{fffd}'),
                0x7f => '\u{2421}',
                _ => '\u{fffd}',
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_control_character_of_a_name_becomes_a_picture() {
        assert_eq!(
            printable_name("a\u{1b}[31m\r\n\tb\u{7f}\u{9b}c"),
            "a␛[31m␍␊␉b␡�c"
        );
        assert!(matches!(printable_name("plain é.json"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_text_keeps_its_line_ends_and_tabs() {
        assert_eq!(printable_text("a\u{1b}[2Jb\r\n\tc\u{7f}"), "a␛[2Jb␍\n\tc␡");
    }
}
