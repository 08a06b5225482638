#!/usr/bin/env python3
"""Makes the XLSX fixtures of fixtures/xlsx/ (run from the repository root).

    python3 scripts/xlsx-fixtures.py [path/to/fosx]

The workbooks are written by hand, part by part, with Python's zipfile, so
that every cell type and every hostile package is exactly what the tests
say: the spec examples (from `fosx template TYPE --to csv --example`) with
typed cells (numbers, dates in the 1900 and 1904 systems, booleans), a
workbook with a formula, a rounded number and an error value, and packages
that must be refused (a ZIP bomb, a part that lies about its size, a huge
shared-string table, deep XML, a DOCTYPE, a cell beyond column XFD).
Workbooks saved by a real spreadsheet program live in fixtures/spreadsheet/.
"""

import csv
import datetime
import io
import re
import struct
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = "fixtures/xlsx"
FOSX = sys.argv[1] if len(sys.argv) > 1 else "target/debug/fosx"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{extra}</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""

WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr{date1904}/><sheets><sheet name="Submission" sheetId="1" r:id="rId1"/></sheets></workbook>"""

WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>{extra}</Relationships>"""

# Style 0: General; style 1: a date (number format 14, m/d/yyyy).
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"""

SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
{doctype}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"""


def col_letters(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def serial(iso, date1904):
    d = datetime.date.fromisoformat(iso)
    base = datetime.date(1904, 1, 1) if date1904 else datetime.date(1899, 12, 30)
    return (d - base).days


def text_cell(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def typed_cell(ref, text, column, date1904):
    """A cell as a spreadsheet's typed import makes it."""
    if text == "":
        return ""
    if column == "schemaVersion":
        return text_cell(ref, text)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return f'<c r="{ref}" s="1"><v>{serial(text, date1904)}</v></c>'
    if re.fullmatch(r"-?\d+(\.\d+)?", text) and not re.fullmatch(r"0\d+", text):
        return f'<c r="{ref}"><v>{text}</v></c>'
    if text in ("true", "false"):
        return f'<c r="{ref}" t="b"><v>{1 if text == "true" else 0}</v></c>'
    return text_cell(ref, text)


def sheet_xml(rows, cell=text_cell, doctype=""):
    out = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(cell(f"{col_letters(c)}{r}", v, c, r) for c, v in enumerate(row))
        out.append(f'<row r="{r}">{cells}</row>')
    return SHEET.format(doctype=doctype, rows="".join(out))


def package(sheet, date1904=False, extra=()):
    """The bytes of a workbook: its sheet XML and extra (name, bytes) parts."""
    buf = io.BytesIO()
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES.format(extra="")),
        ("_rels/.rels", RELS),
        ("xl/workbook.xml", WORKBOOK.format(date1904=' date1904="1"' if date1904 else "")),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.format(extra="")),
        ("xl/styles.xml", STYLES),
        ("xl/worksheets/sheet1.xml", sheet),
        *extra,
    ]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            # A fixed date: the same script makes the same bytes.
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def example_rows(doc_type):
    text = subprocess.run(
        [FOSX, "template", doc_type, "--to", "csv", "--example"],
        check=True, capture_output=True, text=True,
    ).stdout
    return list(csv.reader(io.StringIO(text)))


def typed(rows, date1904):
    header = rows[0]

    def cell(ref, text, c, r):
        if r == 1:
            return text_cell(ref, text)
        return typed_cell(ref, text, header[c], date1904)

    return sheet_xml(rows, cell)


def lie_about_size(data, name, size):
    """Rewrites the uncompressed size of part `name` in its local header and
    in the central directory."""
    data = bytearray(data)
    encoded = name.encode()
    local = data.find(b"PK\x03\x04" + b"\x14\x00")
    while local != -1:
        name_len = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + name_len] == encoded:
            struct.pack_into("<I", data, local + 22, size)
            break
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_len] == encoded:
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def write(name, data):
    with open(f"{OUT}/{name}", "wb") as f:
        f.write(data)


