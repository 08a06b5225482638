//! Workbook packages made from the fuzz input: an XLSX package
//! (`[Content_Types].xml`, the workbook, its relationships, shared strings,
//! styles, sheets) and an OpenDocument spreadsheet (`mimetype`, the
//! manifest, `content.xml` with repeated rows and cells), each part stored
//! or deflated, parts left out or replaced by raw bytes. The cells start
//! from the specification's examples (`fixtures/valid/*.csv`), so that many
//! packages hold documents that get past the reader into the checks.

use arbitrary::Arbitrary;
use std::fmt::Write as _;
use std::io::Write as _;
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

const EXAMPLES: [&str; 3] = [
    include_str!("../../fixtures/valid/notification.csv"),
    include_str!("../../fixtures/valid/timetable.csv"),
    include_str!("../../fixtures/valid/progress-report.csv"),
];

/// Most rows and cells a row the generator writes (besides the repeats of
/// an ODF spreadsheet, which the input chooses).
const MAX_ROWS: usize = 48;
const MAX_CELLS: usize = 40;

/// The rows of an example, cell by cell.
fn example(i: u8) -> Vec<Vec<String>> {
    EXAMPLE_ROWS[usize::from(i) % EXAMPLES.len()].clone()
}

/// A word of the examples (a column name, a code, a date...).
fn word(i: u16) -> String {
    let words = &EXAMPLE_WORDS[usize::from(i) % EXAMPLES.len()];
    words[usize::from(i / 3) % words.len()].to_string()
}

/// The examples' rows and words, read once for every input.
static EXAMPLE_ROWS: std::sync::LazyLock<Vec<Vec<Vec<String>>>> = std::sync::LazyLock::new(|| {
    EXAMPLES
        .iter()
        .map(|text| {
            csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(text.as_bytes())
                .records()
                .filter_map(Result::ok)
                .map(|r| r.iter().map(str::to_string).collect())
                .collect()
        })
        .collect()
});
static EXAMPLE_WORDS: std::sync::LazyLock<Vec<Vec<&'static str>>> =
    std::sync::LazyLock::new(|| {
        EXAMPLES
            .iter()
            .map(|text| text.split([',', '\n', '\r']).collect())
            .collect()
    });

/// One cell's value.
#[derive(Debug, Clone, Arbitrary)]
pub enum Cell {
    Empty,
    Text(String),
    /// A word of the examples.
    Word(u16),
    Number(f64),
    Int(i32),
    Bool(bool),
    /// An error value (`#N/A`, `#DIV/0!`...).
    Error(u8),
    /// A date: a serial number with a date format, or an ODF date value.
    Date(u32),
    /// A share, with a percentage format.
    Percent(f64),
    /// A formula and its cached value.
    Formula(String, Option<String>),
}

/// A change of the example's cells.
#[derive(Debug, Arbitrary)]
pub struct Edit {
    row: u8,
    column: u8,
    cell: Cell,
}

/// How the cells of a sheet are placed.
#[derive(Debug, Clone, Copy, Arbitrary)]
pub enum Refs {
    /// `r="B7"`, as they are.
    Given,
    /// No `r` attribute (cells follow each other).
    Omitted,
    /// Moved down and right.
    Shifted(u16, u16),
    /// A row's cells written last to first.
    Reversed,
    /// Every cell of a row at the same place.
    Same,
    /// Far away: rows and columns near the sheet's limits.
    Far(u32, u16),
}

/// The cells of one sheet.
#[derive(Debug, Arbitrary)]
pub struct Sheet {
    /// The example whose cells start it (`None`: empty).
    example: Option<u8>,
    edits: Vec<Edit>,
    rows: Vec<Vec<Cell>>,
    /// Example rows dropped, by index.
    dropped: Vec<u8>,
}

impl Sheet {
    fn cells(&self) -> Vec<Vec<Cell>> {
        let mut rows: Vec<Vec<Cell>> = self
            .example
            .map(example)
            .unwrap_or_default()
            .into_iter()
            .map(|r| r.into_iter().map(Cell::Text).collect())
            .collect();
        for d in self.dropped.iter().take(4) {
            if !rows.is_empty() {
                let i = usize::from(*d) % rows.len();
                rows.remove(i);
            }
        }
        rows.extend(self.rows.iter().take(MAX_ROWS).cloned());
        rows.truncate(MAX_ROWS);
        for r in &mut rows {
            r.truncate(MAX_CELLS);
        }
        for e in self.edits.iter().take(32) {
            if rows.is_empty() {
                break;
            }
            let n = rows.len();
            let row = &mut rows[usize::from(e.row) % n];
            let column = usize::from(e.column) % MAX_CELLS;
            if row.len() <= column {
                row.resize(column + 1, Cell::Empty);
            }
            row[column] = e.cell.clone();
        }
        rows
    }
}

