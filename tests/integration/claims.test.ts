import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, createTestUser, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPolicy } from "@/lib/policies/create-policy";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";
import { addDaysIso, isoToDbDate, todayIso } from "@/lib/policies/policy-dates";
import { submitClaim } from "@/lib/claims/submit-claim";
import { transitionClaim } from "@/lib/claims/transition-claim";
import { exampleClaimInput } from "@/prisma/seed/claim-input-examples";
import { findClaimForUser, listClaimsForUser } from "@/lib/claims/claim-records";
import { readAttachment } from "@/lib/claims/attachments";
import { TEMPLATES } from "@/lib/notifications/templates";
import { listAuditTrail } from "@/lib/audit/record-audit-event";
import { processMetrics } from "@/lib/metrics/registry";

let t: TestDb;
let db: Db;
let holder: string;
let other: string;
let admin: string;

const cardVersion = (kind: string) => JSON.parse(fs.readFileSync(`ml/fraud/model/${kind}/card.json`, "utf8")).version as string;
const NEVER = 0; // autoApproveMaxCents that sends every claim to a person
const ALWAYS = 1_000_000_000;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  const mk = (name: string, email: string, phone: string, role: "USER" | "ADMIN" = "USER") => createTestUser(db, name, email, phone, role);
  holder = await mk("Jordan Smith", "jordan@example.com", "+447911000111");
  other = await mk("Other Person", "other@example.com", "+447911000222");
  admin = await mk("Alex Admin", "admin@example.com", "+447911000333", "ADMIN");
});
afterAll(() => t.cleanup());

const newPolicy = (type: "car" | "home" | "bike" | "health", userId = holder) => createPolicy(db, userId, examplePolicyInput(type)).then((p) => p.id);
const snapshot = async (policyId: string) => ({
  claims: await db.claim.count(),
  audit: await db.auditEvent.count(),
  sms: await db.notification.count({ where: { kind: { startsWith: "claim_" } } }),
  attachments: await db.claimAttachment.count(),
  remaining: (await db.policy.findUniqueOrThrow({ where: { id: policyId } })).remainingCoverCents,
});
const jpeg = () => sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } }).jpeg().withMetadata({ exif: { IFD0: { Copyright: "secret-location" } } }).toBuffer();
async function pdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText("Repair estimate");
  return Buffer.from(await doc.save());
}

