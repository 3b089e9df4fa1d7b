// "Your data": the export holds one person's data only, without internal fraud fields; deletion asks for
// the password, is refused while a claim is open, erases personal data and keeps the insurer's records.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../integration/test-db";
import { hashPassword } from "@/lib/auth/password";
import { createAuthSession, findActiveSessionUser } from "@/lib/auth/session-store";
import { authenticate } from "@/lib/auth/authenticate";
import { createPolicy } from "@/lib/policies/create-policy";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { deleteMyAccount, exportMyData } from "@/lib/profile/my-data";
import { AppError } from "@/lib/errors";
import type { Db } from "@/lib/db";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

let t: TestDb;
let db: Db;
beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
});
afterAll(() => t.cleanup());

const PASSWORD = "my-own-password-1";
let n = 0;
async function person(name: string) {
  n++;
  return db.user.create({
    data: { email: `${name.toLowerCase()}${n}@example.com`, name: `${name} Example`, phone: `+4479111234${String(n).padStart(2, "0")}`, phoneVerifiedAt: new Date(), passwordHash: await hashPassword(PASSWORD) },
    select: { id: true, email: true },
  });
}

/** A claim row as the claims capability would write it (created directly: claim filing is built elsewhere). */
async function claim(userId: string, policyId: string, status: ClaimStatus, description: string) {
  return db.claim.create({
    data: {
      number: `CLM-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
      policyId,
      userId,
      status,
      incidentDate: new Date("2026-11-01T00:00:00.000Z"),
      incidentHour: 14,
      description,
      witnesses: 0,
      amountCents: 120_000,
      reservedCents: 120_000,
      fraudProbability: 0.8713579,
      anomalyScore: 0.66,
      fraudDecision: "investigate",
      fraudReasons: [{ feature: "amount", text: "large amount", direction: "up", impact: 0.3 }],
      modelVersion: "motor-2026-11-01",
      modelKind: "motor",
      modelInputs: { amount: 1200 },
      details: {},
    },
  });
}

describe("Download my data", () => {
  it("contains the person's own profile, policies, claims, feedback and messages — nobody else's, no fraud internals", async () => {
    const me = await person("Mina");
    const other = await person("Otto");
    const myPolicy = await createPolicy(db, me.id, examplePolicyInput("car"));
    const theirPolicy = await createPolicy(db, other.id, examplePolicyInput("home"));
    await claim(me.id, myPolicy.id, "PAID", "My windscreen cracked");
    await claim(other.id, theirPolicy.id, "SUBMITTED", "Otto's secret burglary");
    await submitFeedback(db, me.id, { topic: "website", message: "Mina's feedback about the website, which was fine." });
    await submitFeedback(db, other.id, { topic: "website", message: "Otto's private feedback about the website." });

    const data = await exportMyData(db, me.id);
    const text = JSON.stringify(data);
    expect(data.profile).toMatchObject({ id: me.id, email: me.email, name: "Mina Example" });
    expect(data.policies.map((p) => p.number)).toEqual([myPolicy.number]);
    expect(data.claims).toHaveLength(1);
    expect(data.claims[0].description).toBe("My windscreen cracked");
    expect(data.feedback.map((f) => f.message)).toEqual(["Mina's feedback about the website, which was fine."]);
    expect(data.messages.length).toBeGreaterThan(0);
    expect(data.messages.every((m) => m.toPhone === data.profile.phone)).toBe(true);
    for (const leak of [other.id, other.email, theirPolicy.number, "Otto", "passwordHash", "$argon2"]) expect(text).not.toContain(leak);
    for (const internal of ["fraudProbability", "anomalyScore", "fraudReasons", "modelInputs", "modelVersion", "fraudDecision", "0.8713579", "sentimentScore"]) {
      expect(text).not.toContain(internal);
    }
  });
});

describe("Delete my account", () => {
  it("asks for the password first", async () => {
    const me = await person("Wendy");
    const err = await deleteMyAccount(db, me.id, "not my password").catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fieldErrors.password).toMatch(/not right/);
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).deletedAt).toBeNull();
  });

  it.each(["SUBMITTED", "UNDER_REVIEW", "APPROVED"] as const)("is refused with a reason while a claim is %s", async (status) => {
    const me = await person("Clara");
    const policy = await createPolicy(db, me.id, examplePolicyInput("bike"));
    await claim(me.id, policy.id, status, "An open claim");
    const err = await deleteMyAccount(db, me.id, PASSWORD).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.message).toMatch(/claim that is still open/);
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).email).toBe(me.email);
  });

  it("erases personal data, keeps policies and claims without the identity, ends sessions and sign-in", async () => {
    const me = await person("Dora");
    const bystander = await person("Bea");
    const policy = await createPolicy(db, me.id, examplePolicyInput("travel"));
    const paid = await claim(me.id, policy.id, "PAID", "Lost luggage");
    await claim(me.id, policy.id, "REJECTED", "Another claim");
    await submitFeedback(db, me.id, { topic: "other", message: "Some feedback Dora wrote about her move." });
    await db.user.update({ where: { id: me.id }, data: { photo: new Uint8Array([1, 2, 3]), photoUpdatedAt: new Date() } });
    const session = await createAuthSession(db, me.id);
    const bystanderPolicy = await createPolicy(db, bystander.id, examplePolicyInput("car"));

    await deleteMyAccount(db, me.id, PASSWORD);

    const row = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.name).toBe("Deleted account");
    expect(row.email).not.toContain("dora");
    expect(row.phone).toBe("");
    expect(row.photo).toBeNull();
    expect(await db.feedback.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.notification.count({ where: { toPhone: "+447911123400" } })).toBe(0);
    // the insurer's records stay
    expect(await db.policy.findUnique({ where: { id: policy.id }, select: { id: true } })).not.toBeNull();
    expect(await db.claim.findUnique({ where: { id: paid.id }, select: { id: true } })).not.toBeNull();
    expect(await db.claim.count({ where: { userId: me.id } })).toBe(2);
    // no way back in
    expect(await findActiveSessionUser(db, session.id)).toBeNull();
    expect(await authenticate(db, { email: me.email, password: PASSWORD }, null)).toBeNull();
    // others untouched; the email is free again
    expect(await db.policy.count({ where: { id: bystanderPolicy.id, userId: bystander.id } })).toBe(1);
    expect(await db.user.count({ where: { email: me.email } })).toBe(0);
  });
});
