//! The message catalogue, compiled by the build script (`build.rs` includes
//! this file; the crate does not).
//!
//! `src/i18n/languages.csv` lists the languages (English first: it is the
//! reference); `src/i18n/locales/<code>/<surface>.ftl` holds one surface's
//! messages in one language, in [Fluent](https://projectfluent.org) syntax.
//! Every language has every surface file, and `terms.ftl` (the glossary's
//! terms, such as `-fos`) is shared by all the surfaces of its language.
//!
//! The build fails, saying where, when a file does not parse, when a
//! message is in one language and not in another, when a translation does
//! not use every variable its English uses (or uses one English does not),
//! when a message has attributes, or when an id is given twice. Otherwise
//! it writes `$OUT_DIR/messages.rs`: the `Lang` enum, the sources, the
//! table of messages and one constructor per message (`msg::s01_missing`),
//! whose parameters are the message's variables, so that a call with a
//! wrong id or wrong arguments does not compile.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One language of `languages.csv`.
struct Language {
    code: String,
    /// Its name in itself (`Français`).
    native: String,
    /// Its name in English (`French`), also accepted by `--lang`.
    english: String,
}

/// One message of the English catalogue.
struct Entry {
    id: String,
    surface: usize,
    vars: Vec<String>,
    /// The variables that choose a plural form: numbers.
    counts: Vec<String>,
    english: String,
}

/// Writes `$OUT_DIR/messages.rs`; panics (failing the build) on any
/// inconsistency of the catalogue.
pub fn generate() {
    let root = Path::new("src/i18n");
    println!(
        "cargo::rerun-if-changed={}",
        root.join("languages.csv").display()
    );
    println!("cargo::rerun-if-changed={}", root.join("locales").display());
    let langs = languages(&root.join("languages.csv"));
    let locales = root.join("locales");
    let surfaces = surfaces(&locales.join(&langs[0].code));
    let mut problems = Vec::new();
    let mut catalogues = Vec::new();
    for lang in &langs {
        let mut messages = BTreeMap::new();
        for (s, surface) in surfaces.iter().enumerate() {
            let path = locales.join(&lang.code).join(format!("{surface}.ftl"));
            println!("cargo::rerun-if-changed={}", path.display());
            let Ok(text) = std::fs::read_to_string(&path) else {
                problems.push(format!("{} is missing", path.display()));
                continue;
            };
            read_file(&path, &text, s, &mut messages, &mut problems);
        }
        catalogues.push(messages);
    }
    let english = &catalogues[0];
    for (lang, messages) in langs.iter().zip(&catalogues).skip(1) {
        compare(lang, english, messages, &surfaces, &mut problems);
    }
    if !problems.is_empty() {
        panic!(
            "the message catalogue is inconsistent:\n- {}",
            problems.join("\n- ")
        );
    }
    let entries: Vec<Entry> = english
        .iter()
        .map(|(id, (surface, vars, counts, text))| Entry {
            id: id.clone(),
            surface: *surface,
            vars: vars.clone(),
            counts: counts.clone(),
            english: text.clone(),
        })
        .collect();
    let out = write(&langs, &surfaces, &entries, &locales);
    let path =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("messages.rs");
    std::fs::write(&path, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn languages(path: &Path) -> Vec<Language> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let langs: Vec<Language> = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(',').map(str::trim).collect();
            assert!(
                f.len() == 3,
                "{}: `{l}` is not code,native,english",
                path.display()
            );
            Language {
                code: f[0].to_owned(),
                native: f[1].to_owned(),
                english: f[2].to_owned(),
            }
        })
        .collect();
    assert!(
        langs.first().is_some_and(|l| l.code == "en"),
        "{}: English comes first",
        path.display()
    );
    langs
}

/// The surfaces: the `.ftl` files of the English folder but `terms.ftl`
/// (which comes first, as surface 0), in name order.
fn surfaces(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            Some(name.strip_suffix(".ftl")?.to_owned())
        })
        .filter(|n| n != "terms")
        .collect();
    names.sort();
    names.insert(0, "terms".to_owned());
    names
}

/// A language's messages: id → (surface, variables, counts, English text).
type Catalogue = BTreeMap<String, (usize, Vec<String>, Vec<String>, String)>;

