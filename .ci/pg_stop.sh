#!/usr/bin/env bash
# Stop the PostgreSQL started by pg_start.sh (needs its PGDATA, PGBIN and PG_RUNAS exports) and
# delete its data directory. Does nothing when there is nothing to stop.
set -uo pipefail
[ -n "${PGDATA:-}" ] && [ -d "$PGDATA" ] || exit 0
case "$PGDATA" in */pgci.*) ;; *) echo "pg_stop.sh: refusing to remove $PGDATA (not made by pg_start.sh)" >&2; exit 1;; esac
if [ "$(id -u)" = 0 ]; then
  runuser -u "${PG_RUNAS:-postgres}" -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
else
  "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
fi
rm -rf "$PGDATA" "$PGDATA.initdb.log"
