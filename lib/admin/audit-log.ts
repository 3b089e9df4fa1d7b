import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { pageInfo, type PageInfo } from "@/lib/admin/ranked-pages";
import { feedbackRef } from "@/lib/feedback/schemas";

/*
 * The audit log for admins: every recorded action (claim decisions, cancellations, account changes,
 * feedback replies, notification retries, API keys), newest first, filtered and paged in the
 * database. Callers check the ADMIN role.
 */

export const AUDIT_PAGE_SIZE = 50;

/** "admins" = any admin; "system" = scoring, sweeps and API clients; otherwise one user's id. */
export type AuditFilter = { actor?: string; action?: string };

export type AuditLogRow = {
  id: string;
  createdAt: Date;
  actorLabel: string;
  actorId: string | null;
  action: string;
  actionLabel: string;
  targetType: string;
  targetId: string;
  targetLabel: string;
  targetHref: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
};

/** "claim.approved" → "Claim approved"; "api_key.revoked" → "API key revoked". */
export function actionLabel(action: string): string {
  const [subject, ...verb] = action.split(".");
  const noun = subject === "api_key" ? "API key" : subject.replace(/_/g, " ");
  const text = `${noun} ${verb.join(" ").replace(/_/g, " ")}`.trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function auditWhere(f: AuditFilter): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (f.actor === "admins") and.push({ actorRole: "ADMIN" });
  else if (f.actor === "system") and.push({ actorId: null });
  else if (f.actor) and.push({ actorId: f.actor });
  if (f.action) and.push(f.action.endsWith(".") ? { action: { startsWith: f.action } } : { action: f.action });
  return and.length ? { AND: and } : {};
}

export async function listAuditLog(db: Db, filter: AuditFilter, page = 1, pageSize = AUDIT_PAGE_SIZE): Promise<PageInfo & { rows: AuditLogRow[] }> {
  const where = auditWhere(filter);
  const info = pageInfo(await db.auditEvent.count({ where }), page, pageSize);
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: info.offset,
    take: pageSize,
    select: { id: true, createdAt: true, actorId: true, actorRole: true, actor: { select: { name: true } }, action: true, targetType: true, targetId: true, fromStatus: true, toStatus: true, note: true },
  });
  // Name each target: one query per kind for the ids on this page only.
  const ids = (type: string) => [...new Set(rows.filter((r) => r.targetType === type).map((r) => r.targetId))];
  const [claims, policies, users] = await Promise.all([
    db.claim.findMany({ where: { id: { in: ids("claim") } }, select: { id: true, number: true } }),
    db.policy.findMany({ where: { id: { in: ids("policy") } }, select: { id: true, number: true, userId: true } }),
    db.user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, name: true } }),
  ]);
  const claimOf = new Map(claims.map((c) => [c.id, c]));
  const policyOf = new Map(policies.map((p) => [p.id, p]));
  const userOf = new Map(users.map((u) => [u.id, u]));
  const target = (type: string, id: string): { label: string; href: string | null } => {
    if (type === "claim") return { label: `Claim ${claimOf.get(id)?.number ?? id}`, href: claimOf.has(id) ? `/admin/claims/${id}` : null };
    if (type === "policy") {
      const p = policyOf.get(id);
      return { label: `Policy ${p?.number ?? id}`, href: p ? `/admin/policies?q=${encodeURIComponent(p.number)}` : null };
    }
    if (type === "user") return { label: userOf.get(id)?.name ?? `Account ${id}`, href: userOf.has(id) ? `/admin/users/${id}` : null };
    if (type === "feedback") return { label: `Feedback ${feedbackRef(id)}`, href: "/admin/feedback" };
    if (type === "notification") return { label: "SMS message", href: "/admin/notifications" };
    if (type === "api_key") return { label: "API key", href: "/admin/api-keys" };
    return { label: `${type} ${id}`, href: null };
  };
  return {
    ...info,
    rows: rows.map((r) => {
      const t = target(r.targetType, r.targetId);
      return {
        id: r.id,
        createdAt: r.createdAt,
        actorId: r.actorId,
        actorLabel: r.actor?.name ?? (r.actorRole === "API" ? "API client" : r.actorRole === "SYSTEM" || !r.actorId ? "System" : "Deleted account"),
        action: r.action,
        actionLabel: actionLabel(r.action),
        targetType: r.targetType,
        targetId: r.targetId,
        targetLabel: t.label,
        targetHref: t.href,
        fromStatus: r.fromStatus,
        toStatus: r.toStatus,
        note: r.note,
      };
    }),
  };
}

/** The choices for the filters: the admins, and the actions that occur (grouped in the database). */
export async function auditFilterOptions(db: Db) {
  const [admins, actions] = await Promise.all([
    db.user.findMany({ where: { role: "ADMIN" }, orderBy: { name: "asc" }, take: 200, select: { id: true, name: true } }),
    db.auditEvent.groupBy({ by: ["action"], _count: { _all: true }, orderBy: { action: "asc" } }),
  ]);
  return { admins, actions: actions.map((a) => ({ action: a.action, label: actionLabel(a.action), count: a._count._all })) };
}
