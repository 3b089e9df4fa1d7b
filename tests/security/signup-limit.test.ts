// Sign-up is rate-limited per client address (accounts are the first step of SMS pumping).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../integration/test-db";
import { register } from "@/lib/auth/register";
import { env } from "@/lib/env";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

const form = (i: number, phone = `07911 1234${String(i % 100).padStart(2, "0")}`) => ({ name: `Pat Person ${i}`, email: `pat${i}@example.com`, phone, password: "a-long-password-1", confirmPassword: "a-long-password-1" });

describe("sign-up per address", () => {
  it("allows SIGNUP_MAX_PER_IP_PER_HOUR accounts per address per hour, even when posted at once; other addresses are unaffected", async () => {
    const limit = env().SIGNUP_MAX_PER_IP_PER_HOUR;
    const now = new Date("2026-11-25T12:00:00.000Z");
    const results = await Promise.allSettled(Array.from({ length: limit + 5 }, (_, i) => register(t.db, form(i), "198.51.100.77", now)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(limit);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r.reason.message).toMatch(/Too many accounts/);
    expect(await t.db.user.count()).toBe(limit);
    await expect(register(t.db, form(99), "198.51.100.78", now)).resolves.toMatchObject({ email: "pat99@example.com", codeSent: true });
  });

  it("does not count forms with mistakes", async () => {
    const now = new Date("2026-11-25T14:00:00.000Z");
    for (let i = 0; i < env().SIGNUP_MAX_PER_IP_PER_HOUR + 3; i++) {
      await expect(register(t.db, { ...form(200 + i), confirmPassword: "typo" }, "198.51.100.90", now)).rejects.toThrow(/highlighted/);
    }
    await expect(register(t.db, form(300), "198.51.100.90", now)).resolves.toMatchObject({ email: "pat300@example.com" });
  });
});
