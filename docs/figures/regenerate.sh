#!/usr/bin/env bash
# Regenerates the compare figures the chapters quote: compare.json (checked by CommittedFiguresTest
# and DocsClaimsTest), compare.html with its charts, and compare.txt (both reports chapter 3 points
# to, as printed on standard output, ports replaced by PORT). The counts of the TTL sweep repeat
# exactly from run to run; latencies, wall time and the --clients 4 counts are this machine's.
# Run from anywhere: bash docs/figures/regenerate.sh   (takes about two minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
./workshop --help > /dev/null   # builds the tools first, so that the report holds only the report
report() { # command...: its line, then what it prints on standard output, ports replaced by PORT
  echo "\$ $*"
  "$@" | sed -E 's/127\.0\.0\.1:[0-9]+/127.0.0.1:PORT/g'
}
{
  report ./workshop compare --ttl-sweep 5,15,60,300,1800 --json docs/figures/compare.json --html docs/figures/compare.html
  echo
  report ./workshop compare --clients 4
} > docs/figures/compare.txt
echo "wrote docs/figures/compare.{txt,json,html} and the charts beside them"
