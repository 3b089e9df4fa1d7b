import { verifyPolicyToken } from "@/lib/verification/policy-signature";
import { VERIFY_INTERNAL } from "@/lib/verification/verify-rewrites.mjs";

export { NOT_VALID_PATH, VERIFY_DAY_HEADER, VERIFY_INTERNAL } from "@/lib/verification/verify-rewrites.mjs";

/*
 * How a scanned QR link /verify/<policyId>?s=<signature> is served from Next's cache (README "Static pages and
 * caches"). proxy.ts checks the signature (an HMAC: no database, no cache) and tells next.config.mjs's rewrites
 * (lib/verification/verify-rewrites.mjs) the outcome:
 * - a genuine link goes to the ISR page VERIFY_INTERNAL/<policyId>/<UTC day>, cached per policy and per UTC
 *   calendar day: every status boundary (start of cover, coverEndsAt, graceEndsAt) is a UTC midnight, so the
 *   verdict is the same all day and tomorrow's scans get tomorrow's page, never today's cached one;
 * - everything else (no, wrong or repeated signature, an id that cannot be decoded) to the one prerendered
 *   not-valid page, the same page with status 200 for every invalid case.
 */

const DAY_MS = 24 * 60 * 60_000;
/** The public address of a QR link, /verify/<policyId> (no page of that name: it is rewritten). */
export const VERIFY_PUBLIC_ROUTE = { page: "/verify/[policyId]", regex: /^\/verify\/([^/]+)\/?$/ };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Normalises the id from the URL (bounded length; anything else reads as unknown). */
export function verificationPolicyId(policyId: unknown): string {
  return typeof policyId === "string" ? policyId.slice(0, 64) : "";
}

/** The UTC calendar day of an instant, "2026-11-25": the cache key of the verify page. */
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

/** Whether a day is close enough to `now` to be rendered (the day the proxy picked, give or take a request in flight at midnight). */
export function isCurrentDay(dayStart: Date, now: Date): boolean {
  return Math.abs(dayStart.getTime() - startOfUtcDay(now).getTime()) <= DAY_MS;
}

/**
 * For a request to `pathname` (as in the URL, still percent-encoded) with these values of the `s` query
 * parameter, at `now`: the UTC day whose cached page serves it when the link is genuine, null when it is one of
 * the verify addresses but not a genuine link (the not-valid page), undefined for any other address.
 */
export function verifyLinkDay(pathname: string, signatures: string[], now: Date): string | null | undefined {
  if (pathname === VERIFY_INTERNAL || pathname.startsWith(`${VERIFY_INTERNAL}/`)) return null;
  const match = VERIFY_PUBLIC_ROUTE.regex.exec(pathname);
  if (!match) return undefined;
  let id: string;
  try {
    id = verificationPolicyId(decodeURIComponent(match[1]));
  } catch {
    return null;
  }
  return signatures.length === 1 && verifyPolicyToken(id, signatures[0]) ? utcDay(now) : null;
}
