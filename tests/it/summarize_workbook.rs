//! `meeting.xlsx`, read back by calamine in every language, holds the
//! values of the CSV files; its Status sheet has the dashboard's letters
//! and conditional formats; and what LibreOffice made of the files
//! (`tests/libreoffice/summary/`, made by its `make.sh`) is what fosx
//! writes now: accents read right, every sheet opened.

use super::summarize_figures::summarize;
use super::summarize_inbox::{day_number, read_csv};
use calamine::{Data, Reader, Xlsx};
use fosx::Lang;
use fosx::i18n::msg;
use std::io::Read;
use std::path::Path;

/// A cell as the CSV files write it: dates `YYYY-MM-DD`, booleans
/// `true`/`false`; numbers as they are (compared as numbers below).
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Bool(b) => b.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => f.to_string(),
        // A date serial (days since 1899-12-30), compared in `same`.
        Data::DateTime(d) => format!("serial {}", d.as_f64()),
        other => panic!("unexpected cell {other:?}"),
    }
}

/// The date serial of a `YYYY-MM-DD` date (2000-01-01 is 36526).
fn serial(date: &str) -> String {
    format!(
        "serial {}",
        day_number(date) - day_number("2000-01-01") + 36526
    )
}

fn same(got: &str, want: &str) -> bool {
    got == want
        || matches!((got.parse::<f64>(), want.parse::<f64>()), (Ok(a), Ok(b)) if (a - b).abs() < 1e-9)
        || (got.starts_with("serial ") && want.len() == 10 && got == serial(want))
}

fn sheet(book: &mut Xlsx<std::io::Cursor<Vec<u8>>>, name: &str) -> Vec<Vec<String>> {
    let range = book.worksheet_range(name).unwrap();
    range.rows().map(|r| r.iter().map(text).collect()).collect()
}

/// The sheet `name` holds the rows of the CSV file `file`, cell for cell.
fn assert_sheet_is_csv(book: &mut Xlsx<std::io::Cursor<Vec<u8>>>, name: &str, csv: &Path) {
    let (header, rows) = read_csv(csv);
    let got = sheet(book, name);
    assert_eq!(got.len(), rows.len() + 1, "{name}: a header and every row");
    assert_eq!(got[0].len(), header.len(), "{name}: every column");
    for (g, w) in got[1..].iter().zip(&rows) {
        for (i, (gc, wc)) in g.iter().zip(w).enumerate() {
            assert!(same(gc, wc), "{name}, {}: {gc:?} for {wc:?}", header[i]);
        }
    }
}

fn cf_rules(bytes: &[u8]) -> usize {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml.matches("<cfRule ").count()
}

#[test]
fn meeting_xlsx_holds_the_csv_values_in_every_language() {
    for &lang in Lang::ALL {
        let dir = summarize(lang.code(), &[]);
        let bytes = std::fs::read(dir.path().join("meeting.xlsx")).unwrap();
        assert_eq!(
            cf_rules(&bytes),
            5,
            "{lang}: one conditional format per status"
        );
        let mut book: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let name = |m: fosx::i18n::Msg| m.render(lang);
        assert_eq!(
            book.sheet_names(),
            [
                name(msg::meeting_sheet_status()),
                name(msg::meeting_sheet_data()),
                name(msg::meeting_sheet_members()),
                name(msg::meeting_sheet_slippage()),
                name(msg::meeting_sheet_assistance()),
                name(msg::meeting_sheet_notifications()),
                name(msg::meeting_sheet_skipped()),
                name(msg::meeting_sheet_read_me()),
            ]
        );
        let out = dir.path();
        assert_sheet_is_csv(
            &mut book,
            &name(msg::meeting_sheet_data()),
            &out.join("status.csv"),
        );
        assert_sheet_is_csv(
            &mut book,
            &name(msg::meeting_sheet_members()),
            &out.join("members.csv"),
        );
        assert_sheet_is_csv(
            &mut book,
            &name(msg::meeting_sheet_assistance()),
            &out.join("assistance.csv"),
        );
        assert_sheet_is_csv(
            &mut book,
            &name(msg::meeting_sheet_notifications()),
            &out.join("notifications.csv"),
        );
        assert_sheet_is_csv(
            &mut book,
            &name(msg::meeting_sheet_skipped()),
            &out.join("skipped.csv"),
        );
        // The Status sheet: the language's letters of status.csv's statuses.
        let status = sheet(&mut book, &name(msg::meeting_sheet_status()));
        let (_, rows) = read_csv(&out.join("status.csv"));
        assert_eq!(status.len(), 5, "{lang}: a header and 4 Members");
        for row in &status[1..] {
            for n in 1..=15 {
                let want = rows
                    .iter()
                    .find(|r| r[0] == row[0] && r[3] == n.to_string())
                    .unwrap();
                let letters = if want[5].is_empty() {
                    String::new()
                } else {
                    msg::summary_status_letters(want[5].as_str()).render(lang)
                };
                assert_eq!(row[4 + n], letters, "{lang}: {} standard {n}", row[0]);
            }
        }
        assert_eq!(
            status[1][..5],
            ["CI", "Côte d'Ivoire", "WCA", &serial("2026-09-01"), "90"]
        );
        assert_eq!(status[4][..5], ["SN", "Sénégal", "WCA", "", ""]);
        // Slippage: CI's overdue standard 2, then its slipped standard 1.
        let slippage = sheet(&mut book, &name(msg::meeting_sheet_slippage()));
        let cells: Vec<(&str, &str, &str)> = slippage[1..]
            .iter()
            .map(|r| (r[3].as_str(), r[10].as_str(), r[11].as_str()))
            .collect();
        assert_eq!(cells, [("2", "", "160"), ("1", "46", "")]);
    }
}

