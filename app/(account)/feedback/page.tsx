import { userOrRedirect } from "@/lib/auth/session";
import { listMyFeedback, listMyPolicyOptions } from "@/lib/feedback/queries";
import { topicLabel } from "@/lib/feedback/schemas";
import { Card, PageTitle } from "@/components/ui/Card";
import { FeedbackForm } from "@/components/feedback/FeedbackForm";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { feedbackBadge } from "@/components/feedback/status-badge";

export const metadata = { title: "Feedback" };
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export default async function FeedbackPage() {
  await userOrRedirect("/feedback");
  const [items, policies] = await Promise.all([listMyFeedback(), listMyPolicyOptions()]);
  return (
    <div className="space-y-6">
      <PageTitle subtitle="Tell us what went well and what did not. A person reads every message.">Feedback</PageTitle>
      <Card>
        <FeedbackForm policies={policies.map((p) => ({ id: p.id, label: `${p.number} (${p.type})` }))} />
      </Card>
      <section aria-labelledby="history">
        <h2 id="history" className="mb-3 text-lg font-semibold">
          Feedback you have sent
        </h2>
        {items.length === 0 ? (
          <p className="text-slate-600">You have not sent any feedback yet.</p>
        ) : (
          <ul className="space-y-3">
            {items.map((f) => (
              <li key={f.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="my-feedback">
                <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <StatusBadge {...feedbackBadge(f.status)} />
                  <span>{topicLabel(f.topic)}</span>
                  {f.policy ? <span>· {f.policy.number}</span> : null}
                  <span className="ml-auto">{when.format(f.createdAt)}</span>
                </div>
                <p className="mt-2 whitespace-pre-wrap break-words">{f.message}</p>
                {f.reply ? (
                  <div className="mt-3 rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 text-sm">
                    <p className="font-semibold">Our reply{f.repliedAt ? ` · ${when.format(f.repliedAt)}` : ""}</p>
                    <p className="mt-1 whitespace-pre-wrap break-words">{f.reply}</p>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
