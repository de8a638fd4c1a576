# Shared by the fault scripts: the jar, an application on a port and data directory of its own, waiting for it.
# Every loop here is bounded; everything talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
PORT="${SAMVIRKE_FAULTS_PORT:-9932}"
BASE="http://127.0.0.1:$PORT"
TOKEN="fault-suite-token"
WORK="target/bench-faults"
mkdir -p "$WORK"

jar() {
  if ! ls target/samvirke-*.jar >/dev/null 2>&1; then
    ./mvnw -o -q -DskipTests package >&2
  fi
  ls target/samvirke-*.jar | grep -v plain | head -1
}

# start_app NAME DATA_DIR [extra java or application arguments...]: starts in the background, sets APP_PID.
start_app() {
  local name="$1" data="$2"
  shift 2
  local java_opts=() app_args=()
  for a in "$@"; do
    if [[ "$a" == -X* || "$a" == -D* ]]; then java_opts+=("$a"); else app_args+=("$a"); fi
  done
  java "${java_opts[@]}" -jar "$(jar)" --server.port="$PORT" --samvirke.data-dir="$data" \
    --samvirke.bootstrap-admin-token="$TOKEN" "${app_args[@]}" > "$WORK/$name.log" 2>&1 &
  APP_PID=$!
  wait_up "$name"
}

wait_up() {
  for _ in $(seq 1 180); do
    if curl -fsS "$BASE/actuator/health/readiness" >/dev/null 2>&1; then
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "$1: the application exited while starting; see $WORK/$1.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "$1: not up after 180 s" >&2
  return 1
}

# stop_app: SIGTERM, and wait (bounded) for the process to end.
stop_app() {
  kill -TERM "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$APP_PID" 2>/dev/null || return 0
    sleep 1
  done
  kill -KILL "$APP_PID" 2>/dev/null || true
}

api() { # api METHOD PATH [curl arguments...]: prints the status code
  local method="$1" path="$2"
  shift 2
  curl -s -o /dev/null -w '%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN" "$@" "$BASE$path"
}

result() { # result NAME PASSED(0|1) DETAIL
  if [ "$2" = 0 ]; then echo "PASS $1: $3"; else echo "FAIL $1: $3"; fi
}
