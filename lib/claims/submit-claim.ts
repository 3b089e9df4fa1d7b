import "server-only";
import { addDays } from "date-fns";
import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, fieldErrorsFrom, isUniqueViolation } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import type { FraudScore, AppClaimInput } from "@/ml/fraud/score";
import { activeFraudModel, claimScorerFor } from "@/lib/model-registry/active-model";
import { observeClaimScoring } from "@/lib/metrics/record";
import { appClaimToRecord, modelKindForPolicy } from "@/ml/fraud/app-mapping";
import { generateReadableNumber } from "@/lib/policies/policy-number";
import { dbDateToIso } from "@/lib/policies/policy-dates";
import { claimBlock, CLAIM_BLOCK_MESSAGES } from "@/lib/policies/policy-status";
import { poundsToCents } from "@/lib/policies/money";
import { claimAmountCents, claimFormSchema, claimKindFor, coverLeftMessage } from "@/lib/claims/schemas";
import { claimDetails, toAppClaimInput } from "@/lib/claims/claim-model-input";
import { transitionClaim } from "@/lib/claims/transition-claim";
import { recordAttachments, stageAttachments, verifyAttachments, type AttachmentStore, type UploadedFile } from "@/lib/claims/attachments";
import { storedObject } from "@/lib/stored-json";

export const CLAIM_NUMBER_PREFIX = "CLM";
const MAX_NUMBER_ATTEMPTS = 5;
/**
 * Claims on a busy policy queue for SQLite's single writer; wait for a turn rather than failing
 * (Prisma's defaults are 2 s to start and 5 s to finish).
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

export type SubmitClaimOptions = {
  now?: Date;
  /** Claims the model clears are approved automatically up to this amount (pence). */
  autoApproveMaxCents?: number;
  store?: AttachmentStore;
  /** The scorer; tests pass one that fails to prove nothing is half-saved. */
  score?: (input: AppClaimInput) => FraudScore;
  generateNumber?: () => string;
};

export type SubmittedClaim = { id: string; number: string; status: "APPROVED" | "UNDER_REVIEW"; amountCents: number };

const policySelect = {
  id: true,
  number: true,
  type: true,
  status: true,
  startDate: true,
  endDate: true,
  premiumCents: true,
  sumInsuredCents: true,
  remainingCoverCents: true,
  details: true,
  user: { select: { createdAt: true } },
} as const;

/**
 * Files a claim for `userId` on their policy `policyId` from the claim form's raw input and files.
 *
 * Validates with the policy's claim schema and verifies the attachments first (no database writes).
 * Then ONE transaction: reserves the amount against the policy's remaining cover with a conditional
 * decrement whose `where` also names the owner and requires the policy to be in force (so two
 * concurrent claims can never take cover below zero, and another user's policy matches nothing),
 * scores the claim with the fraud model, stores the claim with its score and the exact model
 * inputs, records the attachments and the audit trail (submitted by the holder, routed by the
 * system), routes it (model says approve and amount ≤ the auto-approval limit → Approved,
 * otherwise Under review) and queues the "claim received" SMS naming the outcome. Any failure
 * rolls all of it back (and removes attachment files written for it).
 */
