"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { AppError, fieldErrorsFrom, toActionError, type ActionResult } from "@/lib/errors";
import { requireRole, requireUser } from "@/lib/auth/session";
import { feedbackReplySchema } from "@/lib/feedback/schemas";
import { replyToFeedback, submitFeedback } from "@/lib/feedback/submit-feedback";

/** A policyholder sends feedback. */
export async function submitFeedbackAction(input: unknown): Promise<ActionResult> {
  try {
    const user = await requireUser();
    await submitFeedback(db, user.id, input);
    revalidatePath("/feedback");
    revalidatePath("/admin", "layout");
    return { ok: true, data: undefined, message: "Thank you. Your feedback has been sent." };
  } catch (e) {
    return toActionError(e);
  }
}

/** An admin replies to (and optionally resolves) a feedback item. */
export async function replyFeedbackAction(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requireRole("ADMIN");
    const parsed = feedbackReplySchema.safeParse(input);
    if (!parsed.success) throw new AppError("INVALID_INPUT", undefined, fieldErrorsFrom(parsed.error.issues));
    await replyToFeedback(db, admin.id, parsed.data);
    revalidatePath("/admin", "layout");
    revalidatePath("/feedback");
    return { ok: true, data: undefined, message: parsed.data.resolve ? "Reply sent and resolved" : "Reply sent" };
  } catch (e) {
    return toActionError(e);
  }
}
