import Link from "next/link";
import { adminOrNotFound } from "@/lib/auth/session";
import { getAuditLog } from "@/lib/admin/queries";
import { parsePage } from "@/lib/admin/claims-filter";
import { PageTitle } from "@/components/ui/Card";
import { SelectField } from "@/components/ui/Field";
import { DataTable } from "@/components/ui/DataTable";
import { Pagination } from "@/components/admin/Pagination";
import { adminPageMetadata } from "@/lib/admin/page-metadata";

export const generateMetadata = adminPageMetadata("Audit log");

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/London" });
const str = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 64) : "");

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await adminOrNotFound();
  const sp = await searchParams;
  const actor = str(sp.actor);
  const action = str(sp.action);
  const log = await getAuditLog({ actor: actor || undefined, action: action || undefined }, parsePage(sp));
  const subjects = [...new Set(log.options.actions.map((a) => a.action.split(".")[0]))];
  return (
    <div>
      <PageTitle subtitle="Every recorded action, newest first: claim decisions, cancellations, account changes, replies, retries and API keys.">Audit log</PageTitle>
      <form method="get" action="/admin/audit" aria-label="Filter the audit log" className="mb-4 flex flex-wrap items-end gap-3">
        <SelectField
          id="filter-actor"
          name="actor"
          label="Who"
          defaultValue={actor}
          options={[
            { value: "", label: "Anyone" },
            { value: "admins", label: "Any admin" },
            { value: "system", label: "System and API" },
            ...log.options.admins.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <SelectField
          id="filter-action"
          name="action"
          label="Action"
          defaultValue={action}
          options={[
            { value: "", label: "Any action" },
            ...subjects.map((s) => ({ value: `${s}.`, label: `Any ${s === "api_key" ? "API key" : s.replace(/_/g, " ")} action` })),
            ...log.options.actions.map((a) => ({ value: a.action, label: `${a.label} (${a.count})` })),
          ]}
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Filter
        </button>
        {actor || action ? (
          <Link href="/admin/audit" className="py-2 text-sm font-medium text-brand-700 underline">
            Clear filters
          </Link>
        ) : null}
      </form>
      <DataTable
        label="Audit log"
        rows={log.rows}
        rowProps={() => ({ "data-testid": "audit-row" })}
        empty={`Nothing recorded${actor || action ? " for these filters" : " yet"}.`}
        columns={[
          { header: "When", cell: (r) => WHEN.format(r.createdAt), className: "whitespace-nowrap" },
          { header: "Who", cell: (r) => r.actorLabel, href: (r) => (r.actorId && r.actorLabel !== "Deleted account" ? `/admin/users/${r.actorId}` : null) },
          {
            header: "Action",
            cell: (r) => (
              <>
                {r.actionLabel}
                {r.fromStatus || r.toStatus ? (
                  <span className="block text-xs text-slate-600">
                    {r.fromStatus ?? "—"} → {r.toStatus ?? "—"}
                  </span>
                ) : null}
              </>
            ),
          },
          { header: "Target", cell: (r) => r.targetLabel, href: (r) => r.targetHref },
          { header: "Note", cell: (r) => r.note ?? "—", className: "max-w-sm whitespace-pre-wrap break-words text-slate-700" },
        ]}
      />
      <Pagination basePath="/admin/audit" query={{ actor: actor || undefined, action: action || undefined }} page={log.page} pageCount={log.pageCount} total={log.total} noun="entries" />
    </div>
  );
}
