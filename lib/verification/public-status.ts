import "server-only";
import type { Db } from "@/lib/db";
import { coverEndsAt, effectiveStatus, graceEndsAt, type EffectiveStatus } from "@/lib/policies/policy-status";
import { policyTypeLabel } from "@/lib/policies/policy-types";
import { storedObject } from "@/lib/stored-json";
import { dbDateToIso } from "@/lib/policies/policy-dates";
import { maskHolderName } from "@/lib/verification/mask-name";
import { verifyPolicyToken } from "@/lib/verification/policy-signature";
import { startOfUtcDay, verificationPolicyId } from "@/lib/verification/verify-route";

export { verificationPolicyId };

/**
 * What the public verification page may show: nothing else leaves the server for a scanner. No
 * phone, email, address, sums, premium or claims.
 */
export type PublicPolicyStatus =
  | {
      valid: true;
      status: EffectiveStatus;
      typeLabel: string;
      number: string;
      /** calendar dates, "2026-11-22" */
      validFrom: string;
      validTo: string;
      holderMasked: string;
      /** car and bike only */
      registration?: string;
    }
  | { valid: false };

/**
 * The stored facts behind a verdict (what gets cached): the stored status and the dates, not the
 * verdict itself, so the verdict is worked out at every request with that request's clock and a
 * cached entry can never say "in force" after cover has ended.
 */
export type VerificationFacts = {
  storedStatus: string;
  /** instants, ISO strings (the cache stores JSON) */
  startDate: string;
  endDate: string;
  typeLabel: string;
  number: string;
  holderMasked: string;
  registration?: string;
};

/** Facts as read at `readAt`, and the instant after which they must be read again (see verificationRefreshAfter). */
export type VerificationEntry = { facts: VerificationFacts; refreshAfter: string; readAt?: string };

const INVALID: PublicPolicyStatus = { valid: false };

/**
 * The longest any entry is trusted without a boundary. In-app changes expire it by tag at once, but only in
 * the instance that made them (the default cache handler is per process): this bounds how long another
 * instance can show the old facts.
 */
export const MAX_VERIFICATION_LIFE_MS = 10 * 60_000;
/** After the grace period ends the worker marks the policy LAPSED on its next sweep: re-read every minute until it has. */
export const AWAITING_WORKER_LIFE_MS = 60_000;

/**
 * When cached facts stop being trustworthy: the next time boundary at which the stored row may change
 * without any request in this app (the worker stores EXPIRED when cover ends and LAPSED when the grace
 * period ends), i.e. the next of: start of cover, end of cover (coverEndsAt, the one rule), end of grace.
 * Cancelled and lapsed policies change only through the app, which expires the entry by tag; they keep
 * the safety-net life. Never later than now + MAX_VERIFICATION_LIFE_MS (ten minutes).
 */
export function verificationRefreshAfter(facts: Pick<VerificationFacts, "storedStatus" | "startDate" | "endDate">, now: Date): Date {
  const cap = now.getTime() + MAX_VERIFICATION_LIFE_MS;
  if (facts.storedStatus === "CANCELLED" || facts.storedStatus === "LAPSED") return new Date(cap);
  const end = new Date(facts.endDate);
  const boundaries = [new Date(facts.startDate), coverEndsAt(end), graceEndsAt(end)].map((d) => d.getTime()).filter((t) => t > now.getTime());
  const next = boundaries.length > 0 ? Math.min(...boundaries) : now.getTime() + AWAITING_WORKER_LIFE_MS;
  return new Date(Math.min(next, cap));
}

/** Seconds an entry read at `now` may be served: the cache life, for logs, tests and the README. */
export function verificationCacheLifeSeconds(facts: Pick<VerificationFacts, "storedStatus" | "startDate" | "endDate">, now: Date): number {
  return Math.max(0, Math.ceil((verificationRefreshAfter(facts, now).getTime() - now.getTime()) / 1000));
}

