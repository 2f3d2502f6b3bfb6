#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the journal's tests (docs: toolchain.md).
#
#   scripts/with-postgres.sh start STATE_FILE   start a cluster; write its connection to STATE_FILE
#   scripts/with-postgres.sh stop STATE_FILE    stop it and delete its files
#   scripts/with-postgres.sh run COMMAND...     start, run COMMAND with PAVT_TEST_PGSQL set, stop
#   scripts/with-postgres.sh server-stop STATE_FILE    stop the server only ("-m fast": the clients'
#                                                      connections are cut), keeping its files
#   scripts/with-postgres.sh server-start STATE_FILE   start it again, on the same port
#   (server-stop and server-start are for the tests of a database that goes away and comes back;
#   they run them against a cluster of their own, never the one other suites share.)
#
# STATE_FILE gets KEY=VALUE lines (the value runs to the end of the line, unquoted):
# PAVT_TEST_PGSQL=host=127.0.0.1 port=N dbname=postgres user=test, PAVT_TEST_PGDIR=DIR,
# PAVT_TEST_PGBIN=DIR and PAVT_TEST_PGPORT=N; or, when no server can be started here, PAVT_TEST_PGSQL_SKIP=reason.
# "start" exits 0 in both cases: the tests read the file and report a visible SKIP (CTest shows
# "Skipped"), never a silent pass. Set PAVT_REQUIRE_PGSQL=1 to make "no server" an error instead.
#
# The cluster lives in a short temporary directory (socket paths over 107 bytes fail), is created
# with initdb as the postgres user when run as root (initdb refuses to run as root), uses trust
# authentication on loopback only, runs with fsync=off, and is stopped with "-m immediate".
set -euo pipefail

log() { echo "with-postgres: $*" >&2; }

find_bindir() {
  if [ -n "${PAVT_PGSQL_BINDIR:-}" ]; then # an override, e.g. to try the SKIP path
    [ -x "$PAVT_PGSQL_BINDIR/initdb" ] && echo "$PAVT_PGSQL_BINDIR" && return 0
    return 1
  fi
  if command -v pg_config >/dev/null 2>&1; then
    local d
    d="$(pg_config --bindir 2>/dev/null || true)"
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  fi
  local v
  for v in $(ls -1 /usr/lib/postgresql 2>/dev/null | sort -rn); do
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then echo "/usr/lib/postgresql/$v/bin"; return 0; fi
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return 0
  return 1
}

free_port() {
  # Asks the kernel for a free port on 127.0.0.1 (bind to port 0).
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo 0
}

write_skip() {
  local state="$1" reason="$2"
  if [ "${PAVT_REQUIRE_PGSQL:-0}" = 1 ]; then
    log "PostgreSQL is required (PAVT_REQUIRE_PGSQL=1) but: $reason"
    exit 1
  fi
  log "SKIP: $reason"
  printf 'PAVT_TEST_PGSQL_SKIP=%s\n' "$(echo "$reason" | tr '\n' ' ')" >"$state"
}

