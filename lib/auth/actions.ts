"use server";

import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { toActionError, type ActionResult } from "@/lib/errors";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { register } from "@/lib/auth/register";

/** Sign-up form action (see register). The browser then signs in and offers the phone verification step. */
export async function signupAction(input: unknown): Promise<ActionResult<{ email: string; codeSent: boolean }>> {
  try {
    const { email, codeSent } = await register(db, input, clientAddressFrom(await headers()));
    return { ok: true, data: { email, codeSent } };
  } catch (e) {
    return toActionError(e);
  }
}
