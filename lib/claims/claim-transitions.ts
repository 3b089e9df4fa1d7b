/*
 * The life of a claim as data: which statuses exist, what people read for each, and which moves
 * are legal. transition-claim.ts applies a move to the database; everything else only reads this.
 */

import type { ClaimStatus } from "@/lib/generated/prisma/enums";

// The statuses are the schema's ClaimStatus enum (the labels' Record makes the list complete).
export type { ClaimStatus };
export const CLAIM_STATUSES = ["SUBMITTED", "UNDER_REVIEW", "APPROVED", "REJECTED", "PAID"] as const satisfies readonly ClaimStatus[];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  SUBMITTED: "Submitted",
  UNDER_REVIEW: "Under review",
  APPROVED: "Approved",
  REJECTED: "Not approved",
  PAID: "Paid",
};

/** Legal moves: Submitted → Under review | Approved; Under review → Approved | Rejected; Approved → Paid. */
export const CLAIM_TRANSITIONS: Record<ClaimStatus, readonly ClaimStatus[]> = {
  SUBMITTED: ["UNDER_REVIEW", "APPROVED"],
  UNDER_REVIEW: ["APPROVED", "REJECTED"],
  APPROVED: ["PAID"],
  REJECTED: [],
  PAID: [],
};

export function isClaimStatus(v: unknown): v is ClaimStatus {
  return typeof v === "string" && (CLAIM_STATUSES as readonly string[]).includes(v);
}

export function canTransition(from: ClaimStatus, to: ClaimStatus): boolean {
  return CLAIM_TRANSITIONS[from].includes(to);
}

/** Why a move is refused, in words an adjuster understands. */
export function illegalTransitionMessage(from: ClaimStatus, to: ClaimStatus): string {
  const allowed = CLAIM_TRANSITIONS[from];
  const next = allowed.length ? `it can only be ${allowed.map((s) => CLAIM_STATUS_LABELS[s].toLowerCase()).join(" or ")}` : "it is final";
  return `A claim that is ${CLAIM_STATUS_LABELS[from].toLowerCase()} cannot become ${CLAIM_STATUS_LABELS[to].toLowerCase()}: ${next}.`;
}

/** The audit action for a move into `to`. */
export const claimAuditAction = (to: ClaimStatus) => `claim.${to === "UNDER_REVIEW" ? "under_review" : to.toLowerCase()}`;
