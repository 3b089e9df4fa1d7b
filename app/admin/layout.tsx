import type { ReactNode } from "react";
import Link from "next/link";
import { adminOrNotFound } from "@/lib/auth/session";

export const metadata = { title: "Admin" };

/**
 * Admin pages answer "not found" to anyone who is not an admin, so their existence is not advertised.
 * This is a convenience: every admin query in lib/admin checks the role again itself.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await adminOrNotFound();
  const links = [
    { href: "/admin", label: "Overview" },
    { href: "/admin/users", label: "Users" },
  ];
  return (
    <div className="space-y-6">
      <nav aria-label="Admin" className="flex flex-wrap gap-2 border-b border-slate-200 pb-3 text-sm">
        {links.map((l) => (
          <Link key={l.href} href={l.href} className="rounded-md px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-200">
            {l.label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
