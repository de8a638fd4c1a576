#!/usr/bin/env bash
# Harvest speed (issue 3 "Speed"): a generated repository of 100 000 commits by 2 000 authors;
# git log --use-mailmap | sort | uniq -c against Samvirke's full contributor analysis and an
# unchanged re-harvest. Not part of the test suite. Usage: bench/harvest/run.sh [commits] [authors]
set -euo pipefail
cd "$(dirname "$0")/../.."
COMMITS=${1:-100000}
AUTHORS=${2:-2000}
WORK=${BENCH_DIR:-target/bench-harvest}
REPO="$WORK/repo"

if [ ! -d "$REPO/.git" ]; then
    echo "generating $COMMITS commits by $AUTHORS authors in $REPO"
    rm -rf "$REPO" && mkdir -p "$REPO"
    git -C "$REPO" init -q -b main
    start=$(date +%s.%N)
    awk -v COMMITS="$COMMITS" -v AUTHORS="$AUTHORS" -f bench/harvest/generate.awk | git -C "$REPO" fast-import --quiet
    git -C "$REPO" reset -q --hard main
    git -C "$REPO" gc -q
    echo "generated in $(echo "$(date +%s.%N) - $start" | bc) s"
fi

echo "== git log --use-mailmap --format=%aE | sort | uniq -c (best of 5)"
best=
for i in 1 2 3 4 5; do
    start=$(date +%s.%N)
    (cd "$REPO" && git log --use-mailmap --format=%aE | sort | uniq -c > /dev/null)
    t=$(echo "$(date +%s.%N) - $start" | bc)
    echo "  run $i: $t s"
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
done
echo "git best: $best s"
echo "authors (git): $(cd "$REPO" && git log --use-mailmap --format=%aE | tr 'A-Z' 'a-z' | sort -u | wc -l)"

echo "== Samvirke analysis"
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" dk.samvirke.harvest.HarvestBenchmark \
    "$(cd "$REPO" && pwd)" "$WORK/mirror"