/** The facts for one policy, straight from the database (null for an unknown id). */
export async function readVerificationEntry(db: Db, policyId: string, now: Date = new Date()): Promise<VerificationEntry | null> {
  const row = await db.policy.findUnique({
    where: { id: policyId },
    select: { number: true, type: true, status: true, startDate: true, endDate: true, details: true, user: { select: { name: true } } },
  });
  if (!row) return null;
  let registration: string | undefined;
  if (row.type === "car" || row.type === "bike") {
    const reg = storedObject(row.details).registration;
    if (typeof reg === "string") registration = reg;
  }
  const facts: VerificationFacts = {
    storedStatus: row.status,
    startDate: row.startDate.toISOString(),
    endDate: row.endDate.toISOString(),
    typeLabel: policyTypeLabel(row.type),
    number: row.number,
    holderMasked: maskHolderName(row.user.name),
    ...(registration ? { registration } : {}),
  };
  return { facts, refreshAfter: verificationRefreshAfter(facts, now).toISOString(), readAt: now.toISOString() };
}

/** The verdict for `now` from stored facts (effectiveStatus: the same rule as the policy pages). */
export function publicStatusFromFacts(facts: VerificationFacts, now: Date): PublicPolicyStatus {
  const dated = { status: facts.storedStatus, startDate: new Date(facts.startDate), endDate: new Date(facts.endDate) };
  return {
    valid: true,
    status: effectiveStatus(dated, now),
    typeLabel: facts.typeLabel,
    number: facts.number,
    validFrom: dbDateToIso(dated.startDate),
    validTo: dbDateToIso(dated.endDate),
    holderMasked: facts.holderMasked,
    ...(facts.registration ? { registration: facts.registration } : {}),
  };
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * The verdict for a whole UTC calendar day (the cached /verify page shows it from the day's first to its last
 * instant). Every boundary falls on a UTC midnight, so the verdict at the day's first instant holds all day;
 * should a stored date ever not be a midnight, "in force" is said only when it holds for the whole day
 * (cover starting during the day reads Not started yet, cover ending during the day reads Expired).
 */
export function publicStatusForDay(facts: VerificationFacts, dayStart: Date): PublicPolicyStatus {
  const first = publicStatusFromFacts(facts, dayStart);
  const last = publicStatusFromFacts(facts, new Date(dayStart.getTime() + DAY_MS - 1));
  if (!first.valid || !last.valid || first.status === last.status) return first;
  return first.status === "ACTIVE" ? last : first;
}

/**
 * The entry `readEntry` gives (a cache), unless it is past its refreshAfter or, with `maxAgeMs`, was read longer
 * ago than that: then the facts are read from the database again.
 */
export async function freshVerificationEntry(
  db: Db,
  id: string,
  now: Date,
  readEntry: (id: string) => Promise<VerificationEntry | null>,
  maxAgeMs = Infinity,
): Promise<VerificationEntry | null> {
  const entry = await readEntry(id);
  if (!entry) return null;
  const tooOld = now.getTime() - new Date(entry.readAt ?? 0).getTime() >= maxAgeMs;
  return tooOld || now.getTime() >= new Date(entry.refreshAfter).getTime() ? readVerificationEntry(db, id, now) : entry;
}

/**
 * What /verify shows for a scanned QR code at `now`: the signature (an HMAC only the server can make) is checked
 * first, so a forged or mistyped code costs no cache or database work; every failure (no signature, wrong
 * signature, unknown id) returns the same `{ valid: false }`; the verdict is the one for the whole UTC day of
 * `now` (publicStatusForDay). `readEntry` is where the facts come from (the database by default; the /verify
 * API route passes its cache, verify-cache.ts); an entry past its refreshAfter, or read more than `maxAgeMs` ago,
 * is never used: the facts are read again from the database.
 */
export async function getPublicPolicyStatus(
  db: Db,
  policyId: string,
  signature: string | null | undefined,
  now: Date = new Date(),
  readEntry: (id: string) => Promise<VerificationEntry | null> = (id) => readVerificationEntry(db, id, now),
  maxAgeMs = Infinity,
): Promise<PublicPolicyStatus> {
  const id = verificationPolicyId(policyId);
  if (!id || !verifyPolicyToken(id, signature)) return INVALID;
  const entry = await freshVerificationEntry(db, id, now, readEntry, maxAgeMs);
  return entry ? publicStatusForDay(entry.facts, startOfUtcDay(now)) : INVALID;
}
