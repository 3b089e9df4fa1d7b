import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { createPrismaClient, type Db } from "@/lib/db";

/**
 * A fresh, fully migrated SQLite database file for one test file (a copy of the template that
 * global-setup migrated with scripts/migrate.mjs). Real Prisma, real SQLite: no mocks.
 */
export function createTestDb(): { db: Db; url: string; cleanup: () => Promise<void> } {
  const dir = path.resolve("tests/.tmp");
  const file = path.join(dir, `${randomUUID()}.db`);
  fs.copyFileSync(path.join(dir, "template.db"), file);
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
    },
  };
}
