#!/usr/bin/env bash
# A step's own tests run the Java way, against ./workshop check of the same step, in one run on one
# machine: both grade the same checks on the same code (the untouched starter of step 2), so the
# difference is what Maven adds (its start, the up-to-date checks, Surefire's forked JVM).
# Target (issue 18): ../mvnw test inside the step, warm, within 2x ./workshop check.
# Usage: bash bench/step-tests.sh [repeats, default 3]
set -euo pipefail
repeats="${1:-3}"
source "$(dirname "$0")/lib.sh"
clone_workshop

seconds() { # command...: wall seconds, output discarded
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
maven_test() { (cd step-2-read-aside && ../mvnw -o -q test); }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
./workshop --help >/dev/null 2>&1           # builds and installs the tools, as a learner's first command does
seconds ./workshop check step-2 >/dev/null   # warm both up once
seconds maven_test >/dev/null

check=(); maven=()
for i in $(seq "$repeats"); do
  check+=("$(seconds ./workshop check step-2)")
  maven+=("$(seconds maven_test)")
done
c=$(printf '%s\n' "${check[@]}" | median)
m=$(printf '%s\n' "${maven[@]}" | median)
echo "./workshop check step-2 (median of $repeats):            ${c} s"
echo "cd step-2-read-aside && ../mvnw test (median of $repeats): ${m} s   ratio $(echo "scale=2; $m / $c" | bc)x   [target <= 2x]"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
