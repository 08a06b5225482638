//! Languages of what fosx says: English and French, the official languages
//! of the WCO.
//!
//! The library makes its diagnostics in English, and they stay so: codes,
//! paths and the English messages are what programs and tests rely on. The
//! translation happens at the edges, when a report is written for a person
//! (the human, JSON, SARIF and JUnit reports of `report`, which use this
//! module; this module uses nothing of fosx).
//!
//! It works as gettext does, with the English text as the key. A table
//! ([`fr`]) pairs English templates with French ones; `{}` in an English
//! template stands for any text (a field, a value, a number), which the
//! French template places with `{}` (in order) or `{0}`, `{1}`, ... (in any
//! order). `{t}` stands for a piece of text that is itself translated (e.g.
//! the description of a type in "add `email` ({t})"). A text is matched
//! against every template by finding the template's literal pieces in order;
//! when several fit, the one with the most literal characters wins. A text
//! no template fits is returned as it is.
//!
//! ```
//! use fosx::i18n::{Lang, tr};
//!
//! assert_eq!(tr("required field `contact.email` is missing", Lang::Fr),
//!            "le champ obligatoire `contact.email` est absent");
//! assert_eq!(tr("did you mean `in-progress`?", Lang::Fr), "vouliez-vous dire `in-progress` ?");
//! assert_eq!(tr("did you mean `in-progress`?", Lang::En), "did you mean `in-progress`?");
//! assert_eq!(tr("something no template knows", Lang::Fr), "something no template knows");
//! ```

pub mod fr;
pub mod fr_sheet;
mod msg_core;

pub use msg_core::{Arg, Msg, catalogue};

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

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

/// Translates an English text (a message, a help, a label, a sentence of
/// the command line) into `lang`. A text no template fits comes back as it
/// is.
pub fn tr(text: &str, lang: Lang) -> Cow<'_, str> {
    match lang {
        Lang::En | Lang::Es => Cow::Borrowed(text),
        Lang::Fr => match translate_in(text, french(), 0) {
            Some((out, _)) => Cow::Owned(out),
            None => Cow::Borrowed(text),
        },
    }
}

/// Like [`tr`], but `None` when the text is not fully translated: no
/// template fits it, or a piece that a template translates in turn (`{t}`)
/// fits none. English texts are always translated.
pub fn translate(text: &str, lang: Lang) -> Option<String> {
    match lang {
        Lang::En | Lang::Es => Some(text.to_string()),
        Lang::Fr => match translate_in(text, french(), 0)? {
            (out, true) => Some(out),
            (_, false) => None,
        },
    }
}

/// The English templates that translate a text in `lang` (the one that
/// fits the whole text first, then those of its `{t}` pieces); empty when
/// none fits. For measuring which templates a corpus reaches.
pub fn templates_of(text: &str, lang: Lang) -> Vec<&'static str> {
    match lang {
        Lang::En | Lang::Es => Vec::new(),
        Lang::Fr => best(text, french(), 0).map_or_else(Vec::new, |f| f.used),
    }
}

/// The separator between a label and what follows it: `": "` in English,
/// `" : "` in French (a space before the colon).
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Es => ": ",
        Lang::Fr => " : ",
    }
}

/// The number of templates of a language (sentences and pieces).
pub fn template_count(lang: Lang) -> usize {
    templates(lang).len()
}

/// The English templates of a language's table (sentences, then pieces).
pub fn templates(lang: Lang) -> Vec<&'static str> {
    match lang {
        Lang::En | Lang::Es => Vec::new(),
        Lang::Fr => french().all.iter().map(|t| t.english).collect(),
    }
}

// ----- the engine ----------------------------------------------------------

/// How deep `{t}` pieces are translated in turn.
const MAX_NESTING: usize = 3;

/// Most steps spent matching one text against one template: a bound on the
/// time a hostile value (long, full of a template's pieces) can cost.
const MAX_STEPS: usize = 4096;

