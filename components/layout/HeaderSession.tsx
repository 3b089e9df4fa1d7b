"use client";

import Link from "next/link";
import { SignOutButton } from "@/components/layout/SignOutButton";
import { useClientSession, useSessionRefreshOnNavigation } from "@/components/layout/session-client";

const SIGNED_IN_LINKS = [
  { href: "/policies", label: "My policies" },
  { href: "/claims", label: "Claims" },
  { href: "/feedback", label: "Feedback" },
  { href: "/notifications", label: "Notifications" },
  { href: "/profile", label: "Profile" },
];

/** The per-visitor part of the header: nothing account-specific until the session is known. */
export function HeaderSession() {
  useSessionRefreshOnNavigation();
  const session = useClientSession();
  const user = session.status === "signed-in" ? session.user : null;
  const links = [
    { href: "/info", label: "Info Centre" },
    ...(user ? SIGNED_IN_LINKS : []),
    ...(user?.role === "ADMIN" ? [{ href: "/admin", label: "Admin" }] : []),
  ];
  return (
    <>
      <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="text-slate-700 hover:text-brand-700 hover:underline">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="ml-auto flex min-h-8 items-center gap-3 text-sm" data-session={session.status}>
        {user ? (
          <>
            <span className="hidden text-slate-600 sm:inline" data-testid="signed-in-as">
              {user.name}
            </span>
            <SignOutButton />
          </>
        ) : session.status === "signed-out" ? (
          <>
            <Link href="/login" className="font-medium text-brand-700 hover:underline">
              Sign in
            </Link>
            <Link href="/signup" className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
              Create account
            </Link>
          </>
        ) : null}
      </div>
    </>
  );
}
