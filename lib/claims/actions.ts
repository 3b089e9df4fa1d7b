"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { AppError, toActionError, type ActionResult } from "@/lib/errors";
import { requireRole, requireUser } from "@/lib/auth/session";
import { submitClaim } from "@/lib/claims/submit-claim";
import { transitionClaim } from "@/lib/claims/transition-claim";
import { isClaimStatus } from "@/lib/claims/claim-transitions";
import type { UploadedFile } from "@/lib/claims/attachments";

/**
 * Files a claim on one of the signed-in holder's policies. The form sends its values as JSON in
 * `input` (parsed again here with the same schema) and its files as `attachments`.
 */
export async function submitClaimAction(policyId: string, formData: FormData): Promise<ActionResult<{ id: string; number: string; status: string }>> {
  try {
    const user = await requireUser();
    let input: unknown;
    try {
      input = JSON.parse(String(formData.get("input") ?? ""));
    } catch {
      throw new AppError("INVALID_INPUT", "The form could not be read. Reload the page and try again.");
    }
    const files: UploadedFile[] = [];
    for (const f of formData.getAll("attachments")) {
      if (f instanceof File && (f.size > 0 || f.name)) files.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    }
    const claim = await submitClaim(db, user.id, String(policyId), input, files);
    revalidatePath("/claims");
    revalidatePath(`/policies/${policyId}`);
    const outcome = claim.status === "APPROVED" ? "approved" : "received and is under review";
    return { ok: true, data: { id: claim.id, number: claim.number, status: claim.status }, message: `Claim ${claim.number} is ${outcome}` };
  } catch (e) {
    return toActionError(e);
  }
}

/**
 * Admin-only: moves a claim to another status (approve, reject, mark paid) through transitionClaim,
 * which checks the move is legal and records it. The claims desk builds on this.
 */
export async function decideClaimAction(input: { claimId: string; to: string; note?: string; internalNote?: string }): Promise<ActionResult<{ from: string; to: string }>> {
  try {
    const admin = await requireRole("ADMIN");
    if (!input || typeof input.claimId !== "string" || !isClaimStatus(input.to)) throw new AppError("INVALID_INPUT", "Choose a claim and a status.");
    const r = await transitionClaim(db, { claimId: input.claimId, to: input.to, actor: { id: admin.id, role: "ADMIN" }, note: input.note, internalNote: input.internalNote });
    revalidatePath("/claims");
    return { ok: true, data: { from: r.from, to: r.to }, message: "Claim updated" };
  } catch (e) {
    return toActionError(e);
  }
}
