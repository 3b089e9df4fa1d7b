import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

/** More attempts granted by a manual retry. */
const RETRY_ATTEMPTS = 3;

/**
 * Puts a FAILED notification back in the queue for another few attempts. `attempts` is kept (not reset),
 * so the next attempt counts as a retry and first checks the provider for an earlier send: a message that
 * failed on a timeout after the provider accepted it is recorded, not sent again. The retry is recorded in
 * the audit trail (who, which message, its last error) in the same transaction.
 */
export async function retryFailedNotification(db: Db, id: string, now: Date = new Date(), actorId: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.notification.findUnique({ where: { id }, select: { status: true, attempts: true, kind: true, lastError: true } });
    if (!row) throw new AppError("NOT_FOUND", "That notification no longer exists.");
    const { count } = await tx.notification.updateMany({
      where: { id, status: "FAILED", attempts: row.attempts },
      data: { status: "QUEUED", nextAttemptAt: now, maxAttempts: row.attempts + RETRY_ATTEMPTS, leaseOwner: null, leaseUntil: null },
    });
    if (count !== 1) throw new AppError("CONFLICT", "Only a failed notification can be retried; this one has changed.");
    await recordAuditEvent(tx, {
      actorId,
      actorRole: actorId ? "ADMIN" : "SYSTEM",
      action: "notification.retried",
      targetType: "notification",
      targetId: id,
      fromStatus: "FAILED",
      toStatus: "QUEUED",
      // the provider's error can quote the phone number: keep only its kind and attempt count
      data: { kind: row.kind, attempts: row.attempts },
    });
  });
}
