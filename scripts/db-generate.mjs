// `prisma generate` for both databases. The CLI insists that a native schema-engine binary
// exists even though generate never runs it, and its download fails offline, so point it at /bin/true.
// Never use that trick for migrate/db push (they would exit 0 and do nothing): scripts/migrate.mjs does those.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { derivePostgresSchema } from "./db-config.mjs";

// Both clients, whatever DATABASE_URL says: lib/generated/prisma (SQLite) and lib/generated/prisma-postgresql.
// lib/db.ts picks one at run time from the URL, so one build serves either database.
for (const schema of [path.resolve("prisma/schema.prisma"), derivePostgresSchema()]) {
  execFileSync("npx", ["prisma", "generate", "--schema", schema], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || "/bin/true", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
