#!/usr/bin/env bash
# The Python package against the command line on the same 1,000 files (the
# first 1,000 of the benchmark inbox: JSON, XML and CSV mixed, a tenth
# invalid), process start to exit, median of RUNS runs (hyperfine):
#
#   python, paths     one Python process: fosx.validate(path) per file, in turn
#   python, bytes     the same with the files' bytes (read by Python)
#   python, 2 threads fosx.validate(path) from a pool of 2 threads (the lock
#                     is released while a file is checked)
#   cli validate      fosx validate DIR --format json (all cores)
#   cli batch         fosx batch DIR --out OUT, into an empty OUT each run
#
#   benches/python.sh [CORPUS_DIR]    (default target/corpus; made if missing)
#
# Needs hyperfine and the package installed in the python3 on PATH (or
# PYTHON=...): pip install ./python.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-target/corpus}
runs=${RUNS:-10}
python=${PYTHON:-python3}
fosx=$PWD/target/release/fosx
asof=2026-11-28
command -v hyperfine >/dev/null || { echo "python.sh needs hyperfine" >&2; exit 2; }
"$python" -c 'import fosx' || { echo "python.sh needs the package: pip install ./python" >&2; exit 2; }

cargo build --release --quiet
if [ ! -d "$corpus/inbox" ]; then
  cargo run --release --quiet --example corpus -- "$corpus"
fi
dir=$corpus/many/mixed
if [ "$(find "$dir" -type f 2>/dev/null | wc -l)" -ne 1000 ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  find "$corpus/inbox" -type f | sort | head -n 1000 | xargs cp -t "$dir"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/run.py" <<'PY'
import os, sys
from concurrent.futures import ThreadPoolExecutor
import fosx
mode, folder, as_of = sys.argv[1:]
files = sorted(os.path.join(folder, n) for n in os.listdir(folder))
if mode == "paths":
    reports = [fosx.validate(f, as_of=as_of) for f in files]
elif mode == "bytes":
    reports = []
    for f in files:
        with open(f, "rb") as fh:
            reports.append(fosx.validate(fh.read(), name=f, as_of=as_of))
else:
    with ThreadPoolExecutor(2) as pool:
        reports = list(pool.map(lambda f: fosx.validate(f, as_of=as_of), files))
assert len(reports) == 1000
print(sum(r.valid for r in reports), "valid", file=sys.stderr)
PY
hyperfine -N --runs "$runs" --warmup 1 -i --export-markdown "$tmp/table.md" \
  -n "python, paths" "$python $tmp/run.py paths $dir $asof" \
  -n "python, bytes" "$python $tmp/run.py bytes $dir $asof" \
  -n "python, 2 threads" "$python $tmp/run.py threads $dir $asof" \
  -n "cli validate" "$fosx validate $dir --format json --as-of $asof -o $tmp/report.json" \
  >/dev/null
hyperfine -N --runs "$runs" --warmup 1 -i --export-markdown "$tmp/batch.md" \
  --prepare "rm -rf $tmp/out" \
  -n "cli batch" "$fosx batch $dir --out $tmp/out --as-of $asof" >/dev/null
cat "$tmp/table.md"
tail -n 1 "$tmp/batch.md"
