"use client";

import { useRouter } from "next/navigation";
import { profileSchema } from "@/lib/profile/schemas";
import { updateProfileAction } from "@/lib/profile/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";
import { refreshSession } from "@/components/layout/session-client";

export function ProfileForm({ name, phone }: { name: string; phone: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf, pending } = useServerForm(profileSchema, updateProfileAction, {
    defaultValues: { name, phone },
    onSuccess: () => {
      router.refresh();
      // the header shows the name: ask for it again (the header is a client island, refresh() does not reach it)
      void refreshSession();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField label="Full name" autoComplete="name" {...form.register("name")} error={errorOf("name")} />
      <TextField label="Phone" type="tel" autoComplete="tel" {...form.register("phone")} error={errorOf("phone")} />
      <FormMessage error={formError} success={success} />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save changes
      </SubmitButton>
    </form>
  );
}
