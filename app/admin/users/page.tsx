import Link from "next/link";
import { adminOrNotFound } from "@/lib/auth/session";
import { listUsers } from "@/lib/admin/queries";
import { parsePage } from "@/lib/admin/claims-filter";
import { PageTitle } from "@/components/ui/Card";
import { SelectField, TextField } from "@/components/ui/Field";
import { ScrollableTable } from "@/components/ui/ScrollableTable";
import { adminPageMetadata } from "@/lib/admin/page-metadata";
import { Pagination } from "@/components/admin/Pagination";

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

export const generateMetadata = adminPageMetadata("Users");

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await adminOrNotFound();
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 80) : "";
  const role = sp.role === "USER" || sp.role === "ADMIN" ? sp.role : undefined;
  const state = sp.state === "active" || sp.state === "disabled" ? sp.state : undefined;
  const users = await listUsers({ q: q || undefined, role, state }, parsePage(sp));
  const filtered = Boolean(q || role || state);
  return (
    <div>
      <PageTitle subtitle="Search accounts; open one to see its policies and claims, or to disable it.">Users</PageTitle>
      <form method="get" action="/admin/users" aria-label="Search users" className="mb-4 flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <TextField id="filter-q" name="q" label="Name, email or phone" defaultValue={q} />
        </div>
        <SelectField
          id="filter-role"
          name="role"
          label="Role"
          defaultValue={role ?? ""}
          options={[
            { value: "", label: "Anyone" },
            { value: "USER", label: "Policyholders" },
            { value: "ADMIN", label: "Admins" },
          ]}
        />
        <SelectField
          id="filter-state"
          name="state"
          label="Account"
          defaultValue={state ?? ""}
          options={[
            { value: "", label: "Enabled or disabled" },
            { value: "active", label: "Enabled" },
            { value: "disabled", label: "Disabled" },
          ]}
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Search
        </button>
        {filtered ? (
          <Link href="/admin/users" className="py-2 text-sm font-medium text-brand-700 underline">
            Clear
          </Link>
        ) : null}
      </form>
      <ScrollableTable label="Users">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">Name</th>
              <th scope="col" className="px-3 py-2">Email</th>
              <th scope="col" className="px-3 py-2">Phone</th>
              <th scope="col" className="px-3 py-2">Role</th>
              <th scope="col" className="px-3 py-2 text-right">Policies</th>
              <th scope="col" className="px-3 py-2 text-right">Claims</th>
              <th scope="col" className="px-3 py-2">Joined</th>
            </tr>
          </thead>
          <tbody>
            {users.rows.map((u) => (
              <tr key={u.id} className="border-t border-slate-100">
                <td className="px-3 py-2">
                  <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">
                    {u.name}
                  </Link>
                  {u.disabledAt ? <span className="ml-2 rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">Disabled</span> : null}
                </td>
                <td className="px-3 py-2">{u.email}</td>
                <td className="px-3 py-2 whitespace-nowrap">{u.phone}</td>
                <td className="px-3 py-2">{u.role === "ADMIN" ? "Admin" : "Policyholder"}</td>
                <td className="px-3 py-2 text-right">{u._count.policies}</td>
                <td className="px-3 py-2 text-right">{u._count.claims}</td>
                <td className="px-3 py-2 whitespace-nowrap">{date.format(u.createdAt)}</td>
              </tr>
            ))}
            {users.rows.length === 0 ? (
              <tr>
                <td colSpan={7} className="px-3 py-6 text-center text-slate-600">
                  No accounts match.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </ScrollableTable>
      <Pagination basePath="/admin/users" query={{ q: q || undefined, role, state }} page={users.page} pageCount={users.pageCount} total={users.total} noun={users.total === 1 ? "account" : "accounts"} />
    </div>
  );
}
