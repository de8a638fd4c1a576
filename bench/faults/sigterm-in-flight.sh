#!/usr/bin/env bash
# SIGTERM with requests in flight, on the embedded database: every request the application had accepted is
# answered in full (200) before H2 closes; new connections are refused once the shutdown began. Before
# operations.GracefulTermination, 20 of 20 exports in flight answered 500 ("Database is already closed").
source "$(dirname "$0")/common.sh"
data="$WORK/sigterm"
rm -rf "$data"
rounds="${1:-2}"
# "baseline" as the second argument: the same run with the JVM's own SIGTERM handling, for comparison.
extra=()
[ "${2:-}" = baseline ] && extra=(--samvirke.graceful-termination=false)
start_app sigterm "$data" --samvirke.demo-data=true "${extra[@]}"
in_flight=12
bad=0
total=0
for round in $(seq 1 "$rounds"); do
  rm -f "$WORK"/sigterm-*.status
  for i in $(seq 1 "$in_flight"); do
    # The whole registry as a data package, and the statistics: requests that keep the database busy.
    path=$([ $((i % 2)) = 0 ] && echo /api/v1/admin/export || echo /api/v1/statistics)
    (set +e; code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -H "Authorization: Bearer $TOKEN" "$BASE$path")
     echo "$code $?" > "$WORK/sigterm-$i.status") &
  done
  sleep 0.2
  stop_app &
  stopper=$!
  wait
  wait "$stopper" 2>/dev/null || true
  for f in "$WORK"/sigterm-*.status; do
    status=$(cat "$f")
    total=$((total + 1))
    # "200 0": answered in full. "000 7": refused before it was accepted (the shutdown had begun). Anything
    # else (a 500, or a 200 cut off mid-body) is a request in flight that the shutdown broke.
    if [ "$status" != "200 0" ] && [ "$status" != "000 7" ]; then bad=$((bad + 1)); echo "  broken: $status"; fi
  done
  answered=$(grep -l '^200 0$' "$WORK"/sigterm-*.status | wc -l)
  echo "round $round: $answered of $in_flight answered 200, the others refused before being accepted"
  if grep -q "Database is already closed\|DatabaseAlreadyClosed" "$WORK/sigterm.log"; then bad=$((bad + 1)); fi
  [ "$round" = "$rounds" ] || start_app sigterm "$data" "${extra[@]}"
done
result sigterm-in-flight "$([ "$bad" = 0 ] && echo 0 || echo 1)" "$total requests, $bad answered with an error"
[ "$bad" = 0 ]
