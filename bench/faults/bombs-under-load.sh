#!/usr/bin/env bash
# Bombs under load, on a small heap (-Xmx256m): 60 MB JSON bodies (declared and chunked) and zip files that
# inflate to 95 MB in one line, all at once, while ordinary readers keep asking. Every bomb is refused (413,
# 422), every ordinary request answered 200, no OutOfMemoryError, and the application stays healthy.
source "$(dirname "$0")/common.sh"
data="$WORK/bombs"
rm -rf "$data"
mkdir -p "$WORK/bombs-files"
head -c $((60 * 1024 * 1024)) /dev/zero | tr '\0' 'x' | sed 's/^/{"email": "bomb@example.org", "name": "/; s/$/"}/' \
  > "$WORK/bombs-files/60mb.json"
python3 - "$WORK/bombs-files/bomb.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    with z.open('organisations.csv', 'w') as f:
        f.write(b'key;name;type\n')
        chunk = b'a' * (1024 * 1024)
        for _ in range(95):
            f.write(chunk)
PY
echo "zip bomb: $(stat -c %s "$WORK/bombs-files/bomb.zip") bytes, 95 MB inflated in one line"
start_app bombs "$data" -Xmx256m --samvirke.demo-data=true
started=$(date +%s.%N)
org=$(curl -s "$BASE/api/v1/organisations?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["key"])')
rm -f "$WORK"/bombs-*.status
(for i in $(seq 1 300); do
   curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 "$BASE/api/v1/organisations?size=50&page=$((i % 5))"
 done > "$WORK/bombs-readers.status") &
readers=$!
bombs=()
for i in $(seq 1 4); do
  curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data-binary @"$WORK/bombs-files/60mb.json" "$BASE/api/v1/organisations/$org/people" > "$WORK/bombs-declared-$i.status" &
  bombs+=($!)
  curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -H 'Transfer-Encoding: chunked' --data-binary @"$WORK/bombs-files/60mb.json" "$BASE/api/v1/organisations/$org/people" \
    > "$WORK/bombs-chunked-$i.status" &
  bombs+=($!)
  curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 -H "Authorization: Bearer $TOKEN" \
    -F "file=@$WORK/bombs-files/bomb.zip" "$BASE/api/v1/admin/imports" > "$WORK/bombs-zip-$i.status" &
  bombs+=($!)
done
wait "$readers" "${bombs[@]}"  # not the application, which runs in the background too
bad=0
for kind in declared chunked zip; do
  codes=$(cat "$WORK"/bombs-$kind-*.status | sort | uniq -c | tr '\n' ' ')
  echo "$kind bombs: $codes"
  if grep -qv '^\(413\|422\)$' "$WORK"/bombs-$kind-*.status; then bad=$((bad + 1)); fi
done
readers_ok=$(grep -c '^200$' "$WORK/bombs-readers.status" || true)
echo "all answered within $(printf '%.1f' "$(echo "$(date +%s.%N) - $started" | bc)") s"
echo "ordinary requests meanwhile: $readers_ok of 300 answered 200"
[ "$readers_ok" = 300 ] || bad=$((bad + 1))
health=$(curl -s "$BASE/actuator/health")
echo "health afterwards: $health"
[[ "$health" == *UP* ]] || bad=$((bad + 1))
if grep -q OutOfMemoryError "$WORK/bombs.log"; then echo "OutOfMemoryError in the log"; bad=$((bad + 1)); fi
stop_app
result bombs-under-load "$([ "$bad" = 0 ] && echo 0 || echo 1)" "12 bombs refused, 300 readers served on -Xmx256m"
[ "$bad" = 0 ]
