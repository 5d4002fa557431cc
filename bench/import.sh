#!/usr/bin/env bash
# Benchmark of a 100,000-row members import on PostgreSQL: the national tree of tree.sh, then a
# workbook of 100,000 members over the 8,700 cells of one province, sent to the import API of the
# application started with -Xmx512m; then the same workbook again (every row unchanged).
# Usage: bench/import.sh [ROWS]   (PostgreSQL on 127.0.0.1:5432, psql, curl, python3)
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-100000}
DB=${BENCH_DB:-ptdv_bench_import}
PORT=${BENCH_PORT:-18082}
LOG=target/bench-import-app.log
BOOK=target/bench-members-$ROWS.xlsx
source bench/common.sh

[ -f "$BOOK" ] || bench/members-workbook.py "$BOOK" "$ROWS"
ls -l "$BOOK"

start_app   # creates the schema
stop_app
echo "Loading the national tree…"
"${PSQL[@]}" -d "$DB" -f bench/national-tree.sql

start_app
for run in first again; do
  echo "== import ($run): POST /api/v1/imports/members, $ROWS rows"
  curl -s -o target/bench-import-$run.json -w 'HTTP %{http_code} in %{time_total} s\n' -u "admin:$PTDV_ADMIN_PASSWORD" \
    -F "file=@$BOOK" "localhost:$PORT/api/v1/imports/members"
  head -c 600 target/bench-import-$run.json; echo
done
"${PSQL[@]}" -d "$DB" -tAc "SELECT 'members: ' || count(*) FROM party_member"
echo "heap after the imports (the JVM was started with -Xmx512m):"
jcmd "$APP" GC.heap_info 2>/dev/null | head -n 3 || true
grep -c "OutOfMemoryError" "$LOG" && echo "OUT OF MEMORY: see $LOG" || echo "no OutOfMemoryError in $LOG"
stop_app
