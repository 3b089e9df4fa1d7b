import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, onPostgres, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPolicy } from "@/lib/policies/create-policy";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";
import { findPolicyForUser, listPoliciesForAdmin, listPoliciesForUser } from "@/lib/policies/policy-records";
import { POLICY_NUMBER_PATTERN } from "@/lib/policies/policy-number";
import { POLICY_SCHEMAS } from "@/lib/policies/schemas";
import { toPolicyDraft } from "@/lib/policies/policy-draft";
import { quotePremium } from "@/lib/policies/rating";
import { POLICY_TYPES } from "@/lib/policies/policy-types";
import { getPublicPolicyStatus } from "@/lib/verification/public-status";
import { signPolicyId } from "@/lib/verification/policy-signature";

let t: TestDb;
let db: Db;
let jordan: string;
let other: string;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  const mk = (name: string, email: string, phone: string) =>
    db.user.create({ data: { name, email, phone, passwordHash: "not-used-here", phoneVerifiedAt: new Date() }, select: { id: true } }).then((u) => u.id);
  jordan = await mk("Jordan Smith", "jordan@example.com", "+447911000111");
  other = await mk("Other Person", "other@example.com", "+447911000222");
});
afterAll(() => t.cleanup());

describe("createPolicy (real SQLite)", () => {
  it.each(POLICY_TYPES)("%s: writes the policy and its 'policy created' SMS to the outbox together", async (type) => {
    const input = examplePolicyInput(type);
    const created = await createPolicy(db, jordan, input);
    const policy = await db.policy.findUniqueOrThrow({ where: { id: created.id } });
    expect(policy.number).toMatch(POLICY_NUMBER_PATTERN);
    expect(policy.number.startsWith(type === "travel" ? "TRAVEL-" : type.toUpperCase())).toBe(true);
    expect(policy).toMatchObject({ userId: jordan, type, status: "ACTIVE", currency: "GBP" });
    expect(policy.remainingCoverCents).toBe(policy.sumInsuredCents);
    const draft = toPolicyDraft(POLICY_SCHEMAS[type].parse(input) as never);
    expect(policy.premiumCents).toBe(quotePremium(draft).premiumCents);
    expect(policy.details).toEqual(draft.details);

    const sms = await db.notification.findUniqueOrThrow({ where: { idempotencyKey: `policy_created:${policy.id}` } });
    expect(sms).toMatchObject({ kind: "policy_created", userId: jordan, toPhone: "+447911000111", status: "QUEUED" });
    expect(sms.body).toContain(`your ${type} policy ${policy.number} is active from`);
    expect(sms.payload).toMatchObject({ policyNumber: policy.number, typeLabel: type });
  });

  it("stores the car holder fields the fraud model reads, under its key names", async () => {
    const { id } = await createPolicy(db, jordan, examplePolicyInput("car"));
    const details = (await db.policy.findUniqueOrThrow({ where: { id } })).details as Record<string, unknown>;
    expect(Object.keys(details).sort()).toEqual(
      [
        "educationLevel", "occupation", "hobbies", "relationship", "deductibleCents", "combinedSingleLimit", "umbrellaLimitCents",
        "registration", "make", "model", "year", "vehicleValueCents", "annualMileage", "driverDateOfBirth", "licenceYears", "priorClaims",
      ].sort(),
    );
    expect(details).toMatchObject({ deductibleCents: 50_000, combinedSingleLimit: "250/500", umbrellaLimitCents: 0, registration: "AB12 CDE" });
  });

  it("ignores any price or status sent by the browser", async () => {
    const { id } = await createPolicy(db, jordan, { ...examplePolicyInput("home"), premiumCents: 1, status: "CANCELLED", remainingCoverCents: 5 });
    const p = await db.policy.findUniqueOrThrow({ where: { id } });
    expect(p.premiumCents).toBeGreaterThan(100);
    expect(p.status).toBe("ACTIVE");
    expect(p.remainingCoverCents).toBe(p.sumInsuredCents);
  });

  it("refuses bad input with messages per field and saves nothing", async () => {
    const before = [await db.policy.count(), await db.notification.count()];
    const err = await createPolicy(db, jordan, { ...examplePolicyInput("car"), year: "1900", registration: "" }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe("INVALID_INPUT");
    expect(err.fieldErrors).toMatchObject({ year: expect.stringMatching(/between 1950/), registration: "Enter the registration number" });
    expect([await db.policy.count(), await db.notification.count()]).toEqual(before);
  });

  it("rolls back the policy when the outbox write fails inside the transaction", async () => {
    const before = [await db.policy.count(), await db.notification.count()];
    // Make the outbox insert fail inside the policy's transaction (a trigger in each database's dialect).
    const failOutbox = onPostgres
      ? [
          `CREATE FUNCTION outbox_down() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'outbox unavailable'; END; $$ LANGUAGE plpgsql`,
          `CREATE TRIGGER outbox_down BEFORE INSERT ON "Notification" FOR EACH ROW EXECUTE FUNCTION outbox_down()`,
        ]
      : [`CREATE TRIGGER outbox_down BEFORE INSERT ON "Notification" BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END;`];
    for (const sql of failOutbox) await db.$executeRawUnsafe(sql);
    try {
      await expect(createPolicy(db, jordan, examplePolicyInput("bike"))).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(onPostgres ? `DROP TRIGGER outbox_down ON "Notification"` : `DROP TRIGGER outbox_down`);
    }
    expect([await db.policy.count(), await db.notification.count()]).toEqual(before);
  });

  it("retries with a fresh number on a collision, and gives up cleanly if every number collides", async () => {
    const existing = (await db.policy.findFirstOrThrow({ select: { number: true } })).number;
    const numbers = [existing, "CAR-ZZZZ-2222"];
    const created = await createPolicy(db, jordan, examplePolicyInput("car"), { generateNumber: () => numbers.shift()! });
    expect(created.number).toBe("CAR-ZZZZ-2222");

    const before = [await db.policy.count(), await db.notification.count()];
    const err = await createPolicy(db, jordan, examplePolicyInput("car"), { generateNumber: () => existing }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe("CONFLICT");
    expect([await db.policy.count(), await db.notification.count()]).toEqual(before);
  });

  it("gives every policy a different number", async () => {
    const numbers = (await db.policy.findMany({ select: { number: true } })).map((p) => p.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe("reading policies", () => {
  it("finds a policy only for its owner", async () => {
    const { id } = await createPolicy(db, jordan, examplePolicyInput("travel"));
    const mine = await findPolicyForUser(db, jordan, id);
    expect(mine).toMatchObject({ id, type: "travel", typeLabel: "Travel", effectiveStatus: "NOT_STARTED", canFileClaim: false, canRenew: false });
    expect(mine?.detailRows.find((r) => r.label === "Destination")?.value).toBe("Spain");
    expect(await findPolicyForUser(db, other, id)).toBeNull();
    expect(await findPolicyForUser(db, jordan, "no-such-policy")).toBeNull();
    expect((await listPoliciesForUser(db, other)).length).toBe(0);
    expect((await listPoliciesForUser(db, jordan)).every((p) => p.number)).toBe(true);
  });

  it("lists every policy for admins, filtered by type and status", async () => {
    const cars = (await listPoliciesForAdmin(db, { type: "car" })).rows;
    expect(cars.length).toBeGreaterThan(0);
    expect(cars.every((p) => p.type === "car" && p.holderName === "Jordan Smith")).toBe(true);
    expect((await listPoliciesForAdmin(db, { status: "CANCELLED" })).rows).toEqual([]);
    // search by the holder's name in any case, and by part of a policy number
    expect((await listPoliciesForAdmin(db, { q: "jordan smith" })).total).toBeGreaterThan(0);
    expect((await listPoliciesForAdmin(db, { q: cars[0].number.slice(-6).toLowerCase() })).rows.map((p) => p.id)).toContain(cars[0].id);
    expect((await listPoliciesForAdmin(db, { q: "nobody-by-this-name" })).total).toBe(0);
  });
});

describe("public verification", () => {
  it("shows only the minimal facts for a genuine code", async () => {
    const { id, number } = await createPolicy(db, jordan, examplePolicyInput("car"));
    const status = await getPublicPolicyStatus(db, id, signPolicyId(id));
    expect(status).toEqual({
      valid: true,
      status: "ACTIVE",
      typeLabel: "Car",
      number,
      validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      validTo: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      holderMasked: "J. S****",
      registration: "AB12 CDE",
    });
    const text = JSON.stringify(status);
    for (const secret of ["+447911000111", "jordan@example.com", "Jordan", "Smith", "12000", "1200000", "Ford"]) expect(text).not.toContain(secret);
  });

  it("has no registration for other types, and reports expiry", async () => {
    const { id } = await createPolicy(db, jordan, examplePolicyInput("home"));
    const status = await getPublicPolicyStatus(db, id, signPolicyId(id));
    expect(status.valid && "registration" in status).toBe(false);
    const later = await getPublicPolicyStatus(db, id, signPolicyId(id), new Date(Date.now() + 400 * 86_400_000));
    expect(later).toMatchObject({ valid: true, status: "EXPIRED" });
  });

  it("answers every invalid case identically: wrong or missing signature, unknown policy", async () => {
    const { id } = await createPolicy(db, jordan, examplePolicyInput("bike"));
    const sig = signPolicyId(id);
    const tampered = (sig[0] === "A" ? "B" : "A") + sig.slice(1);
    const unknownId = "cm0000000000000000000000x";
    const answers = await Promise.all([
      getPublicPolicyStatus(db, id, tampered),
      getPublicPolicyStatus(db, id, undefined),
      getPublicPolicyStatus(db, id, ""),
      getPublicPolicyStatus(db, unknownId, signPolicyId(unknownId)),
      getPublicPolicyStatus(db, unknownId, sig),
    ]);
    for (const a of answers) expect(a).toStrictEqual({ valid: false });
  });
});
