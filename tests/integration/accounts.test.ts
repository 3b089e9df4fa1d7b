import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "./test-db";
import { createAccount } from "@/lib/auth/create-account";
import { verifyPassword } from "@/lib/auth/password";
import { reserveLoginAttempt } from "@/lib/auth/throttle";
import { authenticate } from "@/lib/auth/authenticate";
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
  // a fixed time at the start of a 15-minute window, so the window does not roll over mid-test
  const now = new Date("2026-11-25T10:00:00.000Z");

  it("locks an email after repeated failures, whether or not the account exists, and per address", async () => {
    for (const email of ["jane@example.com", "nobody@example.com"]) {
      const ip = `10.0.0.${email.length}`;
      for (let i = 0; i < 5; i++) expect(await authenticate(db, { email, password: "wrong password" }, ip, now)).toBeNull();
      await expect(authenticate(db, { email, password: "correct horse battery" }, ip, now)).rejects.toThrow("THROTTLED");
      // a different address does not unlock the account
      await expect(authenticate(db, { email, password: "correct horse battery" }, "10.9.9.9", now)).rejects.toThrow("THROTTLED");
      // the window passes
      const later = new Date(now.getTime() + 16 * 60_000);
      expect((await reserveLoginAttempt(db, { email, ip }, later)).allowed).toBe(true);
    }
  });

  it("throttles one address spraying many accounts", async () => {
    for (let i = 0; i < 20; i++) expect(await authenticate(db, { email: `user${i}@example.com`, password: "wrong password" }, "192.0.2.7", now)).toBeNull();
    await expect(authenticate(db, { email: "fresh@example.com", password: "whatever123" }, "192.0.2.7", now)).rejects.toThrow("THROTTLED");
    expect((await reserveLoginAttempt(db, { email: "fresh@example.com", ip: "192.0.2.8" }, now)).allowed).toBe(true);
  });

  it("a successful sign-in clears earlier failures for the account", async () => {
    await createAccount(db, { ...valid, email: "reset@example.com" });
    for (let i = 0; i < 4; i++) expect(await authenticate(db, { email: "reset@example.com", password: "wrong password" }, null, now)).toBeNull();
    expect(await authenticate(db, { email: "reset@example.com", password: valid.password }, null, now)).toMatchObject({ email: "reset@example.com" });
    for (let i = 0; i < 5; i++) expect(await authenticate(db, { email: "reset@example.com", password: "wrong password" }, null, now)).toBeNull();
  });
});
