//! What the fuzz targets share: checking bytes the way the command line
//! does, rendering every report format, and the invariants that must hold
//! whatever the input.

pub mod book;
pub mod http;

use fosx::report::FileReport;
use fosx::write::WriteOptions;
use fosx::{CheckOptions, Checked, Date, Representation};
use miette::{GraphicalReportHandler, GraphicalTheme};

/// The as-of date of every run, so that R05 does not depend on the day.
pub const AS_OF: &str = "2026-11-28";

/// Options with a fixed as-of date and the representation forced.
pub fn options(representation: Option<Representation>) -> CheckOptions {
    let mut options = CheckOptions::new(Date::parse(AS_OF).expect("a date"));
    options.read.representation = representation;
    options
}

/// Checks `data` as `representation`, then renders the result in every form
/// a user can ask for, and checks that every diagnostic points inside the
/// text. A valid file must also convert to every representation and back.
pub fn check_and_render(data: &[u8], representation: Representation) {
    let options = options(Some(representation));
    let checked = fosx::check_bytes("fuzz-input", data, &options);
    spans_inside(&checked);
    render_all(&checked, &options);
    if checked.is_valid(false) {
        round_trip(&checked.documents, &checked);
    }
}

/// Every span of every diagnostic lies inside the decoded text, on
/// character boundaries.
pub fn spans_inside(checked: &Checked) {
    let text = checked.source.text.as_str();
    for d in &checked.diagnostics {
        let spans = d.span.iter().chain(d.related.iter().map(|r| &r.span));
        for s in spans {
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "{} span {s:?} outside the text of {} bytes: {}",
                d.code,
                text.len(),
                d.message.english()
            );
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{} span {s:?} not on character boundaries: {}",
                d.code,
                d.message.english()
            );
        }
    }
}

/// Renders the plain-text, JSON and human (miette) reports. (SARIF and
/// JUnit are other serialisations of the same `FileReport`, and slow the
/// fuzzing down more than they add.) The human report draws the first
/// diagnostic of each code: drawing each of hundreds of diagnostics of one
/// code (every cell of a garbled file) took most of an input's time and
/// goes through the same code.
pub fn render_all(checked: &Checked, options: &CheckOptions) {
    let _ = fosx::report::human::plain_text(checked, false);
    let file = FileReport::new(checked, options.strict);
    serde_json::to_string(&file).expect("the file report serialises");
    let mut out = String::new();
    let mut drawn: Vec<fosx::Code> = Vec::new();
    for d in &checked.diagnostics {
        if drawn.contains(&d.code) {
            continue;
        }
        drawn.push(d.code);
        let human = fosx::report::human::Human::new(&checked.source, d)
            .with_hint(format!("see `fosx explain {}`", d.code));
        out.clear();
        // An error of the handler is not a crash (the CLI falls back to one line).
        HANDLER.with(|handler| {
            let _ = handler.render_report(&mut out, &human);
        });
    }
}

thread_local! {
    /// The human report's handler, made once (its theme is built from
    /// scratch each time it is made).
    static HANDLER: GraphicalReportHandler =
        GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
            .with_width(100)
            .with_links(false);
}

/// The codes of the diagnostics of a check, sorted, with severities; the
/// reading warning P04 (windows-1252 guessed) belongs to the file, not to
/// its documents, and is left out.
fn codes(checked: &Checked) -> Vec<String> {
    let mut c: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| !(d.code == fosx::Code::P04 && d.severity == fosx::Severity::Warning))
        .map(|d| format!("{} {:?}", d.code, d.severity))
        .collect();
    c.sort();
    c
}

