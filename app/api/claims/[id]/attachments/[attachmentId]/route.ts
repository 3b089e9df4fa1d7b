import { getAttachmentForReader } from "@/lib/claims/queries";

/**
 * A claim attachment, for the claim's holder and for admins only (checked in the query). Sent as a
 * download with its stored (verified, re-encoded) type and nosniff, never cached by shared caches.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  const file = await getAttachmentForReader(id, attachmentId);
  if (file === "signed-out") return new Response("Not signed in", { status: 401 });
  if (!file) return new Response("Not found", { status: 404 });
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.bytes.byteLength),
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
