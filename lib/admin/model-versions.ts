import "server-only";
import { requireRole } from "@/lib/auth/session";
import { defaultFraudModel } from "@/ml/fraud/score";

const KINDS = [
  { kind: "motor", usedFor: "Car and bike claims" },
  { kind: "general", usedFor: "Travel, health, business and home claims" },
] as const;

/**
 * The fraud models the scorer is using right now, described by their model cards: version, data,
 * parameters, cross-validated quality, the decision thresholds and the strongest features. Admin only.
 */
export async function listModelVersions() {
  await requireRole("ADMIN");
  return KINDS.map(({ kind, usedFor }) => {
    const model = defaultFraudModel(kind);
    const card = model.card;
    return {
      kind,
      usedFor,
      version: model.version,
      card: card && {
        intendedUse: card.intendedUse,
        data: card.data,
        seed: card.seed,
        folds: card.folds,
        params: card.params,
        threshold: card.threshold,
        anomalyThreshold: card.anomaly.threshold,
        combination: card.anomaly.combination,
        /** Honest: each fold judged at the threshold chosen without it (nested cross-validation). */
        cv: card.crossValidation.atThreshold,
        /** Best-F1 cut on the same out-of-fold probabilities: flatters F1; shown beside the honest row. */
        optimistic: card.crossValidation.optimistic ?? null,
        /** What the inner search chose for this model (older cards have none). */
        search: card.tuning ? { ...card.tuning.final.candidate, featureCount: card.tuning.final.features.length } : null,
        topFeatures: card.features.slice(0, 8),
        excludedColumns: card.excludedColumns,
        trainingSeconds: card.timings.totalSeconds,
      },
    };
  });
}
