import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "date-fns";
import { parse } from "csv-parse/sync";
import { createTestDb, createTestUser, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPolicy } from "@/lib/policies/create-policy";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";
import { isoToDbDate } from "@/lib/policies/policy-dates";
import { claimsForExport, findClaimForAdmin, listClaimsQueue, QUEUE_PAGE_SIZE } from "@/lib/admin/claims-desk";
import { claimsCsvStream } from "@/lib/admin/claims-export";
import { parseClaimsFilter, type ClaimsFilter } from "@/lib/admin/claims-filter";
import { decideClaim } from "@/lib/admin/decide-claim";
import { getOverviewStats } from "@/lib/admin/overview-stats";
import { listAuditLog } from "@/lib/admin/audit-log";
import { disableUser, enableUser, listUsersPage } from "@/lib/admin/user-accounts";
import { createAuthSession, findActiveSessionUser } from "@/lib/auth/session-store";
import { cancelPolicy } from "@/lib/policies/cancel-policy";
import { feedbackQueuePage } from "@/lib/feedback/queries";
import { getPublicPolicyStatus } from "@/lib/verification/public-status";
import { signPolicyId } from "@/lib/verification/policy-signature";

/*
 * The admin desk's data layer on a real database (SQLite, and PostgreSQL in the second pass):
 * 500 claims inserted directly, then the queue's order and pages, the filters, the CSV export and
 * the chart aggregations checked against the same rows counted here in plain code.
 */

let t: TestDb;
let db: Db;
let holder: string;
let holder2: string;
let admin: string;
let admin2: string;
const NOW = new Date("2026-11-20T12:00:00.000Z");
const policies: { id: string; number: string; type: string }[] = [];

type Row = { id: string; number: string; status: string; fraudProbability: number; fraudDecision: string; submittedAt: Date; policyType: string; policyNumber: string };
const rows: Row[] = [];
const STATUSES = ["SUBMITTED", "UNDER_REVIEW", "APPROVED", "REJECTED", "PAID"] as const;

// a small deterministic generator, so a failure can be reproduced
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  const mk = (name: string, email: string, phone: string, role: "USER" | "ADMIN" = "USER") => createTestUser(db, name, email, phone, role);
  holder = await mk("Jordan Smith", "jordan@example.com", "+447911000111");
  holder2 = await mk("Priya Patel", "priya@example.com", "+447911000222");
  admin = await mk("Ada Admin", "ada@example.com", "+447400000001", "ADMIN");
  admin2 = await mk("Bo Admin", "bo@example.com", "+447400000002", "ADMIN");
  for (const [type, owner] of [["car", holder], ["home", holder], ["travel", holder2]] as const) {
    const p = await createPolicy(db, owner, examplePolicyInput(type));
    policies.push({ id: p.id, number: p.number, type });
  }
  const data = [];
  for (let i = 0; i < 500; i++) {
    const policy = policies[i % 3];
    // many ties on purpose (probabilities in steps of 0.05), so the id tiebreak matters
    const fraudProbability = Math.round(rand() * 20) / 20;
    const k = (i * 7919) % 500; // ids not in insertion order
    const row = {
      id: `claim-${String(k).padStart(4, "0")}`,
      number: `CLM-T${String(i).padStart(4, "0")}`,
      policyId: policy.id,
      userId: policy.type === "travel" ? holder2 : holder,
      status: STATUSES[Math.floor(rand() * 5)],
      incidentDate: isoToDbDate("2026-09-01"),
      incidentHour: 10,
      description: "Inserted for the queue test",
      witnesses: 0,
      amountCents: 10_000 + i,
      reservedCents: 10_000 + i,
      fraudProbability,
      anomalyScore: 0.1,
      fraudDecision: fraudProbability >= 0.5 ? ("investigate" as const) : ("approve" as const),
      fraudReasons: [{ feature: "f", text: `Reason ${i}`, direction: "raises", impact: 0.1 }],
      modelVersion: "test-v1",
      modelKind: "motor" as const,
      modelInputs: {},
      details: {},
      submittedAt: new Date(NOW.getTime() - Math.floor(rand() * 60 * 24) * 3600_000),
    };
    data.push(row);
    rows.push({ id: row.id, number: row.number, status: row.status, fraudProbability, fraudDecision: row.fraudDecision, submittedAt: row.submittedAt, policyType: policy.type, policyNumber: policy.number });
  }
  await db.claim.createMany({ data });
});
afterAll(() => t.cleanup());

