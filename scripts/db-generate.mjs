// `prisma generate` for the configured database. The CLI insists that a native schema-engine binary
// exists even though generate never runs it, and its download fails offline, so point it at /bin/true.
// Never use that trick for migrate/db push (they would exit 0 and do nothing): scripts/migrate.mjs does those.
import { execFileSync } from "node:child_process";
import { schemaPaths } from "./db-config.mjs";

const { schema } = schemaPaths();
execFileSync("npx", ["prisma", "generate", "--schema", schema], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || "/bin/true", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
