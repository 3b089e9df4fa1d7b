import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createTestDb, type TestDb } from "./test-db";
import { createPrismaClient, type Db } from "@/lib/db";
import { enqueueNotification, notifyAdmins } from "@/lib/notifications/enqueue";
import { createTwilioSmsSender } from "@/lib/notifications/twilio-sms-sender";
import { createDevSmsSender } from "@/lib/notifications/dev-sms-sender";
import { createSmsSender } from "@/lib/notifications/create-sms-sender";
import { claimDueNotifications, deliverDueNotifications, retryDelayMs } from "@/lib/notifications/deliver-notifications";
import { retryFailedNotification } from "@/lib/notifications/retry-failed-notification";
import { recordProviderStatus } from "@/lib/notifications/record-provider-status";
import type { SmsSender } from "@/lib/notifications/sms-sender";
import type { Env } from "@/lib/env";
import { startFakeTwilio, type FakeTwilio } from "../fixtures/fake-twilio.mjs";

const SID = "AC" + "1234abcd".repeat(4);
const TOKEN = "test-auth-token";
const FROM = "+447911000999";
const MINUTE = 60_000;

let t: TestDb;
let db: Db;
let fake: FakeTwilio;
let twilio: SmsSender;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  fake = await startFakeTwilio();
  twilio = createTwilioSmsSender({ accountSid: SID, authToken: TOKEN, from: FROM, apiBaseUrl: fake.url });
});
afterAll(async () => {
  await fake.close();
  await t.cleanup();
});
beforeEach(async () => {
  // each test starts with an empty outbox and fake mailbox, so counts below are this test's own
  await db.notification.deleteMany();
  fake.requests.length = 0;
  fake.lookups.length = 0;
  fake.messages.length = 0;
  fake.setDelay(0);
});

let phoneSeq = 100000;
async function makeUser(role: "USER" | "ADMIN" = "USER", phone = `+447700${phoneSeq++}`) {
  return db.user.create({ data: { email: `${randomUUID()}@example.com`, name: "Sam Taylor", phone, passwordHash: "x", role, phoneVerifiedAt: new Date() }, select: { id: true, phone: true } });
}

/** Records a policy_created notification for a user in its own committed transaction. */
async function enqueueFor(userId: string, policyNumber = `SG-${randomUUID().slice(0, 6)}`, extra: { toPhone?: string } = {}) {
  return db.$transaction((tx) =>
    enqueueNotification(tx, {
      kind: "policy_created",
      userId,
      ...extra,
      payload: { policyNumber, typeLabel: "car", startDate: "2026-11-22", endDate: "2027-11-21" },
      idempotencyKey: `policy_created:${randomUUID()}`,
    }),
  );
}

const row = (id: string) => db.notification.findUniqueOrThrow({ where: { id } });
const drain = (sender: SmsSender, now: Date, workerId = "w1") => deliverDueNotifications(db, sender, { workerId, now });

describe("outbox: written in the caller's transaction", () => {
  it("a rolled-back transaction leaves no notification row (and a committed one does)", async () => {
    const err = await db
      .$transaction(async (tx) => {
        const u = await tx.user.create({ data: { email: `${randomUUID()}@example.com`, name: "Rolled Back", phone: "+447700900001", passwordHash: "x", phoneVerifiedAt: new Date() } });
        await enqueueNotification(tx, { kind: "policy_expired", userId: u.id, payload: { policyNumber: "SG-RB1", endDate: "2026-11-01" }, idempotencyKey: "policy_expired:rb1" });
        throw new Error("the change it announces failed");
      })
      .catch((e) => e);
    expect(err.message).toBe("the change it announces failed");
    expect(await db.notification.count()).toBe(0);
    expect(await db.user.count({ where: { name: "Rolled Back" } })).toBe(0);

    const u = await makeUser();
    const { id } = await enqueueFor(u.id, "SG-OK1");
    const r = await row(id);
    expect(r).toMatchObject({ status: "QUEUED", attempts: 0, toPhone: u.phone, userId: u.id, kind: "policy_created" });
    expect(r.body).toContain("SG-OK1");
    expect(r.payload).toMatchObject({ policyNumber: "SG-OK1" });
  });

  it("records an event once per idempotency key, and refuses a payload that does not fit its kind", async () => {
    const u = await makeUser();
    const input = { kind: "claim_submitted" as const, userId: u.id, payload: { policyNumber: "SG-1", claimRef: "CL-1", amountCents: 12_500 }, idempotencyKey: "claim_submitted:CL-1" };
    const a = await db.$transaction((tx) => enqueueNotification(tx, input));
    const b = await db.$transaction((tx) => enqueueNotification(tx, input));
    expect(b.id).toBe(a.id);
    expect(await db.notification.count()).toBe(1);
    expect((await row(a.id)).body).toBe("Safeguard: we received claim CL-1 for £125 on policy SG-1. We will text you when it is decided.");

    const bad = await db
      .$transaction((tx) => enqueueNotification(tx, { ...input, idempotencyKey: "bad", payload: { policyNumber: "SG-1", claimRef: "CL-2", amountCents: -5 } }))
      .catch((e) => e);
    expect(bad).toBeInstanceOf(Error);
    expect(await db.notification.count()).toBe(1);
  });

  it("alerts every admin once per event, each on their own phone", async () => {
    const before = await db.user.count({ where: { role: "ADMIN" } });
    await makeUser("ADMIN");
    await makeUser("ADMIN");
    const send = () => db.$transaction((tx) => notifyAdmins(tx, "negative_feedback_alert", { feedbackRef: "FB-9", topic: "claim" }, "negative_feedback:FB-9"));
    expect(await send()).toBe(before + 2);
    await send();
    const rows = await db.notification.findMany({ where: { kind: "negative_feedback_alert" } });
    expect(rows).toHaveLength(before + 2);
    expect(new Set(rows.map((r) => r.toPhone)).size).toBe(before + 2);
  });
});

