#!/usr/bin/env bash
# Analytics benchmark: generates a seeded synthetic national dataset in the data.police.uk archive layout, then times
# (1) ./crs ingest + ./crs report, (2) the same work as hand-written DuckDB SQL (read_csv + GROUP BY, run through the
# DuckDB JDBC driver because the DuckDB CLI is not installed here) and (3) PostgreSQL COPY then GROUP BY, with peak
# memory (max RSS from /usr/bin/time -v). Usage: bench/analytics.sh [ROWS] (default 10000000). Needs ~2 GB under
# $WORK (default /tmp/crs-bench), which is deleted at the end unless KEEP=1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
ROWS="${1:-10000000}"
WORK="${WORK:-/tmp/crs-bench}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
DUCKDB_JAR="$(ls ~/.m2/repository/org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar | grep -v sources | tail -1)"
# The launcher's own options plus a 256 MB heap cap: the ingest JVM's heap is part of the 1 GB memory target.
INGEST_OPTS="${INGEST_OPTS:--XX:+UseSerialGC -Xmx256m}"
REPORT_OPTS="${REPORT_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m}"
export CRS_HOME="$WORK/home"

rm -rf "$WORK"; mkdir -p "$WORK/home"
cleanup() {
  if [[ -n "${PG_DIR:-}" && -d "$PG_DIR/data" ]]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  [[ "${KEEP:-0}" == 1 ]] || rm -rf "$WORK"
}
trap cleanup EXIT

seconds() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }
max_rss_mb() { awk -F: '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }
# CPU seconds (user + system, every thread) of a timed process: on a shared machine the work done, where the
# wall-clock time also counts the wait for a core.
cpu_s() { awk -F: '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$1"; }

echo "== machine: $(nproc) CPUs, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1)"
echo "== load: $(uptime)"
./crs version >/dev/null   # builds (and extracts) the jar if needed, outside the timings
mkdir -p "$WORK/classes" && javac -d "$WORK/classes" bench/DuckSql.java   # compiled outside the timings too

echo "== generating $ROWS street rows (seed 2019)"
java bench/Generate.java "$WORK/data" "$ROWS" 2019
du -sh "$WORK/data"

echo "== (1) crs ingest + crs report"
t0=$(seconds)
CRS_TIMING=1 CRS_JAVA_OPTS="$INGEST_OPTS" /usr/bin/time -v -o "$WORK/ingest.time" ./crs ingest "$WORK/data" \
  2>"$WORK/ingest.timing" | tail -1
t1=$(seconds)
CRS_TIMING=1 CRS_JAVA_OPTS="$REPORT_OPTS" /usr/bin/time -v -o "$WORK/report.time" \
  ./crs report --format json --out "$WORK/report.json" >/dev/null 2>"$WORK/report.timing"
t2=$(seconds)
CRS_TIMING=1 CRS_JAVA_OPTS="$REPORT_OPTS" /usr/bin/time -v -o "$WORK/report2.time" \
  ./crs report --format html --out "$WORK/report.html" >/dev/null 2>"$WORK/report2.timing"
t3=$(seconds)
crs_total=$(elapsed "$t0" "$t2")
# In-process report time: open store, query, render, close (the CRS_TIMING phases "1 ..." to "4 ...").
in_process() { awk '/^  [1-4] / {s += $(NF-5)} END {printf "%.2f", s}' "$1"; }
echo "crs ingest $(elapsed "$t0" "$t1") s, $(cpu_s "$WORK/ingest.time") s CPU (max RSS $(max_rss_mb "$WORK/ingest.time") MB);" \
     "report json $(elapsed "$t1" "$t2") s process, $(cpu_s "$WORK/report.time") s CPU, $(in_process "$WORK/report.timing") s in-process" \
     "(max RSS $(max_rss_mb "$WORK/report.time") MB);" \
     "report html $(elapsed "$t2" "$t3") s process, $(in_process "$WORK/report2.timing") s in-process"
echo "crs ingest phases (CRS_TIMING=1):"; sed -n "/^timing (/,\$p" "$WORK/ingest.timing" || true
echo "crs national: $(tr -d ' \n' < "$WORK/report.json" | grep -o '"national":{[^}]*}')"

echo "== (2) hand-written DuckDB SQL (JDBC)"
sed "s#\${DATA}#$WORK/data#" bench/duckdb-groupby.sql > "$WORK/duckdb.sql"
t0=$(seconds)
/usr/bin/time -v -o "$WORK/duckdb.time" java -Xmx256m -cp "$WORK/classes:$DUCKDB_JAR" DuckSql "$WORK/duck.duckdb" "$WORK/duckdb.sql" \
  | tee "$WORK/duckdb.out"
t1=$(seconds)
duck_total=$(elapsed "$t0" "$t1")
duck_sql=$(awk '/ ms  / {s += $1} END {printf "%.2f", s / 1000}' "$WORK/duckdb.out")
echo "duckdb $duck_total s process, $(cpu_s "$WORK/duckdb.time") s CPU, $duck_sql s in SQL statements (max RSS $(max_rss_mb "$WORK/duckdb.time") MB)"

echo "== (3) PostgreSQL COPY + GROUP BY"
PG_DIR="$WORK/pg"; mkdir -p "$PG_DIR"; chown -R postgres "$PG_DIR"; chmod -R a+rX "$WORK/data"
PORT=$(( 20000 + RANDOM % 10000 ))
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
printf "\nlisten_addresses = ''\nport = %s\nunix_socket_directories = '%s'\nshared_buffers = 128MB\n" "$PORT" "$PG_DIR" \
  >> "$PG_DIR/data/postgresql.conf"
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start >/dev/null
find "$WORK/data" -name '*-street.csv' | sort | \
  sed "s#.*#COPY street FROM '&' WITH (FORMAT csv, HEADER true);#" > "$WORK/copy.sql"
sed "s#\${WORK}#$WORK#" bench/postgres-groupby.sql > "$WORK/pg.sql"
chmod a+r "$WORK"/*.sql
t0=$(seconds)
runuser -u postgres -- "$PG_BIN/psql" -q -h "$PG_DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -f "$WORK/pg.sql"
t1=$(seconds)
pg_total=$(elapsed "$t0" "$t1")
pg_pid=$(head -1 "$PG_DIR/data/postmaster.pid")
pg_rss=$( (ps -o rss= -p "$pg_pid"; ps -o rss= --ppid "$pg_pid") | awk '{s+=$1} END {printf "%.0f", s/1024}')
echo "postgres $pg_total s (RSS of all server processes at the end: $pg_rss MB)"

echo "== ratios"
echo "crs / duckdb = $(echo "scale=2; $crs_total / $duck_total" | bc) (processes, wall clock)"
crs_cpu=$(echo "$(cpu_s "$WORK/ingest.time") + $(cpu_s "$WORK/report.time")" | bc)
echo "crs / duckdb = $(echo "scale=2; $crs_cpu / $(cpu_s "$WORK/duckdb.time")" | bc) (CPU seconds: $crs_cpu against $(cpu_s "$WORK/duckdb.time"))"
echo "postgres / crs = $(echo "scale=2; $pg_total / $crs_total" | bc)"
echo "== load: $(uptime)"
