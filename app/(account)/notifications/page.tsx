import { userOrRedirect } from "@/lib/auth/session";
import { listMyNotifications } from "@/lib/notifications/queries";
import Link from "next/link";
import { kindLabel, STATUS_EXPLANATIONS, type NotificationStatus } from "@/lib/notifications/describe-notification";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { notificationBadge } from "@/components/notifications/status-badge";
import { PageTitle } from "@/components/ui/Card";

export const metadata = { title: "Notifications" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

export default async function NotificationsPage() {
  const user = await userOrRedirect("/notifications");
  const items = await listMyNotifications();
  return (
    <div>
      <PageTitle subtitle="Text messages we have sent you about your policies and claims, newest first.">Notifications</PageTitle>
      {!user.phoneVerified ? (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="verify-phone-banner">
          Your phone number is not confirmed yet, so we are holding your messages.{" "}
          <Link href="/profile#verify-phone" className="font-semibold underline">
            Confirm it on your profile
          </Link>
          .
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="notifications-empty">
          No notifications yet. We will text you when a policy starts, a claim moves on or cover is about to end, and each message will be listed here.
        </p>
      ) : (
        <ol className="space-y-3" aria-label="Your notifications">
          {items.map((n) => (
            <li key={n.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="font-semibold text-slate-900">{kindLabel(n.kind)}</h2>
                <StatusBadge {...notificationBadge(n.status)} />
              </div>
              <p className="mt-2 text-slate-800">{n.body}</p>
              {STATUS_EXPLANATIONS[n.status as NotificationStatus] ? <p className="mt-1 text-sm text-slate-700">{STATUS_EXPLANATIONS[n.status as NotificationStatus]}</p> : null}
              <p className="mt-2 text-xs text-slate-600">
                <time dateTime={(n.sentAt ?? n.createdAt).toISOString()}>
                  {n.sentAt ? `Sent ${when.format(n.sentAt)}` : `Recorded ${when.format(n.createdAt)}`}
                </time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
