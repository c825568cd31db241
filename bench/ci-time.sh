#!/usr/bin/env bash
# CI's run (bash .ci/run) in fresh clones of two commits, one after the other on this machine: the wall
# time and CPU time of each, and the slowest test classes of each. Takes as long as both runs (~30 min).
# Usage: bash bench/ci-time.sh BASELINE_COMMIT [COMMIT, default HEAD]
set -euo pipefail
baseline="${1:?usage: bash bench/ci-time.sh BASELINE_COMMIT [COMMIT]}"
commit="${2:-HEAD}"
source_repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for rev in "$baseline" "$commit"; do
  dir="$work/$(git -C "$source_repo" rev-parse --short "$rev")"
  git clone -q "$source_repo" "$dir"
  git -C "$dir" checkout -q "$rev"
  TIMEFORMAT='%R %U %S'
  times=$( { time (cd "$dir" && bash .ci/run >"$dir.log" 2>&1) ; } 2>&1 ) || { echo "$rev: .ci/run failed, see the end of its log:"; tail -20 "$dir.log"; exit 1; }
  read -r wall user sys <<<"$times"
  printf '%s: wall %dm%02ds, cpu (user+sys) %.0f s\n' "$rev" "$(( ${wall%.*} / 60 ))" "$(( ${wall%.*} % 60 ))" "$(echo "$user + $sys" | bc)"
  python3 - "$dir" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
rows = []
for report in glob.glob(sys.argv[1] + "/**/target/surefire-reports/TEST-*.xml", recursive=True):
    root = ET.parse(report).getroot()
    rows.append((float(root.get("time") or 0), root.get("name").rsplit(".", 1)[-1]))
for seconds, name in sorted(rows, reverse=True)[:8]:
    print(f"  {seconds:7.1f} s  {name}")
print(f"  sum of all test classes' times: {sum(r[0] for r in rows):.0f} s")
PY
done
