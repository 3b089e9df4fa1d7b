import "server-only";
import type { Db } from "@/lib/db";

/** How long a message waits for its number to be verified before it is given up. */
export const HELD_MAX_AGE_MS = 24 * 60 * 60_000;

/**
 * Ends HELD messages older than 24 hours as EXPIRED (with the reason), so a message is never silently
 * dropped: its recipient sees it at /notifications as "Not sent: phone not verified".
 */
export async function expireHeldNotifications(db: Db, now: Date = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { status: "HELD", createdAt: { lt: new Date(now.getTime() - HELD_MAX_AGE_MS) } },
    data: { status: "EXPIRED", lastError: "Not sent: the phone number was not verified within 24 hours" },
  });
  return count;
}
