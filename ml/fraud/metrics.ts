/**
 * Binary classification metrics for fraud scores (label 1 = fraud). Pure functions, no dependencies,
 * so training, evaluation and tests compute the same numbers.
 */

/** Counts at a decision threshold (fraud predicted when probability ≥ threshold). */
export interface ConfusionMatrix {
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
}

/** Metrics at one threshold plus threshold-free ranking metrics. */
export interface ClassificationMetrics {
  rows: number;
  fraudRate: number;
  threshold: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  rocAuc: number;
  prAuc: number;
  confusion: ConfusionMatrix;
}

/** Confusion counts of probabilities against labels at a threshold. */
export function confusionAt(probabilities: readonly number[], labels: readonly number[], threshold: number): ConfusionMatrix {
  const c: ConfusionMatrix = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
  probabilities.forEach((p, i) => {
    const predicted = p >= threshold;
    if (labels[i] === 1) {
      if (predicted) c.truePositives++;
      else c.falseNegatives++;
    } else if (predicted) c.falsePositives++;
    else c.trueNegatives++;
  });
  return c;
}

function f1Of(c: ConfusionMatrix): number {
  const denominator = 2 * c.truePositives + c.falsePositives + c.falseNegatives;
  return denominator === 0 ? 0 : (2 * c.truePositives) / denominator;
}

/** ROC-AUC by the rank-sum (Mann–Whitney) formula; ties count one half. */
export function rocAuc(probabilities: readonly number[], labels: readonly number[]): number {
  const order = probabilities.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(order.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = averageRank;
    i = j + 1;
  }
  let positives = 0;
  let rankSum = 0;
  labels.forEach((y, i) => {
    if (y === 1) {
      positives++;
      rankSum += ranks[i];
    }
  });
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** PR-AUC as average precision (scikit-learn's definition: Σ (R_k − R_{k−1}) · P_k over distinct scores). */
export function averagePrecision(probabilities: readonly number[], labels: readonly number[]): number {
  const order = probabilities.map((p, i) => [p, labels[i]] as const).sort((a, b) => b[0] - a[0]);
  const positives = labels.filter((y) => y === 1).length;
  if (positives === 0) return Number.NaN;
  let tp = 0;
  let fp = 0;
  let previousRecall = 0;
  let ap = 0;
  for (let i = 0; i < order.length; i++) {
    if (order[i][1] === 1) tp++;
    else fp++;
    const lastOfTie = i + 1 === order.length || order[i + 1][0] !== order[i][0];
    if (lastOfTie) {
      const recall = tp / positives;
      ap += (recall - previousRecall) * (tp / (tp + fp));
      previousRecall = recall;
    }
  }
  return ap;
}

/**
 * The threshold that maximises F1 over (out-of-fold) probabilities. Returned as the midpoint
 * between the winning score and the next lower distinct score, so new claims scoring between
 * the two are treated like the ones just above the cut rather than depending on float noise.
 */
export function bestF1Threshold(probabilities: readonly number[], labels: readonly number[]): number {
  const distinct = [...new Set(probabilities)].sort((a, b) => b - a);
  const positives = labels.filter((y) => y === 1).length;
  const sorted = probabilities.map((p, i) => [p, labels[i]] as const).sort((a, b) => b[0] - a[0]);
  let best = { f1: -1, index: 0 };
  let tp = 0;
  let fp = 0;
  let k = 0;
  distinct.forEach((score, index) => {
    while (k < sorted.length && sorted[k][0] >= score) {
      if (sorted[k][1] === 1) tp++;
      else fp++;
      k++;
    }
    const f1 = (2 * tp) / (tp + fp + positives);
    if (f1 > best.f1) best = { f1, index };
  });
  const upper = distinct[best.index];
  const lower = distinct[best.index + 1];
  return lower === undefined ? upper : (upper + lower) / 2;
}

/** All metrics at a threshold. */
export function classificationMetrics(probabilities: readonly number[], labels: readonly number[], threshold: number): ClassificationMetrics {
  const confusion = confusionAt(probabilities, labels, threshold);
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = confusion;
  const positives = labels.filter((y) => y === 1).length;
  return {
    rows: labels.length,
    fraudRate: labels.length ? positives / labels.length : 0,
    threshold,
    accuracy: labels.length ? (tp + confusion.trueNegatives) / labels.length : 0,
    precision: tp + fp ? tp / (tp + fp) : 0,
    recall: tp + fn ? tp / (tp + fn) : 0,
    f1: f1Of(confusion),
    rocAuc: rocAuc(probabilities, labels),
    prAuc: averagePrecision(probabilities, labels),
    confusion,
  };
}

/**
 * Metrics when each row has its own threshold (nested cross-validation: an outer fold's rows are
 * judged at the threshold chosen without them). Confusion is pooled; ROC-AUC and PR-AUC rank the
 * pooled probabilities; `threshold` records the one that will be used from now on.
 */
export function metricsAtRowThresholds(
  probabilities: readonly number[],
  labels: readonly number[],
  rowThresholds: readonly number[],
  reportedThreshold: number,
): ClassificationMetrics {
  // p ≥ t ⇔ p − t ≥ 0 (exact in floating point: x − y = 0 only when x = y), so confusionAt pools them.
  const shifted = probabilities.map((p, i) => p - rowThresholds[i]);
  const confusion = confusionAt(shifted, labels, 0);
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = confusion;
  const positives = labels.filter((y) => y === 1).length;
  return {
    rows: labels.length,
    fraudRate: labels.length ? positives / labels.length : 0,
    threshold: reportedThreshold,
    accuracy: labels.length ? (tp + confusion.trueNegatives) / labels.length : 0,
    precision: tp + fp ? tp / (tp + fp) : 0,
    recall: tp + fn ? tp / (tp + fn) : 0,
    f1: f1Of(confusion),
    rocAuc: rocAuc(probabilities, labels),
    prAuc: averagePrecision(probabilities, labels),
    confusion,
  };
}

/** Value at quantile q (0..1) of a list, nearest-rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