describe("submitClaim (real database)", () => {
  it("scores a car claim with the motor model, stores the score and inputs, reserves the cover, records the trail and queues the SMS", async () => {
    const policyId = await newPolicy("car");
    const before = (await db.policy.findUniqueOrThrow({ where: { id: policyId } })).remainingCoverCents;
    const scoredSoFar = async () => (await processMetrics().claimScoring.get()).values.filter((v) => v.metricName?.endsWith("_count")).reduce((n, v) => n + v.value, 0);
    const scoredBefore = await scoredSoFar();
    const c = await submitClaim(db, holder, policyId, exampleClaimInput("car", { amountPounds: 650 }), [], { autoApproveMaxCents: ALWAYS });
    // the scoring latency histogram (GET /api/metrics) counted this claim
    expect(await scoredSoFar()).toBe(scoredBefore + 1);
    expect(c.number).toMatch(/^CLM-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const row = await db.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.fraudProbability).toBeGreaterThanOrEqual(0);
    expect(row.fraudProbability).toBeLessThanOrEqual(1);
    expect(row.modelKind).toBe("motor");
    expect(row.modelVersion).toBe(cardVersion("motor"));
    expect(["approve", "investigate"]).toContain(row.fraudDecision);
    expect(Array.isArray(row.fraudReasons)).toBe(true);
    const inputs = row.modelInputs as Record<string, unknown>;
    expect(inputs).toMatchObject({ incident_type: "Parked Car", incident_state: "South West", incident_city: "Bristol", total_claim_amount: "650", vehicle_claim: "650", insured_education_level: "College", insured_sex: null });
    expect(inputs.age).toBe("40");
    // routing follows the model's decision when the amount is within the limit
    expect(row.status).toBe(row.fraudDecision === "approve" ? "APPROVED" : "UNDER_REVIEW");
    expect(row).toMatchObject({ amountCents: 65_000, reservedCents: 65_000, userId: holder, incidentHour: 14 });
    expect((await db.policy.findUniqueOrThrow({ where: { id: policyId } })).remainingCoverCents).toBe(before - 65_000);

    const trail = await listAuditTrail(db, "claim", c.id);
    expect(trail.map((e) => [e.action, e.actorRole, e.actorId, e.fromStatus, e.toStatus])).toEqual([
      ["claim.submitted", "USER", holder, null, "SUBMITTED"],
      [row.status === "APPROVED" ? "claim.approved" : "claim.under_review", "SYSTEM", null, "SUBMITTED", row.status],
    ]);
    const sms = (await db.notification.findMany({ where: { kind: { startsWith: "claim_" } } })).filter((n) => JSON.stringify(n.payload).includes(c.number));
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ kind: "claim_submitted", userId: holder, toPhone: "+447911000111" });
    expect(sms[0].body).toContain(`claim ${c.number} for £650`);
    expect(sms[0].body).toContain(row.status === "APPROVED" ? "and approved it" : "A claims handler will review it");
  });

  it("sends a claim above the auto-approval limit to a person, and scores other types with the general model", async () => {
    const policyId = await newPolicy("home");
    const c = await submitClaim(db, holder, policyId, exampleClaimInput("home", { amountPounds: 2500 }), [], { autoApproveMaxCents: 1000_00 });
    const row = await db.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ status: "UNDER_REVIEW", modelKind: "general", modelVersion: cardVersion("general") });
    expect(row.modelInputs).toMatchObject({ policy_type: "home", claim_amount: "2500", prior_claims_on_policy: "0" });
    const second = await submitClaim(db, holder, policyId, exampleClaimInput("home", { amountPounds: 100 }), [], { autoApproveMaxCents: NEVER });
    const inputs = (await db.claim.findUniqueOrThrow({ where: { id: second.id } })).modelInputs as Record<string, unknown>;
    expect(inputs.prior_claims_on_policy).toBe("1");
    expect(Number(inputs.prior_claims_by_holder)).toBeGreaterThanOrEqual(2);
    expect(second.status).toBe("UNDER_REVIEW");
  });

  it("50 concurrent claims against one policy never overdraw its cover", async () => {
    const policyId = await newPolicy("bike"); // £5,000 of cover
    const sumInsured = (await db.policy.findUniqueOrThrow({ where: { id: policyId } })).sumInsuredCents;
    const amountPounds = 260; // 19 fit in £5,000, 50 do not
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => submitClaim(db, holder, policyId, exampleClaimInput("bike", { amountPounds }), [], { autoApproveMaxCents: NEVER })),
    );
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
    for (const e of refused) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).fieldErrors?.amount).toMatch(/^You have £\d+ of cover left on this policy$/);
    }
    const claims = await db.claim.findMany({ where: { policyId }, select: { reservedCents: true } });
    const policy = await db.policy.findUniqueOrThrow({ where: { id: policyId } });
    expect(claims).toHaveLength(Math.floor(sumInsured / (amountPounds * 100)));
    expect(claims.length).toBe(results.length - refused.length);
    expect(policy.remainingCoverCents).toBeGreaterThanOrEqual(0);
    expect(claims.reduce((s, c) => s + c.reservedCents, 0)).toBe(sumInsured - policy.remainingCoverCents);
  });

  it("refuses an amount above the cover left beside the amount, and a date outside the policy period beside the date, saving nothing", async () => {
    const policyId = await newPolicy("home");
    const before = await snapshot(policyId);
    const tooMuch = await submitClaim(db, holder, policyId, exampleClaimInput("home", { amountPounds: 300_001 }), []).catch((e) => e);
    expect(tooMuch.fieldErrors).toEqual({ amount: "You have £300,000 of cover left on this policy" });
    const early = await submitClaim(db, holder, policyId, exampleClaimInput("home", { incidentDate: addDaysIso(todayIso(), -1) }), []).catch((e) => e);
    expect(early.fieldErrors.incidentDate).toMatch(/^The incident must be within the policy period/);
    const wrongKind = await submitClaim(db, holder, policyId, exampleClaimInput("car"), []).catch((e) => e);
    expect(wrongKind).toBeInstanceOf(AppError);
    expect(await snapshot(policyId)).toEqual(before);
  });

  it("refuses another user's policy as not found, and a policy not in force with the reason", async () => {
    const policyId = await newPolicy("home");
    const before = await snapshot(policyId);
    const e = await submitClaim(db, other, policyId, exampleClaimInput("home"), []).catch((x) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe("NOT_FOUND");
    await db.policy.update({ where: { id: policyId }, data: { status: "CANCELLED" } });
    const cancelled = await submitClaim(db, holder, policyId, exampleClaimInput("home"), []).catch((x) => x);
    expect(cancelled.message).toBe("This policy was cancelled, so it cannot take new claims.");
    await db.policy.update({ where: { id: policyId }, data: { status: "ACTIVE", startDate: isoToDbDate(addDaysIso(todayIso(), 3)) } });
    const early = await submitClaim(db, holder, policyId, exampleClaimInput("home"), []).catch((x) => x);
    expect(early.message).toMatch(/once this policy is in force/);
    expect(await snapshot(policyId)).toEqual(before);
  });

  it("saves nothing when scoring throws, nor when the SMS cannot be rendered (files written for it are removed)", async () => {
    const policyId = await newPolicy("car");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claims-att-"));
    const before = await snapshot(policyId);
    const scoringDown = await submitClaim(db, holder, policyId, exampleClaimInput("car"), [{ name: "photo.jpg", bytes: await jpeg() }], {
      store: { dir },
      score: () => {
        throw new Error("model file unreadable");
      },
    }).catch((e) => e);
    expect(scoringDown.message).toBe("model file unreadable");
    const render = vi.spyOn(TEMPLATES.claim_submitted, "render").mockImplementation(() => {
      throw new Error("template broken");
    });
    try {
      const smsDown = await submitClaim(db, holder, policyId, exampleClaimInput("car"), [{ name: "estimate.pdf", bytes: await pdf() }], { store: { dir } }).catch((e) => e);
      expect(smsDown.message).toBe("template broken");
    } finally {
      render.mockRestore();
    }
    expect(await snapshot(policyId)).toEqual(before);
    const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("attachments", () => {
  it("stores a re-encoded JPEG (metadata dropped) and a re-saved PDF, readable by the holder and admins only", async () => {
    const policyId = await newPolicy("home");
    const original = await jpeg();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const c = await submitClaim(db, holder, policyId, exampleClaimInput("home"), [
      { name: "C:\\fakepath\\kitchen.jpeg", bytes: original },
      { name: "estimate.pdf", bytes: await pdf() },
    ]);
    const rows = await db.claimAttachment.findMany({ where: { claimId: c.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.fileName, r.contentType])).toEqual([
      ["kitchen.jpg", "image/jpeg"],
      ["estimate.pdf", "application/pdf"],
    ]);
    const img = await readAttachment(db, { id: holder, role: "USER" }, c.id, rows[0].id, {});
    expect((await sharp(img!.bytes).metadata()).exif).toBeUndefined();
    const doc = await readAttachment(db, { id: admin, role: "ADMIN" }, c.id, rows[1].id, {});
    expect(doc!.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await readAttachment(db, { id: other, role: "USER" }, c.id, rows[0].id, {})).toBeNull();
    expect(await readAttachment(db, { id: holder, role: "USER" }, "someone-elses", rows[0].id, {})).toBeNull();
  });

  it("refuses a text file named .jpg, a fake PDF and a sixth file, saving nothing", async () => {
    const policyId = await newPolicy("home");
    const before = await snapshot(policyId);
    const renamed = await submitClaim(db, holder, policyId, exampleClaimInput("home"), [{ name: "receipt.jpg", bytes: Buffer.from("just some text\n") }]).catch((e) => e);
    expect(renamed.fieldErrors.attachments).toBe("receipt.jpg is not a photo or PDF we can read. Attach JPEG, PNG, WebP or PDF files.");
    const fakePdf = await submitClaim(db, holder, policyId, exampleClaimInput("home"), [{ name: "x.pdf", bytes: Buffer.from("%PDF-1.7 not really") }]).catch((e) => e);
    expect(fakePdf.fieldErrors.attachments).toMatch(/is not a PDF we can open/);
    const six = await Promise.all(Array.from({ length: 6 }, async (_, i) => ({ name: `p${i}.jpg`, bytes: await jpeg() })));
    const tooMany = await submitClaim(db, holder, policyId, exampleClaimInput("home"), six).catch((e) => e);
    expect(tooMany.fieldErrors.attachments).toBe("Attach at most 5 files.");
    expect(await snapshot(policyId)).toEqual(before);
  });

  it("keeps files under ATTACHMENTS_DIR when one is configured", async () => {
    const policyId = await newPolicy("home");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claims-att-"));
    const c = await submitClaim(db, holder, policyId, exampleClaimInput("home"), [{ name: "estimate.pdf", bytes: await pdf() }], { store: { dir } });
    const row = await db.claimAttachment.findFirstOrThrow({ where: { claimId: c.id } });
    expect(row.data).toBeNull();
    expect(fs.existsSync(path.join(dir, row.storagePath!))).toBe(true);
    const read = await readAttachment(db, { id: holder, role: "USER" }, c.id, row.id, { dir });
    expect(read!.bytes.byteLength).toBe(row.sizeBytes);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("transitionClaim (real database)", () => {
  const reviewClaim = async (amountPounds = 300) => {
    const policyId = await newPolicy("home");
    const c = await submitClaim(db, holder, policyId, exampleClaimInput("home", { amountPounds }), [], { autoApproveMaxCents: NEVER });
    return { policyId, claimId: c.id };
  };
  const adminActor = () => ({ id: admin, role: "ADMIN" as const });

  it("refuses illegal moves with a clear message and changes nothing", async () => {
    const { claimId } = await reviewClaim();
    const auditBefore = await db.auditEvent.count({ where: { targetId: claimId } });
    const paid = await transitionClaim(db, { claimId, to: "PAID", actor: adminActor() }).catch((e) => e);
    expect(paid).toBeInstanceOf(AppError);
    expect(paid.message).toBe("A claim that is under review cannot become paid: it can only be approved or not approved.");
    await transitionClaim(db, { claimId, to: "APPROVED", actor: adminActor(), note: "Receipts checked." });
    const back = await transitionClaim(db, { claimId, to: "REJECTED", actor: adminActor() }).catch((e) => e);
    expect(back.code).toBe("CONFLICT");
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("APPROVED");
    expect(await db.auditEvent.count({ where: { targetId: claimId } })).toBe(auditBefore + 1);
    const unknown = await transitionClaim(db, { claimId: "nope", to: "APPROVED", actor: adminActor() }).catch((e) => e);
    expect(unknown.code).toBe("NOT_FOUND");
  });

  it("approve then pay: records each move with actor and note, queues the decision and payment SMS", async () => {
    const { claimId } = await reviewClaim(300);
    await transitionClaim(db, { claimId, to: "APPROVED", actor: adminActor(), note: "Receipts checked.", internalNote: "low risk" });
    await transitionClaim(db, { claimId, to: "PAID", actor: adminActor() });
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim.status).toBe("PAID");
    expect(claim.decidedAt).not.toBeNull();
    expect(claim.paidAt).not.toBeNull();
    const trail = await listAuditTrail(db, "claim", claimId);
    expect(trail.slice(-2).map((e) => [e.action, e.actorId, e.actorName, e.fromStatus, e.toStatus, e.note])).toEqual([
      ["claim.approved", admin, "Alex Admin", "UNDER_REVIEW", "APPROVED", "Receipts checked."],
      ["claim.paid", admin, "Alex Admin", "APPROVED", "PAID", null],
    ]);
    const sms = await db.notification.findMany({ where: { idempotencyKey: { in: [`claim_decided:${claimId}`, `claim_paid:${claimId}`] } }, orderBy: { createdAt: "asc" } });
    expect(sms.map((s) => s.kind)).toEqual(["claim_decided", "claim_paid"]);
    expect(sms[0].body).toMatch(/is approved for £300/);
    // the holder's view shows the note addressed to them, never the internal one
    const dto = await findClaimForUser(db, holder, claimId);
    expect(dto!.timeline.map((e) => e.status)).toEqual(["SUBMITTED", "UNDER_REVIEW", "APPROVED", "PAID"]);
    expect(dto!.timeline[2].note).toBe("Receipts checked.");
    expect(JSON.stringify(dto)).not.toContain("low risk");
  });

  it("a rejected claim gives its reserved cover back to the policy", async () => {
    const { policyId, claimId } = await reviewClaim(700);
    const before = (await db.policy.findUniqueOrThrow({ where: { id: policyId } })).remainingCoverCents;
    await transitionClaim(db, { claimId, to: "REJECTED", actor: adminActor(), note: "The damage is not covered by the policy." });
    expect((await db.policy.findUniqueOrThrow({ where: { id: policyId } })).remainingCoverCents).toBe(before + 70_000);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).reservedCents).toBe(0);
    const sms = await db.notification.findUniqueOrThrow({ where: { idempotencyKey: `claim_decided:${claimId}` } });
    expect(sms.body).toMatch(/was not approved/);
  });

  it("concurrent approve and reject of one claim: exactly one wins", async () => {
    for (let i = 0; i < 5; i++) {
      const { policyId, claimId } = await reviewClaim(500);
      const remainingBefore = (await db.policy.findUniqueOrThrow({ where: { id: policyId } })).remainingCoverCents;
      const results = await Promise.allSettled([
        transitionClaim(db, { claimId, to: "APPROVED", actor: adminActor() }),
        transitionClaim(db, { claimId, to: "REJECTED", actor: { id: admin, role: "ADMIN" } }),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect((lost.reason as AppError).code).toBe("CONFLICT");
      const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
      const winner = (won[0] as PromiseFulfilledResult<{ to: string }>).value.to;
      expect(claim.status).toBe(winner);
      const remaining = (await db.policy.findUniqueOrThrow({ where: { id: policyId } })).remainingCoverCents;
      expect(remaining).toBe(winner === "REJECTED" ? remainingBefore + 50_000 : remainingBefore);
      expect(await db.auditEvent.count({ where: { targetId: claimId, action: { in: ["claim.approved", "claim.rejected"] } } })).toBe(1);
      expect(await db.notification.count({ where: { idempotencyKey: `claim_decided:${claimId}` } })).toBe(1);
    }
  });
});

describe("the holder's view", () => {
  it("lists only their own claims and never carries the fraud score, reasons or model details", async () => {
    const policyId = await newPolicy("car");
    const c = await submitClaim(db, holder, policyId, exampleClaimInput("car"), []);
    const row = await db.claim.findUniqueOrThrow({ where: { id: c.id } });
    const mine = await listClaimsForUser(db, holder);
    expect(mine.some((x) => x.id === c.id)).toBe(true);
    expect(await listClaimsForUser(db, other)).toEqual([]);
    expect(await findClaimForUser(db, other, c.id)).toBeNull();
    const dto = await findClaimForUser(db, holder, c.id);
    const json = JSON.stringify({ dto, mine });
    for (const secret of ["fraud", "probability", "anomaly", "modelVersion", "modelInputs", row.modelVersion, String(row.fraudProbability)]) expect(json).not.toContain(secret);
    expect(dto!.detailRows).toContainEqual({ label: "Incident", value: "Damaged while parked" });
  });
});
