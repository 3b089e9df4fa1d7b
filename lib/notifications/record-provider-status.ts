import "server-only";
import type { Db } from "@/lib/db";

/** Delivery states Twilio reports in status callbacks. */
const FINAL_FAILURES = new Set(["failed", "undelivered"]);

/**
 * Twilio's message lifecycle in order. Callbacks can arrive late, out of order or replayed (a captured,
 * validly signed request can be posted again), so a status is stored only if it moves the message forward:
 * a replayed "sent" never turns a "delivered" message back.
 */
const RANK: Record<string, number> = { accepted: 0, scheduled: 0, queued: 1, sending: 2, sent: 3, receiving: 3, received: 4, delivered: 4, read: 5, undelivered: 4, failed: 4, canceled: 4 };

/** Statuses a receipt may replace: those ranked strictly below it (unknown stored values rank lowest). */
export function replaceableStatuses(next: string): string[] {
  const r = RANK[next];
  if (r === undefined) return [];
  return Object.keys(RANK).filter((s) => RANK[s] < r);
}

/**
 * Stores a provider's delivery receipt (e.g. Twilio "delivered", "undelivered") on the row it sent.
 * The outbox status stays SENT: the provider accepted the message; this records what happened next.
 * Returns whether a row matched.
 */
export async function recordProviderStatus(db: Db, receipt: { providerId: string; providerStatus: string; errorCode?: string }): Promise<boolean> {
  const failed = FINAL_FAILURES.has(receipt.providerStatus);
  // The forward-only rule is in the update's own condition, so two callbacks racing cannot undo each other.
  const { count } = await db.notification.updateMany({
    where: { providerId: receipt.providerId, OR: [{ providerStatus: null }, { providerStatus: { notIn: Object.keys(RANK) } }, { providerStatus: { in: replaceableStatuses(receipt.providerStatus) } }] },
    data: {
      providerStatus: receipt.providerStatus.slice(0, 40),
      ...(failed ? { lastError: `Carrier reported ${receipt.providerStatus}${receipt.errorCode ? ` (error ${receipt.errorCode})` : ""}`.slice(0, 500) } : {}),
    },
  });
  return count > 0;
}
