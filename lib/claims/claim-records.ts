import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { listAuditTrail } from "@/lib/audit/record-audit-event";
import { CLAIM_STATUS_LABELS, isClaimStatus, type ClaimStatus } from "@/lib/claims/claim-transitions";
import { AUTHORITIES, COLLISION_TYPES, INCIDENT_TYPES, SEVERITIES, UK_REGIONS } from "@/lib/claims/claim-options";
import { labelOf } from "@/lib/policies/field-options";
import { formatMoney } from "@/lib/policies/money";
import { POLICY_TYPE_INFO } from "@/lib/policies/policy-types";
import { storedObject } from "@/lib/stored-json";

/*
 * Reading claims for their policyholder. Every read names the holder in its `where`, so another
 * user's claim id finds nothing. The selects below name only what a holder may see: the fraud
 * probability, reasons, anomaly score and model details are never selected here, so they cannot
 * reach a holder's page, its RSC payload or any response built from these DTOs.
 */

const holderClaimSelect = {
  id: true,
  number: true,
  status: true,
  incidentDate: true,
  incidentHour: true,
  description: true,
  policeReport: true,
  witnesses: true,
  amountCents: true,
  details: true,
  submittedAt: true,
  decidedAt: true,
  paidAt: true,
  policy: { select: { id: true, number: true, type: true } },
} satisfies Prisma.ClaimSelect;

type HolderClaimRow = Prisma.ClaimGetPayload<{ select: typeof holderClaimSelect }>;

export type ClaimSummary = {
  id: string;
  number: string;
  status: ClaimStatus;
  statusLabel: string;
  incidentDate: Date;
  amountCents: number;
  submittedAt: Date;
  policyId: string;
  policyNumber: string;
  policyTypeLabel: string;
};

export type ClaimTimelineEntry = { id: string; at: Date; status: ClaimStatus; label: string; note: string | null };
export type ClaimAttachmentLink = { id: string; fileName: string; contentType: string; sizeBytes: number; href: string };

export type ClaimDto = ClaimSummary & {
  incidentHour: number;
  description: string;
  policeReport: boolean | null;
  witnesses: number;
  /** type-specific facts in words, e.g. ["Incident", "Damaged while parked"] */
  detailRows: { label: string; value: string }[];
  timeline: ClaimTimelineEntry[];
  attachments: ClaimAttachmentLink[];
};

function toSummary(row: HolderClaimRow): ClaimSummary {
  const status = row.status;
  const type = row.policy.type;
  return {
    id: row.id,
    number: row.number,
    status,
    statusLabel: CLAIM_STATUS_LABELS[status],
    incidentDate: row.incidentDate,
    amountCents: row.amountCents,
    submittedAt: row.submittedAt,
    policyId: row.policy.id,
    policyNumber: row.policy.number,
    policyTypeLabel: POLICY_TYPE_INFO[type].label,
  };
}

/** The motor incident facts in words (other types store none). */
export function describeClaimDetails(details: Record<string, unknown>): { label: string; value: string }[] {
  if (!details.incidentType) return [];
  const rows: [string, string | null][] = [
    ["Incident", labelOf(INCIDENT_TYPES, details.incidentType)],
    ["Part of the vehicle hit", details.collisionType ? labelOf(COLLISION_TYPES, details.collisionType) : null],
    ["Damage", labelOf(SEVERITIES, details.severity)],
    ["Who was contacted", labelOf(AUTHORITIES, details.authoritiesContacted)],
    ["Where", `${String(details.city ?? "")}, ${labelOf(UK_REGIONS, details.region)}`],
    ["Vehicles involved", String(details.vehiclesInvolved ?? "")],
    ["Other property damaged", details.propertyDamage ? "Yes" : "No"],
    ["People injured", String(details.bodilyInjuries ?? 0)],
    ["Injury amount", formatMoney(Number(details.injuryAmountCents ?? 0))],
    ["Property amount", formatMoney(Number(details.propertyAmountCents ?? 0))],
    ["Vehicle amount", formatMoney(Number(details.vehicleAmountCents ?? 0))],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== null).map(([label, value]) => ({ label, value }));
}

/** The holder's claims, newest first (optionally on one of their policies). */
export async function listClaimsForUser(db: Db | Tx, userId: string, filter: { policyId?: string } = {}): Promise<ClaimSummary[]> {
  const rows = await db.claim.findMany({
    where: { userId, ...(filter.policyId ? { policyId: filter.policyId } : {}) },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: holderClaimSelect,
  });
  return rows.map(toSummary);
}

/** One of the holder's claims with its timeline and attachments, or null (unknown or someone else's). */
export async function findClaimForUser(db: Db, userId: string, claimId: string): Promise<ClaimDto | null> {
  if (typeof claimId !== "string" || claimId.length > 64) return null;
  const row = await db.claim.findFirst({
    where: { id: claimId, userId },
    select: { ...holderClaimSelect, attachments: { select: { id: true, fileName: true, contentType: true, sizeBytes: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!row) return null;
  const trail = await listAuditTrail(db, "claim", row.id);
  const timeline: ClaimTimelineEntry[] = trail
    .filter((e) => isClaimStatus(e.toStatus))
    .map((e) => ({ id: e.id, at: e.createdAt, status: e.toStatus as ClaimStatus, label: CLAIM_STATUS_LABELS[e.toStatus as ClaimStatus], note: e.note }));
  return {
    ...toSummary(row),
    incidentHour: row.incidentHour,
    description: row.description,
    policeReport: row.policeReport,
    witnesses: row.witnesses,
    detailRows: describeClaimDetails(storedObject(row.details)),
    timeline,
    attachments: row.attachments.map((a) => ({ ...a, href: `/api/claims/${row.id}/attachments/${a.id}` })),
  };
}
