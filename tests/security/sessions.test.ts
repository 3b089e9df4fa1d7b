// Finding 5: signing out did not end the session; /api/auth/session kept extending it.
// The next-auth callbacks run here as next-auth runs them, against a real database.
import { afterAll, describe, expect, it, vi } from "vitest";

// lib/auth/options uses the app's own `db`, fixed at first import: point it at a private database first.
const cfg = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const path = await import("node:path");
  const { randomUUID } = await import("node:crypto");
  const { createPgDatabaseFromTemplate, TEST_PG_URL } = await import("../integration/pg-databases");
  if (TEST_PG_URL) {
    const made = await createPgDatabaseFromTemplate();
    process.env.DATABASE_URL = made.url;
    return { dispose: made.drop };
  }
  const file = path.resolve("tests/.tmp", `${randomUUID()}.db`);
  fs.copyFileSync(path.resolve("tests/.tmp/template.db"), file);
  process.env.DATABASE_URL = `file:${file}`;
  return { dispose: async () => { for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true }); } };
});

import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { createAuthSession, findActiveSessionUser, revokeAllAuthSessions } from "@/lib/auth/session-store";
import { env } from "@/lib/env";

afterAll(async () => {
  await db.$disconnect();
  await cfg.dispose();
});

const jwt = authOptions.callbacks!.jwt! as (p: { token: JWT; user?: { id: string } }) => Promise<JWT>;
const signOutEvent = authOptions.events!.signOut! as (p: { token: JWT }) => Promise<void>;

async function user(email: string) {
  return db.user.create({ data: { email, name: "Pat Holder", phone: "+447911123456", passwordHash: "x" }, select: { id: true } });
}

describe("server-side sessions", () => {
  it("sign-out ends the session: a copied token authenticates nothing afterwards", async () => {
    const u = await user("copy@example.com");
    const token = await jwt({ token: { sub: u.id }, user: { id: u.id } });
    expect(token.sid).toEqual(expect.any(String));
    expect((await jwt({ token: { ...token } })).uid).toBe(u.id); // still valid while signed in
    const copied = { ...token };
    await signOutEvent({ token });
    expect(await jwt({ token: copied })).toEqual({}); // the copy is dead
  });

  it("reading the session does not extend it beyond its absolute lifetime", async () => {
    const u = await user("absolute@example.com");
    const now = new Date();
    const s = await createAuthSession(db, u.id, now);
    expect(s.expiresAt.getTime() - now.getTime()).toBe(env().SESSION_MAX_HOURS * 3_600_000);
    // many refreshes later, the row's end has not moved and the session ends there
    for (let i = 0; i < 3; i++) await jwt({ token: { uid: u.id, sid: s.id } });
    expect((await db.authSession.findUniqueOrThrow({ where: { id: s.id } })).expiresAt).toEqual(s.expiresAt);
    expect(await findActiveSessionUser(db, s.id, new Date(s.expiresAt.getTime() - 1))).toBe(u.id);
    expect(await findActiveSessionUser(db, s.id, new Date(s.expiresAt.getTime() + 1))).toBeNull();
  });

  it("sign out of all devices ends every session of that user only", async () => {
    const a = await user("everywhere@example.com");
    const b = await user("bystander@example.com");
    const tokens = await Promise.all([1, 2, 3].map(() => jwt({ token: {}, user: { id: a.id } })));
    const other = await jwt({ token: {}, user: { id: b.id } });
    expect(await revokeAllAuthSessions(db, a.id)).toBe(3);
    for (const t of tokens) expect(await jwt({ token: { ...t } })).toEqual({});
    expect((await jwt({ token: { ...other } })).uid).toBe(b.id);
  });

  it("a token without a server-side session (forged sid, old format) is empty; the session callback then has no user", async () => {
    const u = await user("forged@example.com");
    expect(await jwt({ token: { uid: u.id } })).toEqual({});
    expect(await jwt({ token: { uid: u.id, sid: "not-a-session" } })).toEqual({});
    const sessionCb = authOptions.callbacks!.session! as (p: { session: { user?: object; expires: string }; token: JWT }) => unknown;
    expect(sessionCb({ session: { user: { name: "x" }, expires: "2030-01-01" }, token: {} })).toEqual({ expires: "2030-01-01" });
  });

  it("a deleted account's sessions stop working at once", async () => {
    const u = await user("gone@example.com");
    const token = await jwt({ token: {}, user: { id: u.id } });
    await db.user.update({ where: { id: u.id }, data: { deletedAt: new Date() } });
    expect(await jwt({ token: { ...token } })).toEqual({});
  });
});
