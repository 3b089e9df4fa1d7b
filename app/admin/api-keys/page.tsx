import { adminOrNotFound } from "@/lib/auth/session";
import { listApiKeysForAdmin } from "@/lib/api-keys/queries";
import { PageTitle } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { CreateApiKeyForm } from "@/components/api-keys/CreateApiKeyForm";
import { RevokeApiKeyButton } from "@/components/api-keys/RevokeApiKeyButton";
import { adminPageMetadata } from "@/lib/admin/page-metadata";

export const generateMetadata = adminPageMetadata("API keys");

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

export default async function AdminApiKeysPage() {
  await adminOrNotFound();
  const keys = await listApiKeysForAdmin();
  const active = keys.filter((k) => k.status === "active").length;
  return (
    <div className="space-y-6">
      <PageTitle
        subtitle={
          <>
            Keys let other systems score motor claims with <code className="text-sm">POST /api/v1/claims/score</code>. Each key is shown once when
            created; revoke a key the moment it may have leaked.
          </>
        }
      >
        API keys
      </PageTitle>
      <CreateApiKeyForm />
      <h2 className="text-lg font-semibold text-slate-900">
        {keys.length === 0 ? "No keys yet" : `${active} active of ${keys.length} key${keys.length === 1 ? "" : "s"}`}
      </h2>
      {keys.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">Create a key for each system that calls the scoring API.</p>
      ) : (
        <DataTable
          label="API keys"
          caption="API keys, active first, newest first"
          rows={keys}
          rowProps={(k) => ({ "data-testid": "api-key-row", "data-key-id": k.id })}
          columns={[
            { header: "Name", cell: (k) => k.name, className: "font-medium" },
            { header: "Key starts", cell: (k) => `${k.prefix}…`, className: "font-mono text-xs whitespace-nowrap" },
            {
              header: "Created",
              cell: (k) => (
                <>
                  <span className="block whitespace-nowrap">{when.format(k.createdAt)}</span>
                  <span className="text-xs text-slate-600">by {k.createdByName ?? "a deleted account"}</span>
                </>
              ),
            },
            { header: "Last used", cell: (k) => (k.lastUsedAt ? when.format(k.lastUsedAt) : "Never"), className: "whitespace-nowrap" },
            {
              header: "Status",
              cell: (k) =>
                k.revokedAt ? (
                  <span className="inline-flex flex-col items-start">
                    <StatusBadge tone="danger" label="Revoked" />
                    <span className="mt-1 text-xs whitespace-nowrap text-slate-600">{when.format(k.revokedAt)}</span>
                  </span>
                ) : (
                  <StatusBadge tone="success" label="Active" />
                ),
            },
            { header: <span className="sr-only">Actions</span>, cell: (k) => (k.revokedAt ? null : <RevokeApiKeyButton id={k.id} name={k.name} />) },
          ]}
        />
      )}
    </div>
  );
}
