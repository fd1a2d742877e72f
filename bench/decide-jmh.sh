#!/usr/bin/env bash
# JMH benchmark of decisions per second on one thread (engine alone, and parse + decide + write).
# Usage: bench/decide-jmh.sh [JMH iteration options; default: -wi 6 -w 5s -i 5 -r 3s]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -Dspotless.check.skip=true -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
# one fork, one thread; the iteration settings can be replaced on the command line. The warm-up must outlast the JIT
# compiling every rule: 6 s was enough on a quiet machine, but under a load average of 20 the compiler threads took
# 20-45 s, and a shorter warm-up measures the interpreter (12,882/s instead of 150,000-280,000/s).
if [[ $# -eq 0 ]]; then set -- -wi 6 -w 5s -i 5 -r 3s; fi
exec java -cp "$cp" org.openjdk.jmh.Main 'uk.crs.decision.bench.DecisionBenchmark' -f 1 -t 1 "$@"
