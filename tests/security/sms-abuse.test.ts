// Finding 4: unlimited SMS (cost, harassment, pumping). Numbers are verified by a code before anything
// else is sent to them; premium-rate/shared-cost numbers are refused; SMS are capped per user and per
// number; admin alerts are coalesced. Real database, real outbox rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../integration/test-db";
import { createAccount } from "@/lib/auth/create-account";
import { updateProfile } from "@/lib/profile/update-profile";
import { createPolicy } from "@/lib/policies/create-policy";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { confirmPhoneVerification, sendPhoneVerificationCode, CODE_MAX_ATTEMPTS } from "@/lib/phone/verify-phone";
import { expireHeldNotifications } from "@/lib/notifications/expire-held-notifications";
import { enqueueNotification, enqueueWithStatus } from "@/lib/notifications/enqueue";
import { smsNumberProblem } from "@/lib/phone/sms-number";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

let seq = 0;
const account = (phone = "07911 123401") => {
  seq++;
  return createAccount(t.db, { name: `Sam Person ${seq}`, email: `sam${seq}@example.com`, phone, password: "a-long-password-1", confirmPassword: "a-long-password-1" });
};
/** The code in the latest verification SMS queued for a user (what the fake Twilio / dev log would show). */
const lastCode = async (userId: string) => {
  const row = await t.db.notification.findFirstOrThrow({ where: { userId, kind: "phone_verification" }, orderBy: { createdAt: "desc" } });
  return /(\d{6}) is your code/.exec(row.body)![1];
};

describe("numbers that must not receive texts", () => {
  it.each([
    ["+44 909 879 0000", /Premium-rate/],
    ["+44 871 234 5678", /Premium-rate/],
    ["+1 900 555 1234", /Premium-rate/],
    ["+44 300 123 4567", /Premium-rate|shared-cost/],
    ["+44 20 7183 8750", /landline/],
    ["87654", /valid/],
  ])("refuses %s at sign-up", async (phone, message) => {
    const err = await account(phone).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fieldErrors.phone).toMatch(message);
  });

  it("accepts mobiles, and refuses a premium number on a profile change too", async () => {
    expect(smsNumberProblem("+447911123456")).toBeNull();
    expect(smsNumberProblem("+12025550123")).toBeNull();
    const u = await account();
    const err = await updateProfile(t.db, u.id, { name: "Sam Person", phone: "+44 909 879 0000" }).catch((e) => e);
    expect(err.fieldErrors.phone).toMatch(/Premium-rate/);
  });
});

