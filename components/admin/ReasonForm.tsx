"use client";

import { useActionState } from "react";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { FormState } from "@/lib/admin/actions";
import { TextAreaField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";

/**
 * A one-field admin form (disable an account, cancel a policy, …): a reason, a submit button with its
 * pending state, the reason's error beside the field and the outcome under it. Posts FormData to a
 * server action, so it works before JavaScript loads as well.
 */
export function ReasonForm({
  action,
  hidden,
  id,
  label,
  hint,
  submitLabel,
  pendingLabel,
  variant = "danger",
  required = true,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  id: string;
  label: string;
  hint?: string;
  submitLabel: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  required?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const fieldError = state && !state.ok ? state.fieldErrors?.reason : undefined;
  return (
    <form action={formAction} noValidate className="space-y-3">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <TextAreaField id={id} name="reason" label={label} hint={hint} rows={3} maxLength={500} required={required} error={fieldError} />
      <SubmitButton pending={pending} pendingLabel={pendingLabel} variant={variant}>
        {submitLabel}
      </SubmitButton>
      <FormMessage error={state && !state.ok && !fieldError ? state.message : null} success={state?.ok ? state.message : null} />
    </form>
  );
}