def main():
    for t in ("notification", "timetable", "progress-report"):
        rows = example_rows(t)
        write(f"valid-text-{t}.xlsx", package(sheet_xml(rows, lambda ref, v, c, r: text_cell(ref, v))))
        write(f"valid-typed-{t}.xlsx", package(typed(rows, False)))
    rows = example_rows("progress-report")
    write("valid-typed-1904-progress-report.xlsx", package(typed(rows, True), date1904=True))

    # One formula, one rounded number, one error value.
    header = rows[0]
    special = {
        (2, header.index("entries.completionPercent")): lambda ref, v: f'<c r="{ref}"><f>50+{v}-50</f><v>{v}</v></c>',
        (2, header.index("indicators.declaredValue")): lambda ref, v: f'<c r="{ref}"><v>12345678901234567</v></c>',
        (3, header.index("entries.status")): lambda ref, v: f'<c r="{ref}" t="e"><v>#N/A</v></c>',
    }

    def cells(ref, text, c, r):
        if (r, c) in special:
            return special[(r, c)](ref, text)
        return text_cell(ref, text)

    write("cells-formula-rounded-error.xlsx", package(sheet_xml(rows, cells)))

    # Blank rows above the header and between the rows; a misspelt code on
    # the last row: places are the sheet's rows.
    rows = example_rows("timetable")
    rows[-1][rows[0].index("entries.dateKind")] = "indicativ"
    spaced = "".join(
        f'<row r="{3 + 3 * i}">'
        + "".join(text_cell(f"{col_letters(c)}{3 + 3 * i}", v) for c, v in enumerate(row) if v)
        + "</row>"
        for i, row in enumerate(rows)
    )
    write("S04-blank-rows-timetable.xlsx", package(SHEET.format(doctype="", rows=spaced)))

    small = package(sheet_xml(example_rows("timetable"), lambda ref, v, c, r: text_cell(ref, v)))
    write("hostile-zip-bomb.xlsx", package(
        sheet_xml(example_rows("timetable"), lambda ref, v, c, r: text_cell(ref, v)),
        extra=[("xl/media/zeros.bin", bytes(64 << 20))],
    ))
    sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + "<si><t>a</t></si>" * 2_000_000 + "</sst>"
    write("hostile-shared-strings.xlsx", package(
        sheet_xml(example_rows("timetable"), lambda ref, v, c, r: text_cell(ref, v)),
        extra=[("xl/sharedStrings.xml", sst)],
    ))
    liar = package(
        sheet_xml(example_rows("timetable"), lambda ref, v, c, r: text_cell(ref, v)),
        extra=[("xl/media/liar.bin", bytes(32 << 20))],
    )
    write("hostile-size-lie.xlsx", lie_about_size(liar, "xl/media/liar.bin", 100))
    deep = SHEET.format(doctype="", rows="<x>" * 100_000 + "</x>" * 100_000)
    write("hostile-deep.xlsx", package(deep))
    write("hostile-doctype.xlsx", package(sheet_xml(
        example_rows("timetable"), lambda ref, v, c, r: text_cell(ref, v),
        doctype='<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>',
    )))
    wide = SHEET.format(doctype="", rows='<row r="1">' + text_cell("A1", "documentType") + text_cell("XFE1", "x") + "</row>")
    write("hostile-beyond-xfd.xlsx", package(wide))
    # Each row's one cell at XFD widens its CSV row to 16,384 cells: 2,000
    # rows of 60 bytes of XML are 32 MB of CSV text.
    rows = '<row r="1">' + text_cell("A1", "documentType") + "</row>" + "".join(
        f'<row r="{r}">' + text_cell(f"XFD{r}", "x") + "</row>" for r in range(2, 2002)
    )
    write("hostile-wide-rows.xlsx", package(SHEET.format(doctype="", rows=rows)))
    assert small


if __name__ == "__main__":
    main()
