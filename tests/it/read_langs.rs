//! The readers' diagnostics (JSON, XML, CSV, XLSX, the decoding of bytes,
//! the limits) in French and Spanish: messages of the catalogue, worded
//! exactly, with no English left.

use super::json_fixtures::{options, root};
use super::messages::english_words_in;
use fosx::i18n::{Lang, Msg};
use fosx::{Checked, Code, check_bytes};
use std::path::PathBuf;

/// The message ids of the readers' catalogue files (diag-read.ftl,
/// diag-xml.ftl, diag-xlsx.ftl).
const PREFIXES: &[&str] = &[
    "read-", "limit-", "decode-", "json-", "csv-", "xml-", "xlsx-", "place-",
];

fn ours(m: &Msg) -> bool {
    PREFIXES.iter().any(|p| m.id().starts_with(p))
}

/// Every message, help and related label of `checked`.
fn texts(checked: &Checked) -> Vec<&Msg> {
    let mut out = Vec::new();
    for d in &checked.diagnostics {
        out.push(&d.message);
        out.extend(&d.help);
        out.extend(d.related.iter().map(|r| &r.message));
    }
    out
}

fn check(path: &str) -> Checked {
    let bytes = std::fs::read(root().join(path)).unwrap();
    check_bytes(path, &bytes, &options())
}

/// A word-processing document: a ZIP archive that is no workbook (an ODF
/// text document, its `mimetype` not a spreadsheet's).
fn odt() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    std::io::Write::write_all(&mut zip, b"application/vnd.oasis.opendocument.text").unwrap();
    zip.start_file("content.xml", stored).unwrap();
    std::io::Write::write_all(&mut zip, b"<office:document-content/>").unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_zip_that_is_no_workbook_is_said_in_french_and_spanish() {
    let checked = check_bytes("lo-texte.odt", &odt(), &options());
    assert_eq!(checked.diagnostics.len(), 1);
    let d = &checked.diagnostics[0];
    assert_eq!(d.code, Code::P07);
    assert_eq!(d.message.id(), "decode-zip-not-xlsx");
    let help = d.help.as_ref().unwrap();
    assert_eq!(
        d.message.render(Lang::Fr),
        "le fichier est une archive ZIP qui n'est ni un classeur XLSX ni un classeur \
         OpenDocument (un .docx ou un fichier .zip, par exemple), et non une soumission JSON, \
         XML ou CSV"
    );
    assert_eq!(
        help.render(Lang::Fr),
        "enregistrez la feuille depuis le tableur au format .xlsx ou « CSV UTF-8 », \
         ou décompressez l'archive et vérifiez les fichiers qu'elle contient"
    );
    assert_eq!(
        d.message.render(Lang::Es),
        "se trata de un archivo comprimido ZIP que no es ni un libro XLSX ni un libro \
         OpenDocument (un .docx o un archivo .zip, por ejemplo), y no de un envío JSON, XML o CSV"
    );
    assert_eq!(
        help.render(Lang::Es),
        "guarde la hoja desde el programa de hojas de cálculo en formato .xlsx o «CSV UTF-8», \
         o descomprima el archivo y compruebe los archivos que contiene"
    );
}

#[test]
fn a_percentage_cell_is_said_in_french_and_spanish() {
    let checked = check("fixtures/spreadsheet/xlsx/progress-report.percent.xlsx");
    let d = checked
        .diagnostics
        .iter()
        .find(|d| d.message.id() == "xlsx-percentage")
        .expect("a percentage cell");
    assert_eq!(
        d.message.render(Lang::Fr),
        "la cellule 'progress-report'!Y2 affiche un pourcentage : c'est 72.5, le nombre \
         affiché, qui est lu, et non la fraction que contient la cellule"
    );
    assert_eq!(
        d.message.render(Lang::Es),
        "la celda 'progress-report'!Y2 muestra un porcentaje: se lee 72.5, el número \
         mostrado, y no la fracción que contiene la celda"
    );
    let help = d.help.as_ref().unwrap();
    assert_eq!(
        help.render(Lang::Fr),
        "mettez la colonne au format Texte et saisissez le nombre sans %"
    );
    assert_eq!(
        help.render(Lang::Es),
        "dé a la columna el formato Texto y escriba el número sin %"
    );
}

#[test]
fn a_mismatched_end_tag_is_said_in_french_and_spanish() {
    let checked = check("fixtures/xml/p02-mismatched-tag.xml");
    let d = &checked.diagnostics[0];
    assert_eq!(d.code, Code::P02);
    assert_eq!(
        d.message.render(Lang::Fr),
        "`</Membername>` ferme `<MemberName>` : la balise de fin ne correspond pas à \
         l'élément ouvert"
    );
    assert_eq!(
        d.message.render(Lang::Es),
        "`</Membername>` cierra `<MemberName>`: la etiqueta de cierre no corresponde al \
         elemento abierto"
    );
    assert_eq!(d.related[0].message.render(Lang::Fr), "l'élément ouvert");
    assert_eq!(d.related[0].message.render(Lang::Es), "el elemento abierto");
}

/// The fixture files the readers meet: every JSON, XML, CSV and XLSX one.
fn fixture_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![root().join("fixtures")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ["json", "xml", "csv", "xlsx"].contains(&e))
            {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_reader_message_of_the_fixtures_is_french_and_spanish() {
    let mut inputs: Vec<(String, Vec<u8>)> = fixture_files()
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    inputs.push(("lo-texte.odt".into(), odt()));
    let mut seen = std::collections::BTreeSet::new();
    let mut problems = Vec::new();
    for (name, bytes) in &inputs {
        let checked = check_bytes(name, bytes, &options());
        for d in &checked.diagnostics {
            // The readers' own codes are said by the readers' surfaces.
            if matches!(
                d.code,
                Code::P01 | Code::P02 | Code::P03 | Code::P04 | Code::P05 | Code::P07
            ) && !ours(&d.message)
            {
                problems.push(format!(
                    "{name}: {} is not a message of the readers",
                    d.message.id()
                ));
            }
        }
        // A word of the input (a sheet named `progress-report`, a value) is
        // user data shown as it is, not English left in a translation.
        let data = format!("{name} {}", String::from_utf8_lossy(bytes)).to_lowercase();
        let data: std::collections::HashSet<&str> = data
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        for m in texts(&checked).into_iter().filter(|m| ours(m)) {
            seen.insert(m.id());
            let english = m.english();
            for lang in [Lang::Fr, Lang::Es] {
                let text = m.render(lang);
                let mut words = english_words_in(&text, lang);
                words.retain(|w| !data.contains(w.as_str()));
                if text == english || !words.is_empty() {
                    problems.push(format!("{name}: {lang} {words:?}: {text}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The fixtures reach the readers' messages of every format.
    for id in [
        "decode-zip-not-xlsx",
        "xml-end-tag-mismatch",
        "xml-entity-refused",
        "xlsx-percentage",
        "csv-ragged",
    ] {
        assert!(seen.contains(id), "no fixture says {id}: {seen:?}");
    }
    assert!(seen.len() > 40, "{} reader messages met", seen.len());
}
