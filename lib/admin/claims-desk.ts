import "server-only";
import { addDays } from "date-fns";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { listAuditTrail, type AuditEntry } from "@/lib/audit/record-audit-event";
import { CLAIM_STATUS_LABELS, CLAIM_TRANSITIONS, type ClaimStatus } from "@/lib/claims/claim-transitions";
import { describeClaimDetails } from "@/lib/claims/claim-records";
import { isoToDbDate } from "@/lib/policies/policy-dates";
import { effectiveStatus, type EffectiveStatus } from "@/lib/policies/policy-status";
import { policyTypeLabel } from "@/lib/policies/policy-types";
import type { ClaimsFilter } from "@/lib/admin/claims-filter";
import { pageInfo, sliceRankedGroups } from "@/lib/admin/ranked-pages";
import { storedArray, storedObject } from "@/lib/stored-json";

/*
 * The claims desk's data: the work queue (Under review first, then the most likely fraud first),
 * one claim with everything an adjuster needs, and the rows of the CSV export. Sorting, filtering
 * and paging all happen in the database. Callers check the ADMIN role (lib/admin/queries.ts).
 */

export const QUEUE_PAGE_SIZE = 25;

export type FraudReasonDto = { feature: string; text: string; direction: "raises" | "lowers"; impact: number };

export type QueueRow = {
  id: string;
  number: string;
  status: ClaimStatus;
  statusLabel: string;
  amountCents: number;
  fraudProbability: number;
  fraudDecision: string;
  topReason: string | null;
  submittedAt: Date;
  policyNumber: string;
  policyTypeLabel: string;
  holderName: string;
};

export type QueuePage = { rows: QueueRow[]; total: number; page: number; pageCount: number; pageSize: number };

/** The `where` for a filter: every condition is a column the database filters on. */
export function claimsWhere(f: ClaimsFilter): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (f.status) and.push({ status: f.status });
  if (f.type) and.push({ policy: { type: f.type } });
  if (f.decision) and.push({ fraudDecision: f.decision });
  if (f.from) and.push({ submittedAt: { gte: isoToDbDate(f.from) } });
  // "to" is a whole calendar day: up to the start of the next one
  if (f.to) and.push({ submittedAt: { lt: addDays(isoToDbDate(f.to), 1) } });
  if (f.q) and.push({ OR: [{ number: { contains: f.q } }, { policy: { number: { contains: f.q } } }] });
  return and.length ? { AND: and } : {};
}

/** Highest probability first; the id makes the order total, so pages never overlap or skip. */
const QUEUE_ORDER: Prisma.ClaimOrderByWithRelationInput[] = [{ fraudProbability: "desc" }, { id: "asc" }];

const queueSelect = {
  id: true,
  number: true,
  status: true,
  amountCents: true,
  fraudProbability: true,
  fraudDecision: true,
  fraudReasons: true,
  submittedAt: true,
  policy: { select: { number: true, type: true } },
  user: { select: { name: true } },
} satisfies Prisma.ClaimSelect;
type QueueSelectRow = Prisma.ClaimGetPayload<{ select: typeof queueSelect }>;

export function parseReasons(json: Prisma.JsonValue): FraudReasonDto[] {
  return storedArray(json).filter((r): r is FraudReasonDto => !!r && typeof (r as FraudReasonDto).text === "string");
}

function toQueueRow(r: QueueSelectRow): QueueRow {
  const status = r.status;
  return {
    id: r.id,
    number: r.number,
    status,
    statusLabel: CLAIM_STATUS_LABELS[status],
    amountCents: r.amountCents,
    fraudProbability: r.fraudProbability,
    fraudDecision: r.fraudDecision,
    topReason: parseReasons(r.fraudReasons).find((x) => x.direction === "raises")?.text ?? parseReasons(r.fraudReasons)[0]?.text ?? null,
    submittedAt: r.submittedAt,
    policyNumber: r.policy.number,
    policyTypeLabel: policyTypeLabel(r.policy.type),
    holderName: r.user.name,
  };
}

/**
 * One page of the queue. "Under review first" is two groups in one order: the Under review claims
 * matching the filter, then the rest. The database counts each group and each slice is read with its
 * own skip/take (sliceRankedGroups), so a page that straddles the boundary reads the end of one and
 * the start of the other, and nothing is sorted in memory.
 */
