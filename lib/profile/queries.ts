import "server-only";
import { db } from "@/lib/db";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { countOpenClaims, exportMyData } from "@/lib/profile/my-data";

/** The signed-in user's own data export (see exportMyData). */
export async function getMyDataExport() {
  const user = await requireUser();
  return exportMyData(db, user.id);
}

/** What the profile page shows beyond the current user: dates, photo version, open claims. */
export async function getProfileExtras() {
  const user = await requireUser();
  const [row, openClaims] = await Promise.all([
    db.user.findUnique({ where: { id: user.id }, select: { photoUpdatedAt: true, createdAt: true } }),
    countOpenClaims(db, user.id),
  ]);
  return { memberSince: row?.createdAt ?? new Date(), photoVersion: String(row?.photoUpdatedAt?.getTime() ?? 0), openClaims };
}

/** For GET /api/profile/photo: the signed-in user's own photo (WebP), 401 when signed out, 404 when none. */
export async function getMyPhoto(): Promise<{ status: 401 } | { status: 404 } | { status: 200; webp: Uint8Array }> {
  const user = await getCurrentUser();
  if (!user) return { status: 401 };
  const row = await db.user.findUnique({ where: { id: user.id }, select: { photo: true } });
  return row?.photo ? { status: 200, webp: row.photo } : { status: 404 };
}
