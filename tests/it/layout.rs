//! The layout rules of ARCHITECTURE.md, checked on the source: the
//! top-level modules of `src/` are layers in the order ARCHITECTURE.md
//! lists them, and each uses only the layers below it (so there is no
//! cycle); no function is longer than 120 lines; no source file is longer
//! than 800 lines.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const MAX_FUNCTION_LINES: usize = 120;
const MAX_FILE_LINES: usize = 800;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The layers, bottom to top, as ARCHITECTURE.md lists them (the lines
/// of its layer table: "| n | `module` | ..."): every module `src/lib.rs`
/// declares, then `cli` (the binary's wiring, above everything).
fn layers() -> Vec<String> {
    let doc = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    doc.lines()
        .filter_map(|l| {
            let mut cells = l.split('|').map(str::trim).skip(1);
            let n = cells.next()?;
            let module = cells.next()?.strip_prefix('`')?.strip_suffix('`')?;
            n.parse::<usize>().ok().map(|_| module.to_string())
        })
        .collect()
}

#[test]
fn every_module_has_its_layer() {
    let lib = std::fs::read_to_string(root().join("src/lib.rs")).unwrap();
    let mut declared: Vec<String> = lib
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            l.strip_prefix("pub mod ")
                .or_else(|| l.strip_prefix("mod "))
        })
        .map(|m| m.trim_end_matches(';').to_string())
        .collect();
    declared.push("cli".into());
    declared.sort();
    let mut listed = layers();
    listed.sort();
    assert_eq!(
        listed, declared,
        "ARCHITECTURE.md's layers and src/lib.rs's modules"
    );
}

/// The text without comments, strings kept (a path in a string is not a
/// dependency, but none of the module names appear after `crate::` in one).
fn code_of(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn ident_at(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The names right after `crate::`: one name, or the first name of each
/// item of a `crate::{...}` group.
fn crate_uses(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let mut expect = true;
            let mut chars = group.char_indices();
            while let Some((k, c)) = chars.next() {
                match c {
                    '{' => {
                        depth += 1;
                        expect = false;
                    }
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => expect = true,
                    c if expect && (c.is_alphanumeric() || c == '_') => {
                        let name = ident_at(&group[k..]);
                        out.insert(name.to_string());
                        for _ in 1..name.chars().count() {
                            chars.next();
                        }
                        expect = false;
                    }
                    _ => {}
                }
            }
        } else {
            out.insert(ident_at(rest).to_string());
        }
    }
    out
}

#[test]
fn each_module_uses_only_the_layers_below_it() {
    let order = layers();
    let rank = |m: &str| order.iter().position(|o| o == m);
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut wrong = Vec::new();
    for path in &files {
        let rel = path.strip_prefix(root().join("src")).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let top = top.trim_end_matches(".rs");
        if top == "lib" || top == "main" {
            continue;
        }
        let Some(own) = rank(top) else {
            wrong.push(format!(
                "{}: `{top}` is not declared in src/lib.rs",
                rel.display()
            ));
            continue;
        };
        let code = code_of(&std::fs::read_to_string(path).unwrap());
        for used in crate_uses(&code) {
            if used == top || used == "VERSION" || used == "self" {
                continue;
            }
            match rank(&used) {
                Some(r) if r < own => {}
                Some(_) => wrong.push(format!(
                    "{}: `{top}` uses `{used}`, a layer above it",
                    rel.display()
                )),
                // The crate root re-exports items for users of the library;
                // inside it, modules name the module that defines them.
                None => wrong.push(format!(
                    "{}: `crate::{used}`: name the module that defines it",
                    rel.display()
                )),
            }
        }
    }
    assert!(wrong.is_empty(), "layering broken:\n{}", wrong.join("\n"));
}

/// (name, first line, length in lines) of each `fn` with a body, found by
/// its indentation: the body ends at the first `}` line indented as the
/// `fn` line (rustfmt's layout).
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let Some(at) = trimmed.find("fn ") else {
            continue;
        };
        let before = &trimmed[..at];
        let is_fn = before.split_whitespace().all(|w| {
            matches!(w, "pub" | "const" | "async" | "unsafe" | "extern" | "\"C\"")
                || w.starts_with("pub(")
        });
        if !is_fn || trimmed.starts_with("//") {
            continue;
        }
        let name = ident_at(&trimmed[at + 3..]).to_string();
        // The signature ends with `{` (a body), `;` (a declaration) or
        // `}` (a body on the same line).
        let Some(open) = (i..lines.len()).find(|&k| {
            let t = lines[k].trim_end();
            t.ends_with('{') || t.ends_with(';') || t.ends_with('}')
        }) else {
            continue;
        };
        if !lines[open].trim_end().ends_with('{') {
            continue;
        }
        let close = format!("{}}}", " ".repeat(indent));
        if let Some(end) = (open + 1..lines.len()).find(|&k| lines[k].trim_end() == close) {
            out.push((name, i + 1, end - i + 1));
        }
    }
    out
}

#[test]
fn functions_and_files_are_short_enough_to_read_at_once() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut long = Vec::new();
    for path in &files {
        let rel = path
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(path).unwrap();
        let lines = text.lines().count();
        if lines > MAX_FILE_LINES {
            long.push(format!("{rel}: {lines} lines (at most {MAX_FILE_LINES})"));
        }
        for (name, line, length) in functions(&text) {
            if length > MAX_FUNCTION_LINES {
                long.push(format!(
                    "{rel}:{line}: fn {name} has {length} lines (at most {MAX_FUNCTION_LINES})"
                ));
            }
        }
    }
    assert!(long.is_empty(), "too long:\n{}", long.join("\n"));
}

#[test]
fn the_checks_find_what_they_look_for() {
    // A check that finds nothing would pass on anything.
    let uses = crate_uses(
        "use crate::{diag::{Code, Diagnostic}, tree::Span};\nlet x = crate::value::Date::parse(s);",
    );
    assert_eq!(
        uses.into_iter().collect::<Vec<_>>(),
        ["diag", "tree", "value"]
    );
    let body = (0..130).map(|_| "    x += 1;\n").collect::<String>();
    let text = format!("pub(crate) fn long(x: &mut u8) {{\n{body}}}\n\nfn short() {{}}\n");
    assert_eq!(functions(&text), [("long".to_string(), 1, 132)]);
    assert_eq!(layers().first().map(String::as_str), Some("fsio"));
    assert_eq!(layers().last().map(String::as_str), Some("cli"));
}
