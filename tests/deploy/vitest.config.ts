import { defineConfig } from "vitest/config";
import path from "node:path";

// The deployment smoke test builds the app (minutes on a busy machine), so it is not part of the default
// `vitest run`: `npx vitest run --config tests/deploy/vitest.config.ts` (scripts/test.sh runs it).
const root = path.resolve(import.meta.dirname, "../..");
export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    include: ["tests/deploy/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 900_000,
  },
});
