import Link from "next/link";
import { adminOrNotFound } from "@/lib/auth/session";
import { getFeedbackStats, listFeedbackForAdmin } from "@/lib/feedback/queries";
import { SENTIMENTS, feedbackRef, topicLabel, type Sentiment } from "@/lib/feedback/schemas";
import { Card, PageTitle } from "@/components/ui/Card";
import { FeedbackBadge } from "@/components/feedback/FeedbackStatusBadge";
import { ReplyForm } from "@/components/feedback/ReplyForm";
import { CountBarChart } from "@/components/charts/CountBarChart";
import { adminPageMetadata } from "@/lib/admin/page-metadata";

export const generateMetadata = adminPageMetadata("Feedback");
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const fmt = new Intl.NumberFormat("en-GB");

export default async function AdminFeedbackPage({ searchParams }: { searchParams: Promise<{ sentiment?: string }> }) {
  await adminOrNotFound();
  const { sentiment: raw } = await searchParams;
  const sentiment = SENTIMENTS.includes(raw as Sentiment) ? (raw as Sentiment) : undefined;
  const [items, stats] = await Promise.all([listFeedbackForAdmin({ sentiment }), getFeedbackStats()]);
  const filters = [{ value: undefined, label: "All" }, ...SENTIMENTS.map((s) => ({ value: s, label: s[0].toUpperCase() + s.slice(1) }))];
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
      <nav aria-label="Filter by sentiment" className="flex flex-wrap gap-2 text-sm">
        {filters.map((f) => (
          <Link
            key={f.label}
            href={f.value ? `/admin/feedback?sentiment=${f.value}` : "/admin/feedback"}
            aria-current={f.value === sentiment ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${f.value === sentiment ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <p className="text-slate-600">No feedback here.</p>
      ) : (
        <ul className="space-y-4">
          {items.map((f) => (
            <li key={f.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="admin-feedback">
              <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                <span className="font-mono text-xs" data-testid="feedback-ref">{feedbackRef(f.id)}</span>
                <FeedbackBadge value={f.sentiment} />
                <FeedbackBadge value={f.status} />
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
    </div>
  );
}
