#!/usr/bin/env bash
# Time and peak memory of `fosx validate` (release build) on every hostile
# input: the files of fixtures/hostile/ and the hostile workbooks of
# fixtures/xlsx/, the big ones the tests generate (100,000-deep nesting, a
# 200 MB line, 100,000 CSV columns, 2 MB of text, 40,000 unknown keys or
# children, 100,000 namespace declarations, a list of a million wrong items,
# a list of codes holding 200,000 objects that are the same but for where,
# malformed XML collections past the streaming threshold) and bigger ones
# (a 33.5 MB CSV of 16,384-column rows of empty cells, a CSV header of
# 8,000,000 unnamed columns, workbooks of one-digit cells of 131 KB, 531 KB
# and 2.07 MB, declared counts and shared-formula numbers of four billion,
# 1,500,000 styles, 450,000 rows of formulas, a workbook at --max-cells),
# and 3 MB on standard input with --max-file-size 1000000. The workbooks and
# the wide CSV are run once more under an address space of 1 GiB (`prlimit
# --as`), where none may end by a signal.
# Each run is stopped after 300 s (exit 124). Prints one line per input and
# the worst of each.
#
#   benches/hostile.sh
#   FOSX=path/to/fosx benches/hostile.sh     # another build (no cargo build)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${FOSX:-}" ]; then
  cargo build --release --quiet
fi
fosx=${FOSX:-$PWD/target/release/fosx}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp" <<'PY'
import sys, os
d = sys.argv[1]
n = 100_000
open(f"{d}/deep-arrays.json", "w").write("[" * n + "]" * n)
open(f"{d}/deep-objects.json", "w").write('{"a":' * n + "1" + "}" * n)
open(f"{d}/deep-elements.xml", "w").write('<Timetable xmlns="urn:fosx:1">' + "<Entries>" * n + "</Entries>" * n + "</Timetable>")
open(f"{d}/deep-unclosed.xml", "w").write("<a>" * n)
with open(f"{d}/one-line-200mb.json", "w") as f:
    f.write('{"remarks": "')
    block = "a" * (1 << 20)
    for _ in range(200):
        f.write(block)
    f.write('"}\n')
t = open("fixtures/valid/timetable.csv", newline="").read().split("\r\n")
open(f"{d}/columns-100000.csv", "w", newline="").write(
    t[0] + "," + ",".join(f"extra{i}" for i in range(n)) + "\r\n" + t[1] + "," * n + "\r\n")
open(f"{d}/unknown-columns-100000.csv", "w", newline="").write(
    ",".join(f"extra{i}" for i in range(n)) + "\r\n" + ",".join(["x"] * n) + "\r\n")
p = open("fixtures/valid/progress-report.json").read()
open(f"{d}/remarks-2mb.json", "w").write(p.replace(
    '"Second annual report; figures for 2025 are provisional."', '"' + "x" * (2 << 20) + '"'))
k = 40_000
open(f"{d}/keys-40000.json", "w").write(
    p.replace('"remarks":', "".join(f'"unknown{i}": 1, ' for i in range(k)) + '"remarks":', 1))
x = open("fixtures/valid/progress-report.xml").read()
open(f"{d}/children-40000.xml", "w").write(
    x.replace("<SchemaVersion>", "".join(f"<Unknown{i}>1</Unknown{i}>" for i in range(k)) + "<SchemaVersion>", 1))
open(f"{d}/namespaces-100000.xml", "w").write(
    x.replace('<ProgressReport xmlns="urn:fosx:1">',
              '<ProgressReport xmlns="urn:fosx:1"' + "".join(f' xmlns:n{i}="urn:n{i}"' for i in range(n)) + ">", 1))
open(f"{d}/flood-1000000.json", "w").write(
    p.replace('"postal-operators",', "1," * 1_000_000, 1))
open(f"{d}/objects-200000.json", "w").write(
    p.replace('"postal-operators",', '{"a": 1},' * 200_000, 1))
