"use client";

import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { decideClaimFormAction } from "@/lib/admin/actions";
import type { ClaimStatus } from "@/lib/claims/claim-transitions";
import { TextAreaField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";

const BUTTONS: Partial<Record<ClaimStatus, { label: string; pending: string; variant: "primary" | "danger" | "secondary" }>> = {
  APPROVED: { label: "Approve", pending: "Approving…", variant: "primary" },
  REJECTED: { label: "Reject", pending: "Rejecting…", variant: "danger" },
  PAID: { label: "Mark as paid", pending: "Marking as paid…", variant: "primary" },
};

/**
 * The decision buttons for the moves legal from the claim's current status, with the note the holder
 * reads (required to approve or reject) and an internal note for staff. `expectedStatus` is what this
 * admin is looking at: if another admin decided first, the server refuses and says so.
 */
export function ClaimDecisionForm({ claimId, status, nextStatuses }: { claimId: string; status: ClaimStatus; nextStatuses: ClaimStatus[] }) {
  const [state, formAction, pending] = useActionState(decideClaimFormAction, null);
  const [chosen, setChosen] = useState<ClaimStatus | null>(null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const err = (k: string) => (state && !state.ok ? state.fieldErrors?.[k] : undefined);
  const decisions = nextStatuses.filter((s) => BUTTONS[s]);
  if (decisions.length === 0) {
    return (
      <div className="space-y-3">
        <FormMessage success={state?.ok ? state.message : null} />
        <p className="text-sm text-slate-700">This claim is final: there is nothing left to decide.</p>
      </div>
    );
  }
  const needsNote = decisions.some((s) => s !== "PAID");
  return (
    <form action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="expectedStatus" value={status} />
      <TextAreaField
        id="decision-note"
        name="note"
        label="Note"
        hint={needsNote ? "The policyholder reads this with the decision. Required to approve or reject." : "Optional: shown to the policyholder with the payment."}
        rows={3}
        maxLength={1000}
        error={err("note")}
      />
      <TextAreaField id="decision-internal-note" name="internalNote" label="Internal note (claims staff only)" rows={2} maxLength={1000} error={err("internalNote")} />
      <div className="flex flex-wrap gap-3">
        {decisions.map((s) => {
          const b = BUTTONS[s]!;
          return (
            <SubmitButton key={s} name="to" value={s} variant={b.variant} pending={pending && chosen === s} disabled={pending} pendingLabel={b.pending} onClick={() => setChosen(s)}>
              {b.label}
            </SubmitButton>
          );
        })}
      </div>
      <FormMessage error={state && !state.ok && !err("note") ? state.message : null} success={state?.ok ? state.message : null} />
    </form>
  );
}
