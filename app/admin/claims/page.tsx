import Link from "next/link";
import { formatDistanceStrict } from "date-fns";
import { adminOrNotFound } from "@/lib/auth/session";
import { getClaimsQueue } from "@/lib/admin/queries";
import { FRAUD_DECISIONS, FRAUD_DECISION_LABELS, filterToQuery, parseClaimsFilter, parsePage } from "@/lib/admin/claims-filter";
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "@/lib/claims/claim-transitions";
import { POLICY_TYPES, POLICY_TYPE_INFO } from "@/lib/policies/policy-types";
import { formatMoney } from "@/lib/policies/money";
import { PageTitle } from "@/components/ui/Card";
import { SelectField, TextField } from "@/components/ui/Field";
import { DataTable } from "@/components/ui/DataTable";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { claimBadge } from "@/components/claims/status-badge";
import { Pagination } from "@/components/admin/Pagination";
import { adminPageMetadata } from "@/lib/admin/page-metadata";

export const generateMetadata = adminPageMetadata("Claims desk");

const pct = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 });

export default async function AdminClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await adminOrNotFound();
  const sp = await searchParams;
  const filter = parseClaimsFilter(sp);
  const q = await getClaimsQueue(filter, parsePage(sp));
  const now = new Date();
  const filterQuery = { status: filter.status, type: filter.type, decision: filter.decision, from: filter.from, to: filter.to, q: filter.q };
  const filtered = Object.values(filterQuery).some(Boolean);
  return (
    <div>
      <PageTitle subtitle="Under review first, then the claims the fraud model finds most likely to be fraudulent.">Claims desk</PageTitle>
      <form method="get" action="/admin/claims" aria-label="Filter claims" className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField id="filter-q" name="q" label="Claim or policy number" defaultValue={filter.q ?? ""} placeholder="CLM-… or POL-…" />
        <SelectField
          id="filter-status"
          name="status"
          label="Status"
          defaultValue={filter.status ?? ""}
          options={[{ value: "", label: "Any status" }, ...CLAIM_STATUSES.map((s) => ({ value: s, label: CLAIM_STATUS_LABELS[s] }))]}
        />
        <SelectField
          id="filter-type"
          name="type"
          label="Policy type"
          defaultValue={filter.type ?? ""}
          options={[{ value: "", label: "Any type" }, ...POLICY_TYPES.map((t) => ({ value: t, label: POLICY_TYPE_INFO[t].label }))]}
        />
        <SelectField
          id="filter-decision"
          name="decision"
          label="Model decision"
          defaultValue={filter.decision ?? ""}
          options={[{ value: "", label: "Either" }, ...FRAUD_DECISIONS.map((d) => ({ value: d, label: FRAUD_DECISION_LABELS[d] }))]}
        />
        <TextField id="filter-from" name="from" type="date" label="Submitted from" defaultValue={filter.from ?? ""} />
        <TextField id="filter-to" name="to" type="date" label="Submitted to" defaultValue={filter.to ?? ""} />
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            Filter
          </button>
          {filtered ? (
            <Link href="/admin/claims" className="py-2 text-sm font-medium text-brand-700 underline">
              Clear filters
            </Link>
          ) : null}
          <a href={`/api/admin/claims/export${filterToQuery(filterQuery)}`} className="ml-auto py-2 text-sm font-medium text-brand-700 underline" download>
            Download these claims (CSV)
          </a>
        </div>
      </form>
      <DataTable
        label="Claims"
        caption="Claims, under review first, then by fraud probability"
        rows={q.rows}
        rowProps={() => ({ "data-testid": "queue-row" })}
        empty={filtered ? "No claims match these filters." : "No claims yet."}
        columns={[
          {
            header: "Claim",
            className: "whitespace-nowrap",
            cell: (c) => (
              <>
                <Link href={`/admin/claims/${c.id}`} className="font-mono font-medium text-brand-700 underline">
                  {c.number}
                </Link>
                <span className="block text-xs text-slate-600">{c.holderName}</span>
              </>
            ),
          },
          { header: "Status", cell: (c) => <StatusBadge {...claimBadge(c.status)} /> },
          {
            header: "Fraud probability",
            numeric: true,
            cell: (c) => (
              <>
                <span className={`font-semibold ${c.fraudProbability >= 0.5 ? "text-red-800" : ""}`} data-testid="queue-probability">
                  {pct.format(c.fraudProbability)}
                </span>
                <span className="block text-xs text-slate-600">{c.fraudDecision === "investigate" ? "investigate" : "approve"}</span>
              </>
            ),
          },
          { header: "Top reason", cell: (c) => c.topReason ?? "—", className: "min-w-48 max-w-xs text-slate-700" },
          { header: "Amount", cell: (c) => formatMoney(c.amountCents), numeric: true, className: "whitespace-nowrap" },
          { header: "Age", cell: (c) => formatDistanceStrict(c.submittedAt, now), className: "whitespace-nowrap" },
          {
            header: "Policy",
            className: "whitespace-nowrap",
            cell: (c) => (
              <>
                <span className="font-mono">{c.policyNumber}</span>
                <span className="block text-xs text-slate-600">{c.policyTypeLabel}</span>
              </>
            ),
          },
        ]}
      />
      <Pagination basePath="/admin/claims" query={filterQuery} page={q.page} pageCount={q.pageCount} total={q.total} noun={q.total === 1 ? "claim" : "claims"} />
    </div>
  );
}