/// How each part of a package is written.
#[derive(Debug, Arbitrary)]
pub struct Packing {
    /// Parts left out, one bit each (in the order the package lists them).
    left_out: u16,
    /// Parts deflated rather than stored, one bit each.
    deflated: u16,
    level: Option<u8>,
    /// One part's bytes replaced by these.
    raw: Option<(u8, Vec<u8>)>,
    /// More entries.
    extra: Vec<(String, Vec<u8>)>,
    /// Bytes after the archive.
    tail: Vec<u8>,
}

impl Packing {
    /// Writes `parts` (name, bytes) as a ZIP archive.
    fn zip(&self, mut parts: Vec<(String, Vec<u8>)>) -> Vec<u8> {
        if let Some((i, bytes)) = &self.raw
            && !parts.is_empty()
        {
            let n = parts.len();
            parts[usize::from(*i) % n].1 = bytes.clone();
        }
        for (name, bytes) in self.extra.iter().take(4) {
            parts.push((name.clone(), bytes.clone()));
        }
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (i, (name, bytes)) in parts.iter().enumerate() {
            let bit = 1u16 << (i % 16);
            if self.left_out & bit != 0 && i < 16 {
                continue;
            }
            let method = if self.deflated & bit != 0 {
                CompressionMethod::Deflated
            } else {
                CompressionMethod::Stored
            };
            let options = SimpleFileOptions::default()
                .compression_method(method)
                .compression_level(self.level.map(|l| i64::from(l % 10)));
            // A name the archive refuses (a duplicate) is skipped.
            if zip.start_file(name.as_str(), options).is_ok() {
                zip.write_all(bytes).expect("writing to memory");
            }
        }
        let mut bytes = zip.finish().expect("writing to memory").into_inner();
        bytes.extend_from_slice(&self.tail);
        bytes
    }
}

/// Escapes text for XML (`raw`: as it is, markup and all).
fn esc(text: &str, raw: bool) -> String {
    if raw {
        return text.to_string();
    }
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A column's letters (0 is `A`).
fn letters(mut column: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (column % 26) as u8);
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).expect("ASCII")
}

const ERRORS: [&str; 7] = [
    "#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!",
];

/// An XLSX package.
#[derive(Debug, Arbitrary)]
pub struct Xlsx {
    sheets: Vec<Sheet>,
    names: Vec<String>,
    refs: Refs,
    /// Text as shared strings (`t="s"`), else inline.
    shared: bool,
    dimension: Option<String>,
    date1904: bool,
    /// Text written without escaping.
    raw_text: bool,
    packing: Packing,
}

