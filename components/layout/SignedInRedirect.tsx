"use client";

import { useEffect } from "react";
import { usePathname, useRouter } from "next/navigation";
import { safeNext } from "@/lib/auth/safe-next";
import { useClientSession } from "@/components/layout/session-client";

/**
 * On the prerendered sign-in and sign-up pages: a visitor who is already signed in is sent on (to the
 * page's `next`, read in the browser so the page stays static, or to `fallback`). Only an answer asked for
 * this page counts: a visitor sent here because their session just ended (disabled, signed out elsewhere)
 * still has the previous page's "signed in" in the store, and following it would bounce them back.
 */
export function SignedInRedirect({ useNext = false, fallback }: { useNext?: boolean; fallback?: string }) {
  const session = useClientSession();
  const router = useRouter();
  const pathname = usePathname();
  const signedInHere = session.status === "signed-in" && session.path === pathname;
  useEffect(() => {
    if (!signedInHere) return;
    router.replace(useNext ? safeNext(new URLSearchParams(window.location.search).get("next")) : (fallback ?? safeNext(null)));
  }, [signedInHere, useNext, fallback, router]);
  return null;
}