fn read_file(
    path: &Path,
    text: &str,
    surface: usize,
    out: &mut Catalogue,
    problems: &mut Vec<String>,
) {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => {
            for e in errors {
                let line = text[..e.pos.start.min(text.len())].lines().count().max(1);
                problems.push(format!("{}:{line}: {:?}", path.display(), e.kind));
            }
            return;
        }
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name.to_owned();
                if !m.attributes.is_empty() {
                    problems.push(format!(
                        "{}: `{id}` has attributes; give each text a message of its own",
                        path.display()
                    ));
                }
                let Some(value) = &m.value else {
                    problems.push(format!("{}: `{id}` has no value", path.display()));
                    continue;
                };
                if surface == 0 {
                    problems.push(format!(
                        "{}: `{id}` is a message; terms.ftl holds terms (`-name`) only",
                        path.display()
                    ));
                }
                let mut vars = Vec::new();
                pattern_vars(value, &mut vars);
                for v in &vars {
                    if !v
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                        || !v.starts_with(|c: char| c.is_ascii_lowercase())
                    {
                        problems.push(format!(
                            "{}: `{id}` has the variable `${v}`; use lower_snake_case",
                            path.display()
                        ));
                    }
                }
                if !id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    problems.push(format!(
                        "{}: the id `{id}` is not lower-kebab-case",
                        path.display()
                    ));
                }
                let english = plain(value);
                let mut counts = Vec::new();
                pattern_counts(value, &mut counts);
                if out
                    .insert(id.clone(), (surface, vars, counts, english))
                    .is_some()
                {
                    problems.push(format!("{}: `{id}` is given twice", path.display()));
                }
            }
            ast::Entry::Junk { content } => {
                problems.push(format!(
                    "{}: cannot read `{}`",
                    path.display(),
                    content.trim()
                ));
            }
            _ => {}
        }
    }
}

/// The variables of a pattern, in order of first use.
fn pattern_vars(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut Vec<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } if !out.iter().any(|v| v == id.name) => {
            out.push(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// The variables that select a variant by number (`[one]`, `[other]`, `[0]`).
fn pattern_counts(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, variants },
        } = el
        {
            let plural = variants.iter().any(|v| match &v.key {
                ast::VariantKey::NumberLiteral { .. } => true,
                ast::VariantKey::Identifier { name } => {
                    matches!(*name, "zero" | "one" | "two" | "few" | "many")
                }
            });
            if let ast::InlineExpression::VariableReference { id } = selector
                && plural
                && !out.iter().any(|v| v == id.name)
            {
                out.push(id.name.to_owned());
            }
            for v in variants {
                pattern_counts(&v.value, out);
            }
        }
    }
}

/// A readable form of a pattern for the constructor's documentation.
fn plain(p: &ast::Pattern<&str>) -> String {
    let mut s = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => s.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    let _ = write!(s, "{{${}}}", id.name);
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    s.push_str(value);
                }
                ast::Expression::Inline(ast::InlineExpression::TermReference { id, .. }) => {
                    let _ = write!(s, "{{-{}}}", id.name);
                }
                _ => s.push_str("{…}"),
            },
        }
    }
    s
}

fn compare(
    lang: &Language,
    english: &Catalogue,
    other: &Catalogue,
    surfaces: &[String],
    problems: &mut Vec<String>,
) {
    let code = &lang.code;
    for (id, (surface, vars, _, _)) in english {
        let file = format!("src/i18n/locales/{code}/{}.ftl", surfaces[*surface]);
        match other.get(id) {
            None => problems.push(format!("{file}: `{id}` is missing")),
            Some((s, _, _, _)) if s != surface => problems.push(format!(
                "src/i18n/locales/{code}/{}.ftl: `{id}` belongs in {file}",
                surfaces[*s]
            )),
            Some((_, theirs, _, _)) => {
                let ours: BTreeSet<&String> = vars.iter().collect();
                let theirs: BTreeSet<&String> = theirs.iter().collect();
                for v in ours.difference(&theirs) {
                    problems.push(format!("{file}: `{id}` does not use `${v}`"));
                }
                for v in theirs.difference(&ours) {
                    problems.push(format!(
                        "{file}: `{id}` uses `${v}`, which its English does not have"
                    ));
                }
            }
        }
    }
    for (id, (surface, _, _, _)) in other {
        if !english.contains_key(id) {
            problems.push(format!(
                "src/i18n/locales/{code}/{}.ftl: `{id}` is not in English",
                surfaces[*surface]
            ));
        }
    }
}

