import { adminOrNotFound } from "@/lib/auth/session";
import { listApiKeysForAdmin } from "@/lib/api-keys/queries";
import { PageTitle } from "@/components/ui/Card";
import { ScrollableTable } from "@/components/ui/ScrollableTable";
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
        <ScrollableTable label="API keys">
          <table className="min-w-full text-sm">
            <caption className="sr-only">API keys, active first, newest first</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">Name</th>
                <th scope="col" className="px-3 py-2">Key starts</th>
                <th scope="col" className="px-3 py-2">Created</th>
                <th scope="col" className="px-3 py-2">Last used</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id} className="border-t border-slate-100 align-top" data-testid="api-key-row" data-key-id={k.id}>
                  <td className="px-3 py-2 font-medium">{k.name}</td>
                  <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{k.prefix}…</td>
                  <td className="px-3 py-2">
                    <span className="block whitespace-nowrap">{when.format(k.createdAt)}</span>
                    <span className="text-xs text-slate-600">by {k.createdByName ?? "a deleted account"}</span>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{k.lastUsedAt ? when.format(k.lastUsedAt) : "Never"}</td>
                  <td className="px-3 py-2">
                    {k.revokedAt ? (
                      <span className="inline-flex flex-col">
                        <span className="inline-flex w-fit items-center rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900 ring-1 ring-inset ring-red-300">Revoked</span>
                        <span className="mt-1 text-xs whitespace-nowrap text-slate-600">{when.format(k.revokedAt)}</span>
                      </span>
                    ) : (
                      <span className="inline-flex items-center rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900 ring-1 ring-inset ring-green-300">Active</span>
                    )}
                  </td>
                  <td className="px-3 py-2">{k.revokedAt ? null : <RevokeApiKeyButton id={k.id} name={k.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
    </div>
  );
}
