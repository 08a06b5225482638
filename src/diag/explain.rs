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
//! The catalogue is in every language fosx speaks: English in
//! `docs/codes/`, each other language in `docs/codes/<code>/` (the same
//! shape with the headings in that language, and the same snippets; the
//! build fails when a language lacks a file English has): [`entry_in`],
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
use crate::i18n::{Lang, Msg, msg};
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

// `CODE_FILES`: for each language of `src/i18n/languages.csv`, by its code,
// the files of its catalogue (`docs/codes/*.md` for English,
// `docs/codes/<code>/*.md` for the others) by name: `("S04", text)`.
include!(concat!(env!("OUT_DIR"), "/codes.rs"));

/// Every entry, in catalogue order.
pub fn entries() -> &'static [Entry] {
    entries_in(Lang::En)
}

/// Every entry in a language, in catalogue order.
pub fn entries_in(lang: Lang) -> &'static [Entry] {
    static ENTRIES: [OnceLock<Vec<Entry>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    ENTRIES[index].get_or_init(|| {
        let files = CODE_FILES
            .iter()
            .find(|(code, _)| *code == lang.code())
            .map_or(&[][..], |(_, files)| *files);
        let dir = match lang {
            Lang::En => String::new(),
            _ => format!("{}/", lang.code()),
        };
        Code::ALL
            .iter()
            .map(|&code| {
                let text = files
                    .iter()
                    .find(|(name, _)| *name == code.as_str())
                    .map(|(_, text)| *text)
                    .unwrap_or_else(|| panic!("docs/codes/{dir}{code:?}.md is missing"));
                parse(code, text).unwrap_or_else(|e| panic!("docs/codes/{dir}{code:?}.md: {e}"))
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
    let title = msg::explain_title(entry.code.full(), entry.code.severity().name(), entry.title);
    let mut out = format!(
        "{}\n\n{}\n\n{}\n\n{}\n",
        title.render(lang),
        entry.meaning,
        msg::explain_why().render(lang),
        indent_prose(entry.why),
    );
    for (failing, snippet) in [(true, &entry.failing), (false, &entry.passing)] {
        out.push_str(&format!("\n{}\n\n", heading(failing, snippet).render(lang)));
        if !snippet.note.is_empty() {
            out.push_str(&indent_prose(snippet.note));
            out.push_str("\n\n");
        }
        if snippet.text.trim().is_empty() {
            out.push_str(&format!("    {}\n", msg::explain_empty().render(lang)));
        }
        for line in snippet.text.lines() {
            out.push_str(&format!("    {line}\n").replace("    \n", "\n"));
        }
    }
    out
}

/// The heading of a snippet: `Fails (json):`, `Passes:`.
fn heading(failing: bool, snippet: &Snippet) -> Msg {
    let repr = snippet.representation().map(|r| r.to_string());
    match (failing, repr) {
        (true, Some(r)) => msg::explain_fails_as(r),
        (true, None) => msg::explain_fails(),
        (false, Some(r)) => msg::explain_passes_as(r),
        (false, None) => msg::explain_passes(),
    }
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

/// Reads one catalogue file: the title line `# FOS-S04: summary` (any
/// spaces around the colon, as the language writes it), the meaning, then
/// three `## ` sections in this order, whatever their headings say in the
/// file's language: why it matters, the failing input, the passing one.
fn parse(code: Code, text: &'static str) -> Result<Entry, String> {
    let first = text.lines().next().unwrap_or_default();
    let prefix = format!("# {code}");
    let title = first
        .strip_prefix(&prefix)
        .map(str::trim_start)
        .and_then(|t| t.strip_prefix(':'))
        .map(str::trim_start)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| format!("the first line is not `{prefix}: summary`"))?;
    let mut rest = &text[first.len()..];
    // Split at the `## ` headings; the text before the first is the meaning.
    let mut sections: Vec<&'static str> = Vec::new();
    loop {
        let next = rest.find("\n## ");
        sections.push(next.map_or(rest, |i| &rest[..i]).trim());
        let Some(i) = next else { break };
        let after = &rest[i + 4..];
        rest = &after[after.find('\n').unwrap_or(after.len())..];
    }
    let [meaning, why, failing, passing] = sections[..] else {
        return Err(format!(
            "{} `## ` sections, not 3 (why it matters, failing, passing)",
            sections.len() - 1
        ));
    };
    Ok(Entry {
        code,
        title,
        meaning,
        why,
        failing: snippet(failing)?,
        passing: snippet(passing)?,
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
    fn every_code_has_an_entry_in_every_language_with_the_same_snippets() {
        for &lang in &Lang::ALL[1..] {
            let other = entries_in(lang);
            let codes: Vec<Code> = other.iter().map(|e| e.code).collect();
            assert_eq!(codes, Code::ALL, "{lang}");
            for (en, tr) in entries().iter().zip(other) {
                let code = en.code;
                assert!(
                    !tr.title.is_empty() && tr.title != en.title,
                    "{lang} {code}"
                );
                assert!(
                    !tr.meaning.is_empty() && tr.meaning != en.meaning,
                    "{lang} {code}"
                );
                assert!(!tr.why.is_empty() && tr.why != en.why, "{lang} {code}");
                for (e, t) in [(&en.failing, &tr.failing), (&en.passing, &tr.passing)] {
                    assert_eq!(e.text, t.text, "{lang} {code}: the snippets differ");
                    assert_eq!((e.lang, e.complete), (t.lang, t.complete), "{lang} {code}");
                    assert_eq!(
                        e.note.is_empty(),
                        t.note.is_empty(),
                        "{lang} {code}: a note is missing"
                    );
                    assert!(
                        e.note.is_empty() || e.note != t.note,
                        "{lang} {code}: a note is English"
                    );
                }
            }
        }
    }

    #[test]
    fn the_headings_are_in_the_language_asked() {
        let text = render_in(entry_in(Code::S04, Lang::Fr), Lang::Fr);
        assert!(text.starts_with("FOS-S04 (erreur) : "), "{text}");
        assert!(text.contains("\nPourquoi c'est important\n"), "{text}");
        assert!(text.contains("\nÉchoue (json) :\n"), "{text}");
        let text = render_in(entry_in(Code::S04, Lang::Es), Lang::Es);
        assert!(text.starts_with("FOS-S04 (error): "), "{text}");
        assert!(text.contains("\nPor qué es importante\n"), "{text}");
        assert!(text.contains("\nFalla (json):\n"), "{text}");
        assert!(text.contains("\nPasa (json):\n"), "{text}");
    }

    #[test]
    fn a_file_needs_its_title_line_and_three_sections() {
        let fine = "# FOS-S04 : t\n\nm\n\n## a\n\nw\n\n## b\n\n```json\n{}\n```\n\n## c\n\n```json\n{}\n```\n";
        let e = parse(Code::S04, fine).unwrap();
        assert_eq!((e.title, e.meaning, e.why), ("t", "m", "w"));
        assert!(parse(Code::S05, fine).is_err());
        let two = "# FOS-S04: t\n\nm\n\n## a\n\nw\n\n## b\n\n```json\n{}\n```\n";
        assert_eq!(
            parse(Code::S04, two).unwrap_err(),
            "2 `## ` sections, not 3 (why it matters, failing, passing)"
        );
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
