# Shared by the bench scripts (source it; not run on its own).

# The median of the numbers on standard input, one per line; "-" when there are none.
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# A fresh clone of this repository (its committed HEAD) in a new temporary directory $work, entered;
# on exit the directory goes, with any process a command started there (a moto kept warm).
clone_workshop() {
  local source_repo
  source_repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  work="$(mktemp -d)"
  trap 'pkill -f "workshop.root=$work" 2>/dev/null || true; rm -rf "$work"' EXIT
  git clone -q "$source_repo" "$work/workshop"
  cd "$work/workshop"
}
