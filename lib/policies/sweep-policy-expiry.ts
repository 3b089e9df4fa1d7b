import "server-only";
import type { Db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { dbDateToIso, isoToDbDate } from "@/lib/policies/policy-dates";
import { graceEndsAt, hasCoverEnded, lastEndDateWithCoverEnded, lastEndDateWithGraceEnded } from "@/lib/policies/policy-status";
import { isRenewableType, renewalWindow } from "@/lib/renewals/renewal-eligibility";

/** Calendar days before the last day of cover at which a holder is reminded, loosest first. */
export const EXPIRY_REMINDER_DAYS = [30, 7, 1] as const;
const DAY_MS = 24 * 60 * 60_000;
const BATCH = 500;

export type ExpirySweepResult = { reminded: number; expired: number; lapsed: number };

/**
 * Whole calendar days from `now`'s (UTC) date to the last day of cover: 1 when the last day is tomorrow,
 * 0 on the last day itself. Stored dates are UTC midnights, so this is exact.
 */
export function daysToLastDay(endDate: Date, now: Date): number {
  return Math.round((endDate.getTime() - isoToDbDate(dbDateToIso(now)).getTime()) / DAY_MS);
}

/** The tightest reminder a policy with `daysLeft` calendar days to its last day has reached, if any. */
export function reminderThreshold(daysLeft: number): number | undefined {
  if (daysLeft < 0) return undefined;
  return [...EXPIRY_REMINDER_DAYS].reverse().find((d) => daysLeft <= d);
}

/**
 * The policies' clock, run by the worker once a minute. Every decision goes through the cover-end rule in
 * policy-status.ts (cover runs to the end of the last day), so the sweep, the pages and /verify agree.
 *
 * 1. ACTIVE policies whose cover has ended become EXPIRED (`policy.expired` in the audit trail) with a
 *    `policy_expired` SMS saying until when it can be renewed. A policy already renewed expires quietly:
 *    its renewal carries on the cover.
 * 2. EXPIRED policies not renewed by the end of the 30-day grace period become LAPSED (`policy.lapsed`)
 *    with a `policy_lapsed` SMS. Travel policies cover one trip and cannot be renewed, so they stay EXPIRED.
 * 3. ACTIVE, renewable, not yet renewed policies 30, 7 and 1 calendar days before their last day get one
 *    `policy_expiring` SMS for the tightest threshold reached (one found with 5 days left gets the 7-day
 *    one, not three at once; one found on its last day gets the 1-day one). A reminder that fell due before
 *    the policy was bought is skipped.
 *
 * Each message is sent once per term however often and however many sweeps run: idempotency keys are
 * deterministic (`policy_expired:<id>`, `policy_lapsed:<id>`, `policy_expiring:<id>:<days>`; each term is
 * its own policy row) and every status change is a conditional update whose SMS and audit event are in
 * its transaction, so only the sweep that made the change announces it.
 */
export async function sweepPolicyExpiry(db: Db, now: Date = new Date()): Promise<ExpirySweepResult> {
  const result: ExpirySweepResult = { reminded: 0, expired: 0, lapsed: 0 };
  result.expired = await expireEndedPolicies(db, now);
  result.lapsed = await lapseUnrenewedPolicies(db, now);
  result.reminded = await remindBeforeLastDay(db, now);
  return result;
}

async function expireEndedPolicies(db: Db, now: Date): Promise<number> {
  const ended = await db.policy.findMany({
    where: { status: "ACTIVE", endDate: { lte: lastEndDateWithCoverEnded(now) } },
    select: { id: true, number: true, endDate: true },
    orderBy: { endDate: "asc" },
    take: BATCH,
  });
  let count = 0;
  for (const p of ended) {
    if (!hasCoverEnded(p.endDate, now)) continue; // the query's bound is this rule turned round; keep them one
    const done = await ignoreDuplicate(() =>
      db.$transaction(async (tx) => {
        const changed = await tx.policy.updateMany({ where: { id: p.id, status: "ACTIVE" }, data: { status: "EXPIRED" } });
        if (changed.count !== 1) return false; // another sweep (or a cancellation) got there first
        // Read after the update: it waited for any renewal of this row that was committing.
        const row = await tx.policy.findUniqueOrThrow({ where: { id: p.id }, select: { userId: true, type: true, renewedTo: { select: { id: true } } } });
        const renewable = isRenewableType(row.type) && !row.renewedTo;
        const lapsesNow = renewable && now >= graceEndsAt(p.endDate); // long overdue: the lapse message follows at once
        if (!row.renewedTo && !lapsesNow) {
          await enqueueNotification(tx, {
            kind: "policy_expired",
            userId: row.userId,
            payload: { policyNumber: p.number, endDate: dbDateToIso(p.endDate), ...(renewable ? { renewUntil: renewalWindow(p.endDate).closesOn } : {}) },
            idempotencyKey: `policy_expired:${p.id}`,
          });
        }
        await recordAuditEvent(tx, {
          actorId: null,
          actorRole: "SYSTEM",
          action: "policy.expired",
          targetType: "policy",
          targetId: p.id,
          fromStatus: "ACTIVE",
          toStatus: "EXPIRED",
          note: `Cover ended after ${dbDateToIso(p.endDate)}${row.renewedTo ? "; renewed" : ""}`,
        });
        return true;
      }),
    );
    if (done) count++;
  }
  return count;
}

async function lapseUnrenewedPolicies(db: Db, now: Date): Promise<number> {
  const overdue = await db.policy.findMany({
    where: { status: "EXPIRED", type: { not: "travel" }, renewedTo: { is: null }, endDate: { lte: lastEndDateWithGraceEnded(now) } },
    select: { id: true, number: true, userId: true, endDate: true, updatedAt: true },
    orderBy: { endDate: "asc" },
    take: BATCH,
  });
  let count = 0;
  for (const p of overdue) {
    if (now < graceEndsAt(p.endDate)) continue;
    const done = await ignoreDuplicate(() =>
      db.$transaction(async (tx) => {
        // `updatedAt` as read: a renewal touches the old row before inserting the new term, so a renewal that
        // committed after our read (or is committing now) makes this update match nothing.
        const changed = await tx.policy.updateMany({
          where: { id: p.id, status: "EXPIRED", updatedAt: p.updatedAt, renewedTo: { is: null } },
          data: { status: "LAPSED" },
        });
        if (changed.count !== 1) return false;
        await enqueueNotification(tx, {
          kind: "policy_lapsed",
          userId: p.userId,
          payload: { policyNumber: p.number, endDate: dbDateToIso(p.endDate) },
          idempotencyKey: `policy_lapsed:${p.id}`,
        });
        await recordAuditEvent(tx, {
          actorId: null,
          actorRole: "SYSTEM",
          action: "policy.lapsed",
          targetType: "policy",
          targetId: p.id,
          fromStatus: "EXPIRED",
          toStatus: "LAPSED",
          note: `Not renewed by ${renewalWindow(p.endDate).closesOn}`,
        });
        return true;
      }),
    );
    if (done) count++;
  }
  return count;
}

async function remindBeforeLastDay(db: Db, now: Date): Promise<number> {
  const today = isoToDbDate(dbDateToIso(now));
  const soon = await db.policy.findMany({
    where: {
      status: "ACTIVE",
      type: { not: "travel" },
      renewedTo: { is: null },
      endDate: { gte: today, lte: new Date(today.getTime() + EXPIRY_REMINDER_DAYS[0] * DAY_MS) },
    },
    select: { id: true, number: true, userId: true, endDate: true, createdAt: true },
    orderBy: { endDate: "asc" },
    take: 2000,
  });
  let count = 0;
  for (const p of soon) {
    if (hasCoverEnded(p.endDate, now)) continue;
    const daysLeft = daysToLastDay(p.endDate, now);
    const threshold = reminderThreshold(daysLeft);
    if (threshold === undefined) continue;
    // Bought after this reminder fell due (a one-month policy is 30 days from its end the day it is bought):
    // the holder has just seen the dates, so skip it; the tighter reminders still come.
    if (p.createdAt >= new Date(p.endDate.getTime() - threshold * DAY_MS)) continue;
    const idempotencyKey = `policy_expiring:${p.id}:${threshold}`;
    const done = await ignoreDuplicate(() =>
      db.$transaction(async (tx) => {
        if (await tx.notification.findUnique({ where: { idempotencyKey }, select: { id: true } })) return false;
        await enqueueNotification(tx, {
          kind: "policy_expiring",
          userId: p.userId,
          payload: { policyNumber: p.number, endDate: dbDateToIso(p.endDate), daysLeft },
          idempotencyKey,
        });
        return true;
      }),
    );
    if (done) count++;
  }
  return count;
}

/** Two sweeps racing on one policy: the loser's insert hits the unique idempotency key; that is success. */
async function ignoreDuplicate(fn: () => Promise<boolean>): Promise<boolean> {
  try {
    return await fn();
  } catch (err) {
    if ((err as { code?: string })?.code === "P2002") return false;
    throw err;
  }
}
