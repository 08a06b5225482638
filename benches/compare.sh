#!/usr/bin/env bash
# End-to-end comparison of `fosx validate` with the tools people use today,
# on the same files, in one run: for each representation, one typical file
# (process start to exit), 1,000 files in one process, and the ~100 MB
# collection. Each row gives fosx's time, the peer's, and fosx / peer.
#
#   benches/compare.sh [CORPUS_DIR]      (default target/corpus; made if missing)
#
#   RUNS=N          runs per command (default 10; at least 5): times are medians
#   PEER_TIMEOUT=S  a peer run once is stopped after S seconds (default 300)
#
# Peers, each skipped with a note when not installed:
#   JSON  jsonschema-cli (Rust) with schemas/fosx.schema.json
#         (check-jsonschema and ajv, when installed: one file only)
#   XML   xmllint --noout --schema schemas/fosx.xsd       (Debian: libxml2-utils)
#   CSV   frictionless with schemas/progress-report.table-schema.json: one
#         file by its command; 1,000 files in one Python process, once; the
#         collection once (each stopped after PEER_TIMEOUT)
#   XLSX  a workbook of 10,005 entry rows (667 progress reports, the
#   ODS   collection's first; the .ods made from the .xlsx by LibreOffice):
#         frictionless validate with the same Table Schema (once, needs
#         openpyxl / ezodf), and pandas.read_excel(engine="calamine"), reading
#         only (no checks): the floor a Python pipeline pays
# Needs hyperfine (Debian: hyperfine) and python3.
set -uo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-target/corpus}
runs=${RUNS:-10}
peer_timeout=${PEER_TIMEOUT:-300}
[ "$runs" -ge 5 ] || runs=5
fosx=target/release/fosx
asof=--as-of=2026-11-28
schema_json=schemas/fosx.schema.json
schema_xsd=schemas/fosx.xsd
schema_csv=schemas/progress-report.table-schema.json

have() { command -v "$1" >/dev/null 2>&1; }
have hyperfine || { echo "compare.sh needs hyperfine" >&2; exit 2; }
have python3 || { echo "compare.sh needs python3" >&2; exit 2; }

cargo build --release --quiet || exit 2
if [ ! -d "$corpus/inbox" ]; then
  cargo run --release --quiet --example corpus -- "$corpus" || exit 2
fi
# 1,000 files of each representation: the first ones of the inbox (a
# tenth of them invalid, as there).
for kind in json xml csv; do
  dir=$corpus/many/$kind
  if [ "$(find "$dir" -name "*.$kind" 2>/dev/null | wc -l)" -ne 1000 ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    find "$corpus/inbox" -name "*.$kind" | sort | head -n 1000 | xargs cp -t "$dir"
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# median RUNS CMD...: the median wall time of CMD in ms (hyperfine, no
# shell, one warm-up run; exit codes ignored: a tenth of the files are
# invalid).
median() {
  local n=$1; shift
  hyperfine -N --style none --runs "$n" --warmup 1 -i --export-json "$tmp/hf.json" \
    -- "$*" >/dev/null 2>&1 || { echo nan; return; }
  python3 -c 'import json,sys;print("%.1f"%(json.load(open(sys.argv[1]))["results"][0]["median"]*1e3))' "$tmp/hf.json"
}

# once CMD...: the wall time of one run in ms (for peers that take minutes).
once() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  local rc=$?
  end=$(date +%s%N)
  if [ "$rc" -eq 124 ]; then echo ">$((peer_timeout * 1000))"; else echo $(( (end - start) / 1000000 )); fi
}

