import Link from "next/link";
import type { ReactNode } from "react";
import type { PolicyDto } from "@/lib/policies/queries";
import { formatPolicyDate } from "@/lib/policies/policy-dates";

/**
 * The policy page's renewal line: a link to the term it renewed and to its renewal, and otherwise when
 * renewal is (or was, or will be) possible, or why it is not. "Renew" itself sits with the page's actions.
 */
export function RenewalNotice({ policy }: { policy: PolicyDto }) {
  const lines: ReactNode[] = [];
  if (policy.renewedFromId && policy.renewedFromNumber)
    lines.push(
      <>
        This policy renews{" "}
        <Link href={`/policies/${policy.renewedFromId}`} className="font-medium text-brand-700 underline">
          {policy.renewedFromNumber}
        </Link>
        .
      </>,
    );
  if (policy.renewedToId && policy.renewedToNumber)
    lines.push(
      <>
        Renewed as{" "}
        <Link href={`/policies/${policy.renewedToId}`} className="font-medium text-brand-700 underline">
          {policy.renewedToNumber}
        </Link>
        .
      </>,
    );
  const r = policy.renewal;
  if (r.ok)
    lines.push(
      r.inGrace
        ? `Your cover ended on ${formatPolicyDate(r.window.lastDayOfCover)}. You can still renew until ${formatPolicyDate(r.window.closesOn)}; the new policy starts the day you renew.`
        : `Renewal is open: renew by ${formatPolicyDate(r.window.lastDayOfCover)} to stay covered without a break (possible until ${formatPolicyDate(r.window.closesOn)}).`,
    );
  else if (r.reason !== "ALREADY_RENEWED") lines.push(r.message);
  if (lines.length === 0) return null;
  return (
    <div data-testid="renewal-notice" className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-800">
      <h2 className="sr-only">Renewal</h2>
      {lines.map((l, i) => (
        <p key={i} className={i > 0 ? "mt-1" : undefined}>
          {l}
        </p>
      ))}
    </div>
  );
}
