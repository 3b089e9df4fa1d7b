"use client";

import { useEffect, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";

/**
 * The signed-in visitor as the browser knows it, for the parts of prerendered pages that differ per
 * visitor (the header's links, the home page's call to action, sign-in pages sending a signed-in
 * visitor on). One fetch of /api/session per page load and per navigation, shared by every island.
 * "loading" renders neither signed-in nor signed-out controls, so nobody sees the wrong navigation.
 */
export type SessionUser = { name: string; role: "ADMIN" | "USER" };
/** `path`: the page the answer was asked for (an answer from an earlier page may be out of date). */
export type ClientSession = { status: "loading" } | { status: "signed-in"; user: SessionUser; path: string } | { status: "signed-out"; path: string };

let current: ClientSession = { status: "loading" };
let seq = 0;
const listeners = new Set<() => void>();

function set(next: ClientSession) {
  current = next;
  for (const l of listeners) l();
}

/**
 * Asks the server again (after navigation, sign-in, or a profile change), labelling the answer with the
 * page it is for (`path`, the current one by default). Older answers never overwrite newer ones.
 */
export async function refreshSession(path: string = window.location.pathname): Promise<void> {
  const mine = ++seq;
  try {
    const res = await fetch("/api/session", { cache: "no-store", credentials: "same-origin" });
    const body = (await res.json()) as { user: SessionUser | null };
    if (mine !== seq) return;
    set(body.user ? { status: "signed-in", user: body.user, path } : { status: "signed-out", path });
  } catch {
    // offline or the server is restarting: show the signed-out controls (the pages still check on the server)
    if (mine === seq) set({ status: "signed-out", path });
  }
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const LOADING: ClientSession = { status: "loading" };

/** The visitor's session; the server render and the first client render both read "loading". */
export function useClientSession(): ClientSession {
  return useSyncExternalStore(subscribe, () => current, () => LOADING);
}

/** Mount once (in the header): refetches on every page change, so sign-in and sign-out show at once. */
export function useSessionRefreshOnNavigation(): void {
  // null only outside the App Router (typed so because pages/ exists, for the /verify API route): then the
  // browser's own path
  const pathname = usePathname();
  useEffect(() => {
    void refreshSession(pathname ?? undefined);
  }, [pathname]);
}
