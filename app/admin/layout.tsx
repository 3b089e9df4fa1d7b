import type { ReactNode } from "react";
import Link from "next/link";
import { adminOrNotFound } from "@/lib/auth/session";
import { getFeedbackStats } from "@/lib/feedback/queries";
import { adminPageMetadata } from "@/lib/admin/page-metadata";

export const generateMetadata = adminPageMetadata("Admin");

/**
 * Admin pages answer "not found" to anyone who is not an admin, so their existence is not advertised.
 * This is a convenience: every admin query in lib/admin checks the role again itself.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await adminOrNotFound();
  const { openNegative } = await getFeedbackStats();
  const links: { href: string; label: string; badge?: number }[] = [
    { href: "/admin", label: "Overview" },
    { href: "/admin/claims", label: "Claims" },
    { href: "/admin/users", label: "Users" },
    { href: "/admin/policies", label: "Policies" },
    { href: "/admin/feedback", label: "Feedback", badge: openNegative },
    { href: "/admin/notifications", label: "Notifications" },
    { href: "/admin/models", label: "Models" },
    { href: "/admin/api-keys", label: "API keys" },
    { href: "/admin/audit", label: "Audit log" },
  ];
  return (
    <div className="space-y-6">
      <nav aria-label="Admin" className="flex flex-wrap gap-2 border-b border-slate-200 pb-3 text-sm">
        {links.map((l) => (
          <Link key={l.href} href={l.href} className="rounded-md px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-200">
            {l.label}
            {l.badge ? (
              <span className="ml-1.5 rounded-full bg-red-700 px-1.5 py-0.5 text-xs font-bold text-white" data-testid={`badge-${l.label.toLowerCase()}`}>
                {l.badge}
                <span className="sr-only"> needing a reply</span>
              </span>
            ) : null}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
