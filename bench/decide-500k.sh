#!/usr/bin/env bash
# End-to-end time of `./crs decide` on a seeded 500,000-case JSON Lines file (JVM start-up included).
# Usage: bench/decide-500k.sh [COUNT] [SEED]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
count="${1:-500000}"
seed="${2:-20261121}"
cases="target/bench/cases-$count-$seed.jsonl"
mkdir -p target/bench
./mvnw -q -Dspotless.check.skip=true -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
if [[ ! -f "$cases" ]]; then
  java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    uk.crs.decision.bench.CaseGenerator "$cases" "$count" "$seed"
fi
./crs version >/dev/null   # builds the jar if needed, outside the timing
echo "cases: $cases ($(wc -l <"$cases") lines, $(du -h "$cases" | cut -f1))"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
start=$(date +%s.%N)
CRS_TODAY=2026-11-21 /usr/bin/time -f "cpu: %U s user, %S s system, max RSS %M KB" \
  ./crs decide "$cases" >target/bench/decisions.jsonl 2>target/bench/decide-errors.txt || status=$?
end=$(date +%s.%N)
tail -1 target/bench/decide-errors.txt
echo "exit status: ${status:-0} (2 means some generated cases were invalid; see target/bench/decide-errors.txt)"
echo "decisions written: $(wc -l <target/bench/decisions.jsonl) ($(du -h target/bench/decisions.jsonl | cut -f1))"
awk -v s="$start" -v e="$end" -v n="$count" 'BEGIN { t = e - s; printf "elapsed: %.1f s, %.0f cases/s end to end\n", t, n / t }'
