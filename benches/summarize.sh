#!/usr/bin/env bash
# Time and peak memory of `fosx summarize` (release build) on generated
# inboxes of 1,000 and 10,000 valid documents (one JSON file each) from 186
# Members over eight years: the time grows with the inputs, the memory with
# the summary (the latest documents of each Member), not with the inputs.
#
#   benches/summarize.sh            # 1,000 and 10,000 documents
#   FOSX_BENCH_DOCS="500 2000" benches/summarize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
fosx=$PWD/target/release/fosx
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

generate() { # N DIR
  python3 - "$1" "$2" <<'PY'
import csv, json, os, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(16)
countries = [r["code"] for r in csv.DictReader(open("schemas/reference/countries.csv"))]
regions = ["ESA", "EUR", "AP", "MENA", "AMS", "WCA"]
members = [(c, f"Member {c}", regions[i % 6]) for i, c in enumerate(countries[:186])]
ex = {k: json.load(open(f"docs/spec/examples/{k}.json"))
      for k in ("notification", "timetable", "progress-report")}
def day(y):
    return f"{y:04}-{rng.randint(1, 11 if y == 2026 else 12):02}-{rng.randint(1, 28):02}"
def standards():
    return [s for s in range(1, 16) if rng.random() < 0.7] or [1]
for i in range(n):
    code, name, region = members[i % len(members)]
    kind = rng.choice(["notification", "timetable", "progress-report", "progress-report"])
    y = rng.randint(2019, 2026)
    d = json.loads(json.dumps(ex[kind]))
    d["documentId"] = f"{code}-{kind[:2].upper()}-{i:06}"
    d["submissionDate"] = day(y)
    d["language"] = "en"
    d["submitter"] = {"memberCode": code, "memberName": name, "memberType": "member", "region": region}
    if kind == "notification":
        d["entries"] = [{"standard": s} for s in standards()]
    elif kind == "timetable":
        d["entries"] = [{"standard": s, "plannedStart": f"{y}-01-01", "plannedCompletion": day(y + 2),
                         "dateKind": rng.choice(["indicative", "definitive"]),
                         "technicalAssistanceRequested": False} for s in standards()]
    else:
        d["reportingPeriod"] = {"start": f"{y - 1}-01-01", "end": f"{y - 1}-12-31"}
        entries = []
        for s in standards():
            st = rng.choice(["not-started", "planned", "in-progress", "implemented"])
            e = {"standard": s, "status": st, "maturityLevel": rng.randint(1, 3)}
            if st == "implemented":
                e["completionPercent"] = 100
                e["actualCompletion"] = day(y - 1)
            elif st == "not-started":
                e["completionPercent"] = 0
            else:
                e["completionPercent"] = rng.randint(1, 99)
                e["expectedCompletion"] = day(y + 1)
            entries.append(e)
        d["entries"] = entries
    sub = os.path.join(out, code)
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, f"{i:06}.json"), "w") as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
PY
}

printf '%10s %9s %10s %s\n' documents seconds "peak KiB" exit
for n in ${FOSX_BENCH_DOCS:-1000 10000}; do
  generate "$n" "$tmp/in-$n"
  set +e
  /usr/bin/time -v -o "$tmp/time-$n" "$fosx" summarize "$tmp/in-$n" --out "$tmp/out-$n" \
    --as-of 2026-11-28 2>/dev/null
  code=$?
  set -e
  secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time-$n")
  kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time-$n")
  printf '%10s %9s %10s %s\n' "$n" "$secs" "$kib" "$code"
done
