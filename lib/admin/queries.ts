import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { findClaimForAdmin, listClaimsQueue } from "@/lib/admin/claims-desk";
import type { ClaimsFilter } from "@/lib/admin/claims-filter";
import { findUserForAdmin, listUsersPage, type UserFilter } from "@/lib/admin/user-accounts";
import { auditFilterOptions, listAuditLog, type AuditFilter } from "@/lib/admin/audit-log";
import { getOverviewStats } from "@/lib/admin/overview-stats";
import { claimsCsvStream } from "@/lib/admin/claims-export";

/*
 * The admin pages' reads. Every function checks the ADMIN role itself (a page's check does not
 * protect the data layer), then calls the domain function with the app's database.
 */

/** Headline counts for the admin dashboard. Admin only. */
export async function getAdminOverview() {
  await requireRole("ADMIN");
  const [users, policies, activePolicies, negativeOpenFeedback, queuedSms, failedSms, underReview] = await Promise.all([
    db.user.count(),
    db.policy.count(),
    db.policy.count({ where: { status: "ACTIVE" } }),
    db.feedback.count({ where: { sentiment: "negative", status: "OPEN" } }),
    db.notification.count({ where: { status: { in: ["QUEUED", "SENDING"] } } }),
    db.notification.count({ where: { status: "FAILED" } }),
    db.claim.count({ where: { status: "UNDER_REVIEW" } }),
  ]);
  return { users, policies, activePolicies, negativeOpenFeedback, queuedSms, failedSms, underReview };
}

/** The overview's charts. Admin only. */
export async function getAdminCharts() {
  await requireRole("ADMIN");
  return getOverviewStats(db);
}

/** One page of the claims queue. Admin only. */
export async function getClaimsQueue(filter: ClaimsFilter, page: number) {
  await requireRole("ADMIN");
  return listClaimsQueue(db, filter, page);
}

/** One claim with everything the desk shows; unknown ids are "not found". Admin only. */
export async function getClaimForAdmin(id: string) {
  await requireRole("ADMIN");
  const claim = await findClaimForAdmin(db, id);
  if (!claim) notFound();
  return claim;
}

/** One page of accounts. Admin only. */
export async function listUsers(filter: UserFilter = {}, page = 1) {
  await requireRole("ADMIN");
  return listUsersPage(db, filter, page);
}

/** One account with its policies and claims. Admin only. */
export async function getUserForAdmin(id: string) {
  await requireRole("ADMIN");
  const user = await findUserForAdmin(db, id);
  if (!user) notFound();
  return user;
}

/** One page of the audit log and the filter choices. Admin only. */
export async function getAuditLog(filter: AuditFilter, page: number) {
  await requireRole("ADMIN");
  const [log, options] = await Promise.all([listAuditLog(db, filter, page), auditFilterOptions(db)]);
  return { ...log, options };
}

/** The filtered claims as a CSV stream. Admin only. */
export async function exportClaimsCsv(filter: ClaimsFilter) {
  await requireRole("ADMIN");
  return claimsCsvStream(db, filter);
}
