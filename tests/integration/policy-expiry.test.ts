import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createTestDb, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { addDaysIso, isoToDbDate } from "@/lib/policies/policy-dates";
import { findPolicyForUser } from "@/lib/policies/policy-records";
import { sweepPolicyExpiry } from "@/lib/policies/sweep-policy-expiry";
import { freshVerificationEntry, getPublicPolicyStatus, publicStatusForDay, readVerificationEntry, type VerificationEntry } from "@/lib/verification/public-status";
import { signPolicyId } from "@/lib/verification/policy-signature";
import type { PolicyStatus, PolicyType } from "@/lib/generated/prisma/enums";

// The policies' clock on a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL). Dates are stored
// as real rows store them: the calendar day's UTC midnight (isoToDbDate), never "now + n days".

const TODAY = "2026-11-22";
const NOW = new Date(`${TODAY}T09:00:00Z`);
const at = (iso: string, time = "00:00:00") => new Date(`${iso}T${time}Z`);

let t: TestDb;
let db: Db;
let userId: string;
beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  userId = (await db.user.create({ data: { email: "expiry@example.com", name: "Eve Expiry", phone: "+447700700001", passwordHash: "x", phoneVerifiedAt: new Date() }, select: { id: true } })).id;
});
afterAll(() => t.cleanup());

/** A 12-month policy whose last day of cover is `lastDay`. */
async function policy(number: string, lastDay: string, over: { status?: PolicyStatus; type?: PolicyType; renewedFromId?: string; boughtOn?: string } = {}) {
  const startDate = isoToDbDate(addDaysIso(lastDay, -364));
  return db.policy.create({
    data: {
      number,
      userId,
      type: over.type ?? "car",
      status: over.status ?? "ACTIVE",
      startDate,
      endDate: isoToDbDate(lastDay),
      createdAt: over.boughtOn ? new Date(`${over.boughtOn}T10:00:00Z`) : startDate,
      termMonths: 12,
      sumInsuredCents: 1_000_000,
      remainingCoverCents: 1_000_000,
      premiumCents: 45_000,
      details: {},
      renewedFromId: over.renewedFromId ?? null,
    },
    select: { id: true, number: true },
  });
}

