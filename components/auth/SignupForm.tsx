"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { refreshSession } from "@/components/layout/session-client";
import { signupSchema } from "@/lib/auth/schemas";
import { signupAction } from "@/lib/auth/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";

export function SignupForm() {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, pending } = useServerForm(signupSchema, signupAction, {
    onSuccess: async () => {
      const { email, password } = form.getValues();
      const res = await signIn("credentials", { email, password, redirect: false });
      // Straight to the phone verification step (the code is already on its way); the header asks who is
      // signed in beside the navigation, so it changes with the page.
      if (res?.ok) void refreshSession("/profile");
      router.push(res?.ok ? "/profile?welcome=1" : "/login");
      router.refresh();
    },
  });
  const r = form.register;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField label="Full name" autoComplete="name" {...r("name")} error={errorOf("name")} />
      <TextField label="Email" type="email" autoComplete="email" {...r("email")} error={errorOf("email")} />
      <TextField label="Phone" type="tel" autoComplete="tel" {...r("phone")} error={errorOf("phone")} hint="We text you about your policies and claims." />
      <TextField label="Password" type="password" autoComplete="new-password" {...r("password")} error={errorOf("password")} hint="At least 10 characters." />
      <TextField label="Confirm password" type="password" autoComplete="new-password" {...r("confirmPassword")} error={errorOf("confirmPassword")} />
      <FormMessage error={formError} />
      <SubmitButton pending={pending} pendingLabel="Creating account…" className="w-full">
        Create account
      </SubmitButton>
    </form>
  );
}
