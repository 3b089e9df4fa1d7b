import { adminOrNotFound } from "@/lib/auth/session";
import Link from "next/link";
import { listNotificationsForAdmin, parseNotificationStatus } from "@/lib/notifications/queries";
import { parsePage } from "@/lib/admin/claims-filter";
import { Pagination } from "@/components/admin/Pagination";
import { kindLabel, NOTIFICATION_STATUSES, statusLabel } from "@/lib/notifications/describe-notification";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { notificationBadge } from "@/components/notifications/status-badge";
import { PageTitle } from "@/components/ui/Card";
import { RetryButton } from "./RetryButton";
import { RetryAnnouncer } from "./RetryAnnouncer";
import { DataTable } from "@/components/ui/DataTable";
import { adminPageMetadata } from "@/lib/admin/page-metadata";

export const generateMetadata = adminPageMetadata("Notifications");

const fmt = new Intl.NumberFormat("en-GB");
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

export default async function AdminNotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await adminOrNotFound();
  const sp = await searchParams;
  const outbox = await listNotificationsForAdmin({ status: parseNotificationStatus(sp.status) }, parsePage(sp));
  const { rows, counts, status } = outbox;
  const chip = "block rounded-lg border bg-white p-3 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-700";
  return (
    <div>
      <PageTitle subtitle="The SMS outbox, newest first: how each message went. Pick a status to see only those messages.">Notifications</PageTitle>
      <ul className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Messages by status">
        {NOTIFICATION_STATUSES.map((s) => (
          <li key={s}>
            <Link
              href={status === s ? "/admin/notifications" : `/admin/notifications?status=${s}`}
              aria-current={status === s ? "true" : undefined}
              className={`${chip} ${status === s ? "border-brand-700 ring-2 ring-brand-700" : s === "FAILED" && counts[s] > 0 ? "border-amber-400" : "border-slate-200"}`}
            >
              <span className="block text-sm text-slate-600">{statusLabel(s)}</span>
              <span className="block text-2xl font-bold text-slate-900" data-testid={`count-${s.toLowerCase()}`}>
                {fmt.format(counts[s])}
              </span>
              <span className="sr-only">{status === s ? "(showing only these; select to show all)" : "(show only these)"}</span>
            </Link>
          </li>
        ))}
      </ul>
      {status ? (
        <p className="mb-3 text-sm text-slate-700">
          Showing {statusLabel(status).toLowerCase()} messages only.{" "}
          <Link href="/admin/notifications" className="font-medium text-brand-700 underline">
            Show all
          </Link>
        </p>
      ) : null}
      <RetryAnnouncer>
        {rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">{status ? "No messages with this status." : "No messages yet."}</p>
        ) : (
          <DataTable
            label="Messages"
            caption={status ? `${statusLabel(status)} notifications, newest first` : "Notifications, newest first"}
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
                cell: (r) =>
                  r.status === "FAILED" ? (
                    <RetryButton id={r.id} label={`Retry ${kindLabel(r.kind)} to ${r.recipient}`} describe={`${kindLabel(r.kind)} to ${r.recipient}`} />
                  ) : null,
              },
            ]}
          />
        )}
      </RetryAnnouncer>
      <Pagination
        basePath="/admin/notifications"
        query={{ status }}
        page={outbox.page}
        pageCount={outbox.pageCount}
        total={outbox.total}
        noun={outbox.total === 1 ? "message" : "messages"}
      />
    </div>
  );
}
