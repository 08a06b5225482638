#!/usr/bin/env bash
# End-to-end comparison of `fosx validate` with the tools people use today,
# on the same files: one typical file (start-up included), the 10,000-file
# inbox, and the ~100 MB collections.
#
#   benches/compare.sh [CORPUS_DIR]      (default target/corpus; made if missing)
#
# Peers, each skipped with a note when not installed:
#   xmllint --noout --schema schemas/fosx.xsd           (Debian: libxml2-utils)
#   jsonschema-cli (Rust), check-jsonschema or ajv      with schemas/fosx.schema.json
#   frictionless validate with schemas/progress-report.table-schema.json
# Uses hyperfine when installed (Debian: hyperfine), else repeated `time`.
set -uo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-target/corpus}
fosx=target/release/fosx
asof=--as-of=2026-11-28

cargo build --release --quiet || exit 2
if [ ! -d "$corpus/inbox" ]; then
  cargo run --release --quiet --example corpus -- "$corpus" || exit 2
fi

have() { command -v "$1" >/dev/null 2>&1; }
note() { printf '  (skipped: %s)\n' "$*"; }

# time_cmd NAME RUNS CMD...: mean wall time in ms (hyperfine if present).
time_cmd() {
  local name=$1 runs=$2; shift 2
  if have hyperfine; then
    hyperfine --style none --runs "$runs" --warmup 1 -i --export-json /tmp/fosx-hf.json -- "$(printf '%q ' "$@")" >/dev/null 2>&1
    python3 -c 'import json;r=json.load(open("/tmp/fosx-hf.json"))["results"][0];print("%-45s %10.1f ms  (± %.1f)"%("'"$name"'",r["mean"]*1e3,r["stddev"]*1e3 if r["stddev"] else 0))'
  else
    local start end
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1; done
    end=$(date +%s%N)
    printf '%-45s %10.1f ms\n' "$name" "$(echo "($end - $start) / $runs / 1000000" | bc -l)"
  fi
}

for kind in json xml csv; do
  f=$corpus/typical/progress-report.$kind
  echo "== one typical $kind file ($(stat -c %s "$f") bytes), process start to exit"
  time_cmd "fosx validate" 50 $fosx validate $asof "$f"
  case $kind in
    xml) if have xmllint; then time_cmd "xmllint --schema" 50 xmllint --noout --schema schemas/fosx.xsd "$f"; else note xmllint; fi ;;
    json)
      if have jsonschema-cli; then time_cmd "jsonschema-cli" 50 jsonschema-cli schemas/fosx.schema.json -i "$f"; else note jsonschema-cli; fi
      if have check-jsonschema; then time_cmd "check-jsonschema" 5 check-jsonschema --schemafile schemas/fosx.schema.json "$f"; else note check-jsonschema; fi
      if have ajv; then time_cmd "ajv" 5 ajv validate --spec=draft2020 -c ajv-formats -s schemas/fosx.schema.json -d "$f"; else note ajv; fi ;;
    csv) if have frictionless; then time_cmd "frictionless validate" 3 frictionless validate --schema schemas/progress-report.table-schema.json "$f"; else note frictionless; fi ;;
  esac
done

n=$(find "$corpus/inbox" -type f | wc -l)
echo "== inbox of $n files ($(du -sh "$corpus/inbox" | cut -f1))"
time_cmd "fosx validate (all, parallel)" 3 $fosx validate $asof --format json "$corpus/inbox"
if have xmllint; then time_cmd "xmllint --schema (xml files, one process)" 1 sh -c "xmllint --noout --schema schemas/fosx.xsd $corpus/inbox/*.xml"; else note xmllint; fi
if have jsonschema-cli; then time_cmd "jsonschema-cli (json files, one process)" 1 sh -c "jsonschema-cli schemas/fosx.schema.json $(printf -- '-i %s ' "$corpus"/inbox/*.json)"; else note jsonschema-cli; fi
if have check-jsonschema; then time_cmd "check-jsonschema (json files, one process)" 1 sh -c "check-jsonschema --schemafile schemas/fosx.schema.json $corpus/inbox/*.json"; else note check-jsonschema; fi
if have ajv; then time_cmd "ajv (json files, one process)" 1 sh -c "ajv validate --spec=draft2020 -c ajv-formats -s schemas/fosx.schema.json -d '$corpus/inbox/*.json'"; else note ajv; fi
if have frictionless; then note "frictionless on 3,333 files takes hours; see the single-file figure"; fi

for kind in json xml csv; do
  f=$corpus/collections/collection.$kind
  echo "== collection.$kind ($(stat -c %s "$f") bytes)"
  time_cmd "fosx validate" 3 $fosx validate $asof "$f"
  /usr/bin/time -f "  fosx peak memory: %M KB" $fosx validate $asof "$f" 2>&1 >/dev/null | tail -n 1
  case $kind in
    xml) if have xmllint; then time_cmd "xmllint --schema" 1 xmllint --noout --schema schemas/fosx.xsd "$f"; fi ;;
    json) if have jsonschema-cli; then time_cmd "jsonschema-cli" 1 jsonschema-cli schemas/fosx.schema.json -i "$f"; fi
          if have check-jsonschema; then time_cmd "check-jsonschema (stopped after 300 s)" 1 timeout 300 check-jsonschema --schemafile schemas/fosx.schema.json "$f"; fi
          if have ajv; then time_cmd "ajv" 1 ajv validate --spec=draft2020 -c ajv-formats -s schemas/fosx.schema.json -d "$f"; fi ;;
    csv) if have frictionless; then time_cmd "frictionless validate (stopped after 300 s)" 1 timeout 300 frictionless validate --schema schemas/progress-report.table-schema.json "$f"; fi ;;
  esac
done
