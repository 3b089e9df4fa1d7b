"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { renewPolicyAction, type RenewFormState } from "@/lib/renewals/actions";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";

/**
 * The renew page's confirmation. A plain form posting to the server action, so it also works without
 * JavaScript; the action re-checks everything and, on success, opens the new policy. The price shown is
 * sent along only to be compared: if it changed meanwhile the action refuses and the page is refreshed
 * to show the new one.
 */
export function RenewForm({ policyId, premiumCents, label }: { policyId: string; premiumCents: number; label: string }) {
  const [state, formAction, pending] = useActionState<RenewFormState, FormData>(renewPolicyAction, null);
  const router = useRouter();
  useEffect(() => {
    if (state && !state.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="policyId" value={policyId} />
      <input type="hidden" name="expectedPremiumCents" value={premiumCents} />
      <FormMessage error={state && !state.ok ? state.message : null} />
      <SubmitButton pending={pending} pendingLabel="Renewing…">
        {label}
      </SubmitButton>
    </form>
  );
}
