/*
 * The public QR link /verify/<policyId>?s=<signature> (README "Static pages and caches"): answered by the route
 * handler app/verify/[policyId]/route.ts, which checks the signature (an HMAC: no database, no cache) and gives the
 * verdict for the current UTC calendar day: every status boundary (start of cover, coverEndsAt, graceEndsAt) is a
 * UTC midnight, so the verdict is the same all day. Everything else (no, wrong or repeated signature) gets the one
 * not-valid document, with status 200.
 */

const DAY_MS = 24 * 60 * 60_000;
/** The public address of a QR link, /verify/<policyId>. */
export const VERIFY_PUBLIC_ROUTE = { page: "/verify/[policyId]", regex: /^\/verify\/([^/]+)\/?$/ };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Normalises the id from the URL (bounded length; anything else reads as unknown). */
export function verificationPolicyId(policyId: unknown): string {
  return typeof policyId === "string" ? policyId.slice(0, 64) : "";
}

/** The UTC calendar day of an instant, "2026-11-25". */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The first instant of a UTC day given as "YYYY-MM-DD", or null for anything that is not a real day. */
export function utcDayStart(day: unknown): Date | null {
  if (typeof day !== "string" || !DAY.test(day)) return null;
  const start = new Date(`${day}T00:00:00.000Z`);
  return Number.isNaN(start.getTime()) || utcDay(start) !== day ? null : start;
}

/** The first instant (00:00 UTC) of the UTC day `now` falls in. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
}
