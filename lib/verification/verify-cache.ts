import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { db, type Db } from "@/lib/db";
import { getPublicPolicyStatus, readVerificationEntry, type PublicPolicyStatus } from "@/lib/verification/public-status";

/*
 * The /verify page's per-policy cache (Next's data cache, `unstable_cache`: the API for non-fetch data
 * when Cache Components are off). One entry per policy id, tagged `verify-policy:<id>`, holding the
 * stored facts and the instant they must be read again (the next start / end of cover / end of grace,
 * see verificationRefreshAfter). Scope: the default cache handler keeps entries in this server
 * process's memory (and .next/cache on disk), so each app instance has its own cache and an expiry
 * by tag reaches only the instance that ran the action (README "Static pages and caches").
 */

/**
 * Refreshed in the background this often (seconds): half the longest life (MAX_VERIFICATION_LIFE_MS), so a
 * busy entry is replaced before its life ends, and after a boundary reads go to the database for at most this long.
 */
const REVALIDATE_SECONDS = 300;

export function verifyTag(policyId: string): string {
  return `verify-policy:${policyId}`;
}

/** The page's read: signature first (no cache, no database for a bad one), then the cached facts. */
export function getVerifiedPolicyStatus(policyId: string, signature: string | null | undefined): Promise<PublicPolicyStatus> {
  const now = new Date();
  return getPublicPolicyStatus(db, policyId, signature, now, (id) =>
    unstable_cache(() => readVerificationEntry(db, id, new Date()), ["verify-policy", id], { tags: [verifyTag(id)], revalidate: REVALIDATE_SECONDS })(),
  );
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
