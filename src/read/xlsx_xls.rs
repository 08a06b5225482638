//! An Excel 97-2003 workbook (`.xls`: BIFF8 records in the `Workbook`
//! stream of a compound file), measured before the workbook reader reads
//! it.
//!
//! The reader keeps every sheet whole: for each, the cells its records
//! give, a room for as many as its `DIMENSIONS` record says, and a dense
//! range from its first to its last cell (and another for its formulas);
//! a cell of the shared-string table gets a copy of its string. A few
//! records can ask for billions of cells or copies: here the records are
//! walked first and what the reader would make is counted, against
//! [`Limits::max_cells`] (cells) and [`Limits::max_file_size`] (the
//! stream, and the text of the cells), before the reader sees them (P06).

use super::xlsx_cells::Shown;
use super::xlsx_ods::Run;
use super::{Limit, Limits};
use crate::diag::Diagnostic;
use crate::i18n::msg;
use crate::tree::Span;
use std::io::{Cursor, Read};

/// The signature of a compound file.
const CFB: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Whether the bytes are an `.xls` workbook: a compound file holding a
/// `Workbook` (or, older, `Book`) stream.
pub(crate) fn is_xls(bytes: &[u8]) -> bool {
    bytes.starts_with(CFB)
        && cfb::CompoundFile::open(Cursor::new(bytes))
            .is_ok_and(|f| f.is_stream("/Workbook") || f.is_stream("/Book"))
}

/// Measures the workbook stream against the limits. `Ok`: the cells of
/// the first sheet whose number format shows a percentage, and a boolean.
pub(crate) fn check(
    bytes: &[u8],
    limits: &Limits,
) -> Result<(Vec<Run>, Vec<Run>), Box<Diagnostic>> {
    let broken =
        |detail: String| Box::new(super::xlsx_package::broken(msg::xlsx_reader_other(detail)));
    let mut file =
        cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| broken(e.to_string()))?;
    let name = if file.is_stream("/Workbook") {
        "/Workbook"
    } else {
        "/Book"
    };
    let stream = file.open_stream(name).map_err(|e| broken(e.to_string()))?;
    if stream.len() > limits.max_file_size {
        return Err(Box::new(too_large(limits)));
    }
    let mut data = Vec::new();
    stream
        .take(limits.max_file_size + 1)
        .read_to_end(&mut data)
        .map_err(|e| broken(e.to_string()))?;
    Measure::new(limits).walk(&data)
}

/// What the reader would make, counted record by record.
struct Measure {
    max_cells: u64,
    max_text: u64,
    cells: u64,
    text: u64,
    /// The UTF-8 length, at most, of each shared string.
    strings: Vec<u64>,
    sheet: Option<Sheet>,
    /// The sheets begun so far.
    sheets: usize,
    /// The number formats that change what a number means, by number.
    shown_formats: std::collections::HashMap<u32, Shown>,
    /// The number format of each cell format (XF), in order.
    xfs: Vec<u32>,
    /// The cells of the first sheet shown as percentages, and as booleans.
    percent: Vec<Run>,
    booleans: Vec<Run>,
}

/// The cells of the sheet being walked: the box of its values and of its
/// formulas, and the room its `DIMENSIONS` asks for.
#[derive(Default)]
struct Sheet {
    values: Option<(u32, u32, u32, u32)>,
    formulas: Option<(u32, u32, u32, u32)>,
    given: u64,
}

/// A box grown to hold a cell.
fn grow(b: &mut Option<(u32, u32, u32, u32)>, row: u32, col: u32) {
    let (r0, c0, r1, c1) = b.get_or_insert((row, col, row, col));
    *r0 = (*r0).min(row);
    *c0 = (*c0).min(col);
    *r1 = (*r1).max(row);
    *c1 = (*c1).max(col);
}

/// The cells of a box.
fn area(b: Option<(u32, u32, u32, u32)>) -> u64 {
    b.map_or(0, |(r0, c0, r1, c1)| {
        (u64::from(r1 - r0) + 1) * (u64::from(c1 - c0) + 1)
    })
}

fn u16_at(d: &[u8], at: usize) -> Option<u32> {
    d.get(at..at + 2)
        .map(|b| u32::from(u16::from_le_bytes([b[0], b[1]])))
}

