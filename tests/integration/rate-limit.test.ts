import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "./test-db";
import { hitRateLimit, peekRateLimit, pruneRateLimits } from "@/lib/rate-limit/fixed-window";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.cleanup());

describe("fixed-window rate limit (real database)", () => {
  it("allows exactly `limit` of 40 concurrent hits and counts every one", async () => {
    const now = new Date("2026-11-25T10:00:30.000Z");
    const results = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(t.db, "test:concurrent", 7, 60_000, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(7);
    expect(new Set(results.map((r) => r.count)).size).toBe(40);
    expect(await peekRateLimit(t.db, "test:concurrent", 60_000, now)).toBe(40);
    expect(results[0].resetAt.toISOString()).toBe("2026-11-25T10:01:00.000Z");
  });

  it("starts a new window after the old one ends, and keys are independent", async () => {
    const first = new Date("2026-11-25T11:00:59.000Z");
    expect((await hitRateLimit(t.db, "test:window", 1, 60_000, first)).allowed).toBe(true);
    expect((await hitRateLimit(t.db, "test:window", 1, 60_000, first)).allowed).toBe(false);
    expect((await hitRateLimit(t.db, "test:other", 1, 60_000, first)).allowed).toBe(true);
    expect((await hitRateLimit(t.db, "test:window", 1, 60_000, new Date("2026-11-25T11:01:00.000Z"))).allowed).toBe(true);
  });

  it("prunes only windows that ended", async () => {
    await hitRateLimit(t.db, "test:prune", 5, 60_000, new Date("2026-01-01T00:00:00.000Z"));
    const removed = await pruneRateLimits(t.db, new Date("2026-06-01T00:00:00.000Z"));
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await peekRateLimit(t.db, "test:prune", 60_000, new Date("2026-01-01T00:00:00.000Z"))).toBe(0);
    expect(await peekRateLimit(t.db, "test:window", 60_000, new Date("2026-11-25T11:01:00.000Z"))).toBe(1);
  });
});