impl Xlsx {
    /// The package's bytes.
    pub fn bytes(&self) -> Vec<u8> {
        let mut shared = Vec::new();
        let sheets: Vec<&Sheet> = self.sheets.iter().take(3).collect();
        let mut parts = vec![
            ("[Content_Types].xml".to_string(), Vec::new()),
            ("_rels/.rels".to_string(), RELS.as_bytes().to_vec()),
            ("xl/workbook.xml".to_string(), Vec::new()),
            ("xl/_rels/workbook.xml.rels".to_string(), Vec::new()),
            ("xl/styles.xml".to_string(), STYLES.as_bytes().to_vec()),
        ];
        let mut types = String::from(CONTENT_TYPES_HEAD);
        let mut book = String::from(WORKBOOK_HEAD);
        if self.date1904 {
            book.push_str(r#"<workbookPr date1904="1"/>"#);
        }
        book.push_str("<sheets>");
        let mut rels = String::from(REL_HEAD);
        for (k, sheet) in sheets.iter().enumerate() {
            let n = k + 1;
            let name = self
                .names
                .get(k)
                .map_or(format!("Sheet{n}"), |s| esc(s, false));
            let _ = write!(
                book,
                r#"<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>"#
            );
            let _ = write!(
                rels,
                r#"<Relationship Id="rId{n}" Type="{OFFICE}/worksheet" Target="worksheets/sheet{n}.xml"/>"#
            );
            let _ = write!(
                types,
                r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{SML}.worksheet+xml"/>"#
            );
            let xml = self.sheet(sheet, &mut shared);
            parts.push((format!("xl/worksheets/sheet{n}.xml"), xml.into_bytes()));
        }
        book.push_str("</sheets></workbook>");
        let _ = write!(
            rels,
            r#"<Relationship Id="rIdS" Type="{OFFICE}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="{OFFICE}/styles" Target="styles.xml"/></Relationships>"#
        );
        let _ = write!(
            types,
            r#"<Override PartName="/xl/sharedStrings.xml" ContentType="{SML}.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="{SML}.styles+xml"/></Types>"#
        );
        let mut strings = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{MAIN}" count="{0}" uniqueCount="{0}">"#,
            shared.len()
        );
        for s in &shared {
            let _ = write!(strings, r#"<si><t xml:space="preserve">{s}</t></si>"#);
        }
        strings.push_str("</sst>");
        parts[0].1 = types.into_bytes();
        parts[2].1 = book.into_bytes();
        parts[3].1 = rels.into_bytes();
        parts.push(("xl/sharedStrings.xml".to_string(), strings.into_bytes()));
        self.packing.zip(parts)
    }

    /// A worksheet's XML; its texts go to `shared` when shared.
    fn sheet(&self, sheet: &Sheet, shared: &mut Vec<String>) -> String {
        let mut xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}" xmlns:r="{OFFICE}">"#
        );
        if let Some(d) = &self.dimension {
            let _ = write!(xml, r#"<dimension ref="{}"/>"#, esc(d, false));
        }
        xml.push_str("<sheetData>");
        for (i, row) in sheet.cells().iter().enumerate() {
            let (r0, c0) = match self.refs {
                Refs::Shifted(r, c) => (u32::from(r % 1024), u32::from(c % 64)),
                Refs::Far(r, c) => (r % 1_048_576, u32::from(c % 16_384)),
                _ => (0, 0),
            };
            let r = (r0 + i as u32).min(1_048_575) + 1;
            match self.refs {
                Refs::Omitted => xml.push_str("<row>"),
                _ => {
                    let _ = write!(xml, r#"<row r="{r}">"#);
                }
            }
            let order: Vec<usize> = match self.refs {
                Refs::Reversed => (0..row.len()).rev().collect(),
                _ => (0..row.len()).collect(),
            };
            for j in order {
                let c = match self.refs {
                    Refs::Same => c0,
                    _ => (c0 + j as u32).min(16_383),
                };
                let at = match self.refs {
                    Refs::Omitted => String::new(),
                    _ => format!(r#" r="{}{r}""#, letters(c)),
                };
                self.cell(&mut xml, &at, &row[j], shared);
            }
            xml.push_str("</row>");
        }
        xml.push_str("</sheetData></worksheet>");
        xml
    }

    fn cell(&self, xml: &mut String, at: &str, cell: &Cell, shared: &mut Vec<String>) {
        let text = |t: &str, xml: &mut String, shared: &mut Vec<String>| {
            let t = esc(t, self.raw_text);
            if self.shared {
                let _ = write!(xml, r#"<c{at} t="s"><v>{}</v></c>"#, shared.len());
                shared.push(t);
            } else {
                let _ = write!(xml, r#"<c{at} t="inlineStr"><is><t>{t}</t></is></c>"#);
            }
        };
        match cell {
            Cell::Empty => {}
            Cell::Text(t) => text(t, xml, shared),
            Cell::Word(w) => text(&word(*w), xml, shared),
            Cell::Number(n) => {
                let _ = write!(xml, "<c{at}><v>{n}</v></c>");
            }
            Cell::Int(n) => {
                let _ = write!(xml, "<c{at}><v>{n}</v></c>");
            }
            Cell::Bool(b) => {
                let _ = write!(xml, r#"<c{at} t="b"><v>{}</v></c>"#, u8::from(*b));
            }
            Cell::Error(e) => {
                let e = ERRORS[usize::from(*e) % ERRORS.len()];
                let _ = write!(xml, r#"<c{at} t="e"><v>{e}</v></c>"#);
            }
            Cell::Date(d) => {
                let _ = write!(xml, r#"<c{at} s="1"><v>{}</v></c>"#, d % 3_000_000);
            }
            Cell::Percent(p) => {
                let _ = write!(xml, r#"<c{at} s="2"><v>{p}</v></c>"#);
            }
            Cell::Formula(f, v) => {
                let f = esc(f, self.raw_text);
                let v = v.as_deref().map(|v| esc(v, self.raw_text));
                let _ = write!(
                    xml,
                    r#"<c{at} t="str"><f>{f}</f><v>{}</v></c>"#,
                    v.unwrap_or_default()
                );
            }
        }
    }
}

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const OFFICE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SML: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const CONTENT_TYPES_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#;
const REL_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#;
/// Styles: 0 general, 1 a date, 2 a percentage.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="10" applyNumberFormat="1"/></cellXfs></styleSheet>"#;

/// An OpenDocument spreadsheet.
#[derive(Debug, Arbitrary)]
pub struct Ods {
    sheets: Vec<Sheet>,
    names: Vec<String>,
    /// Repeats of rows and cells, taken in turn (0 and 1: none).
    repeats: Vec<u32>,
    /// Row and cell repeats above this are made small (the input chooses
    /// whether huge counts are tried).
    cap: u32,
    /// Text written without escaping.
    raw_text: bool,
    /// A `mimetype` other than a spreadsheet's.
    mimetype: Option<String>,
    packing: Packing,
}

impl Ods {
    /// The package's bytes.
    pub fn bytes(&self) -> Vec<u8> {
        let mut content = String::from(ODS_HEAD);
        let mut repeats = self.repeats.iter().copied().cycle();
        let mut repeat = || {
            let n = repeats.next().unwrap_or(1);
            if n > self.cap { n % 4 } else { n }
        };
        for (k, sheet) in self.sheets.iter().take(3).enumerate() {
            let name = self
                .names
                .get(k)
                .map_or(format!("Sheet{}", k + 1), |s| esc(s, false));
            let _ = write!(content, r#"<table:table table:name="{name}">"#);
            let columns = repeat();
            if columns > 1 {
                let _ = write!(
                    content,
                    r#"<table:table-column table:number-columns-repeated="{columns}"/>"#
                );
            }
            for row in sheet.cells() {
                match repeat() {
                    0 | 1 => content.push_str("<table:table-row>"),
                    n => {
                        let _ = write!(
                            content,
                            r#"<table:table-row table:number-rows-repeated="{n}">"#
                        );
                    }
                }
                for cell in &row {
                    let times = match repeat() {
                        0 | 1 => String::new(),
                        n => format!(r#" table:number-columns-repeated="{n}""#),
                    };
                    self.cell(&mut content, &times, cell);
                }
                content.push_str("</table:table-row>");
            }
            content.push_str("</table:table>");
        }
        content.push_str("</office:spreadsheet></office:body></office:document-content>");
        let mimetype = self
            .mimetype
            .clone()
            .unwrap_or_else(|| "application/vnd.oasis.opendocument.spreadsheet".to_string());
        let parts = vec![
            ("mimetype".to_string(), mimetype.into_bytes()),
            (
                "META-INF/manifest.xml".to_string(),
                MANIFEST.as_bytes().to_vec(),
            ),
            ("content.xml".to_string(), content.into_bytes()),
        ];
        self.packing.zip(parts)
    }

    fn cell(&self, xml: &mut String, times: &str, cell: &Cell) {
        let text = |t: &str| esc(t, self.raw_text);
        let _ = match cell {
            Cell::Empty => write!(xml, "<table:table-cell{times}/>"),
            Cell::Text(t) => write!(
                xml,
                r#"<table:table-cell{times} office:value-type="string"><text:p>{}</text:p></table:table-cell>"#,
                text(t)
            ),
            Cell::Word(w) => write!(
                xml,
                r#"<table:table-cell{times} office:value-type="string"><text:p>{}</text:p></table:table-cell>"#,
                text(&word(*w))
            ),
            Cell::Number(n) => write!(
                xml,
                r#"<table:table-cell{times} office:value-type="float" office:value="{n}"><text:p>{n}</text:p></table:table-cell>"#
            ),
            Cell::Int(n) => write!(
                xml,
                r#"<table:table-cell{times} office:value-type="currency" office:currency="EUR" office:value="{n}"><text:p>{n} €</text:p></table:table-cell>"#
            ),
            Cell::Bool(b) => write!(
                xml,
                r#"<table:table-cell{times} office:value-type="boolean" office:boolean-value="{b}"><text:p>{b}</text:p></table:table-cell>"#
            ),
            Cell::Error(e) => write!(
                xml,
                r#"<table:table-cell{times} table:formula="of:=1/0" office:string-value="{}"><text:p>{}</text:p></table:table-cell>"#,
                e,
                ERRORS[usize::from(*e) % ERRORS.len()]
            ),
            Cell::Date(d) => {
                let (y, m, day) = (1900 + d % 300, 1 + (d / 300) % 12, 1 + (d / 3600) % 31);
                write!(
                    xml,
                    r#"<table:table-cell{times} office:value-type="date" office:date-value="{y:04}-{m:02}-{day:02}"><text:p>{day:02}/{m:02}/{y:04}</text:p></table:table-cell>"#
                )
            }
            Cell::Percent(p) => write!(
                xml,
                r#"<table:table-cell{times} office:value-type="percentage" office:value="{p}"><text:p>{p}%</text:p></table:table-cell>"#
            ),
            Cell::Formula(f, v) => write!(
                xml,
                r#"<table:table-cell{times} table:formula="{}" office:value-type="string" office:string-value="{}"><text:p>{}</text:p><text:p><text:s text:c="3"/>{}</text:p></table:table-cell>"#,
                esc(f, false),
                esc(v.as_deref().unwrap_or_default(), false),
                text(v.as_deref().unwrap_or_default()),
                text(f)
            ),
        };
    }
}

const ODS_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet>"#;
const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
