import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { describePolicyDetails, type DetailRow } from "@/lib/policies/describe-details";
import type { PolicyDetailsByType } from "@/lib/policies/policy-draft";
import { canFileClaim, effectiveStatus, EFFECTIVE_STATUS_LABELS, type EffectiveStatus } from "@/lib/policies/policy-status";
import { renewalEligibility, type RenewalEligibility } from "@/lib/renewals/renewal-eligibility";
import { POLICY_TYPE_INFO, type PolicyStatus, type PolicyType } from "@/lib/policies/policy-types";
import { storedObject } from "@/lib/stored-json";

/*
 * Reading policies for their owner. Every read names the owner in its `where` clause, so another
 * user's id finds nothing (and the caller answers "not found", never "forbidden").
 */

const policySelect = {
  id: true,
  number: true,
  type: true,
  status: true,
  startDate: true,
  endDate: true,
  termMonths: true,
  sumInsuredCents: true,
  remainingCoverCents: true,
  premiumCents: true,
  currency: true,
  details: true,
  renewedFromId: true,
  renewedFrom: { select: { number: true } },
  renewedTo: { select: { id: true, number: true } },
  createdAt: true,
} satisfies Prisma.PolicySelect;

type PolicyRow = Prisma.PolicyGetPayload<{ select: typeof policySelect }>;

/** A policy card in "My policies". */
export type PolicySummary = {
  id: string;
  number: string;
  type: PolicyType;
  typeLabel: string;
  /** as stored */
  status: PolicyStatus;
  /** what it means today (an ACTIVE policy past its last day reads EXPIRED) */
  effectiveStatus: EffectiveStatus;
  statusLabel: string;
  /** first day of cover (UTC midnight) */
  startDate: Date;
  /** last day of cover, inclusive (UTC midnight) */
  endDate: Date;
  sumInsuredCents: number;
  remainingCoverCents: number;
  premiumCents: number;
};

type PolicyDtoBase = PolicySummary & {
  termMonths: number;
  currency: string;
  detailRows: DetailRow[];
  renewedFromId: string | null;
  renewedFromNumber: string | null;
  renewedToId: string | null;
  renewedToNumber: string | null;
  createdAt: Date;
  canFileClaim: boolean;
  /** whether "Renew" is offered; `renewal` says why not, and when the window opens and closes */
  canRenew: boolean;
  renewal: RenewalEligibility;
};

/** Everything the owner sees about one policy; `details` is typed by `type`. */
export type PolicyDto = { [T in PolicyType]: PolicyDtoBase & { type: T; details: PolicyDetailsByType[T] } }[PolicyType];

function toSummary(row: PolicyRow, now: Date): PolicySummary {
  const type = row.type;
  const status = row.status;
  const eff = effectiveStatus(row, now);
  return {
    id: row.id,
    number: row.number,
    type,
    typeLabel: POLICY_TYPE_INFO[type].label,
    status,
    effectiveStatus: eff,
    statusLabel: EFFECTIVE_STATUS_LABELS[eff],
    startDate: row.startDate,
    endDate: row.endDate,
    sumInsuredCents: row.sumInsuredCents,
    remainingCoverCents: row.remainingCoverCents,
    premiumCents: row.premiumCents,
  };
}

function toDto(row: PolicyRow, now: Date): PolicyDto {
  const summary = toSummary(row, now);
  const details = storedObject(row.details);
  const renewedToId = row.renewedTo?.id ?? null;
  const renewal = renewalEligibility({ ...row, renewedToId }, now);
  return {
    ...summary,
    termMonths: row.termMonths,
    currency: row.currency,
    details,
    detailRows: describePolicyDetails(summary.type, details),
    renewedFromId: row.renewedFromId,
    renewedFromNumber: row.renewedFrom?.number ?? null,
    renewedToId,
    renewedToNumber: row.renewedTo?.number ?? null,
    createdAt: row.createdAt,
    canFileClaim: canFileClaim(row, now),
    canRenew: renewal.ok,
    renewal,
  } as PolicyDto;
}

/** The user's own policy, or null when it does not exist or belongs to someone else. */
export async function findPolicyForUser(db: Db | Tx, userId: string, policyId: string, now: Date = new Date()): Promise<PolicyDto | null> {
  if (typeof policyId !== "string" || policyId.length > 64) return null;
  const row = await db.policy.findFirst({ where: { id: policyId, userId }, select: policySelect });
  return row ? toDto(row, now) : null;
}

/** The user's own policies, newest first. */
export async function listPoliciesForUser(db: Db | Tx, userId: string, now: Date = new Date()): Promise<PolicySummary[]> {
  const rows = await db.policy.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: policySelect, take: 200 });
  return rows.map((r) => toSummary(r, now));
}

export type AdminPolicyRow = PolicySummary & { holderId: string; holderName: string; holderEmail: string; createdAt: Date };

export type AdminPolicyFilter = { type?: PolicyType; status?: PolicyStatus; q?: string };

/** The `where` for the admin list: type, stored status, and a policy number or the holder's name or email. */
export function adminPoliciesWhere(filters: AdminPolicyFilter): Prisma.PolicyWhereInput {
  const and: Prisma.PolicyWhereInput[] = [];
  if (filters.type) and.push({ type: filters.type });
  if (filters.status) and.push({ status: filters.status });
  const q = filters.q?.trim().slice(0, 60);
  if (q) {
    // SQLite's LIKE ignores ASCII case, PostgreSQL's does not: match the usual spellings on both.
    const variants = [...new Set([q, q.toLowerCase(), q.toUpperCase(), q.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase())])];
    and.push({ OR: variants.flatMap((v) => [{ number: { contains: v } }, { user: { name: { contains: v } } }, { user: { email: { contains: v } } }]) });
  }
  return and.length ? { AND: and } : {};
}

/** One page of policies with their holders, newest first, filtered in the database (callers check the role). */
export async function listPoliciesForAdmin(
  db: Db,
  filters: AdminPolicyFilter,
  page = 1,
  pageSize = 25,
  now: Date = new Date(),
): Promise<{ rows: AdminPolicyRow[]; total: number; page: number; pageCount: number }> {
  const where = adminPoliciesWhere(filters);
  const total = await db.policy.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.policy.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: { ...policySelect, user: { select: { id: true, name: true, email: true } } },
  });
  return {
    rows: rows.map((r) => ({ ...toSummary(r, now), holderId: r.user.id, holderName: r.user.name, holderEmail: r.user.email, createdAt: r.createdAt })),
    total,
    page: current,
    pageCount,
  };
}
