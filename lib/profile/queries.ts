import "server-only";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
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
