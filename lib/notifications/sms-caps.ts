import "server-only";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit/fixed-window";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Counts one SMS against the hourly and daily caps of its user and of its number (SMS_MAX_PER_HOUR,
 * SMS_MAX_PER_DAY) and says whether it may go. Each count is one atomic upsert in the caller's
 * transaction (hitRateLimit), so concurrent purchases cannot slip past, and a rolled-back change does not
 * use up the allowance. Per number as well as per user: many accounts pointing at one victim's phone
 * share its cap.
 */
export async function takeSmsAllowance(tx: Tx, target: { userId?: string | null; phone: string }, now = new Date()): Promise<boolean> {
  const e = env();
  const keys: [string, number, number][] = [
    [`sms:phone:${target.phone}:h`, e.SMS_MAX_PER_HOUR, HOUR],
    [`sms:phone:${target.phone}:d`, e.SMS_MAX_PER_DAY, DAY],
  ];
  if (target.userId) keys.push([`sms:user:${target.userId}:h`, e.SMS_MAX_PER_HOUR, HOUR], [`sms:user:${target.userId}:d`, e.SMS_MAX_PER_DAY, DAY]);
  let allowed = true;
  for (const [key, limit, windowMs] of keys) {
    if (!(await hitRateLimit(tx, key, limit, windowMs, now)).allowed) allowed = false;
  }
  return allowed;
}
