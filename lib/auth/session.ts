import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authOptions } from "@/lib/auth/options";
import { ACTIVE_USER } from "@/lib/auth/session-store";
import type { Role } from "@/lib/auth/schemas";

/** The signed-in user as the server sees it: read from the database on every request, never trusted from the token. */
export type CurrentUser = { id: string; email: string; name: string; phone: string; phoneVerified: boolean; role: Role; hasPhoto: boolean };

/**
 * The current user, or null. Cached per request so layouts, pages and actions share one lookup.
 * getServerSession runs the jwt callback, which checks the server-side session (not revoked, not past
 * its absolute expiry); the user row is then read under the same ACTIVE_USER rule.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id, ...ACTIVE_USER },
    select: { id: true, email: true, name: true, phone: true, role: true, photoUpdatedAt: true, phoneVerifiedAt: true },
  });
  if (!user) return null;
  const { photoUpdatedAt, phoneVerifiedAt, ...rest } = user;
  return { ...rest, role: rest.role === "ADMIN" ? "ADMIN" : "USER", hasPhoto: photoUpdatedAt !== null, phoneVerified: phoneVerifiedAt !== null };
});

/** For the data layer and actions: the current user, or an UNAUTHORIZED error. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED");
  return user;
}

/** For the data layer and actions: the current user holding `role`; FORBIDDEN otherwise. */
export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== role) throw new AppError("FORBIDDEN");
  return user;
}

/** For pages: the current user, or a redirect to sign in that comes back here. */
export async function userOrRedirect(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * For admin pages: the admin, or "not found" for anyone else, so admin pages are not advertised.
 * Each admin page calls it itself (Next renders layouts and pages in parallel, so a layout check
 * alone does not stop a page's queries from running).
 */
export async function adminOrNotFound(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user?.role !== "ADMIN") notFound();
  return user;
}
