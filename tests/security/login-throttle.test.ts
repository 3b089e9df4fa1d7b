// Finding 1 and 2: concurrent guesses past the per-account lock; a success resetting the address's count.
// Runs on SQLite and, with TEST_DATABASE_URL=postgresql://…, on PostgreSQL (see README "Security tests").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../integration/test-db";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/authenticate";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  const passwordHash = await hashPassword("the-right-password");
  await t.db.user.createMany({
    data: [
      { email: "victim@example.com", name: "Vic Tim", phone: "+447911000101", passwordHash },
      { email: "attacker@example.com", name: "At Tacker", phone: "+447911000102", passwordHash },
    ],
  });
});
afterAll(() => t.cleanup());

const outcome = (p: Promise<unknown>) => p.then((u) => (u ? "session" : "refused"), (e: Error) => (e.message === "THROTTLED" ? "throttled" : `error: ${e.message}`));

describe("sign-in throttle under concurrency (real database)", () => {
  it("24 simultaneous sign-ins (23 wrong, 1 right): only 5 are evaluated; the rest are refused unread", async () => {
    const now = new Date("2026-11-25T09:00:00.000Z");
    const attempts = Array.from({ length: 24 }, (_, i) => (i === 23 ? "the-right-password" : `guess-${i}`));
    const results = await Promise.all(attempts.map((password, i) => outcome(authenticate(t.db, { email: "victim@example.com", password }, `198.51.100.${i}`, now))));
    expect(results.filter((r) => r === "throttled")).toHaveLength(19);
    expect(results.filter((r) => r === "session" || r === "refused")).toHaveLength(5);
    // once locked, even the right password is not evaluated
    expect(await outcome(authenticate(t.db, { email: "victim@example.com", password: "the-right-password" }, "198.51.100.200", now))).toBe("throttled");
  });

  it("40 simultaneous guesses from one address at different accounts: only 20 are evaluated", async () => {
    const now = new Date("2026-11-25T09:30:00.000Z");
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => outcome(authenticate(t.db, { email: `target${i}@example.com`, password: "guess-password" }, "203.0.113.9", now))),
    );
    expect(results.filter((r) => r === "refused")).toHaveLength(20);
    expect(results.filter((r) => r === "throttled")).toHaveLength(20);
  });

  it("signing in to one's own account does not give the address fresh guesses", async () => {
    const now = new Date("2026-11-25T10:00:00.000Z");
    const ip = "192.0.2.55";
    for (let i = 0; i < 19; i++) expect(await outcome(authenticate(t.db, { email: `spray${i}@example.com`, password: "guess-password" }, ip, now))).toBe("refused");
    expect(await outcome(authenticate(t.db, { email: "attacker@example.com", password: "the-right-password" }, ip, now))).toBe("session");
    expect(await outcome(authenticate(t.db, { email: "spray99@example.com", password: "guess-password" }, ip, now))).toBe("refused");
    // 20 failures now: the address is locked, for every account
    expect(await outcome(authenticate(t.db, { email: "spray100@example.com", password: "guess-password" }, ip, now))).toBe("throttled");
    expect(await outcome(authenticate(t.db, { email: "attacker@example.com", password: "the-right-password" }, ip, now))).toBe("throttled");
  });
});
