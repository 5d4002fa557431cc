#!/usr/bin/env bash
# Benchmark of the organization tree at national scale on PostgreSQL: loads ~299,000
# organizations into a fresh database, then times the subtree queries in the database and
# the API calls over HTTP. Usage: bench/tree.sh   (needs PostgreSQL on 127.0.0.1:5432, psql, curl)
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-ptdv_bench}
PORT=${BENCH_PORT:-18080}
LOG=target/bench-app.log
source bench/common.sh

start_app   # creates the schema
stop_app

echo "Loading the national tree…"
time "${PSQL[@]}" -d "$DB" -f bench/national-tree.sql
"${PSQL[@]}" -d "$DB" -tAc "SELECT 'organizations: ' || count(*) FROM organization"
"${PSQL[@]}" -d "$DB" -tAc "SELECT 'closure rows: ' || count(*) FROM organization_closure"

echo
echo "== In the database (EXPLAIN ANALYZE)"
explain() { echo "-- $1"; "${PSQL[@]}" -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $2" | grep -E "Index|Scan|Execution Time"; }
explain "count of a province's subtree on a date" \
  "SELECT count(*) FROM organization_closure WHERE ancestor_id = 2 AND valid_from <= DATE '2026-01-01' AND DATE '2026-01-01' < valid_to"
explain "count of the whole country's subtree" \
  "SELECT count(*) FROM organization_closure WHERE ancestor_id = 1 AND valid_from <= DATE '2026-01-01' AND DATE '2026-01-01' < valid_to"
explain "is a cell under a province (scope check)" \
  "SELECT count(*) FROM organization_closure WHERE ancestor_id = 2 AND descendant_id = 100001 AND valid_from <= DATE '2026-01-01' AND DATE '2026-01-01' < valid_to"
explain "organizations per province for the whole country" \
  "SELECT c.ancestor_id, count(*) FROM organization_closure c JOIN organization_placement p ON p.organization_id = c.ancestor_id AND p.parent_id = 1 WHERE c.valid_from <= DATE '2026-01-01' AND DATE '2026-01-01' < c.valid_to GROUP BY c.ancestor_id"

echo
echo "== Over HTTP (median of 30 calls, seconds)"
start_app
time_calls "one cell" "localhost:$PORT/api/v1/organizations/P01-X001-C01" 30
time_calls "a commune's subtree" "localhost:$PORT/api/v1/organizations?under=P01-X001&size=100" 30
time_calls "a province's subtree, first 100" "localhost:$PORT/api/v1/organizations?under=P01&size=100" 30
time_calls "the country's subtree, first 100" "localhost:$PORT/api/v1/organizations?under=VN&size=100" 30
time_calls "search 'hoa binh 17'" "localhost:$PORT/api/v1/organizations?q=hoa%20binh%2017" 30
stop_app
echo "(HTTP Basic: the warm-up call pays the BCrypt check, which is then remembered for 5 minutes)"
