import Link from "next/link";
import { userOrRedirect } from "@/lib/auth/session";
import { getMyPolicy } from "@/lib/policies/queries";
import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { policyQrSvg } from "@/lib/verification/policy-qr";
import { Card, PageTitle } from "@/components/ui/Card";
import { FactList, factsFrom, type Fact } from "@/components/ui/FactList";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { policyBadge } from "@/components/policies/status-badge";
import { RenewalNotice } from "@/components/renewals/RenewalNotice";
import { listMyClaims } from "@/lib/claims/queries";
import { claimBlock, CLAIM_BLOCK_MESSAGES } from "@/lib/policies/policy-status";
import { ClaimsTable } from "@/components/claims/ClaimsTable";
import { Breadcrumb } from "@/components/ui/Breadcrumb";

export const metadata = { title: "Policy" };

export default async function PolicyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { renewed } = await searchParams;
  const user = await userOrRedirect(`/policies/${id}`);
  const policy = await getMyPolicy(id);
  const [qrSvg, claims] = await Promise.all([policyQrSvg(policy.id), listMyClaims({ policyId: policy.id })]);
  const blocked = claimBlock(policy);
  const facts: Fact[] = [
    ["Policyholder", user.name],
    ["Valid from", formatPolicyDate(policy.startDate)],
    ["Valid to", `${formatPolicyDate(policy.endDate)} (end of day)`],
    ["Term", policy.type === "travel" ? "The trip" : `${policy.termMonths} month${policy.termMonths === 1 ? "" : "s"}`],
    ["Sum insured", formatMoney(policy.sumInsuredCents)],
    ["Remaining cover", formatMoney(policy.remainingCoverCents)],
    ["Premium", formatMoney(policy.premiumCents)],
  ];
  return (
    <div className="space-y-6">
      <Breadcrumb links={[["My policies", "/policies"]]} current={policy.number} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageTitle subtitle={<span className="font-mono">{policy.number}</span>}>{policy.typeLabel} insurance</PageTitle>
        <StatusBadge {...policyBadge(policy.effectiveStatus)} />
      </div>

      {renewed === "1" && policy.renewedFromNumber ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900">
          Renewal confirmed: policy {policy.renewedFromNumber} continues as {policy.number} from {formatPolicyDate(policy.startDate)}. We have sent
          you a text message.
        </p>
      ) : null}

      {policy.canFileClaim || policy.canRenew ? (
        <div className="flex flex-wrap gap-3">
          {policy.canFileClaim ? (
            <Link href={`/policies/${policy.id}/claims/new`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
              File a claim
            </Link>
          ) : null}
          {policy.canRenew ? (
            <Link href={`/policies/${policy.id}/renew`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100">
              Renew
            </Link>
          ) : null}
        </div>
      ) : null}
      <RenewalNotice policy={policy} />
      {blocked ? (
        <p role="status" data-testid="claim-blocked" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800">
          {CLAIM_BLOCK_MESSAGES[blocked]}
        </p>
      ) : null}

      <div className="grid gap-6 md:grid-cols-3">
        <div className="space-y-6 md:col-span-2">
          <Card>
            <h2 className="text-lg font-semibold">Cover</h2>
            <FactList rows={facts} />
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Claims on this policy</h2>
            {claims.length === 0 ? (
              <p className="mt-2 text-sm text-slate-700">No claims yet.</p>
            ) : (
              <div className="mt-3">
                <ClaimsTable claims={claims} label="Claims on this policy" showPolicy={false} />
              </div>
            )}
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Details</h2>
            <FactList rows={factsFrom(policy.detailRows)} />
          </Card>
        </div>
        <Card className="self-start">
          <h2 className="text-lg font-semibold">QR code</h2>
          <p className="mt-1 text-sm text-slate-700">Anyone can scan it to check this policy is genuine and in force. It shows only your initial and surname.</p>
          <div
            role="img"
            aria-label={`QR code to verify policy ${policy.number}`}
            className="mx-auto mt-3 w-48 max-w-full [&>svg]:h-auto [&>svg]:w-full"
            data-testid="policy-qr"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <ul className="mt-4 space-y-2 text-sm">
            <li>
              <a href={`/api/policies/${policy.id}/qr`} download className="font-medium text-brand-700 underline">
                Download QR code (PNG)
              </a>
            </li>
            <li>
              <a href={`/api/policies/${policy.id}/document`} download className="font-medium text-brand-700 underline">
                Download policy schedule (PDF)
              </a>
            </li>
          </ul>
        </Card>
      </div>
    </div>
  );
}