/// Texts longer than this (in bytes) take the first placement of a
/// template's pieces, without looking for another whose `{t}` pieces
/// translate: each look scans the text.
const MAX_SEARCHED_LEN: usize = 4096;

/// A placeholder of an English template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hole {
    /// Any text, copied as it is.
    Copy,
    /// A text translated in turn.
    Translate,
}

/// A piece of a French template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    /// The n-th capture of the English template.
    Capture(usize),
}

/// One pair of templates, ready to match.
#[derive(Debug)]
struct Template {
    /// The English template as written in the table.
    english: &'static str,
    /// The literal pieces of the English template: one more than the holes.
    pieces: Vec<String>,
    holes: Vec<Hole>,
    /// The number of literal characters (to prefer the most specific).
    weight: usize,
    target: Vec<Part>,
    /// Only for `{t}` pieces, never for a whole text.
    piece_only: bool,
}

#[derive(Debug)]
struct Table {
    all: Vec<Template>,
}

/// The French table, compiled once.
fn french() -> &'static Table {
    static FR: OnceLock<Table> = OnceLock::new();
    FR.get_or_init(|| {
        let sentences = fr::SENTENCES
            .iter()
            .chain(fr_sheet::SENTENCES)
            .map(|&(e, f)| (e, f, false));
        let pieces = fr::PIECES.iter().map(|&(e, f)| (e, f, true));
        Table {
            all: sentences
                .chain(pieces)
                .map(|(e, f, p)| compile(e, f, p).unwrap_or_else(|why| panic!("{why}")))
                .collect(),
        }
    })
}

