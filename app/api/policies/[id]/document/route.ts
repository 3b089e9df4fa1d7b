import { findMyPolicyForDownload } from "@/lib/policies/queries";
import { renderPolicyDocument } from "@/lib/policies/policy-document";
import { policyQrPng } from "@/lib/verification/policy-qr";
import { signPolicyUrl } from "@/lib/verification/policy-signature";

/** The owner's policy schedule as a PDF download. Anyone else, or an unknown id, gets 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const found = await findMyPolicyForDownload((await params).id);
  if (found.status === 401) return new Response("Not signed in", { status: 401 });
  if (found.status === 404) return new Response("Not found", { status: 404 });
  const { policy, holderName } = found;
  const pdf = await renderPolicyDocument(policy, holderName, signPolicyUrl(policy.id), await policyQrPng(policy.id, 300));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="policy-${policy.number}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
