#!/usr/bin/env bash
# The learner's loop, timed on fresh clones of this repository (committed state):
#   - the first command on a fresh clone (the launcher builds the tools once), then one check of
#     each step (what a learner has done before the loop below; it also writes what later commands
#     reuse: compiled steps, the tools' class-data-sharing archive, a moto kept running);
#   - ./workshop check step-2 with nothing changed (its starter), and where its time goes (each part
#     the CLI times with WORKSHOP_TIMINGS=1: JVM start, the tools' freshness check, the backends,
#     the compile, each class of checks); the same for the reference solution of step 2, where
#     every check runs to its end;
#   - ./workshop progress and ./workshop --version with nothing changed;
#   - a check after a one-line edit of the learner's file, and ./workshop watch: save to scorecard.
# With a git ref as second argument, a clone of that ref is measured the same way in the same run,
# each measurement taken in turn on both, so that both see the same load: "before" and "after".
# Always printed as a baseline of the machine's speed in this run: the load average before and
# after, and java -version.
# Targets (issue 19): check with nothing changed under 5 s; progress under 1 s.
#
#   bash bench/learner-loop.sh [repeats, default 3] [baseline ref, e.g. main]
set -euo pipefail
repeats="${1:-3}"
baseline_ref="${2:-}"
source_repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
watch_pid=""
cleanup() {
  if [ -n "$watch_pid" ]; then kill -TERM "$watch_pid" 2>/dev/null || true; wait "$watch_pid" 2>/dev/null || true; fi
  # A moto kept warm in a clone stops by itself within a second once its clone is gone.
  rm -rf "$work"
}
trap cleanup EXIT
source "$(dirname "$0")/lib.sh" # median

