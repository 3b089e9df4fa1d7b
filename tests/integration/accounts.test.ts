import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "./test-db";
import { createAccount } from "@/lib/auth/create-account";
import { verifyPassword } from "@/lib/auth/password";
import { isLoginThrottled, recordLoginAttempt } from "@/lib/auth/throttle";
import { AppError } from "@/lib/errors";
import type { Db } from "@/lib/db";

let t: TestDb;
let db: Db;
beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
});
afterAll(() => t.cleanup());

const valid = { name: "Jane Smith", email: "Jane@Example.com", phone: "07911 123456", password: "correct horse battery", confirmPassword: "correct horse battery" };

describe("createAccount (real SQLite)", () => {
  it("stores a normalised email, an E.164 phone and an argon2id hash, never the password", async () => {
    const { id } = await createAccount(db, valid);
    const row = await db.user.findUniqueOrThrow({ where: { id } });
    expect(row.email).toBe("jane@example.com");
    expect(row.phone).toBe("+447911123456");
    expect(row.role).toBe("USER");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(valid.password);
    expect(await verifyPassword(row.passwordHash, valid.password)).toBe(true);
    expect(await verifyPassword(row.passwordHash, "wrong password!")).toBe(false);
  });

  it("refuses a duplicate email (any case) with a message on the email field and saves nothing", async () => {
    const before = await db.user.count();
    const err = await createAccount(db, { ...valid, email: "JANE@example.com" }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fieldErrors.email).toMatch(/already exists/);
    expect(await db.user.count()).toBe(before);
  });

  it("reports each bad field beside that field", async () => {
    const err = await createAccount(db, { name: "J", email: "not-an-email", phone: "12", password: "short", confirmPassword: "different" }).catch((e) => e);
    expect(Object.keys(err.fieldErrors).sort()).toEqual(["confirmPassword", "email", "name", "password", "phone"]);
    const mismatch = await createAccount(db, { ...valid, email: "other@example.com", confirmPassword: "correct horse battery!" }).catch((e) => e);
    expect(mismatch.fieldErrors).toEqual({ confirmPassword: "Passwords do not match" });
  });
});

describe("login throttling (stored in the database)", () => {
  it("locks an email after repeated failures, whether or not the account exists, and per address", async () => {
    const now = new Date();
    for (const email of ["jane@example.com", "nobody@example.com"]) {
      const keys = { email, ip: `10.0.0.${email.length}` };
      for (let i = 0; i < 5; i++) {
        expect(await isLoginThrottled(db, keys, now)).toBe(false);
        await recordLoginAttempt(db, keys, false, now);
      }
      expect(await isLoginThrottled(db, keys, now)).toBe(true);
      // a different address does not unlock the account
      expect(await isLoginThrottled(db, { email, ip: "10.9.9.9" }, now)).toBe(true);
      // the window passes
      expect(await isLoginThrottled(db, keys, new Date(now.getTime() + 16 * 60_000))).toBe(false);
    }
  });

  it("throttles one address spraying many accounts", async () => {
    const now = new Date();
    for (let i = 0; i < 20; i++) await recordLoginAttempt(db, { email: `user${i}@example.com`, ip: "192.0.2.7" }, false, now);
    expect(await isLoginThrottled(db, { email: "fresh@example.com", ip: "192.0.2.7" }, now)).toBe(true);
    expect(await isLoginThrottled(db, { email: "fresh@example.com", ip: "192.0.2.8" }, now)).toBe(false);
  });

  it("a successful sign-in clears earlier failures for the account", async () => {
    const now = new Date();
    const keys = { email: "reset@example.com", ip: null };
    for (let i = 0; i < 4; i++) await recordLoginAttempt(db, keys, false, new Date(now.getTime() - 60_000));
    await recordLoginAttempt(db, keys, true, new Date(now.getTime() - 30_000));
    await recordLoginAttempt(db, keys, false, now);
    expect(await isLoginThrottled(db, keys, now)).toBe(false);
  });
});
