"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { retryNotificationAction } from "@/lib/notifications/actions";
import { useRetryAnnouncer } from "./RetryAnnouncer";

/**
 * Re-queues one FAILED notification; the action re-checks that the caller is an admin. The outcome goes to the
 * page's message region (RetryAnnouncer), which outlives this row: after the refresh a re-queued message is no
 * longer Failed and leaves a Failed-only view.
 */
export function RetryButton({ id, label, describe }: { id: string; label: string; describe: string }) {
  const [pending, startTransition] = useTransition();
  const announce = useRetryAnnouncer();
  const router = useRouter();
  const retry = () =>
    startTransition(async () => {
      const r = await retryNotificationAction({ id });
      announce(
        r.ok
          ? { ok: true, text: `${describe}: queued for another attempt.` }
          : { ok: false, text: `${describe}: not retried. ${r.message ?? ""}`.trim() },
      );
      if (r.ok) router.refresh();
    });
  return (
    <button
      type="button"
      aria-label={label}
      disabled={pending}
      aria-busy={pending || undefined}
      onClick={retry}
      className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-70"
    >
      {pending ? "Retrying…" : "Retry"}
    </button>
  );
}
