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
    /** Share of the forest in the probability (the rest is the logistic model); 1 for cards before the blend existed. */
    forestWeight: card.tuning?.final.forestWeight ?? 1,
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
  const [actives, counts] = await Promise.all([
    db.activeModel.findMany({ select: { kind: true, modelVersionId: true, activationId: true } }),
    db.claim.groupBy({ by: ["modelKind", "modelVersion"], _count: { _all: true } }),
  ]);
  const claimsBy = new Map(counts.map((c) => [`${c.modelKind}/${c.modelVersion}`, c._count._all]));
  return Promise.all(
    MODEL_KINDS.map(async (kind) => {
      const active = actives.find((a) => a.kind === kind) ?? null;
      const [versions, history, current] = await Promise.all([
        db.modelVersion.findMany({
          where: { kind },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: MAX_VERSIONS,
          select: { id: true, version: true, card: true, metrics: true, createdBy: true, source: true, createdAt: true },
        }),
        db.modelActivation.findMany({
          where: { kind },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: MAX_HISTORY,
          select: { id: true, action: true, actorName: true, reason: true, createdAt: true, modelVersion: { select: { version: true } } },
        }),
        active ? db.modelActivation.findUnique({ where: { id: active.activationId }, select: { previousVersionId: true } }) : null,
      ]);
      const previous = current?.previousVersionId
        ? await db.modelVersion.findUnique({ where: { id: current.previousVersionId }, select: { version: true } })
        : null;
      const rows = versions.map((v) => {
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
        rollbackTo: previous?.version ?? null,
        history,
        drift: activeVersion ? await driftReport(db, { kind, version: activeVersion, reference: activeCard?.drift }) : ({ status: "no-reference" } as const),
      };
    }),
  );
}
