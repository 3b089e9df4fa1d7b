import "server-only";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createAccount } from "@/lib/auth/create-account";
import { signupSchema } from "@/lib/auth/schemas";
import { hitRateLimit } from "@/lib/rate-limit/fixed-window";
import { sendPhoneVerificationCode } from "@/lib/phone/verify-phone";

/**
 * Sign-up as the form does it: limited per client address (SIGNUP_MAX_PER_IP_PER_HOUR, an atomic
 * counter; only well-formed sign-ups count, so someone fixing a typo is not held back), then the account,
 * then the phone verification code. The account exists even if the code cannot go right now (caps): the
 * profile page offers "Send a new code".
 */
export async function register(db: Db, input: unknown, ip: string | null, now: Date = new Date()): Promise<{ id: string; email: string; codeSent: boolean }> {
  if (ip && signupSchema.safeParse(input).success && !(await hitRateLimit(db, `signup:address:${ip}`, env().SIGNUP_MAX_PER_IP_PER_HOUR, 3_600_000, now)).allowed) {
    throw new AppError("RATE_LIMITED", "Too many accounts were created from your network just now. Please try again in an hour.");
  }
  const user = await createAccount(db, input);
  const codeSent = await sendPhoneVerificationCode(db, user.id, now).then(
    () => true,
    () => false,
  );
  return { ...user, codeSent };
}