export async function submitClaim(
  db: Db,
  userId: string,
  policyId: string,
  input: unknown,
  files: UploadedFile[] = [],
  opts: SubmitClaimOptions = {},
): Promise<SubmittedClaim> {
  const now = opts.now ?? new Date();
  if (typeof policyId !== "string" || policyId.length > 64) throw new AppError("NOT_FOUND", "We could not find that policy.");
  const policy = await db.policy.findFirst({ where: { id: policyId, userId }, select: policySelect });
  if (!policy) throw new AppError("NOT_FOUND", "We could not find that policy.");
  const blocked = claimBlock(policy, now);
  if (blocked) throw new AppError("INVALID_INPUT", CLAIM_BLOCK_MESSAGES[blocked]);

  const schema = claimFormSchema({
    type: policy.type,
    startDate: dbDateToIso(policy.startDate),
    endDate: dbDateToIso(policy.endDate),
    remainingCoverCents: policy.remainingCoverCents,
  });
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", undefined, fieldErrorsFrom(parsed.error.issues));
  const values = parsed.data;
  if (values.kind !== claimKindFor(policy.type)) throw new AppError("INVALID_INPUT", "This form does not match the policy. Reload the page and try again.");
  const amountCents = claimAmountCents(values);

  const verified = await verifyAttachments(files);
  const { staged, discard } = await stageAttachments(verified, opts.store ?? { dir: env().ATTACHMENTS_DIR });
  const autoApproveMaxCents = opts.autoApproveMaxCents ?? poundsToCents(env().CLAIMS_AUTO_APPROVE_MAX_GBP);
  // The kind's active registry version (cached read), resolved before the transaction; the claim keeps its version.
  const score = opts.score ?? claimScorerFor(await activeFraudModel(db, modelKindForPolicy(policy.type)));
  const policyDetails = storedObject(policy.details);
  const details = claimDetails(values);
  const { policyType } = { policyType: policy.type };

  try {
    for (let attempt = 1; ; attempt++) {
      const number = (opts.generateNumber ?? (() => generateReadableNumber(CLAIM_NUMBER_PREFIX)))();
      try {
        return await db.$transaction(async (tx) => {
          await reserveCover(tx, { policyId, userId, amountCents, now });
          const priorClaimsByHolder = await tx.claim.count({ where: { userId } });
          const priorClaimsOnPolicy = await tx.claim.count({ where: { policyId } });
          const modelInput = toAppClaimInput(values, {
            policy: { type: policyType, startDate: policy.startDate, premiumCents: policy.premiumCents, sumInsuredCents: policy.sumInsuredCents, details: policyDetails },
            holder: { createdAt: policy.user.createdAt },
            priorClaimsByHolder,
            priorClaimsOnPolicy,
            reportedAt: now,
          });
          const scoringStarted = performance.now();
          const fraud = score(modelInput);
          observeClaimScoring(performance.now() - scoringStarted, fraud.decision);
          const { record } = appClaimToRecord(modelInput);
          const claim = await tx.claim.create({
            data: {
              number,
              policyId,
              userId,
              status: "SUBMITTED",
              incidentDate: modelInput.claim.incidentDate,
              incidentHour: values.incidentHour,
              description: values.description,
              policeReport: values.policeReport === "yes",
              witnesses: values.witnesses,
              amountCents,
              reservedCents: amountCents,
              details,
              fraudProbability: fraud.probability,
              anomalyScore: fraud.anomaly,
              fraudDecision: fraud.decision,
              fraudReasons: fraud.reasons,
              modelVersion: fraud.modelVersion,
              modelKind: fraud.modelKind,
              modelInputs: record,
              submittedAt: now,
            },
            select: { id: true, number: true },
          });
          await recordAttachments(tx, claim.id, staged);
          await recordAuditEvent(tx, {
            actorId: userId,
            actorRole: "USER",
            action: "claim.submitted",
            targetType: "claim",
            targetId: claim.id,
            fromStatus: null,
            toStatus: "SUBMITTED",
            data: { policyId, amountCents, attachments: staged.length },
          });
          const autoApprove = fraud.decision === "approve" && amountCents <= autoApproveMaxCents;
          const to = autoApprove ? "APPROVED" : "UNDER_REVIEW";
          await transitionClaim(tx, {
            claimId: claim.id,
            to,
            actor: { id: null, role: "SYSTEM" },
            note: autoApprove ? "Approved automatically: your claim met our checks for fast approval." : "A claims handler will review your claim.",
            notify: false,
          });
          await enqueueNotification(tx, {
            kind: "claim_submitted",
            userId,
            payload: { policyNumber: policy.number, claimRef: claim.number, amountCents, outcome: to },
            idempotencyKey: `claim_submitted:${claim.id}`,
          });
          return { id: claim.id, number: claim.number, status: to, amountCents };
        }, TRANSACTION_OPTIONS);
      } catch (e) {
        if (isUniqueViolation(e) && attempt < MAX_NUMBER_ATTEMPTS) continue;
        if (isUniqueViolation(e)) throw new AppError("CONFLICT", "We could not issue a claim number just now. Please try again.");
        throw e;
      }
    }
  } catch (e) {
    await discard();
    throw e;
  }
}

/**
 * Takes `amountCents` off the policy's remaining cover in one conditional update: the owner, the
 * policy being in force and enough cover are all in the `where`. When nothing matched, says why.
 */
async function reserveCover(tx: Tx, p: { policyId: string; userId: string; amountCents: number; now: Date }): Promise<void> {
  const reserved = await tx.policy.updateMany({
    where: {
      id: p.policyId,
      userId: p.userId,
      status: "ACTIVE",
      startDate: { lte: p.now },
      // cover runs to the end of the last day: endDate + 1 day > now  ⇔  endDate > now − 1 day
      endDate: { gt: addDays(p.now, -1) },
      remainingCoverCents: { gte: p.amountCents },
    },
    data: { remainingCoverCents: { decrement: p.amountCents } },
  });
  if (reserved.count === 1) return;
  const policy = await tx.policy.findFirst({
    where: { id: p.policyId, userId: p.userId },
    select: { status: true, startDate: true, endDate: true, remainingCoverCents: true },
  });
  if (!policy) throw new AppError("NOT_FOUND", "We could not find that policy.");
  const blocked = claimBlock(policy, p.now);
  if (blocked) throw new AppError("INVALID_INPUT", CLAIM_BLOCK_MESSAGES[blocked]);
  const message = coverLeftMessage(policy.remainingCoverCents);
  throw new AppError("INVALID_INPUT", message, { amount: message });
}