describe("phone verification", () => {
  it("holds a new account's messages until its number is verified, then sends them", async () => {
    const u = await account();
    const policy = await createPolicy(t.db, u.id, examplePolicyInput("car"));
    const held = await t.db.notification.findFirstOrThrow({ where: { userId: u.id, kind: "policy_created" } });
    expect(held.status).toBe("HELD");

    await sendPhoneVerificationCode(t.db, u.id);
    const code = await t.db.notification.findFirstOrThrow({ where: { userId: u.id, kind: "phone_verification" } });
    expect(code.status).toBe("QUEUED"); // the code itself may go to the unverified number
    const stored = await t.db.phoneVerification.findUniqueOrThrow({ where: { userId: u.id } });
    expect(stored.codeHash).not.toContain(await lastCode(u.id)); // hashed, never stored as typed
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);

    const typed = await lastCode(u.id);
    await t.db.notification.updateMany({ where: { userId: u.id, kind: "phone_verification" }, data: { status: "SENT", sentAt: new Date() } });
    const res = await confirmPhoneVerification(t.db, u.id, typed);
    expect(res.released).toBe(1);
    // no copy of the used code stays in the outbox
    const texts = await t.db.notification.findMany({ where: { userId: u.id }, select: { body: true, payload: true } });
    for (const row of texts) expect(`${row.body} ${row.payload}`).not.toContain(typed);
    expect(await t.db.notification.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({ status: "QUEUED", toPhone: "+447911123401" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: u.id } })).phoneVerifiedAt).not.toBeNull();
    expect(await t.db.phoneVerification.count({ where: { userId: u.id } })).toBe(0);
    expect(policy.number).toBeTruthy();
  });

  it("expires messages not verified within 24 hours, visibly (EXPIRED with a reason)", async () => {
    const u = await account();
    const old = new Date(Date.now() - 25 * 3_600_000);
    await t.db.$transaction((tx) => enqueueNotification(tx, { kind: "policy_expired", userId: u.id, payload: { policyNumber: "CAR-OLD", endDate: "2026-01-01" }, idempotencyKey: `old:${u.id}` }));
    await t.db.notification.updateMany({ where: { idempotencyKey: `old:${u.id}` }, data: { createdAt: old } });
    expect(await expireHeldNotifications(t.db)).toBeGreaterThanOrEqual(1);
    const row = await t.db.notification.findUniqueOrThrow({ where: { idempotencyKey: `old:${u.id}` } });
    expect(row.status).toBe("EXPIRED");
    expect(row.lastError).toMatch(/not verified within 24 hours/);
  });

  it("a wrong code counts; concurrent guesses cannot exceed the attempt limit; an expired code is refused", async () => {
    const u = await account();
    await sendPhoneVerificationCode(t.db, u.id);
    const right = await lastCode(u.id);
    const wrong = right === "000000" ? "111111" : "000000";
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => confirmPhoneVerification(t.db, u.id, wrong)));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect((await t.db.phoneVerification.findUniqueOrThrow({ where: { userId: u.id } })).attempts).toBe(CODE_MAX_ATTEMPTS);
    // the right code no longer works once the attempts are used up
    await expect(confirmPhoneVerification(t.db, u.id, right)).rejects.toThrow(/expired or was entered wrongly too many times/);

    const v = await account();
    await sendPhoneVerificationCode(t.db, v.id);
    const code = await lastCode(v.id);
    await expect(confirmPhoneVerification(t.db, v.id, code, new Date(Date.now() + 11 * 60_000))).rejects.toThrow(/expired/);
  });

  it("limits codes per number per hour, across accounts", async () => {
    const phone = "07911 123499";
    const limit = env().VERIFY_CODES_MAX_PER_HOUR;
    const users = await Promise.all(Array.from({ length: limit + 1 }, () => account(phone)));
    for (let i = 0; i < limit; i++) await sendPhoneVerificationCode(t.db, users[i].id);
    await expect(sendPhoneVerificationCode(t.db, users[limit].id)).rejects.toThrow(/Too many codes/);
  });

  it("a changed number must be verified again; messages wait for the new number", async () => {
    const u = await account("07911 123402");
    await sendPhoneVerificationCode(t.db, u.id);
    await confirmPhoneVerification(t.db, u.id, await lastCode(u.id));
    expect(await updateProfile(t.db, u.id, { name: "Sam Person", phone: "07911 123403" })).toEqual({ phoneChanged: true });
    await createPolicy(t.db, u.id, examplePolicyInput("bike"));
    const row = await t.db.notification.findFirstOrThrow({ where: { userId: u.id, kind: "policy_created" } });
    expect(row).toMatchObject({ status: "HELD", toPhone: "+447911123403" });
  });
});

