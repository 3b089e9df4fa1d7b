import "server-only";
import type { Db } from "@/lib/db";
import { AppError, fieldErrorsFrom } from "@/lib/errors";
import { scoreSentiment } from "@/ml/sentiment/score";
import { notifyAdmins } from "@/lib/notifications/enqueue";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { feedbackRef, feedbackSchema, topicLabel } from "@/lib/feedback/schemas";

/**
 * Stores a policyholder's feedback with its sentiment label and score. Negative feedback alerts every
 * admin by SMS in the same transaction, so an alert exists exactly when the feedback does.
 * A related policy must be the author's own.
 */
export async function submitFeedback(db: Db, userId: string, input: unknown) {
  const parsed = feedbackSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", undefined, fieldErrorsFrom(parsed.error.issues));
  const { topic, policyId, message } = parsed.data;
  if (policyId) {
    const owned = await db.policy.findFirst({ where: { id: policyId, userId }, select: { id: true } });
    if (!owned) throw new AppError("INVALID_INPUT", undefined, { policyId: "Choose one of your own policies" });
  }
  const sentiment = scoreSentiment(message);
  return db.$transaction(async (tx) => {
    const row = await tx.feedback.create({
      data: { userId, topic, policyId: policyId ?? null, message, sentiment: sentiment.label, sentimentScore: sentiment.score, signals: sentiment.signals },
      select: { id: true, sentiment: true },
    });
    let adminsAlerted = 0;
    if (row.sentiment === "negative") {
      // Alerts are coalesced per admin (see notifyAdmins): the SMS names the newest item and how many wait,
      // counted under notifyAdmins' lock so concurrent complaints are all included.
      adminsAlerted = await notifyAdmins(
        tx,
        "negative_feedback_alert",
        async (locked) => ({ feedbackRef: feedbackRef(row.id), topic: topicLabel(topic), waiting: await locked.feedback.count({ where: { sentiment: "negative", status: "OPEN" } }) }),
        `negative_feedback:${row.id}`,
      );
    }
    return { ...row, adminsAlerted };
  });
}

/**
 * An admin's reply to one feedback item; `resolve` closes it. Recorded in the audit trail in the same
 * transaction. The caller must have checked the admin role.
 */
export async function replyToFeedback(db: Db, adminId: string, input: { feedbackId: string; reply: string; resolve: boolean }) {
  await db.$transaction(async (tx) => {
    const before = await tx.feedback.findUnique({ where: { id: input.feedbackId }, select: { status: true } });
    const status = input.resolve ? "RESOLVED" : "ANSWERED";
    const updated = await tx.feedback.updateMany({
      where: { id: input.feedbackId },
      data: { reply: input.reply, repliedById: adminId, repliedAt: new Date(), status },
    });
    if (!before || updated.count !== 1) throw new AppError("NOT_FOUND", "That feedback no longer exists.");
    await recordAuditEvent(tx, {
      actorId: adminId,
      actorRole: "ADMIN",
      action: input.resolve ? "feedback.resolved" : "feedback.replied",
      targetType: "feedback",
      targetId: input.feedbackId,
      fromStatus: before.status,
      toStatus: status,
      note: input.reply.slice(0, 1000),
    });
  });
}
