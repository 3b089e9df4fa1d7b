import type { Db } from "@/lib/db";
import { enqueueNotification } from "@/lib/notifications/enqueue";

/** Days before the end date at which a policyholder is reminded, loosest first. */
export const EXPIRY_REMINDER_DAYS = [30, 7, 1] as const;
const DAY_MS = 24 * 60 * 60_000;

export type ExpirySweepResult = { reminded: number; expired: number };

/**
 * Announces approaching and past end dates of ACTIVE policies:
 * - a policy ending within 30, 7 or 1 days gets one `policy_expiring` SMS for the tightest threshold it has
 *   reached (a policy found with 5 days left gets the 7-day one, not three at once);
 * - a policy past its end date becomes EXPIRED and gets `policy_expired`, in the same transaction.
 * Idempotency keys are deterministic (`policy_expiring:<id>:<days>`, `policy_expired:<id>`) and the status
 * change is conditional, so repeated sweeps and several workers sweeping at once never duplicate a message.
 */
export async function sweepPolicyExpiry(db: Db, now: Date = new Date()): Promise<ExpirySweepResult> {
  const result: ExpirySweepResult = { reminded: 0, expired: 0 };

  const past = await db.policy.findMany({
    where: { status: "ACTIVE", endDate: { lte: now } },
    select: { id: true, number: true, endDate: true },
    take: 500,
  });
  for (const p of past) {
    const done = await ignoreDuplicate(() =>
      db.$transaction(async (tx) => {
        const { count } = await tx.policy.updateMany({ where: { id: p.id, status: "ACTIVE" }, data: { status: "EXPIRED" } });
        if (count !== 1) return false; // another sweep got it
        const owner = await tx.policy.findUniqueOrThrow({ where: { id: p.id }, select: { userId: true } });
        await enqueueNotification(tx, {
          kind: "policy_expired",
          userId: owner.userId,
          payload: { policyNumber: p.number, endDate: p.endDate.toISOString() },
          idempotencyKey: `policy_expired:${p.id}`,
        });
        return true;
      }),
    );
    if (done) result.expired++;
  }

  const soon = await db.policy.findMany({
    where: { status: "ACTIVE", endDate: { gt: now, lte: new Date(now.getTime() + EXPIRY_REMINDER_DAYS[0] * DAY_MS) } },
    select: { id: true, number: true, userId: true, endDate: true },
    take: 2000,
  });
  for (const p of soon) {
    const daysLeft = Math.ceil((p.endDate.getTime() - now.getTime()) / DAY_MS);
    const threshold = [...EXPIRY_REMINDER_DAYS].reverse().find((d) => daysLeft <= d);
    if (!threshold) continue;
    const idempotencyKey = `policy_expiring:${p.id}:${threshold}`;
    const done = await ignoreDuplicate(() =>
      db.$transaction(async (tx) => {
        if (await tx.notification.findUnique({ where: { idempotencyKey }, select: { id: true } })) return false;
        await enqueueNotification(tx, {
          kind: "policy_expiring",
          userId: p.userId,
          payload: { policyNumber: p.number, endDate: p.endDate.toISOString(), daysLeft },
          idempotencyKey,
        });
        return true;
      }),
    );
    if (done) result.reminded++;
  }
  return result;
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
