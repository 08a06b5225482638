#!/usr/bin/env bash
# Builds the fuzz targets, then runs each for SECONDS (default 600) one
# after the other, corpora seeded from the fixtures and the past failures of
# fuzz/regressions/TARGET replayed first, and prints each target's figures
# (executions, rate, peak memory, crashes) from libFuzzer's final
# statistics. Exits 1 when any target crashed, timed out, ran out of memory
# or failed to run (the input that did it is in fuzz/artifacts/TARGET).
# FUZZ_RUNS=N stops each target after N executions instead (a campaign:
# SECONDS is then only a bound).
#
#   cargo install cargo-fuzz --locked
#   bash fuzz/run.sh [SECONDS] [TARGET...]
#   FUZZ_RUNS=2000000 bash fuzz/run.sh 7200 csv
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
all=(json xml csv stream roundtrip xlsx ods http)
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

seed() {
  local dir=fuzz/corpus/$1
  shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$dir/" || true; done
}
seed json fixtures/valid/* fixtures/json/* fixtures/hostile/*.json fixtures/hostile/regressions/*.json
seed xml fixtures/valid/* fixtures/xml/* fixtures/hostile/*.xml
seed csv fixtures/valid/* fixtures/csv/*.csv fixtures/hostile/*.csv
seed stream fixtures/valid/* fixtures/json/*.json fixtures/xml/collection*.xml fixtures/csv/*.csv \
  fixtures/hostile/regressions/stream-*
for t in "${all[@]}"; do mkdir -p "fuzz/corpus/$t" "fuzz/regressions/$t" "fuzz/artifacts/$t"; done
mkdir -p fuzz/logs

export RUSTC_BOOTSTRAP=1
# Without the comparisons' tracing every target runs about twice as fast
# (the dictionaries give the tokens it would have found); inputs up to
# 4 KiB. Both flags must be the same for `build` and `run`, or `run`
# builds again.
flags=(-O -s none --no-trace-compares)
limit=()
[ -n "${FUZZ_RUNS:-}" ] && limit=("-runs=$FUZZ_RUNS")
start=$(date +%s)
cargo fuzz build "${flags[@]}"
echo "build: $(($(date +%s) - start)) s"

failed=()
for t in "${targets[@]}"; do
  dict=()
  [ -f "fuzz/dict/$t.dict" ] && dict=("-dict=fuzz/dict/$t.dict")
  log=fuzz/logs/$t.log
  before=$(find "fuzz/artifacts/$t" -type f | wc -l)
  start=$(date +%s)
  status=0
  # The regressions come second: read and run first, never written to.
  cargo fuzz run "${flags[@]}" "$t" "fuzz/corpus/$t" "fuzz/regressions/$t" -- \
    "${dict[@]}" "${limit[@]}" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1 || status=$?
  end=$(date +%s)
  stat() { grep -o "stat::$1: *[0-9]*" "$log" | grep -o '[0-9]*$' || echo '?'; }
  runs=$(stat number_of_executed_units)
  rate=$(stat average_exec_per_sec)
  peak=$(stat peak_rss_mb)
  after=$(find "fuzz/artifacts/$t" -type f | wc -l)
  printf '%-10s %6ss %12s executions %7s/s  peak %5s MB  exit %s  new artifacts %s\n' \
    "$t" "$((end - start))" "$runs" "$rate" "$peak" "$status" "$((after - before))"
  if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
    failed+=("$t")
    grep -E -m 5 'panicked at|ERROR: libFuzzer|SUMMARY|Test unit written' "$log" || true
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]} (logs in fuzz/logs/, inputs in fuzz/artifacts/)" >&2
  exit 1
fi
