import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { ModelKind } from "@/ml/fraud/dataset-schema";
import { SUPPORTED_MODEL_FORMATS, modelVersion, type FraudModelFile, type ModelCard } from "@/ml/fraud/model-file";
import { defaultModelPath } from "@/ml/fraud/scorer-core";

/*
 * The model registry: every trained fraud model (version = hash of model.json, unique per kind), the
 * history of which version was active for a kind, and the one ActiveModel row per kind that scoring
 * reads. Promote and roll back change that row with a conditional update naming the version the admin
 * saw active, so of two concurrent clicks exactly one wins and the other is told to reload.
 */

/** The kinds of fraud model, each with its own versions and active model. */
export const MODEL_KINDS = ["motor", "general"] as const satisfies readonly ModelKind[];

export type RegistrySource = "bundled" | "cli" | "admin";

/** The card's headline figures, stored beside it so lists need not parse whole cards. */
export type VersionMetrics = {
  rocAuc: number;
  prAuc: number;
  f1: number;
  precision: number;
  recall: number;
  optimisticF1: number | null;
  threshold: number;
};

export function headlineMetrics(card: ModelCard): VersionMetrics {
  const cv = card.crossValidation.atThreshold;
  return {
    rocAuc: cv.rocAuc,
    prAuc: cv.prAuc,
    f1: cv.f1,
    precision: cv.precision,
    recall: cv.recall,
    optimisticF1: card.crossValidation.optimistic?.f1 ?? null,
    threshold: card.threshold.value,
  };
}

/**
 * Registers a serialized model (model.json's exact text) with its card. Idempotent: the version is the
 * hash of the text, and registering the same version again returns the existing row.
 */
export async function registerModel(
  db: Db | Tx,
  p: { serialized: string; card: ModelCard; createdBy: string; source: RegistrySource },
): Promise<{ id: string; kind: ModelKind; version: string; created: boolean }> {
  const file = JSON.parse(p.serialized) as FraudModelFile;
  if (!SUPPORTED_MODEL_FORMATS.includes(file.format)) throw new AppError("INVALID_INPUT", `Unsupported model format ${String(file.format)}.`);
  if (!MODEL_KINDS.includes(file.kind)) throw new AppError("INVALID_INPUT", `Unknown model kind ${String(file.kind)}.`);
  const version = modelVersion(file.kind, p.serialized);
  if (p.card.version !== version || p.card.kind !== file.kind) {
    throw new AppError("INVALID_INPUT", `The card describes ${p.card.version}, the model is ${version}.`);
  }
  const existing = await db.modelVersion.findUnique({ where: { kind_version: { kind: file.kind, version } }, select: { id: true } });
  if (existing) return { id: existing.id, kind: file.kind, version, created: false };
  try {
    const row = await db.modelVersion.create({
      data: {
        kind: file.kind,
        version,
        model: p.serialized,
        card: p.card as unknown as object,
        dataSha256: p.card.data.sha256,
        metrics: headlineMetrics(p.card),
        createdBy: p.createdBy,
        source: p.source,
      },
      select: { id: true },
    });
    return { id: row.id, kind: file.kind, version, created: true };
  } catch (e) {
    // Two registrations of the same version raced: the other one's row is the answer.
    if (!isUniqueViolation(e)) throw e;
    const row = await db.modelVersion.findUniqueOrThrow({ where: { kind_version: { kind: file.kind, version } }, select: { id: true } });
    return { id: row.id, kind: file.kind, version, created: false };
  }
}

/** The committed model files of a kind (ml/fraud/model/<kind>), as registerModel takes them. */
export function bundledModelFiles(kind: ModelKind): { serialized: string; card: ModelCard } {
  const modelPath = defaultModelPath(kind);
  return {
    serialized: readFileSync(modelPath, "utf8"),
    card: JSON.parse(readFileSync(path.join(path.dirname(modelPath), "card.json"), "utf8")) as ModelCard,
  };
}

/**
 * Registers the committed models and makes each active for a kind that has no active model yet
 * (setup and the seed; safe to run again). A kind that already has one keeps it.
 */
export async function registerBundledModels(db: Db, createdBy = "setup (bundled model)"): Promise<{ kind: ModelKind; version: string; activated: boolean }[]> {
  const out: { kind: ModelKind; version: string; activated: boolean }[] = [];
  for (const kind of MODEL_KINDS) {
    const registered = await registerModel(db, { ...bundledModelFiles(kind), createdBy, source: "bundled" });
    const activated = await activateIfNone(db, kind, registered.id, createdBy);
    out.push({ kind, version: registered.version, activated });
  }
  return out;
}

/** Makes a version active for a kind that has none (the ActiveModel primary key settles a race). */
async function activateIfNone(db: Db, kind: ModelKind, modelVersionId: string, actorName: string): Promise<boolean> {
  if (await db.activeModel.findUnique({ where: { kind }, select: { kind: true } })) return false;
  try {
    await db.$transaction(async (tx) => {
      const activation = await tx.modelActivation.create({
        data: { kind, modelVersionId, previousVersionId: null, action: "bootstrap", actorId: null, actorName, reason: "No model was active for this kind: the bundled model was registered and activated." },
      });
      await tx.activeModel.create({ data: { kind, modelVersionId, activationId: activation.id } });
      await recordAuditEvent(tx, {
        actorId: null,
        actorRole: "SYSTEM",
        action: "model.activated",
        targetType: "model",
        targetId: modelVersionId,
        fromStatus: null,
        toStatus: "ACTIVE",
        note: activation.reason,
        data: { kind },
      });
    });
    return true;
  } catch (e) {
    if (isUniqueViolation(e)) return false;
    throw e;
  }
}

