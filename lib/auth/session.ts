import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authOptions } from "@/lib/auth/options";
import type { Role } from "@/lib/auth/schemas";

/** The signed-in user as the server sees it: read from the database on every request, never trusted from the token. */
export type CurrentUser = { id: string; email: string; name: string; phone: string; role: Role; hasPhoto: boolean };

/** The current user, or null. Cached per request so layouts, pages and actions share one lookup. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, phone: true, role: true, photoUpdatedAt: true, disabledAt: true },
  });
  // A disabled account's token still verifies, so the database is what ends its sessions.
  if (!user || user.disabledAt) return null;
  const { photoUpdatedAt, disabledAt: _disabled, ...rest } = user;
  return { ...rest, role: rest.role === "ADMIN" ? "ADMIN" : "USER", hasPhoto: photoUpdatedAt !== null };
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
