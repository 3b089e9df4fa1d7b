import { addDaysIso, dbDateToIso, formatPolicyDate, isoToDbDate, lastDayOfTerm, todayIso } from "@/lib/policies/policy-dates";
import { GRACE_DAYS, graceEndsAt, hasCoverEnded } from "@/lib/policies/policy-status";

/*
 * When a policy may be renewed: THE rule, used by the policy page (whether "Renew" shows and what it
 * says instead), the renew page, the renew action (again, inside its transaction) and the tests.
 * Pure: no database, no clock except the `now` passed in.
 */

/**
 * Renewal opens this many days before the last day of cover: the day the 30-day reminder goes out, so
 * the reminder's "renew in your account" is always true. It closes at the end of the grace period,
 * GRACE_DAYS after the last day of cover; then the policy lapses.
 */
export const RENEWAL_OPENS_DAYS_BEFORE = 30;

/** The renewal window of one term, as calendar dates ("2027-01-09"), both ends inclusive. */
export type RenewalWindow = {
  /** the first day "Renew" is offered */
  opensOn: string;
  /** the last day of cover of the current term */
  lastDayOfCover: string;
  /** the last day of the grace period, and so the last day renewal is possible */
  closesOn: string;
};

export type RenewalRefusal = "ALREADY_RENEWED" | "SINGLE_TRIP" | "CANCELLED" | "LAPSED" | "NOT_YET_OPEN" | "CLOSED";

export type RenewalEligibility =
  | { ok: true; window: RenewalWindow; /** cover has ended: the new term starts today, not the day after the old one */ inGrace: boolean }
  | { ok: false; reason: RenewalRefusal; message: string; window: RenewalWindow };

/** What the rule needs to know about a policy. `renewedToId` is the id of its renewal, if any. */
export type RenewablePolicy = { type: string; status: string; endDate: Date; termMonths: number; renewedToId?: string | null };

/** The window of the term ending on `endDate` (its stored UTC midnight). */
export function renewalWindow(endDate: Date): RenewalWindow {
  const lastDayOfCover = dbDateToIso(endDate);
  return {
    opensOn: addDaysIso(lastDayOfCover, -RENEWAL_OPENS_DAYS_BEFORE),
    lastDayOfCover,
    closesOn: addDaysIso(lastDayOfCover, GRACE_DAYS),
  };
}

/** Travel policies cover one trip: the next trip is a new policy, not a renewal. */
export function isRenewableType(type: string): boolean {
  return type !== "travel";
}

/** Whether the policy may be renewed at `now`, and if not, why, in words for its holder. */
export function renewalEligibility(p: RenewablePolicy, now: Date = new Date()): RenewalEligibility {
  const window = renewalWindow(p.endDate);
  const refuse = (reason: RenewalRefusal, message: string): RenewalEligibility => ({ ok: false, reason, message, window });
  const opens = formatPolicyDate(window.opensOn);
  const closes = formatPolicyDate(window.closesOn);
  const lastDay = formatPolicyDate(window.lastDayOfCover);

  if (p.renewedToId) return refuse("ALREADY_RENEWED", "This policy has already been renewed.");
  if (!isRenewableType(p.type))
    return refuse("SINGLE_TRIP", "Travel insurance covers a single trip, so it cannot be renewed. Buy a new travel policy for your next trip.");
  if (p.status === "CANCELLED") return refuse("CANCELLED", "This policy was cancelled, so it cannot be renewed.");
  if (p.status === "LAPSED")
    return refuse("LAPSED", `This policy lapsed: it was not renewed by ${closes}, ${GRACE_DAYS} days after its cover ended. You can buy a new policy instead.`);
  if (now < isoToDbDate(window.opensOn))
    return refuse("NOT_YET_OPEN", `You can renew this policy from ${opens}, ${RENEWAL_OPENS_DAYS_BEFORE} days before its last day of cover (${lastDay}), until ${closes}.`);
  if (now >= graceEndsAt(p.endDate))
    return refuse("CLOSED", `This policy could be renewed until ${closes}, ${GRACE_DAYS} days after its cover ended on ${lastDay}. It can no longer be renewed; you can buy a new policy instead.`);
  return { ok: true, window, inGrace: hasCoverEnded(p.endDate, now) };
}

/** True when "Renew" is offered: the one yes/no every caller uses. */
export function canRenew(p: RenewablePolicy, now: Date = new Date()): boolean {
  return renewalEligibility(p, now).ok;
}

/** The cover period of a renewal, as calendar dates. */
export type RenewalTerm = { startDate: string; endDate: string; termMonths: number };

/**
 * The new term: it starts the day after the old one's last day, or today when renewing in grace (cover
 * is not backdated over the gap), runs for the same number of months and ends by `lastDayOfTerm`.
 */
export function renewalTerm(p: { endDate: Date; termMonths: number }, now: Date = new Date()): RenewalTerm {
  const dayAfter = addDaysIso(dbDateToIso(p.endDate), 1);
  const today = todayIso(now);
  const startDate = today > dayAfter ? today : dayAfter;
  return { startDate, endDate: lastDayOfTerm(startDate, p.termMonths), termMonths: p.termMonths };
}
