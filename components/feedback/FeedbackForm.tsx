"use client";

import { useRouter } from "next/navigation";
import { feedbackSchema, FEEDBACK_MAX, FEEDBACK_TOPICS } from "@/lib/feedback/schemas";
import { submitFeedbackAction } from "@/lib/feedback/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { SelectField, TextAreaField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";

export function FeedbackForm({ policies }: { policies: { id: string; label: string }[] }) {
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf, pending } = useServerForm(feedbackSchema, submitFeedbackAction, {
    defaultValues: { topic: "policy", policyId: "", message: "" },
    onSuccess: () => {
      form.reset({ topic: "policy", policyId: "", message: "" });
      router.refresh();
    },
  });
  const length = form.watch("message")?.length ?? 0;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Topic" options={[...FEEDBACK_TOPICS]} {...form.register("topic")} error={errorOf("topic")} />
        <SelectField
          label="Related policy (optional)"
          options={[{ value: "", label: "None" }, ...policies.map((p) => ({ value: p.id, label: p.label }))]}
          {...form.register("policyId")}
          error={errorOf("policyId")}
        />
      </div>
      <TextAreaField
        label="Your feedback"
        rows={5}
        maxLength={FEEDBACK_MAX}
        {...form.register("message")}
        error={errorOf("message")}
        hint={`${length} / ${FEEDBACK_MAX} characters`}
      />
      <FormMessage error={formError} success={success} />
      <SubmitButton pending={pending} pendingLabel="Sending…">
        Send feedback
      </SubmitButton>
    </form>
  );
}
