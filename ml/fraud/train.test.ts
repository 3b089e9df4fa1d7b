import { describe, expect, it } from "vitest";
import { classificationMetrics } from "./metrics";
import { modelVersion } from "./model-file";
import { generateSyntheticClaims } from "./synthetic";
import { stratifiedFolds, trainFraudModel, type TrainOptions } from "./train";

// Small on purpose: these tests check behaviour, not accuracy.
const options: TrainOptions = { seed: 7, folds: 3, params: { nEstimators: 12, maxFeatures: 0.5, maxDepth: 6, minNumSamples: 8 } };

describe("trainFraudModel", () => {
  const data = generateSyntheticClaims("general", 300, 11);
  const first = trainFraudModel(data, options);

  it("is deterministic: same data and seed give a byte-identical model and version", () => {
    const second = trainFraudModel(data, options);
    expect(second.serialized).toBe(first.serialized);
    expect(second.version).toBe(first.version);
    expect(first.version).toBe(modelVersion("general", first.serialized));
  });

  it("a different seed gives a different model", () => {
    expect(trainFraudModel(data, { ...options, seed: 8 }).version).not.toBe(first.version);
  });

  it("records the F1-optimal out-of-fold threshold and reports metrics at it", () => {
    const t = first.model.threshold;
    expect(first.crossValidation.atThreshold.threshold).toBe(t);
    expect(first.crossValidation.atThreshold).toEqual(classificationMetrics(first.outOfFold, data.labels, t));
    // No other cut of the out-of-fold probabilities has a higher F1.
    for (const candidate of new Set(first.outOfFold)) {
      expect(classificationMetrics(first.outOfFold, data.labels, candidate).f1).toBeLessThanOrEqual(first.crossValidation.atThreshold.f1 + 1e-12);
    }
  });

  it("never uses excluded columns as features", () => {
    const names = first.model.encoding.featureNames.join(" ");
    expect(names).not.toMatch(/policy_number|report_date|policy_start_date/);
    const motor = trainFraudModel(generateSyntheticClaims("motor", 150, 3), { ...options, params: { ...options.params, nEstimators: 3 } });
    expect(motor.model.encoding.featureNames.join(" ")).not.toMatch(/insured_sex|insured_zip|policy_number|incident_location/);
  });
});

describe("stratifiedFolds", () => {
  it("keeps the fraud share in every fold", () => {
    const labels = Array.from({ length: 100 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const folds = stratifiedFolds(labels, 5, 1);
    for (let f = 0; f < 5; f++) {
      const members = labels.filter((_, i) => folds[i] === f);
      expect(members.length).toBe(20);
      expect(members.filter((y) => y === 1).length).toBe(5);
    }
  });
});
