#!/usr/bin/env bash
# CPU per rendered page and per API call on the demo dataset (embedded H2), measured as the
# application's own CPU time (utime + stime of its process, from /proc) across N requests, so
# that the figure holds on a busy machine where wall time does not.
#
#   bench/pages.sh [PORT]     against an application already running with the demo on PORT
#                             (default 8080), e.g.  java -Xmx512m -jar target/ptdv-*.jar
#
# Needs curl and ab (apt-get install apache2-utils). Env: N (page requests, 500; a fifth of
# that for the API), C(concurrency, 8).
set -euo pipefail
PORT=${1:-8080}
N=${N:-500}
C=${C:-8}
BASE="http://localhost:$PORT"
PID=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
[ -n "$PID" ] || { echo "nothing listens on port $PORT"; exit 1; }
TICKS=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$TICKS" '{print ($14 + $15) * 1000 / t}' "/proc/$PID/stat"; }

# A signed-in session of the cell secretary of Chi bộ Khu phố 1.
JAR_COOKIES=$(mktemp)
trap 'rm -f "$JAR_COOKIES"' EXIT
CSRF=$(curl -s -c "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "username=bithu.kp1" \
  --data-urlencode "password=demo12345" --data-urlencode "_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$JAR_COOKIES" | tail -n 1)
[ -n "$SESSION" ] || { echo "could not sign in"; exit 1; }

# measure LABEL N URL [ab options…]: CPU ms per request and ab's throughput and latency, after
# as many requests again to warm up (the JIT compiler's work would otherwise count).
measure() {
  local label=$1 n=$2 url=$3; shift 3
  ab -q -n "$n" -c "$C" "$@" "$url" >/dev/null 2>&1
  local before after out
  before=$(cpu_ms)
  out=$(ab -q -n "$n" -c "$C" "$@" "$url" 2>&1)
  after=$(cpu_ms)
  local failed non2xx rps p99
  failed=$(awk -F: '/^Failed requests/ {gsub(/ /, "", $2); print $2}' <<<"$out")
  non2xx=$(awk -F: '/^Non-2xx responses/ {gsub(/ /, "", $2); print $2}' <<<"$out")
  rps=$(awk '/^Requests per second/ {print $4}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '%-34s CPU %6.2f ms/request  %7s req/s  p99 %5s ms  failed %s  non-2xx %s\n' "$label" \
    "$(awk -v a="$after" -v b="$before" -v n="$n" 'BEGIN {print (a - b) / n}')" "$rps" "$p99" "${failed:-0}" "${non2xx:-0}"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  (N=$N, C=$C)"
measure "cell page /organizations/KP01" "$N" "$BASE/organizations/BM-P-HOABINH-KP01" -C "$SESSION"
measure "home page /" "$N" "$BASE/" -C "$SESSION"
measure "API /api/v1/me, HTTP Basic" "$((N / 5))" "$BASE/api/v1/me" -A bithu.kp1:demo12345
# An API token of the same account, made on its account page (builds without tokens skip this).
FORM=$(curl -s -b "$JAR_COOKIES" "$BASE/account/tokens")
if grep -q 'name="_csrf"' <<<"$FORM"; then
  CSRF=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$FORM" | head -n 1 | sed 's/.*value="//; s/"$//')
  TOKEN=$(curl -s -b "$JAR_COOKIES" --data-urlencode "name=bench $(date +%s%N)" --data-urlencode "_csrf=$CSRF" \
    "$BASE/account/tokens" | grep -o 'ptdv_[A-Za-z0-9_-]\{43\}' | head -n 1)
  [ -n "$TOKEN" ] && measure "API /api/v1/me, Bearer token" "$((N / 5))" "$BASE/api/v1/me" -H "Authorization: Bearer $TOKEN"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
