"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { verifyPhoneSchema } from "@/lib/profile/schemas";
import { sendVerificationCodeAction, verifyPhoneAction } from "@/lib/profile/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";

/** Enter the code texted to the number; or ask for a new one. Messages wait until this is done. */
export function PhoneVerificationForm({ maskedPhone }: { maskedPhone: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf, pending } = useServerForm(verifyPhoneSchema, verifyPhoneAction, {
    defaultValues: { code: "" },
    onSuccess: () => router.refresh(),
  });
  const [resendMessage, setResendMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [resending, startResend] = useTransition();
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        We texted a 6-digit code to <strong>{maskedPhone}</strong>. Enter it to confirm the number is yours; until then we send it nothing else,
        and messages about your policies wait here for up to 24 hours.
      </p>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <TextField label="Verification code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} {...form.register("code")} error={errorOf("code")} />
        <FormMessage error={formError} success={success} />
        <div className="flex flex-wrap gap-3">
          <SubmitButton pending={pending} pendingLabel="Checking…">
            Verify
          </SubmitButton>
          <button
            type="button"
            disabled={resending}
            aria-busy={resending || undefined}
            onClick={() =>
              startResend(async () => {
                const res = await sendVerificationCodeAction();
                setResendMessage({ ok: res.ok, text: res.ok ? (res.message ?? "Code sent") : res.message });
              })
            }
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-70"
          >
            {resending ? "Sending…" : "Send a new code"}
          </button>
        </div>
        {resendMessage ? <FormMessage error={resendMessage.ok ? null : resendMessage.text} success={resendMessage.ok ? resendMessage.text : null} /> : null}
      </form>
    </div>
  );
}
