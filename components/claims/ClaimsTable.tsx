import Link from "next/link";
import type { ClaimSummary } from "@/lib/claims/queries";
import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { ScrollableTable } from "@/components/ui/ScrollableTable";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";

/** A holder's claims: number (link), policy, incident date, amount and status. */
export function ClaimsTable({ claims, label, showPolicy = true }: { claims: ClaimSummary[]; label: string; showPolicy?: boolean }) {
  return (
    <ScrollableTable label={label}>
      <table className="min-w-full text-sm">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Claim</th>
            {showPolicy ? <th scope="col" className="px-3 py-2">Policy</th> : null}
            <th scope="col" className="px-3 py-2">Incident date</th>
            <th scope="col" className="px-3 py-2 text-right">Amount</th>
            <th scope="col" className="px-3 py-2">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {claims.map((c) => (
            <tr key={c.id} data-testid="claim-row">
              <td className="px-3 py-2">
                <Link href={`/claims/${c.id}`} className="font-mono font-medium text-brand-700 underline">
                  {c.number}
                </Link>
              </td>
              {showPolicy ? (
                <td className="px-3 py-2">
                  {c.policyTypeLabel} <span className="font-mono text-slate-700">{c.policyNumber}</span>
                </td>
              ) : null}
              <td className="px-3 py-2 whitespace-nowrap">{formatPolicyDate(c.incidentDate)}</td>
              <td className="px-3 py-2 text-right whitespace-nowrap">{formatMoney(c.amountCents)}</td>
              <td className="px-3 py-2">
                <ClaimStatusBadge status={c.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
