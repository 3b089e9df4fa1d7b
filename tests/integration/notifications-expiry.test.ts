import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createTestDb, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { sweepPolicyExpiry } from "@/lib/notifications/sweep-policy-expiry";

const DAY = 24 * 60 * 60_000;
const NOW = new Date("2026-11-22T09:00:00Z");

let t: TestDb;
let db: Db;
let userId: string;
beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  userId = (await db.user.create({ data: { email: "expiry@example.com", name: "Eve Expiry", phone: "+447700700001", passwordHash: "x", phoneVerifiedAt: new Date() }, select: { id: true } })).id;
});
afterAll(() => t.cleanup());

async function policy(number: string, endsInDays: number, status = "ACTIVE") {
  const endDate = new Date(NOW.getTime() + endsInDays * DAY);
  return db.policy.create({
    data: {
      number,
      userId,
      type: "car",
      status,
      startDate: new Date(endDate.getTime() - 365 * DAY),
      endDate,
      termMonths: 12,
      sumInsuredCents: 1_000_000,
      remainingCoverCents: 1_000_000,
      premiumCents: 45_000,
      details: "{}",
    },
    select: { id: true },
  });
}

const forPolicy = (number: string) => db.notification.findMany({ where: { body: { contains: number } }, orderBy: { createdAt: "asc" } });

describe("policy expiry sweep", () => {
  it("reminds at 30, 7 and 1 days, once each, however often it runs", async () => {
    const p = await policy("SG-EXP30", 29.5);
    await sweepPolicyExpiry(db, NOW);
    await sweepPolicyExpiry(db, new Date(NOW.getTime() + 60_000));
    let rows = await forPolicy("SG-EXP30");
    expect(rows.map((r) => r.idempotencyKey)).toEqual([`policy_expiring:${p.id}:30`]);
    expect(rows[0]).toMatchObject({ kind: "policy_expiring", userId, toPhone: "+447700700001", status: "QUEUED" });
    expect(rows[0].body).toBe("Safeguard: policy SG-EXP30 ends on 21 Dec 2026 (in 30 days). Renew in your account to stay covered.");

    await sweepPolicyExpiry(db, new Date(NOW.getTime() + 23 * DAY)); // 6.5 days left
    await sweepPolicyExpiry(db, new Date(NOW.getTime() + 29 * DAY)); // 0.5 days left
    await sweepPolicyExpiry(db, new Date(NOW.getTime() + 29 * DAY + 60_000));
    rows = await forPolicy("SG-EXP30");
    expect(rows.map((r) => r.idempotencyKey.split(":")[2])).toEqual(["30", "7", "1"]);
    expect(rows[1].body).toContain("(in 7 days)");
    expect(rows[2].body).toContain("(in 1 day)");
  });

  it("sends only the tightest reminder to a policy first seen close to its end, and none to a distant or inactive one", async () => {
    await policy("SG-EXP5", 5);
    await policy("SG-FAR", 90);
    await policy("SG-CANCELLED", 3, "CANCELLED");
    await sweepPolicyExpiry(db, NOW);
    const rows = await forPolicy("SG-EXP5");
    expect(rows).toHaveLength(1);
    expect(rows[0].idempotencyKey).toMatch(/:7$/);
    expect(rows[0].body).toContain("(in 5 days)");
    expect(await forPolicy("SG-FAR")).toHaveLength(0);
    expect(await forPolicy("SG-CANCELLED")).toHaveLength(0);
  });

  it("expires a policy past its end date and announces it in the same transaction, once, even with sweeps racing", async () => {
    const p = await policy("SG-PAST", -0.25);
    const [a, b] = await Promise.all([sweepPolicyExpiry(db, NOW), sweepPolicyExpiry(db, NOW)]);
    expect(a.expired + b.expired).toBe(1);
    await sweepPolicyExpiry(db, new Date(NOW.getTime() + DAY));
    expect((await db.policy.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("EXPIRED");
    const rows = await forPolicy("SG-PAST");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "policy_expired", idempotencyKey: `policy_expired:${p.id}` });
    expect(rows[0].body).toBe("Safeguard: policy SG-PAST expired on 22 Nov 2026 and no longer covers you. You can renew it in your account.");
  });

  it("repeated sweeps over many policies never duplicate a reminder", async () => {
    for (let i = 0; i < 10; i++) await policy(`SG-MANY-${randomUUID().slice(0, 4)}-${i}`, 1 + i * 3);
    const before = await db.notification.count();
    await Promise.all([sweepPolicyExpiry(db, NOW), sweepPolicyExpiry(db, NOW), sweepPolicyExpiry(db, NOW)]);
    const after = await db.notification.count();
    await sweepPolicyExpiry(db, NOW);
    expect(await db.notification.count()).toBe(after);
    expect(after - before).toBe(10);
    const keys = (await db.notification.findMany({ select: { idempotencyKey: true } })).map((r) => r.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
