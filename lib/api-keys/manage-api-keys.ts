import "server-only";
import type { Db } from "@/lib/db";
import { AppError, fieldErrorsFrom, isUniqueViolation } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { generateApiKeySecret } from "@/lib/api-keys/api-key-secret";
import { createApiKeySchema, revokeApiKeySchema, type ApiKeyStatus } from "@/lib/api-keys/schemas";

/**
 * Creating, listing and revoking scoring-API keys. Domain functions take the database and the acting
 * user (so tests pass their own); queries.ts / actions.ts call them with the app's database after
 * requireRole("ADMIN"), and each function refuses a non-admin actor again itself.
 */

export type ApiKeyActor = { id: string; role: "ADMIN" | "USER" };

function assertAdmin(actor: ApiKeyActor) {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN");
}


export type CreatedApiKey = {
  id: string;
  name: string;
  prefix: string;
  /** the whole key; returned once, never stored */
  key: string;
};

/**
 * Creates a key: only its SHA-256 hash and display prefix are stored. The key row and its
 * `api_key.created` audit entry are written in one transaction.
 */
export async function createApiKey(db: Db, actor: ApiKeyActor, input: unknown): Promise<CreatedApiKey> {
  assertAdmin(actor);
  const parsed = createApiKeySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", undefined, fieldErrorsFrom(parsed.error.issues));
  const { name } = parsed.data;
  // A prefix collision (48 random bits) is astronomically rare; the unique index refuses it and we draw again.
  for (let attempt = 0; ; attempt++) {
    const secret = generateApiKeySecret();
    try {
      const row = await db.$transaction(async (tx) => {
        const created = await tx.apiKey.create({
          data: { name, prefix: secret.prefix, keyHash: secret.keyHash, createdById: actor.id },
          select: { id: true, name: true, prefix: true },
        });
        await recordAuditEvent(tx, {
          actorId: actor.id,
          actorRole: "ADMIN",
          action: "api_key.created",
          targetType: "api_key",
          targetId: created.id,
          toStatus: "ACTIVE",
          data: { name, prefix: secret.prefix },
        });
        return created;
      });
      return { ...row, key: secret.key };
    } catch (e) {
      if (isUniqueViolation(e) && attempt < 3) continue;
      throw e;
    }
  }
}

/**
 * Revokes an active key. The check and the write are one conditional update (`revokedAt: null` in the
 * where), so two admins revoking at once produce one revocation and one audit entry.
 */
export async function revokeApiKey(db: Db, actor: ApiKeyActor, input: unknown, now: Date = new Date()): Promise<{ id: string; name: string }> {
  assertAdmin(actor);
  const parsed = revokeApiKeySchema.safeParse(input);
  if (!parsed.success) throw new AppError("NOT_FOUND", "That API key could not be found.");
  const { id } = parsed.data;
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    const key = await tx.apiKey.findUnique({ where: { id }, select: { id: true, name: true, prefix: true } });
    if (!key) throw new AppError("NOT_FOUND", "That API key could not be found.");
    if (count !== 1) throw new AppError("CONFLICT", `The key “${key.name}” is already revoked.`);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      actorRole: "ADMIN",
      action: "api_key.revoked",
      targetType: "api_key",
      targetId: id,
      fromStatus: "ACTIVE",
      toStatus: "REVOKED",
      data: { name: key.name, prefix: key.prefix },
    });
    return { id: key.id, name: key.name };
  });
}

export type ApiKeyListItem = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  createdByName: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  status: ApiKeyStatus;
};

/** Every key, active first then newest first, without hashes. */
export async function listApiKeys(db: Db, actor: ApiKeyActor): Promise<ApiKeyListItem[]> {
  assertAdmin(actor);
  const rows = await db.apiKey.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { select: { name: true } } },
  });
  return rows
    .map(({ createdBy, ...r }) => ({ ...r, createdByName: createdBy?.name ?? null, status: (r.revokedAt ? "revoked" : "active") as ApiKeyStatus }))
    .sort((a, b) => Number(a.status === "revoked") - Number(b.status === "revoked"));
}
