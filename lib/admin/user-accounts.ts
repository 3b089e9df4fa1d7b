import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { AppError, fieldErrorsFrom } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-transitions";
import { effectiveStatus, type EffectiveStatus } from "@/lib/policies/policy-status";
import { policyTypeLabel } from "@/lib/policies/policy-types";

/*
 * Accounts for the admin: search, one person's policies and claims, and disabling an account.
 * A disabled account cannot sign in (lib/auth/options.ts) and its sessions stop at the next
 * request (getCurrentUser in lib/auth/session.ts reads disabledAt). Callers check the ADMIN role.
 */

export const USERS_PAGE_SIZE = 25;

/**
 * Spellings to match for a free-text search: as typed, lower case and capitalised. SQLite's LIKE
 * ignores ASCII case but PostgreSQL's does not, and Prisma's `mode: "insensitive"` is PostgreSQL-only.
 */
export function searchVariants(q: string): string[] {
  const lower = q.toLowerCase();
  const title = lower.replace(/(^|\s)\S/g, (c) => c.toUpperCase());
  return [...new Set([q, lower, title, q.toUpperCase()])];
}

export type UserFilter = { q?: string; role?: "USER" | "ADMIN"; state?: "active" | "disabled" };

export function usersWhere(f: UserFilter): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [];
  if (f.role) and.push({ role: f.role });
  if (f.state === "disabled") and.push({ disabledAt: { not: null } });
  if (f.state === "active") and.push({ disabledAt: null });
  if (f.q) {
    and.push({ OR: searchVariants(f.q).flatMap((v) => [{ name: { contains: v } }, { email: { contains: v } }, { phone: { contains: v } }]) });
  }
  return and.length ? { AND: and } : {};
}

export async function listUsersPage(db: Db, filter: UserFilter, page = 1, pageSize = USERS_PAGE_SIZE) {
  const where = usersWhere(filter);
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: { id: true, name: true, email: true, phone: true, role: true, createdAt: true, disabledAt: true, _count: { select: { policies: true, claims: true } } },
  });
  return { rows, total, page: current, pageCount };
}

export type AdminUserDetail = {
  id: string;
  name: string;
  email: string;
  phone: string;
  role: string;
  createdAt: Date;
  disabledAt: Date | null;
  disabledReason: string | null;
  policies: { id: string; number: string; typeLabel: string; status: EffectiveStatus; startDate: Date; endDate: Date; premiumCents: number }[];
  claims: { id: string; number: string; statusLabel: string; amountCents: number; submittedAt: Date; fraudProbability: number; policyNumber: string }[];
};

export async function findUserForAdmin(db: Db, userId: string, now: Date = new Date()): Promise<AdminUserDetail | null> {
  if (typeof userId !== "string" || userId.length > 64) return null;
  const u = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      role: true,
      createdAt: true,
      disabledAt: true,
      disabledReason: true,
      policies: { orderBy: { createdAt: "desc" }, take: 50, select: { id: true, number: true, type: true, status: true, startDate: true, endDate: true, premiumCents: true } },
      claims: {
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        take: 50,
        select: { id: true, number: true, status: true, amountCents: true, submittedAt: true, fraudProbability: true, policy: { select: { number: true } } },
      },
    },
  });
  if (!u) return null;
  return {
    ...u,
    policies: u.policies.map((p) => ({ id: p.id, number: p.number, typeLabel: policyTypeLabel(p.type), status: effectiveStatus(p, now), startDate: p.startDate, endDate: p.endDate, premiumCents: p.premiumCents })),
    claims: u.claims.map((c) => ({
      id: c.id,
      number: c.number,
      statusLabel: CLAIM_STATUS_LABELS[c.status],
      amountCents: c.amountCents,
      submittedAt: c.submittedAt,
      fraudProbability: c.fraudProbability,
      policyNumber: c.policy.number,
    })),
  };
}

export const disableUserSchema = z.object({
  userId: z.string().min(1).max(64),
  reason: z.string().trim().min(5, "Say why the account is disabled (at least 5 characters).").max(500, "Keep the reason under 500 characters."),
});
export const enableUserSchema = z.object({ userId: z.string().min(1).max(64), reason: z.string().trim().max(500).default("") });

/**
 * Disables an account with a reason, audited in the same transaction. Refuses the admin's own
 * account; the update is conditional on the account being enabled, so a double submit changes nothing.
 */
export async function disableUser(db: Db, adminId: string, input: unknown, now: Date = new Date()): Promise<void> {
  const parsed = disableUserSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please give a reason.", fieldErrorsFrom(parsed.error.issues));
  const { userId, reason } = parsed.data;
  if (userId === adminId) throw new AppError("INVALID_INPUT", "You cannot disable your own account.", { reason: "You cannot disable your own account." });
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, disabledAt: null }, data: { disabledAt: now, disabledReason: reason } });
    if (count !== 1) {
      const exists = await tx.user.count({ where: { id: userId } });
      throw exists ? new AppError("CONFLICT", "This account is already disabled.") : new AppError("NOT_FOUND", "We could not find that account.");
    }
    // End every session for good: re-enabling the account later must not bring a copied cookie back to life.
    await tx.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAuditEvent(tx, { actorId: adminId, actorRole: "ADMIN", action: "user.disabled", targetType: "user", targetId: userId, fromStatus: "ACTIVE", toStatus: "DISABLED", note: reason });
  });
}

/** Re-enables a disabled account, audited. */
export async function enableUser(db: Db, adminId: string, input: unknown): Promise<void> {
  const parsed = enableUserSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please check the form.", fieldErrorsFrom(parsed.error.issues));
  const { userId, reason } = parsed.data;
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, disabledAt: { not: null } }, data: { disabledAt: null, disabledReason: null } });
    if (count !== 1) {
      const exists = await tx.user.count({ where: { id: userId } });
      throw exists ? new AppError("CONFLICT", "This account is already enabled.") : new AppError("NOT_FOUND", "We could not find that account.");
    }
    await recordAuditEvent(tx, { actorId: adminId, actorRole: "ADMIN", action: "user.enabled", targetType: "user", targetId: userId, fromStatus: "DISABLED", toStatus: "ACTIVE", note: reason || null });
  });
}
