#!/usr/bin/env bash
# The whole suite: typecheck, lint, unit/integration tests on SQLite and PostgreSQL (Vitest),
# then the browser tests (Playwright, Debian Chromium) against a built app on SQLite and on
# PostgreSQL. Fails if PostgreSQL is unreachable.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export PANTAU_TEST_PG_URL="${PANTAU_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/test}"

echo "== typecheck"; npx tsc --noEmit -p .
echo "== lint"; npx eslint . --max-warnings=0
# SPEC §12: the OpenAPI document passes redocly's recommended rules with no error (no telemetry)
echo "== openapi lint"
npx tsx scripts/openapi.ts "${TMPDIR:-/tmp}/pantau-openapi.json"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx redocly lint "${TMPDIR:-/tmp}/pantau-openapi.json"
echo "== unit and integration tests (SQLite + PostgreSQL; races repeated 20 times)"; PANTAU_REPEAT="${PANTAU_REPEAT:-20}" npx vitest run
if [ -d e2e ] && ls e2e/*.spec.ts >/dev/null 2>&1; then
  bash scripts/e2e.sh
fi
