import "server-only";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Server-side record of each sign-in (model AuthSession). The JWT cookie only carries the row's id; a
 * session is valid while its row exists, is not revoked and has not reached its absolute expiry, and while
 * its user is still allowed to sign in. That last condition lives in one place, ACTIVE_USER, so later rules
 * (a disabled account: `disabledAt: null`) join every session check at once.
 */
export const ACTIVE_USER = { deletedAt: null, disabledAt: null } as const;

export async function createAuthSession(db: Db, userId: string, now = new Date()): Promise<{ id: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + env().SESSION_MAX_HOURS * 3_600_000);
  const row = await db.authSession.create({ data: { userId, createdAt: now, expiresAt }, select: { id: true, expiresAt: true } });
  // Opportunistic clean-up keeps the table to live sessions plus a day (no separate job needed).
  if (Math.random() < 0.05) await db.authSession.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  return row;
}

/** The user id of a live session, or null (unknown, revoked, expired, or its user may no longer sign in). */
export async function findActiveSessionUser(db: Db, sessionId: string, now = new Date()): Promise<string | null> {
  const row = await db.authSession.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: now }, user: ACTIVE_USER },
    select: { userId: true },
  });
  return row?.userId ?? null;
}

/** Ends one session (sign out). */
export async function revokeAuthSession(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of a user (sign out of all devices, account deletion, password change). */
export async function revokeAllAuthSessions(db: Db, userId: string, now = new Date()): Promise<number> {
  const { count } = await db.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}
