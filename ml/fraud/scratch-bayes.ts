import { LOGITS, generateSyntheticClaims } from "./scratch-synth";
import { rocAuc, bestF1Threshold, classificationMetrics } from "./metrics";
for (const kind of ["motor", "general"] as const) {
  LOGITS.length = 0;
  const d = generateSyntheticClaims(kind, 20000, 42);
  const auc = rocAuc(LOGITS, d.labels);
  const t = bestF1Threshold(LOGITS, d.labels);
  console.log(kind, "bayes-ish auc", auc.toFixed(3), "f1", classificationMetrics(LOGITS, d.labels, t).f1.toFixed(3), "rate", (d.labels.filter(Boolean).length / 20000).toFixed(3));
}
