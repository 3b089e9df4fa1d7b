import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Migrates one template SQLite file with the project's own runner; each test file copies it. */
export default function setup() {
  const dir = path.resolve("tests/.tmp");
  fs.mkdirSync(dir, { recursive: true });
  const template = path.join(dir, "template.db");
  fs.rmSync(template, { force: true });
  execFileSync("node", ["scripts/migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}`, MIGRATE_QUIET: "1" },
    stdio: "inherit",
  });
}
