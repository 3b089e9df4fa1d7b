import "server-only";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { POLICY_TYPES, POLICY_TYPE_INFO } from "@/lib/policies/policy-types";

/** Headline counts for the admin dashboard. Admin only. */
export async function getAdminOverview() {
  await requireRole("ADMIN");
  const [users, policies, activePolicies, negativeOpenFeedback, queuedSms, failedSms, byType] = await Promise.all([
    db.user.count(),
    db.policy.count(),
    db.policy.count({ where: { status: "ACTIVE" } }),
    db.feedback.count({ where: { sentiment: "negative", status: "OPEN" } }),
    db.notification.count({ where: { status: { in: ["QUEUED", "SENDING"] } } }),
    db.notification.count({ where: { status: "FAILED" } }),
    db.policy.groupBy({ by: ["type"], where: { status: "ACTIVE" }, _count: { _all: true } }),
  ]);
  const activeByType = POLICY_TYPES.map((t) => ({ type: t, label: POLICY_TYPE_INFO[t].label, count: byType.find((g) => g.type === t)?._count._all ?? 0 }));
  return { users, policies, activePolicies, negativeOpenFeedback, queuedSms, failedSms, activeByType };
}

/** Every account, newest first, without secrets. Admin only. */
export async function listUsers() {
  await requireRole("ADMIN");
  return db.user.findMany({
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, name: true, email: true, phone: true, role: true, createdAt: true, _count: { select: { policies: true } } },
  });
}