const changeSchema = z.object({
  kind: z.enum(MODEL_KINDS),
  /** The version the admin wants active (promote); ignored by rollback. */
  versionId: z.string().max(64).optional(),
  /** The version the admin saw active when they clicked ("" for none): the conditional update names it. */
  expectedActiveId: z.string().max(64),
  reason: z.string().trim().max(500).optional(),
});

type Change = { kind: ModelKind; from: string | null; to: string; toVersion: string; activationId: string };

/** Re-checks in the database that the actor is an enabled admin (the action checked the session already). */
async function adminName(tx: Tx, actorId: string): Promise<string> {
  const admin = await tx.user.findFirst({ where: { id: actorId, role: "ADMIN", disabledAt: null, deletedAt: null }, select: { email: true } });
  if (!admin) throw new AppError("FORBIDDEN", "Only an administrator can change the active model.");
  return admin.email;
}

async function activate(
  db: Db,
  actorId: string,
  input: unknown,
  action: "promote" | "rollback",
): Promise<Change> {
  const parsed = changeSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "That request was not complete. Reload the page and try again.");
  const { kind, expectedActiveId, reason } = parsed.data;
  return db.$transaction(async (tx) => {
    const actorName = await adminName(tx, actorId);
    const active = await tx.activeModel.findUnique({ where: { kind } });
    const currentId = active?.modelVersionId ?? "";
    if (currentId !== expectedActiveId) throw new AppError("CONFLICT", "The active model changed since this page was loaded. Reload the page and check before trying again.");
    let targetId: string;
    if (action === "promote") {
      if (!parsed.data.versionId) throw new AppError("INVALID_INPUT", "Choose a version to promote.");
      targetId = parsed.data.versionId;
    } else {
      const current = active && (await tx.modelActivation.findUnique({ where: { id: active.activationId }, select: { previousVersionId: true } }));
      if (!current?.previousVersionId) throw new AppError("INVALID_INPUT", "There is no earlier version to roll back to.");
      targetId = current.previousVersionId;
    }
    if (targetId === currentId) throw new AppError("INVALID_INPUT", "That version is already active.");
    const target = await tx.modelVersion.findFirst({ where: { id: targetId, kind }, select: { id: true, version: true } });
    if (!target) throw new AppError("NOT_FOUND", "We could not find that model version.");
    const activation = await tx.modelActivation.create({
      data: { kind, modelVersionId: target.id, previousVersionId: active?.modelVersionId ?? null, action, actorId, actorName, reason: reason || null },
    });
    if (active) {
      // Conditional on the version read above: a concurrent change makes this match nothing.
      const moved = await tx.activeModel.updateMany({
        where: { kind, modelVersionId: active.modelVersionId, activationId: active.activationId },
        data: { modelVersionId: target.id, activationId: activation.id },
      });
      if (moved.count !== 1) throw new AppError("CONFLICT", "The active model changed since this page was loaded. Reload the page and check before trying again.");
    } else {
      await tx.activeModel.create({ data: { kind, modelVersionId: target.id, activationId: activation.id } });
    }
    await recordAuditEvent(tx, {
      actorId,
      actorRole: "ADMIN",
      action: action === "promote" ? "model.promoted" : "model.rolled_back",
      targetType: "model",
      targetId: target.id,
      fromStatus: active?.modelVersionId ?? null,
      toStatus: "ACTIVE",
      note: reason || null,
      data: { kind, version: target.version },
    });
    return { kind, from: active?.modelVersionId ?? null, to: target.id, toVersion: target.version, activationId: activation.id };
  }).catch((e: unknown) => {
    // The ActiveModel primary key settles two concurrent first activations.
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "The active model changed since this page was loaded. Reload the page and check before trying again.");
    throw e;
  });
}

/** Makes `versionId` the active model of `kind`, if `expectedActiveId` is still active. Admin only (checked here). */
export function promoteModelVersion(db: Db, actorId: string, input: unknown): Promise<Change> {
  return activate(db, actorId, input, "promote");
}

/** Reactivates the version that was active before the current one. Admin only (checked here). */
export function rollBackModel(db: Db, actorId: string, input: unknown): Promise<Change> {
  return activate(db, actorId, input, "rollback");
}

/** Registers the committed model files from the admin page (no activation). Admin only (checked here). */
export async function registerBundledFromAdmin(db: Db, actorId: string, reason?: string): Promise<{ kind: ModelKind; version: string; created: boolean }[]> {
  const actorName = await adminName(db, actorId);
  const out = [];
  for (const kind of MODEL_KINDS) {
    const r = await registerModel(db, { ...bundledModelFiles(kind), createdBy: actorName, source: "admin" });
    if (r.created) {
      await recordAuditEvent(db, { actorId, actorRole: "ADMIN", action: "model.registered", targetType: "model", targetId: r.id, note: reason?.trim().slice(0, 500) || null, data: { kind, version: r.version } });
    }
    out.push({ kind, version: r.version, created: r.created });
  }
  return out;
}
