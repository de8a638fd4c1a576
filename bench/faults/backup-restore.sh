#!/usr/bin/env bash
# Backup while running, restore into a fresh instance: an application on the embedded database with the demo
# data, an account and a forum post; `backup` while it runs (and answers); then `restore` into a new data
# directory and a second application on it, which must show every record, post and account again.
source "$(dirname "$0")/common.sh"
rm -rf "$WORK/original" "$WORK/restored" "$WORK/samvirke-backup.sql.gz"*
start_app original "$WORK/original" --samvirke.demo-data=true
api POST /api/v1/admin/accounts -H 'Content-Type: application/json' \
  -d '{"email": "backup@example.org", "name": "Backup", "password": "grøn hest spiser blå bananer", "roles": [{"role": "member"}]}' >/dev/null
api POST /api/v1/forum/topics -H 'Content-Type: application/json' \
  -d '{"category": "general", "kind": "discussion", "title": "Gemt til senere", "body": "Med i backuppen"}' >/dev/null
snapshot() {
  { curl -s "$BASE/api/v1/organisations?size=1000"; curl -s "$BASE/api/v1/products?size=1000";
    curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/forum/topics"; curl -s "$BASE/api/v1/statistics";
    curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/history?size=500" | sed 's/"occurredAt":"[^"]*"//g'; } | sha256sum
}
before=$(snapshot)
java -jar "$(jar)" backup "$WORK/samvirke-backup.sql.gz" --samvirke.data-dir="$WORK/original" | tee "$WORK/backup.out"
stop_app
java -jar "$(jar)" restore "$WORK/samvirke-backup.sql.gz" --samvirke.data-dir="$WORK/restored" | tee "$WORK/restore.out"
start_app restored "$WORK/restored" --samvirke.demo-data=false
after=$(snapshot)
stop_app
ok=$([ "$before" = "$after" ] && echo 0 || echo 1)
result backup-restore "$ok" "the restored instance answers as the original did (organisations, products, forum, statistics, history)"
[ "$ok" = 0 ]
