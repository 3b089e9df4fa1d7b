import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "./test-db";
import { createAccount } from "@/lib/auth/create-account";
import { replyToFeedback, submitFeedback } from "@/lib/feedback/submit-feedback";
import { AppError } from "@/lib/errors";
import { isoToDbDate, lastDayOfTerm, todayIso } from "@/lib/policies/policy-dates";
import type { Db } from "@/lib/db";

let t: TestDb;
let db: Db;
let holderId: string;
let otherId: string;
let adminIds: string[];

const account = (email: string, phone: string) => ({ name: "Sam Jones", email, phone, password: "0123456789ab", confirmPassword: "0123456789ab" });

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  holderId = (await createAccount(db, account("sam@example.com", "+447911123456"))).id;
  otherId = (await createAccount(db, account("other@example.com", "+447911123457"))).id;
  adminIds = [
    (await createAccount(db, account("admin1@example.com", "+447400123456"), "ADMIN")).id,
    (await createAccount(db, account("admin2@example.com", "+447400123457"), "ADMIN")).id,
  ];
  // only verified numbers receive anything but a verification code
  await db.user.updateMany({ data: { phoneVerifiedAt: new Date() } });
});
afterAll(() => t.cleanup());

describe("submitFeedback (real SQLite)", () => {
  it("labels a complaint negative and queues one SMS alert per admin, to the admin's phone", async () => {
    const fb = await submitFeedback(db, holderId, { topic: "claim", message: "I filed my claim three weeks ago and nobody has called me back." });
    expect(fb.sentiment).toBe("negative");
    expect(fb.adminsAlerted).toBe(2);
    const row = await db.feedback.findUniqueOrThrow({ where: { id: fb.id } });
    expect(row.sentimentScore).toBeLessThan(0);
    expect((row.signals as string[]).length).toBeGreaterThan(0);
    const alerts = await db.notification.findMany({ where: { kind: "negative_feedback_alert" }, orderBy: { toPhone: "asc" } });
    expect(alerts.map((a) => a.userId).sort()).toEqual([...adminIds].sort());
    expect(alerts.map((a) => a.toPhone)).toEqual(["+447400123456", "+447400123457"]);
    expect(alerts[0].body).toMatch(/negative customer feedback FB-[A-Z0-9]{6} \(A claim\)/);
    // the alert does not carry the customer's words or contact details
    expect(alerts[0].body).not.toMatch(/nobody|sam@example.com|\+447911123456/);
  });

  it("labels praise positive and a plain statement neutral, alerting nobody", async () => {
    const before = await db.notification.count();
    const praise = await submitFeedback(db, holderId, { topic: "claim", message: "The payout arrived within two days, thank you so much for the quick help!" });
    const plain = await submitFeedback(db, holderId, { topic: "website", message: "I renewed my home policy online today." });
    expect(praise.sentiment).toBe("positive");
    expect(plain.sentiment).toBe("neutral");
    expect(await db.notification.count()).toBe(before);
  });

  it("refuses a message that is too short or too long, and someone else's policy, saving nothing", async () => {
    const before = await db.feedback.count();
    const short = await submitFeedback(db, holderId, { topic: "other", message: "bad" }).catch((e) => e);
    expect(short).toBeInstanceOf(AppError);
    expect(short.fieldErrors.message).toMatch(/at least 10 characters/);
    const long = await submitFeedback(db, holderId, { topic: "other", message: "x".repeat(2001) }).catch((e) => e);
    expect(long.fieldErrors.message).toMatch(/under 2000/);
    const badTopic = await submitFeedback(db, holderId, { topic: "pizza", message: "a perfectly fine message" }).catch((e) => e);
    expect(badTopic.fieldErrors.topic).toBeDefined();
    const policy = await db.policy.create({
      data: { number: "HOME-TEST-0001", userId: otherId, type: "home", startDate: isoToDbDate(todayIso()), endDate: isoToDbDate(lastDayOfTerm(todayIso(), 12)), termMonths: 12, sumInsuredCents: 1, remainingCoverCents: 1, premiumCents: 1, details: {} },
    });
    const foreign = await submitFeedback(db, holderId, { topic: "policy", policyId: policy.id, message: "About this policy of mine here" }).catch((e) => e);
    expect(foreign.fieldErrors.policyId).toMatch(/your own policies/);
    expect(await db.feedback.count()).toBe(before);
    // the owner can relate it
    const own = await submitFeedback(db, otherId, { topic: "policy", policyId: policy.id, message: "About this policy of mine here" });
    expect((await db.feedback.findUniqueOrThrow({ where: { id: own.id } })).policyId).toBe(policy.id);
  });

  it("an admin reply is stored and the status moves to answered or resolved", async () => {
    const fb = await submitFeedback(db, holderId, { topic: "claim", message: "Still waiting for my refund, this is terrible service." });
    await replyToFeedback(db, adminIds[0], { feedbackId: fb.id, reply: "Sorry — your refund was sent today.", resolve: false });
    let row = await db.feedback.findUniqueOrThrow({ where: { id: fb.id } });
    expect([row.status, row.reply, row.repliedById]).toEqual(["ANSWERED", "Sorry — your refund was sent today.", adminIds[0]]);
    await replyToFeedback(db, adminIds[0], { feedbackId: fb.id, reply: "Closed after refund.", resolve: true });
    row = await db.feedback.findUniqueOrThrow({ where: { id: fb.id } });
    expect(row.status).toBe("RESOLVED");
    await expect(replyToFeedback(db, adminIds[0], { feedbackId: "missing", reply: "x", resolve: false })).rejects.toThrow(/no longer exists/);
  });
});
