import type { PolicyDetailsByType, PolicyDraft } from "@/lib/policies/policy-draft";
import { isPolicyType } from "@/lib/policies/policy-types";
import { quotePremium, type Quote } from "@/lib/policies/rating";
import { isRenewableType, renewalTerm, type RenewalTerm } from "@/lib/renewals/renewal-eligibility";

/** Claim statuses that count against the no-claims discount: the insurer agreed to pay. */
export const APPROVED_CLAIM_STATUSES = ["APPROVED", "PAID"] as const;

/** The stored facts of the term being renewed. */
export type PolicyToRenew = { type: string; endDate: Date; termMonths: number; sumInsuredCents: number; details: unknown };

export type RenewalQuote = {
  term: RenewalTerm;
  draft: PolicyDraft;
  quote: Quote;
  /** true when the term being renewed had no approved (or paid) claim */
  noClaimsDiscount: boolean;
};

/**
 * Prices a renewal: the stored details rebuilt into a draft for the new term and rated by the type's own
 * rating function, so ages, the age of a vehicle or building and so on move on to the new start date.
 * The same cover (sum insured) and details; a no-claims discount line when the last term had no approved
 * claim. Pure: the page shows exactly what the action charges.
 */
export function quoteRenewal(policy: PolicyToRenew, approvedClaims: number, now: Date = new Date()): RenewalQuote {
  if (!isPolicyType(policy.type) || !isRenewableType(policy.type)) throw new Error(`A ${policy.type} policy cannot be renewed`);
  if (!policy.details || typeof policy.details !== "object") throw new Error("The policy's details are unreadable");
  const term = renewalTerm(policy, now);
  const draft = {
    type: policy.type,
    ...term,
    sumInsuredCents: policy.sumInsuredCents,
    details: policy.details as PolicyDetailsByType[typeof policy.type],
  } as PolicyDraft;
  const noClaimsDiscount = approvedClaims === 0;
  const quote = quotePremium(draft, { noClaimsDiscount });
  if (!Number.isSafeInteger(quote.premiumCents) || quote.premiumCents <= 0) throw new Error("The renewal could not be priced");
  return { term, draft, quote, noClaimsDiscount };
}
