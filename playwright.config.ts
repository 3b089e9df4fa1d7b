import os from "node:os";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// One worker per core, at most 4: every worker drives its own browser against the one app server, so more
// workers than cores (or than the server can answer) only make each journey slower. E2E_WORKERS overrides.
const workers = Number(process.env.E2E_WORKERS) || Math.max(1, Math.min(4, os.availableParallelism()));
// Debian's Chromium by default (no browser download here); set PLAYWRIGHT_CHROMIUM_PATH="" to use Playwright's own.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  // Journeys set up data through lib/ modules, which begin with `import "server-only"` (it throws outside React
  // Server Components): this tsconfig maps it to an empty module, as vitest.config.ts does, for every imported file.
  tsconfig: "tests/e2e/tsconfig.json",
  fullyParallel: false,
  workers,
  retries: process.env.CI ? 1 : 0,
  // Backstops against a hang, not speed limits: every step waits on a condition, and on a busy 2-core
  // machine (another build or load test beside the suite) a long journey's steps can each take seconds.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  outputDir: `test-results/${PORT}`,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: executablePath || undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node tests/e2e/serve.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT), ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}) },
  },
});
