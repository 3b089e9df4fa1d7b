import { adminOrNotFound } from "@/lib/auth/session";
import { listNotificationsForAdmin } from "@/lib/notifications/queries";
import { kindLabel, NOTIFICATION_STATUSES, statusLabel } from "@/lib/notifications/describe-notification";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { notificationBadge } from "@/components/notifications/status-badge";
import { PageTitle } from "@/components/ui/Card";
import { RetryButton } from "./RetryButton";
import { DataTable } from "@/components/ui/DataTable";
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
        <DataTable
          label="Messages"
          caption="Latest notifications, newest first"
          rows={rows}
          columns={[
            { header: "Recorded", cell: (r) => when.format(r.createdAt), className: "whitespace-nowrap" },
            {
              header: "Recipient",
              className: "whitespace-nowrap",
              cell: (r) => (
                <>
                  {r.recipientName ? <span className="block">{r.recipientName}</span> : null}
                  <span className="text-slate-600">{r.recipient}</span>
                </>
              ),
            },
            { header: "Kind", cell: (r) => kindLabel(r.kind) },
            {
              header: "Status",
              cell: (r) => (
                <>
                  <StatusBadge {...notificationBadge(r.status)} />
                  {r.providerStatus ? <span className="mt-1 block text-xs text-slate-600">{r.providerStatus}</span> : null}
                </>
              ),
            },
            { header: "Attempts", cell: (r) => r.attempts, numeric: true },
            { header: "Last error", cell: (r) => r.lastError ?? "—", className: "max-w-xs text-xs text-slate-700" },
            { header: "Provider id", cell: (r) => (r.providerId ? `${r.provider ?? ""} ${r.providerId}`.trim() : "—"), className: "font-mono text-xs break-all" },
            {
              header: <span className="sr-only">Actions</span>,
              cell: (r) => <RetryButton id={r.id} failed={r.status === "FAILED"} label={`Retry ${kindLabel(r.kind)} to ${r.recipient}`} />,
            },
          ]}
        />
      )}
    </div>
  );
}