export async function listClaimsQueue(db: Db | Tx, filter: ClaimsFilter, page = 1, pageSize = QUEUE_PAGE_SIZE): Promise<QueuePage> {
  const groups = queueGroups(filter);
  const counts = await Promise.all(groups.map((where) => db.claim.count({ where })));
  const info = pageInfo(counts[0] + counts[1], page, pageSize);
  const rows: QueueSelectRow[] = [];
  for (const s of sliceRankedGroups(counts, info.offset, pageSize)) {
    rows.push(...(await db.claim.findMany({ where: groups[s.group], orderBy: QUEUE_ORDER, skip: s.skip, take: s.take, select: queueSelect })));
  }
  return { rows: rows.map(toQueueRow), total: info.total, page: info.page, pageCount: info.pageCount, pageSize };
}

/** The queue's two groups for a filter: Under review, then every other status. */
function queueGroups(filter: ClaimsFilter): Prisma.ClaimWhereInput[] {
  const base = claimsWhere(filter);
  return [{ AND: [base, { status: "UNDER_REVIEW" }] }, { AND: [base, { status: { not: "UNDER_REVIEW" } }] }];
}

export type ExportRow = {
  claimNumber: string;
  status: string;
  policyNumber: string;
  policyType: string;
  holder: string;
  holderEmail: string;
  incidentDate: string;
  submittedAt: string;
  amountPounds: string;
  fraudProbability: string;
  anomalyScore: string;
  modelDecision: string;
  modelVersion: string;
  topReason: string;
  decidedAt: string;
  paidAt: string;
};

const exportSelect = {
  id: true,
  number: true,
  status: true,
  amountCents: true,
  fraudProbability: true,
  anomalyScore: true,
  fraudDecision: true,
  fraudReasons: true,
  modelVersion: true,
  incidentDate: true,
  submittedAt: true,
  decidedAt: true,
  paidAt: true,
  policy: { select: { number: true, type: true } },
  user: { select: { name: true, email: true } },
} satisfies Prisma.ClaimSelect;

/**
 * The export's rows for a filter, in the queue's order, read from the database a batch at a time
 * (keyset paging within each of the two ranges), so an export of any size holds one batch in memory.
 */
export async function* claimsForExport(db: Db | Tx, filter: ClaimsFilter, batchSize = 500): AsyncGenerator<ExportRow> {
  for (const where of queueGroups(filter)) {
    let cursor: string | undefined;
    for (;;) {
      const batch = await db.claim.findMany({
        where,
        orderBy: QUEUE_ORDER,
        take: batchSize,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: exportSelect,
      });
      for (const r of batch) {
        yield {
          claimNumber: r.number,
          status: CLAIM_STATUS_LABELS[r.status],
          policyNumber: r.policy.number,
          policyType: policyTypeLabel(r.policy.type),
          holder: r.user.name,
          holderEmail: r.user.email,
          incidentDate: r.incidentDate.toISOString().slice(0, 10),
          submittedAt: r.submittedAt.toISOString(),
          amountPounds: (r.amountCents / 100).toFixed(2),
          fraudProbability: r.fraudProbability.toFixed(4),
          anomalyScore: r.anomalyScore.toFixed(4),
          modelDecision: r.fraudDecision,
          modelVersion: r.modelVersion,
          topReason: parseReasons(r.fraudReasons)[0]?.text ?? "",
          decidedAt: r.decidedAt?.toISOString() ?? "",
          paidAt: r.paidAt?.toISOString() ?? "",
        };
      }
      if (batch.length < batchSize) break;
      cursor = batch[batch.length - 1].id;
    }
  }
}

export const EXPORT_COLUMNS: { key: keyof ExportRow; header: string }[] = [
  { key: "claimNumber", header: "Claim" },
  { key: "status", header: "Status" },
  { key: "policyNumber", header: "Policy" },
  { key: "policyType", header: "Policy type" },
  { key: "holder", header: "Holder" },
  { key: "holderEmail", header: "Holder email" },
  { key: "incidentDate", header: "Incident date" },
  { key: "submittedAt", header: "Submitted at" },
  { key: "amountPounds", header: "Amount (GBP)" },
  { key: "fraudProbability", header: "Fraud probability" },
  { key: "anomalyScore", header: "Anomaly score" },
  { key: "modelDecision", header: "Model decision" },
  { key: "modelVersion", header: "Model version" },
  { key: "topReason", header: "Top reason" },
  { key: "decidedAt", header: "Decided at" },
  { key: "paidAt", header: "Paid at" },
];

