#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 600) one after the other,
# corpora seeded from the fixtures, and prints each target's figures
# (executions, time, crashes) from libFuzzer's final statistics.
#
#   cargo install cargo-fuzz
#   bash fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json xml csv stream roundtrip)

seed() {
  local dir=fuzz/corpus/$1
  shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$dir/" || true; done
}
seed json fixtures/valid/* fixtures/json/* fixtures/hostile/*.json fixtures/hostile/regressions/*.json
seed xml fixtures/valid/* fixtures/xml/* fixtures/hostile/*.xml
seed csv fixtures/valid/* fixtures/csv/*.csv fixtures/hostile/*.csv
seed stream fixtures/valid/* fixtures/json/*.json fixtures/xml/collection*.xml fixtures/csv/*.csv
mkdir -p fuzz/corpus/roundtrip fuzz/logs

export RUSTC_BOOTSTRAP=1
for t in "${targets[@]}"; do
  dict=()
  [ -f "fuzz/dict/$t.dict" ] && dict=("-dict=fuzz/dict/$t.dict")
  log=fuzz/logs/$t.log
  start=$(date +%s)
  status=0
  cargo fuzz run -O -s none "$t" "fuzz/corpus/$t" -- \
    "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 >"$log" 2>&1 || status=$?
  end=$(date +%s)
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  peak=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  crashes=$(find "fuzz/artifacts/$t" -type f 2>/dev/null | wc -l)
  printf '%-10s %6ss %12s executions  peak %5s MB  exit %s  artifacts %s\n' \
    "$t" "$((end - start))" "$runs" "$peak" "$status" "$crashes"
done
