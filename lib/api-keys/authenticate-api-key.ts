import "server-only";
import type { Db } from "@/lib/db";
import { apiKeyMatchesHash, apiKeyPrefix } from "@/lib/api-keys/api-key-secret";

/** How stale `lastUsedAt` may get before a request refreshes it: at most one write per key per interval. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export type AuthenticatedApiKey = { id: string; name: string; prefix: string };

/**
 * The active key a presented secret belongs to, or null (unknown, wrong or revoked: the caller answers
 * all three the same way). The row is found by its display prefix (unique index), then the whole key's
 * SHA-256 is compared with the stored hash in constant time.
 *
 * `lastUsedAt` is refreshed only when the stored value is older than a minute, with the staleness in
 * the update's `where`, so a busy key costs one write a minute, not one per request, and concurrent
 * requests race to a single write.
 */
export async function authenticateApiKey(db: Db, presented: string | null, now: Date = new Date()): Promise<AuthenticatedApiKey | null> {
  const prefix = presented ? apiKeyPrefix(presented) : null;
  const row = prefix
    ? await db.apiKey.findUnique({ where: { prefix }, select: { id: true, name: true, prefix: true, keyHash: true, revokedAt: true, lastUsedAt: true } })
    : null;
  const matches = apiKeyMatchesHash(presented ?? "", row?.keyHash ?? null);
  if (!row || !matches || row.revokedAt) return null;
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < staleBefore) {
    await db.apiKey.updateMany({
      where: { id: row.id, revokedAt: null, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return { id: row.id, name: row.name, prefix: row.prefix };
}