body = x.split("?>", 1)[1]
docs = "".join(body.replace("KE-PR-2025", f"KE-PR-{i}") for i in range((17 << 20) // len(body) + 1))
open(f"{d}/collection-garbage-end.xml", "w").write(
    '<Submissions xmlns="urn:fosx:1">' + docs + "</Garbage>\n")
open(f"{d}/collection-late-declaration.xml", "w").write(
    '<Submissions xmlns="urn:fosx:1">' + '<?xml version="1.0"?>' + docs + "</Submissions>\n")
open(f"{d}/collection-dashes-in-comment.xml", "w").write(
    '<Submissions xmlns="urn:fosx:1"><!-- a -- b -->' + docs + "</Submissions>\n")
open(f"{d}/stdin-3mb.json", "w").write(p.replace(
    '"Second annual report; figures for 2025 are provisional."', '"' + "x" * (3 << 20) + '"'))

# Wide CSV: the timetable's header and row padded to 16,384 cells, 33.5 MB.
tt = open("fixtures/valid/timetable.csv", newline="").read().split("\r\n")
pad = lambda line: line + "," * (16384 - len(line.split(",")))
row = pad(tt[1]) + "\r\n"
open(f"{d}/wide-16384-columns.csv", "w", newline="").write(
    pad(tt[0]) + "\r\n" + row * ((33_500_000 - 16384) // len(row)))
open(f"{d}/header-8000000-columns.csv", "w", newline="").write(
    "documentId" + "," * 8_000_000 + "\r\nx\r\n")

# Workbooks, written part by part.
import zipfile
M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
P = "http://schemas.openxmlformats.org/package/2006/relationships"
def workbook(name, rows, extra=()):
    with zipfile.ZipFile(f"{d}/{name}", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{M}" xmlns:r="{R}"><sheets><sheet name="Submission" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        for part, text in extra:
            z.writestr(part, text)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(f'<worksheet xmlns="{M}"><sheetData>'.encode())
            for chunk in rows:
                f.write(chunk)
            f.write(b"</sheetData></worksheet>")
ones = b"<row>" + b"<c><v>1</v></c>" * 16384 + b"</row>"
for name, n in [("cells-131kb.xlsx", 270), ("cells-531kb.xlsx", 1095), ("cells-2mb.xlsx", 4280)]:
    workbook(name, (ones for _ in range(n)))
same = b'<c r="A1"><v>1</v></c>' * 100_000
workbook("cells-at-a1-2mb.xlsx", [b'<row r="1">'] + [same] * 389 + [b"</row>"])
head = b'<row r="1"><c r="A1" t="inlineStr"><is><t>documentType</t></is></c></row>'
workbook("shared-strings-declared.xlsx", [head], [("xl/sharedStrings.xml",
    f'<sst xmlns="{M}" uniqueCount="4000000000"><si><t>a</t></si></sst>')])
workbook("shared-formula-number.xlsx",
    [b'<row r="1"><c r="A1"><f t="shared" si="4000000000" ref="A1:A2">1</f><v>1</v></c></row>'])
workbook("styles-1500000.xlsx", [head], [("xl/styles.xml",
    f'<styleSheet xmlns="{M}"><cellXfs>' + "<xf/>" * 1_500_000 + "</cellXfs></styleSheet>")])
formula = b'<row><c t="str"><f>"timetable"</f><v>timetable</v></c><c t="str"><f>"X"</f><v>X</v></c></row>'
workbook("formulas-450000-rows.xlsx", [b'<row><c t="inlineStr"><is><t>documentType</t></is></c>'
    b'<c t="inlineStr"><is><t>documentId</t></is></c></row>'] + [formula] * 450_000)
# At the limit: the example's rows, 39,990 of them under its 25 columns.
import csv as csvmod, io
rows = list(csvmod.reader(io.StringIO(open("fixtures/valid/timetable.csv", newline="").read())))
idc = rows[0].index("documentId")
def letters(i):
    s = ""; i += 1
    while i:
        i, r = divmod(i - 1, 26); s = chr(65 + r) + s
    return s
def xml_row(r, vals):
    esc = lambda v: v.replace("&", "&amp;").replace("<", "&lt;")
    return (f'<row r="{r}">' + "".join(f'<c r="{letters(c)}{r}" t="inlineStr"><is><t>{esc(v)}</t></is></c>'
        for c, v in enumerate(vals) if v) + "</row>").encode()
def at_limit():
    yield xml_row(1, rows[0])
    for i in range(39_990):
        v = list(rows[1 + i % (len(rows) - 1)]); v[idc] = f"KE-TT-{i // 10}"
        yield xml_row(i + 2, v)
workbook("at-the-cell-limit.xlsx", at_limit())
PY

worst_t=0; worst_m=0; worst_tn=; worst_mn=
printf '%-48s %9s %10s %4s %12s\n' input seconds "peak KiB" exit "report B"
for f in fixtures/hostile/*.* fixtures/hostile/regressions/* fixtures/xlsx/hostile-*.xlsx "$tmp"/*.*; do
  case $f in *.md) continue ;; esac
  code=0
  if [ "$(basename "$f")" = stdin-3mb.json ]; then
    /usr/bin/time -o "$tmp/time" -f '%e %M' timeout 300 "$fosx" validate --as-of 2026-11-28 \
      --format json --max-file-size 1000000 - <"$f" > "$tmp/out" 2>/dev/null || code=$?
  else
    /usr/bin/time -o "$tmp/time" -f '%e %M' timeout 300 "$fosx" validate --as-of 2026-11-28 \
      --format json "$f" > "$tmp/out" 2>/dev/null || code=$?
  fi
  read -r secs kib < <(tail -n 1 "$tmp/time")
  printf '%-48s %9s %10s %4s %12s\n' "$(basename "$f")" "$secs" "$kib" "$code" "$(wc -c <"$tmp/out")"
  if awk "BEGIN{exit !($secs > $worst_t)}"; then worst_t=$secs; worst_tn=$(basename "$f"); fi
  if [ "$kib" -gt "$worst_m" ]; then worst_m=$kib; worst_mn=$(basename "$f"); fi
done
echo "worst time:   $worst_t s ($worst_tn)"
echo "worst memory: $worst_m KiB ($worst_mn)"

if command -v prlimit >/dev/null; then
  echo "under prlimit --as=1073741824:"
  for f in fixtures/xlsx/hostile-*.xlsx "$tmp"/*.xlsx "$tmp"/wide-*.csv "$tmp"/header-*.csv; do
    code=0
    /usr/bin/time -o "$tmp/time" -f '%e %M %x' timeout 300 prlimit --as=1073741824 "$fosx" validate \
      --as-of 2026-11-28 --format json "$f" > "$tmp/out" 2>/dev/null || code=$?
    signal=$(grep -o 'terminated by signal [0-9]*' "$tmp/time" || true)
    read -r secs kib _ < <(tail -n 1 "$tmp/time")
    printf '%-48s %9s %10s %4s %s\n' "$(basename "$f")" "$secs" "$kib" "$code" "$signal"
  done
fi
