#!/usr/bin/env bash
# Cold start of `crs serve` on the embedded PostgreSQL store: seconds from launching `./crs serve` until
# GET /actuator/health answers, for the first start on an empty CRS_HOME and then N later starts on the same home
# (each stopped with SIGTERM, as Ctrl-C would, before the next). Builds nothing: run `./crs --help` once first.
# Each line also shows when the embedded server was ready (the log line "embedded PostgreSQL ... was ready at"; the
# server starts beside the Spring context, so it may be ready before Spring begins or while it runs), when Spring began
# its context ("Starting Crs") and when the context had started ("Started Crs"), the
# CPU seconds spent until healthy by crs's JVM (with the programs it ran and waited for: initdb, pg_ctl) and by the
# PostgreSQL server's processes, and the one-minute load average at launch. On a shared machine the wall time grows
# with the load while the CPU seconds do not: compare changes by both.
# Usage: bench/cold-start.sh [N]   (N later starts, default 5; port 18091 unless CRS_BENCH_PORT; extra arguments
# to serve in CRS_BENCH_ARGS, e.g. --demo; JVM options in CRS_JAVA_OPTS as for ./crs)
set -euo pipefail
cd "$(dirname "$0")/.."
later="${1:-5}"
jar=target/crs.jar
if [[ ! -f "$jar" ]] || [[ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]]; then
  echo "target/crs.jar is missing or older than the sources: run ./crs --help first, so that no build is timed" >&2
  exit 2
fi
home="$(mktemp -d "${TMPDIR:-/tmp}/crs-cold.XXXXXX")"
export CRS_HOME="$home/var"
port="${CRS_BENCH_PORT:-18091}"
crs=""
trap '[[ -n "$crs" ]] && kill "$crs" 2>/dev/null; wait 2>/dev/null; rm -rf "$home"' EXIT

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# the log's first time stamp (ISO 8601, or a time of day before Spring's logging starts) on a line matching $2, as seconds since the epoch
logged_at() {
  local stamp
  stamp="$(grep -m1 -E "$2" "$1" | grep -oE '^([0-9-]+T)?[0-9:]+\.[0-9]+(Z|[+-][0-9:]+)?' || true)"
  [[ -n "$stamp" ]] && date -d "$stamp" +%s.%N || echo ""
}

# when the embedded server was ready, as seconds since the epoch: the time the application logs when it first needs
# the server ("was ready at 2026-...Z"), or else the time of the server's own "is running" line
ready_at() {
  local stamp
  stamp="$(grep -m1 -oE 'embedded PostgreSQL .* was ready at [0-9T:.Z-]+' "$1" | grep -oE '[0-9-]+T[0-9:.]+Z$' || true)"
  if [[ -n "$stamp" ]]; then date -d "$stamp" +%s.%N; else logged_at "$1" 'embedded PostgreSQL .* is running'; fi
}

tick="$(getconf CLK_TCK)"
# CPU seconds of a process: its own and its waited-for children's (utime + stime + cutime + cstime)
cpu_of() { awk -v t="$tick" '{ sub(/^.*\) /, ""); print ($12 + $13 + $14 + $15) / t }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# CPU seconds of a process and of all its live descendants
cpu_tree() {
  local total pid
  total="$(cpu_of "$1")"
  for pid in $(awk -v p="$1" '{ sub(/^.*\) /, ""); if ($2 == p) print FILENAME }' /proc/[0-9]*/stat 2>/dev/null \
      | cut -d/ -f3); do
    total="$(awk -v a="$total" -v b="$(cpu_tree "$pid")" 'BEGIN { print a + b }')"
  done
  echo "$total"
}

start() {
  local label=$1 log="$home/serve-$1.log" load began ready pg spring jvm server
  load="$(cut -d' ' -f1 /proc/loadavg)"
  began="$(now)"
  # shellcheck disable=SC2086
  ./crs serve --port "$port" ${CRS_BENCH_ARGS:-} >"$log" 2>&1 &
  crs=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
    kill -0 "$crs" 2>/dev/null || { echo "crs exited during start $label:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  ready="$(now)"
  jvm="$(cpu_of "$crs")"
  server="$(cpu_tree "$(head -1 "$CRS_HOME/pg/data/postmaster.pid")")"
  pg="$(ready_at "$log")"
  spring="$(logged_at "$log" 'Starting Crs ')"
  started="$(logged_at "$log" 'Started Crs ')"
  printf '%-6s %6s s to healthy (PostgreSQL ready %6s s; Spring context %6s to %6s s)   CPU: crs %5.1f s, PostgreSQL %4.1f s' \
    "$label" "$(since "$began" "$ready")" "${pg:+$(since "$began" "$pg")}" "${spring:+$(since "$began" "$spring")}" \
    "${started:+$(since "$began" "$started")}" "$jvm" "$server"
  echo "   load $load"
  kill "$crs"
  wait "$crs" 2>/dev/null || true
  crs=""
}

echo "crs serve cold start, $(nproc) CPUs, CRS_HOME in $home"
start first
for i in $(seq 1 "$later"); do
  start "$i"
done
