#!/usr/bin/env bash
# Benchmark of progress, stagnant cells and the worklist at national scale on PostgreSQL: the
# national tree of tree.sh plus 2,000,000 dossiers over ten years, then the reports' times in
# the database and over HTTP. Usage: bench/admissions.sh   (PostgreSQL on 127.0.0.1:5432, psql, curl)
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-ptdv_bench_admissions}
PORT=${BENCH_PORT:-18081}
LOG=target/bench-admissions-app.log
source bench/common.sh

start_app   # creates the schema
stop_app

echo "Loading the national tree and ten years of dossiers…"
time "${PSQL[@]}" -d "$DB" -f bench/national-tree.sql
time "${PSQL[@]}" -d "$DB" -f bench/national-admissions.sql
"${PSQL[@]}" -d "$DB" -tAc "SELECT 'dossiers: ' || count(*) FROM admission_dossier"

echo
echo "== Over HTTP (median of 20 calls, seconds; each includes one BCrypt check of the password)"
start_app
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
stop_app
