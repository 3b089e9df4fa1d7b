import Link from "next/link";
import { adminOrNotFound } from "@/lib/auth/session";
import { listUsers } from "@/lib/admin/queries";
import { parsePage } from "@/lib/admin/claims-filter";
import { PageTitle } from "@/components/ui/Card";
import { SelectField, TextField } from "@/components/ui/Field";
import { DataTable } from "@/components/ui/DataTable";
import { StatusBadge } from "@/components/ui/StatusBadge";
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
      <DataTable
        label="Users"
        rows={users.rows}
        empty="No accounts match."
        columns={[
          {
            header: "Name",
            cell: (u) => (
              <>
                <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">
                  {u.name}
                </Link>
                {u.disabledAt ? <StatusBadge tone="danger" label="Disabled" className="ml-2" /> : null}
              </>
            ),
          },
          { header: "Email", cell: (u) => u.email },
          { header: "Phone", cell: (u) => u.phone, className: "whitespace-nowrap" },
          { header: "Role", cell: (u) => (u.role === "ADMIN" ? "Admin" : "Policyholder") },
          { header: "Policies", cell: (u) => u._count.policies, numeric: true },
          { header: "Claims", cell: (u) => u._count.claims, numeric: true },
          { header: "Joined", cell: (u) => date.format(u.createdAt), className: "whitespace-nowrap" },
        ]}
      />
      <Pagination basePath="/admin/users" query={{ q: q || undefined, role, state }} page={users.page} pageCount={users.pageCount} total={users.total} noun={users.total === 1 ? "account" : "accounts"} />
    </div>
  );
}
