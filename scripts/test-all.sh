#!/usr/bin/env bash
# The whole suite: typecheck, lint, unit/integration tests on SQLite and PostgreSQL (Vitest),
# then the browser tests (Playwright, Debian Chromium) against a built app on SQLite and on
# PostgreSQL. Fails if PostgreSQL is unreachable.
set -euo pipefail
cd "$(dirname "$0")/.."
export PANTAU_TEST_PG_URL="${PANTAU_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/test}"

echo "== typecheck"; npx tsc --noEmit -p .
echo "== lint"; npx eslint . --max-warnings=0
echo "== unit and integration tests (SQLite + PostgreSQL; races repeated 20 times)"; PANTAU_REPEAT="${PANTAU_REPEAT:-20}" npx vitest run
if [ -d e2e ] && ls e2e/*.spec.ts >/dev/null 2>&1; then
  bash scripts/e2e.sh
fi
