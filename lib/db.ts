import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { env } from "@/lib/env";

/**
 * Creates a Prisma client for a database URL (SQLite file by default, PostgreSQL when the URL says so).
 * Prisma generates a client per provider; both are generated (scripts/db-generate.mjs) from the one schema,
 * so the app builds once and the URL alone chooses the database. The PostgreSQL client has the same models
 * and API; it is typed as the SQLite one so the rest of the code sees a single `Db` type.
 */
export function createPrismaClient(url: string): PrismaClient {
  if (/^postgres(ql)?:/.test(url)) {
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  // timeout: wait for SQLite's write lock (the worker and the app write concurrently) instead of failing.
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 10_000 }) });
}

// One client per process. Next's dev server re-evaluates modules on edit, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL);
globalForPrisma.prisma = db;

export type Db = PrismaClient;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
