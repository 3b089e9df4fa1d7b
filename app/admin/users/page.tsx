import { adminOrNotFound } from "@/lib/auth/session";
import { listUsers } from "@/lib/admin/queries";
import { PageTitle } from "@/components/ui/Card";
import { ScrollableTable } from "@/components/ui/ScrollableTable";
import { adminPageMetadata } from "@/lib/admin/page-metadata";

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

export const generateMetadata = adminPageMetadata("Users");

export default async function AdminUsersPage() {
  await adminOrNotFound();
  const users = await listUsers();
  return (
    <div>
      <PageTitle subtitle={`${users.length} accounts, newest first`}>Users</PageTitle>
      <ScrollableTable label="Users">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">Name</th>
              <th scope="col" className="px-3 py-2">Email</th>
              <th scope="col" className="px-3 py-2">Phone</th>
              <th scope="col" className="px-3 py-2">Role</th>
              <th scope="col" className="px-3 py-2 text-right">Policies</th>
              <th scope="col" className="px-3 py-2">Joined</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-slate-100">
                <td className="px-3 py-2">{u.name}</td>
                <td className="px-3 py-2">{u.email}</td>
                <td className="px-3 py-2 whitespace-nowrap">{u.phone}</td>
                <td className="px-3 py-2">{u.role === "ADMIN" ? "Admin" : "Policyholder"}</td>
                <td className="px-3 py-2 text-right">{u._count.policies}</td>
                <td className="px-3 py-2 whitespace-nowrap">{date.format(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
    </div>
  );
}
