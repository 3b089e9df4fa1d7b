import "server-only";
import type { Db } from "@/lib/db";
import { effectiveStatus, type EffectiveStatus } from "@/lib/policies/policy-status";
import { policyTypeLabel } from "@/lib/policies/policy-types";
import { storedObject } from "@/lib/stored-json";
import { dbDateToIso } from "@/lib/policies/policy-dates";
import { maskHolderName } from "@/lib/verification/mask-name";
import { verifyPolicyToken } from "@/lib/verification/policy-signature";

/**
 * What the public verification page may show: nothing else leaves the server for a scanner. No
 * phone, email, address, sums, premium or claims.
 */
export type PublicPolicyStatus =
  | {
      valid: true;
      status: EffectiveStatus;
      typeLabel: string;
      number: string;
      /** calendar dates, "2026-11-22" */
      validFrom: string;
      validTo: string;
      holderMasked: string;
      /** car and bike only */
      registration?: string;
    }
  | { valid: false };

const INVALID: PublicPolicyStatus = { valid: false };

/**
 * The public status of a policy from a scanned QR code. The database lookup happens whether or not
 * the signature is right, and every failure (no signature, wrong signature, unknown id) returns the
 * same `{ valid: false }`, so the answer and its timing do not reveal which ids exist.
 */
export async function getPublicPolicyStatus(db: Db, policyId: string, signature: string | null | undefined, now: Date = new Date()): Promise<PublicPolicyStatus> {
  const id = typeof policyId === "string" ? policyId.slice(0, 64) : "";
  const signatureOk = verifyPolicyToken(id, signature);
  const row = await db.policy.findUnique({
    where: { id },
    select: { number: true, type: true, status: true, startDate: true, endDate: true, details: true, user: { select: { name: true } } },
  });
  if (!signatureOk || !row) return INVALID;
  let registration: string | undefined;
  if (row.type === "car" || row.type === "bike") {
    const reg = storedObject(row.details).registration;
    if (typeof reg === "string") registration = reg;
  }
  return {
    valid: true,
    status: effectiveStatus(row, now),
    typeLabel: policyTypeLabel(row.type),
    number: row.number,
    validFrom: dbDateToIso(row.startDate),
    validTo: dbDateToIso(row.endDate),
    holderMasked: maskHolderName(row.user.name),
    ...(registration ? { registration } : {}),
  };
}
