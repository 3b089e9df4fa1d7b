"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { toActionError, type ActionResult } from "@/lib/errors";
import { requireRole } from "@/lib/auth/session";
import { decideClaim } from "@/lib/admin/decide-claim";
import { disableUser, enableUser } from "@/lib/admin/user-accounts";
import { cancelPolicy } from "@/lib/policies/cancel-policy";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-transitions";
import { expirePolicyVerification } from "@/lib/verification/verify-cache";

/*
 * The admin desk's actions. Each re-checks the ADMIN role (an action is a public endpoint: anyone can
 * post to it) and hands the raw form values to a domain function that validates them and writes the
 * change with its audit entry in one transaction. They take FormData so the forms work without
 * JavaScript too, and return an ActionResult for useActionState.
 */

export type FormState = ActionResult<undefined> | null;

const fields = (fd: FormData, ...names: string[]) => Object.fromEntries(names.map((n) => [n, String(fd.get(n) ?? "")]));

/** Approve, reject or mark paid. */
export async function decideClaimFormAction(_prev: FormState, fd: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const r = await decideClaim(db, admin.id, fields(fd, "claimId", "to", "expectedStatus", "note", "internalNote"));
    revalidatePath("/admin/claims");
    revalidatePath(`/admin/claims/${r.claimId}`);
    revalidatePath("/claims");
    return { ok: true, data: undefined, message: `Claim is now ${CLAIM_STATUS_LABELS[r.to].toLowerCase()}. The holder has been told by SMS.` };
  } catch (e) {
    return toActionError(e);
  }
}

export async function disableUserFormAction(_prev: FormState, fd: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const input = fields(fd, "userId", "reason");
    await disableUser(db, admin.id, input);
    revalidatePath(`/admin/users/${input.userId}`);
    revalidatePath("/admin/users");
    return { ok: true, data: undefined, message: "Account disabled. The person is signed out at their next click and cannot sign in." };
  } catch (e) {
    return toActionError(e);
  }
}

export async function enableUserFormAction(_prev: FormState, fd: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const input = fields(fd, "userId", "reason");
    await enableUser(db, admin.id, input);
    revalidatePath(`/admin/users/${input.userId}`);
    revalidatePath("/admin/users");
    return { ok: true, data: undefined, message: "Account enabled again. The person can sign in." };
  } catch (e) {
    return toActionError(e);
  }
}

export async function cancelPolicyFormAction(_prev: FormState, fd: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const input = fields(fd, "policyId", "reason");
    const { number } = await cancelPolicy(db, admin.id, input);
    // the QR check must say "cancelled" at the very next scan
    expirePolicyVerification([String(input.policyId)]);
    revalidatePath("/admin/policies");
    revalidatePath("/policies");
    return { ok: true, data: undefined, message: `Policy ${number} is cancelled. The holder has been told by SMS.` };
  } catch (e) {
    return toActionError(e);
  }
}
