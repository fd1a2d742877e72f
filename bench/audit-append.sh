#!/usr/bin/env bash
# Audit append throughput and latency: 1, 4 and 16 threads appending for a fixed time, each entry in its own
# transaction, on a throwaway cluster of Debian's PostgreSQL (fsync on) or on crs's embedded PostgreSQL server.
# Usage: bench/audit-append.sh [postgresql|embedded] [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests -Dspotless.check.skip=true test-compile
cp="target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
exec java -cp "$cp" uk.crs.audit.AuditAppendLoad "${1:-postgresql}" "${2:-10}" 2>&1 | grep -v ' INFO '
