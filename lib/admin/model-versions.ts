import "server-only";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { defaultFraudModel } from "@/ml/fraud/score";
import type { ModelCard } from "@/ml/fraud/model-file";
import { MODEL_KINDS, type VersionMetrics } from "@/lib/model-registry/registry";
import { driftReport, type DriftReport } from "@/lib/model-registry/drift";

const USED_FOR = { motor: "Car and bike claims", general: "Travel, health, business and home claims" } as const;
/** Versions listed per kind, newest first (the registry grows by one per training run). */
const MAX_VERSIONS = 20;
const MAX_HISTORY = 10;

/** The parts of a card the page shows. */
function cardSummary(card: ModelCard) {
  return {
    intendedUse: card.intendedUse,
    data: card.data,
    seed: card.seed,
    folds: card.folds,
    params: card.params,
    threshold: card.threshold,
    anomalyThreshold: card.anomaly.threshold,
    /** Honest: each fold judged at the threshold chosen without it (nested cross-validation). */
    cv: card.crossValidation.atThreshold,
    /** Best-F1 cut on the same out-of-fold probabilities: flatters F1; shown beside the honest row. */
    optimistic: card.crossValidation.optimistic ?? null,
    search: card.tuning ? { ...card.tuning.final.candidate, featureCount: card.tuning.final.features.length } : null,
    topFeatures: card.features.slice(0, 5),
    excludedColumns: card.excludedColumns,
  };
}

export type ModelKindView = Awaited<ReturnType<typeof listModelVersions>>[number];
export type { DriftReport };

/**
 * Per kind: every registered version (newest first) with its card's key figures, who registered it
 * and when, how many claims it scored (one groupBy over claims), which one is active, the activation
 * history, and drift of the active version's live scores against its card. With an empty registry
 * the committed model files are shown as the fallback in use. Admin only.
 */
export async function listModelVersions() {
  await requireRole("ADMIN");
  const [versions, actives, counts, history] = await Promise.all([
    db.modelVersion.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_VERSIONS * MODEL_KINDS.length,
      select: { id: true, kind: true, version: true, card: true, metrics: true, createdBy: true, source: true, createdAt: true },
    }),
    db.activeModel.findMany({ select: { kind: true, modelVersionId: true, activationId: true } }),
    db.claim.groupBy({ by: ["modelKind", "modelVersion"], _count: { _all: true } }),
    db.modelActivation.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_HISTORY * MODEL_KINDS.length,
      select: { id: true, kind: true, action: true, actorName: true, reason: true, createdAt: true, modelVersion: { select: { version: true } }, previousVersionId: true },
    }),
  ]);
  const claimsBy = new Map(counts.map((c) => [`${c.modelKind}/${c.modelVersion}`, c._count._all]));
  return Promise.all(
    MODEL_KINDS.map(async (kind) => {
      const active = actives.find((a) => a.kind === kind) ?? null;
      const current = active && history.find((h) => h.id === active.activationId);
      const rows = versions
        .filter((v) => v.kind === kind)
        .slice(0, MAX_VERSIONS)
        .map((v) => {
          const card = v.card as unknown as ModelCard;
          return {
            id: v.id,
            version: v.version,
            metrics: v.metrics as unknown as VersionMetrics,
            card: cardSummary(card),
            hasDriftReference: Boolean(card.drift),
            createdBy: v.createdBy,
            source: v.source,
            createdAt: v.createdAt,
            active: v.id === active?.modelVersionId,
            claimsScored: claimsBy.get(`${kind}/${v.version}`) ?? 0,
          };
        });
      const activeRow = rows.find((r) => r.active) ?? null;
      const fallback = active ? null : defaultFraudModel(kind);
      const activeCard = activeRow ? (versions.find((v) => v.id === activeRow.id)!.card as unknown as ModelCard) : fallback?.card;
      const activeVersion = activeRow?.version ?? fallback?.version ?? "";
      return {
        kind,
        usedFor: USED_FOR[kind],
        versions: rows,
        activeId: active?.modelVersionId ?? "",
        activeVersion,
        /** With nothing active, claims are scored by the committed files; this is their card. */
        fallback: fallback && { version: fallback.version, card: fallback.card && cardSummary(fallback.card), claimsScored: claimsBy.get(`${kind}/${fallback.version}`) ?? 0 },
        /** Where "roll back" goes: the version active before the current one. */
        rollbackTo: current?.previousVersionId ? (versions.find((v) => v.id === current.previousVersionId)?.version ?? "an earlier version") : null,
        history: history.filter((h) => h.kind === kind).slice(0, MAX_HISTORY),
        drift: activeVersion ? await driftReport(db, { kind, version: activeVersion, reference: activeCard?.drift }) : ({ status: "no-reference" } as const),
      };
    }),
  );
}
