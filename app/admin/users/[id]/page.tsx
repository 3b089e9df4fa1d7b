import Link from "next/link";
import { adminOrNotFound } from "@/lib/auth/session";
import { getUserForAdmin } from "@/lib/admin/queries";
import { disableUserFormAction, enableUserFormAction } from "@/lib/admin/actions";
import { EFFECTIVE_STATUS_LABELS } from "@/lib/policies/policy-status";
import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { Card, PageTitle } from "@/components/ui/Card";
import { ScrollableTable } from "@/components/ui/ScrollableTable";
import { ReasonForm } from "@/components/admin/ReasonForm";
import { adminPageMetadata } from "@/lib/admin/page-metadata";

export const generateMetadata = adminPageMetadata("Account");

const pct = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 });
const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await adminOrNotFound();
  const { id } = await params;
  const u = await getUserForAdmin(id);
  const self = u.id === me.id;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/admin/users" className="text-brand-700 underline">
          Users
        </Link>{" "}
        / {u.name}
      </nav>
      <PageTitle subtitle={`${u.role === "ADMIN" ? "Admin" : "Policyholder"} · ${u.email} · ${u.phone} · joined ${formatPolicyDate(u.createdAt)}`}>{u.name}</PageTitle>
      <Card>
        <h2 className="text-lg font-semibold">Account</h2>
        {u.disabledAt ? (
          <div className="mt-2 space-y-3">
            <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="account-state">
              Disabled on {WHEN.format(u.disabledAt)}: {u.disabledReason}
            </p>
            <ReasonForm
              action={enableUserFormAction}
              hidden={{ userId: u.id }}
              id="enable-reason"
              label="Note (optional)"
              required={false}
              submitLabel="Enable account"
              pendingLabel="Enabling…"
              variant="primary"
            />
          </div>
        ) : self ? (
          <p className="mt-2 text-sm text-slate-700" data-testid="account-state">
            This is your account. Another admin can disable it; you cannot disable yourself.
          </p>
        ) : (
          <div className="mt-2 space-y-3">
            <p className="text-sm text-slate-700" data-testid="account-state">
              Enabled. Disabling signs the person out at their next click and stops them signing in; their policies and claims stay as they are.
            </p>
            <ReasonForm action={disableUserFormAction} hidden={{ userId: u.id }} id="disable-reason" label="Reason for disabling" submitLabel="Disable account" pendingLabel="Disabling…" />
          </div>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Policies</h2>
        {u.policies.length ? (
          <ScrollableTable label="Their policies">
            <table className="min-w-full text-sm">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">Number</th>
                  <th scope="col" className="px-3 py-2">Type</th>
                  <th scope="col" className="px-3 py-2">Status</th>
                  <th scope="col" className="px-3 py-2">Cover</th>
                  <th scope="col" className="px-3 py-2 text-right">Premium</th>
                </tr>
              </thead>
              <tbody>
                {u.policies.map((p) => (
                  <tr key={p.id} className="border-t border-slate-100">
                    <td className="px-3 py-2 font-mono whitespace-nowrap">
                      <Link href={`/admin/policies?q=${encodeURIComponent(p.number)}`} className="text-brand-700 underline">
                        {p.number}
                      </Link>
                    </td>
                    <td className="px-3 py-2">{p.typeLabel}</td>
                    <td className="px-3 py-2">{EFFECTIVE_STATUS_LABELS[p.status]}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {formatPolicyDate(p.startDate)} – {formatPolicyDate(p.endDate)}
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatMoney(p.premiumCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
        ) : (
          <p className="text-sm text-slate-600">No policies.</p>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Claims</h2>
        {u.claims.length ? (
          <ScrollableTable label="Their claims">
            <table className="min-w-full text-sm">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">Claim</th>
                  <th scope="col" className="px-3 py-2">Policy</th>
                  <th scope="col" className="px-3 py-2">Status</th>
                  <th scope="col" className="px-3 py-2 text-right">Amount</th>
                  <th scope="col" className="px-3 py-2 text-right">Fraud probability</th>
                  <th scope="col" className="px-3 py-2">Submitted</th>
                </tr>
              </thead>
              <tbody>
                {u.claims.map((c) => (
                  <tr key={c.id} className="border-t border-slate-100">
                    <td className="px-3 py-2 font-mono whitespace-nowrap">
                      <Link href={`/admin/claims/${c.id}`} className="text-brand-700 underline">
                        {c.number}
                      </Link>
                    </td>
                    <td className="px-3 py-2 font-mono whitespace-nowrap">{c.policyNumber}</td>
                    <td className="px-3 py-2">{c.statusLabel}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatMoney(c.amountCents)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{pct.format(c.fraudProbability)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatPolicyDate(c.submittedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
        ) : (
          <p className="text-sm text-slate-600">No claims.</p>
        )}
      </Card>
    </div>
  );
}
