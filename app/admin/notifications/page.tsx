import { adminOrNotFound } from "@/lib/auth/session";
import { listNotificationsForAdmin } from "@/lib/notifications/queries";
import { kindLabel, NOTIFICATION_STATUSES, statusLabel } from "@/lib/notifications/describe-notification";
import { StatusBadge } from "@/components/notifications/StatusBadge";
import { PageTitle } from "@/components/ui/Card";
import { RetryButton } from "./RetryButton";
import { ScrollableTable } from "@/components/ui/ScrollableTable";
import { adminPageMetadata } from "@/lib/admin/page-metadata";

export const generateMetadata = adminPageMetadata("Notifications");

const fmt = new Intl.NumberFormat("en-GB");
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

export default async function AdminNotificationsPage() {
  await adminOrNotFound();
  const { rows, counts } = await listNotificationsForAdmin();
  return (
    <div>
      <PageTitle subtitle="The SMS outbox: the latest 200 messages and how each one went.">Notifications</PageTitle>
      <ul className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Messages by status">
        {NOTIFICATION_STATUSES.map((s) => (
          <li key={s} className={`rounded-lg border bg-white p-3 shadow-sm ${s === "FAILED" && counts[s] > 0 ? "border-amber-400" : "border-slate-200"}`}>
            <p className="text-sm text-slate-600">{statusLabel(s)}</p>
            <p className="text-2xl font-bold" data-testid={`count-${s.toLowerCase()}`}>
              {fmt.format(counts[s])}
            </p>
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">No messages yet.</p>
      ) : (
        <ScrollableTable label="Messages">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Latest notifications, newest first</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">Recorded</th>
                <th scope="col" className="px-3 py-2">Recipient</th>
                <th scope="col" className="px-3 py-2">Kind</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2 text-right">Attempts</th>
                <th scope="col" className="px-3 py-2">Last error</th>
                <th scope="col" className="px-3 py-2">Provider id</th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100 align-top">
                  <td className="whitespace-nowrap px-3 py-2">{when.format(r.createdAt)}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    {r.recipientName ? <span className="block">{r.recipientName}</span> : null}
                    <span className="text-slate-600">{r.recipient}</span>
                  </td>
                  <td className="px-3 py-2">{kindLabel(r.kind)}</td>
                  <td className="px-3 py-2">
                    <StatusBadge status={r.status} />
                    {r.providerStatus ? <span className="mt-1 block text-xs text-slate-600">{r.providerStatus}</span> : null}
                  </td>
                  <td className="px-3 py-2 text-right">{r.attempts}</td>
                  <td className="max-w-xs px-3 py-2 text-xs text-slate-700">{r.lastError ?? "—"}</td>
                  <td className="px-3 py-2 font-mono text-xs break-all">{r.providerId ? `${r.provider ?? ""} ${r.providerId}`.trim() : "—"}</td>
                  <td className="px-3 py-2">
                    <RetryButton id={r.id} failed={r.status === "FAILED"} label={`Retry ${kindLabel(r.kind)} to ${r.recipient}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
    </div>
  );
}
