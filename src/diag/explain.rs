//! The catalogue of diagnostic codes, for `fosx explain`: what each code
//! means, why it matters, and an input that fails with it beside one that
//! passes.
//!
//! The catalogue is data: one Markdown file per code in `docs/codes/`,
//! embedded at build time and read by its headings (see
//! `docs/codes/README.md` for the shape). A test checks that every
//! [`Code`] has an entry, and that each complete failing snippet really
//! gives its code while the passing one is valid and does not.
//!
//! The catalogue is in English and in French (`docs/codes/fr/`, the same
//! shape with French headings, the same snippets): [`entry_in`],
//! [`render_in`].
//!
//! ```
//! use fosx::Code;
//! use fosx::diag::explain;
//!
//! let entry = explain::entry(Code::S04);
//! assert_eq!(entry.code, Code::S04);
//! assert!(entry.failing.text.contains("\"Indicative\""));
//! assert!(explain::render(entry).starts_with("FOS-S04 (error): a value not in its code list"));
//! ```

use crate::diag::Code;
use crate::i18n::{Lang, colon, tr};
use crate::source::Representation;
use std::sync::OnceLock;

/// An example input of a catalogue entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// A sentence introducing the snippet (may be empty).
    pub note: &'static str,
    /// The fence's language: `json`, `xml`, `csv`, `text`, `sh`.
    pub lang: &'static str,
    /// Whether the snippet is a whole file that can be validated as it is
    /// (a fragment's fence says `fragment`).
    pub complete: bool,
    /// The snippet, each line ending with a line feed.
    pub text: String,
}

impl Snippet {
    /// The representation the fence names, if it names one.
    pub fn representation(&self) -> Option<Representation> {
        match self.lang {
            "json" => Some(Representation::Json),
            "xml" => Some(Representation::Xml),
            "csv" => Some(Representation::Csv),
            _ => None,
        }
    }
}

/// The catalogue entry of one code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The code.
    pub code: Code,
    /// The title line of the entry (the code's summary).
    pub title: &'static str,
    /// What the code means, in paragraphs.
    pub meaning: &'static str,
    /// Why it matters.
    pub why: &'static str,
    /// An input that gets the code.
    pub failing: Snippet,
    /// The same input, corrected.
    pub passing: Snippet,
}

macro_rules! sources {
    ($dir:literal; $($code:ident)*) => {
        &[$((Code::$code, include_str!(concat!("../../docs/codes/", $dir, stringify!($code), ".md"))),)*]
    };
}

/// The embedded files, one per code.
const SOURCES: &[(Code, &str)] = sources! {"";
    P01 P02 P03 P04 P05 P06 P07 IO
    S01 S02 S03 S04 S05 S06 S07 S08 S09 S10
    R01 R02 R03 R04 R05 R06 R07 R08 R09 R10 R11 R12 R13 R14 R15 R16 R17 R18
};

/// The embedded French files, one per code.
const SOURCES_FR: &[(Code, &str)] = sources! {"fr/";
    P01 P02 P03 P04 P05 P06 P07 IO
    S01 S02 S03 S04 S05 S06 S07 S08 S09 S10
    R01 R02 R03 R04 R05 R06 R07 R08 R09 R10 R11 R12 R13 R14 R15 R16 R17 R18
};

/// The headings a catalogue file of a language is read by.
struct Headings {
    /// Between the code and the title: `: `.
    title_sep: &'static str,
    why: &'static str,
    failing: &'static str,
    passing: &'static str,
}

fn headings(lang: Lang) -> Headings {
    match lang {
        Lang::En | Lang::Es => Headings {
            title_sep: ": ",
            why: "Why it matters",
            failing: "Failing",
            passing: "Passing",
        },
        Lang::Fr => Headings {
            title_sep: " : ",
            why: "Pourquoi c'est important",
            failing: "Échec",
            passing: "Réussite",
        },
    }
}

/// Every entry, in catalogue order.
pub fn entries() -> &'static [Entry] {
    entries_in(Lang::En)
}

/// Every entry in a language, in catalogue order.
pub fn entries_in(lang: Lang) -> &'static [Entry] {
    static EN: OnceLock<Vec<Entry>> = OnceLock::new();
    static FR: OnceLock<Vec<Entry>> = OnceLock::new();
    let (cell, sources, dir) = match lang {
        Lang::En | Lang::Es => (&EN, SOURCES, ""),
        Lang::Fr => (&FR, SOURCES_FR, "fr/"),
    };
    cell.get_or_init(|| {
        sources
            .iter()
            .map(|(code, text)| {
                parse(*code, text, lang)
                    .unwrap_or_else(|e| panic!("docs/codes/{dir}{code:?}.md: {e}"))
            })
            .collect()
    })
}

/// The entry of a code. Every code has one (a test makes sure).
pub fn entry(code: Code) -> &'static Entry {
    entry_in(code, Lang::En)
}

/// The entry of a code in a language. Every code has one in every language
/// (a test makes sure).
pub fn entry_in(code: Code, lang: Lang) -> &'static Entry {
    entries_in(lang)
        .iter()
        .find(|e| e.code == code)
        .expect("every code has a catalogue entry")
}

/// The entry as `fosx explain` shows it: plain text, snippets indented.
pub fn render(entry: &Entry) -> String {
    render_in(entry, Lang::En)
}

