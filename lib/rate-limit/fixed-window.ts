import "server-only";
import type { Db, Tx } from "@/lib/db";

export type RateLimitResult = {
  /** true while the count in this window is within the limit (this hit included) */
  allowed: boolean;
  /** hits in the current window, this one included */
  count: number;
  limit: number;
  /** when the current window ends; a refused caller may retry then */
  resetAt: Date;
};

/**
 * Counts one hit against `key` in a fixed window of `windowMs` and says whether it is within `limit`.
 * The increment is one INSERT … ON CONFLICT DO UPDATE … RETURNING statement (SQLite ≥ 3.35 and
 * PostgreSQL), so concurrent requests each see a distinct count and none can slip past the limit;
 * the count lives in the database, so limits hold across restarts and app instances.
 * Refused hits are counted too (a client hammering a limit does not get a fresh window sooner).
 */
export async function hitRateLimit(db: Db | Tx, key: string, limit: number, windowMs: number, now: Date = new Date()): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  return { allowed: count <= limit, count, limit, resetAt: new Date(windowStart.getTime() + windowMs) };
}

/** The current window's count without adding a hit. */
export async function peekRateLimit(db: Db | Tx, key: string, windowMs: number, now: Date = new Date()): Promise<number> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const row = await db.rateLimitCounter.findUnique({ where: { key_windowStart: { key, windowStart } }, select: { count: true } });
  return row?.count ?? 0;
}

/** Deletes windows that ended before `before` (the worker's sweep calls it; rows are tiny, this only bounds growth). */
export async function pruneRateLimits(db: Db, before: Date): Promise<number> {
  const { count } = await db.rateLimitCounter.deleteMany({ where: { windowStart: { lt: before } } });
  return count;
}
