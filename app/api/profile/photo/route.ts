import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";

/** The signed-in user's own photo. Never cached by shared caches. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Not signed in", { status: 401 });
  const row = await db.user.findUnique({ where: { id: user.id }, select: { photo: true } });
  if (!row?.photo) return new Response("No photo", { status: 404 });
  return new Response(Buffer.from(row.photo), {
    headers: { "content-type": "image/webp", "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
  });
}
