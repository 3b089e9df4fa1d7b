import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createTestDb, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addDaysIso, isoToDbDate } from "@/lib/policies/policy-dates";
import type { HomeDetails, PolicyDraft } from "@/lib/policies/policy-draft";
import { POLICY_NUMBER_PATTERN } from "@/lib/policies/policy-number";
import { findPolicyForUser } from "@/lib/policies/policy-records";
import { NO_CLAIMS_DISCOUNT_LABEL, quotePremium } from "@/lib/policies/rating";
import { sweepPolicyExpiry } from "@/lib/policies/sweep-policy-expiry";
import { getRenewalOffer, renewPolicy } from "@/lib/renewals/renew-policy";
import { DEMO_CAR_DETAILS } from "@/prisma/seed/demo-policies";
import { getPublicPolicyStatus } from "@/lib/verification/public-status";
import { signPolicyId } from "@/lib/verification/policy-signature";
import type { ClaimStatus, PolicyStatus } from "@/lib/generated/prisma/enums";

// Renewals on a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL). Dates are stored as real
// rows store them (UTC midnight of the calendar day); the clock is the `now` passed in.

const TODAY = "2026-11-22";
const NOW = new Date(`${TODAY}T09:00:00Z`);

const CAR = DEMO_CAR_DETAILS;
const HOME: HomeDetails = {
  address: "14 Orchard Lane, Bristol",
  postcode: "BS6 5AB",
  propertyType: "house",
  yearBuilt: 1934,
  propertyValueCents: 365_000_00,
  securityFeatures: ["burglar-alarm"],
};

let t: TestDb;
let db: Db;
let holder: string;
let other: string;
beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  const mk = (name: string, phone: string) =>
    db.user.create({ data: { name, email: `${randomUUID()}@example.com`, phone, passwordHash: "x", phoneVerifiedAt: new Date() }, select: { id: true } }).then((u) => u.id);
  holder = await mk("Rene Newal", "+447700800001");
  other = await mk("Other Person", "+447700800002");
});
afterAll(() => t.cleanup());

type Over = { status?: PolicyStatus; type?: "car" | "home" | "travel"; userId?: string; termMonths?: number; remainingCoverCents?: number };
// Policy numbers are unique: a sequence within this file, and a tag per run for a database other files share. (Three
// random hex digits, as before, collided often enough among this file's policies to fail a CI run.)
const RUN_TAG = randomUUID().slice(0, 8).toUpperCase();
let policySeq = 0;
/** A policy whose last day of cover is `lastDay`, as createPolicy would have stored it. */
async function policy(lastDay: string, over: Over = {}) {
  const type = over.type ?? "car";
  const termMonths = over.termMonths ?? 12;
  const details = type === "home" ? HOME : type === "car" ? CAR : { destination: "Spain", region: "europe", departureDate: addDaysIso(lastDay, -7), returnDate: lastDay, travellers: 1, tripCostCents: 0, reason: "holiday" };
  return db.policy.create({
    data: {
      number: `${type.toUpperCase()}-T${String(++policySeq).padStart(4, "0")}-${RUN_TAG}`,
      userId: over.userId ?? holder,
      type,
      status: over.status ?? "ACTIVE",
      startDate: isoToDbDate(addDaysIso(lastDay, -364)),
      endDate: isoToDbDate(lastDay),
      termMonths,
      sumInsuredCents: type === "home" ? 320_000_00 : 14_000_00,
      remainingCoverCents: over.remainingCoverCents ?? (type === "home" ? 320_000_00 : 14_000_00),
      premiumCents: 450_00,
      details,
    },
    select: { id: true, number: true },
  });
}

let claimSeq = 0;
async function claim(policyId: string, status: ClaimStatus) {
  await db.claim.create({
    data: {
      number: `CLM-TEST-${String(++claimSeq).padStart(4, "0")}`,
      policyId,
      userId: holder,
      status,
      incidentDate: isoToDbDate("2026-06-01"),
      incidentHour: 14,
      description: "Reversed into a bollard in a car park",
      witnesses: 0,
      amountCents: 1_200_00,
      reservedCents: status === "REJECTED" ? 0 : 1_200_00,
      fraudProbability: 0.1,
      anomalyScore: 0.2,
      fraudDecision: "approve",
      modelVersion: "test",
      modelKind: "motor",
      modelInputs: {},
      details: {},
      fraudReasons: [],
    },
  });
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected the renewal to be refused");
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(AppError);
      return e as AppError;
    },
  );