/** The queue's order, computed here: Under review first, then probability descending, then id. */
function expected(filter: (r: Row) => boolean = () => true): string[] {
  const byOrder = (a: Row, b: Row) => b.fraudProbability - a.fraudProbability || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const match = rows.filter(filter);
  return [...match.filter((r) => r.status === "UNDER_REVIEW").sort(byOrder), ...match.filter((r) => r.status !== "UNDER_REVIEW").sort(byOrder)].map((r) => r.id);
}

async function allPages(filter: ClaimsFilter): Promise<string[][]> {
  const first = await listClaimsQueue(db, filter, 1);
  const pages = [first.rows.map((r) => r.id)];
  for (let p = 2; p <= first.pageCount; p++) pages.push((await listClaimsQueue(db, filter, p)).rows.map((r) => r.id));
  return pages;
}

describe("claims queue", () => {
  it("orders 500 claims Under review first, then by fraud probability (highest first), with a stable tiebreak, page by page", async () => {
    const first = await listClaimsQueue(db, {}, 1);
    expect(first.total).toBe(500);
    expect(first.pageCount).toBe(Math.ceil(500 / QUEUE_PAGE_SIZE));
    expect(first.rows).toHaveLength(QUEUE_PAGE_SIZE);
    expect(first.rows[0].status).toBe("UNDER_REVIEW");
    const pages = await allPages({});
    // page 2 continues page 1 without overlap, and all pages together are exactly the expected order
    expect(pages[1][0]).toBe(expected()[QUEUE_PAGE_SIZE]);
    expect(new Set([...pages[0], ...pages[1]]).size).toBe(2 * QUEUE_PAGE_SIZE);
    expect(pages.flat()).toEqual(expected());
    // the same page read twice is the same (ties do not reshuffle)
    expect((await listClaimsQueue(db, {}, 7)).rows.map((r) => r.id)).toEqual(pages[6]);
  });

  it("gives each row the probability, the top reason in words, the amount and the policy", async () => {
    const top = (await listClaimsQueue(db, {}, 1)).rows[0];
    const src = rows.find((r) => r.id === top.id)!;
    expect(top).toMatchObject({ fraudProbability: src.fraudProbability, policyNumber: src.policyNumber, statusLabel: "Under review" });
    expect(top.topReason).toMatch(/^Reason \d+$/);
  });

  it("clamps a page past the end to the last page", async () => {
    const last = await listClaimsQueue(db, {}, 999);
    expect(last.page).toBe(last.pageCount);
    expect(last.rows.map((r) => r.id)).toEqual(expected().slice((last.pageCount - 1) * QUEUE_PAGE_SIZE));
  });

  it("filters by status, policy type, model decision, date range and number, in the database", async () => {
    const cases: [ClaimsFilter, (r: Row) => boolean][] = [
      [{ status: "APPROVED" }, (r) => r.status === "APPROVED"],
      [{ type: "home" }, (r) => r.policyType === "home"],
      [{ decision: "investigate" }, (r) => r.fraudDecision === "investigate"],
      [{ type: "car", decision: "approve", status: "UNDER_REVIEW" }, (r) => r.policyType === "car" && r.fraudDecision === "approve" && r.status === "UNDER_REVIEW"],
      [
        { from: "2026-10-25", to: "2026-11-05" },
        (r) => r.submittedAt >= isoToDbDate("2026-10-25") && r.submittedAt < addDays(isoToDbDate("2026-11-05"), 1),
      ],
      [parseClaimsFilter({ q: "clm-t012" }), (r) => r.number.startsWith("CLM-T012")],
      [parseClaimsFilter({ q: policies[2].number.toLowerCase() }), (r) => r.policyNumber === policies[2].number],
    ];
    for (const [filter, match] of cases) {
      const want = expected(match);
      expect(want.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect((await allPages(filter)).flat(), JSON.stringify(filter)).toEqual(want);
    }
  });

  it("drops filters that are not real values instead of failing", () => {
    expect(parseClaimsFilter({ status: "DROP TABLE", type: "boat", from: "2026-02-30", to: "yesterday", decision: "maybe", q: "  " })).toEqual({});
  });
});

describe("CSV export", () => {
  it("has exactly the filtered claims, in the queue's order, with probability and model decision", async () => {
    const filter: ClaimsFilter = { type: "car", status: "UNDER_REVIEW" };
    let csv = "";
    for await (const chunk of claimsCsvStream(db, filter)) csv += chunk;
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    const want = expected((r) => r.policyType === "car" && r.status === "UNDER_REVIEW");
    expect(records.map((r) => r.Claim)).toEqual(want.map((id) => rows.find((r) => r.id === id)!.number));
    const first = rows.find((r) => r.id === want[0])!;
    expect(Number(records[0]["Fraud probability"])).toBeCloseTo(first.fraudProbability, 4);
    expect(records[0]["Model decision"]).toBe(first.fraudDecision);
    expect(records[0].Status).toBe("Under review");
  });

  it("reads in batches (keyset paging) without losing or repeating a row", async () => {
    const got: string[] = [];
    for await (const r of claimsForExport(db, {}, 7)) got.push(r.claimNumber);
    expect(got).toEqual(expected().map((id) => rows.find((r) => r.id === id)!.number));
  });

  it("neutralises a name a spreadsheet would run as a formula", async () => {
    const evil = await db.user.create({ data: { name: "=HYPERLINK(\"http://x\")", email: "evil@example.com", phone: "+447911000999", passwordHash: "x" } });
    const p = await db.policy.findUniqueOrThrow({ where: { id: policies[1].id } });
    await db.claim.create({
      data: { ...(await db.claim.findUniqueOrThrow({ where: { id: rows[1].id }, omit: { id: true, number: true, userId: true, createdAt: true, updatedAt: true, details: true, fraudReasons: true, modelInputs: true } })), details: {}, fraudReasons: [], modelInputs: {}, id: "claim-evil", number: "CLM-EVIL", userId: evil.id, policyId: p.id },
    });
    let csv = "";
    for await (const chunk of claimsCsvStream(db, { q: "CLM-EVIL" })) csv += chunk;
    const [rec] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rec.Holder).toBe("'=HYPERLINK(\"http://x\")");
    await db.claim.delete({ where: { id: "claim-evil" } });
  });
});

