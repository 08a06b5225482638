#!/usr/bin/env bash
# Time and peak memory of `fosx validate` (release build) on every hostile
# input: the files of fixtures/hostile/ and the big ones the tests generate
# (100,000-deep nesting, a 200 MB line, 100,000 CSV columns, 2 MB of text,
# 40,000 unknown keys or children, 100,000 namespace declarations, a list of a
# million wrong items, malformed XML collections past the streaming threshold)
# and 3 MB on standard input with --max-file-size 1000000.
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
PY

worst_t=0; worst_m=0; worst_tn=; worst_mn=
printf '%-48s %9s %10s %4s %12s\n' input seconds "peak KiB" exit "report B"
for f in fixtures/hostile/*.* fixtures/hostile/regressions/* "$tmp"/*.*; do
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
