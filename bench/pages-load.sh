#!/usr/bin/env bash
# A cell's page under load: C connections (64), each with its own signed-in session of the cell
# secretary, for D seconds (30) after as long again to warm up, with wrk (apt-get install wrk).
# Prints pages/s, p50 and p99 latency, the spread (p75, p90, p99.9, the maximum, and the fewest
# and the most answers a wrk thread got: with T = C, a connection), the application's CPU time per
# page (utime + stime of its process from /proc over the measured run divided by the pages served)
# and its resident memory (VmRSS) after the run.
#
#   bench/pages-load.sh [PORT] [PATH]   against an application already running with the demo
#                                       (default 8080 and /organizations/BM-P-HOABINH-KP01)
#
# Env: C (connections, 64), T (wrk threads, C; with fewer threads than connections, the connections
# of a thread share its session), D (seconds, 30), USER_NAME (bithu.kp1), PASSWORD (demo12345),
# JFR (a file: a flight recording of the measured run, e.g. for
# `jfr print --events jdk.ExecutionSample FILE`).
set -euo pipefail
PORT=${1:-8080}
PAGE=${2:-/organizations/BM-P-HOABINH-KP01}
C=${C:-64}
T=${T:-$C}
D=${D:-30}
USER_NAME=${USER_NAME:-bithu.kp1}
PASSWORD=${PASSWORD:-demo12345}
BASE="http://localhost:$PORT"
HERE=$(cd "$(dirname "$0")" && pwd)
PID=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
[ -n "$PID" ] || { echo "nothing listens on port $PORT"; exit 1; }
TICKS=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$TICKS" '{print ($14 + $15) * 1000 / t}' "/proc/$PID/stat"; }
rss_mb() { awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status"; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SESSIONS="$WORK/sessions"
# One sign-in per connection, as C people at C browsers would.
for i in $(seq 1 "$C"); do
  jar="$WORK/jar$i"
  csrf=$(curl -s -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$USER_NAME" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
  awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$jar" | tail -n 1 >>"$SESSIONS"
done
[ "$(grep -c . "$SESSIONS")" -eq "$C" ] || { echo "could not sign in $C times"; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(head -n 1 "$SESSIONS")" "$BASE$PAGE")
[ "$status" = 200 ] || { echo "$PAGE answers $status to a signed-in session"; exit 1; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  (C=$C, D=${D}s, $PAGE, RSS $(rss_mb) MB)"
wrk -t"$T" -c"$C" -d"${D}s" -s "$HERE/pages-load.lua" "$BASE$PAGE" >/dev/null
[ -z "${JFR:-}" ] || jcmd "$PID" JFR.start name=pages-load settings=${JFR_SETTINGS:-profile} filename="$(realpath "$JFR")" >/dev/null
before=$(cpu_ms)
out=$(wrk -t"$T" -c"$C" -d"${D}s" -s "$HERE/pages-load.lua" "$BASE$PAGE")
after=$(cpu_ms)
[ -z "${JFR:-}" ] || jcmd "$PID" JFR.stop name=pages-load >/dev/null
echo "$out" | grep -E '^requests|^spread|Non-2xx'
requests=$(awk '/^requests/ {print $2}' <<<"$out")
printf 'CPU %.2f ms/page   RSS after %s MB\n' "$(awk -v a="$after" -v b="$before" -v n="$requests" 'BEGIN {print (a - b) / n}')" "$(rss_mb)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
