import "server-only";
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { canTransition, claimAuditAction, illegalTransitionMessage, isClaimStatus, type ClaimStatus } from "@/lib/claims/claim-transitions";

export type ClaimActor = { id: string | null; role: "USER" | "ADMIN" | "SYSTEM" };

export type TransitionClaimInput = {
  claimId: string;
  to: ClaimStatus;
  actor: ClaimActor;
  /** Addressed to the policyholder: shown on their claim's timeline. */
  note?: string | null;
  /** For claims staff only: kept in the audit entry's data, never shown to the holder. */
  internalNote?: string | null;
  /** Submission routes claims itself and announces the outcome in its own SMS. */
  notify?: boolean;
};

export type TransitionResult = { claimId: string; from: ClaimStatus; to: ClaimStatus };

const NOTE_MAX = 1000;

/** A full client (not a transaction's): Prisma's transaction client still has $transaction at run time, but no $connect. */
function isDb(x: Db | Tx): x is Db {
  return typeof (x as Db).$connect === "function";
}

/**
 * The one way a claim changes status. Checks the move against the table in claim-transitions.ts,
 * applies it with an update conditional on the status it read (so of two concurrent decisions on
 * one claim exactly one wins; the other gets a CONFLICT), and in the same transaction records the
 * audit entry (actor, time, from → to, note), gives the reserved cover back to the policy when the
 * claim is rejected, and queues the holder's SMS for approve, reject and paid.
 *
 * Pass a `tx` to make it part of a larger change, or the `db` to run it in its own transaction.
 */
export async function transitionClaim(dbOrTx: Db | Tx, input: TransitionClaimInput): Promise<TransitionResult> {
  if (isDb(dbOrTx)) return dbOrTx.$transaction((tx) => transitionClaim(tx, input));
  const tx = dbOrTx;
  if (!isClaimStatus(input.to)) throw new AppError("INVALID_INPUT", "That is not a claim status.");
  const note = input.note?.trim() ? input.note.trim().slice(0, NOTE_MAX) : null;
  const internalNote = input.internalNote?.trim() ? input.internalNote.trim().slice(0, NOTE_MAX) : null;

  const claim = await tx.claim.findUnique({
    where: { id: input.claimId },
    select: { id: true, number: true, status: true, userId: true, policyId: true, amountCents: true, reservedCents: true, policy: { select: { number: true } } },
  });
  if (!claim) throw new AppError("NOT_FOUND", "We could not find that claim.");
  const from = claim.status;
  if (!canTransition(from, input.to)) throw new AppError("CONFLICT", illegalTransitionMessage(from, input.to));

  const now = new Date();
  const releases = input.to === "REJECTED" && claim.reservedCents > 0;
  const updated = await tx.claim.updateMany({
    where: { id: claim.id, status: from },
    data: {
      status: input.to,
      ...(input.to === "APPROVED" || input.to === "REJECTED" ? { decidedAt: now } : {}),
      ...(input.to === "PAID" ? { paidAt: now } : {}),
      ...(releases ? { reservedCents: 0 } : {}),
    },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "Someone else changed this claim just now. Reload it to see its current status.");

  if (releases) {
    await tx.policy.update({ where: { id: claim.policyId }, data: { remainingCoverCents: { increment: claim.reservedCents } } });
  }
  await recordAuditEvent(tx, {
    actorId: input.actor.role === "SYSTEM" ? null : input.actor.id,
    actorRole: input.actor.role,
    action: claimAuditAction(input.to),
    targetType: "claim",
    targetId: claim.id,
    fromStatus: from,
    toStatus: input.to,
    note,
    data: releases || internalNote ? { ...(releases ? { releasedCents: claim.reservedCents } : {}), ...(internalNote ? { internalNote } : {}) } : undefined,
  });

  if (input.notify !== false) {
    const base = { policyNumber: claim.policy.number, claimRef: claim.number };
    if (input.to === "APPROVED" || input.to === "REJECTED") {
      await enqueueNotification(tx, {
        kind: "claim_decided",
        userId: claim.userId,
        payload: { ...base, decision: input.to, ...(input.to === "APPROVED" ? { amountCents: claim.amountCents } : {}) },
        idempotencyKey: `claim_decided:${claim.id}`,
      });
    } else if (input.to === "PAID") {
      await enqueueNotification(tx, { kind: "claim_paid", userId: claim.userId, payload: { ...base, amountCents: claim.amountCents }, idempotencyKey: `claim_paid:${claim.id}` });
    }
  }
  return { claimId: claim.id, from, to: input.to };
}
