"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

type Announcement = { ok: boolean; text: string };

const AnnounceContext = createContext<(a: Announcement) => void>(() => {});

/** What a Retry button calls with its outcome. */
export function useRetryAnnouncer(): (a: Announcement) => void {
  return useContext(AnnounceContext);
}

/**
 * The outbox's one message region, above the table. A retried message changes status, so on a filtered view
 * (Failed only) the refresh that follows a Retry removes its row: the outcome is shown here, outside the rows, so
 * it survives that. The live region is always in the page, so screen readers announce each new outcome.
 */
export function RetryAnnouncer({ children }: { children: ReactNode }) {
  const [latest, setLatest] = useState<Announcement | null>(null);
  return (
    <AnnounceContext.Provider value={setLatest}>
      <div role="status" aria-live="polite" className="mb-3 min-h-0">
        {latest?.ok ? <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">{latest.text}</p> : null}
      </div>
      <div role="alert" className="min-h-0">
        {latest && !latest.ok ? <p className="mb-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{latest.text}</p> : null}
      </div>
      {children}
    </AnnounceContext.Provider>
  );
}
