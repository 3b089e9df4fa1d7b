import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** More attempts granted by a manual retry. */
const RETRY_ATTEMPTS = 3;

/**
 * Puts a FAILED notification back in the queue for another few attempts. `attempts` is kept (not reset),
 * so the next attempt counts as a retry and first checks the provider for an earlier send: a message that
 * failed on a timeout after the provider accepted it is recorded, not sent again.
 */
export async function retryFailedNotification(db: Db, id: string, now: Date = new Date()): Promise<void> {
  const row = await db.notification.findUnique({ where: { id }, select: { status: true, attempts: true } });
  if (!row) throw new AppError("NOT_FOUND", "That notification no longer exists.");
  const { count } = await db.notification.updateMany({
    where: { id, status: "FAILED", attempts: row.attempts },
    data: { status: "QUEUED", nextAttemptAt: now, maxAttempts: row.attempts + RETRY_ATTEMPTS, leaseOwner: null, leaseUntil: null },
  });
  if (count !== 1) throw new AppError("CONFLICT", "Only a failed notification can be retried; this one has changed.");
}
