import "server-only";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Who acted: a signed-in user (policyholder or admin), the system itself (scoring, sweeps) or an API client. */
export type AuditActorRole = "USER" | "ADMIN" | "SYSTEM" | "API";

export type AuditTargetType = "claim" | "policy" | "user" | "api_key" | "feedback" | "notification" | "model";

export type AuditEventInput = {
  /** null for SYSTEM and API actors */
  actorId: string | null;
  actorRole: AuditActorRole;
  /** dotted verb, e.g. "claim.approved", "policy.renewed", "api_key.revoked" */
  action: string;
  targetType: AuditTargetType;
  targetId: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
  /** small extra facts; never secrets */
  data?: Prisma.InputJsonObject;
};

/**
 * Appends one entry to the audit trail. Call it with the `tx` of the change it records, so an
 * entry exists exactly when the change committed. Entries are never updated or deleted.
 */
export async function recordAuditEvent(tx: Tx | Db, input: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      actorRole: input.actorRole,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId,
      fromStatus: input.fromStatus ?? null,
      toStatus: input.toStatus ?? null,
      note: input.note ?? null,
      data: input.data ?? Prisma.DbNull,
    },
  });
}

export type AuditEntry = {
  id: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: AuditActorRole;
  action: string;
  targetType: string;
  targetId: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  createdAt: Date;
};

/** The trail of one target, oldest first (callers check that the reader may see the target). */
export async function listAuditTrail(db: Db | Tx, targetType: AuditTargetType, targetId: string): Promise<AuditEntry[]> {
  const rows = await db.auditEvent.findMany({
    where: { targetType, targetId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      actorId: true,
      actor: { select: { name: true } },
      actorRole: true,
      action: true,
      targetType: true,
      targetId: true,
      fromStatus: true,
      toStatus: true,
      note: true,
      createdAt: true,
    },
  });
  return rows.map(({ actor, ...r }) => ({ ...r, actorRole: r.actorRole as AuditActorRole, actorName: actor?.name ?? null }));
}
