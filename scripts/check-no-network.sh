#!/usr/bin/env bash
# Runs the packaged jar's commands under strace and fails if any system call reaches for an internet address
# (connect, bind, sendto or sendmsg on AF_INET or AF_INET6). Local sockets (AF_UNIX) are listed but allowed.
# Usage: scripts/check-no-network.sh [path/to/shomu-ledger.jar]     (Linux, needs: apt-get install strace)
set -euo pipefail
jar=$(realpath "${1:-target/shomu-ledger.jar}")
[ -f "$jar" ] || { echo "jar not found: $jar (build it with: mvn -B package)"; exit 2; }
command -v strace >/dev/null || { echo "strace is not installed (apt-get install strace)"; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"   # the profile folder of this check, not yours
mkdir -p "$HOME"
ledger="$work/ledger.db"
printf '国民の祝日・休日月日,国民の祝日・休日名称\n2027/1/1,元日\n' > "$work/syukujitsu.csv"

run() {   # run ARGS... : one command as you (init makes you the ledger's manager), traced; the trace is judged
  local rc=0
  strace -f -qq --seccomp-bpf -e trace=%network -o "$work/trace.$((++n))" \
    java -Duser.home="$HOME" -Djava.awt.headless=true -jar "$jar" "$@" >"$work/out.$n" 2>&1 || rc=$?
  echo "  [$n] exit $rc  $*"
}
n=0
echo "== commands under strace"
run --version
run catalog list
run calendar holidays 2027
run init --ledger "$ledger" --sample
run staff add --ledger "$ledger" --login auditor --employee-no 7000001 --name "見本 監査" --role 監査
run calendar import-holidays --ledger "$ledger" --csv "$work/syukujitsu.csv"
run case add --ledger "$ledger" --type 2-2 --subject "通勤手当 新規認定" --field "通勤経路=見本駅〜例示駅"
run case show --ledger "$ledger" --id 1
run case list --ledger "$ledger" --limit 20
run audit list --ledger "$ledger" --views --limit 20
run audit export --ledger "$ledger" --from 2000-01-01 --to 2099-12-31 --out "$work/audit.xlsx"
run catalog show --ledger "$ledger"
run audit head --ledger "$ledger" --date 2099-12-31
run verify --ledger "$ledger"

echo "== what the traces show"
cat "$work"/trace.* > "$work/all.trace"
echo "  local sockets (allowed): $(grep -c 'AF_UNIX' "$work/all.trace" || true)"
if grep -E '\b(connect|bind|sendto|sendmsg)\(.*AF_INET6?\b' "$work/all.trace"; then
  echo "FAIL: the lines above reach for the network"
  exit 1
fi
[ -s "$work/audit.xlsx" ] || { echo "FAIL: the audit export did not run: $(cat "$work"/out.*)"; exit 1; }
echo "OK: no connect, bind or send to an internet address in $n commands"
