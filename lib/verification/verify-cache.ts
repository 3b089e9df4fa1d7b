import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { db, type Db } from "@/lib/db";
import { getPublicPolicyStatus, readVerificationEntry, type PublicPolicyStatus } from "@/lib/verification/public-status";

/*
 * The /verify page's cache (README "Static pages and caches"). The Pages API route pages/api/verify-qr/[policyId].ts
 * checks the signature, then reads the stored facts here through `unstable_cache` (the API for non-fetch data when
 * Cache Components are off; outside the App Router it uses the server's own incremental cache, the same store and
 * tag expiry the server actions write to, and reads the database at once when an entry is missing or stale), one
 * entry per policy id tagged `verify-policy:<id>`, and works out the verdict for the current UTC day at every
 * request: a cached entry is never a cached verdict, so nothing is stale across a day boundary.
 * `expirePolicyVerification` (revalidateTag, expire 0) empties the entry: the next scan reads the database. Scope: the default cache handler keeps entries in this server process's memory (next.config.mjs:
 * isrFlushToDisk off), so each app instance has its own cache and an expiry by tag reaches only the instance that
 * ran the action; REVALIDATE_SECONDS bounds the others.
 */

/** How long (seconds) cached facts are trusted: after that a scan reads them from the database again. */
export const REVALIDATE_SECONDS = 300;

export function verifyTag(policyId: string): string {
  return `verify-policy:${policyId}`;
}

/**
 * What a scan of /verify/<policyId>?s=<signatures> shows now: `{ valid: false }` for every invalid case, decided by
 * the signature before any cache or database read (getPublicPolicyStatus), else the day's verdict from cached facts
 * younger than REVALIDATE_SECONDS and their own boundaries (freshVerificationEntry).
 */
export async function getScanStatus(policyId: string, signatures: string[], now: Date = new Date()): Promise<PublicPolicyStatus> {
  if (signatures.length !== 1) return { valid: false };
  const cached = (key: string) =>
    unstable_cache(() => readVerificationEntry(db, key, new Date()), ["verify-policy", key], { tags: [verifyTag(key)], revalidate: REVALIDATE_SECONDS })();
  return getPublicPolicyStatus(db, policyId, signatures[0], now, cached, REVALIDATE_SECONDS * 1000);
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