as_owner() {
  # Runs a PostgreSQL binary as the cluster's owner: postgres when we are root, else ourselves.
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start_server() {
  local bindir="$1" dir="$2" port="$3"
  ( cd "$dir" && as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" \
      start >/dev/null 2>&1 )
}

start() {
  local state="$1"
  mkdir -p "$(dirname "$state")"
  # A cluster left behind by an interrupted run (ctest killed before its clean-up) is stopped first.
  if [ -f "$state" ]; then ( stop "$state" ) || true; fi
  rm -f "$state"
  local bindir
  if ! bindir="$(find_bindir)"; then
    write_skip "$state" "PostgreSQL is not installed (package postgresql; scripts/install-deps.sh --tests installs it)"
    return 0
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    write_skip "$state" "running as root but there is no 'postgres' user to own the cluster"
    return 0
  fi
  local dir
  dir="$(mktemp -d /tmp/pavtpg.XXXXXX)"
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
  cd "$dir" # runuser keeps the working directory; postgres must be able to read it
  if ! as_owner "$bindir/initdb" -D "$dir/data" --auth=trust -U test -E UTF8 --no-sync \
        >"$dir/initdb.log" 2>&1; then
    write_skip "$state" "initdb failed: $(tail -n 3 "$dir/initdb.log" | tr '\n' ' ')"
    rm -rf "$dir"
    return 0
  fi
  local port attempt
  for attempt in 1 2 3; do
    port="$(free_port)"
    if start_server "$bindir" "$dir" "$port"; then
      {
        printf 'PAVT_TEST_PGSQL=%s\n' "host=127.0.0.1 port=$port dbname=postgres user=test"
        printf 'PAVT_TEST_PGDIR=%s\n' "$dir"
        printf 'PAVT_TEST_PGBIN=%s\n' "$bindir"
        printf 'PAVT_TEST_PGPORT=%s\n' "$port"
      } >"$state"
      log "PostgreSQL on 127.0.0.1:$port (cluster in $dir)"
      return 0
    fi
    log "start on port $port failed (attempt $attempt): $(tail -n 2 "$dir/server.log" 2>/dev/null | tr '\n' ' ')"
  done
  write_skip "$state" "the server would not start: $(tail -n 3 "$dir/server.log" 2>/dev/null | tr '\n' ' ')"
  rm -rf "$dir"
  return 0
}

read_state() {
  # Sets PAVT_TEST_* from a state file (KEY=VALUE lines; nothing in it is executed).
  local key value
  PAVT_TEST_PGDIR="" PAVT_TEST_PGBIN="" PAVT_TEST_PGSQL="" PAVT_TEST_PGSQL_SKIP="" PAVT_TEST_PGPORT=""
  while IFS='=' read -r key value; do
    case "$key" in
      PAVT_TEST_PGDIR) PAVT_TEST_PGDIR="$value" ;;
      PAVT_TEST_PGPORT) PAVT_TEST_PGPORT="$value" ;;
      PAVT_TEST_PGBIN) PAVT_TEST_PGBIN="$value" ;;
      PAVT_TEST_PGSQL) PAVT_TEST_PGSQL="$value" ;;
      PAVT_TEST_PGSQL_SKIP) PAVT_TEST_PGSQL_SKIP="$value" ;;
    esac
  done <"$1"
}

stop() {
  local state="$1"
  [ -f "$state" ] || return 0
  read_state "$state"
  if [ -n "$PAVT_TEST_PGDIR" ] && [ -d "$PAVT_TEST_PGDIR" ]; then
    cd "$PAVT_TEST_PGDIR"
    as_owner "$PAVT_TEST_PGBIN/pg_ctl" -D "$PAVT_TEST_PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    cd /
    case "$PAVT_TEST_PGDIR" in
      /tmp/pavtpg.*) rm -rf "$PAVT_TEST_PGDIR" ;;
    esac
  fi
  rm -f "$state"
}

server_stop() {
  read_state "$1"
  [ -n "$PAVT_TEST_PGDIR" ] || { log "no server in $1"; return 1; }
  cd "$PAVT_TEST_PGDIR"
  as_owner "$PAVT_TEST_PGBIN/pg_ctl" -D "$PAVT_TEST_PGDIR/data" -m fast -w -t 30 stop >/dev/null
}

server_start() {
  read_state "$1"
  [ -n "$PAVT_TEST_PGDIR" ] && [ -n "$PAVT_TEST_PGPORT" ] || { log "no server in $1"; return 1; }
  start_server "$PAVT_TEST_PGBIN" "$PAVT_TEST_PGDIR" "$PAVT_TEST_PGPORT" ||
    { log "restart failed: $(tail -n 3 "$PAVT_TEST_PGDIR/server.log" | tr '\n' ' ')"; return 1; }
}

case "${1:-}" in
  server-stop) [ $# -eq 2 ] || { log "usage: $0 server-stop STATE_FILE"; exit 2; }; server_stop "$2" ;;
  server-start) [ $# -eq 2 ] || { log "usage: $0 server-start STATE_FILE"; exit 2; }; server_start "$2" ;;
  start) [ $# -eq 2 ] || { log "usage: $0 start STATE_FILE"; exit 2; }; start "$2" ;;
  stop) [ $# -eq 2 ] || { log "usage: $0 stop STATE_FILE"; exit 2; }; stop "$2" ;;
  run)
    shift
    [ $# -ge 1 ] || { log "usage: $0 run COMMAND..."; exit 2; }
    statedir="$(mktemp -d)"
    state="$statedir/pg.env"
    trap 'stop "$state"; rm -rf "$statedir"' EXIT
    ( start "$state" )
    read_state "$state"
    export PAVT_TEST_PGSQL PAVT_TEST_PGSQL_SKIP
    "$@"
    ;;
  *)
    log "usage: $0 start STATE_FILE | stop STATE_FILE | run COMMAND... | server-stop STATE_FILE | server-start STATE_FILE"
    exit 2
    ;;
esac
