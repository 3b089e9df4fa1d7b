import Link from "next/link";
import { userOrRedirect } from "@/lib/auth/session";
import { getMyRenewalOffer } from "@/lib/renewals/queries";
import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { NO_CLAIMS_DISCOUNT_RATE } from "@/lib/policies/rating";
import { Card, PageTitle } from "@/components/ui/Card";
import { FactList, factsFrom } from "@/components/ui/FactList";
import { QuotePanel } from "@/components/policies/QuotePanel";
import { RenewForm } from "@/components/renewals/RenewForm";
import { Breadcrumb } from "@/components/ui/Breadcrumb";

export const metadata = { title: "Renew a policy" };

const months = (n: number) => `${n} month${n === 1 ? "" : "s"}`;

/**
 * Renewing one of the holder's policies: the new term, the re-quoted price (with the no-claims discount
 * as its own line) and the details it keeps, then a confirmation. Outside the renewal window, or for a
 * policy that cannot be renewed, it says why and when renewal is possible instead.
 */
export default async function RenewPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await userOrRedirect(`/policies/${id}/renew`);
  const { policy, eligibility, offer, problem, renewedTo } = await getMyRenewalOffer(id);

  return (
    <div className="space-y-6">
      <Breadcrumb links={[["My policies", "/policies"], [policy.number, `/policies/${policy.id}`]]} current="Renew" />
      <PageTitle subtitle={<span className="font-mono">{policy.number}</span>}>Renew your {policy.typeLabel.toLowerCase()} policy</PageTitle>

      {!eligibility.ok || !offer ? (
        <Card>
          <h2 className="text-lg font-semibold">{eligibility.ok ? "Renewal unavailable" : "This policy cannot be renewed now"}</h2>
          <p className="mt-2 text-slate-800" data-testid="renewal-refusal">
            {eligibility.ok ? problem : eligibility.message}
          </p>
          {renewedTo ? (
            <p className="mt-2">
              <Link href={`/policies/${renewedTo.id}`} className="font-medium text-brand-700 underline">
                Open the renewal, {renewedTo.number}
              </Link>
            </p>
          ) : null}
          <p className="mt-4">
            <Link href={`/policies/${policy.id}`} className="font-medium text-brand-700 underline">
              Back to the policy
            </Link>
          </p>
        </Card>
      ) : (
        <div className="grid gap-6 md:grid-cols-3">
          <div className="space-y-6 md:col-span-2">
            <Card>
              <h2 className="text-lg font-semibold">Your new term</h2>
              {eligibility.inGrace ? (
                <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  Your cover ended on {formatPolicyDate(eligibility.window.lastDayOfCover)}. The new policy starts today; you were not covered in
                  between.
                </p>
              ) : null}
              <FactList
                testId="renewal-term"
                rows={[
                  ["Current cover ends", `${formatPolicyDate(eligibility.window.lastDayOfCover)} (end of day)`],
                  ["New policy starts", formatPolicyDate(offer.term.startDate)],
                  ["New policy ends", `${formatPolicyDate(offer.term.endDate)} (end of day)`],
                  ["Term", months(offer.term.termMonths)],
                  ["Sum insured", `${formatMoney(policy.sumInsuredCents)} (full cover again from the start)`],
                  ["This term's premium", formatMoney(policy.premiumCents)],
                ]}
              />
            </Card>
            <Card>
              <h2 className="text-lg font-semibold">Check your details</h2>
              <p className="mt-1 text-sm text-slate-700">
                The renewal keeps these details and prices them again for the new term. If anything has changed, buy a new policy with the
                right details instead of renewing.
              </p>
              <FactList rows={factsFrom(policy.detailRows)} />
            </Card>
          </div>
          <div className="space-y-4 self-start">
            <QuotePanel quote={offer.quote} periodLabel={`For ${months(offer.term.termMonths)}`} />
            <p className="text-sm text-slate-700" data-testid="no-claims-note">
              {offer.noClaimsDiscount
                ? `No claim was approved on this policy, so you get a ${Math.round(NO_CLAIMS_DISCOUNT_RATE * 100)}% no-claims discount.`
                : "A claim was approved on this policy, so there is no no-claims discount this time."}
            </p>
            <RenewForm policyId={policy.id} premiumCents={offer.quote.premiumCents} label={`Confirm renewal for ${formatMoney(offer.quote.premiumCents)}`} />
          </div>
        </div>
      )}
    </div>
  );
}
