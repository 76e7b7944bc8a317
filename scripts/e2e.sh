#!/usr/bin/env bash
# Browser tests on both databases: build once, then for SQLite and for PostgreSQL seed a fresh
# demo database and run Playwright against `next start` on it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
PG_URL="${PANTAU_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/test}"
PG_E2E_URL="${PG_URL%/*}/pantau_e2e"

echo "== next build"
npx next build >/tmp/pantau-build.log 2>&1 || { cat /tmp/pantau-build.log; exit 1; }

echo "== browser tests on SQLite"
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
DATABASE_URL=file:./data/e2e.db npx tsx scripts/seed.ts --reset
E2E_DATABASE_URL=file:./data/e2e.db npx playwright test

echo "== browser tests on PostgreSQL"
psql "$PG_URL" -qc 'DROP DATABASE IF EXISTS pantau_e2e WITH (FORCE)' -c 'CREATE DATABASE pantau_e2e'
DATABASE_URL="$PG_E2E_URL" npx tsx scripts/seed.ts
E2E_DATABASE_URL="$PG_E2E_URL" npx playwright test
psql "$PG_URL" -qc 'DROP DATABASE IF EXISTS pantau_e2e WITH (FORCE)'
