#!/usr/bin/env bash
# How ./workshop compare grows with the number of requests: wall time and heap for each step at
# 10^4 and 10^5 requests, and step 3 at 10^6, every run in a 256 MB heap (the run would fail if
# memory grew with the request count). Prints one line per run and leaves the JSON and GC logs in
# $OUT (default: target/compare-scale).
#
#   bench/compare-scale.sh                 # all of it: about 35 minutes on this 2-core machine
#   bench/compare-scale.sh "10000:1,2,3"   # only some runs: REQUESTS:STEPS ...
#
# Peak heap is read two ways: the most the heap held just before a collection (everything, garbage
# included) and the most it still held just after one (what the run really keeps), from -Xlog:gc.
# "ms/DDBcall" is the step's wall time divided by its DynamoDB calls: in step 1 that is the
# price of one moto call, which bounds how fast the comparison can go.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT="${OUT:-target/compare-scale}"
HEAP="${HEAP:-256m}"
RUNS=("$@")
if [ ${#RUNS[@]} -eq 0 ]; then
  RUNS=("10000:1" "10000:2" "10000:3" "100000:1" "100000:2" "100000:3" "1000000:3")
fi
mkdir -p "$OUT"

./workshop compare --help >/dev/null # builds once; the runs below then start at once

printf '%-9s %-5s %9s %9s %10s %9s %11s %11s %s\n' requests step "wall s" "req/s" "DDB calls" "ms/DDBcall" "heap pre-GC" "heap post-GC" "hit rate"
for run in "${RUNS[@]}"; do
  requests="${run%%:*}"
  for step in ${run#*:}; do
    step="${step//,/ }"
    for s in $step; do
      name="step-$s-$requests"
      rm -f "$OUT/$name".gc*.log
      start=$(date +%s.%N)
      JAVA_TOOL_OPTIONS="-Xmx$HEAP -Xlog:gc:file=$OUT/$name.gc-%p.log" \
        ./workshop compare --steps "$s" --requests "$requests" --json "$OUT/$name.json" >"$OUT/$name.txt" 2>/dev/null
      end=$(date +%s.%N)
      gclog="$(ls -S "$OUT/$name".gc-*.log | head -n 1)" # the compare's JVM writes the longest log
      python3 - "$OUT/$name.json" "$gclog" "$start" "$end" "$requests" "$s" <<'PY'
import json, re, sys
figures, gclog, start, end, requests, step = sys.argv[1:]
doc = json.load(open(figures))
f = doc["steps"][0]
before = after = 0.0
for line in open(gclog):
    m = re.search(r"(\d+)M->(\d+)M\(\d+M\)", line)
    if m:
        before, after = max(before, float(m.group(1))), max(after, float(m.group(2)))
calls = f["dynamodbReads"] + f["dynamodbWrites"]
hit = "n/a" if f["hitRate"] is None else "%.1f%%" % (100 * f["hitRate"])
print("%-9s %-5s %9.1f %9.0f %10d %9s %9.0f MB %9.0f MB %s" % (
    requests, step, float(end) - float(start), f["requestsPerSecond"], calls,
    "%.1f" % (1000 * f["wallSeconds"] / calls) if calls else "-", before, after, hit))
PY
    done
  done
done
