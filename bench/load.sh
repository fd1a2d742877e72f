#!/usr/bin/env bash
# Load benchmark: case creation with its decision (POST /api/cases as the demo officer) against PostgreSQL.
# Uses CRS_DATABASE_URL/CRS_DATABASE_USER/CRS_DATABASE_PASSWORD if set (an EMPTY database), otherwise starts a
# throwaway PostgreSQL cluster from Debian's packages in a temporary directory and removes it afterwards.
# Usage: bench/load.sh [THREADS] [WARMUP_SECONDS] [MEASURE_SECONDS]     (defaults: 16 10 30)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
threads="${1:-16}"; warmup="${2:-10}"; measure="${3:-30}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
work="$(mktemp -d /tmp/crs-load-XXXXXX)"
server_pid=""; cluster=""
as_owner=(); [[ "$(id -u)" == 0 ]] && as_owner=(runuser -u postgres --)

cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [[ -n "$cluster" ]] && "${as_owner[@]}" "$pgbin/pg_ctl" -D "$cluster" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z "${CRS_DATABASE_URL:-}" ]]; then
  pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
  cluster="$work/data"
  [[ "$(id -u)" == 0 ]] && chown postgres "$work"
  "${as_owner[@]}" "$pgbin/initdb" -D "$cluster" -U crs -A trust -E UTF8 --no-locale >/dev/null
  # durable commits (fsync on, synchronous_commit on): the numbers include a real WAL flush per case
  printf "\nlisten_addresses='127.0.0.1'\nport=%s\nunix_socket_directories='%s'\nfsync=on\nsynchronous_commit=on\nmax_connections=100\n" \
    "$pgport" "$work" >> "$cluster/postgresql.conf"
  "${as_owner[@]}" "$pgbin/pg_ctl" -D "$cluster" -l "$work/pg.log" -w start >/dev/null
  "${as_owner[@]}" "$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U crs -d postgres -qc "CREATE DATABASE crs_load" >/dev/null
  export CRS_DATABASE_URL="jdbc:postgresql://127.0.0.1:$pgport/crs_load" CRS_DATABASE_USER=crs CRS_DATABASE_PASSWORD=""
fi

"$root/crs" version >/dev/null   # builds target/crs.jar if the sources changed
CRS_HOME="$work/home" java ${CRS_JAVA_OPTS:--Xmx1g} -jar "$root/target/crs.jar" serve --demo --port "$port" \
  > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 240); do
  curl -sf "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "http://localhost:$port/actuator/health" >/dev/null || { cat "$work/server.log"; exit 1; }

echo "crs load benchmark: POST /api/cases against PostgreSQL, $(nproc) CPUs, $threads client threads," \
     "${warmup}s warm-up, ${measure}s measured"
java "$here/LoadClient.java" "http://localhost:$port" officer demo "$threads" "$warmup" "$measure"
verify=$(curl -s -u auditor:demo "http://localhost:$port/api/audit/verify")
echo "audit chain after the run: $verify"
