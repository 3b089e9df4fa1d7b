import Link from "next/link";
import { HeaderSession } from "@/components/layout/HeaderSession";

/**
 * Site navigation. The header is part of every prerendered page, so it reads no session on the server:
 * the per-visitor links and the sign-in/out controls are a small client island (HeaderSession).
 * Admin appears only for admins; the admin pages check the role again themselves.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-700">
          Safeguard
        </Link>
        <HeaderSession />
      </div>
    </header>
  );
}
