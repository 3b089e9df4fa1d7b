"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { toActionError, type ActionResult } from "@/lib/errors";
import { requireUser } from "@/lib/auth/session";
import { createPolicy } from "@/lib/policies/create-policy";

/** Buys a policy for the signed-in user from a policy form; the server prices it itself. */
export async function createPolicyAction(input: unknown): Promise<ActionResult<{ id: string; number: string }>> {
  try {
    const user = await requireUser();
    const policy = await createPolicy(db, user.id, input);
    revalidatePath("/policies");
    return { ok: true, data: { id: policy.id, number: policy.number }, message: `Policy ${policy.number} is ready` };
  } catch (e) {
    return toActionError(e);
  }
}
