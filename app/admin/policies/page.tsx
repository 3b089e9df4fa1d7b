import Link from "next/link";
import { adminOrNotFound } from "@/lib/auth/session";
import { listAllPolicies } from "@/lib/policies/queries";
import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { POLICY_STATUSES, POLICY_STATUS_LABELS, POLICY_TYPES, POLICY_TYPE_INFO } from "@/lib/policies/policy-types";
import { PageTitle } from "@/components/ui/Card";
import { SelectField } from "@/components/ui/Field";
import { StatusBadge } from "@/components/policies/StatusBadge";
import { ScrollableTable } from "@/components/ui/ScrollableTable";
import { adminPageMetadata } from "@/lib/admin/page-metadata";

export const generateMetadata = adminPageMetadata("Policies");

export default async function AdminPoliciesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await adminOrNotFound();
  const sp = await searchParams;
  const type = typeof sp.type === "string" ? sp.type : "";
  const status = typeof sp.status === "string" ? sp.status : "";
  const policies = await listAllPolicies({ type, status });
  return (
    <div>
      <PageTitle subtitle={`${policies.length} polic${policies.length === 1 ? "y" : "ies"}, newest first`}>Policies</PageTitle>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter policies">
        <SelectField
          id="filter-type"
          name="type"
          label="Type"
          defaultValue={type}
          options={[{ value: "", label: "All types" }, ...POLICY_TYPES.map((t) => ({ value: t, label: POLICY_TYPE_INFO[t].label }))]}
        />
        <SelectField
          id="filter-status"
          name="status"
          label="Status"
          defaultValue={status}
          options={[{ value: "", label: "All statuses" }, ...POLICY_STATUSES.map((s) => ({ value: s, label: POLICY_STATUS_LABELS[s] }))]}
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Filter
        </button>
        {type || status ? (
          <Link href="/admin/policies" className="py-2 text-sm font-medium text-brand-700 underline">
            Clear filters
          </Link>
        ) : null}
      </form>
      <ScrollableTable label="Policies">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">Number</th>
              <th scope="col" className="px-3 py-2">Type</th>
              <th scope="col" className="px-3 py-2">Holder</th>
              <th scope="col" className="px-3 py-2">Status</th>
              <th scope="col" className="px-3 py-2">Valid</th>
              <th scope="col" className="px-3 py-2 text-right">Sum insured</th>
              <th scope="col" className="px-3 py-2 text-right">Remaining</th>
              <th scope="col" className="px-3 py-2 text-right">Premium</th>
            </tr>
          </thead>
          <tbody>
            {policies.map((p) => (
              <tr key={p.id} className="border-t border-slate-100">
                <td className="px-3 py-2 font-mono whitespace-nowrap">{p.number}</td>
                <td className="px-3 py-2">{p.typeLabel}</td>
                <td className="px-3 py-2">
                  {p.holderName}
                  <span className="block text-xs text-slate-600">{p.holderEmail}</span>
                </td>
                <td className="px-3 py-2">
                  <StatusBadge status={p.effectiveStatus} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {formatPolicyDate(p.startDate)} – {formatPolicyDate(p.endDate)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMoney(p.sumInsuredCents)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMoney(p.remainingCoverCents)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMoney(p.premiumCents)}</td>
              </tr>
            ))}
            {policies.length === 0 ? (
              <tr>
                <td colSpan={8} className="px-3 py-6 text-center text-slate-600">
                  No policies match these filters.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </ScrollableTable>
    </div>
  );
}