fn u32_at(d: &[u8], at: usize) -> Option<u32> {
    d.get(at..at + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

impl Measure {
    fn new(limits: &Limits) -> Self {
        Measure {
            max_cells: limits.max_cells as u64,
            max_text: limits.max_file_size,
            cells: 0,
            text: 0,
            strings: Vec::new(),
            sheet: None,
            sheets: 0,
            // The built-in formats 0% and 0.00%.
            shown_formats: [(9, Shown::Percent), (10, Shown::Percent)]
                .into_iter()
                .collect(),
            xfs: Vec::new(),
            percent: Vec::new(),
            booleans: Vec::new(),
        }
    }

    /// Walks the records of the stream. The workbook's globals come
    /// first, then each sheet between its `BOF` and `EOF`.
    fn walk(mut self, data: &[u8]) -> Result<(Vec<Run>, Vec<Run>), Box<Diagnostic>> {
        let records = records(data);
        let mut i = 0;
        let mut depth = 0usize;
        let mut globals = true;
        while i < records.len() {
            let (typ, d) = records[i];
            match typ {
                0x0809 => {
                    depth += 1;
                    if depth == 1 && !globals {
                        self.sheet = Some(Sheet::default());
                        self.sheets += 1;
                    }
                }
                0x000A => {
                    if depth == 1 {
                        globals = false;
                        self.sheet_end()?;
                    }
                    depth = depth.saturating_sub(1);
                }
                0x00FC => self.sst(&records[i..]),
                0x041E => self.format(d),
                0x00E0 if self.sheet.is_none() => self.xfs.push(u16_at(d, 2).unwrap_or(0)),
                _ => {
                    if self.sheets == 1 {
                        self.shown(typ, d);
                    }
                    self.record(typ, d)?;
                }
            }
            i += 1;
        }
        self.sheet_end()?;
        self.percent.sort_by_key(|r| (r.rows.0, r.cols.0));
        self.booleans.sort_by_key(|r| (r.rows.0, r.cols.0));
        Ok((self.percent, self.booleans))
    }

    /// A FORMAT record: its number, and whether its code shows a
    /// percentage or a boolean.
    fn format(&mut self, d: &[u8]) {
        let (Some(number), Some(cch), Some(&flags)) = (u16_at(d, 0), u16_at(d, 2), d.get(4)) else {
            return;
        };
        let chars = d.get(5..).unwrap_or(&[]);
        let code: String = if flags & 1 != 0 {
            let units: Vec<u16> = chars
                .chunks_exact(2)
                .take(cch as usize)
                .map(|b| u16::from_le_bytes([b[0], b[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        } else {
            chars
                .iter()
                .take(cch as usize)
                .map(|&b| char::from(b))
                .collect()
        };
        if let Some(shown) = super::xlsx_cells::shown(&code) {
            self.shown_formats.insert(number, shown);
        }
    }

    /// A cell of the first sheet whose format shows a percentage or a
    /// boolean.
    fn shown(&mut self, typ: u16, d: &[u8]) {
        let (Some(row), Some(col)) = (u16_at(d, 0), u16_at(d, 2)) else {
            return;
        };
        let shown = |xf: Option<u32>| {
            xf.and_then(|xf| self.xfs.get(xf as usize))
                .and_then(|f| self.shown_formats.get(f).copied())
        };
        let mut found = Vec::new();
        match typ {
            0x0203 | 0x027E | 0x0006 => found.extend(shown(u16_at(d, 4)).map(|s| (col, s))),
            0x00BD => {
                // MULRK: (format, number) pairs of 6 bytes from `col` on.
                let pairs = d.get(4..d.len().saturating_sub(2)).unwrap_or(&[]);
                for (k, pair) in pairs.chunks_exact(6).enumerate() {
                    found.extend(shown(u16_at(pair, 0)).map(|s| (col + k as u32, s)));
                }
            }
            _ => {}
        }
        let row = u64::from(row);
        for (c, s) in found {
            let run = Run {
                rows: (row, row + 1),
                cols: (u64::from(c), u64::from(c) + 1),
            };
            match s {
                Shown::Percent => self.percent.push(run),
                Shown::Boolean => self.booleans.push(run),
            }
        }
    }

    /// A record of a sheet that makes a cell, or asks for room.
    fn record(&mut self, typ: u16, d: &[u8]) -> Result<(), Box<Diagnostic>> {
        let Some(sheet) = &mut self.sheet else {
            return Ok(());
        };
        let (Some(row), Some(col)) = (u16_at(d, 0), u16_at(d, 2)) else {
            return Ok(());
        };
        match typ {
            0x0200 => {
                // DIMENSIONS: the reader reserves its rows × columns.
                let (first, last, c0, c1) = if d.len() == 10 {
                    (row, u16_at(d, 2).unwrap_or(0), u16_at(d, 4), u16_at(d, 6))
                } else {
                    (
                        u32_at(d, 0).unwrap_or(0),
                        u32_at(d, 4).unwrap_or(0),
                        u16_at(d, 8),
                        u16_at(d, 10),
                    )
                };
                let (c0, c1) = (c0.unwrap_or(0), c1.unwrap_or(0));
                let c0 = if c0 > 0xFF || c1 < c0 { 0 } else { c0 };
                if last >= 1 && c1 >= 1 {
                    if last - 1 < first || c1 - 1 < c0 {
                        return Err(Box::new(super::xlsx_package::broken(
                            msg::xls_reason_dimensions(),
                        )));
                    }
                    sheet.given = u64::from(last - first) * u64::from(c1 - c0);
                }
            }
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x0207 => {
                grow(&mut sheet.values, row, col);
                self.text += 3 * d.len() as u64;
            }
            0x00FD => {
                grow(&mut sheet.values, row, col);
                let isst = u32_at(d, 6).unwrap_or(0) as usize;
                self.text += self.strings.get(isst).copied().unwrap_or(0);
            }
            0x00BD => {
                // MULRK: columns from `col` to the last, given at its end.
                let last = d.len().checked_sub(2).and_then(|at| u16_at(d, at));
                grow(&mut sheet.values, row, col);
                grow(&mut sheet.values, row, last.unwrap_or(col).max(col));
            }
            0x0006 => {
                grow(&mut sheet.values, row, col);
                grow(&mut sheet.formulas, row, col);
                self.text += 8 * d.len() as u64;
            }
            _ => {}
        }
        self.over()
    }

    /// The end of a sheet: its cells counted.
    fn sheet_end(&mut self) -> Result<(), Box<Diagnostic>> {
        if let Some(s) = self.sheet.take() {
            self.cells = self
                .cells
                .saturating_add(s.given)
                .saturating_add(area(s.values))
                .saturating_add(area(s.formulas));
        }
        self.over()
    }

    fn over(&self) -> Result<(), Box<Diagnostic>> {
        let open = self.sheet.as_ref().map_or(0, |s| {
            s.given
                .saturating_add(area(s.values))
                .saturating_add(area(s.formulas))
        });
        if self.cells.saturating_add(open) > self.max_cells {
            return Err(Box::new(
                Limit::Cells
                    .exceeded(msg::xls_too_many_cells(self.max_cells.to_string()))
                    .at(Span::at(0)),
            ));
        }
        if self.text > self.max_text {
            return Err(Box::new(too_large_text(self.max_text)));
        }
        Ok(())
    }

    /// The shared-string table (`SST` and the `CONTINUE` records after
    /// it): the UTF-8 length, at most, of each string (3 bytes a
    /// character).
    fn sst(&mut self, records: &[(u16, &[u8])]) {
        let mut parts = records
            .iter()
            .take_while(|(t, _)| *t == 0x00FC || *t == 0x003C)
            .map(|(_, d)| *d);
        let Some(first) = parts.next() else {
            return;
        };
        let mut d = first.get(8..).unwrap_or(&[]);
        let mut at = 0usize;
        loop {
            if at >= d.len() {
                match parts.next() {
                    Some(next) => {
                        d = next;
                        at = 0;
                        continue;
                    }
                    None => return,
                }
            }
            let (Some(cch), Some(&flags)) = (u16_at(d, at), d.get(at + 2)) else {
                return;
            };
            at += 3;
            let mut skip = 0usize;
            if flags & 0x8 != 0 {
                skip += 4 * u16_at(d, at).unwrap_or(0) as usize;
                at += 2;
            }
            if flags & 0x4 != 0 {
                skip += u32_at(d, at).unwrap_or(0) as usize;
                at += 4;
            }
            self.strings.push(3 * u64::from(cch));
            // The characters, maybe continued in the next record after a
            // new flags byte; then the runs and the extension, maybe
            // continued without one.
            let mut left = cch as usize;
            let mut wide = flags & 1 != 0;
            while left > 0 {
                let per = if wide { 2 } else { 1 };
                let fit = (d.len().saturating_sub(at)) / per;
                let take = fit.min(left);
                at += take * per;
                left -= take;
                if left > 0 {
                    let Some(next) = parts.next() else { return };
                    d = next;
                    wide = d.first().is_some_and(|f| f & 1 != 0);
                    at = 1;
                }
            }
            while skip > 0 {
                let here = d.len().saturating_sub(at).min(skip);
                at += here;
                skip -= here;
                if skip > 0 {
                    let Some(next) = parts.next() else { return };
                    d = next;
                    at = 0;
                }
            }
        }
    }
}

/// The records of a stream: (type, data), as far as they are whole.
fn records(data: &[u8]) -> Vec<(u16, &[u8])> {
    let mut out = Vec::new();
    let mut at = 0;
    while let (Some(typ), Some(len)) = (u16_at(data, at), u16_at(data, at + 2)) {
        let start = at + 4;
        let Some(d) = data.get(start..start + len as usize) else {
            break;
        };
        out.push((typ as u16, d));
        at = start + len as usize;
    }
    out
}

/// P06 for a workbook stream larger than the limit.
fn too_large(limits: &Limits) -> Diagnostic {
    Limit::FileSize
        .exceeded(msg::xls_too_large(limits.max_file_size.to_string()))
        .at(Span::at(0))
}

/// P06 for the text of the cells, with its copies, over the limit.
fn too_large_text(max: u64) -> Diagnostic {
    Limit::FileSize
        .exceeded(msg::xls_text_too_large(max.to_string()))
        .at(Span::at(0))
}
