#!/usr/bin/env bash
# The national benchmark in one command (issue 16): loads the national dataset into $BENCH_DB if it
# is not there yet, runs VACUUM ANALYZE, starts the application with -Xmx512m and prints every figure
# with its goal: start-up, the home page of a national and of a commune's user, the reports beside
# their hand-written SQL (bench/hand/*.sql), a cell's page and the API under wrk with 64
# connections, CPU per request and the resident memory after the load tests.
#
#   bench/national.sh          (PostgreSQL on 127.0.0.1:5432 with trust for postgres, psql, curl, wrk)
#
# Env: BENCH_DB (ptdv_bench_national), BENCH_PORT (18090), BENCH_JAR (the jar in target/),
# BENCH_JAVA_OPTS (files in it by absolute path), BENCH_CALLS (20 timed calls per figure),
# BENCH_DURATION (30s per load test), BENCH_MAX_TIME (30: seconds after which a call is cut off,
# its queries cancelled and the figure printed as "> 30 s"). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-ptdv_bench_national}
PORT=${BENCH_PORT:-18090}
CALLS=${BENCH_CALLS:-20}
DURATION=${BENCH_DURATION:-30s}
MAX_TIME=${BENCH_MAX_TIME:-30}
LOG=target/bench-national-app.log
KEEP_DB=1
mkdir -p target
source bench/common.sh
command -v wrk >/dev/null || { echo "needs wrk (Debian: apt-get install -y wrk)"; exit 1; }

BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; [ -z "${APP:-}" ] || kill "$APP" 2>/dev/null || true' EXIT
ROWS=$WORK/rows.md
PASSWORD=bench-harness-2026
COMMUNE=P01-X001
CELL=P01-X001-C01
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); jar: $JAR"

# figure WHAT MEASURED GOAL: one row of the final table, also printed as it comes.
figure() {
  printf '| %s | %s | %s |\n' "$1" "$2" "$3" >> "$ROWS"
  printf '%-58s %s   (goal: %s)\n' "$1" "$2" "$3"
}
sql() { "${PSQL[@]}" -d "$DB" -tAc "$1"; }

# 1. The national dataset, loaded once: the application creates the schema, the scripts fill it.
if [ -z "$(sql "SELECT 1" 2>/dev/null)" ]; then
  "${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
fi
dossiers=0
[ "$(sql "SELECT to_regclass('admission_dossier') IS NOT NULL")" = f ] || dossiers=$(sql "SELECT count(*) FROM admission_dossier")
if [ "$dossiers" = 0 ]; then
  echo "Loading the national dataset into $DB (tree, then 2,000,000 dossiers: 10-30 minutes)…"
  start_app && stop_app
  [ "$(sql "SELECT count(*) FROM organization")" != 0 ] || "${PSQL[@]}" -d "$DB" -f bench/national-tree.sql
  "${PSQL[@]}" -d "$DB" -f bench/national-admissions.sql
  # Loaded behind the application's back: its tallies of the landing page are built anew at its next start.
  sql "UPDATE tally_state SET built = FALSE" 2>/dev/null || true
fi
echo "$(sql "SELECT count(*) FROM organization") organizations, $(sql "SELECT count(*) FROM admission_dossier") dossiers"

# 2. A start that is not timed applies the migrations this jar brings and builds what the
# application builds once (the landing page's tallies after a load: a minute or two); then fresh
# statistics and no dead rows from earlier runs.
start_app && stop_app
echo "VACUUM ANALYZE…"
"${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE"

# 3. Start-up, as Spring reports it: on an empty embedded H2 database (which the first start
# creates; without the demo dataset) and again on its files, then on the national PostgreSQL.
h2=$(mktemp -d)
(
  JAR=$(realpath "$JAR") LOG=$h2/app.log
  cd "$h2" && unset PTDV_DB_URL PTDV_DB_USER
  start_app && stop_app && first="$STARTED s (CPU $STARTED_CPU s)"
  start_app && stop_app && figure "start-up on H2: first (creates the schema) / second start" "$first / $STARTED s (CPU $STARTED_CPU s)" "< 8 s"
)
rm -rf "$h2"
start_app
figure "start-up on the national PostgreSQL" "$STARTED s (CPU $STARTED_CPU s)" "< 8 s"

