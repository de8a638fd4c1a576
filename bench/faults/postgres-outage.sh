#!/usr/bin/env bash
# A PostgreSQL outage during writes: DatabaseOutageTest makes its own throwaway cluster (port 5442, never the
# machine's main server), starts the application on it, keeps writing while it stops and starts the cluster,
# and removes the cluster afterwards. Every answer within 5 s, 503 while away, nothing committed late.
source "$(dirname "$0")/common.sh"
./mvnw -o -q verify -Dtest=DatabaseOutageTest -Dsurefire.failIfNoSpecifiedTests=false -Dsamvirke.faults=true \
  -Dsamvirke.test.mail-port="${SAMVIRKE_TEST_MAIL_PORT:-3932}" > "$WORK/postgres-outage.log" 2>&1 && ok=0 || ok=1
grep -h "outage:" "$WORK/postgres-outage.log" || true
result postgres-outage "$ok" "see $WORK/postgres-outage.log"
[ "$ok" = 0 ]
