# Shared by the benchmarks: a fresh PostgreSQL database (kept when the sourcing script sets
# KEEP_DB=1), the application started on it with -Xms160m -Xmx512m, and the median time of API calls.
# Sourced with DB, PORT and LOG set. BENCH_JAR: the jar to run (default: the one in target/);
# BENCH_JAVA_OPTS: more JVM options.
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
JAR=${BENCH_JAR:-$(ls target/ptdv-*.jar 2>/dev/null | head -n 1 || true)}
[ -n "$JAR" ] || { ./mvnw -q -B -DskipTests package; JAR=$(ls target/ptdv-*.jar | head -n 1); }
[ -f "$JAR" ] || { echo "no jar at $JAR"; exit 1; }

if [ "${KEEP_DB:-0}" != 1 ]; then
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
fi

export PTDV_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres${BENCH_DB_PARAMS:-}" PTDV_DB_USER=postgres PTDV_DEMO=false
export PTDV_ADMIN_PASSWORD=bench-admin-1 SERVER_PORT=$PORT

# start_app: starts the jar and waits until it answers; STARTED is then the seconds Spring
# reports in "Started PtdvApplication in X seconds", STARTED_CPU the CPU seconds the process had
# used by then (a figure that holds better than wall time on a busy machine).
start_app() {
  # The README's production settings (memory: see "Under load" in bench/README.md).
  MALLOC_ARENA_MAX=2 java -Xms160m -Xmx512m -XX:+UseSerialGC -XX:MaxHeapFreeRatio=40 -XX:MinHeapFreeRatio=20 \
    ${BENCH_JAVA_OPTS:-} -jar "$JAR" > "$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 1200); do
    if curl -sf "localhost:$PORT/actuator/health" >/dev/null; then
      STARTED=$(grep -o 'Started PtdvApplication in [0-9.]*' "$LOG" | awk '{print $4}' | tail -n 1)
      STARTED_CPU=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$APP/stat")
      return
    fi
    kill -0 $APP 2>/dev/null || break
    sleep 0.5
  done
  kill $APP 2>/dev/null || true
  echo "the application did not start; see $LOG"; tail -n 20 "$LOG"; exit 1
}

stop_app() {
  kill $APP; wait $APP 2>/dev/null || true
}

# call_times CALLS URL [curl options…]: the times in seconds of CALLS calls, sorted, after 3
# warm-up calls; fails (after the times) if any answer was not 200.
call_times() {
  local calls=$1 url=$2; shift 2
  for _ in 1 2 3; do curl -s -o /dev/null "$@" "$url"; done
  for _ in $(seq 1 "$calls"); do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$@" "$url"; done \
    | sort -k2 -n | awk -v url="$url" '$1 != 200 {bad = $1} {print $2} END {if (bad) {print "HTTP " bad " from " url > "/dev/stderr"; exit 1}}'
}

# time_calls LABEL URL [CALLS]: the median and the maximum time of the call, authenticated with
# the AUTH array of curl options (default: HTTP Basic as admin).
time_calls() {
  local label=$1 url=$2 calls=${3:-20}
  local auth=(-u "admin:$PTDV_ADMIN_PASSWORD")
  [ -z "${AUTH+x}" ] || auth=("${AUTH[@]}")
  call_times "$calls" "$url" "${auth[@]}" \
    | awk -v label="$label" '{a[NR]=$1} END {print label ": median " a[int((NR+1)/2)] ", max " a[NR]}'
}
