#!/usr/bin/env bash
# Regenerates the compare figures the chapters quote: compare.json (checked by CommittedFiguresTest
# and DocsClaimsTest), compare.html with its charts, and compare.txt (both reports chapter 4 points
# to, as printed on standard output, ports replaced by PORT); and compare-foreign-writes.json/.txt,
# the same TTL sweep with one write in five made straight to DynamoDB, behind the service's back
# (checked by CommittedForeignWritesFiguresTest). The counts of the TTL sweeps repeat exactly from
# run to run; latencies, wall time and the --clients 4 counts are this machine's.
# Run from anywhere: bash docs/figures/regenerate.sh [all|compare|foreign-writes]
#   (all, the default, takes about four minutes; one figure alone leaves the other's files as they are)
set -euo pipefail
cd "$(dirname "$0")/../.."
which="${1:-all}"
case "$which" in
  all | compare | foreign-writes) ;;
  *) echo "Usage: bash docs/figures/regenerate.sh [all|compare|foreign-writes]; '$which' is none of them." >&2; exit 2 ;;
esac
./workshop --help > /dev/null   # builds the tools first, so that the report holds only the report
report() { # command...: its line, then what it prints on standard output, ports replaced by PORT
  echo "\$ $*"
  "$@" | sed -E 's/127\.0\.0\.1:[0-9]+/127.0.0.1:PORT/g'
}
if [[ $which == all || $which == compare ]]; then
  {
    report ./workshop compare --ttl-sweep 5,15,60,300,1800 --json docs/figures/compare.json --html docs/figures/compare.html
    echo
    report ./workshop compare --clients 4
  } > docs/figures/compare.txt
  echo "wrote docs/figures/compare.{txt,json,html} and the charts beside them"
fi
if [[ $which == all || $which == foreign-writes ]]; then
  report ./workshop compare --foreign-writes 0.2 --ttl-sweep 5,15,60,300,1800 --json docs/figures/compare-foreign-writes.json \
    > docs/figures/compare-foreign-writes.txt
  echo "wrote docs/figures/compare-foreign-writes.{txt,json}"
fi