const counts = async () => [await db.policy.count(), await db.notification.count(), await db.auditEvent.count()];

describe("renewing inside the window", () => {
  it("issues the next term: new number, dates at UTC midnight, re-quoted premium with the no-claims discount, cover reset, SMS and audit", async () => {
    const old = await policy("2026-12-10", { remainingCoverCents: 9_000_00 });
    const offer = await getRenewalOffer(db, holder, old.id, NOW);
    expect(offer?.eligibility).toMatchObject({ ok: true, inGrace: false });
    expect(offer?.offer?.noClaimsDiscount).toBe(true);

    const renewed = await renewPolicy(db, holder, old.id, { now: NOW, expectedPremiumCents: offer!.offer!.quote.premiumCents });
    const row = await db.policy.findUniqueOrThrow({ where: { id: renewed.id } });
    expect(row.number).toMatch(POLICY_NUMBER_PATTERN);
    expect(row.number).not.toBe(old.number);
    expect(row).toMatchObject({ userId: holder, type: "car", status: "ACTIVE", renewedFromId: old.id, termMonths: 12, sumInsuredCents: 14_000_00, remainingCoverCents: 14_000_00 });
    expect(row.startDate.toISOString()).toBe("2026-12-11T00:00:00.000Z");
    expect(row.endDate.toISOString()).toBe("2027-12-10T00:00:00.000Z");
    expect(row.details).toEqual(CAR);

    const draft: PolicyDraft = { type: "car", startDate: "2026-12-11", endDate: "2027-12-10", termMonths: 12, sumInsuredCents: 14_000_00, details: CAR };
    const discounted = quotePremium(draft, { noClaimsDiscount: true });
    expect(row.premiumCents).toBe(discounted.premiumCents);
    expect(row.premiumCents).toBeLessThan(quotePremium(draft).premiumCents);
    expect(discounted.breakdown.map((l) => l.label)).toContain(NO_CLAIMS_DISCOUNT_LABEL);

    const sms = await db.notification.findUniqueOrThrow({ where: { idempotencyKey: `renewal_confirmed:${old.id}` } });
    expect(sms).toMatchObject({ kind: "renewal_confirmed", userId: holder, toPhone: "+447700800001", status: "QUEUED" });
    expect(sms.body).toBe(`Safeguard: policy ${old.number} is renewed as ${row.number}, in force until 10 Dec 2027.`);
    const audit = await db.auditEvent.findMany({ where: { targetType: "policy", targetId: old.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "policy.renewed", actorId: holder, actorRole: "USER" });
    expect(audit[0].data).toMatchObject({ renewalId: row.id, renewalNumber: row.number, premiumCents: row.premiumCents, noClaimsDiscount: true });

    // the old term stays as it was, and each links to the other
    const oldDto = await findPolicyForUser(db, holder, old.id, NOW);
    expect(oldDto).toMatchObject({ status: "ACTIVE", effectiveStatus: "ACTIVE", remainingCoverCents: 9_000_00, renewedToId: row.id, renewedToNumber: row.number, canRenew: false });
    expect(oldDto?.renewal).toMatchObject({ ok: false, reason: "ALREADY_RENEWED" });
    expect(await findPolicyForUser(db, holder, row.id, NOW)).toMatchObject({ renewedFromId: old.id, renewedFromNumber: old.number, effectiveStatus: "NOT_STARTED" });
    // /verify treats the renewal like any other policy
    expect(await getPublicPolicyStatus(db, row.id, signPolicyId(row.id), NOW)).toMatchObject({ valid: true, status: "NOT_STARTED", number: row.number, validFrom: "2026-12-11", validTo: "2027-12-10" });
    expect(await getPublicPolicyStatus(db, row.id, signPolicyId(row.id), new Date("2026-12-11T00:00:00Z"))).toMatchObject({ status: "ACTIVE" });
    expect(await getPublicPolicyStatus(db, old.id, signPolicyId(old.id), new Date("2026-12-11T00:00:00Z"))).toMatchObject({ status: "EXPIRED" });

    // the old term later expires by the normal rules, quietly (its renewal carries on the cover)
    await sweepPolicyExpiry(db, new Date("2026-12-11T00:00:00Z"));
    expect((await db.policy.findUniqueOrThrow({ where: { id: old.id } })).status).toBe("EXPIRED");
    expect(await db.notification.count({ where: { kind: "policy_expired", body: { contains: old.number } } })).toBe(0);
  });

  it("starts a renewal made in the grace period today, not back on the day after the old term", async () => {
    const old = await policy("2026-11-10", { status: "EXPIRED" });
    const renewed = await renewPolicy(db, holder, old.id, { now: NOW });
    expect([renewed.startDate, renewed.endDate]).toEqual([TODAY, "2027-11-21"]);
    const row = await db.policy.findUniqueOrThrow({ where: { id: renewed.id } });
    expect([row.startDate.toISOString(), row.endDate.toISOString()]).toEqual(["2026-11-22T00:00:00.000Z", "2027-11-21T00:00:00.000Z"]);
  });

  it("keeps the term length: a 1-month term renews for a month", async () => {
    const old = await policy("2026-12-05", { termMonths: 1 });
    const renewed = await renewPolicy(db, holder, old.id, { now: NOW });
    expect([renewed.startDate, renewed.endDate]).toEqual(["2026-12-06", "2027-01-05"]);
  });
});

describe("renewing the same term twice", () => {
  it("refuses a second renewal, naming the first", async () => {
    const old = await policy("2026-12-12");
    const first = await renewPolicy(db, holder, old.id, { now: NOW });
    const before = await counts();
    const err = await refusal(renewPolicy(db, holder, old.id, { now: NOW }));
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toBe(`This policy has already been renewed as ${first.number}.`);
    expect(await counts()).toEqual(before);
  });

  it("lets exactly one of several concurrent requests renew; the others are told it is already renewed", async () => {
    const old = await policy("2026-12-14");
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => renewPolicy(db, holder, old.id, { now: NOW })));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<{ number: string }>).value.number;
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
      expect((r as PromiseRejectedResult).reason.message).toBe(`This policy has already been renewed as ${winner}.`);
    }
    expect(await db.policy.count({ where: { renewedFromId: old.id } })).toBe(1);
    expect(await db.notification.count({ where: { kind: "renewal_confirmed", body: { contains: `${old.number} ` } } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "policy.renewed", targetId: old.id } })).toBe(1);
  });
});

