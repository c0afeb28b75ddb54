#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL 15 server for the tests: `start` runs initdb as the postgres user into a
# temporary folder, listens on localhost only (port PD_PG_PORT, default 55432) with trust
# authentication, and prints its URL; `stop` stops it and removes the folder; `url` prints the URL.
# Not for production: anyone on this machine can connect without a password.
set -euo pipefail
port="${PD_PG_PORT:-55432}"
state="${PD_PG_STATE:-/tmp/pd-pg-test-$port}"
bindir="${PD_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
url="postgresql://postgres@127.0.0.1:$port/postgres"

as_postgres() {
  if [ "$(id -un)" = postgres ]; then
    "$@"
  elif [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    echo "pg-test-server: run this as root or as the postgres user (initdb refuses root)" >&2
    exit 1
  fi
}

case "${1:-}" in
start)
  [ -x "$bindir/initdb" ] || {
    echo "pg-test-server: $bindir/initdb not found; install postgresql-15 (scripts/install-deps.sh)" >&2
    exit 1
  }
  if [ -f "$state/data/postmaster.pid" ] && as_postgres "$bindir/pg_ctl" -D "$state/data" status >/dev/null 2>&1; then
    echo "pg-test-server: a server already runs from $state; run '$0 stop' first" >&2
    exit 1
  fi
  rm -rf "$state"
  mkdir -p "$state"
  chown postgres: "$state" 2>/dev/null || true
  as_postgres "$bindir/initdb" -D "$state/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$state/initdb.log" 2>&1 || { cat "$state/initdb.log" >&2; exit 1; }
  as_postgres "$bindir/pg_ctl" -D "$state/data" -l "$state/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $state -c fsync=off -c max_connections=200" start \
    >/dev/null || { cat "$state/server.log" >&2; exit 1; }
  echo "$url"
  ;;
stop)
  if [ -f "$state/data/postmaster.pid" ]; then
    # a folder left by a machine that was switched off has a stale pid file: nothing to stop
    as_postgres "$bindir/pg_ctl" -D "$state/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$state"
  ;;
url)
  echo "$url"
  ;;
*)
  echo "usage: $0 start|stop|url  (port from PD_PG_PORT, default 55432)" >&2
  exit 2
  ;;
esac
