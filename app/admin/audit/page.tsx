import Link from "next/link";
import { adminOrNotFound } from "@/lib/auth/session";
import { getAuditLog } from "@/lib/admin/queries";
import { parsePage } from "@/lib/admin/claims-filter";
import { PageTitle } from "@/components/ui/Card";
import { SelectField } from "@/components/ui/Field";
import { ScrollableTable } from "@/components/ui/ScrollableTable";
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
      <ScrollableTable label="Audit log">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">When</th>
              <th scope="col" className="px-3 py-2">Who</th>
              <th scope="col" className="px-3 py-2">Action</th>
              <th scope="col" className="px-3 py-2">Target</th>
              <th scope="col" className="px-3 py-2">Note</th>
            </tr>
          </thead>
          <tbody>
            {log.rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="audit-row">
                <td className="whitespace-nowrap px-3 py-2">{WHEN.format(r.createdAt)}</td>
                <td className="px-3 py-2">
                  {r.actorId && r.actorLabel !== "Deleted account" ? (
                    <Link href={`/admin/users/${r.actorId}`} className="text-brand-700 underline">
                      {r.actorLabel}
                    </Link>
                  ) : (
                    r.actorLabel
                  )}
                </td>
                <td className="px-3 py-2">
                  {r.actionLabel}
                  {r.fromStatus || r.toStatus ? (
                    <span className="block text-xs text-slate-600">
                      {r.fromStatus ?? "—"} → {r.toStatus ?? "—"}
                    </span>
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  {r.targetHref ? (
                    <Link href={r.targetHref} className="text-brand-700 underline">
                      {r.targetLabel}
                    </Link>
                  ) : (
                    r.targetLabel
                  )}
                </td>
                <td className="max-w-sm px-3 py-2 whitespace-pre-wrap break-words text-slate-700">{r.note ?? "—"}</td>
              </tr>
            ))}
            {log.rows.length === 0 ? (
              <tr>
                <td colSpan={5} className="px-3 py-6 text-center text-slate-600">
                  Nothing recorded{actor || action ? " for these filters" : " yet"}.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </ScrollableTable>
      <Pagination basePath="/admin/audit" query={{ actor: actor || undefined, action: action || undefined }} page={log.page} pageCount={log.pageCount} total={log.total} noun="entries" />
    </div>
  );
}
