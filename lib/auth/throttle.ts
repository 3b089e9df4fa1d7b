import "server-only";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit/fixed-window";
import { countLoginThrottled } from "@/lib/metrics/record";

export type ThrottleKeys = { email: string; ip: string | null };

const keysOf = ({ email, ip }: ThrottleKeys) => ({
  account: `login:account:${email.trim().toLowerCase()}`,
  address: ip ? `login:address:${ip}` : null,
});

export type LoginReservation = { allowed: boolean; account: string; address: string | null; windowStart: Date };

/**
 * Reserves one sign-in attempt under the account and the client address BEFORE the password is checked.
 * Each reservation is one atomic increment (INSERT … ON CONFLICT DO UPDATE … RETURNING, see
 * hitRateLimit), so 24 simultaneous guesses get 24 distinct counts and only the first `limit` may go on
 * to verify a password; the rest are refused without being evaluated. Check-then-record (count rows,
 * verify, insert a row) let every concurrent guess through, because each one counted before any recorded.
 * Refused attempts count too, so hammering keeps the lock on.
 */
export async function reserveLoginAttempt(db: Db, keys: ThrottleKeys, now = new Date()): Promise<LoginReservation> {
  const e = env();
  const windowMs = e.LOGIN_WINDOW_MINUTES * 60_000;
  const { account, address } = keysOf(keys);
  const a = await hitRateLimit(db, account, e.LOGIN_MAX_FAILURES_PER_ACCOUNT, windowMs, now);
  const b = address ? await hitRateLimit(db, address, e.LOGIN_MAX_FAILURES_PER_IP, windowMs, now) : null;
  const windowStart = new Date(a.resetAt.getTime() - windowMs);
  if (!a.allowed) countLoginThrottled("account");
  else if (b && !b.allowed) countLoginThrottled("address");
  return { allowed: a.allowed && (b?.allowed ?? true), account, address, windowStart };
}

/**
 * After a correct password: the account's counter starts again (its owner proved who they are), but the
 * address keeps every failure it made — only this success's own reservation is handed back — so signing
 * in to one's own account from an address does not buy that address fresh guesses at other accounts.
 */
export async function settleSuccessfulLogin(db: Db, r: LoginReservation): Promise<void> {
  await db.rateLimitCounter.deleteMany({ where: { key: r.account } });
  if (r.address) {
    await db.rateLimitCounter.updateMany({ where: { key: r.address, windowStart: r.windowStart, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
  }
}
