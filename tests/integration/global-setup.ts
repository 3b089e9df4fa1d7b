import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Migrates one template SQLite file with the project's own runner; each test file copies it. */
export default function setup() {
  const dir = path.resolve("tests/.tmp");
  fs.mkdirSync(dir, { recursive: true });
  // Migrate under a private name, then rename: other vitest runs sharing the folder never see a half-made file.
  const scratch = path.join(dir, `template-${process.pid}.db`);
  fs.rmSync(scratch, { force: true });
  execFileSync("node", ["scripts/migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${scratch}`, MIGRATE_QUIET: "1" },
    stdio: "inherit",
  });
  fs.renameSync(scratch, path.join(dir, "template.db"));
}
