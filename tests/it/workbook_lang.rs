//! Files in the language of the person who asked for them: `fix`,
//! `template` and `convert` write a workbook's sheet names, input messages,
//! code labels and read-me in the language of `--lang` (`fix`, without
//! `--lang`, in the language of the input workbook), the XML template's
//! comments too, and `fix` says what it did in that language; what they
//! write still reads back and validates.

use super::cli::{Run, fosx, run};
use super::json_fixtures::{AS_OF, root};
use super::messages::english_words_in;
use calamine::{Data, Reader, Xlsx};
use fosx::i18n::{Lang, msg};
use std::io::Read;
use std::path::Path;

/// A workbook as a test reads it back: calamine for the sheets and cells,
/// the first sheet's XML for its validations' input and error messages.
struct Book {
    sheets: Vec<String>,
    /// Every sheet's cells, row by row, as text.
    cells: Vec<Vec<Vec<String>>>,
    /// `xl/worksheets/sheet1.xml`.
    first_sheet_xml: String,
}

impl Book {
    fn read(bytes: &[u8]) -> Book {
        let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
            .expect("a workbook calamine reads");
        let sheets = book.sheet_names();
        let cells = sheets
            .iter()
            .map(|name| {
                let range = book.worksheet_range(name).unwrap();
                range
                    .rows()
                    .map(|r| r.iter().map(Data::to_string).collect())
                    .collect()
            })
            .collect();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut first_sheet_xml = String::new();
        zip.by_name("xl/worksheets/sheet1.xml")
            .unwrap()
            .read_to_string(&mut first_sheet_xml)
            .unwrap();
        Book {
            sheets,
            cells,
            first_sheet_xml,
        }
    }

    fn sheet(&self, name: &str) -> &Vec<Vec<String>> {
        let i = self.sheets.iter().position(|s| s == name).unwrap();
        &self.cells[i]
    }

    /// The values of an attribute of the validations (`prompt`, `error`),
    /// XML entities decoded.
    fn validation_texts(&self, attribute: &str) -> Vec<String> {
        let key = format!(" {attribute}=\"");
        self.first_sheet_xml
            .split(key.as_str())
            .skip(1)
            .map(|rest| {
                rest[..rest.find('"').unwrap()]
                    .replace("&quot;", "\"")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&apos;", "'")
                    .replace("&amp;", "&")
            })
            .collect()
    }
}

