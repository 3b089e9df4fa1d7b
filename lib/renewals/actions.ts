"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { toActionError } from "@/lib/errors";
import { requireUser } from "@/lib/auth/session";
import { renewPolicy } from "@/lib/renewals/renew-policy";
import { expirePolicyVerification } from "@/lib/verification/verify-cache";

export type RenewFormState = { ok: false; message: string } | null;

/**
 * Confirms a renewal from the renew page's form (it works without JavaScript too). Re-checks the session
 * here and ownership and the renewal window inside renewPolicy's transaction; on success shows the new policy.
 */
export async function renewPolicyAction(_prev: RenewFormState, formData: FormData): Promise<RenewFormState> {
  let renewedId: string;
  try {
    const user = await requireUser();
    const policyId = formData.get("policyId");
    const expected = Number(formData.get("expectedPremiumCents"));
    const renewed = await renewPolicy(db, user.id, typeof policyId === "string" ? policyId : "", {
      expectedPremiumCents: Number.isSafeInteger(expected) && expected > 0 ? expected : undefined,
    });
    renewedId = renewed.id;
    // the renewed policy's row changed inside the renewal (its /verify page reads it again)
    expirePolicyVerification([typeof policyId === "string" ? policyId : "", renewed.id]);
  } catch (e) {
    const { message } = toActionError(e);
    return { ok: false, message };
  }
  revalidatePath("/policies");
  redirect(`/policies/${renewedId}?renewed=1`);
}