describe("overview aggregations", () => {
  it("counts claims per week by status, model decisions and probability bands like the rows say", async () => {
    const stats = await getOverviewStats(db, NOW);
    const weekTotal = stats.claimsPerWeek.reduce((a, w) => a + w.total, 0);
    const firstWeek = stats.claimsPerWeek[0].weekStart;
    expect(weekTotal).toBe(rows.filter((r) => r.submittedAt >= firstWeek).length);
    const last = stats.claimsPerWeek[stats.claimsPerWeek.length - 1];
    expect(last.weekStart.getUTCDay()).toBe(1); // Monday
    expect(last.byStatus.UNDER_REVIEW).toBe(rows.filter((r) => r.submittedAt >= last.weekStart && r.status === "UNDER_REVIEW").length);
    expect(stats.investigation.investigate).toBe(rows.filter((r) => r.fraudDecision === "investigate").length);
    expect(stats.investigation.share).toBeCloseTo(stats.investigation.investigate / 500, 6);
    expect(stats.probabilityBuckets.reduce((a, b) => a + b.count, 0)).toBe(500);
    expect(stats.probabilityBuckets[9].count).toBe(rows.filter((r) => r.fraudProbability >= 0.9).length);
    expect(stats.probabilityBuckets[0].count).toBe(rows.filter((r) => r.fraudProbability < 0.1).length);
    // in force today: the car and home policies start today (examplePolicyInput)
    const inForce = (await getOverviewStats(db)).activeByType;
    expect(inForce.find((x) => x.type === "car")?.count).toBe(1);
    expect(inForce.find((x) => x.type === "home")?.count).toBe(1);
  });

  it("counts SMS outcomes and recent feedback by sentiment", async () => {
    const sms = await db.notification.findMany({ select: { id: true }, take: 3 });
    expect(sms.length).toBe(3); // the three "policy created" messages
    await db.notification.update({ where: { id: sms[0].id }, data: { status: "SENT", createdAt: NOW } });
    await db.notification.update({ where: { id: sms[1].id }, data: { status: "FAILED", createdAt: NOW } });
    await db.notification.update({ where: { id: sms[2].id }, data: { status: "SENT", createdAt: NOW } });
    await db.feedback.createMany({
      data: [
        { userId: holder, topic: "claim", message: "slow", sentiment: "negative", sentimentScore: -0.5, signals: [], createdAt: NOW },
        { userId: holder, topic: "claim", message: "great", sentiment: "positive", sentimentScore: 0.5, signals: [], createdAt: NOW },
        { userId: holder, topic: "claim", message: "old", sentiment: "negative", sentimentScore: -0.5, signals: [], createdAt: addDays(NOW, -90) },
      ],
    });
    const stats = await getOverviewStats(db, NOW);
    expect(stats.sms).toMatchObject({ sent: 2, failed: 1 });
    expect(stats.sms.deliveryRate).toBeCloseTo(2 / 3, 6);
    expect(stats.sentiment).toEqual({ positive: 1, neutral: 0, negative: 1 });
  });
});

