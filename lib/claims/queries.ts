import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { readAttachment, type AttachmentFile } from "@/lib/claims/attachments";
import { findClaimForUser, listClaimsForUser, type ClaimDto, type ClaimSummary } from "@/lib/claims/claim-records";

export type { ClaimDto, ClaimSummary, ClaimTimelineEntry, ClaimAttachmentLink } from "@/lib/claims/claim-records";

/** The signed-in holder's claims, newest first; with `policyId`, only those on that policy. */
export async function listMyClaims(filter: { policyId?: string } = {}): Promise<ClaimSummary[]> {
  const user = await requireUser();
  return listClaimsForUser(db, user.id, filter);
}

/** One of the signed-in holder's claims; anyone else's id is "not found". */
export async function getMyClaim(id: string): Promise<ClaimDto> {
  const user = await requireUser();
  const claim = await findClaimForUser(db, user.id, id);
  if (!claim) notFound();
  return claim;
}

/**
 * An attachment's bytes for the signed-in reader: the claim's holder, or an admin. null for
 * anyone else and for unknown ids (the route answers both with the same 404).
 */
export async function getAttachmentForReader(claimId: string, attachmentId: string): Promise<AttachmentFile | null | "signed-out"> {
  const user = await getCurrentUser();
  if (!user) return "signed-out";
  return readAttachment(db, user, claimId, attachmentId, { dir: env().ATTACHMENTS_DIR });
}
