import "server-only";
import { createHmac, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit/fixed-window";
import { enqueueWithStatus } from "@/lib/notifications/enqueue";
import { HELD_MAX_AGE_MS } from "@/lib/notifications/expire-held-notifications";

export const CODE_TTL_MINUTES = 10;
export const CODE_MAX_ATTEMPTS = 5;
const HOUR = 3_600_000;

const refuse = (message: string, code: "INVALID_INPUT" | "RATE_LIMITED" | "CONFLICT" = "INVALID_INPUT") => new AppError(code, message, { code: message });

/** HMAC of the code bound to the user and the number, under a key derived from AUTH_SECRET: a leaked table reveals no codes. */
function hashCode(userId: string, phone: string, code: string): string {
  const key = createHmac("sha256", env().AUTH_SECRET).update("phone-verification-v1").digest();
  return createHmac("sha256", key).update(`${userId}\n${phone}\n${code}`).digest("hex");
}

/**
 * Sends a fresh six-digit code to the user's current number (replacing any earlier code). Limited to
 * VERIFY_CODES_MAX_PER_HOUR per user and per number (atomic counters), and every code also counts against
 * the general SMS caps. Nothing else is ever sent to the number until the code comes back.
 */
export async function sendPhoneVerificationCode(db: Db, userId: string, now: Date = new Date()): Promise<{ phone: string; expiresAt: Date }> {
  const user = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { phone: true, phoneVerifiedAt: true } });
  if (!user) throw new AppError("NOT_FOUND");
  if (user.phoneVerifiedAt) throw refuse("Your phone number is already verified.", "CONFLICT");
  const limit = env().VERIFY_CODES_MAX_PER_HOUR;
  const byUser = await hitRateLimit(db, `verify_code:user:${userId}`, limit, HOUR, now);
  const byPhone = await hitRateLimit(db, `verify_code:phone:${user.phone}`, limit, HOUR, now);
  if (!byUser.allowed || !byPhone.allowed) {
    const at = new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: "Europe/London" }).format(byUser.allowed ? byPhone.resetAt : byUser.resetAt);
    throw refuse(`Too many codes were sent to this number. You can ask for a new one after ${at}.`, "RATE_LIMITED");
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const expiresAt = new Date(now.getTime() + CODE_TTL_MINUTES * 60_000);
  const codeHash = hashCode(userId, user.phone, code);
  const sent = await db.$transaction(async (tx) => {
    await tx.phoneVerification.upsert({
      where: { userId },
      create: { userId, phone: user.phone, codeHash, expiresAt, attempts: 0, createdAt: now },
      update: { phone: user.phone, codeHash, expiresAt, attempts: 0, createdAt: now },
    });
    return enqueueWithStatus(
      tx,
      { kind: "phone_verification", userId, toPhone: user.phone, payload: { code, minutes: CODE_TTL_MINUTES }, idempotencyKey: `phone_verification:${userId}:${randomUUID()}` },
      { now },
    );
  });
  if (sent.status === "LIMITED") throw refuse("Too many texts went to this number today. Please try again tomorrow.", "RATE_LIMITED");
  return { phone: user.phone, expiresAt };
}

/**
 * Checks a code. Each guess is counted by one conditional update before the code is compared (so
 * concurrent guesses cannot exceed CODE_MAX_ATTEMPTS); a right code marks the number verified — only if
 * it is still the number the code was sent to — and releases the messages that were waiting for it
 * (those older than 24 hours end EXPIRED instead).
 */
export async function confirmPhoneVerification(db: Db, userId: string, rawCode: unknown, now: Date = new Date()): Promise<{ released: number }> {
  const code = typeof rawCode === "string" ? rawCode.replace(/\s+/g, "") : "";
  if (!/^\d{6}$/.test(code)) throw refuse("Enter the 6-digit code from the text message.");
  const counted = await db.phoneVerification.updateMany({
    where: { userId, attempts: { lt: CODE_MAX_ATTEMPTS }, expiresAt: { gt: now } },
    data: { attempts: { increment: 1 } },
  });
  if (counted.count !== 1) throw refuse("This code has expired or was entered wrongly too many times. Send a new code.");
  const row = await db.phoneVerification.findUnique({ where: { userId }, select: { phone: true, codeHash: true, attempts: true } });
  if (!row) throw refuse("This code has expired. Send a new code.");
  const expected = Buffer.from(row.codeHash, "hex");
  const given = Buffer.from(hashCode(userId, row.phone, code), "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    const left = CODE_MAX_ATTEMPTS - row.attempts;
    throw refuse(left > 0 ? `That code is not right. You have ${left} ${left === 1 ? "try" : "tries"} left.` : "That code is not right. Send a new code.");
  }
  return db.$transaction(async (tx) => {
    const used = await tx.phoneVerification.deleteMany({ where: { userId, codeHash: row.codeHash } });
    if (used.count !== 1) throw refuse("This code has already been used. Send a new code if you need one.");
    const verified = await tx.user.updateMany({ where: { id: userId, phone: row.phone, deletedAt: null }, data: { phoneVerifiedAt: now } });
    if (verified.count !== 1) throw refuse("Your phone number changed after this code was sent. Send a new code.", "CONFLICT");
    // The outbox kept the code's text only so the worker could send it; once used, no copy of it stays.
    await tx.notification.updateMany({
      where: { userId, kind: "phone_verification", status: { notIn: ["QUEUED", "SENDING"] } },
      data: { body: "Safeguard: a phone verification code (removed once the number was verified).", payload: {} },
    });
    const cutoff = new Date(now.getTime() - HELD_MAX_AGE_MS);
    await tx.notification.updateMany({
      where: { userId, status: "HELD", createdAt: { lt: cutoff } },
      data: { status: "EXPIRED", lastError: "Not sent: the phone number was not verified within 24 hours" },
    });
    const released = await tx.notification.updateMany({
      where: { userId, status: "HELD", createdAt: { gte: cutoff } },
      data: { status: "QUEUED", toPhone: row.phone, nextAttemptAt: now, lastError: null },
    });
    return { released: released.count };
  });
}