fn libreoffice() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/libreoffice/summary")
}

#[test]
fn libreoffice_reads_the_accents_of_members_csv() {
    let dir = summarize("en", &[]);
    let (_, ours) = read_csv(&dir.path().join("members.csv"));
    let (_, calc) = read_csv(&libreoffice().join("members.csv"));
    let names = |rows: &[Vec<String>]| rows.iter().map(|r| r[1].clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&calc),
        ["Côte d'Ivoire", "European Union", "Kenya", "Sénégal"]
    );
    assert_eq!(names(&calc), names(&ours), "as fosx writes them now");
    // Told nothing of the character set, LibreOffice 7.4 reads any CSV as
    // 8-bit text, the BOM included: kept to show what the test above
    // leaves to LibreOffice's detection.
    let (_, default) = read_csv(&libreoffice().join("members-default.csv"));
    assert_eq!(default[0][1], "CÃ´te d'Ivoire");
    let pdf = std::fs::read(libreoffice().join("members.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
}

#[test]
fn libreoffice_opens_every_sheet_of_meeting_xlsx_as_fosx_writes_it() {
    for &lang in Lang::ALL {
        let folder = libreoffice().join(lang.code());
        let dir = summarize(lang.code(), &[]);
        let bytes = std::fs::read(dir.path().join("meeting.xlsx")).unwrap();
        let mut book: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        for name in book.sheet_names() {
            let path = folder.join(format!("meeting-{name}.csv"));
            assert!(
                path.exists(),
                "{}: LibreOffice wrote the sheet",
                path.display()
            );
        }
        // The Status sheet as LibreOffice shows it: the same texts, the
        // progress with its two decimals, the dates as dates.
        let status = msg::meeting_sheet_status().render(lang);
        let (_, calc) = read_csv(&folder.join(format!("meeting-{status}.csv")));
        let ours = sheet(&mut book, &status);
        for (c, o) in calc.iter().zip(&ours[1..]) {
            assert_eq!(c[..3], o[..3], "{lang}");
            assert!(same(&o[3], &c[3]), "{lang}: {} for {}", o[3], c[3]);
            assert_eq!(c[5..], o[5..], "{lang}");
            assert_eq!(
                c[4],
                o[4].parse::<f64>()
                    .map_or(String::new(), |p| format!("{p:.2}"))
            );
        }
        // Its conditional formats, one per status, on the letters.
        let formats = std::fs::read_to_string(folder.join("conditional-formats.txt")).unwrap();
        let letters: Vec<String> = formats
            .lines()
            .map(|l| l.split('"').nth(1).unwrap().to_string())
            .collect();
        let want: Vec<String> = fosx::model::CodeList::Status
            .values()
            .iter()
            .map(|s| msg::summary_status_letters(s.as_str()).render(lang))
            .collect();
        assert_eq!(letters, want, "{lang}");
    }
}
