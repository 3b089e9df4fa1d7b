import "server-only";
import type { Tx } from "@/lib/db";
import type { NotificationStatus } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { renderNotification, type NotificationKind, type PayloadOf } from "@/lib/notifications/templates";
import { takeSmsAllowance } from "@/lib/notifications/sms-caps";

export type EnqueueInput<K extends NotificationKind> = {
  kind: K;
  payload: PayloadOf<K>;
  /** Deterministic and unique per event, e.g. `policy_created:${policy.id}`; a repeat is ignored. */
  idempotencyKey: string;
} & ({ userId: string; toPhone?: string } | { userId?: undefined; toPhone: string });

/** The one kind that may go to a number nobody has verified yet: the code that verifies it. */
const VERIFICATION_KIND: NotificationKind = "phone_verification";

export type EnqueueResult = { id: string; status: string };

/**
 * Records an SMS in the outbox inside the caller's transaction: it is sent (by the delivery worker)
 * if and only if the change it announces commits. Call it with the `tx` of `db.$transaction`.
 * The recipient is a user (their current phone is used) or an explicit E.164 number.
 * Returns the outbox row id; an event already recorded under the same idempotency key returns the existing row.
 *
 * Sending rules (so nobody can make the app text a number it should not):
 * - nothing but a verification code goes to a number that is not verified: the row is kept HELD and goes
 *   out when the user verifies it (within 24 h), or ends EXPIRED;
 * - every message counts against the hourly and daily caps of its user and its number; one over a cap is
 *   stored LIMITED (visible to its recipient at /notifications), not sent.
 */
export async function enqueueNotification<K extends NotificationKind>(tx: Tx, input: EnqueueInput<K>): Promise<{ id: string }> {
  const { id } = await enqueueWithStatus(tx, input);
  return { id };
}

/** enqueueNotification, also saying which status the row got (QUEUED, HELD or LIMITED). */
export async function enqueueWithStatus<K extends NotificationKind>(tx: Tx, input: EnqueueInput<K>, opts: { notBefore?: Date; now?: Date } = {}): Promise<EnqueueResult> {
  const existing = await tx.notification.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, status: true } });
  if (existing) return existing;
  const now = opts.now ?? new Date();
  let toPhone = input.toPhone;
  let verified = false;
  if (input.userId) {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { phone: true, phoneVerifiedAt: true, deletedAt: true } });
    if (!user || user.deletedAt) throw new AppError("NOT_FOUND", "Recipient not found");
    toPhone ??= user.phone;
    verified = user.phoneVerifiedAt !== null && toPhone === user.phone;
  } else if (toPhone) {
    verified = (await tx.user.count({ where: { phone: toPhone, phoneVerifiedAt: { not: null }, deletedAt: null } })) > 0;
  }
  const { payload, body } = renderNotification(input.kind, input.payload);
  const mayGo = verified || input.kind === VERIFICATION_KIND;
  let status: NotificationStatus = mayGo ? "QUEUED" : "HELD";
  let lastError: string | null = mayGo ? null : "Waiting for the phone number to be verified";
  if (!(await takeSmsAllowance(tx, { userId: input.userId, phone: toPhone! }, now))) {
    status = "LIMITED";
    lastError = "Not sent: hourly or daily SMS limit for this user or number reached";
  }
  const nextAttemptAt = opts.notBefore && opts.notBefore > now ? opts.notBefore : now;
  return tx.notification.create({
    data: { userId: input.userId ?? null, toPhone: toPhone!, kind: input.kind, payload, body, idempotencyKey: input.idempotencyKey, status, lastError, nextAttemptAt, createdAt: now },
    select: { id: true, status: true },
  });
}

/**
 * Alerts every admin (each to their own phone), in the caller's transaction, coalesced: while an admin
 * already has an alert of this kind waiting to go, it is rewritten with the newest payload (which names
 * how many items wait) instead of adding another; and a new alert is not due until
 * ADMIN_ALERT_INTERVAL_MINUTES after the previous one. So a flood of events means at most one SMS per
 * admin per interval. Concurrent callers are serialised per kind by a row lock (see below), and
 * `payload` may be a function of `tx` evaluated under that lock, so a count it reads ("how many wait")
 * includes every concurrent event that committed first (PostgreSQL reads committed data per statement).
 * Returns the number of admins alerted.
 */
export async function notifyAdmins<K extends NotificationKind>(
  tx: Tx,
  kind: K,
  payloadOrFn: PayloadOf<K> | ((tx: Tx) => Promise<PayloadOf<K>>),
  eventKey: string,
  now: Date = new Date(),
): Promise<number> {
  const intervalMs = env().ADMIN_ALERT_INTERVAL_MINUTES * 60_000;
  if (intervalMs > 0) await lockAdminAlerts(tx, kind);
  const payload = typeof payloadOrFn === "function" ? await payloadOrFn(tx) : payloadOrFn;
  const admins = await tx.user.findMany({ where: { role: "ADMIN", deletedAt: null }, select: { id: true } });
  for (const a of admins) {
    const input = { kind, payload, userId: a.id, idempotencyKey: `${eventKey}:${a.id}` } as EnqueueInput<K>;
    if (intervalMs === 0) {
      await enqueueWithStatus(tx, input, { now });
      continue;
    }
    const waiting = await tx.notification.findFirst({ where: { userId: a.id, kind, status: { in: ["QUEUED", "HELD"] } }, orderBy: { createdAt: "desc" }, select: { id: true } });
    if (waiting) {
      const { payload: p, body } = renderNotification(kind, payload);
      const rewritten = await tx.notification.updateMany({ where: { id: waiting.id, status: { in: ["QUEUED", "HELD"] } }, data: { payload: p, body } });
      if (rewritten.count === 1) continue; // else a worker took it just now: this event gets its own (spaced) alert
    }
    const last = await tx.notification.findFirst({ where: { userId: a.id, kind, status: { in: ["SENDING", "SENT"] } }, orderBy: { createdAt: "desc" }, select: { createdAt: true, sentAt: true } });
    const notBefore = last ? new Date((last.sentAt ?? last.createdAt).getTime() + intervalMs) : undefined;
    await enqueueWithStatus(tx, input, { notBefore, now });
  }
  return admins.length;
}

/**
 * Serialises alert coalescing for one kind until the caller's transaction ends: an upsert on a fixed
 * RateLimitCounter row takes its row lock (PostgreSQL) or the database write lock (SQLite), so a second
 * concurrent caller waits, then sees the first one's alert and rewrites it instead of adding one.
 */
async function lockAdminAlerts(tx: Tx, kind: string): Promise<void> {
  const key = `lock:admin_alert:${kind}`;
  const epoch = new Date(0);
  await tx.$executeRaw`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${key}, ${epoch}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1`;
}
