import type { Db } from "@/lib/db";

/** Delivery states Twilio reports in status callbacks. */
const FINAL_FAILURES = new Set(["failed", "undelivered"]);

/**
 * Stores a provider's delivery receipt (e.g. Twilio "delivered", "undelivered") on the row it sent.
 * The outbox status stays SENT: the provider accepted the message; this records what happened next.
 * Returns whether a row matched.
 */
export async function recordProviderStatus(db: Db, receipt: { providerId: string; providerStatus: string; errorCode?: string }): Promise<boolean> {
  const failed = FINAL_FAILURES.has(receipt.providerStatus);
  const { count } = await db.notification.updateMany({
    where: { providerId: receipt.providerId },
    data: {
      providerStatus: receipt.providerStatus.slice(0, 40),
      ...(failed ? { lastError: `Carrier reported ${receipt.providerStatus}${receipt.errorCode ? ` (error ${receipt.errorCode})` : ""}`.slice(0, 500) } : {}),
    },
  });
  return count > 0;
}
