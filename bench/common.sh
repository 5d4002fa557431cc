# Shared by the benchmarks: a fresh PostgreSQL database, the application started on it with
# -Xmx512m, and the median time of API calls. Sourced with DB, PORT and LOG set.
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
JAR=$(ls target/ptdv-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$JAR" ] || { ./mvnw -q -B -DskipTests package; JAR=$(ls target/ptdv-*.jar | head -n 1); }

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

export PTDV_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres${BENCH_DB_PARAMS:-}" PTDV_DB_USER=postgres PTDV_DEMO=false
export PTDV_ADMIN_PASSWORD=bench-admin-1 SERVER_PORT=$PORT

start_app() {
  # The README's production settings (memory: see "Under load" in bench/README.md).
  MALLOC_ARENA_MAX=2 java -Xmx512m -XX:+UseSerialGC -XX:MaxHeapFreeRatio=40 -XX:MinHeapFreeRatio=20 \
    ${BENCH_JAVA_OPTS:-} -jar "$JAR" > "$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 240); do curl -sf "localhost:$PORT/actuator/health" >/dev/null && return; sleep 0.5; done
  kill $APP 2>/dev/null || true
  echo "the application did not start; see $LOG"; exit 1
}

stop_app() {
  kill $APP; wait $APP 2>/dev/null || true
}

# time_calls LABEL URL [CALLS]: the median and the maximum time of the call, after 3 warm-up calls.
time_calls() {
  local label=$1 url=$2 calls=${3:-20}
  for _ in $(seq 1 3); do curl -s -o /dev/null -u "admin:$PTDV_ADMIN_PASSWORD" "$url"; done
  for _ in $(seq 1 "$calls"); do curl -s -o /dev/null -w '%{time_total}\n' -u "admin:$PTDV_ADMIN_PASSWORD" "$url"; done \
    | sort -n | awk -v label="$label" '{a[NR]=$1} END {print label ": median " a[int((NR+1)/2)] ", max " a[NR]}'
}