# 4. The accounts and the API token the figures need, made through the application.
account() {   # USERNAME ROLE ORGANIZATION: created unless it exists
  local code
  code=$(curl -s -o "$WORK/account.json" -w '%{http_code}' -u "admin:$PTDV_ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\",\"fullName\":\"Bench $1\",\"role\":\"$2\",\"organizationCode\":\"$3\"}" \
    "$BASE/api/v1/users")
  [ "$code" = 201 ] || curl -sf -o /dev/null -u "admin:$PTDV_ADMIN_PASSWORD" "$BASE/api/v1/users/$1" \
    || { echo "could not create account $1 (HTTP $code): $(cat "$WORK/account.json")"; exit 1; }
}
account bench.commune COMMITTEE "$COMMUNE"
account bench.cell CELL_SECRETARY "$CELL"

login() {   # USERNAME PASSWORD JAR: a signed-in session in the cookie jar; prints "SESSION=…"
  local csrf session
  csrf=$(curl -s -c "$3" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$3" -c "$3" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  session=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$3" | tail -n 1)
  [ -n "$session" ] || { echo "could not sign in as $1"; exit 1; }
  echo "$session"
}
login admin "$PTDV_ADMIN_PASSWORD" "$WORK/admin.jar" >/dev/null
login bench.commune "$PASSWORD" "$WORK/commune.jar" >/dev/null
csrf=$(curl -s -b "$WORK/admin.jar" "$BASE/account/tokens" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
TOKEN=$(curl -s -b "$WORK/admin.jar" --data-urlencode "name=bench $(date +%s)" --data-urlencode "_csrf=$csrf" \
  "$BASE/account/tokens" | grep -o 'ptdv_[A-Za-z0-9_-]\{43\}' | head -n 1 || true)
[ -n "$TOKEN" ] || { echo "could not make an API token on /account/tokens"; exit 1; }
BEARER=(-H "Authorization: Bearer $TOKEN")

# median_ms URL [curl options…]: the median of CALLS calls, "123 ms"; when the first call takes
# longer than MAX_TIME it is cut off, the application's queries still running are cancelled, and
# the figure is "> MAX_TIME s".
median_ms() {
  local url=$1; shift
  if ! curl -sf -o /dev/null --max-time "$MAX_TIME" "$@" "$url"; then
    sql "SELECT count(pg_cancel_backend(pid)) FROM pg_stat_activity WHERE datname = current_database()
           AND state = 'active' AND pid <> pg_backend_pid()" > /dev/null
    echo "> $MAX_TIME s (cut off)"
    return
  fi
  call_times "$CALLS" "$url" --max-time "$MAX_TIME" "$@" | awk '{a[NR] = $1} END {printf "%.0f ms", a[int((NR + 1) / 2)] * 1000}'
}

# 5. The landing page.
figure "\`GET /\` of a national user (admin), median of $CALLS" "$(median_ms "$BASE/" -b "$WORK/admin.jar")" "< 300 ms"
figure "\`GET /\` of a commune's user, median of $CALLS" "$(median_ms "$BASE/" -b "$WORK/commune.jar")" "< 100 ms"

# 6. The reports over the API with the token, beside the hand-written SQL where there is one.
declare -A APP_MS
report() {   # LABEL URL GOAL
  APP_MS[$2]=$(median_ms "$BASE$2" "${BEARER[@]}")
  figure "$1" "${APP_MS[$2]}" "$3"
}
report "progress of the country by province, term" "/api/v1/reports/progress?organization=VN&term=2025-2030&asOf=2026-11-29" "< 300 ms, ≤ 1.5× the SQL"
report "progress of a province by commune, term" "/api/v1/reports/progress?organization=P01&term=2025-2030&asOf=2026-11-29" "< 50 ms"
report "progress of a province by commune, 2026" "/api/v1/reports/progress?organization=P01&term=2025-2030&year=2026&asOf=2026-11-29" "< 50 ms"
report "ranking of a province's communes, 2026" "/api/v1/reports/ranking?organization=P01&term=2025-2030&year=2026" "—"
report "stagnant cells of a commune (3 years)" "/api/v1/reports/stagnant-cells?organization=$COMMUNE&years=3" "—"
report "stagnant cells of a province (3 years)" "/api/v1/reports/stagnant-cells?organization=P01&years=3" "—"
report "worklist of a commune, attention" "/api/v1/dossiers?organization=$COMMUNE&attention=true" "—"

hand_ms() {   # FILE: the median of CALLS runs (after one) of its statement, as psql's \timing reports it
  local times
  times=$({ echo '\timing on'; echo '\o /dev/null'; for _ in $(seq 0 "$CALLS"); do cat "$1"; echo; done; } \
    | PGOPTIONS="-c statement_timeout=${MAX_TIME}s" "${PSQL[@]}" -d "$DB" 2>/dev/null | grep -o '^Time: [0-9.]*') \
    || { echo "> $MAX_TIME s (cut off)"; return; }
  awk '{print $2}' <<<"$times" | tail -n +2 | sort -n | awk '{a[NR] = $1} END {printf "%.1f ms", a[int((NR + 1) / 2)]}'
}
for file in bench/hand/*.sql; do
  [ -e "$file" ] || continue
  label=$(sed -n 's/^-- label: *//p' "$file" | head -n 1)
  url=$(sed -n 's/^-- url: *//p' "$file" | head -n 1)
  goal=$(sed -n 's/^-- goal: *//p' "$file" | head -n 1)
  [ -n "${APP_MS[$url]:-}" ] || APP_MS[$url]=$(median_ms "$BASE$url" "${BEARER[@]}")
  hand=$(hand_ms "$file")
  figure "$label — the application / the SQL by hand ($(basename "$file"))" \
    "${APP_MS[$url]} / $hand$(awk -v a="${APP_MS[$url]}" -v h="$hand" 'BEGIN {if (a ~ /^[0-9]/ && h ~ /^[0-9]/) printf " = %.1f×", a / h}')" "${goal:-—}"
done

# 7. Load tests with wrk, 64 connections: a cell's page (64 sessions of the cell's secretary) and
# the API with the token; CPU per request is the application's utime + stime over the run.
TICKS=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$TICKS" '{print ($14 + $15) * 1000 / t}' "/proc/$APP/stat"; }
echo "Signing in 64 sessions of bench.cell…"
for i in $(seq 1 64); do login bench.cell "$PASSWORD" "$WORK/cell-$i.jar"; done > "$WORK/sessions"
while read -r session; do   # each session sees the page (and warms it up)
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" "$BASE/organizations/$CELL")
  [ "$status" = 200 ] || { echo "the cell's page answered $status to a signed-in session"; exit 1; }
done < "$WORK/sessions"

load() {   # LABEL URL RATE-GOAL P99-GOAL CPU-GOAL [wrk options…]
  local label=$1 url=$2 goals=("$3" "$4" "$5"); shift 5
  wrk -t64 -c64 -d10s --timeout 10s -s bench/wrk-sessions.lua "$@" "$url" > /dev/null   # warm-up
  local before after result
  before=$(cpu_ms)
  result=$(wrk -t64 -c64 -d"$DURATION" --timeout 10s --latency -s bench/wrk-sessions.lua "$@" "$url" | grep '^RESULT' || true)
  after=$(cpu_ms)
  [ -n "$result" ] || { echo "wrk gave no result for $url"; exit 1; }
  local requests seconds p50_ms p99_ms errors
  eval "${result#RESULT }"
  figure "$label, 64 connections" "$(awk -v r="$requests" -v s="$seconds" 'BEGIN {printf "%.0f", r / s}')/s, $errors errors" "${goals[0]}"
  figure "$label: latency p50 / p99" "$p50_ms / $p99_ms ms" "${goals[1]}"
  figure "$label: CPU per request" "$(awk -v a="$after" -v b="$before" -v r="$requests" 'BEGIN {printf "%.2f", (a - b) / r}') ms" "${goals[2]}"
}
WRK_COOKIES=$WORK/sessions load "a cell's page, a session per connection" "$BASE/organizations/$CELL" \
  "≥ 500 pages/s" "p99 < 200 ms" "< 5 ms"
load "\`GET /api/v1/dossiers/20\` with the token" "$BASE/api/v1/dossiers/20" "≥ 500 requests/s" "—" "—" "${BEARER[@]}"

# 8. Resident memory after the load tests.
figure "resident memory (VmRSS) after the load tests, -Xms160m -Xmx512m" "$(awk '/^VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$APP/status")" "< 600 MB"
stop_app
APP=

# 9. Every figure in one table.
echo
echo "## $(date -u '+%Y-%m-%d %H:%M UTC'), $(basename "$JAR"), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo
echo "| figure | measured | goal |"
echo "|---|---|---|"
cat "$ROWS"
