#!/usr/bin/env bash
# The fault suite (docs/faults.md): each script starts what it needs on its own port and data directory, and
# stops it again. ./bench/faults/run.sh [name...] runs the named ones; without names, all of them.
set -uo pipefail
cd "$(dirname "$0")"
all=(sigterm-in-flight kill9-import bombs-under-load backup-restore postgres-outage)
failed=0
for name in "${@:-${all[@]}}"; do
  echo "== $name"
  start=$(date +%s)
  ./"$name".sh || failed=$((failed + 1))
  echo "   ($(( $(date +%s) - start )) s)"
done
echo "$(( ${#@} > 0 ? $# : ${#all[@]} )) fault runs, $failed failed"
[ "$failed" = 0 ]
