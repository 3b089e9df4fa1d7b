import Link from "next/link";
import { adminOrNotFound } from "@/lib/auth/session";
import { getAdminCharts, getAdminOverview } from "@/lib/admin/queries";
import { CHART_WEEKS, CLAIM_STATUS_COLOURS, RECENT_DAYS } from "@/lib/admin/overview-stats";
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "@/lib/claims/claim-transitions";
import { Card, PageTitle } from "@/components/ui/Card";
import { CountBarChart } from "@/components/charts/CountBarChart";

const fmt = new Intl.NumberFormat("en-GB");
const pct = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });
type Tile = { label: string; value: string; sub?: string; alert?: boolean; href?: string; linkLabel?: string };

function ChartCard({ title, summary, children }: { title: string; summary?: string; children: React.ReactNode }) {
  return (
    // min-w-0: a grid item otherwise grows to the chart's measured width and the page scrolls sideways
    <Card className="min-w-0">
      <h2 className="text-lg font-semibold">{title}</h2>
      {summary ? <p className="mb-2 text-sm text-slate-600">{summary}</p> : null}
      {children}
    </Card>
  );
}

export default async function AdminOverviewPage() {
  await adminOrNotFound();
  const [o, c] = await Promise.all([getAdminOverview(), getAdminCharts()]);
  const tiles: Tile[] = [
    { label: "Claims under review", value: fmt.format(o.underReview), alert: o.underReview > 0, href: "/admin/claims?status=UNDER_REVIEW", linkLabel: "Open the claims desk" },
    { label: "Policies", value: fmt.format(o.policies), sub: `${fmt.format(o.activePolicies)} in force`, href: "/admin/policies", linkLabel: "View policies" },
    { label: "Negative feedback awaiting reply", value: fmt.format(o.negativeOpenFeedback), alert: o.negativeOpenFeedback > 0, href: "/admin/feedback?sentiment=negative&status=OPEN", linkLabel: "View feedback" },
    { label: "SMS waiting to send", value: fmt.format(o.queuedSms), sub: `${fmt.format(o.failedSms)} failed`, alert: o.failedSms > 0, href: "/admin/notifications", linkLabel: "View messages" },
  ];
  const sentimentTotal = c.sentiment.positive + c.sentiment.neutral + c.sentiment.negative;
  return (
    <div>
      <PageTitle subtitle={`Claims, policies, feedback and messages at a glance (${fmt.format(o.users)} accounts).`}>Admin dashboard</PageTitle>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((t) => (
          <li key={t.label} className={`rounded-lg border bg-white p-4 shadow-sm ${t.alert ? "border-amber-400" : "border-slate-200"}`}>
            <p className="text-sm text-slate-600">{t.label}</p>
            <p className="mt-1 text-3xl font-bold">{t.value}</p>
            {t.sub ? <p className="text-xs text-slate-600">{t.sub}</p> : null}
            {t.href ? (
              <Link href={t.href} className="mt-2 inline-block text-sm text-brand-700 underline">
                {t.linkLabel}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <ChartCard title="Claims per week by status" summary={`Claims submitted in each of the last ${CHART_WEEKS} weeks (weeks start on Monday), by their status now.`}>
          <CountBarChart
            description="Claims per week by status"
            rows={c.claimsPerWeek.map((w) => ({ name: w.label, ...w.byStatus }))}
            series={CLAIM_STATUSES.map((s) => ({ key: s, label: CLAIM_STATUS_LABELS[s], colour: CLAIM_STATUS_COLOURS[s] }))}
          />
        </ChartCard>
        <ChartCard
          title="Sent to investigation"
          summary={
            c.investigation.share === null
              ? "No claims scored yet."
              : `${pct.format(c.investigation.share)} of all claims: the fraud model sent ${fmt.format(c.investigation.investigate)} to a person and cleared ${fmt.format(c.investigation.approve)}.`
          }
        >
          <CountBarChart
            description="Claims by the fraud model's decision"
            bars={[
              { name: "Investigate", value: c.investigation.investigate, colour: "#d97706" },
              { name: "Approve", value: c.investigation.approve, colour: "#15803d" },
            ]}
          />
        </ChartCard>
        <ChartCard title="Fraud probability of claims" summary="How many claims fall in each band of fraud probability.">
          <CountBarChart
            description="Claims by fraud probability"
            bars={c.probabilityBuckets.map((b) => ({ name: b.label, value: b.count, colour: b.from >= 0.5 ? "#b91c1c" : "#1e40af" }))}
          />
        </ChartCard>
        <ChartCard title="Feedback sentiment" summary={`The ${fmt.format(sentimentTotal)} messages of the last ${RECENT_DAYS} days.`}>
          <CountBarChart
            description={`Feedback sentiment, last ${RECENT_DAYS} days`}
            bars={[
              { name: "Positive", value: c.sentiment.positive, colour: "#15803d" },
              { name: "Neutral", value: c.sentiment.neutral, colour: "#64748b" },
              { name: "Negative", value: c.sentiment.negative, colour: "#b91c1c" },
            ]}
          />
        </ChartCard>
        <ChartCard
          title="SMS delivery"
          summary={
            c.sms.deliveryRate === null
              ? `No SMS finished in the last ${RECENT_DAYS} days.`
              : `${pct.format(c.sms.deliveryRate)} delivered of the messages finished in the last ${RECENT_DAYS} days; ${fmt.format(c.sms.pending)} waiting.`
          }
        >
          <CountBarChart
            description={`SMS in the last ${RECENT_DAYS} days`}
            bars={[
              { name: "Sent", value: c.sms.sent, colour: "#15803d" },
              { name: "Failed", value: c.sms.failed, colour: "#b91c1c" },
              { name: "Waiting", value: c.sms.pending, colour: "#64748b" },
            ]}
          />
        </ChartCard>
        <ChartCard title="Policies in force by type">
          <CountBarChart description="Policies in force by type" bars={c.activeByType.map((t) => ({ name: t.label, value: t.count, colour: "#1e40af" }))} />
        </ChartCard>
      </div>
    </div>
  );
}