/// Splits an English template into literal pieces and holes.
fn split_source(template: &str) -> (Vec<String>, Vec<Hole>) {
    let mut pieces = vec![String::new()];
    let mut holes = Vec::new();
    let mut rest = template;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("{}") {
            holes.push(Hole::Copy);
            pieces.push(String::new());
            rest = r;
        } else if let Some(r) = rest.strip_prefix("{t}") {
            holes.push(Hole::Translate);
            pieces.push(String::new());
            rest = r;
        } else {
            let c = rest.chars().next().unwrap_or_default();
            pieces.last_mut().unwrap_or(&mut String::new()).push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    (pieces, holes)
}

/// Splits a French template into text and captures: `{}` takes the next
/// capture, `{0}`...`{9}` a given one.
fn split_target(template: &str, holes: usize) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut next = 0;
    let mut rest = template;
    while !rest.is_empty() {
        let bytes = rest.as_bytes();
        let index = if rest.starts_with("{}") {
            next += 1;
            Some((next - 1, 2))
        } else if bytes.len() >= 3
            && bytes[0] == b'{'
            && bytes[1].is_ascii_digit()
            && bytes[2] == b'}'
        {
            Some(((bytes[1] - b'0') as usize, 3))
        } else {
            None
        };
        match index {
            Some((i, len)) => {
                if i >= holes {
                    return Err(format!(
                        "the template `{template}` uses capture {i}, but its English has {holes}"
                    ));
                }
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                parts.push(Part::Capture(i));
                rest = &rest[len..];
            }
            None => {
                let c = rest.chars().next().unwrap_or_default();
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !text.is_empty() {
        parts.push(Part::Text(text));
    }
    Ok(parts)
}

fn compile(english: &'static str, french: &str, piece_only: bool) -> Result<Template, String> {
    let (pieces, holes) = split_source(english);
    let target = split_target(french, holes.len())?;
    Ok(Template {
        english,
        weight: pieces.iter().map(|p| p.chars().count()).sum(),
        pieces,
        holes,
        target,
        piece_only,
    })
}

/// Finds the captures of `t` in `text`: every way to place the literal
/// pieces in order, first pieces leftmost first, each offered to `accept`
/// until it says yes. Returns whether some placement was accepted.
fn matches(t: &Template, text: &str, accept: &mut dyn FnMut(&[&str]) -> bool) -> bool {
    let first = &t.pieces[0];
    let last = &t.pieces[t.pieces.len() - 1];
    if t.holes.is_empty() {
        return text == first && accept(&[]);
    }
    if !text.starts_with(first.as_str())
        || !text.ends_with(last.as_str())
        || text.len() < first.len() + last.len()
    {
        return false;
    }
    // The leftmost placement of every piece, in one pass: when it fails,
    // no placement fits.
    let mut at = first.len();
    for piece in &t.pieces[1..t.pieces.len() - 1] {
        match text[at..].find(piece.as_str()) {
            Some(i) => at += i + piece.len(),
            None => return false,
        }
    }
    if at > text.len() - last.len() {
        return false;
    }
    let mut steps = 0;
    let mut captures: Vec<&str> = Vec::with_capacity(t.holes.len());
    place(t, text, 1, first.len(), &mut captures, &mut steps, accept)
}

/// Places piece `i` (and the following ones) in `text` from byte `from`.
fn place<'a>(
    t: &Template,
    text: &'a str,
    i: usize,
    from: usize,
    captures: &mut Vec<&'a str>,
    steps: &mut usize,
    accept: &mut dyn FnMut(&[&str]) -> bool,
) -> bool {
    *steps += 1;
    if *steps > MAX_STEPS {
        return false;
    }
    let piece = &t.pieces[i];
    if i == t.pieces.len() - 1 {
        // The last piece ends the text.
        let at = text.len() - piece.len();
        if at < from {
            return false;
        }
        captures.push(&text[from..at]);
        let ok = accept(captures);
        captures.pop();
        return ok;
    }
    let mut search = from;
    while let Some(found) = text[search..].find(piece.as_str()) {
        let at = search + found;
        captures.push(&text[from..at]);
        if place(t, text, i + 1, at + piece.len(), captures, steps, accept) {
            return true;
        }
        captures.pop();
        if *steps > MAX_STEPS {
            return false;
        }
        // The next place of the piece, a character further.
        match text[at..].chars().next() {
            Some(c) => search = at + c.len_utf8(),
            None => break,
        }
    }
    false
}

/// A translation: its text, whether it is complete, and the templates it
/// took (the whole text's first, then those of its `{t}` pieces).
#[derive(Debug)]
struct Found {
    text: String,
    complete: bool,
    used: Vec<&'static str>,
}

/// Builds the translation of a match; a `{t}` piece that no template fits
/// is kept as it is, and the translation is then not complete.
fn render(t: &Template, captures: &[&str], table: &Table, depth: usize) -> Found {
    let mut complete = true;
    let mut used = vec![t.english];
    let values: Vec<Cow<'_, str>> = captures
        .iter()
        .zip(&t.holes)
        .map(|(c, hole)| match hole {
            Hole::Copy => Cow::Borrowed(*c),
            Hole::Translate => match best(c, table, depth + 1) {
                Some(f) => {
                    complete &= f.complete;
                    used.extend(f.used);
                    Cow::Owned(f.text)
                }
                None => {
                    complete = false;
                    Cow::Borrowed(*c)
                }
            },
        })
        .collect();
    let mut text = String::new();
    for part in &t.target {
        match part {
            Part::Text(s) => text.push_str(s),
            Part::Capture(i) => text.push_str(values.get(*i).map_or("", |v| v.as_ref())),
        }
    }
    Found {
        text,
        complete,
        used,
    }
}

/// The translation of `text` and whether it is complete; `None` when no
/// template fits.
fn translate_in(text: &str, table: &Table, depth: usize) -> Option<(String, bool)> {
    best(text, table, depth).map(|f| (f.text, f.complete))
}

/// The translation by the template that fits `text` best: the heaviest
/// (most literal characters); among equals, the first. Of the placements of
/// its pieces, the first whose `{t}` pieces all translate, else the first.
fn best(text: &str, table: &Table, depth: usize) -> Option<Found> {
    if depth > MAX_NESTING {
        return None;
    }
    let mut chosen: Option<(usize, Found)> = None;
    for t in &table.all {
        if t.piece_only && depth == 0 {
            continue;
        }
        if chosen.as_ref().is_some_and(|(w, _)| *w >= t.weight) {
            continue;
        }
        let mut complete: Option<Found> = None;
        let mut first: Option<Found> = None;
        matches(t, text, &mut |captures| {
            let found = render(t, captures, table, depth);
            if found.complete {
                complete = Some(found);
                true
            } else {
                first.get_or_insert(found);
                text.len() > MAX_SEARCHED_LEN
            }
        });
        if let Some(found) = complete.or(first) {
            chosen = Some((t.weight, found));
        }
    }
    chosen.map(|(_, f)| f)
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

    fn fr(text: &str) -> String {
        tr(text, Lang::Fr).into_owned()
    }

    #[test]
    fn templates_capture_and_reorder() {
        assert_eq!(
            fr("unknown field `evalutionMeeting`"),
            "champ inconnu `evalutionMeeting`"
        );
        // {t}: the description of a type is translated in turn.
        assert_eq!(
            fr("add `email` (an e-mail address)"),
            "ajoutez `email` (une adresse électronique)"
        );
        assert_eq!(
            translate("add `email` (an e-mail address)", Lang::Fr).as_deref(),
            Some("ajoutez `email` (une adresse électronique)")
        );
        // An untranslatable piece: the sentence is translated, not completely.
        assert_eq!(fr("add `x` (something new)"), "ajoutez `x` (something new)");
        assert_eq!(translate("add `x` (something new)", Lang::Fr), None);
        assert_eq!(translate("nothing known", Lang::Fr), None);
        assert_eq!(fr("nothing known"), "nothing known");
    }

    #[test]
    fn the_most_specific_template_wins() {
        // "`{}` needs at least 1 item" beats "`{}` needs at least {} items".
        assert_eq!(
            fr("`stakeholders` needs at least 1 item"),
            "`stakeholders` doit contenir au moins 1 élément"
        );
        assert_eq!(
            fr("`entries` needs at least 2 items"),
            "`entries` doit contenir au moins 2 éléments"
        );
    }

    #[test]
    fn values_that_look_like_templates_stay_values() {
        // A value holding a piece of the template is still one value.
        assert_eq!(
            fr("`a` is not a status` is not a status"),
            "`a` is not a status` n'est pas un statut"
        );
        // Long and hostile values cost bounded time and never panic.
        let started = std::time::Instant::now();
        let long = "` is not a `".repeat(20_000);
        let _ = fr(&format!("`{long}` is not a status"));
        let _ = fr(&format!("`{long}` should be an integer, not {long}"));
        let _ = fr("é{}{t}{0}{");
        let huge = "` is , less than the minimum of ".repeat(40_000);
        let _ = fr(&format!("`{huge}` is not a status"));
        let _ = fr(&format!("JSON syntax: {huge}"));
        let _ = fr(&format!("invalid: {huge}, {huge}"));
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
    }

    #[test]
    fn every_template_compiles_and_keys_are_unique() {
        let t = french();
        assert!(t.all.len() > 100);
        let mut seen = std::collections::HashSet::new();
        for (e, _) in fr::SENTENCES
            .iter()
            .chain(fr_sheet::SENTENCES)
            .chain(fr::PIECES)
        {
            assert!(seen.insert(*e), "the template `{e}` is given twice");
        }
    }

    #[test]
    fn french_templates_use_every_capture() {
        for (e, f) in fr::SENTENCES
            .iter()
            .chain(fr_sheet::SENTENCES)
            .chain(fr::PIECES)
        {
            let t = compile(e, f, false).unwrap();
            for i in 0..t.holes.len() {
                assert!(
                    t.target.contains(&Part::Capture(i)),
                    "`{f}` drops capture {i} of `{e}`"
                );
            }
        }
    }
}
