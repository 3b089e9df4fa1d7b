import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { describePolicyDetails, type DetailRow } from "@/lib/policies/describe-details";
import { formatMoney } from "@/lib/policies/money";
import { isoToDbDate } from "@/lib/policies/policy-dates";
import { generatePolicyNumber } from "@/lib/policies/policy-number";
import { effectiveStatus, type EffectiveStatus } from "@/lib/policies/policy-status";
import { POLICY_TYPE_INFO, type PolicyType } from "@/lib/policies/policy-types";
import { renewalEligibility, type RenewalEligibility } from "@/lib/renewals/renewal-eligibility";
import { APPROVED_CLAIM_STATUSES, quoteRenewal, type RenewalQuote } from "@/lib/renewals/renewal-quote";
import { storedObject } from "@/lib/stored-json";

/*
 * Renewing a policy: the offer its holder reviews, and the confirmation that issues the new policy.
 * Ownership is part of every query's `where`; another holder's id finds nothing.
 */

const MAX_NUMBER_ATTEMPTS = 5;

const termSelect = {
  id: true,
  number: true,
  userId: true,
  type: true,
  status: true,
  startDate: true,
  endDate: true,
  termMonths: true,
  sumInsuredCents: true,
  premiumCents: true,
  details: true,
  renewedTo: { select: { id: true, number: true } },
  _count: { select: { claims: { where: { status: { in: [...APPROVED_CLAIM_STATUSES] } } } } },
} satisfies Prisma.PolicySelect;
type TermRow = Prisma.PolicyGetPayload<{ select: typeof termSelect }>;

/** What the renew page shows: the current term, whether it may be renewed and, if so, the priced offer. */
export type RenewalOffer = {
  policy: {
    id: string;
    number: string;
    type: PolicyType;
    typeLabel: string;
    effectiveStatus: EffectiveStatus;
    startDate: Date;
    endDate: Date;
    termMonths: number;
    sumInsuredCents: number;
    premiumCents: number;
    detailRows: DetailRow[];
  };
  renewedTo: { id: string; number: string } | null;
  eligibility: RenewalEligibility;
  /** null when renewal is refused (see `eligibility`) or the stored details cannot be priced (see `problem`) */
  offer: RenewalQuote | null;
  problem: string | null;
};

const CANNOT_PRICE = "We could not price this renewal online. Please contact us and we will renew it for you.";

function priceRenewal(row: TermRow, now: Date): RenewalQuote | null {
  try {
    return quoteRenewal({ ...row, details: storedObject(row.details) }, row._count.claims, now);
  } catch {
    return null;
  }
}

function eligibilityOf(row: TermRow, now: Date): RenewalEligibility {
  return renewalEligibility({ ...row, renewedToId: row.renewedTo?.id ?? null }, now);
}

/** The holder's renewal offer for one of their policies, or null when it is not theirs (or does not exist). */
export async function getRenewalOffer(db: Db | Tx, userId: string, policyId: string, now: Date = new Date()): Promise<RenewalOffer | null> {
  if (typeof policyId !== "string" || policyId.length > 64) return null;
  const row = await db.policy.findFirst({ where: { id: policyId, userId }, select: termSelect });
  if (!row) return null;
  const type = row.type;
  const details = storedObject(row.details);
  const eligibility = eligibilityOf(row, now);
  const offer = eligibility.ok ? priceRenewal(row, now) : null;
  return {
    policy: {
      id: row.id,
      number: row.number,
      type,
      typeLabel: POLICY_TYPE_INFO[type].label,
      effectiveStatus: effectiveStatus(row, now),
      startDate: row.startDate,
      endDate: row.endDate,
      termMonths: row.termMonths,
      sumInsuredCents: row.sumInsuredCents,
      premiumCents: row.premiumCents,
      detailRows: describePolicyDetails(type, details && typeof details === "object" ? (details as Record<string, unknown>) : {}),
    },
    renewedTo: row.renewedTo,
    eligibility,
    offer,
    problem: eligibility.ok && !offer ? CANNOT_PRICE : null,
  };
}

export type RenewedPolicy = { id: string; number: string; startDate: string; endDate: string; premiumCents: number; noClaimsDiscount: boolean };

