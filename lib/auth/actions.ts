"use server";

import { headers } from "next/headers";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, toActionError, type ActionResult } from "@/lib/errors";
import { createAccount } from "@/lib/auth/create-account";
import { signupSchema } from "@/lib/auth/schemas";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { hitRateLimit } from "@/lib/rate-limit/fixed-window";
import { sendPhoneVerificationCode } from "@/lib/phone/verify-phone";

/**
 * Sign-up form action, limited per client address (SIGNUP_MAX_PER_IP_PER_HOUR). It sends the phone
 * verification code; the browser then signs in with the same credentials and offers the code step.
 */
export async function signupAction(input: unknown): Promise<ActionResult<{ email: string; codeSent: boolean }>> {
  try {
    const ip = clientAddressFrom(await headers());
    // Only well-formed sign-ups count, so someone fixing a typo is not held back.
    if (ip && signupSchema.safeParse(input).success && !(await hitRateLimit(db, `signup:address:${ip}`, env().SIGNUP_MAX_PER_IP_PER_HOUR, 3_600_000)).allowed) {
      throw new AppError("RATE_LIMITED", "Too many accounts were created from your network just now. Please try again in an hour.");
    }
    const user = await createAccount(db, input);
    // The account exists either way; if the code cannot go now (caps), the profile page offers "Send a new code".
    const codeSent = await sendPhoneVerificationCode(db, user.id).then(
      () => true,
      () => false,
    );
    return { ok: true, data: { email: user.email, codeSent } };
  } catch (e) {
    return toActionError(e);
  }
}
