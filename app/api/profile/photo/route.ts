import { getMyPhoto } from "@/lib/profile/queries";

/** The signed-in user's own photo. Never cached by shared caches. */
export async function GET() {
  const photo = await getMyPhoto();
  if (photo.status === 401) return new Response("Not signed in", { status: 401 });
  if (photo.status === 404) return new Response("No photo", { status: 404 });
  return new Response(Buffer.from(photo.webp), {
    headers: { "content-type": "image/webp", "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
  });
}
