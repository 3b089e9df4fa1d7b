import { describe, expect, it } from "vitest";
import { averagePrecision, bestF1Threshold, classificationMetrics, metricsAtRowThresholds, rocAuc } from "./metrics";

describe("metrics", () => {
  it("computes ROC-AUC with ties as one half", () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75);
    expect(rocAuc([0.5, 0.5], [0, 1])).toBe(0.5);
  });
  it("computes average precision like scikit-learn", () => {
    expect(averagePrecision([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.8333, 4);
  });
  it("picks the F1-optimal threshold between two scores", () => {
    const p = [0.9, 0.8, 0.7, 0.3, 0.2, 0.1];
    const y = [1, 1, 1, 0, 0, 0];
    const t = bestF1Threshold(p, y);
    expect(t).toBeCloseTo(0.5);
    const m = classificationMetrics(p, y, t);
    expect(m.f1).toBe(1);
    expect(m.confusion).toEqual({ truePositives: 3, falsePositives: 0, trueNegatives: 3, falseNegatives: 0 });
  });
  it("judges each row at its own threshold when folds chose different cuts", () => {
    // Fold A (rows 0–1) cut at 0.5, fold B (rows 2–3) cut at 0.2.
    const m = metricsAtRowThresholds([0.4, 0.6, 0.3, 0.1], [1, 1, 1, 0], [0.5, 0.5, 0.2, 0.2], 0.35);
    expect(m.confusion).toEqual({ truePositives: 2, falsePositives: 0, trueNegatives: 1, falseNegatives: 1 });
    expect(m.threshold).toBe(0.35);
    expect(m.recall).toBeCloseTo(2 / 3);
    // With one shared threshold it is the ordinary metric.
    expect(metricsAtRowThresholds([0.4, 0.6, 0.3, 0.1], [1, 1, 1, 0], [0.35, 0.35, 0.35, 0.35], 0.35)).toEqual(
      classificationMetrics([0.4, 0.6, 0.3, 0.1], [1, 1, 1, 0], 0.35),
    );
  });
});
