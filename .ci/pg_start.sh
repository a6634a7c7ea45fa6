#!/usr/bin/env bash
# Start a throwaway PostgreSQL on 127.0.0.1:<free port>. Prints `export ...` lines; use:
#   PGENV=$(bash .ci/pg_start.sh); eval "$PGENV"; trap 'bash .ci/pg_stop.sh' EXIT
# (assign first: `eval "$(...)"` would hide a failure from `set -e`).
# initdb and postgres refuse to run as root, so as root the server runs as the `postgres` user
# (created when missing); as anyone else it runs as that user.
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || {
  echo "pg_start.sh: PostgreSQL server binaries missing (apt-get install -y postgresql)" >&2; exit 1; }
if [ "$(id -u)" = 0 ]; then
  RUNAS=${PG_RUNAS:-postgres}
  id -u "$RUNAS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUNAS"
  as() { runuser -u "$RUNAS" -- "$@"; }
else
  RUNAS=$(id -un)
  as() { "$@"; }
fi
PGDATA=$(mktemp -d "${TMPDIR:-/tmp}/pgci.XXXXXX")   # parent dirs must be traversable by $RUNAS
if [ "$(id -u)" = 0 ]; then chown "$RUNAS" "$PGDATA"; fi
chmod 700 "$PGDATA"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
as "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
  >"$PGDATA.initdb.log" 2>&1 || { cat "$PGDATA.initdb.log" >&2; exit 1; }
as "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$PGDATA/server.log" >&2; exit 1; }
echo "export PGDATA='$PGDATA' PGBIN='$PGBIN' PG_RUNAS='$RUNAS' PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=postgres"
echo "export DATABASE_URL='postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres'"
