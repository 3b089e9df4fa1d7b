import Link from "next/link";
import { adminOrNotFound } from "@/lib/auth/session";
import { listAllPolicies } from "@/lib/policies/queries";
import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { POLICY_STATUSES, POLICY_STATUS_LABELS, POLICY_TYPES, POLICY_TYPE_INFO } from "@/lib/policies/policy-types";
import { PageTitle } from "@/components/ui/Card";
import { SelectField, TextField } from "@/components/ui/Field";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { policyBadge } from "@/components/policies/status-badge";
import { DataTable } from "@/components/ui/DataTable";
import { adminPageMetadata } from "@/lib/admin/page-metadata";
import { Pagination } from "@/components/admin/Pagination";
import { ReasonForm } from "@/components/admin/ReasonForm";
import { cancelPolicyFormAction } from "@/lib/admin/actions";
import { parsePage } from "@/lib/admin/claims-filter";

export const generateMetadata = adminPageMetadata("Policies");

export default async function AdminPoliciesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await adminOrNotFound();
  const sp = await searchParams;
  const type = typeof sp.type === "string" ? sp.type : "";
  const status = typeof sp.status === "string" ? sp.status : "";
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 60) : "";
  const result = await listAllPolicies({ type, status, q }, parsePage(sp));
  const policies = result.rows;
  return (
    <div>
      <PageTitle subtitle="Newest first. Cancelling a policy ends its cover at once and texts the holder; the QR check says cancelled straight away.">Policies</PageTitle>
      <p className="mb-4 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700">
        Cancelling releases nothing automatically: claims already filed keep their reserved cover and stay decidable on the{" "}
        <Link href="/admin/claims" className="text-brand-700 underline">
          claims desk
        </Link>
        ; no new claims can be filed.
      </p>
      <form method="get" action="/admin/policies" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter policies">
        <div className="min-w-56 flex-1">
          <TextField id="filter-q" name="q" label="Policy number or holder" defaultValue={q} />
        </div>
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
        {type || status || q ? (
          <Link href="/admin/policies" className="py-2 text-sm font-medium text-brand-700 underline">
            Clear filters
          </Link>
        ) : null}
      </form>
      <DataTable
        label="Policies"
        rows={policies}
        rowProps={() => ({ "data-testid": "policy-row" })}
        empty="No policies match these filters."
        columns={[
          { header: "Number", cell: (p) => p.number, className: "font-mono whitespace-nowrap" },
          { header: "Type", cell: (p) => p.typeLabel },
          {
            header: "Holder",
            cell: (p) => (
              <>
                <Link href={`/admin/users/${p.holderId}`} className="text-brand-700 underline">
                  {p.holderName}
                </Link>
                <span className="block text-xs text-slate-600">{p.holderEmail}</span>
              </>
            ),
          },
          { header: "Status", cell: (p) => <StatusBadge {...policyBadge(p.effectiveStatus)} /> },
          { header: "Valid", cell: (p) => `${formatPolicyDate(p.startDate)} – ${formatPolicyDate(p.endDate)}`, className: "whitespace-nowrap" },
          { header: "Sum insured", cell: (p) => formatMoney(p.sumInsuredCents), numeric: true },
          { header: "Remaining", cell: (p) => formatMoney(p.remainingCoverCents), numeric: true },
          { header: "Premium", cell: (p) => formatMoney(p.premiumCents), numeric: true },
          {
            header: <span className="sr-only">Actions</span>,
            className: "min-w-40",
            cell: (p) =>
              p.effectiveStatus === "ACTIVE" || p.effectiveStatus === "NOT_STARTED" ? (
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-red-800 underline">Cancel {p.number}…</summary>
                  <div className="mt-2 w-64">
                    <ReasonForm
                      action={cancelPolicyFormAction}
                      hidden={{ policyId: p.id }}
                      id={`cancel-reason-${p.id}`}
                      label="Reason for cancelling"
                      hint="Kept in the audit log. The holder is told by SMS."
                      submitLabel="Cancel policy"
                      pendingLabel="Cancelling…"
                    />
                  </div>
                </details>
              ) : null,
          },
        ]}
      />
      <Pagination basePath="/admin/policies" query={{ q: q || undefined, type: type || undefined, status: status || undefined }} page={result.page} pageCount={result.pageCount} total={result.total} noun={result.total === 1 ? "policy" : "policies"} />
    </div>
  );
}