seconds() { # command...: wall seconds, output discarded
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "scale=2; ($end - $start) / 1000000000" | bc
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

variants=(after)
clone_of() { echo "$work/$1/workshop"; }
mkdir -p "$work/after"
git clone -q "$source_repo" "$(clone_of after)"
echo "after:  $(git -C "$(clone_of after)" log -1 --format='%h %s' | cut -c1-100)"
if [ -n "$baseline_ref" ]; then
  variants=(before after)
  mkdir -p "$work/before"
  git clone -q "$source_repo" "$(clone_of before)"
  git -C "$(clone_of before)" checkout -q "$baseline_ref"
  echo "before: $(git -C "$(clone_of before)" log -1 --format='%h %s' | cut -c1-100) ($baseline_ref)"
fi

echo "machine: $(nproc) cores, load average $(load) (cat /proc/loadavg: $(cat /proc/loadavg))"
echo "baseline, java -version: $(seconds java -version) s"

step2=step-2-read-aside/src/main/java/workshop/step2/AccountRepository.java
declare -A first_build first_checks
for v in "${variants[@]}"; do
  cd "$(clone_of "$v")"
  first_build[$v]=$(seconds ./workshop --help)
  first_checks[$v]=$(seconds bash -c './workshop check step-1; ./workshop check step-2; ./workshop check step-3; ./workshop check step-2')
done

# Each measurement in turn on every variant, $repeats times; timed runs print their parts to a file.
declare -A samples
record() { samples[$1]="${samples[$1]:-} $2"; }
timed() { # variant name command...: one run with WORKSHOP_TIMINGS=1, its parts appended to parts-<variant>-<name>
  local v=$1 name=$2; shift 2
  WORKSHOP_TIMINGS=1 "$@" 2>&1 >/dev/null | grep '^\[timing\]' >> "$work/parts-$v-$name" || true
}
for i in $(seq "$repeats"); do
  for v in "${variants[@]}"; do
    cd "$(clone_of "$v")"
    record "$v.check" "$(seconds ./workshop check step-2)"
    timed "$v" check ./workshop check step-2
    record "$v.progress" "$(seconds ./workshop progress)"
    record "$v.version" "$(seconds ./workshop --version)"
  done
done
# The same with step 2 solved: every check runs to its end (the starter fails most of them early).
for v in "${variants[@]}"; do
  cd "$(clone_of "$v")"
  cp "$source_repo/solutions/$step2" "$step2"
  ./workshop check step-2 >/dev/null 2>&1 || true
done
for i in $(seq "$repeats"); do
  for v in "${variants[@]}"; do
    cd "$(clone_of "$v")"
    record "$v.solved" "$(seconds ./workshop check step-2)"
    timed "$v" solved ./workshop check step-2
  done
done
for i in $(seq "$repeats"); do
  for v in "${variants[@]}"; do
    cd "$(clone_of "$v")"
    echo "    // edit $i" >> "$step2"
    record "$v.edited" "$(seconds ./workshop check step-2)"
  done
done

of() { echo "${samples[$1]:-}" | tr ' ' '\n' | grep -v '^$' | median; }
row() { # label key target
  local line
  line=$(printf '%-58s' "$1")
  for v in "${variants[@]}"; do line+=$(printf ' %8s' "$(of "$v.$2")"); done
  echo "$line   $3"
}
echo
echo "load average now: $(load)"
header=$(printf '%-58s' "seconds, median of $repeats (wall, launcher to exit)")
for v in "${variants[@]}"; do header+=$(printf ' %8s' "$v"); done
echo "$header"
line=$(printf '%-58s' "first command on a fresh clone (builds the tools)")
for v in "${variants[@]}"; do line+=$(printf ' %8s' "${first_build[$v]}"); done; echo "$line"
line=$(printf '%-58s' "then check step-1, step-2, step-3, step-2 (all four)")
for v in "${variants[@]}"; do line+=$(printf ' %8s' "${first_checks[$v]}"); done; echo "$line"
row "check step-2, nothing changed (the starter)" check "[target < 5 s]"
row "check step-2, nothing changed (solved: every check runs)" solved ""
row "check step-2 after a one-line edit (solved)" edited ""
row "progress, nothing changed" progress "[target < 1 s]"
row "--version (JVM and the tools' start only)" version ""

# Where the time goes: each part's median, from the timed runs (the parts overlap: the backends
# start in the background while the step compiles).
parts() { # variant name -> "part<TAB>median ms" lines, in the order the parts first appear
  local file="$work/parts-$1-$2" part
  [ -f "$file" ] || return 0
  # "[timing] <part, padded>  <ms> ms  (from ...)", or the last line: "[timing] whole JVM ...  <ms> ms"
  sed -E -e 's/^\[timing\] (.*[^ ]) +([0-9]+) ms +\(from .*/\1\t\2/' -e 's/^\[timing\] (.*[^ ]) +([0-9]+) ms$/\1\t\2/' "$file" > "$file.tsv"
  cut -f1 "$file.tsv" | awk '!seen[$0]++' | while IFS= read -r part; do
    printf '%s\t%s\n' "$part" "$(awk -F'\t' -v p="$part" '$1 == p {print $2}' "$file.tsv" | median)"
  done
}
for name in check solved; do
  echo
  echo "where the time goes, check step-2 ($([ "$name" = check ] && echo "the starter" || echo "solved")), ms, median of $repeats:"
  declare -A table=()
  names=()
  for v in "${variants[@]}"; do
    while IFS=$'\t' read -r part ms; do
      [ -n "$part" ] || continue
      [ -n "${table[$part.seen]:-}" ] || { names+=("$part"); table[$part.seen]=1; }
      table[$part.$v]=$ms
    done < <(parts "$v" "$name")
  done
  for part in "${names[@]}"; do
    line=$(printf '  %-52s' "$part")
    for v in "${variants[@]}"; do line+=$(printf ' %8s' "${table[$part.$v]:--}"); done
    echo "$line"
  done
  unset table
done

# watch: seconds from a save to the new scorecard (the after variant only), on step 2's starter.
cd "$(clone_of after)"
git checkout -q -- "$step2"
log="$work/watch.log"
./workshop watch step-2 >"$log" 2>&1 &
watch_pid=$!
waited=0
until [ "$(grep -c 'Watching step-2' "$log" || true)" -ge 1 ] || [ $waited -ge 600 ]; do sleep 0.2; waited=$((waited + 1)); done
watch_times=()
for i in $(seq "$repeats"); do
  before=$(grep -c 'Watching step-2' "$log" || true)
  start=$(date +%s%N)
  echo "    // watched edit $i" >> "$step2"
  waited=0
  until [ "$(grep -c 'Watching step-2' "$log" || true)" -gt "$before" ] || [ $waited -ge 1200 ]; do sleep 0.05; waited=$((waited + 1)); done
  end=$(date +%s%N)
  watch_times+=("$(echo "scale=2; ($end - $start) / 1000000000" | bc)")
done
kill -TERM "$watch_pid"; wait "$watch_pid" 2>/dev/null || true; watch_pid=""
echo
echo "watch (after): save to new scorecard, median of $repeats: $(printf '%s\n' "${watch_times[@]}" | median) s"
echo "load average at the end: $(load)"
