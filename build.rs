//! Three jobs, done before the crate is compiled:
//!
//! - The reference data of `schemas/reference/*.csv` becomes Rust tables
//!   (`$OUT_DIR/refdata.rs`, included by `src/model/refdata.rs`), each list
//!   also sorted, so that a run pays nothing to read or sort them.
//! - The message catalogue (`src/i18n/locales/*/*.ftl`) is checked in every
//!   language and becomes one constructor per message
//!   (`$OUT_DIR/messages.rs`, included by `src/i18n/mod.rs`; see
//!   `src/i18n/catalog.rs`).
//! - The catalogue of diagnostic codes (`docs/codes/*.md`, and
//!   `docs/codes/<code>/*.md` for each other language of
//!   `src/i18n/languages.csv`) is embedded for `fosx explain`
//!   (`$OUT_DIR/codes.rs`, included by `src/diag/explain.rs`); the build
//!   fails when a language lacks a file English has, or has one more.
//! - Finds out whether the officers' page can be tested in a real browser
//!   here: headless Chromium, its driver and Python's selenium. When they
//!   are missing, `tests/it/page.rs` is compiled as ignored (and says why);
//!   CI installs them (`.ci/run`). After installing them, `touch build.rs`.

#[path = "src/i18n/catalog.rs"]
mod catalog;

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

