#!/usr/bin/env bash
# The import step of the scale benchmark on its own (issue 9: import ≤ 3× PostgreSQL's \copy of the same files):
# a package (made by generate.py, or given) imported through POST /api/v1/admin/imports by the application with
# -Xmx512m into a fresh PostgreSQL database, then the same CSV files by \copy into plain tables, in the same run.
# Two import figures: "answered" (the HTTP request) and "committed" (from the application's log: the package's
# transaction); the search reindex runs after the answer, and the script waits for it (its figure from the log).
#
# Usage: bench/scale/import.sh [--scale F | --package DIR] [--port P] [--jar JAR] [--db NAME] [--reimport] [--jfr]
#   --reimport   imports the same package a second time into the now full database (all unchanged)
#   --jfr        records a flight recording of the application to $work/import.jfr
# Run it with `nice -n 5` on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
scale=1
package=""
port=8440
jar=""
db="${SAMVIRKE_BENCH_DB:-samvirke_bench_import}"
reimport=0
jfr=0
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --package) package="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --reimport) reimport=1; shift ;;
    --jfr) jfr=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
work="$PWD/target/bench-import/run"
token="bench-$(date +%s)-token"
base="http://127.0.0.1:$port"
rm -rf "$work" && mkdir -p "$work"
now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

if [ -z "$package" ]; then
  python3 bench/scale/generate.py "$work/package" --scale "$scale" > "$work/generate.txt"
  package="$work/package"
fi
(cd "$package" && rm -f "$work/package.zip" && zip -q -r "$work/package.zip" .)
jar="${jar:-$(ls target/samvirke-*.jar | grep -v plain | head -1)}"

psql -q -c "drop database if exists $db" postgres 2>/dev/null
psql -q -c "create database $db" postgres

flags=(-Xmx512m -XX:+ExitOnOutOfMemoryError)
[ "$jfr" = 1 ] && flags+=("-XX:StartFlightRecording=filename=$work/import.jfr,settings=profile")
SAMVIRKE_BOOTSTRAP_ADMIN_TOKEN="$token" java "${flags[@]}" -jar "$jar" \
  --server.port="$port" --samvirke.data-dir="$work/data" --samvirke.demo-data=false \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$db" --spring.datasource.username="$PGUSER" \
  --spring.datasource.password="${PGPASSWORD:-}" --db-scheduler.polling-interval=30s > "$work/app.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid 2>/dev/null || true' EXIT
until curl -sf "$base/actuator/health" > /dev/null; do
  kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/app.log" >&2; exit 1; }
  sleep 0.2
done

cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$app_pid/stat"; }
# CPU seconds of the database's server processes (all of them: the machine may be shared, so this is an upper bound)
pg_cpu() { ps -C postgres -o times= | awk '{s += $1} END {print s + 0}'; }
import_once() { # $1: label
  local t0 code answered committed committed_cpu cpu0 pg0 indexed0 searchable
  cpu0=$(cpu); pg0=$(pg_cpu)
  indexed0=$(grep -c 'Indexed \[' "$work/app.log" || true)
  t0=$(now)
  code=$(curl -s -o "$work/import-$1.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
    -F "file=@$work/package.zip;type=application/zip" "$base/api/v1/admin/imports")
  answered=$(secs "$t0" "$(now)")
  [ "$code" = 200 ] || { echo "import answered $code:" >&2; head -c 2000 "$work/import-$1.json" >&2; exit 1; }
  # The importer logs when its transaction has committed; the reindex follows in the background: wait for it, so
  # that what comes next (another import, the reference) does not share the machine with it.
  searchable="(nothing changed)"
  if grep -q '"changed":true' "$work/import-$1.json"; then
    until [ "$(grep -c 'Indexed \[' "$work/app.log" || true)" -gt "$indexed0" ]; do sleep 0.1; done
    searchable="$(secs "$t0" "$(now)") s"
  fi
  committed=$(grep -o 'Data package committed in [0-9]* ms' "$work/app.log" | tail -1 | awk '{print $5 / 1000}' || true)
  committed_cpu=$(grep -o 'committed in [0-9]* ms ([0-9]* ms CPU' "$work/app.log" | tail -1 | grep -o '([0-9]*' | tr -d '(' | awk '{print $1 / 1000}' || true)
  reindex=$(grep -o 'Indexed \[.*\] in [0-9]* ms' "$work/app.log" | tail -1 | awk '{print $(NF-1) / 1000}' || true)
  echo "$1 import: answered ${answered} s; committed ${committed:-?} s (${committed_cpu:-?} s CPU of the importing thread); reindex ${reindex:-?} s, all searchable after ${searchable}; load $(load)"
  echo "  CPU: the application $(python3 -c "print(f'{$(cpu) - $cpu0:.1f}')") s; PostgreSQL's processes at most $(( $(pg_cpu) - pg0 )) s"
  echo "  answer: $(head -c 300 "$work/import-$1.json")"
  echo "$answered ${committed:-0}" > "$work/$1.times"
}
import_once first
[ "$reimport" = 1 ] && import_once again
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
grep -c OutOfMemoryError "$work/app.log" | sed 's/^/OutOfMemoryError in the log: /' || true

# The reference: the same files by \copy into plain text tables of the same database.
{
  echo "set client_min_messages = warning; drop schema if exists copy_ref cascade; create schema copy_ref;"
  for f in "$package"/*.csv; do
    name=$(basename "$f" .csv)
    header=$(head -1 "$f" | tr -d '\r')
    delim=','; case "$header" in *';'*) delim=';' ;; esac
    cols=$(echo "$header" | tr "$delim" '\n' | sed 's/.*/"&" text/' | paste -sd, -)
    echo "create table copy_ref.\"$name\" ($cols);"
  done
} | psql -q "$db"
t0=$(now)
for f in "$package"/*.csv; do
  name=$(basename "$f" .csv)
  delim=','; head -1 "$f" | grep -q ';' && delim=';'
  psql -q -c "\\copy copy_ref.\"$name\" from '$f' with (format csv, header true, delimiter '$delim')" "$db"
done
copy_s=$(secs "$t0" "$(now)")
psql -q -c "set client_min_messages = warning; drop schema copy_ref cascade" "$db"
read -r answered committed < "$work/first.times"
echo "\\copy of the same files: ${copy_s} s; load $(load)"

# A second reference, the floor the schema sets (bench/scale/floor.sh): the import's rows \copy'd into the real tables.
floor_s=$(bash bench/scale/floor.sh "$db" "$work")
echo "ratio to that floor: answered $(python3 -c "print(f'{$answered / $floor_s:.1f}')")×, committed $(python3 -c "print(f'{$committed / $floor_s:.1f}')")×"
echo "ratio answered $(python3 -c "print(f'{$answered / $copy_s:.1f}')")×, committed $(python3 -c "print(f'{$committed / $copy_s:.1f}')")× (target ≤ 3×)"
