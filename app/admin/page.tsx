import { adminOrNotFound } from "@/lib/auth/session";
import Link from "next/link";
import { getAdminOverview } from "@/lib/admin/queries";
import { Card, PageTitle } from "@/components/ui/Card";
import { CountBarChart } from "@/components/charts/CountBarChart";

const fmt = new Intl.NumberFormat("en-GB");
type Tile = { label: string; value: number; sub?: string; alert?: boolean; href?: string };

export default async function AdminOverviewPage() {
  await adminOrNotFound();
  const o = await getAdminOverview();
  const tiles: Tile[] = [
    { label: "Users", value: o.users, href: "/admin/users" },
    { label: "Policies", value: o.policies, sub: `${fmt.format(o.activePolicies)} in force` },
    { label: "Negative feedback awaiting reply", value: o.negativeOpenFeedback, alert: o.negativeOpenFeedback > 0, href: "/admin/feedback?sentiment=negative" },
    { label: "SMS waiting to send", value: o.queuedSms, sub: `${fmt.format(o.failedSms)} failed`, alert: o.failedSms > 0 },
  ];
  return (
    <div>
      <PageTitle subtitle="Policies, customers, feedback and messages at a glance.">Admin dashboard</PageTitle>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((t) => (
          <li key={t.label} className={`rounded-lg border bg-white p-4 shadow-sm ${t.alert ? "border-amber-400" : "border-slate-200"}`}>
            <p className="text-sm text-slate-600">{t.label}</p>
            <p className="mt-1 text-3xl font-bold">{fmt.format(t.value)}</p>
            {t.sub ? <p className="text-xs text-slate-600">{t.sub}</p> : null}
            {t.href ? (
              <Link href={t.href} className="mt-2 inline-block text-sm text-brand-700 underline">
                View
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      <Card className="mt-6">
        <h2 className="mb-2 text-lg font-semibold">Policies in force by type</h2>
        <CountBarChart description="Policies in force" bars={o.activeByType.map((t) => ({ name: t.label, value: t.count, colour: "#1e40af" }))} />
      </Card>
    </div>
  );
}
