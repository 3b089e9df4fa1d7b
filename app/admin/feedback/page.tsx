import Link from "next/link";
import { adminOrNotFound } from "@/lib/auth/session";
import { getFeedbackStats, listFeedbackForAdmin } from "@/lib/feedback/queries";
import { SENTIMENTS, feedbackRef, topicLabel, type Sentiment } from "@/lib/feedback/schemas";
import { Card, PageTitle } from "@/components/ui/Card";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { feedbackBadge } from "@/components/feedback/status-badge";
import { ReplyForm } from "@/components/feedback/ReplyForm";
import { CountBarChart } from "@/components/charts/CountBarChart";
import { adminPageMetadata } from "@/lib/admin/page-metadata";
import { SelectField } from "@/components/ui/Field";
import { Pagination } from "@/components/admin/Pagination";
import { parsePage } from "@/lib/admin/claims-filter";

export const generateMetadata = adminPageMetadata("Feedback");
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const fmt = new Intl.NumberFormat("en-GB");

const STATUSES = [
  { value: "OPEN", label: "Awaiting a reply" },
  { value: "ANSWERED", label: "Answered" },
  { value: "RESOLVED", label: "Resolved" },
] as const;
type FeedbackStatus = (typeof STATUSES)[number]["value"];

export default async function AdminFeedbackPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await adminOrNotFound();
  const sp = await searchParams;
  const sentiment = SENTIMENTS.includes(sp.sentiment as Sentiment) ? (sp.sentiment as Sentiment) : undefined;
  const status = STATUSES.some((s) => s.value === sp.status) ? (sp.status as FeedbackStatus) : undefined;
  const [page, stats] = await Promise.all([listFeedbackForAdmin({ sentiment, status }, parsePage(sp)), getFeedbackStats()]);
  const items = page.rows;
  return (
    <div className="space-y-6">
      <PageTitle subtitle="Every message is labelled by sentiment when it arrives; unanswered negative feedback comes first.">Customer feedback</PageTitle>
      {stats.openNegative > 0 ? (
        <p role="status" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900" data-testid="negative-alert">
          {fmt.format(stats.openNegative)} negative feedback {stats.openNegative === 1 ? "item needs" : "items need"} a reply.
        </p>
      ) : null}
      <Card>
        <div className="grid gap-4 sm:grid-cols-[1fr_2fr] sm:items-center">
          <dl className="space-y-1 text-sm">
            {SENTIMENTS.map((s) => (
              <div key={s} className="flex justify-between gap-4">
                <dt className="capitalize">{s}</dt>
                <dd className="font-semibold">{fmt.format(stats.bySentiment[s])}</dd>
              </div>
            ))}
          </dl>
          <CountBarChart
            description="Feedback by sentiment"
            bars={[
              { name: "Positive", value: stats.bySentiment.positive, colour: "#15803d" },
              { name: "Neutral", value: stats.bySentiment.neutral, colour: "#64748b" },
              { name: "Negative", value: stats.bySentiment.negative, colour: "#b91c1c" },
            ]}
          />
        </div>
      </Card>
      <form method="get" action="/admin/feedback" aria-label="Filter feedback" className="flex flex-wrap items-end gap-3">
        <SelectField
          id="filter-sentiment"
          name="sentiment"
          label="Sentiment"
          defaultValue={sentiment ?? ""}
          options={[{ value: "", label: "Any sentiment" }, ...SENTIMENTS.map((s) => ({ value: s, label: s[0].toUpperCase() + s.slice(1) }))]}
        />
        <SelectField id="filter-status" name="status" label="Status" defaultValue={status ?? ""} options={[{ value: "", label: "Any status" }, ...STATUSES]} />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Filter
        </button>
        {sentiment || status ? (
          <Link href="/admin/feedback" className="py-2 text-sm font-medium text-brand-700 underline">
            Clear filters
          </Link>
        ) : null}
      </form>
      {items.length === 0 ? (
        <p className="text-slate-600">No feedback here.</p>
      ) : (
        <ul className="space-y-4">
          {items.map((f) => (
            <li key={f.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="admin-feedback">
              <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                <span className="font-mono text-xs" data-testid="feedback-ref">{feedbackRef(f.id)}</span>
                <StatusBadge {...feedbackBadge(f.sentiment)} />
                <StatusBadge {...feedbackBadge(f.status)} />
                <span>{topicLabel(f.topic)}</span>
                {f.policy ? <span>· {f.policy.number}</span> : null}
                <span className="ml-auto">{when.format(f.createdAt)}</span>
              </div>
              <p className="mt-1 text-sm text-slate-700">
                {f.user.name} · {f.user.email} · score {f.sentimentScore.toFixed(2)}
              </p>
              {/* Rendered as text by React: markup in a message is shown, never executed. */}
              <p className="mt-2 whitespace-pre-wrap break-words">{f.message}</p>
              {f.signals.length ? <p className="mt-1 text-xs text-slate-600">Why: {f.signals.slice(0, 4).join("; ")}</p> : null}
              {f.status === "RESOLVED" ? (
                <p className="mt-3 text-sm">
                  <span className="font-semibold">Reply:</span> {f.reply}
                </p>
              ) : (
                <ReplyForm feedbackId={f.id} existingReply={f.reply} />
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/admin/feedback" query={{ sentiment, status }} page={page.page} pageCount={page.pageCount} total={page.total} noun="items" />
    </div>
  );
}