export type AdminClaimDetail = {
  id: string;
  number: string;
  status: ClaimStatus;
  statusLabel: string;
  /** the moves an admin may make from here (from the legal-move table) */
  nextStatuses: ClaimStatus[];
  incidentDate: Date;
  incidentHour: number;
  description: string;
  policeReport: boolean | null;
  witnesses: number;
  amountCents: number;
  reservedCents: number;
  detailRows: { label: string; value: string }[];
  fraudProbability: number;
  anomalyScore: number;
  fraudDecision: string;
  reasons: FraudReasonDto[];
  modelVersion: string;
  modelKind: string;
  submittedAt: Date;
  decidedAt: Date | null;
  paidAt: Date | null;
  /** updatedAt as the page read it: a decision is refused if the claim changed since */
  version: string;
  policy: {
    id: string;
    number: string;
    typeLabel: string;
    status: EffectiveStatus;
    startDate: Date;
    endDate: Date;
    sumInsuredCents: number;
    remainingCoverCents: number;
  };
  holder: { id: string; name: string; email: string; phone: string; createdAt: Date; disabled: boolean };
  attachments: { id: string; fileName: string; contentType: string; sizeBytes: number; href: string }[];
  otherClaims: { id: string; number: string; statusLabel: string; amountCents: number; submittedAt: Date; fraudProbability: number }[];
  trail: AuditEntry[];
};

/** Everything about one claim for the desk, or null for an unknown id. */
export async function findClaimForAdmin(db: Db, claimId: string, now: Date = new Date()): Promise<AdminClaimDetail | null> {
  if (typeof claimId !== "string" || claimId.length > 64) return null;
  const r = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      number: true,
      status: true,
      incidentDate: true,
      incidentHour: true,
      description: true,
      policeReport: true,
      witnesses: true,
      amountCents: true,
      reservedCents: true,
      details: true,
      fraudProbability: true,
      anomalyScore: true,
      fraudDecision: true,
      fraudReasons: true,
      modelVersion: true,
      modelKind: true,
      submittedAt: true,
      decidedAt: true,
      paidAt: true,
      updatedAt: true,
      userId: true,
      policy: { select: { id: true, number: true, type: true, status: true, startDate: true, endDate: true, sumInsuredCents: true, remainingCoverCents: true } },
      user: { select: { id: true, name: true, email: true, phone: true, createdAt: true, disabledAt: true } },
      attachments: { select: { id: true, fileName: true, contentType: true, sizeBytes: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!r) return null;
  const [others, trail] = await Promise.all([
    db.claim.findMany({
      where: { userId: r.userId, id: { not: r.id } },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      take: 20,
      select: { id: true, number: true, status: true, amountCents: true, submittedAt: true, fraudProbability: true },
    }),
    listAuditTrail(db, "claim", r.id),
  ]);
  const status = r.status;
  const details = storedObject(r.details);
  return {
    id: r.id,
    number: r.number,
    status,
    statusLabel: CLAIM_STATUS_LABELS[status],
    nextStatuses: [...CLAIM_TRANSITIONS[status]].filter((s) => s !== "UNDER_REVIEW"),
    incidentDate: r.incidentDate,
    incidentHour: r.incidentHour,
    description: r.description,
    policeReport: r.policeReport,
    witnesses: r.witnesses,
    amountCents: r.amountCents,
    reservedCents: r.reservedCents,
    detailRows: describeClaimDetails(details),
    fraudProbability: r.fraudProbability,
    anomalyScore: r.anomalyScore,
    fraudDecision: r.fraudDecision,
    reasons: parseReasons(r.fraudReasons),
    modelVersion: r.modelVersion,
    modelKind: r.modelKind,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    paidAt: r.paidAt,
    version: r.updatedAt.toISOString(),
    policy: {
      id: r.policy.id,
      number: r.policy.number,
      typeLabel: policyTypeLabel(r.policy.type),
      status: effectiveStatus(r.policy, now),
      startDate: r.policy.startDate,
      endDate: r.policy.endDate,
      sumInsuredCents: r.policy.sumInsuredCents,
      remainingCoverCents: r.policy.remainingCoverCents,
    },
    holder: { id: r.user.id, name: r.user.name, email: r.user.email, phone: r.user.phone, createdAt: r.user.createdAt, disabled: r.user.disabledAt !== null },
    attachments: r.attachments.map((a) => ({ ...a, href: `/api/claims/${r.id}/attachments/${a.id}` })),
    otherClaims: others.map((o) => ({ ...o, statusLabel: CLAIM_STATUS_LABELS[o.status] })),
    trail,
  };
}
