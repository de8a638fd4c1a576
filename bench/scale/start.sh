#!/usr/bin/env bash
# Cold start, plain and fast (issue 9: ≤ 10 s from JVM start to /actuator/health UP with -Xmx512m on the
# 1/10-scale data in PostgreSQL): on a copy of the database and index bench/scale/run.sh left behind, in one run,
#   plain: java -Xmx512m -jar target/samvirke-*.jar            (the JDK on the PATH, or --plain-jdk)
#   unpacked: java -Xmx512m -jar samvirke.jar, the same jar unpacked (README "Run on a server"; the same JDK)
#   fast:  scripts/fast-start.sh with JAVA_OPTS=-Xmx512m        (--fast-jdk: JDK 25+ for the AOT cache;
#          README "Fast start"), after its training run, which is timed apart
# alternately, --rounds times each, wall and CPU seconds (user + system of the JVM, so what the start costs
# whatever else the machine does), with the load average beside every figure.
#
# Usage: bench/scale/start.sh [--rounds N (3)] [--port P (8390)] [--fast-jdk DIR] [--plain-jdk DIR] [--from DIR]
#   --from: the folder run.sh worked in (target/bench-scale), whose data/ (the search index) is copied;
#   the database copied is $SAMVIRKE_BENCH_DB (samvirke_bench), into ${SAMVIRKE_BENCH_DB}_start (dropped after).
#   Run it with nice -n 10 on a shared machine. Results: target/bench-start/results.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=3
port=8390
fast_jdk="${SAMVIRKE_FAST_JDK:-$(ls -d /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* 2> /dev/null | head -1 || true)}"
fast_jdk="${fast_jdk:-${JAVA_HOME:-}}"
plain_jdk=""
from="$PWD/target/bench-scale"
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --fast-jdk) fast_jdk="$2"; shift 2 ;;
    --plain-jdk) plain_jdk="$2"; shift 2 ;;
    --from) from="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
template="${SAMVIRKE_BENCH_DB:-samvirke_bench}"
db="${template}_start"
work="$PWD/target/bench-start"
plain_java="${plain_jdk:+$plain_jdk/bin/}java"
fast_java="${fast_jdk:+$fast_jdk/bin/}java"
[ -d "$from/data" ] || { echo "no $from/data: run bench/scale/run.sh first" >&2; exit 1; }
if ! ls target/samvirke-*.jar > /dev/null 2>&1; then
  ./mvnw -q -B -DskipTests package
fi
jar="${SAMVIRKE_BENCH_JAR:-$(ls "$PWD"/target/samvirke-*.jar | grep -v plain | head -1)}"

rm -rf "$work" && mkdir -p "$work"
cp -r "$from/data" "$work/data"
PGOPTIONS=--client-min-messages=warning psql -q -c "drop database if exists $db" postgres
createdb -T "$template" "$db"
results="$work/results.txt"
: > "$results"
say() { printf '%s\n' "$*" | tee -a "$results"; }
now() { date +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2> /dev/null && wait "$app_pid" 2> /dev/null || true
  psql -q -c "drop database if exists $db" postgres 2> /dev/null || true
}
trap cleanup EXIT

args=(--server.port="$port" --samvirke.data-dir="$work/data" --samvirke.demo-data=false
      --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$db" --spring.datasource.username="$PGUSER"
      --spring.datasource.password="${PGPASSWORD:-}" --db-scheduler.polling-interval=30s)
opts="-Xmx512m -XX:+ExitOnOutOfMemoryError"

measure() { # log name, command... → $work/last: "wall cpu" of the process to /actuator/health UP; then stopped
  local log="$1" t0 pid
  shift
  t0=$(now)
  SAMVIRKE_BOOTSTRAP_ADMIN_TOKEN="bench-start-$$" "$@" > "$work/$log.log" 2>&1 &
  app_pid=$!
  pid=$app_pid
  until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do
    kill -0 "$pid" 2> /dev/null || { echo "the application stopped; see $work/$log.log" >&2; tail -30 "$work/$log.log" >&2; exit 1; }
    sleep 0.1
  done
  # The CPU of that process: the JVM (fast-start.sh execs it, so its own few milliseconds count too).
  { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}', end=' ')" "$t0" "$(now)"
    awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f\n", ($14 + $15) / hz}' "/proc/$pid/stat"; } > "$work/last"
  kill "$pid"; wait "$pid" 2> /dev/null || true; app_pid=""
}

say "# Samvirke cold start, plain and fast, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
say "host speed: $(python3 bench/scale/host-speed.py) s for a fixed 20-million-step Python loop on one core (host-speed.py)"
say "plain: $("$plain_java" -version 2>&1 | head -1), java $opts -jar $(basename "$jar")"
say "unpacked: the same JDK, java $opts -jar samvirke.jar of the same jar unpacked (README \"Run on a server\")"
say "fast:  $("$fast_java" -version 2>&1 | head -1), JAVA_OPTS='$opts' scripts/fast-start.sh"
say "data: a copy of $template ($(psql -tAc 'select count(*) from product_usage' "$db") usages) and of $from/data"

t0=$(now)
JAVA_HOME="$fast_jdk" JAVA_OPTS="$opts" scripts/fast-start.sh --jar "$jar" --dir "$work/fast-start" --train-only -- "${args[@]}"
say "training run of the fast start (once per jar, JDK and JVM options): $(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$t0" "$(now)") s;" \
    "cache $(du -m "$work"/fast-start/samvirke.* | cut -f1) MB; load $(load)"

"$plain_java" -Djarmode=tools -jar "$jar" extract --destination "$work/unpacked" --application-filename samvirke.jar > /dev/null
: > "$work/plain.txt"; : > "$work/unpacked.txt"; : > "$work/fast.txt"
for i in $(seq "$rounds"); do
  # shellcheck disable=SC2086 # opts is a list of JVM options
  measure "plain-$i" "$plain_java" $opts -jar "$jar" "${args[@]}"
  read -r pw pc < "$work/last"
  pl=$(load)
  # shellcheck disable=SC2086
  measure "unpacked-$i" "$plain_java" $opts -jar "$work/unpacked/samvirke.jar" "${args[@]}"
  read -r uw uc < "$work/last"
  ul=$(load)
  JAVA_HOME="$fast_jdk" JAVA_OPTS="$opts" measure "fast-$i" scripts/fast-start.sh --jar "$jar" --dir "$work/fast-start" -- "${args[@]}"
  read -r fw fc < "$work/last"
  echo "$pw $pc" >> "$work/plain.txt"; echo "$uw $uc" >> "$work/unpacked.txt"; echo "$fw $fc" >> "$work/fast.txt"
  say "round $i: plain ${pw} s wall, ${pc} s CPU (load $pl); unpacked ${uw} s wall, ${uc} s CPU (load $ul); fast ${fw} s wall, ${fc} s CPU (load $(load))"
done
median() { python3 -c "import sys, statistics; r=[l.split() for l in open(sys.argv[1]) if l.strip()]; print(f'{statistics.median(float(x[0]) for x in r):.2f} s wall, {statistics.median(float(x[1]) for x in r):.1f} s CPU')" "$1"; }
say "median of $rounds: plain $(median "$work/plain.txt"); unpacked $(median "$work/unpacked.txt"); fast $(median "$work/fast.txt") (target ≤ 10 s wall)"
say "host speed at the end: $(python3 bench/scale/host-speed.py) s (host-speed.py)"
