#!/usr/bin/env bash
# kill -9 in the middle of an import: the import is one transaction, so the database holds the package whole
# or not at all; the application starts on it afterwards and the same import then goes through.
source "$(dirname "$0")/common.sh"
orgs="${1:-20000}"
data="$WORK/kill9"
rm -rf "$data" "$WORK/kill9-package"
python3 bench/import/generate.py "$WORK/kill9-package" "$orgs" 4 >/dev/null
bad=0
for delay in 0.2 1 2.5; do
  rm -rf "$data"
  java -jar "$(jar)" import "$WORK/kill9-package" --samvirke.data-dir="$data" > "$WORK/kill9-import.log" 2>&1 &
  pid=$!
  # Killed while it writes: the delay after the package was checked (the writing follows at once).
  for _ in $(seq 1 1200); do
    grep -q "checked: no problems" "$WORK/kill9-import.log" 2>/dev/null && break
    sleep 0.1
  done
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  stage=$(tail -1 "$WORK/kill9-import.log")
  start_app kill9 "$data" --samvirke.demo-data=false
  organisations=$(curl -s "$BASE/api/v1/organisations?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  stop_app
  if [ "$organisations" != 0 ] && [ "$organisations" != "$orgs" ]; then bad=$((bad + 1)); fi
  echo "killed $delay s after the check, the last line printed: '$stage' -> organisations in the database: $organisations (of $orgs)"
done
java -jar "$(jar)" import "$WORK/kill9-package" --samvirke.data-dir="$data" > "$WORK/kill9-again.log" 2>&1 || bad=$((bad + 1))
echo "import again after the last kill: $(tail -1 "$WORK/kill9-again.log")"
result kill9-import "$([ "$bad" = 0 ] && echo 0 || echo 1)" "nothing half-written in 3 kills"
[ "$bad" = 0 ]
