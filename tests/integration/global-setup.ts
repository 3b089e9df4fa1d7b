import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PG_TEMPLATE, pgAdmin, pgUrlFor, TEST_PG_URL } from "./pg-databases";

/** Migrates one template database with the project's own runner; each test file copies it. */
export default async function setup() {
  const dir = path.resolve("tests/.tmp");
  fs.mkdirSync(dir, { recursive: true });
  if (TEST_PG_URL) {
    await pgAdmin(`DROP DATABASE IF EXISTS "${PG_TEMPLATE}" WITH (FORCE)`);
    await pgAdmin(`CREATE DATABASE "${PG_TEMPLATE}"`);
    execFileSync("node", ["scripts/migrate.mjs", "deploy"], {
      env: { ...process.env, DATABASE_URL: pgUrlFor(PG_TEMPLATE), MIGRATE_QUIET: "1" },
      stdio: "inherit",
    });
    return;
  }
  // Migrate under a private name, then rename: other vitest runs sharing the folder never see a half-made file.
  const scratch = path.join(dir, `template-${process.pid}.db`);
  fs.rmSync(scratch, { force: true });
  execFileSync("node", ["scripts/migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${scratch}`, MIGRATE_QUIET: "1" },
    stdio: "inherit",
  });
  fs.renameSync(scratch, path.join(dir, "template.db"));
}
