import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { findPolicyForUser } from "@/lib/policies/policy-records";
import { renderPolicyDocument } from "@/lib/policies/policy-document";
import { policyQrPng } from "@/lib/verification/policy-qr";
import { signPolicyUrl } from "@/lib/verification/policy-signature";

/** The owner's policy schedule as a PDF download. Anyone else, or an unknown id, gets 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Not signed in", { status: 401 });
  const { id } = await params;
  const policy = await findPolicyForUser(db, user.id, id);
  if (!policy) return new Response("Not found", { status: 404 });
  const pdf = await renderPolicyDocument(policy, user.name, signPolicyUrl(policy.id), await policyQrPng(policy.id, 300));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="policy-${policy.number}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
