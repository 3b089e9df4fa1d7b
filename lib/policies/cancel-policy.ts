import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { PolicyStatus } from "@/lib/generated/prisma/enums";
import { AppError, fieldErrorsFrom } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { policyTypeLabel } from "@/lib/policies/policy-types";

export const cancelPolicySchema = z.object({
  policyId: z.string().min(1).max(64),
  reason: z.string().trim().min(5, "Say why the policy is cancelled (at least 5 characters).").max(500, "Keep the reason under 500 characters."),
});

/** Stored statuses a policy can be cancelled from (an expired, lapsed or cancelled policy is already over). */
const CANCELLABLE: PolicyStatus[] = ["ACTIVE"];

/**
 * An admin cancels a policy: status CANCELLED (conditional on it still being cancellable, so a double
 * submit or a concurrent expiry changes nothing twice), the audit entry with the reason and the
 * holder's "policy cancelled" SMS, in one transaction. The public /verify page reads the status, so
 * it says "cancelled" at once. Reserved cover is not released: claims already filed stay decidable.
 * The caller has checked the ADMIN role.
 */
export async function cancelPolicy(db: Db, adminId: string, input: unknown): Promise<{ number: string }> {
  const parsed = cancelPolicySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please give a reason.", fieldErrorsFrom(parsed.error.issues));
  const { policyId, reason } = parsed.data;
  return db.$transaction(async (tx) => {
    const policy = await tx.policy.findUnique({ where: { id: policyId }, select: { id: true, number: true, type: true, status: true, userId: true } });
    if (!policy) throw new AppError("NOT_FOUND", "We could not find that policy.");
    const { count } = await tx.policy.updateMany({ where: { id: policyId, status: { in: CANCELLABLE } }, data: { status: "CANCELLED" } });
    if (count !== 1) throw new AppError("CONFLICT", `This policy is ${policy.status.toLowerCase()} already, so it cannot be cancelled.`);
    await recordAuditEvent(tx, {
      actorId: adminId,
      actorRole: "ADMIN",
      action: "policy.cancelled",
      targetType: "policy",
      targetId: policyId,
      fromStatus: policy.status,
      toStatus: "CANCELLED",
      note: reason,
    });
    await enqueueNotification(tx, {
      kind: "policy_cancelled",
      userId: policy.userId,
      payload: { policyNumber: policy.number, typeLabel: policyTypeLabel(policy.type) },
      idempotencyKey: `policy_cancelled:${policyId}`,
    });
    return { number: policy.number };
  });
}
