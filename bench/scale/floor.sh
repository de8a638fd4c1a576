#!/usr/bin/env bash
# The floor the schema sets for an import (issue 9, next to the \copy into plain tables): the rows an import left in
# database $1 (its records and their history), \copy'd again into an empty copy of the same schema, with its foreign
# keys, unique indexes and checks. This is what PostgreSQL alone spends writing the import's result into the real
# tables, before any reading, checking or rendering by the application. Prints the tables' times, and last the
# whole time in seconds. Usage: bench/scale/floor.sh DB WORKDIR (uses PGHOST, PGUSER).
set -euo pipefail
db="$1"
work="$2"
now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
floor_db="${db}_floor"
PGOPTIONS=--client-min-messages=warning psql -q -c "drop database if exists $floor_db" postgres
psql -q -c "create database $floor_db" postgres
pg_dump --schema-only "$db" | psql -q -v ON_ERROR_STOP=1 "$floor_db" > /dev/null
# Parents before children: a table once every table it refers to is loaded (organisation refers to itself,
# and its regions and successors have the smaller ids, so id order suffices there).
mapfile -t tables < <(psql -At -d "$db" -c "
  with recursive t(name) as (select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and c.reltuples > 0 and c.relname not in
      ('flyway_schema_history', 'scheduled_tasks', 'event_publication', 'registry_version', 'spring_session',
       'spring_session_attributes')),
    refs as (select distinct cl.relname::text child, pa.relname::text parent from pg_constraint k
      join pg_class cl on cl.oid = k.conrelid join pg_class pa on pa.oid = k.confrelid
      where k.contype = 'f' and cl.relname <> pa.relname),
    depth(name, d) as (select name, 0 from t union all
      select r.child, d.d + 1 from depth d join refs r on r.parent = d.name where r.child in (select name from t))
  select name from depth group by name order by max(d), name")
rows_floor=0
for table in "${tables[@]}"; do
  psql -q -c "\\copy (select * from \"$table\" order by 1) to '$work/floor-$table.csv' with (format csv)" "$db"
  rows_floor=$((rows_floor + $(wc -l < "$work/floor-$table.csv")))
done
t0=$(now)
each=()
for table in "${tables[@]}"; do
  t1=$(now)
  psql -q -v ON_ERROR_STOP=1 -c "\\copy \"$table\" from '$work/floor-$table.csv' with (format csv)" "$floor_db"
  each+=("$table $(secs "$t1" "$(now)") s")
done
floor_s=$(secs "$t0" "$(now)")
PGOPTIONS=--client-min-messages=warning psql -q -c "drop database if exists $floor_db" postgres
echo "\\copy of the import's $rows_floor rows (${#tables[@]} tables: ${tables[*]}) into the real schema: ${floor_s} s; load $(load)" >&2
echo "  $(IFS=,; echo "${each[*]}" | sed 's/,/, /g')" >&2
echo "$floor_s"
