#!/usr/bin/env bash
# The whole test suite (`npm test`); each step can be run alone with the npm script named in brackets:
#   0. lint (`npm run lint`, ESLint) and the type check (`npm run typecheck`, tsc --noEmit): any error fails the run
#   1. unit tests (`npm run test:unit`: no database) and integration tests (`npm run test:integration`:
#      tests/integration and tests/security on real SQLite files, the real twilio client against a local fake API)
#   2. browser journeys (`npm run test:e2e`, Playwright in Chromium) against the production build on SQLite, then the standalone
#      output (what the Docker image runs) built and smoke-tested
#   3. the integration and security tests and the same journeys (same build) against PostgreSQL, when a server answers at TEST_POSTGRES_URL
#      (default postgresql://postgres@127.0.0.1:5432/insurance_e2e; TEST_POSTGRES_URL=off skips it)
# Extra arguments go to Playwright (e.g. `npm test -- tests/e2e/accounts.spec.ts`).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p tests/.tmp
rm -rf tests/.tmp/reports && mkdir -p tests/.tmp/reports
vitest_run() { local name=$1; shift; npx vitest run --reporter=default --reporter=json --outputFile.json="tests/.tmp/reports/vitest-$name.json" "$@"; }
playwright_run() { local name=$1; shift; PLAYWRIGHT_JSON_OUTPUT_NAME="tests/.tmp/reports/playwright-$name.json" npx playwright test --reporter=list,json "$@"; }

node scripts/db-generate.mjs >/dev/null
node tests/fixtures/make-files.mjs

echo "== lint (eslint) =="
npm run --silent lint

echo "== types (tsc --noEmit) =="
npm run --silent typecheck

echo "== unit and integration tests (vitest: projects unit and integration) =="
vitest_run sqlite --project unit --project integration

echo "== production build for the browser journeys =="
npx next build >tests/.tmp/next-build.log 2>&1 || { cat tests/.tmp/next-build.log; exit 1; }

echo "== browser journeys on SQLite (playwright, chromium) =="
playwright_run sqlite "$@"

echo "== standalone server, as the Docker image runs it (build, node server.js, health, page, metrics) =="
vitest_run standalone --config tests/deploy/vitest.config.ts

PG_URL="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/insurance_e2e}"
if [ "$PG_URL" != "off" ] && node scripts/pg-available.mjs "$PG_URL"; then
  echo "== integration and security tests on PostgreSQL (vitest) =="
  TEST_DATABASE_URL="$PG_URL" vitest_run postgres --project integration

  # the same production build: lib/db.ts picks the PostgreSQL client from the URL at run time
  echo "== browser journeys on PostgreSQL =="
  E2E_PORT=3500 E2E_DATABASE_URL="$PG_URL" playwright_run postgres "$@"
else
  echo "== PostgreSQL journeys skipped (no server at ${PG_URL}) =="
fi

node scripts/test-summary.mjs