/// [`render`] with the words around the entry in `lang` (the entry itself
/// is of the language it was taken in: [`entry_in`]).
pub fn render_in(entry: &Entry, lang: Lang) -> String {
    let mut out = format!(
        "{} ({}){}{}\n\n{}\n\n{}\n\n{}\n",
        entry.code,
        tr(&entry.code.severity().to_string(), lang),
        colon(lang),
        entry.title,
        entry.meaning,
        tr("Why it matters", lang),
        indent_prose(entry.why),
    );
    for (heading, snippet) in [("Fails", &entry.failing), ("Passes", &entry.passing)] {
        out.push_str(&format!("\n{}", tr(heading, lang)));
        if let Some(r) = snippet.representation() {
            out.push_str(&format!(" ({r})"));
        }
        out.push_str(colon(lang).trim_end());
        out.push_str("\n\n");
        if !snippet.note.is_empty() {
            out.push_str(&indent_prose(snippet.note));
            out.push_str("\n\n");
        }
        if snippet.text.trim().is_empty() {
            out.push_str(&format!("    {}\n", tr("(empty)", lang)));
        }
        for line in snippet.text.lines() {
            out.push_str(&format!("    {line}\n").replace("    \n", "\n"));
        }
    }
    out
}

fn indent_prose(text: &str) -> String {
    text.lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("  {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads one catalogue file.
fn parse(code: Code, text: &'static str, lang: Lang) -> Result<Entry, String> {
    let names = headings(lang);
    let mut sections: Vec<(&'static str, &'static str)> = Vec::new();
    let mut rest = text;
    // The title line.
    let first = rest.lines().next().unwrap_or_default();
    let prefix = format!("# {code}{}", names.title_sep);
    let title = first
        .strip_prefix(&prefix)
        .ok_or_else(|| format!("the first line is not `{prefix}summary`"))?;
    rest = &rest[first.len()..];
    // Split at the `## ` headings; the text before the first is the meaning.
    let mut heading = "";
    loop {
        let next = rest.find("\n## ");
        let body = next.map_or(rest, |i| &rest[..i]);
        sections.push((heading, body.trim()));
        let Some(i) = next else { break };
        let after = &rest[i + 4..];
        let end = after.find('\n').unwrap_or(after.len());
        heading = after[..end].trim();
        rest = &after[end..];
    }
    let section = |name: &str| {
        sections
            .iter()
            .find(|(h, _)| *h == name)
            .map(|(_, b)| *b)
            .ok_or_else(|| format!("no `## {name}` section"))
    };
    Ok(Entry {
        code,
        title,
        meaning: section("")?,
        why: section(names.why)?,
        failing: snippet(section(names.failing)?)?,
        passing: snippet(section(names.passing)?)?,
    })
}

/// Reads a note followed by one fenced block.
fn snippet(body: &'static str) -> Result<Snippet, String> {
    let open = body.find("```").ok_or("no fenced block")?;
    let note = body[..open].trim();
    let after = &body[open + 3..];
    let info_end = after.find('\n').ok_or("an unterminated fence")?;
    let info = after[..info_end].trim();
    let content = &after[info_end + 1..];
    let close = content.rfind("```").ok_or("an unterminated fence")?;
    let mut words = info.split_whitespace();
    let lang = words.next().unwrap_or("text");
    let complete = !words.any(|w| w == "fragment");
    let mut text: String = content[..close].to_string();
    // The line before the closing fence ends the snippet; an empty block is an empty file.
    if text.trim().is_empty() {
        text.clear();
    }
    Ok(Snippet {
        note,
        lang,
        complete,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_an_entry_whose_title_is_its_summary() {
        let codes: Vec<Code> = entries().iter().map(|e| e.code).collect();
        assert_eq!(codes, Code::ALL);
        for e in entries() {
            assert_eq!(e.title, e.code.summary(), "{}", e.code);
            assert!(!e.meaning.is_empty() && !e.why.is_empty(), "{}", e.code);
            assert!(!e.failing.text.contains("```"), "{}", e.code);
        }
    }

    #[test]
    fn every_code_has_a_french_entry_with_the_same_snippets() {
        let fr = entries_in(Lang::Fr);
        let codes: Vec<Code> = fr.iter().map(|e| e.code).collect();
        assert_eq!(codes, Code::ALL);
        for (en, fr) in entries().iter().zip(fr) {
            let code = en.code;
            assert!(!fr.title.is_empty() && fr.title != en.title, "{code}");
            assert!(!fr.meaning.is_empty() && fr.meaning != en.meaning, "{code}");
            assert!(!fr.why.is_empty() && fr.why != en.why, "{code}");
            for (e, f) in [(&en.failing, &fr.failing), (&en.passing, &fr.passing)] {
                assert_eq!(e.text, f.text, "{code}: the snippets differ");
                assert_eq!((e.lang, e.complete), (f.lang, f.complete), "{code}");
                assert_eq!(
                    e.note.is_empty(),
                    f.note.is_empty(),
                    "{code}: a note is missing"
                );
                assert!(
                    e.note.is_empty() || e.note != f.note,
                    "{code}: a note is English"
                );
            }
        }
        let text = render_in(entry_in(Code::S04, Lang::Fr), Lang::Fr);
        assert!(text.starts_with("FOS-S04 (erreur) : "), "{text}");
        assert!(text.contains("\nPourquoi c'est important\n"), "{text}");
        assert!(text.contains("\nÉchoue (json) :\n"), "{text}");
    }

    #[test]
    fn snippets_keep_their_lines_and_kinds() {
        let e = entry(Code::P07);
        assert_eq!(e.failing.text, "");
        assert!(e.failing.complete);
        let e = entry(Code::IO);
        assert!(!e.failing.complete);
        assert_eq!(e.failing.lang, "sh");
        let e = entry(Code::P03);
        assert_eq!(e.failing.representation(), Some(Representation::Csv));
        assert!(e.failing.text.starts_with("schemaVersion,"));
        assert!(e.failing.text.ends_with("indicative\n"));
    }
}
