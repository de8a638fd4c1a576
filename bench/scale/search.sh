#!/usr/bin/env bash
# Search at scale (issue 9: search p95 ≤ 30 ms; the reindex after an import): against a COPY of the database
# and index that bench/scale/run.sh left (never the originals), with the application on its own port and -Xmx512m.
#   1. the copy: database $db from the template $from (createdb -T), the data folder (Lucene index) copied
#   2. the application started on it; cold start noted
#   3. search: the words of run.sh step 8 (36), a warm-up round, then 38 × 2 through GET /api/v1/search (p50/p95/max),
#      the same through the page /soeg, and with kind=people (the biggest kind) alone
#   4. the reindex: POST /api/v1/admin/search/reindex (the mass indexer over every kind, the same code the
#      import's listener runs for organisations, products and people), timed by curl and by the log line
#   5. search once more on the rebuilt index (the mass indexer's segments, as after an import)
#
# Usage: bench/scale/search.sh [--port P] [--db NAME] [--from TEMPLATE] [--data DIR] [--jar JAR] [--fresh] [--rounds N]
#   --from   the database run.sh imported into (samvirke_bench); it is only read, as a template
#   --data   the data folder run.sh left (target/bench-scale/data of the checkout that ran it, or
#            $SAMVIRKE_BENCH_WORK/data when that chose run.sh's work folder)
#   --fresh  drop and copy the database again (otherwise an existing copy is reused)
#   Run it with `nice -n 5` on a shared machine. SAMVIRKE_BENCH_JAVA_OPTS adds JVM options (a profiler, say).
# Needs: java 17, psql/createdb reaching PostgreSQL at $PGHOST (127.0.0.1) as $PGUSER (postgres), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=8420
db=samvirke_bench_search
from=samvirke_bench
data=""
jar=""
fresh=0
rounds=2
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --from) from="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    --fresh) fresh=1; shift ;;
    --rounds) rounds="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ "$db" = "$from" ] && { echo "--db must differ from --from: the template is never written to" >&2; exit 2; }
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
data="${data:-${SAMVIRKE_BENCH_WORK:-$PWD/target/bench-scale}/data}"
[ -d "$data" ] || { echo "no data folder $data: run bench/scale/run.sh first, or give --data" >&2; exit 2; }
jar="${jar:-$(ls target/samvirke-*.jar 2>/dev/null | grep -v plain | head -1 || true)}"
[ -n "$jar" ] || { echo "no jar: ./mvnw -q -B -DskipTests package first, or give --jar" >&2; exit 2; }
work="$PWD/target/bench-search"
token="bench-search-$(date +%s)-token"
base="http://127.0.0.1:$port"
mkdir -p "$work"
results="$work/results.txt"
: > "$results"
say() { printf '%s\n' "$*" | tee -a "$results"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
stats() { # file of seconds → "p50 a ms, p95 b ms, max c ms (n)"
  python3 -c "
import sys, math
v = sorted(float(x) for x in open(sys.argv[1]) if x.strip())
q = lambda p: v[max(0, math.ceil(len(v) * p) - 1)] * 1000
print(f'p50 {q(0.5):.0f} ms, p95 {q(0.95):.0f} ms, max {v[-1] * 1000:.0f} ms ({len(v)} requests)')" "$1"
}

app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; }
trap cleanup EXIT

say "# Samvirke search benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
say "command: bench/scale/search.sh --port $port --db $db --from $from --data $data --rounds $rounds; jar $jar"

# 1. The copy
if [ "$fresh" = 1 ] || ! psql -tAc "select 1 from pg_database where datname = '$db'" postgres | grep -q 1; then
  psql -q -c "drop database if exists $db" postgres
  createdb -T "$from" "$db"
fi
rm -rf "$work/data" && cp -r "$data" "$work/data"
say "data: $(psql -tAc "select (select count(*) from organisation) || ' organisations, ' || (select count(*) from product)
  || ' products, ' || (select count(*) from person) || ' people, ' || (select count(*) from participation) || ' participations'" "$db")"

# 2. The application
SAMVIRKE_BOOTSTRAP_ADMIN_TOKEN="$token" java -Xmx512m -XX:+ExitOnOutOfMemoryError ${SAMVIRKE_BENCH_JAVA_OPTS:-} -jar "$jar" \
  --server.port="$port" --samvirke.data-dir="$work/data" --samvirke.demo-data=false \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$db" --spring.datasource.username="$PGUSER" \
  --spring.datasource.password="${PGPASSWORD:-}" --db-scheduler.polling-interval=30s \
  > "$work/app.log" 2>&1 &
app_pid=$!
t0=$(now)
until curl -sf "$base/actuator/health" > /dev/null; do
  kill -0 "$app_pid" 2>/dev/null || { echo "the application stopped; see $work/app.log" >&2; tail -30 "$work/app.log" >&2; exit 1; }
  sleep 0.1
