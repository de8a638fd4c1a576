#!/usr/bin/env bash
# Starts the OpenSearch 2.19 node the search tests use (-Popensearch), by hand: one node on 127.0.0.1,
# from Maven Central's server artifacts, no Docker. Stop it with Ctrl-C; the data stays for the next start.
#
#   scripts/opensearch.sh [data folder (data/opensearch)] [HTTP port (9200)] [transport port (9300)]
#
# Then run Samvirke against it (README, "Search"):
#   ./mvnw spring-boot:run -Dspring-boot.run.arguments="--spring.jpa.properties.hibernate.search.backend.type=elasticsearch --spring.jpa.properties.hibernate.search.backend.hosts=127.0.0.1:9200"
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -Popensearch test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/opensearch.classpath
exec java -Xms1g -Xmx1g \
    -Dlog4j2.provider=org.apache.logging.log4j.core.impl.Log4jProvider -Dlog4j2.level=INFO \
    -cp "target/test-classes:target/classes:$(cat target/opensearch.classpath)" \
    dk.samvirke.support.OpenSearchMain "${1:-data/opensearch}" "${2:-9200}" "${3:-9300}"
