import { subMinutes } from "date-fns";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { countLoginThrottled } from "@/lib/metrics/record";

export type ThrottleKeys = { email: string; ip: string | null };

const keysOf = ({ email, ip }: ThrottleKeys) => ({
  account: `email:${email.trim().toLowerCase()}`,
  address: ip ? `ip:${ip}` : null,
});

async function failuresSinceLastSuccess(db: Db, key: string, since: Date): Promise<number> {
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { key, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return db.loginAttempt.count({
    where: { key, success: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
  });
}

/**
 * True when sign-in must be refused before the password is even checked: too many recent failures
 * for this email (whether or not an account exists, so the answer reveals nothing) or this address.
 * Attempts live in the database, so the limit holds across restarts and app instances.
 */
export async function isLoginThrottled(db: Db, keys: ThrottleKeys, now = new Date()): Promise<boolean> {
  const e = env();
  const since = subMinutes(now, e.LOGIN_WINDOW_MINUTES);
  const { account, address } = keysOf(keys);
  if ((await failuresSinceLastSuccess(db, account, since)) >= e.LOGIN_MAX_FAILURES_PER_ACCOUNT) {
    countLoginThrottled("account");
    return true;
  }
  if (address && (await failuresSinceLastSuccess(db, address, since)) >= e.LOGIN_MAX_FAILURES_PER_IP) {
    countLoginThrottled("address");
    return true;
  }
  return false;
}

/** Records one attempt under both keys; old rows are pruned opportunistically. */
export async function recordLoginAttempt(db: Db, keys: ThrottleKeys, success: boolean, now = new Date()): Promise<void> {
  const { account, address } = keysOf(keys);
  const rows = [{ key: account, success, createdAt: now }];
  if (address) rows.push({ key: address, success, createdAt: now });
  await db.loginAttempt.createMany({ data: rows });
  if (Math.random() < 0.05) {
    await db.loginAttempt.deleteMany({ where: { createdAt: { lt: subMinutes(now, 24 * 60) } } });
  }
}
