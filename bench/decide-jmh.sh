#!/usr/bin/env bash
# JMH benchmark of decisions per second on one thread (engine alone, and parse + decide + write).
# Usage: bench/decide-jmh.sh [JMH iteration options; default: -wi 3 -w 2s -i 5 -r 3s]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -Dspotless.check.skip=true -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
# one fork, one thread; the iteration settings can be replaced on the command line
if [[ $# -eq 0 ]]; then set -- -wi 3 -w 2s -i 5 -r 3s; fi
exec java -cp "$cp" org.openjdk.jmh.Main 'uk.crs.decision.bench.DecisionBenchmark' -f 1 -t 1 "$@"