describe("delivery through the real twilio client (local fake Twilio API)", () => {
  it("sends To/From/Body with Basic auth and records the provider's message id", async () => {
    const u = await makeUser();
    const { id } = await enqueueFor(u.id, "SG-TW1");
    const r = await drain(twilio, new Date());
    expect(r).toMatchObject({ claimed: 1, SENT: 1 });

    expect(fake.requests).toHaveLength(1);
    const req = fake.requests[0];
    expect(req.method).toBe("POST");
    expect(req.url).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(req.auth).toBe("Basic " + Buffer.from(`${SID}:${TOKEN}`).toString("base64"));
    expect(req.form).toMatchObject({ To: u.phone, From: FROM });
    expect(req.form.Body).toBe((await row(id)).body);
    expect(req.form.StatusCallback).toBeUndefined();

    const sent = await row(id);
    expect(sent).toMatchObject({ status: "SENT", provider: "twilio", providerId: req.sid, providerStatus: "queued", attempts: 1, leaseOwner: null, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    // a first attempt needs no look-up: nothing can have been sent before it
    expect(fake.lookups).toHaveLength(0);
  });

  it("retries a 500 from Twilio after a backoff, then succeeds, sending one SMS", async () => {
    const u = await makeUser();
    const { id } = await enqueueFor(u.id);
    fake.failNext({ status: 500 });
    const t0 = new Date();
    expect(await drain(twilio, t0)).toMatchObject({ RETRY: 1 });
    const queued = await row(id);
    expect(queued.status).toBe("QUEUED");
    expect(queued.attempts).toBe(1);
    expect(queued.lastError).toMatch(/Twilio 500/);
    expect(queued.nextAttemptAt.getTime()).toBeGreaterThan(t0.getTime());

    // not due yet: nothing is claimed
    expect(await drain(twilio, t0)).toMatchObject({ claimed: 0 });
    expect(await drain(twilio, new Date(t0.getTime() + 10 * MINUTE))).toMatchObject({ SENT: 1 });
    const sent = await row(id);
    expect(sent).toMatchObject({ status: "SENT", attempts: 2, lastError: null, providerId: fake.requests[1].sid });
    expect(fake.requests.map((q) => q.status)).toEqual([500, 201]);
    // the retry first checked that Twilio held no copy
    expect(fake.lookups).toHaveLength(1);
    expect(fake.lookups[0].query.To).toBe(u.phone);
  });

  it("ends a 400 invalid number FAILED at once, with no retry", async () => {
    const u = await makeUser("USER", "+000000001");
    const { id } = await enqueueFor(u.id);
    expect(await drain(twilio, new Date())).toMatchObject({ FAILED: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1, providerId: null });
    expect(failed.lastError).toMatch(/21211/);
    expect(await drain(twilio, new Date(Date.now() + 24 * 60 * MINUTE))).toMatchObject({ claimed: 0 });
    expect(fake.requests).toHaveLength(1);
  });

  it("gives up as FAILED after the last transient failure, and an admin retry sends it", async () => {
    const u = await makeUser();
    const { id } = await enqueueFor(u.id);
    await db.notification.update({ where: { id }, data: { maxAttempts: 2 } });
    fake.failNext({ status: 503 }, { status: 429 });
    let now = new Date();
    await drain(twilio, now);
    now = new Date(now.getTime() + 60 * MINUTE);
    expect(await drain(twilio, now)).toMatchObject({ FAILED: 1 });
    expect(await row(id)).toMatchObject({ status: "FAILED", attempts: 2 });
    expect((await row(id)).lastError).toMatch(/429/);

    await retryFailedNotification(db, id, now, u.id);
    // the retry is in the audit trail, by whom
    expect(await db.auditEvent.findMany({ where: { targetType: "notification", targetId: id }, select: { action: true, actorId: true } })).toEqual([{ action: "notification.retried", actorId: u.id }]);
    expect(await drain(twilio, now)).toMatchObject({ SENT: 1 });
    expect(await row(id)).toMatchObject({ status: "SENT", attempts: 3 });
    expect(fake.requests.filter((q) => q.status === 201)).toHaveLength(1);
    await expect(retryFailedNotification(db, id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("two workers running at once send each row exactly once", async () => {
    const rows = [];
    for (let i = 0; i < 12; i++) rows.push((await enqueueFor((await makeUser()).id, `SG-PAR${i}`)).id);
    fake.setDelay(15);
    // two separate clients on the same database file, as two processes would have
    const [a, b] = [createPrismaClient(t.url), createPrismaClient(t.url)];
    const now = new Date();
    const work = async (client: Db, workerId: string) => {
      let sent = 0;
      for (;;) {
        const r = await deliverDueNotifications(client, twilio, { workerId, now, limit: 3 });
        sent += r.SENT;
        if (r.claimed > 0) continue;
        if ((await client.notification.count({ where: { status: { not: "SENT" } } })) === 0) return sent;
        await new Promise((resolve) => setTimeout(resolve, 5)); // the other worker still holds some rows
      }
    };
    const [sentA, sentB] = await Promise.all([work(a, "worker-a"), work(b, "worker-b")]);
    await Promise.all([a.$disconnect(), b.$disconnect()]);

    expect(sentA + sentB).toBe(12);
    expect(fake.requests).toHaveLength(12);
    expect(new Set(fake.requests.map((q) => q.form.Body)).size).toBe(12);
    const stored = await db.notification.findMany({ where: { id: { in: rows } } });
    expect(stored.every((s) => s.status === "SENT" && s.attempts === 1)).toBe(true);
    expect(new Set(stored.map((s) => s.providerId)).size).toBe(12);
  });

  it("a worker that stopped between send and record does not send again: the retry finds Twilio's copy", async () => {
    const u = await makeUser();
    const { id } = await enqueueFor(u.id, "SG-CRASH");
    const t0 = new Date();
    // The provider accepts the message, then recording fails (as a timeout or crash would leave it).
    const r1 = await deliverDueNotifications(db, twilio, {
      workerId: "w-crash",
      now: t0,
      afterSend: async () => {
        throw new Error("connection lost before the result was stored");
      },
    });
    expect(r1).toMatchObject({ RETRY: 1 });
    expect(await row(id)).toMatchObject({ status: "QUEUED", providerId: null });
    expect(fake.requests).toHaveLength(1);

    expect(await drain(twilio, new Date(t0.getTime() + 10 * MINUTE), "w-next")).toMatchObject({ RECOVERED: 1 });
    expect(await row(id)).toMatchObject({ status: "SENT", providerId: fake.requests[0].sid, provider: "twilio" });
    expect(fake.requests).toHaveLength(1);
  });

  it("reclaims a row whose worker died holding the lease: sends it if Twilio never got it, records it if it did", async () => {
    const u = await makeUser();
    const never = (await enqueueFor(u.id, "SG-NEVER")).id;
    const got = (await enqueueFor(u.id, "SG-GOT")).id;
    const t0 = new Date();
    const claimed = await claimDueNotifications(db, { workerId: "dead", now: t0, leaseMs: MINUTE });
    expect(claimed.map((c) => c.id).sort()).toEqual([never, got].sort());
    // the dead worker got one message to Twilio and no further
    const receipt = await twilio.send(claimed.find((c) => c.id === got)!);
    expect(await row(got)).toMatchObject({ status: "SENDING", leaseOwner: "dead", attempts: 1 });

    // while the lease holds, nobody else touches them
    expect(await drain(twilio, new Date(t0.getTime() + 30_000), "alive")).toMatchObject({ claimed: 0 });
    const r = await drain(twilio, new Date(t0.getTime() + 2 * MINUTE), "alive");
    expect(r).toMatchObject({ claimed: 2, SENT: 1, RECOVERED: 1 });
    expect(await row(got)).toMatchObject({ status: "SENT", providerId: receipt.providerId, attempts: 2 });
    expect(await row(never)).toMatchObject({ status: "SENT", attempts: 2 });
    expect(fake.requests).toHaveLength(2);
  });

  it("matches each Twilio message to one row when two rows carry the same text to the same number", async () => {
    const u = await makeUser();
    const same = { kind: "policy_expired" as const, userId: u.id, payload: { policyNumber: "SG-TWIN", endDate: "2026-11-01" } };
    const first = (await db.$transaction((tx) => enqueueNotification(tx, { ...same, idempotencyKey: "twin:1" }))).id;
    const second = (await db.$transaction((tx) => enqueueNotification(tx, { ...same, idempotencyKey: "twin:2" }))).id;
    const t0 = new Date();
    await deliverDueNotifications(db, twilio, { workerId: "w", now: t0, limit: 1 }); // first sent and recorded
    await deliverDueNotifications(db, twilio, {
      workerId: "w",
      now: t0,
      limit: 1,
      afterSend: async () => {
        throw new Error("lost");
      },
    });
    await drain(twilio, new Date(t0.getTime() + 10 * MINUTE));
    const [a, b] = [await row(first), await row(second)];
    expect(a.status).toBe("SENT");
    expect(b.status).toBe("SENT");
    expect(a.providerId).not.toBe(b.providerId);
    expect(fake.requests).toHaveLength(2);
  });

  it("does not send blind when the look-up fails: it waits and tries again", async () => {
    const u = await makeUser();
    const { id } = await enqueueFor(u.id);
    fake.failNext({ status: 500 });
    const t0 = new Date();
    await drain(twilio, t0);
    fake.failNextLookup({ status: 503 });
    expect(await drain(twilio, new Date(t0.getTime() + 10 * MINUTE))).toMatchObject({ RETRY: 1 });
    expect((await row(id)).lastError).toMatch(/earlier send/);
    expect(fake.requests).toHaveLength(1);
    expect(await drain(twilio, new Date(t0.getTime() + 60 * MINUTE))).toMatchObject({ SENT: 1 });
  });

  it("passes a status callback URL only when asked, and stores delivery receipts by provider id", async () => {
    const withCallback = createTwilioSmsSender({ accountSid: SID, authToken: TOKEN, from: "MG" + "0".repeat(32), apiBaseUrl: fake.url, statusCallbackUrl: "https://app.example/api/notifications/twilio-status" });
    const u = await makeUser();
    const { id } = await enqueueFor(u.id);
    await drain(withCallback, new Date());
    expect(fake.requests[0].form).toMatchObject({ StatusCallback: "https://app.example/api/notifications/twilio-status", MessagingServiceSid: "MG" + "0".repeat(32) });
    expect(fake.requests[0].form.From).toBeUndefined();

    const providerId = (await row(id)).providerId!;
    expect(await recordProviderStatus(db, { providerId, providerStatus: "undelivered", errorCode: "30003" })).toBe(true);
    expect(await row(id)).toMatchObject({ status: "SENT", providerStatus: "undelivered", lastError: "Carrier reported undelivered (error 30003)" });
    expect(await recordProviderStatus(db, { providerId: "SMunknown", providerStatus: "delivered" })).toBe(false);
  });
});

describe("development sink and sender choice", () => {
  it("logs the SMS and stores it as SENT with the dev provider when Twilio is not configured", async () => {
    const lines: string[] = [];
    const u = await makeUser();
    const { id } = await enqueueFor(u.id, "SG-DEV");
    expect(await drain(createDevSmsSender((l) => lines.push(l)), new Date())).toMatchObject({ SENT: 1 });
    const r = await row(id);
    expect(r).toMatchObject({ status: "SENT", provider: "dev" });
    expect(r.providerId).toMatch(/^dev-[0-9a-f-]{36}$/);
    expect(lines).toEqual([`[sms:dev] to=${u.phone} body=${JSON.stringify(r.body)}`]);
    expect(fake.requests).toHaveLength(0);
  });

  it("uses Twilio only when the SID, token and sending number are all set", () => {
    const base = { APP_URL: "http://localhost:3000", TWILIO_STATUS_CALLBACK: "off" } as Env;
    expect(createSmsSender({ ...base }).name).toBe("dev");
    expect(createSmsSender({ ...base, TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM: FROM }).name).toBe("twilio");
  });

  it("backs off exponentially with a cap", () => {
    const noJitter = () => 0;
    expect(retryDelayMs(1, noJitter)).toBe(10_000);
    expect(retryDelayMs(2, noJitter)).toBe(20_000);
    expect(retryDelayMs(4, noJitter)).toBe(80_000);
    expect(retryDelayMs(20, noJitter)).toBe(15 * MINUTE);
    expect(retryDelayMs(1, () => 1)).toBe(12_000);
  });
});
