"use server";

import { db } from "@/lib/db";
import { toActionError, type ActionResult } from "@/lib/errors";
import { createAccount } from "@/lib/auth/create-account";

/** Sign-up form action. The browser signs in with the same credentials once this succeeds. */
export async function signupAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    const user = await createAccount(db, input);
    return { ok: true, data: { email: user.email } };
  } catch (e) {
    return toActionError(e);
  }
}
