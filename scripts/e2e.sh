#!/usr/bin/env bash
# Browser tests on both databases: build once, then for SQLite and for PostgreSQL seed a fresh
# demo database and run Playwright against `next start` on it. E2E_PORT and E2E_NAME let two
# checkouts run their browser tests side by side without sharing a port or a database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export E2E_PORT="${E2E_PORT:-3100}"
NAME="${E2E_NAME:-pantau_e2e}"
PG_URL="${PANTAU_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/test}"
PG_E2E_URL="${PG_URL%/*}/${NAME}"
SQLITE_FILE="./data/${NAME}.db"

echo "== next build"
npx next build >/tmp/pantau-build-$NAME.log 2>&1 || { cat /tmp/pantau-build-$NAME.log; exit 1; }

if [ "${E2E_DB:-both}" != postgres ]; then
  echo "== browser tests on SQLite"
  rm -f "$SQLITE_FILE" "$SQLITE_FILE-wal" "$SQLITE_FILE-shm"
  DATABASE_URL="file:$SQLITE_FILE" npx tsx scripts/seed.ts --reset
  E2E_DATABASE_URL="file:$SQLITE_FILE" npx playwright test "$@"
  if [ $# -eq 0 ]; then
    echo "== crash safety on SQLite (kill -9 cycles)"
    DATABASE_URL="file:$SQLITE_FILE" npx tsx scripts/crash-test.ts --cycles="${CRASH_CYCLES:-10}" --port=$((E2E_PORT + 50))
  fi
fi

if [ "${E2E_DB:-both}" != sqlite ]; then
  echo "== browser tests on PostgreSQL"
  psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $NAME WITH (FORCE)" -c "CREATE DATABASE $NAME"
  DATABASE_URL="$PG_E2E_URL" npx tsx scripts/seed.ts
  E2E_DATABASE_URL="$PG_E2E_URL" npx playwright test "$@"
  if [ $# -eq 0 ]; then
    echo "== crash safety on PostgreSQL (kill -9 of the app; the database stays up)"
    DATABASE_URL="$PG_E2E_URL" npx tsx scripts/crash-test.ts --cycles="${CRASH_CYCLES:-10}" --port=$((E2E_PORT + 50))
  fi
  psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $NAME WITH (FORCE)"
fi
