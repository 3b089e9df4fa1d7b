import type { PolicyStatus } from "@/lib/policies/policy-types";

/**
 * What a policy's status means today. The stored status changes only through events (cancel,
 * lapse, an expiry job); a policy still stored as ACTIVE after its last day of cover is reported
 * as EXPIRED, and one whose start is still ahead as NOT_STARTED, so nobody is told it is in force
 * when it is not.
 */
export type EffectiveStatus = PolicyStatus | "NOT_STARTED";

/** Days after the last day of cover during which an expired policy may still be renewed; then it lapses. */
export const GRACE_DAYS = 30;
const DAY_MS = 24 * 60 * 60_000;

type Dated = { status: string; startDate: Date; endDate: Date };

/**
 * Cover runs to the end of the last day (endDate is that day's UTC midnight). This is THE rule for
 * "cover has ended": the policy pages, /verify, renewals and the expiry sweep all go through it.
 */
export function coverEndsAt(endDate: Date): Date {
  // UTC arithmetic, not date-fns addDays: that works in the server's local time and would move the
  // instant by an hour across a daylight-saving change when the server is not on UTC.
  return new Date(endDate.getTime() + DAY_MS);
}

/** True from 00:00 UTC on the day after the last day of cover. */
export function hasCoverEnded(endDate: Date, now: Date = new Date()): boolean {
  return now >= coverEndsAt(endDate);
}

/** The instant an expired, unrenewed policy lapses: the end of the 30-day grace period after cover ends. */
export function graceEndsAt(endDate: Date): Date {
  return new Date(coverEndsAt(endDate).getTime() + GRACE_DAYS * DAY_MS);
}

/**
 * The same rules turned round for database queries: the latest stored `endDate` (a last day of cover)
 * whose cover has ended by `now`, and the latest whose grace period has ended by `now`.
 */
export function lastEndDateWithCoverEnded(now: Date): Date {
  return new Date(now.getTime() - DAY_MS);
}
export function lastEndDateWithGraceEnded(now: Date): Date {
  return new Date(now.getTime() - (GRACE_DAYS + 1) * DAY_MS);
}

export function effectiveStatus(p: Dated, now: Date = new Date()): EffectiveStatus {
  if (p.status === "CANCELLED" || p.status === "LAPSED" || p.status === "EXPIRED") return p.status;
  if (hasCoverEnded(p.endDate, now)) return "EXPIRED";
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
