//! Languages of what fosx says: English and French, the official languages
//! of the WCO, and Spanish.
//!
//! Every text a person reads is a message of the catalogue
//! (`src/i18n/locales/<lang>/<surface>.ftl`, in Project Fluent's format): an
//! identifier with named, typed arguments ([`Msg`]), rendered in a language
//! at the edge ([`Msg::render`]). The build checks the catalogue (every
//! message in every language of `languages.csv`, with the same variables)
//! and generates [`Lang`] and one constructor per message in [`msg`].
//! Machine outputs keep their English `message` fields ([`Msg::english`]).
//!
//! ```
//! use fosx::i18n::{Lang, msg};
//!
//! let m = msg::r05_future("2027-01-01", "2026-11-28");
//! assert_eq!(m.id(), "r05-future");
//! assert!(m.render(Lang::En).contains("2027-01-01"));
//! assert!(m.render(Lang::Fr).contains("2027-01-01"));
//! assert_ne!(m.render(Lang::Fr), m.render(Lang::En));
//! ```

mod msg_core;

pub use msg_core::{Arg, Msg, catalogue};

use std::fmt;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Lang {
    /// Reads a language name or locale: `en`, `fr`, `FR`, `fr_FR.UTF-8`,
    /// `fr-CA`, `french`, `Français`. `None` for anything else.
    pub fn parse(text: &str) -> Option<Lang> {
        let t = text.trim().to_lowercase();
        let head: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
        Lang::ALL.iter().copied().find(|l| {
            head == l.code()
                || head == l.english_name().to_lowercase()
                || head == l.native_name().to_lowercase()
                || head == fold(&l.native_name().to_lowercase())
        })
    }

    /// The language of the environment: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides; the
    /// language it starts with when fosx speaks it, English otherwise
    /// (`C`, `POSIX`, `de_DE`, nothing set).
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any source of variables (for tests).
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| get(name).filter(|v| !v.trim().is_empty()))
            .map_or(Lang::En, |v| {
                let v = v.trim().to_ascii_lowercase();
                Lang::ALL
                    .iter()
                    .copied()
                    .find(|l| {
                        v.strip_prefix(l.code()).is_some_and(|rest| {
                            !rest.starts_with(|c: char| c.is_ascii_alphabetic())
                        })
                    })
                    .unwrap_or(Lang::En)
            })
    }

    /// The codes of every language, for messages: `en, fr`.
    pub fn codes() -> String {
        Lang::ALL
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A name without its accents, as typed on a keyboard without them
/// (`français` → `francais`, `español` → `espanol`).
fn fold(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'à' | 'â' | 'á' => 'a',
            'ç' => 'c',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ó' | 'ô' => 'o',
            'ú' | 'ù' | 'û' => 'u',
            c => c,
        })
        .collect()
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::parse(s)
            .ok_or_else(|| format!("`{s}` is not a language fosx speaks ({})", Lang::codes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_environment_chooses_the_language() {
        assert_eq!(Lang::from_vars(vars(&[])), Lang::En);
        assert_eq!(Lang::from_vars(vars(&[("LANG", "fr_FR.UTF-8")])), Lang::Fr);
        assert_eq!(Lang::from_vars(vars(&[("LANG", "fr_CA")])), Lang::Fr);
        assert_eq!(Lang::from_vars(vars(&[("LANG", "en_GB.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_vars(vars(&[("LANG", "C")])), Lang::En);
        assert_eq!(Lang::from_vars(vars(&[("LANG", "de_DE.UTF-8")])), Lang::En);
        // LC_ALL, then LC_MESSAGES, then LANG; empty ones do not count.
        assert_eq!(
            Lang::from_vars(vars(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_vars(vars(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "fr_BE"),
                ("LANG", "en_US")
            ])),
            Lang::Fr
        );
    }

    #[test]
    fn languages_parse() {
        assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
        assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
        assert_eq!(Lang::parse("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::parse("en"), Some(Lang::En));
        assert_eq!(Lang::parse("français"), Some(Lang::Fr));
        assert_eq!(Lang::parse("es"), Some(Lang::Es));
        assert_eq!(Lang::parse("español"), Some(Lang::Es));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!("fr".parse::<Lang>(), Ok(Lang::Fr));
    }
}
