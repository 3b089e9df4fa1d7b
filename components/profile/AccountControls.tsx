"use client";

import { useState, useTransition } from "react";
import { signOut } from "next-auth/react";
import { deleteAccountSchema } from "@/lib/profile/schemas";
import { deleteAccountAction, signOutEverywhereAction } from "@/lib/profile/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";

/** "Sign out of all devices": ends every session on the server, then clears this browser's cookie. */
export function SignOutEverywhereButton() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        aria-busy={pending || undefined}
        onClick={() =>
          start(async () => {
            setError(null);
            const res = await signOutEverywhereAction();
            if (!res.ok) return setError(res.message);
            await signOut({ callbackUrl: "/login" });
          })
        }
        className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-70"
      >
        {pending ? "Signing out…" : "Sign out of all devices"}
      </button>
      <FormMessage error={error} />
    </div>
  );
}

/** "Delete my account", confirmed by the password; the server refuses while a claim is open and says why. */
export function DeleteAccountForm({ openClaims }: { openClaims: number }) {
  const { form, onSubmit, formError, errorOf, pending } = useServerForm(deleteAccountSchema, deleteAccountAction, {
    defaultValues: { password: "" },
    onSuccess: async () => {
      await signOut({ callbackUrl: "/" });
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-700">
        This erases your name, email, phone number, photo, feedback and messages, and signs you out everywhere. Policies and claims are kept
        for the period insurers must keep them, no longer linked to you. It cannot be undone.
      </p>
      {openClaims > 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="open-claims-note">
          You have {openClaims === 1 ? "a claim" : `${openClaims} claims`} still open. You can delete your account once {openClaims === 1 ? "it has" : "they have"} been paid or
          closed.
        </p>
      ) : null}
      <TextField label="Password to confirm deletion" type="password" autoComplete="current-password" {...form.register("password")} error={errorOf("password")} />
      <FormMessage error={formError} />
      <SubmitButton pending={pending} pendingLabel="Deleting…" variant="danger">
        Delete my account
      </SubmitButton>
    </form>
  );
}
