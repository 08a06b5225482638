//! Booleans in the words of a locale: `VRAI`/`FAUX` (French),
//! `WAHR`/`FALSCH` (German), `VERDADERO`/`FALSO` (Spanish), `Yes`/`No`,
//! `Oui`/`Non`, `Ja`/`Nein`, `Sí`/`No`, and `1`/`0`.

/// The words for true and false, upper-cased.
const WORDS: &[(&str, bool)] = &[
    ("TRUE", true),
    ("FALSE", false),
    ("VRAI", true),
    ("FAUX", false),
    ("WAHR", true),
    ("FALSCH", false),
    ("VERDADERO", true),
    ("FALSO", false),
    ("YES", true),
    ("NO", false),
    ("OUI", true),
    ("NON", false),
    ("JA", true),
    ("NEIN", false),
    ("SÍ", true),
    ("SI", true),
    ("1", true),
    ("0", false),
];

/// The boolean `text` means, whatever its case and surrounding spaces
/// (`VRAI` is true, ` falsch ` false, `maybe` nothing).
pub fn read(text: &str) -> Option<bool> {
    let upper = text.trim().to_uppercase();
    WORDS.iter().find(|(w, _)| *w == upper).map(|&(_, b)| b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_spaces_do_not_count() {
        assert_eq!(read("VRAI"), Some(true));
        assert_eq!(read(" falsch "), Some(false));
        assert_eq!(read("maybe"), None);
    }

    #[test]
    fn every_locale() {
        for (t, b) in [
            ("VRAI", true),
            ("FAUX", false),
            ("Wahr", true),
            ("FALSCH", false),
            ("VERDADERO", true),
            ("falso", false),
            ("Yes", true),
            ("No", false),
            ("Oui", true),
            ("Non", false),
            ("1", true),
            ("0", false),
        ] {
            assert_eq!(read(t), Some(b), "{t}");
        }
        assert_eq!(read("2"), None);
        assert_eq!(read(""), None);
    }
}
