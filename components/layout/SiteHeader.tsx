import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { SignOutButton } from "@/components/layout/SignOutButton";

/** Site navigation. Admin appears only for admins; the admin pages check the role again themselves. */
export async function SiteHeader() {
  const user = await getCurrentUser();
  const links = [
    { href: "/info", label: "Info Centre" },
    ...(user
      ? [
          { href: "/policies", label: "My policies" },
          { href: "/claims", label: "Claims" },
          { href: "/feedback", label: "Feedback" },
          { href: "/notifications", label: "Notifications" },
          { href: "/profile", label: "Profile" },
        ]
      : []),
    ...(user?.role === "ADMIN" ? [{ href: "/admin", label: "Admin" }] : []),
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-700">
          Safeguard
        </Link>
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
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <span className="hidden text-slate-600 sm:inline" data-testid="signed-in-as">
                {user.name}
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/login" className="font-medium text-brand-700 hover:underline">
                Sign in
              </Link>
              <Link href="/signup" className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
                Create account
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
