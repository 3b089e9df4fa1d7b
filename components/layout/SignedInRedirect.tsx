"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { safeNext } from "@/lib/auth/safe-next";
import { useClientSession } from "@/components/layout/session-client";

/**
 * On the prerendered sign-in and sign-up pages: a visitor who is already signed in is sent on (to the
 * page's `next`, read in the browser so the page stays static, or to `fallback`).
 */
export function SignedInRedirect({ useNext = false, fallback }: { useNext?: boolean; fallback?: string }) {
  const session = useClientSession();
  const router = useRouter();
  useEffect(() => {
    if (session.status !== "signed-in") return;
    router.replace(useNext ? safeNext(new URLSearchParams(window.location.search).get("next")) : (fallback ?? safeNext(null)));
  }, [session.status, useNext, fallback, router]);
  return null;
}