/// The Rust source of `messages.rs`.
fn write(langs: &[Language], surfaces: &[String], entries: &[Entry], locales: &Path) -> String {
    let mut o =
        String::from("// Made by build.rs from src/i18n/languages.csv and src/i18n/locales.\n\n");
    o.push_str(
        "/// A language fosx speaks (`src/i18n/languages.csv`).\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]\n\
         pub enum Lang {\n",
    );
    for (i, l) in langs.iter().enumerate() {
        if i == 0 {
            o.push_str("    #[default]\n");
        }
        let _ = writeln!(o, "    /// {}.\n    {},", l.english, variant(&l.code));
    }
    o.push_str("}\n\nimpl Lang {\n    /// Every language, English first.\n    pub const ALL: &'static [Lang] = &[");
    for l in langs {
        let _ = write!(o, "Lang::{}, ", variant(&l.code));
    }
    o.push_str("];\n\n    /// The ISO 639-1 code: `en`, `fr`.\n    pub fn code(self) -> &'static str {\n        match self {\n");
    for l in langs {
        let _ = writeln!(o, "            Lang::{} => {:?},", variant(&l.code), l.code);
    }
    o.push_str("        }\n    }\n\n    /// The language's name in itself: `English`, `Français`.\n    pub fn native_name(self) -> &'static str {\n        match self {\n");
    for l in langs {
        let _ = writeln!(
            o,
            "            Lang::{} => {:?},",
            variant(&l.code),
            l.native
        );
    }
    o.push_str("        }\n    }\n\n    /// The language's name in English: `English`, `French`.\n    pub fn english_name(self) -> &'static str {\n        match self {\n");
    for l in langs {
        let _ = writeln!(
            o,
            "            Lang::{} => {:?},",
            variant(&l.code),
            l.english
        );
    }
    o.push_str(
        "        }\n    }\n\n    fn index(self) -> usize {\n        self as usize\n    }\n}\n\n",
    );

    let _ = writeln!(o, "const LANGS: usize = {};", langs.len());
    let _ = writeln!(o, "const SURFACES: usize = {};", surfaces.len());
    o.push_str("/// Each language's `.ftl` sources, by surface.\nstatic SOURCES: [[&str; SURFACES]; LANGS] = [\n");
    for l in langs {
        o.push_str("    [\n");
        for s in surfaces {
            let path = std::fs::canonicalize(locales.join(&l.code).join(format!("{s}.ftl")))
                .expect("the file was read");
            let _ = writeln!(o, "        include_str!({:?}),", path.display().to_string());
        }
        o.push_str("    ],\n");
    }
    o.push_str("];\n\n");
    o.push_str("/// Every message: its id, its surface, its variables and those of them\n/// that are counts.\npub(crate) static MESSAGES: &[(&str, usize, &[&str], &[&str])] = &[\n");
    for e in entries {
        let _ = writeln!(
            o,
            "    ({:?}, {}, &{:?}, &{:?}),",
            e.id, e.surface, e.vars, e.counts
        );
    }
    o.push_str("];\n\n");
    o.push_str(
        "/// One constructor per message of the catalogue, named after its id;\n\
         /// its parameters are the message's variables. Each is documented\n\
         /// with its English text, which is no Markdown (`<Submissions>`, a URL).\n\
         #[allow(rustdoc::invalid_html_tags, rustdoc::bare_urls)]\n\
         pub mod msg {\n    use super::{Arg, Msg};\n\n",
    );
    for (i, e) in entries.iter().enumerate() {
        let name = e.id.replace('-', "_");
        let params: Vec<String> = e
            .vars
            .iter()
            .map(|v| format!("{}: impl Into<Arg>", ident(v)))
            .collect();
        let args: Vec<String> = e
            .vars
            .iter()
            .map(|v| format!("{}.into()", ident(v)))
            .collect();
        let _ = writeln!(
            o,
            "    #[doc = {:?}]\n    pub fn {name}({}) -> Msg {{\n        Msg::of({i}, vec![{}])\n    }}\n",
            format!("`{}`: {}", e.id, e.english.replace('\n', " ")),
            params.join(", "),
            args.join(", ")
        );
    }
    o.push_str("}\n");
    o
}

fn variant(code: &str) -> String {
    let mut c = code.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// A variable's name as a Rust parameter (`type` is a keyword).
fn ident(v: &str) -> String {
    match v {
        "type" | "ref" | "in" | "match" | "mod" | "use" | "fn" | "let" | "loop" | "move" => {
            format!("r#{v}")
        }
        _ => v.to_owned(),
    }
}