printf '%-28s %10s  %-24s %10s  %7s\n' workload "fosx ms" peer "peer ms" ratio
# row WORKLOAD FOSX_MS PEER PEER_MS
row() {
  local ratio
  ratio=$(python3 -c 'import sys
try: print("%.2f"%(float(sys.argv[1])/float(sys.argv[2])))
except Exception: print("-")' "$2" "$4")
  printf '%-28s %10s  %-24s %10s  %7s\n' "$1" "$2" "$3" "$4" "$ratio"
}

# The 1,000 CSV files in one Python process, as frictionless validates them.
cat > "$tmp/frictionless_many.py" <<'EOF'
import sys
from frictionless import Resource, Schema, system
schema = Schema(sys.argv[1])
# Trusted: the corpus may be given as an absolute path, which frictionless
# otherwise refuses without reading it.
with system.use_context(trusted=True):
    bad = sum(not Resource(path, schema=schema).validate().valid for path in sys.argv[2:])
sys.exit(1 if bad else 0)
EOF

for kind in json xml csv; do
  one=$corpus/typical/progress-report.$kind
  many=$corpus/many/$kind
  big=$corpus/collections/collection.$kind
  files=("$many"/*."$kind")

  t=$(median "$((runs * 5))" $fosx validate $asof "$one")
  case $kind in
    json) if have jsonschema-cli; then
            row "one $kind file" "$t" jsonschema-cli "$(median "$((runs * 5))" jsonschema-cli $schema_json -i "$one")"
          else row "one $kind file" "$t" "jsonschema-cli (absent)" -; fi
          if have check-jsonschema; then
            row "one $kind file" "$t" check-jsonschema "$(median "$runs" check-jsonschema --schemafile $schema_json "$one")"
          fi
          if have ajv; then
            row "one $kind file" "$t" ajv "$(median "$runs" ajv validate --spec=draft2020 -c ajv-formats -s $schema_json -d "$one")"
          fi ;;
    xml)  if have xmllint; then
            row "one $kind file" "$t" "xmllint --schema" "$(median "$((runs * 5))" xmllint --noout --schema $schema_xsd "$one")"
          else row "one $kind file" "$t" "xmllint (absent)" -; fi ;;
    csv)  if have frictionless; then
            row "one $kind file" "$t" "frictionless validate" "$(median "$runs" frictionless validate --trusted --schema $schema_csv "$one")"
          else row "one $kind file" "$t" "frictionless (absent)" -; fi ;;
  esac

  t=$(median "$runs" $fosx validate $asof "$many")
  case $kind in
    json) if have jsonschema-cli; then
            args=(); for f in "${files[@]}"; do args+=(-i "$f"); done
            row "1,000 $kind files" "$t" jsonschema-cli "$(median "$runs" jsonschema-cli $schema_json "${args[@]}")"
          else row "1,000 $kind files" "$t" "jsonschema-cli (absent)" -; fi ;;
    xml)  if have xmllint; then
            row "1,000 $kind files" "$t" "xmllint --schema" "$(median "$runs" xmllint --noout --schema $schema_xsd "${files[@]}")"
          else row "1,000 $kind files" "$t" "xmllint (absent)" -; fi ;;
    csv)  if python3 -c 'import frictionless' 2>/dev/null; then
            row "1,000 $kind files" "$t" "frictionless (API, 1 run)" "$(once timeout "$peer_timeout" python3 "$tmp/frictionless_many.py" $schema_csv "${files[@]}")"
          else row "1,000 $kind files" "$t" "frictionless (absent)" -; fi ;;
  esac

  t=$(median "$runs" $fosx validate $asof "$big")
  label="collection.$kind ($(( $(stat -c %s "$big") >> 20 )) MB)"
  case $kind in
    json) if have jsonschema-cli; then
            row "$label" "$t" jsonschema-cli "$(median "$runs" jsonschema-cli $schema_json -i "$big")"
          else row "$label" "$t" "jsonschema-cli (absent)" -; fi ;;
    xml)  if have xmllint; then
            row "$label" "$t" "xmllint --schema" "$(median "$runs" xmllint --noout --schema $schema_xsd "$big")"
          else row "$label" "$t" "xmllint (absent)" -; fi ;;
    csv)  if have frictionless; then
            row "$label" "$t" "frictionless (1 run)" "$(once timeout "$peer_timeout" frictionless validate --trusted --schema $schema_csv "$big")"
          else row "$label" "$t" "frictionless (absent)" -; fi ;;
  esac
  /usr/bin/time -f "  fosx peak memory on collection.$kind: %M KB" $fosx validate $asof "$big" 2>&1 >/dev/null | tail -n 1
done
# Workbooks: the collection's first 667 documents (10,005 rows) as .xlsx
# (written by fosx) and .ods (LibreOffice, when installed).
books=$corpus/workbooks
if [ ! -f "$books/progress-reports.xlsx" ]; then
  mkdir -p "$books"
  head -n $((1 + 667 * 15)) "$corpus/collections/collection.csv" > "$tmp/book.csv"
  $fosx convert $asof --to xlsx -o "$books/progress-reports.xlsx" "$tmp/book.csv" || exit 2
fi
if [ ! -f "$books/progress-reports.ods" ] && have soffice; then
  soffice -env:UserInstallation=file://"$tmp"/lo-profile --headless --convert-to ods \
    --outdir "$books" "$books/progress-reports.xlsx" >/dev/null 2>&1
fi
cat > "$tmp/pandas_read.py" <<'EOF'
import sys
import pandas
pandas.read_excel(sys.argv[1], engine="calamine")
EOF
for ext in xlsx ods; do
  book=$books/progress-reports.$ext
  label="workbook .$ext (10,005 rows)"
  if [ ! -f "$book" ]; then row "$label" - "(not made: soffice absent)" -; continue; fi
  t=$(median "$runs" $fosx validate $asof "$book")
  if python3 -c 'import pandas, python_calamine' 2>/dev/null; then
    row "$label" "$t" "pandas+calamine (read)" "$(median "$runs" python3 "$tmp/pandas_read.py" "$book")"
  else row "$label" "$t" "pandas+calamine (absent)" -; fi
  if have frictionless; then
    row "$label" "$t" "frictionless (1 run)" "$(once timeout "$peer_timeout" frictionless validate --trusted --schema $schema_csv "$book")"
  else row "$label" "$t" "frictionless (absent)" -; fi
done
echo "(times: medians of $runs runs, 5 x $runs for one file; ratio = fosx / peer)"
