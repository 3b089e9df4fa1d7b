import "server-only";
import { db } from "@/lib/db";
import { requireRole, requireUser } from "@/lib/auth/session";
import { SENTIMENTS, type Sentiment } from "@/lib/feedback/schemas";

/** The signed-in user's own feedback, newest first, with any reply. */
export async function listMyFeedback() {
  const user = await requireUser();
  return db.feedback.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, topic: true, message: true, status: true, reply: true, repliedAt: true, createdAt: true, policy: { select: { number: true } } },
  });
}

/** The signed-in user's policies, for the "related policy" choice. */
export async function listMyPolicyOptions() {
  const user = await requireUser();
  return db.policy.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, select: { id: true, number: true, type: true } });
}

/** Feedback for the admin queue: optionally filtered, unanswered negative items first. Admin only. */
export async function listFeedbackForAdmin(filter: { sentiment?: Sentiment; status?: "OPEN" | "ANSWERED" | "RESOLVED" }) {
  await requireRole("ADMIN");
  const rows = await db.feedback.findMany({
    where: { sentiment: filter.sentiment, status: filter.status },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true, topic: true, message: true, sentiment: true, sentimentScore: true, signals: true, status: true, reply: true, repliedAt: true, createdAt: true,
      user: { select: { name: true, email: true } },
      policy: { select: { number: true } },
    },
  });
  // Unanswered negative feedback first: it is what an admin must act on.
  const rank = (r: { status: string; sentiment: string }) => (r.status === "OPEN" ? 0 : 2) + (r.sentiment === "negative" ? 0 : 1);
  return rows
    .map((r) => ({
      ...r,
      // The 2-class tie-break note ("polarity defaults to …") means nothing next to a 3-class label.
      signals: (JSON.parse(r.signals) as string[]).filter((s) => !s.startsWith("no sentiment: polarity")),
    }))
    .sort((a, b) => rank(a) - rank(b) || b.createdAt.getTime() - a.createdAt.getTime());
}

/** Counts per sentiment (for the chart) and open negative items (for the alert badge). Admin only. */
export async function getFeedbackStats() {
  await requireRole("ADMIN");
  const groups = await db.feedback.groupBy({ by: ["sentiment", "status"], _count: { _all: true } });
  const bySentiment = Object.fromEntries(SENTIMENTS.map((s) => [s, 0])) as Record<Sentiment, number>;
  let openNegative = 0;
  for (const g of groups) {
    if (g.sentiment in bySentiment) bySentiment[g.sentiment as Sentiment] += g._count._all;
    if (g.sentiment === "negative" && g.status === "OPEN") openNegative += g._count._all;
  }
  return { bySentiment, openNegative };
}