describe("refusals", () => {
  it("refuses a renewal before the window opens, with the dates when it is possible, and saves nothing", async () => {
    const old = await policy("2027-06-30");
    const before = await counts();
    const err = await refusal(renewPolicy(db, holder, old.id, { now: NOW }));
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toBe("You can renew this policy from 31 May 2027, 30 days before its last day of cover (30 June 2027), until 30 July 2027.");
    expect(await counts()).toEqual(before);
  });

  it("refuses after the grace period, and a lapsed, cancelled or travel policy, each saying why", async () => {
    const late = await policy("2026-10-22", { status: "EXPIRED" }); // grace ended with 21 November
    expect((await refusal(renewPolicy(db, holder, late.id, { now: NOW }))).message).toMatch(/could be renewed until 21 November 2026, 30 days after its cover ended on 22 October 2026/);
    const lapsed = await policy("2026-12-01", { status: "LAPSED" });
    expect((await refusal(renewPolicy(db, holder, lapsed.id, { now: NOW }))).message).toMatch(/lapsed/);
    const cancelled = await policy("2026-12-01", { status: "CANCELLED" });
    expect((await refusal(renewPolicy(db, holder, cancelled.id, { now: NOW }))).message).toMatch(/cancelled/);
    const trip = await policy("2026-12-01", { type: "travel" });
    expect((await refusal(renewPolicy(db, holder, trip.id, { now: NOW }))).message).toMatch(/single trip/);
  });

  it("finds nothing for someone else's policy", async () => {
    const theirs = await policy("2026-12-01", { userId: other });
    expect((await refusal(renewPolicy(db, holder, theirs.id, { now: NOW }))).code).toBe("NOT_FOUND");
    expect(await getRenewalOffer(db, holder, theirs.id, NOW)).toBeNull();
    expect(await db.policy.count({ where: { renewedFromId: theirs.id } })).toBe(0);
  });

  it("refuses when the price changed since the holder saw it, naming the new price", async () => {
    const old = await policy("2026-12-03");
    const offer = await getRenewalOffer(db, holder, old.id, NOW);
    await claim(old.id, "APPROVED"); // approved meanwhile: the discount goes
    const err = await refusal(renewPolicy(db, holder, old.id, { now: NOW, expectedPremiumCents: offer!.offer!.quote.premiumCents }));
    expect(err.message).toMatch(/^The renewal price is now £[\d,.]+, not the £[\d,.]+ shown before\./);
    expect(await db.policy.count({ where: { renewedFromId: old.id } })).toBe(0);
  });
});