const forPolicy = (number: string) => db.notification.findMany({ where: { body: { contains: `${number} ` } }, orderBy: { createdAt: "asc" } });
const statusOf = async (id: string) => (await db.policy.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const auditOf = (id: string) => db.auditEvent.findMany({ where: { targetType: "policy", targetId: id }, orderBy: { createdAt: "asc" } });

describe("reminders before the last day of cover", () => {
  it("reminds at 30, 7 and 1 calendar days before the last day, once each, however often it runs", async () => {
    const p = await policy("SG-EXP30", addDaysIso(TODAY, 30)); // last day 22 December
    await sweepPolicyExpiry(db, NOW);
    await sweepPolicyExpiry(db, new Date(NOW.getTime() + 60_000));
    let rows = await forPolicy("SG-EXP30");
    expect(rows.map((r) => r.idempotencyKey)).toEqual([`policy_expiring:${p.id}:30`]);
    expect(rows[0]).toMatchObject({ kind: "policy_expiring", userId, toPhone: "+447700700001", status: "QUEUED" });
    expect(rows[0].body).toBe("Safeguard: policy SG-EXP30 ends on 22 Dec 2026 (in 30 days). Renew in your account to stay covered.");

    await sweepPolicyExpiry(db, at("2026-12-14", "23:59:00")); // 8 days to go: nothing new
    expect(await forPolicy("SG-EXP30")).toHaveLength(1);
    await sweepPolicyExpiry(db, at("2026-12-15")); // 7 days
    await sweepPolicyExpiry(db, at("2026-12-20", "23:59:59")); // 2 days
    await sweepPolicyExpiry(db, at("2026-12-21", "00:00:01")); // the last day is tomorrow
    await sweepPolicyExpiry(db, at("2026-12-21", "18:00:00"));
    await sweepPolicyExpiry(db, at("2026-12-22", "12:00:00")); // the last day itself: already reminded
    rows = await forPolicy("SG-EXP30");
    expect(rows.map((r) => r.idempotencyKey.split(":")[2])).toEqual(["30", "7", "1"]);
    expect(rows[1].body).toContain("(in 7 days)");
    expect(rows[2].body).toBe("Safeguard: policy SG-EXP30 ends on 22 Dec 2026 (tomorrow). Renew in your account to stay covered.");
  });

  it("sends only the tightest reminder to a policy first seen close to its end, and none to one far off, inactive, renewed or for a trip", async () => {
    await policy("SG-EXP5", addDaysIso(TODAY, 5));
    await policy("SG-LASTDAY", TODAY);
    await policy("SG-FAR", addDaysIso(TODAY, 31));
    await policy("SG-CANCELLED", addDaysIso(TODAY, 3), { status: "CANCELLED" });
    await policy("SG-TRIP", addDaysIso(TODAY, 3), { type: "travel" });
    const renewed = await policy("SG-RENEWED", addDaysIso(TODAY, 3));
    await policy("SG-RENEWAL", addDaysIso(TODAY, 368), { renewedFromId: renewed.id });
    await sweepPolicyExpiry(db, NOW);
    const rows = await forPolicy("SG-EXP5");
    expect(rows).toHaveLength(1);
    expect(rows[0].idempotencyKey).toMatch(/:7$/);
    expect(rows[0].body).toContain("(in 5 days)");
    const lastDay = await forPolicy("SG-LASTDAY");
    expect(lastDay.map((r) => r.idempotencyKey.split(":")[2])).toEqual(["1"]);
    expect(lastDay[0].body).toContain("(today)");
    for (const n of ["SG-FAR", "SG-CANCELLED", "SG-TRIP", "SG-RENEWED", "SG-RENEWAL"]) expect(await forPolicy(n), n).toHaveLength(0);
  });

  it("skips a reminder that fell due before the policy was bought, but sends the later ones", async () => {
    const p = await policy("SG-MONTHLY", addDaysIso(TODAY, 29), { boughtOn: TODAY }); // a one-month policy bought today
    await sweepPolicyExpiry(db, NOW);
    expect(await forPolicy("SG-MONTHLY")).toHaveLength(0);
    await sweepPolicyExpiry(db, at(addDaysIso(TODAY, 22)));
    expect((await forPolicy("SG-MONTHLY")).map((r) => r.idempotencyKey)).toEqual([`policy_expiring:${p.id}:7`]);
  });

  it("repeated and concurrent sweeps over many policies never duplicate a reminder", async () => {
    for (let i = 0; i < 10; i++) await policy(`SG-MANY-${randomUUID().slice(0, 4)}-${i}`, addDaysIso(TODAY, 1 + i * 3));
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

describe("the end of cover", () => {
  it("keeps a policy in force all of its last day, for the sweep, the policy page and /verify alike", async () => {
    const p = await policy("SG-LAST", "2026-11-30");
    for (const moment of [at("2026-11-30"), at("2026-11-30", "23:59:59")]) {
      await sweepPolicyExpiry(db, moment);
      expect(await statusOf(p.id), moment.toISOString()).toBe("ACTIVE");
      expect((await findPolicyForUser(db, userId, p.id, moment))?.effectiveStatus).toBe("ACTIVE");
      expect(await getPublicPolicyStatus(db, p.id, signPolicyId(p.id), moment)).toMatchObject({ valid: true, status: "ACTIVE" });
    }
    expect((await forPolicy("SG-LAST")).filter((r) => r.kind === "policy_expired")).toHaveLength(0);

    const midnight = at("2026-12-01");
    expect((await findPolicyForUser(db, userId, p.id, midnight))?.effectiveStatus).toBe("EXPIRED");
    expect(await getPublicPolicyStatus(db, p.id, signPolicyId(p.id), midnight)).toMatchObject({ valid: true, status: "EXPIRED" });
    const [a, b] = await Promise.all([sweepPolicyExpiry(db, midnight), sweepPolicyExpiry(db, midnight)]);
    expect(a.expired + b.expired).toBe(1);
    await sweepPolicyExpiry(db, at("2026-12-02"));
    expect(await statusOf(p.id)).toBe("EXPIRED");
    const rows = (await forPolicy("SG-LAST")).filter((r) => r.kind === "policy_expired");
    expect(rows).toHaveLength(1);
    expect(rows[0].idempotencyKey).toBe(`policy_expired:${p.id}`);
    expect(rows[0].body).toBe("Safeguard: policy SG-LAST expired on 30 Nov 2026 and no longer covers you. You can renew it in your account until 30 Dec 2026.");
    const audit = await auditOf(p.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "policy.expired", actorRole: "SYSTEM", actorId: null, fromStatus: "ACTIVE", toStatus: "EXPIRED" });
  });

  it("/verify from a warm cache entry: In force until cover ends, Expired from the first instant after, Lapsed once the worker says so", async () => {
    const p = await policy("SG-WARM", "2026-11-15");
    const sig = signPolicyId(p.id);
    // the entry the page's cache would hold: read five minutes before cover ends, while in force
    const warm = (await readVerificationEntry(db, p.id, at("2026-11-15", "23:55:00")))!;
    expect(warm.refreshAfter).toBe("2026-11-16T00:00:00.000Z");
    let reads = 0;
    const cache = async (): Promise<VerificationEntry> => (reads++, warm);
    expect(await getPublicPolicyStatus(db, p.id, sig, at("2026-11-15", "23:59:59"), cache)).toMatchObject({ valid: true, status: "ACTIVE" });
    // one millisecond past coverEndsAt: the same warm entry never reads In force
    const justPast = new Date(at("2026-11-16").getTime() + 1);
    expect(await getPublicPolicyStatus(db, p.id, sig, justPast, cache)).toMatchObject({ valid: true, status: "EXPIRED" });
    expect(reads).toBe(2);

    // the worker expires it at its boundary and lapses it when grace ends; an entry read before that is past
    // its life then, so the page reads the database again and says Lapsed
    await sweepPolicyExpiry(db, at("2026-11-16"));
    const beforeGraceEnds = (await readVerificationEntry(db, p.id, at("2026-12-15", "23:55:00")))!;
    expect(beforeGraceEnds.refreshAfter).toBe("2026-12-16T00:00:00.000Z");
    await sweepPolicyExpiry(db, at("2026-12-16", "00:00:30"));
    expect(await statusOf(p.id)).toBe("LAPSED");
    expect(await getPublicPolicyStatus(db, p.id, sig, at("2026-12-16", "00:01:00"), async () => beforeGraceEnds)).toMatchObject({ status: "LAPSED" });
  });

  it("/verify from a warm cache entry either side of midnight: In force to the last instant of the last day, Expired from the next day's first", async () => {
    const p = await policy("SG-DAYKEY", "2026-11-15");
    const sig = signPolicyId(p.id);
    // the facts the data cache holds, read five minutes before cover ends, while in force; the API route works
    // the verdict out from them at every scan, for the UTC day of that scan (never a cached verdict)
    const warm = (await readVerificationEntry(db, p.id, at("2026-11-15", "23:55:00")))!;
    let reads = 0;
    const cache = async (): Promise<VerificationEntry> => (reads++, warm);
    const scan = (now: Date) => getPublicPolicyStatus(db, p.id, sig, now, cache, 300_000);
    expect(await scan(at("2026-11-15", "23:56:00"))).toMatchObject({ valid: true, status: "ACTIVE" });
    expect(await scan(at("2026-11-15", "23:59:59.999"))).toMatchObject({ valid: true, status: "ACTIVE" });
    // the first scan after midnight: the entry is past its refreshAfter (the facts come from the database) and the
    // verdict is the new day's; from the warm facts alone the new day reads Expired too
    expect(await scan(at("2026-11-16"))).toMatchObject({ valid: true, status: "EXPIRED" });
    expect(publicStatusForDay(warm.facts, isoToDbDate("2026-11-16"))).toMatchObject({ valid: true, status: "EXPIRED" });
    expect(reads).toBe(3);
  });

  it("/verify's cached facts: facts older than their life are read again, so a change the app did not see shows", async () => {
    const p = await policy("SG-OLDFACTS", "2027-05-31");
    const warm = (await readVerificationEntry(db, p.id, at("2026-11-22", "09:00:00")))!;
    // cancelled by another app instance (its expiry by tag does not reach this one's cache)
    await db.policy.update({ where: { id: p.id }, data: { status: "CANCELLED" } });
    const day = isoToDbDate("2026-11-22");
    const within = await freshVerificationEntry(db, p.id, at("2026-11-22", "09:04:59"), async () => warm, 300_000);
    expect(publicStatusForDay(within!.facts, day)).toMatchObject({ status: "ACTIVE" }); // the bounded window
    const after = await freshVerificationEntry(db, p.id, at("2026-11-22", "09:05:00"), async () => warm, 300_000);
    expect(publicStatusForDay(after!.facts, day)).toMatchObject({ status: "CANCELLED" });
  });

  it("/verify rejects a bad signature before any cache or database read", async () => {
    const p = await policy("SG-BADSIG", "2027-01-31");
    let reads = 0;
    const cache = async () => (reads++, null);
    const sig = signPolicyId(p.id);
    for (const bad of [undefined, "", sig.slice(0, -1), `${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`]) {
      expect(await getPublicPolicyStatus(db, p.id, bad, NOW, cache)).toEqual({ valid: false });
    }
    expect(reads).toBe(0);
    expect(await getPublicPolicyStatus(db, p.id, sig, NOW)).toMatchObject({ valid: true, number: "SG-BADSIG" });
  });

  it("lapses an expired policy not renewed by the end of the 30-day grace period, once, with its SMS", async () => {
    const p = await policy("SG-GRACE", "2026-10-31");
    await sweepPolicyExpiry(db, at("2026-11-01"));
    expect(await statusOf(p.id)).toBe("EXPIRED");
    await sweepPolicyExpiry(db, at("2026-11-30", "23:59:59")); // the last day of grace
    expect(await statusOf(p.id)).toBe("EXPIRED");

    const end = at("2026-12-01");
    const results = await Promise.all([sweepPolicyExpiry(db, end), sweepPolicyExpiry(db, end), sweepPolicyExpiry(db, end)]);
    expect(results.reduce((s, r) => s + r.lapsed, 0)).toBe(1);
    await sweepPolicyExpiry(db, at("2026-12-05"));
    expect(await statusOf(p.id)).toBe("LAPSED");
    const rows = await forPolicy("SG-GRACE");
    expect(rows.map((r) => r.kind)).toEqual(["policy_expired", "policy_lapsed"]);
    expect(rows[1]).toMatchObject({ idempotencyKey: `policy_lapsed:${p.id}`, userId });
    expect(rows[1].body).toBe("Safeguard: policy SG-GRACE has lapsed: it ended on 31 Oct 2026 and was not renewed. Buy a new policy in your account to be covered.");
    expect((await auditOf(p.id)).map((e) => [e.action, e.actorRole, e.fromStatus, e.toStatus])).toEqual([
      ["policy.expired", "SYSTEM", "ACTIVE", "EXPIRED"],
      ["policy.lapsed", "SYSTEM", "EXPIRED", "LAPSED"],
    ]);
    expect(await getPublicPolicyStatus(db, p.id, signPolicyId(p.id), at("2026-12-05"))).toMatchObject({ status: "LAPSED" });
  });

  it("expires a renewed policy quietly and never lapses it; a trip expires with no renewal offer and never lapses", async () => {
    const renewed = await policy("SG-OLDTERM", "2026-10-15");
    await policy("SG-NEWTERM", "2027-10-15", { renewedFromId: renewed.id });
    const trip = await policy("SG-TRIPEND", "2026-10-15", { type: "travel" });
    await sweepPolicyExpiry(db, at("2026-10-16"));
    await sweepPolicyExpiry(db, at("2026-12-01"));
    expect(await statusOf(renewed.id)).toBe("EXPIRED");
    expect(await statusOf(trip.id)).toBe("EXPIRED");
    expect(await forPolicy("SG-OLDTERM")).toHaveLength(0);
    expect((await auditOf(renewed.id)).map((e) => e.action)).toEqual(["policy.expired"]);
    const tripSms = await forPolicy("SG-TRIPEND");
    expect(tripSms.map((r) => r.body)).toEqual(["Safeguard: policy SG-TRIPEND expired on 15 Oct 2026 and no longer covers you."]);
  });

  it("sends only the lapse message for a policy found long after its grace ended (the worker was down)", async () => {
    const p = await policy("SG-OVERDUE", "2026-08-31");
    const r = await sweepPolicyExpiry(db, NOW);
    expect(r.expired).toBeGreaterThanOrEqual(1);
    expect(await statusOf(p.id)).toBe("LAPSED");
    expect((await forPolicy("SG-OVERDUE")).map((n) => n.kind)).toEqual(["policy_lapsed"]);
    expect((await auditOf(p.id)).map((e) => e.action)).toEqual(["policy.expired", "policy.lapsed"]);
  });
});
