#!/usr/bin/env bash
# Times the import command on a generated package (default 5 000 organisations, 20 000 usages):
# a first import into an empty embedded H2 database, then the same package again (all unchanged).
# Each run is a whole `java -jar … import` process, as a user would run it, start-up included.
set -euo pipefail
cd "$(dirname "$0")/../.."
orgs="${1:-5000}"
products="${2:-4}"
work=target/bench-import
rm -rf "$work" && mkdir -p "$work"
python3 bench/import/generate.py "$work/package" "$orgs" "$products"
[ -f target/samvirke-*.jar ] || ./mvnw -q -DskipTests package
jar=$(ls target/samvirke-*.jar | grep -v plain | head -1)

run() {
  local start end
  start=$(date +%s.%N)
  java -jar "$jar" import "$work/package" --samvirke.data-dir="$work/data" > "$work/$1.log" 2>&1
  end=$(date +%s.%N)
  printf '%-22s %6.2f s   (%s)\n' "$1" "$(echo "$end - $start" | bc)" "$(tail -1 "$work/$1.log")"
}

echo "package: $orgs organisations, $products products, $((orgs * products)) usages"
run "first import"
run "unchanged re-import"
# Start-up alone, for reference: the same command on an empty package folder is refused before start,
# so measure a package of one organisation instead.
python3 bench/import/generate.py "$work/tiny" 1 1
start=$(date +%s.%N)
java -jar "$jar" import "$work/tiny" --samvirke.data-dir="$work/data-tiny" > "$work/tiny.log" 2>&1
end=$(date +%s.%N)
printf '%-22s %6.2f s\n' "start-up + tiny import" "$(echo "$end - $start" | bc)"
