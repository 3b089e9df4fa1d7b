import { findMyPolicyForDownload } from "@/lib/policies/queries";
import { policyQrPng } from "@/lib/verification/policy-qr";

/** The owner's policy QR code as a PNG download. Anyone else, or an unknown id, gets 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const found = await findMyPolicyForDownload((await params).id);
  if (found.status === 401) return new Response("Not signed in", { status: 401 });
  if (found.status === 404) return new Response("Not found", { status: 404 });
  const { policy } = found;
  const png = await policyQrPng(policy.id);
  return new Response(new Uint8Array(png), {
    headers: {
      "content-type": "image/png",
      "content-disposition": `attachment; filename="policy-${policy.number}-qr.png"`,
      "cache-control": "private, no-store",
    },
  });
}
