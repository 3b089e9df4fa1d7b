import { addDays } from "date-fns";
import type { PolicyStatus } from "@/lib/policies/policy-types";

/**
 * What a policy's status means today. The stored status changes only through events (cancel,
 * lapse, an expiry job); a policy still stored as ACTIVE after its last day of cover is reported
 * as EXPIRED, and one whose start is still ahead as NOT_STARTED, so nobody is told it is in force
 * when it is not.
 */
export type EffectiveStatus = PolicyStatus | "NOT_STARTED";

/** Days before expiry from which a policy may be renewed. */
export const RENEWAL_WINDOW_DAYS = 30;

type Dated = { status: string; startDate: Date; endDate: Date };

/** Cover runs to the end of the last day (endDate is that day's UTC midnight). */
export function coverEndsAt(endDate: Date): Date {
  return addDays(endDate, 1);
}

export function effectiveStatus(p: Dated, now: Date = new Date()): EffectiveStatus {
  if (p.status === "CANCELLED" || p.status === "LAPSED" || p.status === "EXPIRED") return p.status;
  if (now >= coverEndsAt(p.endDate)) return "EXPIRED";
  if (now < p.startDate) return "NOT_STARTED";
  return "ACTIVE";
}

export const EFFECTIVE_STATUS_LABELS: Record<EffectiveStatus, string> = {
  ACTIVE: "In force",
  NOT_STARTED: "Not started yet",
  EXPIRED: "Expired",
  LAPSED: "Lapsed",
  CANCELLED: "Cancelled",
};

/** Why a policy cannot take a claim today, or null when it can. */
export type ClaimBlock = "NOT_STARTED" | "EXPIRED" | "LAPSED" | "CANCELLED" | "NO_COVER_LEFT";

/**
 * A claim can be filed only on a policy in force today with cover left. (`remainingCoverCents`
 * may be left out by callers that only care about the dates and status.)
 */
export function claimBlock(p: Dated & { remainingCoverCents?: number }, now: Date = new Date()): ClaimBlock | null {
  const s = effectiveStatus(p, now);
  if (s !== "ACTIVE") return s;
  if (p.remainingCoverCents !== undefined && p.remainingCoverCents <= 0) return "NO_COVER_LEFT";
  return null;
}

export function canFileClaim(p: Dated & { remainingCoverCents?: number }, now: Date = new Date()): boolean {
  return claimBlock(p, now) === null;
}

/** The sentence shown instead of "File a claim" when a policy cannot take one. */
export const CLAIM_BLOCK_MESSAGES: Record<ClaimBlock, string> = {
  NOT_STARTED: "You can file a claim once this policy is in force, from its first day of cover.",
  EXPIRED: "This policy has expired, so it cannot take new claims. Incidents must be claimed while the policy is in force.",
  LAPSED: "This policy has lapsed, so it cannot take new claims.",
  CANCELLED: "This policy was cancelled, so it cannot take new claims.",
  NO_COVER_LEFT: "There is no cover left on this policy: earlier claims have used all of it.",
};

/**
 * Renewal is offered from 30 days before the last day of cover, and after expiry; never for a
 * cancelled or lapsed policy, one already renewed, or a travel policy (it covers one trip: the
 * next trip is a new policy).
 */
export function canRenew(p: Dated & { type?: string; renewedToId?: string | null }, now: Date = new Date()): boolean {
  if (p.renewedToId || p.type === "travel") return false;
  const s = effectiveStatus(p, now);
  if (s === "EXPIRED") return true;
  if (s !== "ACTIVE") return false;
  return now >= addDays(coverEndsAt(p.endDate), -RENEWAL_WINDOW_DAYS);
}
