import { adminOrNotFound } from "@/lib/auth/session";
import { getUserForAdmin } from "@/lib/admin/queries";
import { disableUserFormAction, enableUserFormAction } from "@/lib/admin/actions";
import { EFFECTIVE_STATUS_LABELS } from "@/lib/policies/policy-status";
import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { Card, PageTitle } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { ReasonForm } from "@/components/admin/ReasonForm";
import { adminPageMetadata } from "@/lib/admin/page-metadata";
import { Breadcrumb } from "@/components/ui/Breadcrumb";

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
      <Breadcrumb links={[["Users", "/admin/users"]]} current={u.name} />
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
          <DataTable
            label="Their policies"
            rows={u.policies}
            columns={[
              { header: "Number", cell: (p) => p.number, href: (p) => `/admin/policies?q=${encodeURIComponent(p.number)}`, className: "font-mono whitespace-nowrap" },
              { header: "Type", cell: (p) => p.typeLabel },
              { header: "Status", cell: (p) => EFFECTIVE_STATUS_LABELS[p.status] },
              { header: "Cover", cell: (p) => `${formatPolicyDate(p.startDate)} – ${formatPolicyDate(p.endDate)}`, className: "whitespace-nowrap" },
              { header: "Premium", cell: (p) => formatMoney(p.premiumCents), numeric: true },
            ]}
          />
        ) : (
          <p className="text-sm text-slate-600">No policies.</p>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Claims</h2>
        {u.claims.length ? (
          <DataTable
            label="Their claims"
            rows={u.claims}
            columns={[
              { header: "Claim", cell: (c) => c.number, href: (c) => `/admin/claims/${c.id}`, className: "font-mono whitespace-nowrap" },
              { header: "Policy", cell: (c) => c.policyNumber, className: "font-mono whitespace-nowrap" },
              { header: "Status", cell: (c) => c.statusLabel },
              { header: "Amount", cell: (c) => formatMoney(c.amountCents), numeric: true },
              { header: "Fraud probability", cell: (c) => pct.format(c.fraudProbability), numeric: true },
              { header: "Submitted", cell: (c) => formatPolicyDate(c.submittedAt), className: "whitespace-nowrap" },
            ]}
          />
        ) : (
          <p className="text-sm text-slate-600">No claims.</p>
        )}
      </Card>
    </div>
  );
}
