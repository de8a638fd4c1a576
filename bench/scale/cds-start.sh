#!/usr/bin/env bash
# Cold start with class data sharing (Spring Boot's "CDS" recipe), on the database run.sh left behind:
# the jar extracted, one training run that stops once the context is refreshed and writes the archive,
# then three starts with and three without it, each to /actuator/health UP (wall and CPU seconds).
# Usage: bench/scale/cds-start.sh [PORT]   (after bench/scale/run.sh; run it with nice -n 10)
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${1:-8390}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
db="${SAMVIRKE_BENCH_DB:-samvirke_bench}"
work="$PWD/target/bench-scale"
jar="${SAMVIRKE_BENCH_JAR:-$(ls target/samvirke-*.jar | grep -v plain | head -1)}"
rm -rf "$work/cds" && java -Djarmode=tools -jar "$jar" extract --destination "$work/cds" > /dev/null
app="$work/cds/$(basename "$jar")"
args=(--server.port="$port" --samvirke.data-dir="$work/data" --samvirke.demo-data=false
      --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$db" --spring.datasource.username="$PGUSER"
      --spring.datasource.password="${PGPASSWORD:-}" --db-scheduler.polling-interval=30s)
java -Xmx512m -XX:ArchiveClassesAtExit="$work/cds/app.jsa" -Dspring.context.exit=onRefresh -jar "$app" "${args[@]}" \
  > "$work/cds-training.log" 2>&1 || true
start() { # extra JVM options → "wall cpu"
  local t0 pid
  t0=$(date +%s.%N)
  SAMVIRKE_BOOTSTRAP_ADMIN_TOKEN=x java -Xmx512m "$@" -jar "$app" "${args[@]}" > "$work/cds-start.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do sleep 0.1; done
  python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}', end=' ')" "$t0" "$(date +%s.%N)"
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f\n", ($14 + $15) / hz}' "/proc/$pid/stat"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
for i in 1 2 3; do
  echo "without CDS: $(start -Xshare:auto) (wall s, CPU s); with CDS: $(start -XX:SharedArchiveFile="$work/cds/app.jsa") (load $(cut -d' ' -f1 /proc/loadavg))"
done
