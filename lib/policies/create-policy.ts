import type { Db } from "@/lib/db";
import { AppError, fieldErrorsFrom, isUniqueViolation } from "@/lib/errors";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { policyInputSchema } from "@/lib/policies/schemas";
import { toPolicyDraft } from "@/lib/policies/policy-draft";
import { quotePremium } from "@/lib/policies/rating";
import { generatePolicyNumber } from "@/lib/policies/policy-number";
import { POLICY_TYPE_INFO, type PolicyType } from "@/lib/policies/policy-types";
import { isoToDbDate } from "@/lib/policies/policy-dates";

const MAX_NUMBER_ATTEMPTS = 5;

export type CreatedPolicy = { id: string; number: string; premiumCents: number };

/**
 * Buys a policy for `userId` from a policy form's raw input: validates it with the type's schema,
 * prices it with the same rating function the form used (any price sent by the browser is ignored),
 * and in ONE transaction writes the policy and its "policy created" SMS to the outbox, so there is
 * never a policy without its message or a message without its policy. A policy-number collision
 * (40 random bits, so rare) retries with a new number.
 *
 * `generateNumber` exists so tests can force a collision.
 */
export async function createPolicy(
  db: Db,
  userId: string,
  input: unknown,
  opts: { generateNumber?: (type: PolicyType) => string } = {},
): Promise<CreatedPolicy> {
  const parsed = policyInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", undefined, fieldErrorsFrom(parsed.error.issues));
  const draft = toPolicyDraft(parsed.data);
  const { premiumCents } = quotePremium(draft);
  const generate = opts.generateNumber ?? generatePolicyNumber;
  const typeLabel = POLICY_TYPE_INFO[draft.type].label.toLowerCase();

  for (let attempt = 1; ; attempt++) {
    const number = generate(draft.type);
    try {
      return await db.$transaction(async (tx) => {
        const policy = await tx.policy.create({
          data: {
            number,
            userId,
            type: draft.type,
            status: "ACTIVE",
            startDate: isoToDbDate(draft.startDate),
            endDate: isoToDbDate(draft.endDate),
            termMonths: draft.termMonths,
            sumInsuredCents: draft.sumInsuredCents,
            remainingCoverCents: draft.sumInsuredCents,
            premiumCents,
            currency: "GBP",
            details: draft.details,
          },
          select: { id: true, number: true, premiumCents: true },
        });
        await enqueueNotification(tx, {
          kind: "policy_created",
          userId,
          payload: { policyNumber: policy.number, typeLabel, startDate: isoToDbDate(draft.startDate).toISOString(), endDate: isoToDbDate(draft.endDate).toISOString() },
          idempotencyKey: `policy_created:${policy.id}`,
        });
        return policy;
      });
    } catch (e) {
      if (isUniqueViolation(e) && attempt < MAX_NUMBER_ATTEMPTS) continue;
      if (isUniqueViolation(e)) throw new AppError("CONFLICT", "We could not issue a policy number just now. Please try again.");
      throw e;
    }
  }
}
