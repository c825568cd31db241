#!/usr/bin/env bash
# Where CI's CPU goes: runs bash .ci/run in a fresh clone of a commit and, once a second, reads every
# process's CPU time from /proc. Prints the run's wall and CPU time, how much of the two cores stood
# idle (in all, before the verification module, during it, and minute by minute), and the CPU by kind
# of process (the test JVMs, moto, the Maven builds and ./workshop commands the clone-based proofs
# start, ...), with how many of each were started, and the slowest test classes. Linux only (/proc);
# takes as long as one CI run (~10 min). A process shorter than a second is missed, so the kinds add up
# to a little less than the total.
# Usage: bash bench/ci-profile.sh [COMMIT, default HEAD]
#   CI_PROFILE_COMMAND='./mvnw -o -B verify -pl workshop-kit/cli' bash bench/ci-profile.sh  profiles that instead
set -euo pipefail
commit="${1:-HEAD}"
command="${CI_PROFILE_COMMAND:-bash .ci/run}"
source "$(dirname "$0")/lib.sh"
clone_workshop
git checkout -q "$commit"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)"

samples="$work/samples.tsv"
timeline="$work/timeline.tsv"
python3 - "$samples" "$work/stop" "$timeline" "$work/ci.log" <<'PY' &
# Every second: pid, start time, CPU seconds so far, command line and working directory of each process.
# And into the timeline: seconds since the start, the machine's busy and idle CPU time so far (from
# /proc/stat), and whether the run's log has reached the verification module.
import os, sys, time
out, stop, timeline_path, log = sys.argv[1:]
ticks = os.sysconf("SC_CLK_TCK")
latest = {}
first_sweep = True  # processes running before the run count from then; later ones from their start
started = time.monotonic()
timeline = open(timeline_path, "w")
verification, read_to, seen = 0, 0, b""
while not os.path.exists(stop):
    with open("/proc/stat") as f:
        cpu_line = f.readline().split()[1:9]
    jiffies = [int(v) for v in cpu_line]
    idle_jiffies = jiffies[3] + jiffies[4]
    if not verification and os.path.exists(log):
        with open(log, "rb") as f:
            f.seek(read_to)
            seen = seen[-100:] + f.read()
            read_to = f.tell()
        verification = int(b"Building Verification" in seen)
    timeline.write(f"{time.monotonic() - started:.1f}\t{sum(jiffies) - idle_jiffies}\t{idle_jiffies}\t{verification}\n")
    timeline.flush()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            key = (pid, fields[19])
            cpu = (int(fields[11]) + int(fields[12])) / ticks
            if key not in latest:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    command = " ".join(f.read().decode(errors="replace").replace("\0", " ").split())
                latest[key] = [cpu if first_sweep else 0, cpu, command, os.readlink(f"/proc/{pid}/cwd")]
            latest[key][1] = cpu
        except OSError:
            pass  # the process ended meanwhile
    first_sweep = False
    time.sleep(1)
with open(out, "w") as f:
    for (pid, start), (first, last, command, cwd) in latest.items():
        f.write(f"{last - first:.2f}\t{command}\t{cwd}\n".replace("\t\t", "\t-\t"))
PY
sampler=$!

