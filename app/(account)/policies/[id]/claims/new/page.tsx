import Link from "next/link";
import { userOrRedirect } from "@/lib/auth/session";
import { getMyPolicy } from "@/lib/policies/queries";
import { claimBlock, CLAIM_BLOCK_MESSAGES } from "@/lib/policies/policy-status";
import { dbDateToIso, formatPolicyDate } from "@/lib/policies/policy-dates";
import { Card, PageTitle } from "@/components/ui/Card";
import { ClaimForm } from "@/components/claims/ClaimForm";
import { Breadcrumb } from "@/components/ui/Breadcrumb";

export const metadata = { title: "File a claim" };

export default async function NewClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await userOrRedirect(`/policies/${id}/claims/new`);
  const policy = await getMyPolicy(id);
  const blocked = claimBlock(policy);
  return (
    <div className="space-y-6">
      <Breadcrumb links={[["My policies", "/policies"], [policy.number, `/policies/${policy.id}`]]} current="File a claim" />
      <PageTitle
        subtitle={
          <>
            {policy.typeLabel} insurance <span className="font-mono">{policy.number}</span>, in force {formatPolicyDate(policy.startDate)} to{" "}
            {formatPolicyDate(policy.endDate)}
          </>
        }
      >
        File a claim
      </PageTitle>
      {blocked ? (
        <Card>
          <p role="status" data-testid="claim-blocked" className="text-slate-800">
            {CLAIM_BLOCK_MESSAGES[blocked]}
          </p>
          <Link href={`/policies/${policy.id}`} className="mt-4 inline-block font-medium text-brand-700 underline">
            Back to the policy
          </Link>
        </Card>
      ) : (
        <Card>
          <ClaimForm
            policyId={policy.id}
            context={{ type: policy.type, startDate: dbDateToIso(policy.startDate), endDate: dbDateToIso(policy.endDate), remainingCoverCents: policy.remainingCoverCents }}
          />
        </Card>
      )}
    </div>
  );
}
