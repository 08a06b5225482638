#!/usr/bin/env bash
# Load test of `fosx serve` on 127.0.0.1, bounded: REQUESTS validations
# (default 5,000) from CLIENTS concurrent clients (default 32), over a mix of
# valid and invalid fixtures in all three representations; every answer is
# checked (200 or 422 as expected). Prints requests/s, p50/p99 latency and
# the server's peak memory (VmHWM), then the CLI's throughput on the same
# files: one process per file, and one process for all of them.
#
#   benches/load.sh [REQUESTS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-5000}
clients=${2:-32}
fosx=target/release/fosx
files=(
  fixtures/valid/progress-report.json
  fixtures/valid/timetable.json
  fixtures/valid/notification.json
  fixtures/csv/valid-several-documents.csv
  fixtures/csv/S04-bad-stakeholder.csv
  fixtures/xml/collection.xml
  fixtures/xml/p02-mismatched-tag.xml
  fixtures/json/R05-submission-before-adoption.json
)
asof=2026-11-28

cargo build --release --quiet --bin fosx --example load
log=$(mktemp)
"$fosx" serve --addr 127.0.0.1:0 --as-of "$asof" --quiet 2>"$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
  grep -q listening "$log" && break
  sleep 0.05
done
url=$(sed -n 's/^fosx serve: listening on \(http[^ ]*\)$/\1/p' "$log")
[ -n "$url" ] || { echo "the service did not start" >&2; cat "$log" >&2; exit 2; }
printf 'fosx serve (%s cores), %s requests from %s clients, %s files:\n' \
  "$(nproc)" "$requests" "$clients" "${#files[@]}"
target/release/examples/load "$url" "$requests" "$clients" "${files[@]}"
printf 'server peak memory (VmHWM) %s\n' "$(awk '/VmHWM/ {printf "%.1f MiB", $2/1024}' /proc/$pid/status)"
kill -TERM "$pid"
wait "$pid" && echo "server exit 0 after SIGTERM"
trap 'rm -f "$log"' EXIT

echo
echo "fosx validate on the same files:"
n=$(( requests / ${#files[@]} / 10 ))   # a tenth of the requests, one process each
start=$(date +%s%N)
for _ in $(seq "$n"); do
  for f in "${files[@]}"; do "$fosx" validate --format json --as-of "$asof" "$f" >/dev/null || true; done
done
end=$(date +%s%N)
count=$(( n * ${#files[@]} ))
awk -v c="$count" -v ns="$((end - start))" \
  'BEGIN { printf "  one process per file: %d files, %.0f files/s (%.2f ms each)\n", c, c / (ns / 1e9), ns / 1e6 / c }'
args=()
for _ in $(seq $(( requests / ${#files[@]} ))); do args+=("${files[@]}"); done
start=$(date +%s%N)
"$fosx" validate --format json --as-of "$asof" "${args[@]}" >/dev/null || true
end=$(date +%s%N)
awk -v c="${#args[@]}" -v ns="$((end - start))" \
  'BEGIN { printf "  one process, all files: %d files, %.0f files/s\n", c, c / (ns / 1e9) }'
