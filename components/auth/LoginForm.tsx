"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { loginSchema, type LoginInput } from "@/lib/auth/schemas";
import { safeNext } from "@/lib/auth/safe-next";
import { refreshSession } from "@/components/layout/session-client";
import { TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";

const MESSAGES: Record<string, string> = {
  THROTTLED: "Too many sign-in attempts. Please wait 15 minutes and try again.",
  CredentialsSignin: "That email and password do not match an account.",
  DISABLED: "This account has been disabled. Please contact us if you think this is a mistake.",
};


/** `next` (where to go after signing in) is read from the address bar, so the sign-in page can be prerendered. */
export function LoginForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<LoginInput>({ resolver: zodResolver(loginSchema), mode: "onTouched" });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    setError(null);
    const res = await signIn("credentials", { email, password, redirect: false });
    if (!res || res.error) {
      setError(MESSAGES[res?.error ?? ""] ?? "We could not sign you in. Please try again.");
      return;
    }
    const target = safeNext(new URLSearchParams(window.location.search).get("next"));
    // ask who is signed in for the next page now, beside the navigation, so the header changes with it
    void refreshSession(new URL(target, window.location.href).pathname);
    router.push(target);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField label="Email" type="email" autoComplete="email" {...form.register("email")} error={errors.email?.message} />
      <TextField label="Password" type="password" autoComplete="current-password" {...form.register("password")} error={errors.password?.message} />
      <FormMessage error={error} />
      <SubmitButton pending={form.formState.isSubmitting} pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
    </form>
  );
}
