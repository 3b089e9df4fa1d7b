import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { db, type Db } from "@/lib/db";
import { freshVerificationEntry, publicStatusForDay, readVerificationEntry, type PublicPolicyStatus } from "@/lib/verification/public-status";
import { isCurrentDay, verificationPolicyId } from "@/lib/verification/verify-route";

/*
 * The /verify page's caches (README "Static pages and caches"). proxy.ts checks the signature and next.config.mjs's
 * rewrites send a valid scan to the ISR page app/(public)/verify-internal/[policyId]/[day], cached by Next per policy and UTC
 * day. That page reads the stored facts here through `unstable_cache` (the API for non-fetch data when Cache
 * Components are off), one entry per policy id tagged `verify-policy:<id>`. Next copies the tags of the data a
 * page reads onto the page's own cache entry, so `expirePolicyVerification` (revalidateTag, expire 0) empties
 * both: the next scan renders afresh from the database. Scope: the default cache handler keeps entries in this
 * server process's memory (next.config.mjs: isrFlushToDisk off), so each app instance has its own cache and
 * an expiry by tag reaches only the instance that ran the action; REVALIDATE_SECONDS bounds the others.
 */

/**
 * How long (seconds) a rendered page and the facts under it are served before they are refreshed in the
 * background. The page route exports the same figure as `revalidate` (a literal there: Next reads it statically).
 */
export const REVALIDATE_SECONDS = 300;

export function verifyTag(policyId: string): string {
  return `verify-policy:${policyId}`;
}

/**
 * The verdict for the cached page of `policyId` on the UTC day starting at `dayStart`. The signature was checked
 * by proxy.ts before the request was rewritten here. Cached facts are used only while younger than the page's
 * own life, so a page refreshed after REVALIDATE_SECONDS holds facts read from the database since.
 */
export async function getPolicyStatusForDay(policyId: string, dayStart: Date): Promise<PublicPolicyStatus> {
  const now = new Date();
  const id = verificationPolicyId(policyId);
  // Only the day the proxy picks (give or take a request in flight at midnight): no entries for other days.
  if (!id || !isCurrentDay(dayStart, now)) return { valid: false };
  const cached = (key: string) =>
    unstable_cache(() => readVerificationEntry(db, key, new Date()), ["verify-policy", key], { tags: [verifyTag(key)], revalidate: REVALIDATE_SECONDS })();
  const entry = await freshVerificationEntry(db, id, now, cached, REVALIDATE_SECONDS * 1000);
  return entry ? publicStatusForDay(entry.facts, dayStart) : { valid: false };
}

/**
 * Call after any change that alters what /verify shows for these policies (cancel, renew, the holder's
 * name, account deletion), from the Server Action or Route Handler that made it. `expire: 0`: the
 * next scan waits for fresh facts instead of being served the old ones (revalidateTag docs, "Revalidation
 * Behavior"; updateTag does the same but only inside Server Actions).
 */
export function expirePolicyVerification(policyIds: Iterable<string>): void {
  for (const id of policyIds) revalidateTag(verifyTag(id), { expire: 0 });
}

/** Every policy of a holder (their name is on each verify page). */
export async function policyIdsOfHolder(database: Db, userId: string): Promise<string[]> {
  const rows = await database.policy.findMany({ where: { userId }, select: { id: true } });
  return rows.map((r) => r.id);
}
