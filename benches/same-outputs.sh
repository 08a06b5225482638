#!/usr/bin/env bash
# Every output of two fosx binaries on the same inputs, compared byte for
# byte: for a change that must not change behaviour (a reorganisation, a
# speed-up), build the binary before and after and run
#
#   benches/same-outputs.sh OLD_FOSX NEW_FOSX [CORPUS_DIR]
#
# (CORPUS_DIR default target/corpus, made by examples/corpus.rs if missing.)
# Inputs: every file of fixtures/, every seventh file of the corpus's
# 10,000-file inbox, the corpus's three big collections and a copy of each
# with wrong statuses (so that streaming reports problems). Outputs: the
# JSON, human, SARIF, JUnit and French reports, `convert --to` each
# representation, every template and example, `explain` of every code,
# every schema, `batch` of the whole inbox (the output tree and
# summary.json) and `summarize` of it. Exit status 0 when everything is the
# same (the batch's closing line, which gives its speed, aside), 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n 2,16p "$0"; exit 2; }
old=$(realpath "$1"); new=$(realpath "$2"); corpus=${3:-target/corpus}
if [ ! -d "$corpus/inbox" ]; then
  cargo run --release --quiet --example corpus -- "$corpus" || exit 2
fi
corpus=$(realpath "$corpus")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
asof=--as-of=2026-11-28

for kind in json xml csv; do
  [ -f "$work/bad.$kind" ] && continue
  sed 's/"in-progress"/"In Progress"/g; s/>in-progress</>In Progress</g; s/,in-progress,/,In Progress,/g' \
    "$corpus/collections/collection.$kind" > "$work/bad.$kind"
done

# outputs BIN DIR: every output of BIN, one file each, into DIR.
outputs() {
  local bin=$1 out=$2 f k fmt to t c s
  mkdir -p "$out"
  { find fixtures -type f \( -name '*.json' -o -name '*.xml' -o -name '*.csv' \) | sort
    find "$corpus/inbox" -type f | sort | awk 'NR % 7 == 0'
  } | while read -r f; do
    k=$(printf '%s' "$f" | tr '/' '_')
    for fmt in json human sarif junit; do
      COLUMNS=100 NO_COLOR=1 "$bin" validate $asof --format $fmt "$f" > "$out/$k.$fmt" 2>&1
      echo "exit $?" >> "$out/$k.$fmt"
    done
    NO_COLOR=1 "$bin" validate $asof --lang fr "$f" > "$out/$k.fr" 2>&1
    echo "exit $?" >> "$out/$k.fr"
    for to in json xml csv; do
      "$bin" convert $asof --to $to "$f" > "$out/$k.to.$to" 2>&1
      echo "exit $?" >> "$out/$k.to.$to"
    done
  done
  for f in "$corpus"/collections/collection.* "$work"/bad.*; do
    k=$(basename "$f")
    for fmt in json human; do
      COLUMNS=100 NO_COLOR=1 "$bin" validate $asof --format $fmt "$f" > "$out/big.$k.$fmt" 2>&1
      echo "exit $?" >> "$out/big.$k.$fmt"
    done
  done
  for t in notification timetable progress-report; do
    for to in json xml csv; do
      "$bin" template $t --to $to > "$out/template.$t.$to" 2>&1
      "$bin" template $t --to $to --example > "$out/example.$t.$to" 2>&1
    done
  done
  "$bin" explain > "$out/explain" 2>&1
  for c in $("$bin" explain | grep -oE 'FOS-[A-Z]+[0-9]*' | sort -u); do
    "$bin" explain "$c" > "$out/explain.$c" 2>&1
    "$bin" explain --lang fr "$c" > "$out/explain.fr.$c" 2>&1
  done
  for s in json-schema xsd table-schema; do
    "$bin" schema --to $s > "$out/schema.$s" 2>&1
  done
  "$bin" batch $asof "$corpus/inbox" --out "$work/batch" 2>&1 | grep -v '^processed' > "$out/batch"
  (cd "$work/batch" && find . -type f ! -name '.fosx*' | sort | xargs sha256sum) > "$out/batch.tree"
  "$bin" summarize $asof "$corpus/inbox" --out "$work/summary" > "$out/summarize" 2>&1
  (cd "$work/summary" && find . -type f | sort | xargs sha256sum) > "$out/summarize.tree"
  rm -rf "$work/batch" "$work/summary"
}

outputs "$old" "$work/old"
outputs "$new" "$work/new"
n=$(find "$work/old" -type f | wc -l)
if diff -r "$work/old" "$work/new" > "$work/diff"; then
  echo "same: $n outputs byte for byte"
else
  echo "different ($(grep -c '^diff' "$work/diff" || true) of $n outputs):"
  head -n 60 "$work/diff"
  exit 1
fi