/**
 * Renews one of `userId`'s policies. In ONE transaction: re-reads the term (ownership in the `where`),
 * re-checks the renewal window, re-prices it (a price from the browser is only compared, never used),
 * creates the new policy (new number, `renewedFromId` = the old id, cover reset to the sum insured, the
 * same details), queues the "renewal confirmed" SMS and records `policy.renewed` in the audit trail.
 *
 * Renewing the same term twice is refused by the database itself: `renewedFromId` is unique, so of two
 * concurrent requests exactly one commits and the other gets "already renewed". Before inserting, the old
 * row is touched with a conditional update (still ACTIVE or EXPIRED): that serialises the renewal with a
 * sweep lapsing the policy or a cancellation, whichever commits first (see sweep-policy-expiry.ts).
 *
 * `expectedPremiumCents` is the price the holder saw; when the price has changed since (a claim approved,
 * the day moved on) the renewal is refused with the new price rather than charged silently.
 */
export async function renewPolicy(
  db: Db,
  userId: string,
  policyId: string,
  opts: { now?: Date; expectedPremiumCents?: number; generateNumber?: (type: PolicyType) => string } = {},
): Promise<RenewedPolicy> {
  const now = opts.now ?? new Date();
  const generate = opts.generateNumber ?? generatePolicyNumber;
  if (typeof policyId !== "string" || policyId.length === 0 || policyId.length > 64) throw new AppError("NOT_FOUND", "We could not find that policy.");

  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const old = await tx.policy.findFirst({ where: { id: policyId, userId }, select: termSelect });
        if (!old) throw new AppError("NOT_FOUND", "We could not find that policy.");
        const eligibility = eligibilityOf(old, now);
        if (!eligibility.ok) {
          throw new AppError("CONFLICT", old.renewedTo ? `This policy has already been renewed as ${old.renewedTo.number}.` : eligibility.message);
        }
        const priced = priceRenewal(old, now);
        if (!priced) throw new AppError("CONFLICT", CANNOT_PRICE);
        const { term, draft, quote, noClaimsDiscount } = priced;
        if (opts.expectedPremiumCents !== undefined && opts.expectedPremiumCents !== quote.premiumCents) {
          throw new AppError(
            "CONFLICT",
            `The renewal price is now ${formatMoney(quote.premiumCents)}, not the ${formatMoney(opts.expectedPremiumCents)} shown before. Check the new price and confirm again.`,
          );
        }

        const guard = await tx.policy.updateMany({
          where: { id: old.id, userId, status: { in: ["ACTIVE", "EXPIRED"] } },
          data: { updatedAt: new Date() },
        });
        if (guard.count !== 1) throw new AppError("CONFLICT", "This policy changed while you were renewing it. Reload the page to see where it stands.");

        const created = await tx.policy.create({
          data: {
            number: generate(draft.type),
            userId,
            type: draft.type,
            status: "ACTIVE",
            startDate: isoToDbDate(term.startDate),
            endDate: isoToDbDate(term.endDate),
            termMonths: term.termMonths,
            sumInsuredCents: old.sumInsuredCents,
            remainingCoverCents: old.sumInsuredCents,
            premiumCents: quote.premiumCents,
            currency: "GBP",
            details: old.details ?? {},
            renewedFromId: old.id,
          },
          select: { id: true, number: true },
        });
        await enqueueNotification(tx, {
          kind: "renewal_confirmed",
          userId,
          payload: { policyNumber: old.number, newPolicyNumber: created.number, endDate: term.endDate },
          idempotencyKey: `renewal_confirmed:${old.id}`,
        });
        await recordAuditEvent(tx, {
          actorId: userId,
          actorRole: "USER",
          action: "policy.renewed",
          targetType: "policy",
          targetId: old.id,
          note: `Renewed as ${created.number}`,
          data: { renewalId: created.id, renewalNumber: created.number, startDate: term.startDate, endDate: term.endDate, premiumCents: quote.premiumCents, noClaimsDiscount },
        });
        return { ...created, startDate: term.startDate, endDate: term.endDate, premiumCents: quote.premiumCents, noClaimsDiscount };
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // Either another request renewed this term first (renewedFromId is unique) or the new number collided.
      const winner = await db.policy.findFirst({ where: { renewedFromId: policyId, userId }, select: { number: true } });
      if (winner) throw new AppError("CONFLICT", `This policy has already been renewed as ${winner.number}.`);
      if (attempt < MAX_NUMBER_ATTEMPTS) continue;
      throw new AppError("CONFLICT", "We could not issue a policy number just now. Please try again.");
    }
  }
}
