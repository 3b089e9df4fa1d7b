import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { AppError, fieldErrorsFrom } from "@/lib/errors";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/claim-transitions";
import { transitionClaim, type TransitionResult } from "@/lib/claims/transition-claim";

export const DECISIONS = ["APPROVED", "REJECTED", "PAID"] as const;

/** What the desk's decision form posts. Approve and reject need a note: the holder reads it with the decision. */
export const claimDecisionSchema = z
  .object({
    claimId: z.string().min(1).max(64),
    to: z.enum(DECISIONS, { error: "Choose approve, reject or mark as paid." }),
    /** the status the admin was looking at when they decided */
    expectedStatus: z.enum(CLAIM_STATUSES),
    note: z.string().trim().max(1000, "Keep the note under 1000 characters.").default(""),
    internalNote: z.string().trim().max(1000, "Keep the internal note under 1000 characters.").default(""),
  })
  .superRefine((v, ctx) => {
    if (v.to !== "PAID" && v.note.length < 3) {
      ctx.addIssue({ code: "custom", path: ["note"], message: `Write a note for the policyholder before you ${v.to === "APPROVED" ? "approve" : "reject"}: they read it with the decision.` });
    }
  });

function conflictMessage(now: ClaimStatus): string {
  const label = CLAIM_STATUS_LABELS[now].toLowerCase();
  return `Another claims handler changed this claim a moment ago: it is now ${label}. Nothing was changed by you; reload to see it.`;
}

/**
 * An admin's decision on a claim, through transitionClaim (the one place a status changes: legal
 * move, conditional update, audit entry, released cover, the holder's SMS, all in one transaction).
 * If the claim is no longer in the status the admin saw, nothing is written and the message says who
 * got there first, in words; two concurrent decisions can never both apply (transitionClaim's update
 * is conditional on the status). The caller has checked the ADMIN role.
 */
export async function decideClaim(db: Db, adminId: string, input: unknown): Promise<TransitionResult> {
  const parsed = claimDecisionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please check the note.", fieldErrorsFrom(parsed.error.issues));
  const v = parsed.data;
  const current = await db.claim.findUnique({ where: { id: v.claimId }, select: { status: true } });
  if (!current) throw new AppError("NOT_FOUND", "We could not find that claim.");
  if (current.status !== v.expectedStatus) throw new AppError("CONFLICT", conflictMessage(current.status));
  try {
    return await transitionClaim(db, {
      claimId: v.claimId,
      to: v.to,
      actor: { id: adminId, role: "ADMIN" },
      note: v.note || null,
      internalNote: v.internalNote || null,
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "CONFLICT") {
      const now = await db.claim.findUnique({ where: { id: v.claimId }, select: { status: true } });
      if (now && now.status !== v.expectedStatus) throw new AppError("CONFLICT", conflictMessage(now.status));
    }
    throw e;
  }
}
