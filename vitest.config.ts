import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["**/*.test.ts"],
    // tests/deploy builds the app: run on its own (tests/deploy/vitest.config.ts), not with the unit tests
    exclude: ["node_modules/**", ".next/**", ".next*/**", "tests/e2e/**", "tests/deploy/**"],
    environment: "node",
    globalSetup: ["tests/integration/global-setup.ts"],
    // The process-wide client in lib/db is never used by the tests (each gets its own database), but it is
    // built on import: give it a URL of the kind the generated client expects.
    env: { NODE_ENV: "test", DATABASE_URL: process.env.TEST_DATABASE_URL ?? "file:./tests/.tmp/unused.db" },
    // integration tests each use their own SQLite file, so files may run in parallel
    testTimeout: 60_000,
    hookTimeout: 120_000,
    server: { deps: { inline: ["server-only"] } },
    alias: { "server-only": path.resolve(import.meta.dirname, "tests/fixtures/server-only.ts") },
  },
});
