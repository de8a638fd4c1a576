#!/usr/bin/env bash
# Starts Samvirke from the JVM's ahead-of-time cache (README, "Fast start"): the jar extracted once, one
# training run that stops as soon as the application context is refreshed (Spring's
# -Dspring.context.exit=onRefresh: every singleton made, Flyway and Hibernate done, no web server, no jobs,
# no mail), then every start maps the classes that run loaded, linked and (JDK 25+) profiled.
#
#   scripts/fast-start.sh [--jar JAR] [--dir DIR] [--train-only] [--] [application arguments...]
#
# JDK 25 or newer: the AOT cache (JEP 483/514/515, -XX:AOTCacheOutput / -XX:AOTCache).
# JDK 17-24:        the dynamic CDS archive (-XX:ArchiveClassesAtExit / -XX:SharedArchiveFile), a smaller gain.
# The JDK is $JAVA_HOME's, else `java` on the PATH. JVM options come from $JAVA_OPTS (e.g. -Xmx512m) and are
# the same for the training run and the starts. The cache is made again by itself when the jar, the JDK or
# $JAVA_OPTS change (DIR/stamp says for which it was made); the training run needs the same database and
# settings as the starts (give the same arguments and environment), as it runs Flyway and Hibernate's
# schema validation against them. Training takes about as long as one plain start; its log is DIR/training.log.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar=""
dir="$root/target/fast-start"
train_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --train-only) train_only=1; shift ;;
    --) shift; break ;;
    *) break ;;
  esac
done
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ -z "$jar" ]; then
  jar="$(ls "$root"/target/samvirke-*.jar 2> /dev/null | grep -v -- '-plain' | head -1 || true)"
  if [ -z "$jar" ]; then
    (cd "$root" && ./mvnw -q -B -DskipTests package)
    jar="$(ls "$root"/target/samvirke-*.jar | grep -v -- '-plain' | head -1)"
  fi
fi
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
# shellcheck disable=SC2206 # JAVA_OPTS is a list of options, split on spaces as the JVM's own launchers do
opts=(${JAVA_OPTS:-})

# The JDK's feature version decides the mechanism; `java -version` is asked only when the JDK changed.
java_path="$(readlink -f "$(command -v "$java")")"
java_id="$java_path $(stat -c '%s %Y' "$(dirname "$java_path")/../lib/modules" 2> /dev/null || echo '?')"
if [ -f "$dir/java-version" ] && [ "$(head -1 "$dir/java-version")" = "$java_id" ]; then
  feature="$(sed -n 2p "$dir/java-version")"
else
  feature="$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')"
  printf '%s\n%s\n' "$java_id" "$feature" > "$dir/java-version"
fi
if [ "${feature%%.*}" -ge 25 ]; then
  # The starts log the cache's errors only: JDK 25 warns of code stubs it could not reuse, which it makes anew.
  cache="$dir/samvirke.aot"; train_opts=(-XX:AOTCacheOutput="$cache"); run_opts=(-XX:AOTCache="$cache" -Xlog:aot*=error)
else
  cache="$dir/samvirke.jsa"; train_opts=(-XX:ArchiveClassesAtExit="$cache"); run_opts=(-XX:SharedArchiveFile="$cache")
fi
if [ "${feature%%.*}" -ge 22 ]; then
  # Lucene maps its index files through the foreign-memory API; without this every start warns about it.
  opts=(--enable-native-access=ALL-UNNAMED "${opts[@]}")
fi

app="$dir/app/$(basename "$jar")"
stamp="$(stat -c '%s %Y' "$jar") $java_id ${opts[*]}"
if [ ! -f "$cache" ] || [ ! -f "$dir/stamp" ] || [ "$(cat "$dir/stamp")" != "$stamp" ]; then
  rm -rf "$dir/app" "$dir/samvirke.aot" "$dir/samvirke.jsa" "$dir/stamp"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$dir/app" > /dev/null
  echo "fast-start: training the class cache for $(basename "$jar") on Java $feature (log: $dir/training.log)" >&2
  if ! "$java" "${opts[@]}" "${train_opts[@]}" -Dspring.context.exit=onRefresh -jar "$app" "$@" > "$dir/training.log" 2>&1 \
      || [ ! -f "$cache" ]; then
    echo "fast-start: the training run failed; see $dir/training.log" >&2
    tail -20 "$dir/training.log" >&2
    exit 1
  fi
  echo "$stamp" > "$dir/stamp"
fi
[ "$train_only" = 1 ] && exit 0
exec "$java" "${opts[@]}" "${run_opts[@]}" -jar "$app" "$@"