/// The round-trip rule of `representations.md` for valid documents: writing
/// them in each representation and reading that back gives the same
/// documents (the same canonical JSON, the same diagnostics) and the same
/// canonical text again.
pub fn round_trip(docs: &[fosx::Node], original: &Checked) {
    let canonical =
        fosx::write::write_json(docs).unwrap_or_else(|e| panic!("valid documents: {e}"));
    let types: Vec<Option<&str>> = docs.iter().map(|d| d.str_of("documentType")).collect();
    let one_type = types.windows(2).all(|w| w[0] == w[1]);
    let expected_codes = codes(original);
    let forms = [
        (Representation::Json, WriteOptions::default()),
        (Representation::Xml, WriteOptions::default()),
        (Representation::Csv, WriteOptions::default()),
        (
            Representation::Csv,
            WriteOptions {
                csv_bom: true,
                csv_formula_guard: false,
                ..WriteOptions::default()
            },
        ),
    ];
    for (to, write_options) in forms {
        if to == Representation::Csv && !one_type {
            continue;
        }
        let written = fosx::write::write(docs, to, &write_options)
            .unwrap_or_else(|e| panic!("valid documents cannot be written as {to}: {e}"));
        // Read back with detection, as a user's file would be.
        let back = fosx::check_bytes("round-trip", written.as_bytes(), &options(None));
        spans_inside(&back);
        let back_codes = codes(&back);
        assert_eq!(
            back_codes,
            expected_codes,
            "diagnostics differ after a round trip through {to}\n--- canonical JSON:\n{canonical}\n--- {to}:\n{written}\n--- plain report:\n{}",
            fosx::report::human::plain_text(&back, false)
        );
        assert_eq!(
            back.source.representation,
            Some(to),
            "{to} output detected as {:?}",
            back.source.representation
        );
        let again = fosx::write::write_json(&back.documents)
            .unwrap_or_else(|e| panic!("read back from {to}: {e}"));
        assert_eq!(
            again, canonical,
            "canonical JSON differs after a round trip through {to}\n--- {to}:\n{written}"
        );
        let rewritten = fosx::write::write(&back.documents, to, &write_options)
            .unwrap_or_else(|e| panic!("rewriting {to}: {e}"));
        assert_eq!(
            rewritten, written,
            "{to} is not stable: written, read and written again differs"
        );
    }
}

/// Checks `data` read whole and streamed (the splitter's threshold lowered
/// to 0), both in memory, as a file holding them would be: the same
/// verdict; a syntax problem (P) of the whole read is found streamed too
/// (streamed, the documents before it are still checked); otherwise the
/// same codes.
pub fn stream_agrees(data: &[u8]) {
    let options = options(None);
    let whole = fosx::check_bytes("fuzz-input", data, &options);
    let streamed = fosx::check::stream::check_bytes_streaming_from("fuzz-input", data, &options, 0);
    let codes = |c: &Checked| {
        let mut codes: Vec<&str> = c.diagnostics.iter().map(|d| d.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    };
    let (w, s) = (codes(&whole), codes(&streamed));
    assert_eq!(
        whole.is_valid(false),
        streamed.is_valid(false),
        "whole {w:?}, streamed {s:?}"
    );
    match w.iter().find(|c| c.starts_with('P')) {
        Some(p) => assert!(s.contains(p), "whole {w:?}, streamed {s:?}"),
        None => assert_eq!(w, s),
    }
}

/// The cell limit of the workbook targets.
pub const WORKBOOK_MAX_CELLS: usize = 20_000;

/// Checks a workbook's bytes (XLSX, ODF, forced as a workbook) and renders
/// the result every way; a workbook read without any diagnostic must also
/// convert to every representation and back. (One with warnings is not
/// held to that: a warning about how a cell was typed belongs to the
/// sheet, and no text form has it.)
pub fn check_workbook(data: &[u8]) {
    let mut options = options(Some(Representation::Xlsx));
    // A workbook whose repeated rows and cells reach the cell limit is
    // read up to it: at the default (1,000,000) such an input costs tens of
    // milliseconds, and the generator reaches it often. The limit's code is
    // the same at any value; the tests hold the default's bounds.
    options.read.limits.max_cells = WORKBOOK_MAX_CELLS;
    let checked = fosx::check_bytes("fuzz-input.xlsx", data, &options);
    spans_inside(&checked);
    render_all(&checked, &options);
    if checked.diagnostics.is_empty() && !checked.documents.is_empty() {
        round_trip(&checked.documents, &checked);
    }
}