describe("the no-claims discount", () => {
  it.each([
    [[], true],
    [["REJECTED", "SUBMITTED", "UNDER_REVIEW"], true],
    [["APPROVED"], false],
    [["REJECTED", "PAID"], false],
  ] as const)("claims %j in the last term: discount %s", async (statuses, discount) => {
    const old = await policy("2026-12-20", { type: "home" });
    for (const s of statuses) await claim(old.id, s);
    const offer = await getRenewalOffer(db, holder, old.id, NOW);
    expect(offer?.offer?.noClaimsDiscount).toBe(discount);
    expect(offer?.offer?.quote.breakdown.some((l) => l.label === NO_CLAIMS_DISCOUNT_LABEL)).toBe(discount);
    const renewed = await renewPolicy(db, holder, old.id, { now: NOW });
    const draft: PolicyDraft = { type: "home", startDate: "2026-12-21", endDate: "2027-12-20", termMonths: 12, sumInsuredCents: 320_000_00, details: HOME };
    expect(renewed.premiumCents).toBe(quotePremium(draft, { noClaimsDiscount: discount }).premiumCents);
    expect(renewed.noClaimsDiscount).toBe(discount);
  });

  it("counts only the term being renewed: a claim on an earlier term does not take it away", async () => {
    const first = await policy("2026-11-25", { type: "home" });
    await claim(first.id, "PAID");
    const second = await renewPolicy(db, holder, first.id, { now: NOW });
    expect(second.noClaimsDiscount).toBe(false);
    const third = await getRenewalOffer(db, holder, second.id, new Date("2027-11-01T09:00:00Z"));
    expect(third?.offer?.noClaimsDiscount).toBe(true);
  });
});

describe("renewal and lapse", () => {
  it("a lapsed policy cannot be renewed, and a renewed one never lapses", async () => {
    const lapsing = await policy("2026-10-15");
    await sweepPolicyExpiry(db, new Date("2026-11-16T00:00:00Z")); // expires, then lapses (grace ended with 14 November)
    expect((await db.policy.findUniqueOrThrow({ where: { id: lapsing.id } })).status).toBe("LAPSED");
    expect((await refusal(renewPolicy(db, holder, lapsing.id, { now: new Date("2026-11-14T12:00:00Z") }))).message).toMatch(/lapsed/);

    const kept = await policy("2026-10-25", { status: "EXPIRED" });
    await renewPolicy(db, holder, kept.id, { now: new Date("2026-11-20T09:00:00Z") });
    await sweepPolicyExpiry(db, new Date("2026-12-01T00:00:00Z"));
    expect((await db.policy.findUniqueOrThrow({ where: { id: kept.id } })).status).toBe("EXPIRED");
    expect(await db.notification.count({ where: { kind: "policy_lapsed", body: { contains: `${kept.number} ` } } })).toBe(0);
  });
});
