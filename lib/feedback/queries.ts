import "server-only";
import { db, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageInfo, sliceRankedGroups } from "@/lib/admin/ranked-pages";
import { storedArray } from "@/lib/stored-json";
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

export const FEEDBACK_PAGE_SIZE = 20;

/**
 * One page of the admin feedback queue: open negative items first, then other open items, then
 * answered negative, then the rest, each group newest first. The groups are ranges of one database
 * order (sliceRankedGroups), so an old unanswered complaint stays at the top however much newer
 * feedback arrives. The caller checks the ADMIN role.
 */
export async function feedbackQueuePage(
  dbc: Db,
  filter: { sentiment?: Sentiment; status?: "OPEN" | "ANSWERED" | "RESOLVED" },
  page = 1,
  pageSize = FEEDBACK_PAGE_SIZE,
) {
  const base: Prisma.FeedbackWhereInput = { ...(filter.sentiment ? { sentiment: filter.sentiment } : {}), ...(filter.status ? { status: filter.status } : {}) };
  const groups: Prisma.FeedbackWhereInput[] = [
    { AND: [base, { status: "OPEN", sentiment: "negative" }] },
    { AND: [base, { status: "OPEN", sentiment: { not: "negative" } }] },
    { AND: [base, { status: { not: "OPEN" }, sentiment: "negative" }] },
    { AND: [base, { status: { not: "OPEN" }, sentiment: { not: "negative" } }] },
  ];
  const counts = await Promise.all(groups.map((where) => dbc.feedback.count({ where })));
  const info = pageInfo(counts.reduce((a, b) => a + b, 0), page, pageSize);
  const rows = [];
  for (const s of sliceRankedGroups(counts, info.offset, pageSize)) {
    rows.push(
      ...(await dbc.feedback.findMany({
        where: groups[s.group],
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: s.skip,
        take: s.take,
        select: {
          id: true, topic: true, message: true, sentiment: true, sentimentScore: true, signals: true, status: true, reply: true, repliedAt: true, createdAt: true,
          user: { select: { id: true, name: true, email: true } },
          policy: { select: { number: true } },
        },
      })),
    );
  }
  return {
    ...info,
    rows: rows.map((r) => ({
      ...r,
      // The 2-class tie-break note ("polarity defaults to …") means nothing next to a 3-class label.
      signals: storedArray(r.signals).filter((s): s is string => typeof s === "string" && !s.startsWith("no sentiment: polarity")),
    })),
  };
}

/** Feedback for the admin queue, a page at a time (see feedbackQueuePage). Admin only. */
export async function listFeedbackForAdmin(filter: { sentiment?: Sentiment; status?: "OPEN" | "ANSWERED" | "RESOLVED" }, page = 1) {
  await requireRole("ADMIN");
  return feedbackQueuePage(db, filter, page);
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
