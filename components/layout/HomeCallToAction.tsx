"use client";

import Link from "next/link";
import { useClientSession } from "@/components/layout/session-client";

/** The home page's first button: "My policies" for a signed-in visitor, "Create account" for anyone else. */
export function HomeCallToAction() {
  const session = useClientSession();
  if (session.status === "loading") return null;
  return session.status === "signed-in" ? (
    <Link href="/policies" className="rounded-md bg-white px-4 py-2 font-semibold text-brand-800">
      My policies
    </Link>
  ) : (
    <Link href="/signup" className="rounded-md bg-white px-4 py-2 font-semibold text-brand-800">
      Create account
    </Link>
  );
}
