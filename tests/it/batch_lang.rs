//! `fosx batch` in French and Spanish: the table it prints, the reasons and
//! messages of `summary.json`, its errors and the workbooks it accepts are
//! in the language of `--lang`, with no English word left.

use super::batch::{AS_OF, fosx, make_inbox, summary};
use super::cli::run;
use super::messages::english_words_in;
use fosx::i18n::{Lang, msg};
use std::io::Read;
use std::path::Path;

/// An inbox of four inputs (one invalid) and three files that are not
/// inputs: a README, a link to a device and a FIFO.
fn make_mixed_inbox(inbox: &Path) {
    make_inbox(inbox, 4);
    std::fs::write(inbox.join("README.md"), "# notes\n").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/dev/zero", inbox.join("zero.json")).unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(inbox.join("fifo.json"))
            .status()
            .unwrap();
        assert!(made.success());
    }
}

struct Said {
    lang: Lang,
    table: [&'static str; 5],
    reasons: [(&'static str, &'static str); 3],
}

const FRENCH: Said = Said {
    lang: Lang::Fr,
    table: [
        "fichiers            4",
        "acceptés            3   (3 documents)",
        "rejetés             1",
        "illisibles          0",
        "écartés             3   (pas des soumissions ; les raisons sont dans le résumé)",
    ],
    reasons: [
        (
            "README.md",
            "pas un fichier de soumission (*.json, *.xml, *.csv)",
        ),
        ("fifo.json", "un tube nommé (FIFO)"),
        (
            "zero.json",
            "un lien symbolique (suivi seulement avec --follow-symlinks)",
        ),
    ],
};

const SPANISH: Said = Said {
    lang: Lang::Es,
    table: [
        "archivos            4",
        "aceptados           3   (3 documentos)",
        "rechazados          1",
        "ilegibles           0",
        "descartados         3   (no son envíos; los motivos figuran en el resumen)",
    ],
    reasons: [
        (
            "README.md",
            "no es un archivo de envío (*.json, *.xml, *.csv)",
        ),
        ("fifo.json", "una tubería con nombre (FIFO)"),
        (
            "zero.json",
            "un enlace simbólico (solo se sigue con --follow-symlinks)",
        ),
    ],
};

#[cfg(unix)]
#[test]
fn batch_speaks_the_language_of_lang() {
    for said in [&FRENCH, &SPANISH] {
        let lang = said.lang;
        let dir = tempfile::tempdir().unwrap();
        let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
        make_mixed_inbox(&inbox);
        let r = run(fosx()
            .args(["--lang", lang.code(), "batch", "--as-of", AS_OF])
            .arg(&inbox)
            .arg("--out")
            .arg(&out));
        assert_eq!(r.code, 1, "{}", r.stderr);
        let lines: Vec<&str> = r.stderr.lines().collect();
        assert_eq!(lines[..5], said.table, "{}", r.stderr);
        // The time taken, then where the summary is.
        let processed = msg::batch_processed().render(lang);
        assert!(lines[5].starts_with(&format!("{processed:<12}        4   (0 ")));
        let path = out.canonicalize().unwrap().join("summary.json");
        let summary_line = msg::batch_summary(path.display().to_string()).render(lang);
        assert_eq!(lines[6], summary_line);
        assert_eq!(lines.len(), 7, "{}", r.stderr);
        let words = english_words_in(&r.stderr.replace(&*path.to_string_lossy(), ""), lang);
        assert_eq!(words, [] as [String; 0], "{}", r.stderr);
        // summary.json: the reasons of the skipped files.
        let s = summary(&out);
        assert_eq!(s["lang"], lang.code());
        let reasons: Vec<(&str, &str)> = s["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| (k["path"].as_str().unwrap(), k["reason"].as_str().unwrap()))
            .collect();
        assert_eq!(reasons, said.reasons);
        for (_, reason) in reasons {
            assert_eq!(english_words_in(reason, lang), [] as [String; 0]);
        }
    }
}

#[test]
fn a_batch_that_cannot_start_says_why_in_the_language_of_lang() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    make_inbox(&inbox, 1);
    let out = inbox.join("out");
    for (lang, expected) in [
        (Lang::Fr, "empiète sur le dossier d'entrée"),
        (Lang::Es, "se solapa con la carpeta de entrada"),
    ] {
        let r = run(fosx()
            .args(["--lang", lang.code(), "batch"])
            .arg(&inbox)
            .arg("--out")
            .arg(&out));
        assert_eq!(r.code, 2);
        let inbox = inbox.canonicalize().unwrap();
        let why = msg::batch_overlap(
            inbox.join("out").display().to_string(),
            inbox.display().to_string(),
        )
        .render(lang);
        assert!(why.contains(expected), "{why}");
        assert!(r.stderr.ends_with(&format!("{why}\n")), "{}", r.stderr);
        let without_paths = why.replace(&*inbox.to_string_lossy(), "");
        assert_eq!(english_words_in(&without_paths, lang), [] as [String; 0]);
    }
}

#[test]
fn accepted_workbooks_are_in_the_language_of_lang() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    make_inbox(&inbox, 1);
    let r = run(fosx()
        .args(["--lang", "es", "batch", "--as-of", AS_OF, "--to", "xlsx"])
        .arg(&inbox)
        .arg("--out")
        .arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let bytes = std::fs::read(out.join("accepted/KE/KE-PR-00000.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut workbook = String::new();
    zip.by_name("xl/workbook.xml")
        .unwrap()
        .read_to_string(&mut workbook)
        .unwrap();
    assert!(
        workbook.contains(r#"<sheet name="Envío" sheetId="1""#),
        "{workbook}"
    );
}
