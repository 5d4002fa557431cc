#!/usr/bin/env bash
# Benchmark of progress, stagnant cells and the worklist at national scale on PostgreSQL: the
# national tree of tree.sh plus 2,000,000 dossiers over ten years, then the reports' times in
# the database and over HTTP. Usage: bench/admissions.sh   (PostgreSQL on 127.0.0.1:5432, psql, curl)
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-ptdv_bench_admissions}
PORT=${BENCH_PORT:-18081}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
JAR=$(ls target/ptdv-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$JAR" ] || { mvn -q -B -DskipTests package; JAR=$(ls target/ptdv-*.jar | head -n 1); }

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

export PTDV_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" PTDV_DB_USER=postgres PTDV_DEMO=false
export PTDV_ADMIN_PASSWORD=bench-admin-1 SERVER_PORT=$PORT

start_app() {
  java -Xmx512m -jar "$JAR" > target/bench-admissions-app.log 2>&1 &
  APP=$!
  for _ in $(seq 1 60); do curl -sf "localhost:$PORT/actuator/health" >/dev/null && return; sleep 0.5; done
  echo "the application did not start; see target/bench-admissions-app.log"; exit 1
}

start_app   # creates the schema
kill $APP; wait $APP 2>/dev/null || true

echo "Loading the national tree and ten years of dossiers…"
time "${PSQL[@]}" -d "$DB" -f bench/national-tree.sql
time "${PSQL[@]}" -d "$DB" -f bench/national-admissions.sql
"${PSQL[@]}" -d "$DB" -tAc "SELECT 'dossiers: ' || count(*) FROM admission_dossier"

echo
echo "== Over HTTP (median of 20 calls, seconds; each includes one BCrypt check of the password)"
start_app
time_calls() {
  local label=$1 url=$2
  for _ in $(seq 1 3); do curl -s -o /dev/null -u "admin:$PTDV_ADMIN_PASSWORD" "$url"; done
  for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' -u "admin:$PTDV_ADMIN_PASSWORD" "$url"; done \
    | sort -n | awk -v label="$label" '{a[NR]=$1} END {print label ": median " a[int((NR+1)/2)] ", max " a[NR]}'
}
time_calls "progress of the country by province, term" "localhost:$PORT/api/v1/reports/progress?organization=VN&term=2025-2030&asOf=2026-11-29"
time_calls "progress of a province by commune, term" "localhost:$PORT/api/v1/reports/progress?organization=P01&term=2025-2030&asOf=2026-11-29"
time_calls "progress of a province by commune, 2026" "localhost:$PORT/api/v1/reports/progress?organization=P01&term=2025-2030&year=2026&asOf=2026-11-29"
time_calls "progress of a commune by cell, term" "localhost:$PORT/api/v1/reports/progress?organization=P01-X001&term=2025-2030&asOf=2026-11-29"
time_calls "ranking of a province's communes, 2026" "localhost:$PORT/api/v1/reports/ranking?organization=P01&term=2025-2030&year=2026"
time_calls "stagnant cells of a commune (3 years)" "localhost:$PORT/api/v1/reports/stagnant-cells?organization=P01-X001&years=3"
time_calls "stagnant cells of a province (3 years)" "localhost:$PORT/api/v1/reports/stagnant-cells?organization=P01&years=3"
time_calls "worklist of a commune, attention" "localhost:$PORT/api/v1/dossiers?organization=P01-X001&attention=true"
time_calls "a dossier" "localhost:$PORT/api/v1/dossiers/20"
time_calls "the calling account (BCrypt only)" "localhost:$PORT/api/v1/me"
kill $APP; wait $APP 2>/dev/null || true
