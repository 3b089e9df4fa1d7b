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
import { promoteModelVersion, registerBundledFromAdmin, rollBackModel } from "@/lib/model-registry/registry";

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

/** Make a registered fraud model version the active one for its kind. */
export async function promoteModelFormAction(_prev: FormState, fd: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const r = await promoteModelVersion(db, admin.id, fields(fd, "kind", "versionId", "expectedActiveId", "reason"));
    revalidatePath("/admin/models");
    return { ok: true, data: undefined, message: `${r.toVersion} is now the active ${r.kind} model. Every app instance scores new claims with it within a few seconds.` };
  } catch (e) {
    return toActionError(e);
  }
}

/** Reactivate the version that was active before the current one. */
export async function rollBackModelFormAction(_prev: FormState, fd: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const r = await rollBackModel(db, admin.id, fields(fd, "kind", "expectedActiveId", "reason"));
    revalidatePath("/admin/models");
    return { ok: true, data: undefined, message: `Rolled back: ${r.toVersion} is the active ${r.kind} model again.` };
  } catch (e) {
    return toActionError(e);
  }
}

/** Register the committed model files (ml/fraud/model) in the registry, without activating them. */
export async function registerBundledModelsFormAction(_prev: FormState, fd: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const r = await registerBundledFromAdmin(db, admin.id, String(fd.get("reason") ?? ""));
    revalidatePath("/admin/models");
    const added = r.filter((x) => x.created).map((x) => x.version);
    return { ok: true, data: undefined, message: added.length ? `Registered ${added.join(" and ")}.` : "The bundled models were already registered." };
  } catch (e) {
    return toActionError(e);
  }
}
