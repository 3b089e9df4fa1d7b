import "server-only";
import { addDays, startOfISOWeek } from "date-fns";
import type { Db } from "@/lib/db";
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/claims/claim-transitions";
import { POLICY_TYPES, POLICY_TYPE_INFO } from "@/lib/policies/policy-types";
import { SENTIMENTS, type Sentiment } from "@/lib/feedback/schemas";

/*
 * The figures behind the admin overview's charts, each counted by the database (count / groupBy over
 * a date range or a bucket), never by loading rows. Callers check the ADMIN role.
 */

export const CHART_WEEKS = 8;
export const RECENT_DAYS = 30;
/** Fraud probability buckets: [0, 0.1), [0.1, 0.2), … [0.9, 1]. */
export const PROBABILITY_BUCKETS = 10;

const weekLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** Monday 00:00 UTC of the week holding `d`. */
function weekStartUtc(d: Date): Date {
  const local = startOfISOWeek(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

export type OverviewStats = {
  claimsPerWeek: { weekStart: Date; label: string; byStatus: Record<ClaimStatus, number>; total: number }[];
  investigation: { investigate: number; approve: number; share: number | null };
  probabilityBuckets: { label: string; from: number; to: number; count: number }[];
  sentiment: Record<Sentiment, number>;
  sms: { sent: number; failed: number; pending: number; deliveryRate: number | null };
  activeByType: { type: string; label: string; count: number }[];
};

export async function getOverviewStats(db: Db, now: Date = new Date()): Promise<OverviewStats> {
  const thisWeek = weekStartUtc(now);
  const weeks = Array.from({ length: CHART_WEEKS }, (_, i) => addDays(thisWeek, -7 * (CHART_WEEKS - 1 - i)));
  const since = addDays(now, -RECENT_DAYS);
  const step = 1 / PROBABILITY_BUCKETS;

  const [perWeek, decisions, buckets, sentiments, sms, byType] = await Promise.all([
    Promise.all(weeks.map((start) => db.claim.groupBy({ by: ["status"], where: { submittedAt: { gte: start, lt: addDays(start, 7) } }, _count: { _all: true } }))),
    db.claim.groupBy({ by: ["fraudDecision"], _count: { _all: true } }),
    Promise.all(
      Array.from({ length: PROBABILITY_BUCKETS }, (_, i) =>
        db.claim.count({ where: { fraudProbability: i === PROBABILITY_BUCKETS - 1 ? { gte: i * step } : { gte: i * step, lt: (i + 1) * step } } }),
      ),
    ),
    db.feedback.groupBy({ by: ["sentiment"], where: { createdAt: { gte: since } }, _count: { _all: true } }),
    db.notification.groupBy({ by: ["status"], where: { createdAt: { gte: since } }, _count: { _all: true } }),
    db.policy.groupBy({ by: ["type"], where: { status: "ACTIVE", startDate: { lte: now }, endDate: { gt: addDays(now, -1) } }, _count: { _all: true } }),
  ]);

  const claimsPerWeek = weeks.map((weekStart, i) => {
    const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
    for (const g of perWeek[i]) if (g.status in byStatus) byStatus[g.status as ClaimStatus] = g._count._all;
    return { weekStart, label: weekLabel.format(weekStart), byStatus, total: Object.values(byStatus).reduce((a, b) => a + b, 0) };
  });
  const dec = (d: string) => decisions.find((g) => g.fraudDecision === d)?._count._all ?? 0;
  const investigate = dec("investigate");
  const approve = dec("approve");
  const sentiment = Object.fromEntries(SENTIMENTS.map((s) => [s, sentiments.find((g) => g.sentiment === s)?._count._all ?? 0])) as Record<Sentiment, number>;
  const smsCount = (s: string) => sms.find((g) => g.status === s)?._count._all ?? 0;
  const sent = smsCount("SENT");
  const failed = smsCount("FAILED");
  return {
    claimsPerWeek,
    investigation: { investigate, approve, share: investigate + approve ? investigate / (investigate + approve) : null },
    probabilityBuckets: buckets.map((count, i) => ({ label: `${i * 10}–${(i + 1) * 10}%`, from: i * step, to: (i + 1) * step, count })),
    sentiment,
    sms: { sent, failed, pending: smsCount("QUEUED") + smsCount("SENDING"), deliveryRate: sent + failed ? sent / (sent + failed) : null },
    activeByType: POLICY_TYPES.map((t) => ({ type: t, label: POLICY_TYPE_INFO[t].label, count: byType.find((g) => g.type === t)?._count._all ?? 0 })),
  };
}

export const CLAIM_STATUS_COLOURS: Record<ClaimStatus, string> = {
  SUBMITTED: "#94a3b8",
  UNDER_REVIEW: "#d97706",
  APPROVED: "#15803d",
  REJECTED: "#b91c1c",
  PAID: "#1e40af",
};
export { CLAIM_STATUS_LABELS };
