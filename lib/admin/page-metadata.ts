import "server-only";
import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * Metadata for an admin page: its title for admins; for anyone else the same title as any missing page,
 * so the 404 a policyholder gets reveals nothing (a static `metadata` export would still name the page).
 * Use as `export const generateMetadata = adminPageMetadata("Users")`.
 */
export function adminPageMetadata(title: string): () => Promise<Metadata> {
  return async () => {
    const user = await getCurrentUser();
    return user?.role === "ADMIN" ? { title, robots: { index: false, follow: false } } : { title: "Page not found", robots: { index: false, follow: false } };
  };
}
