import "server-only";
import { requireRole } from "@/lib/auth/session";
import { defaultFraudModel } from "@/ml/fraud/scorer-core";

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
        cv: card.crossValidation.atThreshold,
        topFeatures: card.features.slice(0, 8),
        excludedColumns: card.excludedColumns,
        trainingSeconds: card.timings.totalSeconds,
      },
    };
  });
}
