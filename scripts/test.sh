#!/usr/bin/env bash
# The whole test suite: unit + integration (Vitest, real SQLite files, real twilio client against a
# local fake API), then the browser journeys (Playwright in Chromium against the production build).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

node scripts/db-generate.mjs >/dev/null
node tests/fixtures/make-files.mjs

echo "== unit and integration tests (vitest) =="
npx vitest run

echo "== production build for the browser journeys =="
npx next build >/tmp/next-build-test.log 2>&1 || { cat /tmp/next-build-test.log; exit 1; }

echo "== browser journeys (playwright, chromium) =="
npx playwright test "$@"