done
say "started in $(secs "$t0" "$(now)") s; load $(load)"
if grep -q "out of step with the database" "$work/app.log"; then
  say "  (the index was out of step at start and was rebuilt: $(grep -o 'Indexed .* ms' "$work/app.log" | tail -1))"
fi

# 3. Search (run.sh step 8's words)
words="plan data skole borger kort løn byg miljø vej affald ældre børn kultur havn arkiv portal booking indkøb økonomi sundhed
       trafik vand energi system platform hub flow modul service jensen nielsen region kommune product-1 søren mette"
nwords=$(echo $words | wc -w)
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$app_pid/stat"; }
# CPU seconds per group of the JVM's threads: "work" (request threads and the search's helpers), "jit", "gc",
# "index" (Hibernate Search's mass indexing and Lucene threads), "other".
# On a busy machine the wall times say little; the work threads' CPU is what a search itself costs.
threads_cpu() {
  for t in /proc/"$app_pid"/task/*; do
    printf '%s\t%s\n' "$(cat "$t/comm" 2>/dev/null)" "$(awk '{print $14 + $15}' "$t/stat" 2>/dev/null)"
  done | awk -F'\t' -v hz="$(getconf CLK_TCK)" '
    $1 ~ /^http-nio-.*-e|^site-search/ {w += $2; next} $1 ~ /Compiler/ {j += $2; next} $1 ~ /GC|G1/ {g += $2; next}
    $1 ~ /^Hibernate Searc/ {i += $2; next} {o += $2}
    END {printf "%.2f %.2f %.2f %.2f %.2f\n", w / hz, j / hz, g / hz, i / hz, o / hz}'
}
per_request() { # $1 $2: threads_cpu before and after, $3: requests → "a ms work, b ms JIT, c ms GC a request"
  python3 -c "
import sys
a, b, n = [float(x) for x in sys.argv[1].split()], [float(x) for x in sys.argv[2].split()], int(sys.argv[3])
d = [(y - x) * 1000 / n for x, y in zip(a, b)]
print(f'{d[0]:.1f} ms in request threads, {d[1]:.1f} ms JIT, {d[2]:.1f} ms GC')" "$1" "$2" "$3"
}
measure() { # $1: label, $2: path, $3: extra query parameters → times in $work/$1.txt, "CPU ms a request" in $cpu_each
  local file="$work/$1.txt" c0 t0 n
  for q in $words; do curl -s -o /dev/null -G --data-urlencode "q=$q" $3 "$base$2"; done # warm up
  : > "$file"
  c0=$(cpu); t0=$(threads_cpu)
  for q in $words; do
    for ((round = 1; round <= rounds; round++)); do
      curl -s -o /dev/null -w '%{time_total}\n' -G --data-urlencode "q=$q" $3 "$base$2" >> "$file"
    done
  done
  n=$(wc -l < "$file")
  # The JVM's CPU time (user + system) over the requests: what a search costs whatever else the machine does.
  cpu_each="$(python3 -c "print(f'{(float(\"$(cpu)\") - float(\"$c0\")) * 1000 / $n:.1f}')") ms ($(per_request "$t0" "$(threads_cpu)" "$n"))"
}
search_round() { # $1: label suffix
  measure "api$1" /api/v1/search ""
  say "search GET /api/v1/search, $nwords words × $rounds after a warm-up round: $(stats "$work/api$1.txt");" \
      "JVM CPU $cpu_each a request; load $(load)"
  measure "page$1" /soeg ""
  say "search page GET /soeg, the same words: $(stats "$work/page$1.txt"); JVM CPU $cpu_each a request; load $(load)"
  measure "people$1" /api/v1/search "--data-urlencode kind=people"
  say "search GET /api/v1/search?kind=people, the same words: $(stats "$work/people$1.txt"); JVM CPU $cpu_each a request;" \
      "load $(load)"
}
search_round ""

# 4. The reindex
t0=$(now); c0=$(cpu); tc0=$(threads_cpu)
code=$(curl -s -o "$work/reindex.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" "$base/api/v1/admin/search/reindex")
reindex_s=$(secs "$t0" "$(now)")
reindex_cpu=$(python3 -c "
import sys
a, b = [float(x) for x in sys.argv[1].split()], [float(x) for x in sys.argv[2].split()]
d = [y - x for x, y in zip(a, b)]
print(f'{float(sys.argv[4]) - float(sys.argv[3]):.1f} s ({d[3]:.1f} s in indexing threads, {d[1]:.1f} s JIT, {d[2]:.1f} s GC)')" \
  "$tc0" "$(threads_cpu)" "$c0" "$(cpu)")
[ "$code" = 200 ] || { echo "reindex answered $code: $(head -c 2000 "$work/reindex.json")" >&2; exit 1; }
say "reindex POST /api/v1/admin/search/reindex: ${reindex_s} s, JVM CPU ${reindex_cpu}; log: $(grep -o 'Indexed .* ms' "$work/app.log" | tail -1);" \
    "load $(load)"
say "  documents: $(cat "$work/reindex.json")"

# 5. Search on the rebuilt index
search_round "-rebuilt"
say "results in $results"
