"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { retryNotificationAction } from "@/lib/notifications/actions";

/**
 * Re-queues one FAILED notification; the action re-checks that the caller is an admin. Rendered for every
 * row (the button only while FAILED) so its message survives the refresh that shows the row's new status.
 */
export function RetryButton({ id, label, failed }: { id: string; label: string; failed: boolean }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const router = useRouter();
  const retry = () =>
    startTransition(async () => {
      const r = await retryNotificationAction({ id });
      setMessage({ ok: r.ok, text: r.message ?? (r.ok ? "Queued" : "Could not retry") });
      if (r.ok) router.refresh();
    });
  return (
    <div className="flex flex-col items-start gap-1">
      {failed ? (
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
      ) : null}
      {message ? (
        <span role={message.ok ? "status" : "alert"} className={`text-xs ${message.ok ? "text-green-800" : "text-red-800"}`}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
