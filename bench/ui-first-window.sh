#!/usr/bin/env bash
# Time from starting the JVM to the workbench window appearing on the X screen, and the CPU time the process had
# used by then (all threads). Run under Xvfb from the project folder, after `mvn -B -DskipTests package` and with
# the sample ledger already made (`mvn -q javafx:run` once):
#   xvfb-run -a -s "-screen 0 1440x900x24" bench/ui-first-window.sh [RUNS] [JVM options...]
# With SHOMU_LAUNCHER set to an app-image's launcher (target/appimage/ShomuLedger/bin/ShomuLedger) that launcher is
# started instead of the jar, with the JVM options of its .cfg file (JVM options given here are then not allowed);
# run it from a folder holding sample-data/sample-ledger.db.
set -euo pipefail
runs=${1:-3}
shift || true
if [ -n "${SHOMU_LAUNCHER:-}" ] && [ $# -gt 0 ]; then
  echo "JVM options go into the launcher's .cfg file, not here" >&2
  exit 2
fi
tck=$(getconf CLK_TCK)
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%N)
  if [ -n "${SHOMU_LAUNCHER:-}" ]; then
    "$SHOMU_LAUNCHER" app --sample > /dev/null 2>&1 &
  else
    java "$@" -jar target/shomu-ledger.jar app --sample > /dev/null 2>&1 &
  fi
  pid=$!
  until xwininfo -root -tree 2>/dev/null | grep -q 'sample-ledger.db'; do sleep 0.02; done
  t1=$(date +%s%N)
  read -r -a stat < "/proc/$pid/stat"
  echo "run $i: window after $(( (t1 - t0) / 1000000 )) ms, CPU used $(( (stat[13] + stat[14]) * 1000 / tck )) ms," \
       "load $(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"
  wait "$pid" 2> /dev/null || true
done
