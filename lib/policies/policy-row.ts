import { isoToDbDate } from "@/lib/policies/policy-dates";
import type { PolicyDraft } from "@/lib/policies/policy-draft";
import { quotePremium } from "@/lib/policies/rating";

/**
 * The policy row for a draft, as buying one (createPolicy) and the demo seed write it: dates as UTC
 * midnight, the full sum insured still to claim, priced by the same rating function the form shows,
 * and the type's details stored as JSON (a Json column: the object itself, never a string).
 */
export function policyRowFromDraft(draft: PolicyDraft, row: { number: string; userId: string; status: "ACTIVE" | "EXPIRED" }) {
  return {
    ...row,
    type: draft.type,
    startDate: isoToDbDate(draft.startDate),
    endDate: isoToDbDate(draft.endDate),
    termMonths: draft.termMonths,
    sumInsuredCents: draft.sumInsuredCents,
    remainingCoverCents: draft.sumInsuredCents,
    premiumCents: quotePremium(draft).premiumCents,
    currency: "GBP",
    details: draft.details,
  };
}