fn main() {
    reference_tables();
    catalog::generate();
    code_catalogues();
    println!("cargo::rustc-check-cfg=cfg(fosx_browser)");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=FOSX_CHROMIUM");
    println!("cargo::rerun-if-env-changed=FOSX_CHROMEDRIVER");
    let chromium = std::env::var("FOSX_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let driver =
        std::env::var("FOSX_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    let selenium = Command::new("python3")
        .args(["-c", "import selenium"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if Path::new(&chromium).exists() && Path::new(&driver).exists() && selenium {
        println!("cargo::rustc-cfg=fosx_browser");
    }
}

/// The records of a reference file, header skipped, as the `csv` crate
/// reads them.
fn records(path: &Path) -> Vec<Vec<String>> {
    println!("cargo::rerun-if-changed={}", path.display());
    let mut reader = csv::Reader::from_path(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    reader
        .records()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{} is not valid CSV: {e}", path.display()));
            r.iter().map(str::to_owned).collect()
        })
        .collect()
}

/// `&["a", "b"]`, the strings escaped as Rust literals.
fn strs<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    let inner: Vec<String> = values.into_iter().map(|v| format!("{v:?}")).collect();
    format!("&[{}]", inner.join(", "))
}

/// The codes of (code, name) records, sorted.
fn sorted_codes(records: &[Vec<String>]) -> String {
    let mut codes: Vec<&str> = records.iter().map(|r| r[0].as_str()).collect();
    codes.sort_unstable();
    strs(codes)
}

/// `$OUT_DIR/refdata.rs`: each reference file as a table in file order,
/// and the country codes sorted (for a binary search). Member codes are
/// the countries' then the unions'.
fn reference_tables() {
    let dir = Path::new("schemas/reference");
    let mut out = String::from("// Made by build.rs from schemas/reference/*.csv.\n");
    // (code, name) files; the codes in file order too, but for the
    // countries, whose codes are the first of MEMBER_CODES.
    let pairs = |name: &str, file: &str, out: &mut String| {
        let records = records(&dir.join(file));
        let pairs: Vec<String> = records
            .iter()
            .map(|r| format!("({:?}, {:?})", r[0], r[1]))
            .collect();
        writeln!(
            out,
            "const {name}: &[(&str, &str)] = &[{}];",
            pairs.join(", ")
        )
        .unwrap();
        if name != "COUNTRIES" {
            let codes = strs(records.iter().map(|r| r[0].as_str()));
            writeln!(out, "const {name}_CODES: &[&str] = {codes};").unwrap();
        }
        if name == "COUNTRIES" {
            writeln!(
                out,
                "const {name}_SORTED: &[&str] = {};",
                sorted_codes(&records)
            )
            .unwrap();
        }
        records
    };
    let mut countries = pairs("COUNTRIES", "countries.csv", &mut out);
    pairs("CURRENCIES", "currencies.csv", &mut out);
    pairs("LANGUAGES", "languages.csv", &mut out);
    pairs("REGIONS", "regions.csv", &mut out);

    let unions = records(&dir.join("unions.csv"));
    let rows: Vec<String> = unions
        .iter()
        .map(|r| format!("({:?}, {:?}, {:?})", r[0], r[1], r[2]))
        .collect();
    writeln!(
        out,
        "const UNIONS: &[(&str, &str, &str)] = &[{}];",
        rows.join(", ")
    )
    .unwrap();
    countries.extend(unions);
    let members = strs(countries.iter().map(|r| r[0].as_str()));
    writeln!(out, "const MEMBER_CODES: &[&str] = {members};").unwrap();

    // code-lists.csv: (list, code) records, a list's codes together.
    let mut lists: Vec<(String, Vec<String>)> = Vec::new();
    for r in records(&dir.join("code-lists.csv")) {
        match lists.iter_mut().find(|(name, _)| *name == r[0]) {
            Some((_, codes)) => codes.push(r[1].clone()),
            None => lists.push((r[0].clone(), vec![r[1].clone()])),
        }
    }
    let lists: Vec<String> = lists
        .iter()
        .map(|(name, codes)| format!("({name:?}, {})", strs(codes.iter().map(String::as_str))))
        .collect();
    writeln!(
        out,
        "const CODE_LISTS: &[(&str, &[&str])] = &[{}];",
        lists.join(", ")
    )
    .unwrap();

    // standards-<edition>.csv: each edition's catalogue, editions in order.
    let mut editions: Vec<String> = std::fs::read_dir(dir)
        .expect("schemas/reference is readable")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let edition = name.strip_prefix("standards-")?.strip_suffix(".csv")?;
            Some(edition.to_owned())
        })
        .collect();
    editions.sort();
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut tables = Vec::new();
    for edition in &editions {
        let standards: Vec<String> = records(&dir.join(format!("standards-{edition}.csv")))
            .iter()
            .map(|r| {
                let number: i64 = r[0].parse().expect("standard numbers are integers");
                format!("({number}, {:?}, {:?}, {:?})", r[1], r[2], r[3])
            })
            .collect();
        tables.push(format!("({edition:?}, &[{}])", standards.join(", ")));
    }
    writeln!(
        out,
        "const EDITIONS: &[(&str, &[StandardRow])] = &[{}];",
        tables.join(", ")
    )
    .unwrap();
    writeln!(
        out,
        "const EDITION_CODES: &[&str] = {};",
        strs(editions.iter().map(String::as_str))
    )
    .unwrap();

    let path = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("refdata.rs");
    std::fs::write(&path, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// `$OUT_DIR/codes.rs`: `CODE_FILES`, for each language of
/// `src/i18n/languages.csv` (by code), the Markdown files of its catalogue
/// of diagnostic codes by name (`("S04", include_str!(...))`).
fn code_catalogues() {
    let languages = Path::new("src/i18n/languages.csv");
    println!("cargo::rerun-if-changed={}", languages.display());
    let codes: Vec<String> = std::fs::read_to_string(languages)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", languages.display()))
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next().map(str::trim))
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    let mut out = String::from(
        "// Made by build.rs from docs/codes.\n\
         static CODE_FILES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    let mut english: Vec<String> = Vec::new();
    for (i, code) in codes.iter().enumerate() {
        let dir = match i {
            0 => Path::new("docs/codes").to_path_buf(),
            _ => Path::new("docs/codes").join(code),
        };
        println!("cargo::rerun-if-changed={}", dir.display());
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(|e| {
                let name = e.ok()?.file_name().into_string().ok()?;
                Some(name.strip_suffix(".md")?.to_owned())
            })
            .filter(|n| n != "README")
            .collect();
        names.sort();
        if i == 0 {
            english = names.clone();
        } else if names != english {
            let missing: Vec<&String> = english.iter().filter(|n| !names.contains(n)).collect();
            let extra: Vec<&String> = names.iter().filter(|n| !english.contains(n)).collect();
            panic!(
                "{}: the catalogue of codes differs from English's (missing {missing:?}, not in English {extra:?})",
                dir.display()
            );
        }
        writeln!(out, "    ({code:?}, &[").unwrap();
        for name in &names {
            let path = std::fs::canonicalize(dir.join(format!("{name}.md")))
                .unwrap_or_else(|e| panic!("cannot read {}/{name}.md: {e}", dir.display()));
            writeln!(
                out,
                "        ({name:?}, include_str!({:?})),",
                path.display().to_string()
            )
            .unwrap();
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let path = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("codes.rs");
    std::fs::write(&path, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
