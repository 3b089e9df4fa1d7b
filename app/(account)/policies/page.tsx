import Link from "next/link";
import { userOrRedirect } from "@/lib/auth/session";
import { listMyPolicies } from "@/lib/policies/queries";
import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { PageTitle } from "@/components/ui/Card";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { policyBadge } from "@/components/policies/status-badge";

export const metadata = { title: "My policies" };

export default async function PoliciesPage() {
  await userOrRedirect("/policies");
  const policies = await listMyPolicies();
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageTitle subtitle="Your cover, its QR code, claims and renewals.">My policies</PageTitle>
        <Link href="/policies/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Buy a policy
        </Link>
      </div>
      {policies.length === 0 ? (
        <p className="text-slate-700">
          You have no policies yet.{" "}
          <Link href="/info" className="font-medium text-brand-700 underline">
            Browse the Info Centre
          </Link>{" "}
          to choose cover.
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label="Your policies">
          {policies.map((p) => (
            <li key={p.id}>
              <Link
                href={`/policies/${p.id}`}
                className="block rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600"
                data-testid="policy-card"
              >
                <div className="flex items-center justify-between gap-2">
                  <span className="text-lg font-semibold">{p.typeLabel} insurance</span>
                  <StatusBadge {...policyBadge(p.effectiveStatus)} />
                </div>
                <p className="mt-1 font-mono text-sm text-slate-700">{p.number}</p>
                <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
                  <div>
                    <dt className="text-slate-600">Expires</dt>
                    <dd className="font-medium">{formatPolicyDate(p.endDate)}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">Remaining cover</dt>
                    <dd className="font-medium">{formatMoney(p.remainingCoverCents)}</dd>
                  </div>
                </dl>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