describe("SMS caps", () => {
  it("caps texts per number per hour across accounts; over the cap is stored LIMITED, not sent", async () => {
    const phone = "07911 123477";
    const cap = env().SMS_MAX_PER_HOUR;
    const users = [await account(phone), await account(phone)];
    for (const u of users) await t.db.user.update({ where: { id: u.id }, data: { phoneVerifiedAt: new Date() } });
    // buying policies concurrently from two accounts pointing at one number
    await Promise.all(Array.from({ length: cap + 4 }, (_, i) => createPolicy(t.db, users[i % 2].id, examplePolicyInput("travel"))));
    const rows = await t.db.notification.findMany({ where: { toPhone: "+447911123477", kind: "policy_created" } });
    expect(rows).toHaveLength(cap + 4);
    expect(rows.filter((r) => r.status === "QUEUED")).toHaveLength(cap);
    expect(rows.filter((r) => r.status === "LIMITED")).toHaveLength(4);
  });

  it("caps one user's texts per hour whichever numbers they point them at, and per day across hours", async () => {
    const e = env();
    const u = await account("07911 123478");
    await t.db.user.update({ where: { id: u.id }, data: { phoneVerifiedAt: new Date() } });
    const send = (i: number, now: Date, toPhone?: string) =>
      t.db.$transaction((tx) =>
        enqueueWithStatus(tx, { kind: "policy_expired", userId: u.id, ...(toPhone ? { toPhone } : {}), payload: { policyNumber: `CAP-${i}`, endDate: "2026-11-20" }, idempotencyKey: `cap:${u.id}:${i}` }, { now }),
      );
    // hour 1: distinct numbers, so only the per-user counter can stop them
    const hour1 = new Date("2026-12-01T01:00:00.000Z");
    const statuses: string[] = [];
    for (let i = 0; i <= e.SMS_MAX_PER_HOUR; i++) statuses.push((await send(i, hour1, `+4479111235${String(i).padStart(2, "0")}`)).status);
    expect(statuses.filter((s) => s === "LIMITED")).toHaveLength(1);
    expect(statuses.at(-1)).toBe("LIMITED");
    // later hours of the same day, to the user's own number: under the hourly cap each hour, until the daily cap
    let i = 100;
    const daily: string[] = [];
    for (let hour = 2; daily.filter((s) => s === "LIMITED").length === 0 && hour < 24; hour++) {
      for (let k = 0; k < e.SMS_MAX_PER_HOUR; k++) daily.push((await send(i++, new Date(`2026-12-01T${String(hour).padStart(2, "0")}:10:00.000Z`))).status);
    }
    // the day allows SMS_MAX_PER_DAY in all (hour 1 used SMS_MAX_PER_HOUR + 1 counted hits)
    expect(daily.filter((s) => s === "QUEUED")).toHaveLength(e.SMS_MAX_PER_DAY - e.SMS_MAX_PER_HOUR - 1);
  });
});

describe("admin alerts are coalesced", () => {
  it("a burst of negative feedback gives each admin one waiting SMS naming how many items wait", async () => {
    const admin = await t.db.user.create({ data: { email: "alerts-admin@example.com", name: "Ada Admin", phone: "+447911123410", passwordHash: "x", role: "ADMIN", phoneVerifiedAt: new Date() } });
    const holder = await account();
    const angry = "This is terrible, nobody answered my claim for weeks and I am furious and want a refund.";
    await Promise.all(Array.from({ length: 6 }, () => submitFeedback(t.db, holder.id, { topic: "claim", message: angry })));
    const alerts = await t.db.notification.findMany({ where: { userId: admin.id, kind: "negative_feedback_alert" } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0].status).toBe("QUEUED");
    expect(alerts[0].body).toMatch(/6 negative items are waiting/);

    // once that one is sent, the next alert is not due for ADMIN_ALERT_INTERVAL_MINUTES
    const sentAt = new Date();
    await t.db.notification.update({ where: { id: alerts[0].id }, data: { status: "SENT", sentAt } });
    await submitFeedback(t.db, holder.id, { topic: "claim", message: angry });
    const next = await t.db.notification.findFirstOrThrow({ where: { userId: admin.id, kind: "negative_feedback_alert", status: "QUEUED" } });
    expect(next.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(sentAt.getTime() + env().ADMIN_ALERT_INTERVAL_MINUTES * 60_000 - 1000);
  });
});
