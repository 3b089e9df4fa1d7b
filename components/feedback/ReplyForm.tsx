"use client";

import { useRouter } from "next/navigation";
import { feedbackReplySchema } from "@/lib/feedback/schemas";
import { replyFeedbackAction } from "@/lib/feedback/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { CheckboxField, TextAreaField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";

export function ReplyForm({ feedbackId, existingReply }: { feedbackId: string; existingReply?: string | null }) {
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf, pending } = useServerForm(feedbackReplySchema, replyFeedbackAction, {
    defaultValues: { feedbackId, reply: existingReply ?? "", resolve: false },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-2">
      <input type="hidden" {...form.register("feedbackId")} />
      <TextAreaField id={`reply-${feedbackId}`} label="Reply to customer" rows={3} {...form.register("reply")} error={errorOf("reply")} />
      <div className="flex flex-wrap items-center gap-4">
        <CheckboxField id={`resolve-${feedbackId}`} label="Mark as resolved" {...form.register("resolve")} />
        <SubmitButton pending={pending} pendingLabel="Sending…" variant="secondary">
          Send reply
        </SubmitButton>
      </div>
      <FormMessage error={formError} success={success} />
    </form>
  );
}
