#!/usr/bin/env bash
# The learner's loop, timed on a fresh clone of this repository (committed state, HEAD):
#   - the first command on a fresh clone (the launcher builds the tools once),
#   - ./workshop check step-2 with nothing changed, and after a one-line edit of the learner's file,
#   - ./workshop watch step-2: seconds from a save to the new scorecard on screen,
#   - and, as a baseline taken in the same run on the same machine, what one Maven compile of the
#     step costs (what every check after an edit used to pay).
# Targets (issue 9): nothing-changed under 6 s; after-an-edit within 1.5x of nothing-changed;
# watch within 3 s of a save. Usage: bash bench/learner-loop.sh [repeats, default 3]
set -euo pipefail
repeats="${1:-3}"
source_repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'pkill -f "workshop.root=$work" 2>/dev/null || true; rm -rf "$work"' EXIT
git clone -q "$source_repo" "$work/workshop"
cd "$work/workshop"
file=step-2-read-aside/src/main/java/workshop/step2/AccountRepository.java

seconds() { # command...: wall seconds, output discarded
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
first_build=$(seconds ./workshop --help)
first_check=$(seconds ./workshop check step-2)
echo "first command on a fresh clone (builds the tools once): ${first_build} s"
echo "first ./workshop check step-2 after that:                ${first_check} s"

unchanged=(); edited=(); maven=()
for i in $(seq "$repeats"); do
  unchanged+=("$(seconds ./workshop check step-2)")
  echo "    // edit $i" >> "$file"
  edited+=("$(seconds ./workshop check step-2)")
  maven+=("$(seconds ./mvnw -o -q -pl step-2-read-aside -am compile)")
done
u=$(printf '%s\n' "${unchanged[@]}" | median)
e=$(printf '%s\n' "${edited[@]}" | median)
m=$(printf '%s\n' "${maven[@]}" | median)
echo "check, nothing changed (median of $repeats): ${u} s   [target < 6 s]"
echo "check after a one-line edit (median of $repeats): ${e} s   ratio $(echo "scale=2; $e / $u" | bc)x   [target <= 1.5x]"
echo "baseline, one Maven compile of the step (median of $repeats): ${m} s"

log="$work/watch.log"
java -Dworkshop.root="$PWD" -cp "workshop-kit/target/classes:account-service/target/classes:workshop-kit/target/lib/*" \
  workshop.kit.cli.WorkshopCli watch step-2 >"$log" 2>&1 &
watch_pid=$!
waited=0
until [ "$(grep -c 'Watching step-2' "$log" || true)" -ge 1 ] || [ $waited -ge 120 ]; do sleep 0.2; waited=$((waited + 1)); done
watch_times=()
for i in $(seq "$repeats"); do
  before=$(grep -c 'Watching step-2' "$log" || true)
  start=$(date +%s.%N)
  echo "    // watched edit $i" >> "$file"
  until [ "$(grep -c 'Watching step-2' "$log" || true)" -gt "$before" ]; do sleep 0.05; done
  end=$(date +%s.%N)
  watch_times+=("$(echo "$end - $start" | bc)")
done
kill -TERM $watch_pid; wait $watch_pid 2>/dev/null || true
w=$(printf '%s\n' "${watch_times[@]}" | median)
echo "watch: save to new scorecard (median of $repeats): ${w} s   [target < 3 s]"
