import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { getRenewalOffer, type RenewalOffer } from "@/lib/renewals/renew-policy";

export type { RenewalOffer } from "@/lib/renewals/renew-policy";

/** The signed-in holder's renewal offer for one of their own policies; anyone else's id is "not found". */
export async function getMyRenewalOffer(policyId: string): Promise<RenewalOffer> {
  const user = await requireUser();
  const offer = await getRenewalOffer(db, user.id, policyId);
  if (!offer) notFound();
  return offer;
}
