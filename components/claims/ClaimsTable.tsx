import type { ClaimSummary } from "@/lib/claims/queries";
import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { DataTable, type Column } from "@/components/ui/DataTable";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { claimBadge } from "@/components/claims/status-badge";

/** A holder's claims: number (link), policy, incident date, amount and status. */
export function ClaimsTable({ claims, label, showPolicy = true }: { claims: ClaimSummary[]; label: string; showPolicy?: boolean }) {
  const policy: Column<ClaimSummary> = {
    header: "Policy",
    cell: (c) => (
      <>
        {c.policyTypeLabel} <span className="font-mono text-slate-700">{c.policyNumber}</span>
      </>
    ),
  };
  return (
    <DataTable
      label={label}
      rows={claims}
      rowProps={() => ({ "data-testid": "claim-row" })}
      columns={[
        { header: "Claim", cell: (c) => c.number, href: (c) => `/claims/${c.id}`, className: "font-mono font-medium" },
        ...(showPolicy ? [policy] : []),
        { header: "Incident date", cell: (c) => formatPolicyDate(c.incidentDate), className: "whitespace-nowrap" },
        { header: "Amount", cell: (c) => formatMoney(c.amountCents), numeric: true, className: "whitespace-nowrap" },
        { header: "Status", cell: (c) => <StatusBadge {...claimBadge(c.status)} /> },
      ]}
    />
  );
}
