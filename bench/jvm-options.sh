#!/usr/bin/env bash
# What the build's JVM options buy: a step's own tests (cd step-2-read-aside && ../mvnw test, the
# untouched starter) with the JVM's defaults (both JIT compilers, G1) against the workshop's options
# (.mvn/jvm.config for Maven, the root pom's argLine for Surefire: the quick compiler alone, the serial
# collector), alternating, in one run on one machine. Prints wall and CPU seconds (user + sys) of each.
# Usage: bash bench/jvm-options.sh [repeats, default 3]
set -euo pipefail
repeats="${1:-3}"
source "$(dirname "$0")/lib.sh"
clone_workshop

DEFAULTS="-XX:TieredStopAtLevel=4 -XX:-UseSerialGC -XX:+UseG1GC" # later options win over .mvn/jvm.config's

# mode: prints "wall cpu" in seconds of one ../mvnw test of step 2
step_tests() {
  local maven_opts="" arg_line=()
  if [ "$1" = defaults ]; then maven_opts="$DEFAULTS"; arg_line=("-DargLine=$DEFAULTS"); fi
  ( cd step-2-read-aside
    export MAVEN_OPTS="$maven_opts"
    TIMEFORMAT='%R %U %S'
    { time ../mvnw -o -q test "${arg_line[@]}" >/dev/null 2>&1 || true; } 2>&1 ) |
    awk '{printf "%.2f %.2f\n", $1, $2 + $3}'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
./workshop --help >/dev/null 2>&1 # builds and installs the tools, as a learner's first command does
step_tests workshop >/dev/null    # warm up once
: >"$work/defaults"; : >"$work/workshop-options"
for _ in $(seq "$repeats"); do
  step_tests defaults >>"$work/defaults"
  step_tests workshop >>"$work/workshop-options"
done
for mode in defaults workshop-options; do
  printf '%-17s wall %6.2f s  cpu %6.2f s  (median of %s)\n' "$mode" \
    "$(cut -d' ' -f1 "$work/$mode" | median)" "$(cut -d' ' -f2 "$work/$mode" | median)" "$repeats"
done