/// What a language's workbook says, as written here (and as the catalogue
/// renders it: both are checked).
struct Expected {
    lang: Lang,
    sheets: [&'static str; 4],
    codes_header: [&'static str; 3],
    in_progress: &'static str,
    read_me_title: &'static str,
    date_prompt: &'static str,
    status_error: &'static str,
}

const FRENCH: Expected = Expected {
    lang: Lang::Fr,
    sheets: ["Soumission", "Codes", "Lisez-moi", "Listes"],
    codes_header: ["liste", "code", "libellé"],
    in_progress: "En cours",
    read_me_title: "Soumission fosx : « progress-report » (spécification 1.0 du Cadre de normes \
                    sur le commerce électronique transfrontalier de l'OMD)",
    date_prompt: "Obligatoire. Une date écrite AAAA-MM-JJ, p. ex. 2026-03-31.",
    status_error: "Choisissez un code de la liste status (feuille Codes).",
};

const SPANISH: Expected = Expected {
    lang: Lang::Es,
    sheets: ["Envío", "Códigos", "Léame", "Listas"],
    codes_header: ["lista", "código", "descripción"],
    in_progress: "En curso",
    read_me_title: "Envío fosx: «progress-report» (especificación 1.0 del Marco de Normas sobre \
                    el Comercio Electrónico Transfronterizo de la OMA)",
    date_prompt: "Obligatorio. Una fecha escrita AAAA-MM-DD, p. ej. 2026-03-31.",
    status_error: "Elija un código de la lista status (hoja Códigos).",
};

/// Checks that a progress report's workbook speaks `e.lang`, exactly.
fn assert_speaks(bytes: &[u8], e: &Expected) {
    let book = Book::read(bytes);
    let lang = e.lang;
    assert_eq!(book.sheets, e.sheets, "{lang}");
    let from_catalogue = [
        msg::workbook_sheet_submission(),
        msg::workbook_sheet_codes(),
        msg::workbook_sheet_read_me(),
        msg::workbook_sheet_lists(),
    ]
    .map(|m| m.render(lang));
    assert_eq!(book.sheets, from_catalogue, "{lang}");
    // The Codes sheet: its header and the label of a status.
    let codes = book.sheet(e.sheets[1]);
    assert_eq!(codes[0], e.codes_header, "{lang}");
    let row = codes
        .iter()
        .find(|r| r[0] == "status" && r[1] == "in-progress")
        .unwrap();
    assert_eq!(row[2], e.in_progress, "{lang}");
    // The read-me, line by line as the catalogue has it, with no English.
    let read_me: Vec<&String> = book.sheet(e.sheets[2]).iter().map(|r| &r[0]).collect();
    assert_eq!(read_me[0], e.read_me_title, "{lang}");
    assert_eq!(read_me.len(), 9);
    assert_eq!(
        read_me[1],
        &msg::workbook_read_me_fill(msg::workbook_sheet_submission()).render(lang)
    );
    for line in &read_me {
        assert_eq!(english_words_in(line, lang), [] as [String; 0], "{line}");
    }
    // The input messages of the columns and the lists' error messages.
    let prompts = book.validation_texts("prompt");
    assert_eq!(prompts.len(), book.sheet(e.sheets[0])[0].len(), "{lang}");
    assert!(prompts.iter().any(|p| p == e.date_prompt), "{prompts:?}");
    let errors = book.validation_texts("error");
    assert!(errors.iter().any(|p| p == e.status_error), "{errors:?}");
    for text in prompts.iter().chain(&errors) {
        assert_eq!(english_words_in(text, lang), [] as [String; 0], "{text}");
    }
    let titles = book.validation_texts("errorTitle");
    assert!(
        titles
            .iter()
            .all(|t| *t == msg::workbook_not_a_code_title().render(lang))
    );
}

fn fix_to(dir: &Path, name: &str, args: &[&str]) -> (Run, Vec<u8>) {
    let out = dir.join(name);
    let r = run(fosx().args(args).arg("-o").arg(&out));
    let bytes = std::fs::read(&out).unwrap_or_default();
    (r, bytes)
}

/// The canonical JSON of a workbook, and its exit code when validated.
fn json_of(bytes: &[u8]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.xlsx");
    std::fs::write(&path, bytes).unwrap();
    let valid = run(fosx().args(["validate", "--as-of", AS_OF]).arg(&path)).code;
    let json = run(fosx()
        .args(["convert", "--as-of", AS_OF, "--to", "json"])
        .arg(&path));
    (valid, json.stdout)
}

#[test]
fn fix_writes_a_workbook_in_the_language_of_lang() {
    let dir = tempfile::tempdir().unwrap();
    let input = "fixtures/spreadsheet/typed/progress-report.xlsx";
    let (r, english) = fix_to(dir.path(), "en.xlsx", &["fix", "--as-of", AS_OF, input]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (valid, english_json) = json_of(&english);
    assert_eq!(valid, 0);
    assert_eq!(
        english_json,
        std::fs::read_to_string(root().join("fixtures/valid/progress-report.json")).unwrap()
    );
    for e in [&FRENCH, &SPANISH] {
        let lang = e.lang.code();
        let args = ["--lang", lang, "fix", "--as-of", AS_OF, input];
        let (r, bytes) = fix_to(dir.path(), &format!("{lang}.xlsx"), &args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_speaks(&bytes, e);
        // The same documents, still valid.
        assert_eq!(json_of(&bytes), (0, english_json.clone()), "{lang}");
    }
}

#[test]
fn fix_without_lang_keeps_the_language_of_the_input_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let french = dir.path().join("fr.xlsx");
    let r = run(fosx()
        .args(["--lang", "fr", "template", "progress-report", "--example"])
        .args(["--to", "xlsx", "-o"])
        .arg(&french));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let french = french.to_str().unwrap();
    // No --lang, no language in the environment: the input's, French.
    let (r, bytes) = fix_to(dir.path(), "a.xlsx", &["fix", "--as-of", AS_OF, french]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_speaks(&bytes, &FRENCH);
    // The input's language wins over the environment's...
    let out = dir.path().join("b.xlsx");
    let r = run(fosx()
        .env("LANG", "es_ES.UTF-8")
        .args(["fix", "--as-of", AS_OF, french, "-o"])
        .arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_speaks(&std::fs::read(&out).unwrap(), &FRENCH);
    // ... and --lang over the input's.
    let (_, bytes) = fix_to(
        dir.path(),
        "c.xlsx",
        &["--lang", "es", "fix", "--as-of", AS_OF, french],
    );
    assert_speaks(&bytes, &SPANISH);
    let (_, bytes) = fix_to(
        dir.path(),
        "d.xlsx",
        &["--lang", "en", "fix", "--as-of", AS_OF, french],
    );
    assert_eq!(Book::read(&bytes).sheets[0], "Submission");
    // A sheet another program named says no language: the environment's.
    let out = dir.path().join("e.xlsx");
    let r = run(fosx()
        .env("LANG", "es_ES.UTF-8")
        .args(["fix", "--as-of", AS_OF])
        .arg("fixtures/spreadsheet/typed/progress-report.xlsx")
        .arg("-o")
        .arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_speaks(&std::fs::read(&out).unwrap(), &SPANISH);
}

#[test]
fn the_name_of_the_first_sheet_tells_the_language() {
    use fosx::write::{sheet_lang, submission_sheet_names};
    assert_eq!(sheet_lang("Submission"), Some(Lang::En));
    assert_eq!(sheet_lang("Soumission"), Some(Lang::Fr));
    assert_eq!(sheet_lang("Envío"), Some(Lang::Es));
    // As a spreadsheet compares sheet names: case aside.
    assert_eq!(sheet_lang("SOUMISSION"), Some(Lang::Fr));
    assert_eq!(sheet_lang("progress-report"), None);
    assert_eq!(sheet_lang("Feuille1"), None);
    let names = submission_sheet_names();
    assert_eq!(names, ["Submission", "Soumission", "Envío"]);
    for (name, &lang) in names.iter().zip(Lang::ALL) {
        assert_eq!(
            sheet_lang(name),
            Some(lang),
            "each language's name is its own"
        );
    }
}

/// The codes and paths of a file's diagnostics, in order.
fn gaps(bytes: &[u8], name: &str) -> Vec<(String, Option<String>)> {
    let options = fosx::CheckOptions::new(fosx::Date::parse(AS_OF).unwrap());
    fosx::check_bytes(name, bytes, &options)
        .diagnostics
        .iter()
        .map(|d| (d.code.full().to_string(), d.path.clone()))
        .collect()
}

fn template(lang: &str, args: &[&str]) -> Vec<u8> {
    let out = fosx()
        .args(["--lang", lang, "template", "progress-report"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    out.stdout
}

#[test]
fn a_spanish_template_workbook_reads_back() {
    let english = template("en", &["--to", "xlsx"]);
    let spanish = template("es", &["--to", "xlsx"]);
    assert_eq!(Book::read(&spanish).sheets, SPANISH.sheets);
    // Read back, it has the gaps of the English one, no more, no fewer.
    let expected = gaps(&english, "en.xlsx");
    assert!(!expected.is_empty());
    assert_eq!(gaps(&spanish, "es.xlsx"), expected);
    // The example, filled in: valid, the specification's JSON byte for byte.
    let example = template("es", &["--to", "xlsx", "--example"]);
    assert_speaks(&example, &SPANISH);
    let json = std::fs::read_to_string(root().join("fixtures/valid/progress-report.json")).unwrap();
    assert_eq!(json_of(&example), (0, json));
}

#[test]
fn convert_writes_a_workbook_in_the_language_of_lang() {
    let out = fosx()
        .args(["--lang", "fr", "convert", "--as-of", AS_OF, "--to", "xlsx"])
        .arg("fixtures/valid/progress-report.json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_speaks(&out.stdout, &FRENCH);
}

#[test]
fn the_xml_template_comments_in_the_language_of_lang() {
    let english = String::from_utf8(template("en", &["--to", "xml"])).unwrap();
    assert!(english.contains(
        "<!-- A progress-report (fosx schema version 1.0), ready to fill.\n     \
         Write each value between its tags."
    ));
    assert!(english.contains(
        "<!-- required; one of: not-started, planned, in-progress, implemented, not-applicable -->"
    ));
    for (lang, first, status) in [
        (
            "fr",
            "<!-- Un modèle « progress-report » (version 1.0 du schéma fosx), prêt à remplir.\n     \
             Écrivez chaque valeur entre ses balises.",
            "<!-- obligatoire ; l'un de : `not-started, planned, in-progress, implemented, not-applicable` -->",
        ),
        (
            "es",
            "<!-- Una plantilla «progress-report» (versión 1.0 del esquema fosx), lista para rellenar.\n     \
             Escriba cada valor entre sus etiquetas.",
            "<!-- obligatorio; uno de: `not-started, planned, in-progress, implemented, not-applicable` -->",
        ),
    ] {
        let xml = String::from_utf8(template(lang, &["--to", "xml"])).unwrap();
        assert!(xml.contains(first), "{xml}");
        assert!(xml.contains(status), "{xml}");
        let l = Lang::parse(lang).unwrap();
        for comment in xml.split("<!--").skip(1) {
            let text = &comment[..comment.find("-->").unwrap()];
            assert_eq!(english_words_in(text, l), [] as [String; 0], "{text}");
        }
        // The same elements: read back, the same gaps as the English one.
        assert_eq!(
            gaps(xml.as_bytes(), "t.xml"),
            gaps(english.as_bytes(), "t.xml")
        );
    }
}

#[test]
fn fix_says_what_it_did_in_the_language_of_lang() {
    let dir = tempfile::tempdir().unwrap();
    // Two documents: each change line names its row, which is in one.
    let text = std::fs::read_to_string(root().join("fixtures/sheet/day-first.csv")).unwrap();
    let two = text.replacen(
        "1,timetable,EU-TT-2026,2018,20/05/2026,en,EU,European Union,customs-union,,,E-commerce desk,,ecommerce-desk@union.example.org,,,14,",
        "1,timetable,EU-TT-2027,2018,20/05/2026,en,EU,European Union,customs-union,,,E-commerce desk,,ecommerce-desk@union.example.org,,,14,",
        1,
    );
    assert_ne!(two, text);
    std::fs::write(dir.path().join("two.csv"), two).unwrap();
    let fix = |lang: &str, file: &str| {
        run(fosx()
            .current_dir(dir.path())
            .args([
                "--lang",
                lang,
                "fix",
                "--as-of",
                AS_OF,
                "--date-order",
                "dmy",
            ])
            .arg(file))
    };
    let r = fix("en", "two.csv");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "two.csv: row 3, column E (submissionDate): \"20/05/2026\" → \"2026-05-20\"\n"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .ends_with("two.csv: 11 value(s) changed; the result: 0 error(s), 0 warning(s)\n"),
        "{}",
        r.stderr
    );
    let r = fix("es", "two.csv");
    assert!(r.stderr.contains(
        "two.csv: fila 3, columna E (submissionDate): \"20/05/2026\" → \"2026-05-20\"\n"
    ));
    assert!(
        r.stderr
            .ends_with("two.csv: 11 valores cambiados; resultado: 0 errores, 0 advertencias\n"),
        "{}",
        r.stderr
    );
    let r = fix("fr", "two.csv");
    assert!(
        r.stderr.ends_with(
            "two.csv : 11 valeurs modifiées ; le résultat : 0 erreur, 0 avertissement\n"
        ),
        "{}",
        r.stderr
    );
    // Not repaired: the line says why, in the language asked for.
    let unknown = root().join("fixtures/csv/S02-unknown-column.csv");
    std::fs::copy(unknown, dir.path().join("unknown.csv")).unwrap();
    let r = fix("es", "unknown.csv");
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("unknown.csv: no reparado: la forma canónica no tiene lugar para "),
        "{}",
        r.stderr
    );
    std::fs::write(dir.path().join("empty.json"), "").unwrap();
    let r = fix("es", "empty.json");
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .ends_with("empty.json: no reparado: no se puede leer\n"),
        "{}",
        r.stderr
    );
}
