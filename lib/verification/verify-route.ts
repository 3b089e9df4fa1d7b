/*
 * The public QR link /verify/<policyId>?s=<signature> (README "Static pages and caches"): rewritten by
 * next.config.mjs to the Pages Router API route pages/api/verify-qr/[policyId].ts, which checks the signature (an
 * HMAC: no database, no cache) and gives the verdict for the current UTC calendar day: every status boundary (start
 * of cover, coverEndsAt, graceEndsAt) is a UTC midnight, so the verdict is the same all day. Everything else (no,
 * wrong or repeated signature) gets the one not-valid document, with status 200.
 */

const DAY_MS = 24 * 60 * 60_000;
/** The public address of a QR link, /verify/<policyId>. */
export const VERIFY_PUBLIC_ROUTE = { page: "/verify/[policyId]", regex: /^\/verify\/([^/]+)\/?$/ };

/** Normalises the id from the URL (bounded length; anything else reads as unknown). */
export function verificationPolicyId(policyId: unknown): string {
  return typeof policyId === "string" ? policyId.slice(0, 64) : "";
}

/** The first instant (00:00 UTC) of the UTC day `now` falls in. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
}
