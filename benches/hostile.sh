#!/usr/bin/env bash
# Time and peak memory of `fosx validate` (release build) on every hostile
# input: the files of fixtures/hostile/ and the big ones the tests generate
# (100,000-deep nesting, a 200 MB line, 100,000 CSV columns, 2 MB of text).
# Prints one line per input and the worst of each.
#
#   benches/hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
fosx=$PWD/target/release/fosx
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
PY

worst_t=0; worst_m=0; worst_tn=; worst_mn=
printf '%-48s %9s %10s %s\n' input seconds "peak KiB" exit
for f in fixtures/hostile/*.* fixtures/hostile/regressions/* "$tmp"/*.*; do
  case $f in *.md) continue ;; esac
  code=0
  /usr/bin/time -o "$tmp/time" -f '%e %M' "$fosx" validate --as-of 2026-11-28 --format json "$f" \
    >/dev/null 2>&1 || code=$?
  read -r secs kib < <(tail -n 1 "$tmp/time")
  printf '%-48s %9s %10s %s\n' "$(basename "$f")" "$secs" "$kib" "$code"
  if awk "BEGIN{exit !($secs > $worst_t)}"; then worst_t=$secs; worst_tn=$(basename "$f"); fi
  if [ "$kib" -gt "$worst_m" ]; then worst_m=$kib; worst_mn=$(basename "$f"); fi
done
echo "worst time:   $worst_t s ($worst_tn)"
echo "worst memory: $worst_m KiB ($worst_mn)"
