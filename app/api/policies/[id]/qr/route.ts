import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { findPolicyForUser } from "@/lib/policies/policy-records";
import { policyQrPng } from "@/lib/verification/policy-qr";

/** The owner's policy QR code as a PNG download. Anyone else, or an unknown id, gets 404. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Not signed in", { status: 401 });
  const { id } = await params;
  const policy = await findPolicyForUser(db, user.id, id);
  if (!policy) return new Response("Not found", { status: 404 });
  const png = await policyQrPng(policy.id);
  return new Response(new Uint8Array(png), {
    headers: {
      "content-type": "image/png",
      "content-disposition": `attachment; filename="policy-${policy.number}-qr.png"`,
      "cache-control": "private, no-store",
    },
  });
}
