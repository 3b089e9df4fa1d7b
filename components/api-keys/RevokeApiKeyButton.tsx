"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";

/** Revoke with a confirmation step; the action re-checks that the caller is an admin. */
export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();

  const revoke = () =>
    startTransition(async () => {
      setError(null);
      const r = await revokeApiKeyAction({ id });
      if (r.ok) {
        setConfirming(false);
        router.refresh();
      } else {
        setError(r.message);
      }
    });

  if (!confirming) {
    return (
      <button
        type="button"
        aria-label={`Revoke ${name}`}
        onClick={() => setConfirming(true)}
        className="rounded-md border border-red-300 bg-white px-2.5 py-1 text-xs font-semibold text-red-800 hover:bg-red-50"
      >
        Revoke
      </button>
    );
  }
  return (
    <div role="group" aria-label={`Confirm revoking ${name}`} className="flex max-w-xs flex-col gap-2 text-xs">
      <p className="text-slate-800">Systems using “{name}” will be refused at once. This cannot be undone.</p>
      <div className="flex gap-2">
        <button
          type="button"
          onClick={revoke}
          disabled={pending}
          aria-busy={pending || undefined}
          className="rounded-md bg-red-700 px-2.5 py-1 font-semibold text-white hover:bg-red-800 disabled:opacity-70"
        >
          {pending ? "Revoking…" : "Yes, revoke"}
        </button>
        <button
          type="button"
          // focus lands on the safe choice when the question appears (the Revoke button it replaced is gone)
          autoFocus
          onClick={() => setConfirming(false)}
          disabled={pending}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 font-semibold text-slate-900 hover:bg-slate-100"
        >
          Cancel
        </button>
      </div>
      {error ? (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
