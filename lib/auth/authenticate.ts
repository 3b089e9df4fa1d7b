import "server-only";
import type { Db } from "@/lib/db";
import { loginSchema } from "@/lib/auth/schemas";
import { verifyPassword } from "@/lib/auth/password";
import { reserveLoginAttempt, settleSuccessfulLogin } from "@/lib/auth/throttle";
import { ACTIVE_USER } from "@/lib/auth/session-store";

/** Codes the login form maps to messages (next-auth passes a thrown error's message to the client). */
export const LOGIN_ERRORS = { THROTTLED: "THROTTLED", DISABLED: "DISABLED", INVALID: "CredentialsSignin" } as const;

export type AuthenticatedUser = { id: string; email: string; name: string; role: string };

/**
 * The credentials check behind next-auth's authorize(): reserve an attempt (atomically, per account and
 * per address) first, then verify the password, so concurrent guesses cannot outrun the limit.
 * Returns the user, null for a wrong email or password (the same answer either way), or throws
 * THROTTLED when the attempt was refused before any password was looked at, or DISABLED for a disabled
 * account (only after the right password).
 */
export async function authenticate(db: Db, credentials: unknown, ip: string | null, now = new Date()): Promise<AuthenticatedUser | null> {
  const parsed = loginSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const reservation = await reserveLoginAttempt(db, { email, ip }, now);
  if (!reservation.allowed) throw new Error(LOGIN_ERRORS.THROTTLED);
  const user = await db.user.findFirst({
    where: { email, deletedAt: ACTIVE_USER.deletedAt },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok) return null;
  // Said only after the right password, so it does not reveal which accounts exist.
  if (user.disabledAt) throw new Error(LOGIN_ERRORS.DISABLED);
  await settleSuccessfulLogin(db, reservation);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
