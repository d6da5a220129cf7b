# Sourced by .ci/run: a throwaway PostgreSQL 15 for the EF Core tests, in a temporary directory, on 127.0.0.1 and a free
# port, with trust authentication. start_postgres exports LATIHANASN_POSTGRES; stop_postgres removes everything.
PG_BIN=/usr/lib/postgresql/15/bin
PG_DIR=""

start_postgres() {
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
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  export LATIHANASN_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

stop_postgres() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=""
  fi
}
