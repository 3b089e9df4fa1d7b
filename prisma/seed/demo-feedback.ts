import type { Db } from "@/lib/db";
import { replyToFeedback, submitFeedback } from "@/lib/feedback/submit-feedback";

/** A few feedback items from the demo holder, scored by the real scorer; skipped when they already have some. */
export async function seedDemoFeedback(db: Db, holderId: string, adminId: string): Promise<void> {
  if (await db.feedback.count({ where: { userId: holderId } })) return;
  const praise = await submitFeedback(db, holderId, { topic: "website", message: "Buying my home policy online took five minutes and the price breakdown was really clear. Thank you!" });
  await submitFeedback(db, holderId, { topic: "other", message: "I moved house last month and updated my address on the website." });
  await submitFeedback(db, holderId, { topic: "claim", message: "I reported a cracked windscreen two weeks ago and I'm still waiting for anyone to call me back." });
  await replyToFeedback(db, adminId, { feedbackId: praise.id, reply: "Thank you, we are glad it was easy.", resolve: true });
}
