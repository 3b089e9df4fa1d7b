import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects: `unit` (pure functions beside their code: no database, no migrations) and `integration`
// (tests/integration and tests/security against real databases: SQLite files copied from a migrated template,
// or PostgreSQL with TEST_DATABASE_URL). `npm run test:unit` / `npm run test:integration` run one each;
// `npx vitest run path/to/file.test.ts` runs a file whichever project it is in.
// tests/deploy builds the app: it runs on its own (tests/deploy/vitest.config.ts), not here.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    // The process-wide client in lib/db is never used by the tests (each gets its own database), but it is
    // built on import: give it a URL of the kind the generated client expects.
    env: { NODE_ENV: "test", DATABASE_URL: process.env.TEST_DATABASE_URL ?? "file:./tests/.tmp/unused.db" },
    // integration tests each use their own database, so files may run in parallel
    testTimeout: 60_000,
    hookTimeout: 120_000,
    server: { deps: { inline: ["server-only"] } },
    alias: { "server-only": path.resolve(import.meta.dirname, "tests/fixtures/server-only.ts") },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["{app,components,lib,ml,scripts}/**/*.test.ts"], exclude: ["lib/generated/**"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/security/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
        },
      },
    ],
  },
});
