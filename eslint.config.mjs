// ESLint (flat config): Next.js's rules (core web vitals, React, hooks, accessibility, imports) and its
// TypeScript rules. `npm run lint` fails on any error; scripts/test.sh runs it before the type check.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The data-access rule (README, "Project layout"): only lib/<capability>/ modules, which begin with
// `import "server-only"`, talk to the database. Pages, route handlers (app/, pages/api/) and components call them.
const databaseImports = {
  paths: [{ name: "@prisma/client", message: "Use the functions and types of lib/<capability>/ instead of the Prisma client (README, Project layout)." }],
  patterns: [
    {
      group: ["@/lib/db", "**/lib/db", "@/lib/generated/**", "**/lib/generated/**"],
      message: "app/ and components/ never use the database client: call a function in lib/<capability>/ (README, Project layout).",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    ".next*/**",
    "**/.next*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "prisma/generated/**",
    "tests/.tmp/**",
    "tests/fixtures/files/**",
    "test-results/**",
    "playwright-report/**",
    "coverage/**",
  ]),
  {
    rules: {
      // `_name` marks a value that is deliberately unused; `{ omitted, ...rest }` drops a key from a copy.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Playwright fixtures hand their value on through a callback named `use`; it is not React's `use` hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["app/**/*.{ts,tsx}", "pages/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", databaseImports] },
  },
]);
