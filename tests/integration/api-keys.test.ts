import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash, randomUUID } from "node:crypto";
import { createTestDb, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyActor } from "@/lib/api-keys/manage-api-keys";
import { authenticateApiKey, LAST_USED_RESOLUTION_MS } from "@/lib/api-keys/authenticate-api-key";
import { listAuditTrail } from "@/lib/audit/record-audit-event";

let t: TestDb;
let db: Db;
let admin: ApiKeyActor;
let holder: ApiKeyActor;

async function makeUser(role: "USER" | "ADMIN"): Promise<ApiKeyActor> {
  const u = await db.user.create({ data: { email: `${randomUUID()}@example.com`, name: role === "ADMIN" ? "Alex Admin" : "Pat Holder", phone: "+447700900123", passwordHash: "x", role } });
  return { id: u.id, role };
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  admin = await makeUser("ADMIN");
  holder = await makeUser("USER");
});
afterAll(async () => t.cleanup());

describe("API keys (real database)", () => {
  it("stores only the SHA-256 hash and display prefix, authenticates the key, and records who created it", async () => {
    const created = await createApiKey(db, admin, { name: "  Broker portal  " });
    expect(created.name).toBe("Broker portal");
    expect(created.key).toMatch(/^sgk_live_[A-Za-z0-9_-]{43}$/);

    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.keyHash).toBe(createHash("sha256").update(created.key).digest("hex"));
    expect(row.prefix).toBe(created.key.slice(0, 17));
    expect(row.createdById).toBe(admin.id);
    // the secret part of the key is in no column
    const secretPart = created.key.slice(17);
    expect(JSON.stringify(row)).not.toContain(secretPart);

    expect(await authenticateApiKey(db, created.key)).toEqual({ id: created.id, name: "Broker portal", prefix: row.prefix });

    const trail = await listAuditTrail(db, "api_key", created.id);
    expect(trail.map((e) => [e.action, e.actorId, e.actorRole, e.toStatus])).toEqual([["api_key.created", admin.id, "ADMIN", "ACTIVE"]]);
  });

  it("refuses a wrong, malformed or unknown key — including one with a real prefix and a different secret", async () => {
    const { key } = await createApiKey(db, admin, { name: "Claims intake" });
    const lastChar = key.at(-1) === "A" ? "B" : "A";
    expect(await authenticateApiKey(db, key.slice(0, -1) + lastChar)).toBeNull();
    expect(await authenticateApiKey(db, key.slice(0, 17) + "x".repeat(43))).toBeNull();
    expect(await authenticateApiKey(db, key + "x")).toBeNull();
    expect(await authenticateApiKey(db, "sgk_live_" + "A".repeat(43))).toBeNull();
    expect(await authenticateApiKey(db, "")).toBeNull();
    expect(await authenticateApiKey(db, null)).toBeNull();
  });

  it("revokes once: the key stops working, a second (or concurrent) revoke is refused, one audit entry", async () => {
    const { id, key } = await createApiKey(db, admin, { name: "Old integration" });
    const results = await Promise.allSettled([revokeApiKey(db, admin, { id }), revokeApiKey(db, admin, { id }), revokeApiKey(db, admin, { id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect(await authenticateApiKey(db, key)).toBeNull();
    const trail = await listAuditTrail(db, "api_key", id);
    expect(trail.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ["api_key.created", null, "ACTIVE"],
      ["api_key.revoked", "ACTIVE", "REVOKED"],
    ]);
    await expect(revokeApiKey(db, admin, { id: "no-such-key" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses non-admins in the data layer, and writes nothing for them", async () => {
    const before = await db.apiKey.count();
    await expect(createApiKey(db, holder, { name: "Sneaky key" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id } = await createApiKey(db, admin, { name: "Target key" });
    await expect(revokeApiKey(db, holder, { id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listApiKeys(db, holder)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.apiKey.count()).toBe(before + 1);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { actorId: holder.id } })).toBe(0);
  });

  it("checks the name", async () => {
    await expect(createApiKey(db, admin, { name: " x " })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { name: expect.stringMatching(/at least 3/) } });
  });

  it("records last use at most once a minute", async () => {
    const { id, key } = await createApiKey(db, admin, { name: "Busy system" });
    const t0 = new Date("2026-11-25T09:00:00.000Z");
    const lastUsed = async () => (await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt?.toISOString();
    await Promise.all(Array.from({ length: 5 }, () => authenticateApiKey(db, key, t0)));
    expect(await lastUsed()).toBe(t0.toISOString());
    await authenticateApiKey(db, key, new Date(t0.getTime() + LAST_USED_RESOLUTION_MS - 1000));
    expect(await lastUsed()).toBe(t0.toISOString());
    const later = new Date(t0.getTime() + LAST_USED_RESOLUTION_MS + 1000);
    await authenticateApiKey(db, key, later);
    expect(await lastUsed()).toBe(later.toISOString());
  });

  it("lists keys active first, with creator and status, never the hash", async () => {
    const list = await listApiKeys(db, admin);
    const firstRevoked = list.findIndex((k) => k.status === "revoked");
    expect(firstRevoked).toBeGreaterThan(0);
    expect(list.slice(firstRevoked).every((k) => k.status === "revoked")).toBe(true);
    expect(list.find((k) => k.name === "Broker portal")).toMatchObject({ createdByName: "Alex Admin", status: "active" });
    expect(JSON.stringify(list)).not.toMatch(/keyHash|[0-9a-f]{64}/);
  });
});