stat_idle() { awk '/^cpu / {print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
read -r idle_before all_before <<<"$(stat_idle)"
TIMEFORMAT='%R %U %S'
status=0
# Started in the background by a script, this shell ignores SIGINT, and bash cannot undo that: python
# restores Ctrl-C for the run, whose tests send it to the processes they start (and the signals
# python itself ignores go back to their defaults too).
with_sigint() {
  python3 -c 'import os, signal, sys
for name in ("SIGINT", "SIGQUIT", "SIGPIPE", "SIGXFSZ"):
    signal.signal(getattr(signal, name), signal.SIG_DFL)
os.execvp(sys.argv[1], sys.argv[1:])' "$@"
}
times=$( { time (with_sigint bash -c "$command" >"$work/ci.log" 2>&1) ; } 2>&1 ) || status=$?
read -r idle_after all_after <<<"$(stat_idle)"
touch "$work/stop"
wait "$sampler"
if [ "$status" != 0 ]; then
  kept="$(mktemp -d)"
  cp "$work/ci.log" "$kept/"
  find . -path '*/target/surefire-reports/*' -name '*.txt' -exec cp {} "$kept/" \;
  echo "$command failed (exit $status): its log and the test reports are kept in $kept; the log ends:"
  grep -E '^\[ERROR\] (Tests run|  |Failures)' "$work/ci.log" | head -20 || true
  tail -5 "$work/ci.log"
fi

read -r wall user sys <<<"$times"
python3 - "$samples" "$wall" "$user" "$sys" "$(( idle_after - idle_before ))" "$(( all_after - all_before ))" "$work" <<'PY'
import sys, collections
samples, wall, user, sys_, idle, total, work = sys.argv[1:]
wall, user, sys_ = float(wall), float(user), float(sys_)
print(f"wall {wall:.0f} s; CPU of the run's processes {user + sys_:.0f} s (user {user:.0f}, sys {sys_:.0f});"
      f" cores idle {100 * int(idle) / max(1, int(total)):.0f} % of the time")

def kind(command, cwd):
    in_clone = work not in cwd and ("workshop-clone" in cwd or "workshop-prepare" in command)
    where = "clones' " if in_clone else ""
    if "moto_server" in command:
        return where + "moto (DynamoDB)"
    if "surefirebooter" in command:
        return where + "test JVMs (Surefire)"
    if "plexus-classworlds" in command or "/bin/mvn" in command or "mvnw" in command:
        return where + "Maven builds"
    if "WorkshopCli" in command:
        return where + "./workshop commands"
    if "chrom" in command:
        return "Chromium (the inspector's browser test)"
    if "java" in command:
        return where + "other JVMs (tests' child processes)"
    return "other (shells, git, python, ...)"

cpu, count = collections.Counter(), collections.Counter()
for line in open(samples):
    seconds, command, cwd = line.rstrip("\n").split("\t")
    k = kind(command, cwd)
    cpu[k] += float(seconds)
    count[k] += 1
print("CPU by kind of process (seconds, processes started):")
for k, seconds in cpu.most_common():
    print(f"  {seconds:7.1f} s  {count[k]:4d}  {k}")
PY
python3 - "$timeline" <<'PY'
# Idle cores by phase and by minute: a CPU-bound run keeps both busy; idle time is what waits cost
# (sleeps, deadlines, processes that run one after the other).
import sys
rows = [line.split("\t") for line in open(sys.argv[1])]
rows = [(float(t), int(busy), int(idle), int(v)) for t, busy, idle, v in rows]
def idle_share(part):
    if len(part) < 2:
        return None
    busy, idle = part[-1][1] - part[0][1], part[-1][2] - part[0][2]
    return round(100 * idle / max(1, busy + idle))
start = next((i for i, row in enumerate(rows) if row[3]), None)
if start is not None:
    print(f"cores idle before the verification module (0-{rows[start][0]:.0f} s): {idle_share(rows[:start + 1])} %;"
          f" during it ({rows[start][0]:.0f}-{rows[-1][0]:.0f} s): {idle_share(rows[start:])} %")
minutes = [idle_share([row for row in rows if m * 60 <= row[0] <= (m + 1) * 60]) for m in range(int(rows[-1][0] // 60) + 1)]
print("cores idle, minute by minute (%): " + " ".join(str(m) for m in minutes if m is not None))
PY
python3 - . <<'PY'
# The test classes that took longest, and what they all took: each module runs two or three test
# JVMs at once, so the sum is two to three times the time its tests took.
import glob, sys, xml.etree.ElementTree as ET
rows = []
for report in glob.glob(sys.argv[1] + "/**/target/surefire-reports/TEST-*.xml", recursive=True):
    root = ET.parse(report).getroot()
    rows.append((float(root.get("time") or 0), root.get("name").rsplit(".", 1)[-1]))
print("slowest test classes: " + ", ".join(f"{name} {seconds:.0f} s" for seconds, name in sorted(rows, reverse=True)[:8]))
print(f"sum of all test classes' times: {sum(r[0] for r in rows):.0f} s")
PY