describe("feedback queue", () => {
  it("keeps an old unanswered complaint on page 1 however much newer feedback there is", async () => {
    const old = await db.feedback.create({ data: { userId: holder2, topic: "claim", message: "Nobody called me back", sentiment: "negative", sentimentScore: -0.6, signals: [], createdAt: addDays(NOW, -400) } });
    await db.feedback.createMany({
      data: Array.from({ length: 230 }, (_, i) => ({ userId: holder, topic: "website", message: `Fine ${i}`, sentiment: "positive", sentimentScore: 0.4, signals: [], status: "RESOLVED", createdAt: addDays(NOW, -i / 10) })),
    });
    const page1 = await feedbackQueuePage(db, {}, 1);
    const openNegative = await db.feedback.count({ where: { status: "OPEN", sentiment: "negative" } });
    expect(page1.rows.slice(0, openNegative).every((r) => r.status === "OPEN" && r.sentiment === "negative")).toBe(true);
    expect(page1.rows.map((r) => r.id)).toContain(old.id);
    // every page together holds every item once
    const seen: string[] = [];
    for (let p = 1; p <= page1.pageCount; p++) seen.push(...(await feedbackQueuePage(db, {}, p)).rows.map((r) => r.id));
    expect(seen.length).toBe(await db.feedback.count());
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe("decisions", () => {
  async function reviewClaim(number: string, amountCents = 150_000) {
    const policy = policies[0];
    await db.policy.update({ where: { id: policy.id }, data: { remainingCoverCents: { decrement: amountCents } } });
    return db.claim.create({
      data: {
        number, policyId: policy.id, userId: holder, status: "UNDER_REVIEW", incidentDate: isoToDbDate("2026-11-01"), incidentHour: 9, description: "Hit while parked",
        witnesses: 1, amountCents, reservedCents: amountCents, fraudProbability: 0.7, anomalyScore: 0.2, fraudDecision: "investigate", modelVersion: "test-v1", modelKind: "motor", modelInputs: {}, details: {}, fraudReasons: [],
      },
    });
  }

  it("refuses approve or reject without a note, beside the Note field, changing nothing", async () => {
    const c = await reviewClaim("CLM-NOTE");
    const err = await decideClaim(db, admin, { claimId: c.id, to: "REJECTED", expectedStatus: "UNDER_REVIEW", note: "  " }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fieldErrors.note).toMatch(/Write a note/);
    expect((await db.claim.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("UNDER_REVIEW");
  });

  it("rejects with a note: cover released, SMS queued, audited with the admin; the detail shows it all", async () => {
    const c = await reviewClaim("CLM-REJ", 200_000);
    const before = await db.policy.findUniqueOrThrow({ where: { id: policies[0].id } });
    await decideClaim(db, admin, { claimId: c.id, to: "REJECTED", expectedStatus: "UNDER_REVIEW", note: "The damage predates the policy." });
    const after = await db.policy.findUniqueOrThrow({ where: { id: policies[0].id } });
    expect(after.remainingCoverCents - before.remainingCoverCents).toBe(200_000);
    const sms = await db.notification.findFirstOrThrow({ where: { idempotencyKey: `claim_decided:${c.id}` } });
    expect(sms.body).toMatch(/CLM-REJ .* was not approved/);
    const detail = (await findClaimForAdmin(db, c.id))!;
    expect(detail.status).toBe("REJECTED");
    expect(detail.nextStatuses).toEqual([]);
    expect(detail.trail.at(-1)).toMatchObject({ action: "claim.rejected", actorId: admin, note: "The damage predates the policy." });
    expect(detail.otherClaims.length).toBeGreaterThan(0);
    const log = await listAuditLog(db, { actor: admin, action: "claim." });
    expect(log.rows[0]).toMatchObject({ action: "claim.rejected", targetLabel: "Claim CLM-REJ", targetHref: `/admin/claims/${c.id}`, actorLabel: "Ada Admin" });
  });

  it("two admins deciding at once: exactly one decision applies, the other is told clearly", async () => {
    const c = await reviewClaim("CLM-RACE");
    const results = await Promise.allSettled([
      decideClaim(db, admin, { claimId: c.id, to: "APPROVED", expectedStatus: "UNDER_REVIEW", note: "Looks genuine." }),
      decideClaim(db, admin2, { claimId: c.id, to: "REJECTED", expectedStatus: "UNDER_REVIEW", note: "Looks wrong." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CONFLICT" });
    expect(lost.reason.message).toMatch(/Another claims handler changed this claim/);
    expect(await db.auditEvent.count({ where: { targetId: c.id, action: { in: ["claim.approved", "claim.rejected"] } } })).toBe(1);
    expect(await db.notification.count({ where: { idempotencyKey: `claim_decided:${c.id}` } })).toBe(1);
  });

  it("approve then mark as paid; paying twice or from a stale page is refused", async () => {
    const c = await reviewClaim("CLM-PAY");
    await decideClaim(db, admin, { claimId: c.id, to: "APPROVED", expectedStatus: "UNDER_REVIEW", note: "Approved in full." });
    expect((await findClaimForAdmin(db, c.id))!.nextStatuses).toEqual(["PAID"]);
    await decideClaim(db, admin, { claimId: c.id, to: "PAID", expectedStatus: "APPROVED" });
    const row = await db.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.status).toBe("PAID");
    expect(row.paidAt).not.toBeNull();
    await expect(decideClaim(db, admin, { claimId: c.id, to: "PAID", expectedStatus: "APPROVED" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(decideClaim(db, admin, { claimId: c.id, to: "REJECTED", expectedStatus: "PAID", note: "Too late now" })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("oversight", () => {
  it("disables an account with a reason (never one's own), audited; re-enables it", async () => {
    const self = await disableUser(db, admin, { userId: admin, reason: "testing myself" }).catch((e) => e);
    expect(self.fieldErrors.reason).toMatch(/cannot disable your own account/);
    const noReason = await disableUser(db, admin, { userId: holder2, reason: "" }).catch((e) => e);
    expect(noReason.fieldErrors.reason).toMatch(/Say why/);
    const session = await createAuthSession(db, holder2);
    expect(await findActiveSessionUser(db, session.id)).toBe(holder2);
    await disableUser(db, admin, { userId: holder2, reason: "Card fraud reported by the bank" });
    expect(await findActiveSessionUser(db, session.id)).toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { id: holder2 }, select: { disabledReason: true } })).toEqual({ disabledReason: "Card fraud reported by the bank" });
    await expect(disableUser(db, admin, { userId: holder2, reason: "Again please" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listUsersPage(db, { state: "disabled" })).rows.map((u) => u.id)).toEqual([holder2]);
    expect((await listUsersPage(db, { q: "PRIYA" })).rows.map((u) => u.id)).toEqual([holder2]);
    await enableUser(db, admin, { userId: holder2 });
    expect((await listUsersPage(db, { state: "disabled" })).total).toBe(0);
    // re-enabling does not bring the sessions of before the disable back to life
    expect(await findActiveSessionUser(db, session.id)).toBeNull();
    const log = await listAuditLog(db, { action: "user." });
    expect(log.rows.map((r) => r.action)).toEqual(["user.enabled", "user.disabled"]);
    expect(log.rows[1]).toMatchObject({ note: "Card fraud reported by the bank", targetLabel: "Priya Patel", targetHref: `/admin/users/${holder2}` });
  });

  it("cancels a policy with a reason: CANCELLED, SMS to the holder, audited, and /verify says cancelled at once", async () => {
    const p = policies[1];
    const reason = await cancelPolicy(db, admin, { policyId: p.id, reason: "" }).catch((e) => e);
    expect(reason.fieldErrors.reason).toMatch(/Say why/);
    await cancelPolicy(db, admin, { policyId: p.id, reason: "Premium payment reversed" });
    expect((await db.policy.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("CANCELLED");
    const sms = await db.notification.findFirstOrThrow({ where: { idempotencyKey: `policy_cancelled:${p.id}` } });
    expect(sms.userId).toBe(holder);
    expect(sms.body).toContain(`policy ${p.number} has been cancelled`);
    expect(await getPublicPolicyStatus(db, p.id, signPolicyId(p.id))).toMatchObject({ valid: true, status: "CANCELLED" });
    await expect(cancelPolicy(db, admin, { policyId: p.id, reason: "Once more" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.auditEvent.count({ where: { targetId: p.id, action: "policy.cancelled", actorId: admin } })).toBe(1);
  });
});
