#!/usr/bin/env bash
# The fault test of issue 9 on the default (embedded PostgreSQL) store: `crs serve --demo`, 100 concurrent case
# creations, SIGKILL of crs after the Nth answer 201 (N = 30, 40, 50 by default, one round each), restart; then count
# the cases answered 201, those present after the last restart, and the audit chain's entries.
# Usage: bench/crash.sh [N ...]   (a fresh CRS_HOME in a temporary directory; port 18090 unless CRS_BENCH_PORT)
set -euo pipefail
cd "$(dirname "$0")/.."
home="$(mktemp -d "${TMPDIR:-/tmp}/crs-crash.XXXXXX")"
export CRS_HOME="$home/var"
port="${CRS_BENCH_PORT:-18090}"
base="http://localhost:$port"
case_json='{"force":"durham","offence":{"code":"46","date":"2026-10-01","valueGbp":25},
 "offender":{"age":34,"acceptsResponsibility":true,"appropriateAdultPresent":false,"history":[],
   "name":"Jamie Example","dateOfBirth":"1992-04-17","contact":"07700 900123"},
 "victim":{"identified":true,"consulted":true,"consents":true,"views":"wants an apology",
   "name":"Corner Shop Ltd (manager)","contact":"shop@example.org"},
 "circumstances":{"domesticAbuse":false,"intimatePartner":false,"hateAggravated":false,"weapon":false,
   "injury":"NONE","vulnerableVictim":false,"childVictim":false},
 "aggravating":[],"mitigating":[],"evidenceSufficient":true,"rationale":"first offence, goods recovered"}'

serve() {
  local started=$SECONDS
  ./crs serve --demo --port "$port" >>"$home/serve.log" 2>&1 &
  crs=$!
  until curl -sf "$base/actuator/health" >/dev/null; do
    kill -0 "$crs" 2>/dev/null || { echo "crs exited; see $home/serve.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "crs healthy after $((SECONDS - started)) s (pid $crs)"
}

mkdir -p "$home/acks"
(( $# > 0 )) || set -- 30 40 50
for n in "$@"; do
  serve
  for i in $(seq 1 100); do
    ( out="$(curl -s -m 60 -u officer:demo -H 'Content-Type: application/json' -d "$case_json" \
        -w '\n%{http_code}' "$base/api/cases" || true)"
      if [[ "$(tail -n1 <<<"$out")" == 201 ]]; then
        head -n1 <<<"$out" | sed -E 's/^\{"id":"([^"]+)".*/\1/' >"$home/acks/$n-$i"
      fi ) &
  done
  until (( $(ls "$home/acks" | grep -c "^$n-" || true) >= n )); do sleep 0.01; done
  kill -9 "$crs"
  wait 2>/dev/null || true
  echo "round $n: SIGKILL after the ${n}th 201; $(ls "$home/acks" | grep -c "^$n-") answered 201 in this round"
done

serve
acknowledged=0; present=0
for f in "$home"/acks/*; do
  acknowledged=$((acknowledged + 1))
  code="$(curl -s -o /dev/null -w '%{http_code}' -u officer:demo "$base/api/cases/$(cat "$f")")"
  [[ "$code" == 200 ]] && present=$((present + 1))
done
verify="$(curl -s -u auditor:demo "$base/api/audit/verify")"
kill "$crs"; wait "$crs" 2>/dev/null || true
echo "acknowledged (201): $acknowledged"
echo "present after restart: $present"
echo "audit verify (API): $verify"
echo "audit verify (CLI, crs stopped): $(./crs audit verify)"
echo "files kept in $home"
