import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { createPgDatabaseFromTemplate, TEST_PG_URL } from "./pg-databases";
import { createPrismaClient, type Db } from "@/lib/db";

export { TEST_PG_URL } from "./pg-databases";
export const onPostgres = TEST_PG_URL !== null;

export type TestDb = { db: Db; url: string; cleanup: () => Promise<void> };

/**
 * A fresh, fully migrated database for one test file, copied from the template that global-setup
 * migrated with scripts/migrate.mjs: a SQLite file, or a PostgreSQL database made with
 * CREATE DATABASE … TEMPLATE. Real Prisma, real database: no mocks.
 */
export async function createTestDb(): Promise<TestDb> {
  if (TEST_PG_URL) {
    const { url, drop } = await createPgDatabaseFromTemplate();
    const db = createPrismaClient(url);
    return {
      db,
      url,
      cleanup: async () => {
        await db.$disconnect();
        await drop();
      },
    };
  }
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

/** A user row for a test (no password sign-in needed): returns its id. */
export async function createTestUser(db: Db, name: string, email: string, phone: string, role: "USER" | "ADMIN" = "USER"): Promise<string> {
  const u = await db.user.create({ data: { name, email, phone, role, passwordHash: "not-used-here" }, select: { id: true } });
  return u.id;
}
