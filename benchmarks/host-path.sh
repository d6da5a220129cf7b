#!/usr/bin/env bash
# The host-path benchmark (see benchmarks/README.md): builds the sample host and the benchmarks in Release, starts a
# throwaway PostgreSQL 15 as CI does (.ci/postgres.sh) but with fsync on, runs the harness for 10,000 and 100,000
# employees on SQLite and PostgreSQL, writes benchmarks/host-path-results.md, and stops the server on exit.
# Run as root (the server runs as the postgres OS user, as in CI). Nothing else should run meanwhile: the report is a
# measurement. HOST_PATH_EMPLOYEES (comma-separated sizes) and HOST_PATH_OUT (the report's file) override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

employees="${HOST_PATH_EMPLOYEES:-10000,100000}"
out="${HOST_PATH_OUT:-benchmarks/host-path-results.md}"
sample=samples/LatihanAsn.Lampung/bin/Release/net10.0/LatihanAsn.Lampung.dll

# shellcheck source=../.ci/postgres.sh
source .ci/postgres.sh

# .ci/postgres.sh's start_postgres with one change: fsync is an argument, on unless told otherwise. CI's server runs
# with fsync=off (its tests need no durability); a benchmark of writes needs the server as it would run in production.
# Everything else (directory, port, trust authentication, PG_DIR for .ci's stop_postgres) is as in CI.
start_postgres() {
  local fsync="${1:-on}"
  if [ ! -x "$PG_BIN/initdb" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15) >/dev/null 2>&1 || true
  fi
  [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL 15 is not installed and could not be installed" >&2; return 1; }
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres || return 1
  PG_DIR=$(mktemp -d)
  chown postgres "$PG_DIR"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null)
  [ -n "$port" ] || port=$((20000 + RANDOM % 20000))
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=$fsync" start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  export LATIHANASN_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (fsync=$fsync)"
}

trap stop_postgres EXIT
trap 'exit 130' INT TERM

echo "== build (Release)"
dotnet build samples/LatihanAsn.Lampung -c Release -warnaserror
dotnet build benchmarks/LatihanAsn.Benchmarks -c Release -warnaserror

echo "== PostgreSQL"
start_postgres on

echo "== host-path: ${employees} employees, SQLite and PostgreSQL"
dotnet run -c Release --no-build --project benchmarks/LatihanAsn.Benchmarks -- host-path \
  --sample "$sample" --employees "$employees" --postgres "$LATIHANASN_POSTGRES" --out "$out"
echo "== report: $out"
