import type { Dataset } from "./read-dataset";
import { featureDefinitionFor } from "./features";
import { classificationMetrics, type ClassificationMetrics } from "./metrics";
import { anomalyOfAttributes, probabilityOfAttributes, type LoadedFraudModel } from "./scorer-core";

/** Metrics of a saved model on a labelled dataset of its kind. */
export interface EvaluationResult {
  version: string;
  kind: string;
  /** Metrics of the fraud probability at the model's threshold (the supervised model alone). */
  metrics: ClassificationMetrics;
  /** Rows the anomaly score alone sends to investigation. */
  anomalous: number;
  /** Share of rows sent to investigation by the combined decision (probability OR anomaly). */
  investigateRate: number;
  /** Recall of the combined decision. */
  combinedRecall: number;
}

/** Evaluates a loaded model on a dataset (labels required). */
export function evaluateModel(model: LoadedFraudModel, dataset: Dataset): EvaluationResult {
  if (dataset.kind !== model.file.kind) throw new Error(`Model is ${model.file.kind}, data is ${dataset.kind}`);
  if (dataset.labels.some((y) => y !== 0 && y !== 1)) throw new Error("Every row needs fraud_reported Y or N to be evaluated");
  const definition = featureDefinitionFor(dataset.kind);
  const rows = dataset.records.map((r) => definition.derive(r));
  const probabilities = rows.map((r) => probabilityOfAttributes(model, r));
  const anomalies = rows.map((r) => anomalyOfAttributes(model, r));
  const flagged = rows.map((_, i) => probabilities[i] >= model.file.threshold || anomalies[i] >= model.file.anomalyThreshold);
  const positives = dataset.labels.filter((y) => y === 1).length;
  return {
    version: model.version,
    kind: model.file.kind,
    metrics: classificationMetrics(probabilities, dataset.labels, model.file.threshold),
    anomalous: anomalies.filter((a) => a >= model.file.anomalyThreshold).length,
    investigateRate: flagged.filter(Boolean).length / Math.max(rows.length, 1),
    combinedRecall: positives ? flagged.filter((f, i) => f && dataset.labels[i] === 1).length / positives : 0,
  };
}

/** Human-readable lines for metrics. */
export function describeMetrics(m: ClassificationMetrics): string {
  const c = m.confusion;
  return [
    `rows ${m.rows}, fraud rate ${(100 * m.fraudRate).toFixed(1)}%, threshold ${m.threshold.toFixed(3)}`,
    `accuracy ${m.accuracy.toFixed(3)}  precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}`,
    `ROC-AUC ${m.rocAuc.toFixed(3)}  PR-AUC ${m.prAuc.toFixed(3)}`,
    `confusion: TP ${c.truePositives}  FP ${c.falsePositives}  TN ${c.trueNegatives}  FN ${c.falseNegatives}`,
  ].join("\n");
}
