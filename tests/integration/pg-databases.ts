// PostgreSQL helpers for the integration tests, free of app imports so a test can use them in
// vi.hoisted() before the app's modules (and their process-wide Prisma client) load.
import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * PostgreSQL server URL when the integration tests run on PostgreSQL (TEST_DATABASE_URL=postgresql://…,
 * set by scripts/test.sh for its second pass, with the Prisma client generated for PostgreSQL); else null.
 */
export const TEST_PG_URL = /^postgres(ql)?:/.test(process.env.TEST_DATABASE_URL ?? "") ? process.env.TEST_DATABASE_URL! : null;
// Parallel working copies set TEST_PG_TEMPLATE so their template databases do not collide.
export const PG_TEMPLATE = process.env.TEST_PG_TEMPLATE || "it_template";

/** The server URL with another database name. */
export function pgUrlFor(database: string): string {
  const u = new URL(TEST_PG_URL!);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs SQL on the server's maintenance database (CREATE/DROP DATABASE cannot run inside a test database). */
export async function pgAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgUrlFor("postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database copied from the migrated template; returns its URL and a function that drops it. */
export async function createPgDatabaseFromTemplate(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `it_${randomUUID().replace(/-/g, "")}`;
  // Two files creating from the template at the same instant collide ("being accessed by other users").
  for (let attempt = 0; ; attempt++) {
    try {
      await pgAdmin(`CREATE DATABASE "${name}" TEMPLATE "${PG_TEMPLATE}"`);
      break;
    } catch (e) {
      if (attempt >= 30 || !/being accessed by other users/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 300));
    }
  }
  return { url: pgUrlFor(name), drop: () => pgAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
